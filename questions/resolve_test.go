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

// TestWorkNamedByTitle: a study guide titled "The Things They Carried by
// Tim O'Brien" is on the book of that name, though the tagger takes the
// name's last word for a verb ("The Things They follows a platoon").
func TestWorkNamedByTitle(t *testing.T) {
	text := "The Things They Carried by Tim O'Brien: A Study Guide\n\nIntroduction\n\nThe Things They Carried is a book of linked stories by the American writer Tim O'Brien, first published in 1990. It follows a platoon of American soldiers in the Vietnam War and the men they became afterwards.\n"
	sents := analyseText(t, text)
	if len(sents) < 2 {
		t.Fatalf("%d sentences", len(sents))
	}
	if m := sents[0].Art.Main; m != "The Things They Carried" {
		t.Errorf("the guide's subject is %q; want The Things They Carried", m)
	}
	if !strings.HasPrefix(sents[1].Text, "The Things They Carried follows") {
		t.Errorf("the book's \"It\" named as %q", sents[1].Text)
	}
}

// TestHeAfterHim: in a life, after "Shah Jahan ... removed him from the
// Deccan", the next "He" is not named as the subject before: "him" is the
// life's subject, and read blind "Shah Jahan returned to the Deccan as
// viceroy" was what the text said of his son. In a story's guide, where
// no one is the text's subject, the subject before stays the "he".
func TestHeAfterHim(t *testing.T) {
	for _, s := range analyseText(t, devText(t, "biography_aurangzeb.txt")) {
		if strings.HasPrefix(s.Text, "Shah Jahan returned") || strings.HasPrefix(s.Text, "Shah Jahan governed Gujarat") {
			t.Errorf("the \"He\" after \"removed him\" named as the subject before: %q", s.Text)
		}
	}
	named := false
	for _, s := range analyseText(t, devText(t, "literature_oliver-twist.txt")) {
		named = named || strings.HasPrefix(s.Text, "Near London Oliver meets Jack Dawkins")
	}
	if !named {
		t.Error("in Oliver Twist's guide, the \"he\" after \"Oliver attacks him\" not named Oliver")
	}
}
