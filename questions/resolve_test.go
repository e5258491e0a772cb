package questions

import (
	"strings"
	"testing"
)

// TestCityInEventName: in the article on the 1900 Galveston hurricane, the
// "it" after a sentence about Galveston is the city, not the storm: the
// storm's name is not written in ("In 1900 the 1900 Galveston hurricane
// was one of the largest cities in Texas"). The storm's own "It" still is.
func TestCityInEventName(t *testing.T) {
	for _, s := range analyseText(t, devText(t, "encyclopedia_1900-galveston-hurricane.txt")) {
		if strings.Contains(s.Text, "hurricane was one of the largest") || strings.Contains(s.Text, "hurricane's highest point") || strings.Contains(s.Text, "hurricane's port") {
			t.Errorf("the city's pronoun taken for the storm: %q", s.Text)
		}
	}
	text := "The Great Fire of London\n\nThe Great Fire of London was a major fire that swept through London in 1666. It destroyed the medieval City of London inside the old Roman wall.\n"
	if s := analyseText(t, text); len(s) < 2 || !strings.HasPrefix(s[1].Text, "The Great Fire of London destroyed") {
		t.Errorf("the storm's own \"It\" not named: %q", s[len(s)-1].Text)
	}
}
