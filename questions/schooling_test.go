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

// TestSchoolAttendedNotAsked: in a life, the school its subject went to is
// not asked, dated or not; a lesson's "most children attended school" is
// no one's childhood and stays a statement.
func TestSchoolAttendedNotAsked(t *testing.T) {
	for _, q := range devQuestions(t, "biography_joseph-priestley.txt") {
		if strings.Contains(q.Stem, "Batley Grammar School") {
			t.Errorf("asked the school a life's subject attended: %s", q.Stem)
		}
	}
	s := analyseText(t, "Ada Byron (1815–1852) was an English mathematician. Ada Byron attended a small school in Kent. In 1843 Ada Byron published notes on the Analytical Engine. In Kent most children attended a dame school. Ada Byron was sent to a boarding school in Bath, where she did well in music.")
	for _, i := range []int{1, 4} {
		if !schoolAttended(&s[i]) {
			t.Errorf("schoolAttended(%q) = false", s[i].Text)
		}
	}
	for _, i := range []int{2, 3} {
		if schoolAttended(&s[i]) {
			t.Errorf("schoolAttended(%q) = true", s[i].Text)
		}
	}
	l := analyseText(t, "The Meiji era changed Japan. Primary education became compulsory, and by 1900 most children attended school.")
	for i := range l {
		if schoolAttended(&l[i]) {
			t.Errorf("schoolAttended(%q) outside a life", l[i].Text)
		}
	}
}
