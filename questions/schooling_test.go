package questions

import (
	"os"
	"strings"
	"testing"
)

// TestSchoolStartNotAsked: in a life, the year its subject entered a
// school is not asked; the posts and works that followed are.
func TestSchoolStartNotAsked(t *testing.T) {
	b, err := os.ReadFile("testdata/dev/biography_james-clerk-maxwell.txt")
	if err != nil {
		t.Fatal(err)
	}
	qs, err := Generate([]Source{{Name: "maxwell.txt", Text: string(b)}})
	if err != nil {
		t.Fatal(err)
	}
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
