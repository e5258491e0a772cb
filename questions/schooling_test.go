package questions

import (
	"strings"
	"testing"
)

// TestSchoolStartNotAsked: in a life, the year its subject entered a
// school is not asked; the posts and works that followed are.
func TestSchoolStartNotAsked(t *testing.T) {
	qs := devQuestions(t, "biography_james-clerk-maxwell.txt")
	later := false
	for _, q := range qs {
		if strings.Contains(q.Stem, "Edinburgh Academy") || strings.Contains(q.Stem, "enter the University of Edinburgh") {
			t.Errorf("asked the year of a school start: %s", q.Stem)
		}
		if strings.Contains(q.Stem, "Cavendish") || strings.Contains(q.Stem, "Marischal") {
			later = true
		}
	}
	if !later {
		t.Error("the professorships are no longer asked")
	}
	// Only in a life: an article may date a school's founding.
	s := analyseText(t, "The town grew. In 1583 the University of Edinburgh was founded by the town council.")
	for i := range s {
		if schoolStart(&s[i]) {
			t.Errorf("schoolStart(%q) outside a life", s[i].Text)
		}
	}
}
