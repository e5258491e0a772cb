package questions

import (
	"regexp"
	"strings"
	"testing"
)

// TestForebearNoOption: a person the text names only as an ancestor
// ("Descended from Timur through his father and from Genghis Khan through
// his mother") is no option for what its people did, and no false twin
// puts him there ("In June 1494 Genghis Khan died", for Babur's father).
func TestForebearNoOption(t *testing.T) {
	const mother = "Babur's mother, Qutlugh Nigar Khanum, was a daughter of Yunus Khan, ruler of Moghulistan and a descendant of Genghis Khan's son Chagatai."
	checkSpan(t, mother, "Genghis Khan", "forebear", forebear, true)
	checkSpan(t, mother, "Yunus Khan", "forebear", forebear, false)
	checkSpan(t, "In 1219 the armies of Genghis Khan invaded the lands of Khwarazm.", "Genghis Khan", "forebear", forebear, false)
	asked := 0
	for _, q := range devQuestions(t, "biography_babur.txt") {
		for _, name := range []string{"Genghis Khan", "Timur"} {
			if strings.Contains(q.Stem+" "+strings.Join(q.Options, " "), name) && !strings.Contains(q.Explanation, name) {
				t.Errorf("%s offered in %q %q (from %q)", name, q.Stem, q.Options, q.Explanation)
			}
		}
		asked++
	}
	if asked < 4 {
		t.Fatalf("only %d questions on Babur", asked)
	}
}

// TestNoMadeUpYearLikeFigure: a figure below a thousand is not moved to
// one that reads as a year ("about 1842 metres long" for 921): every
// number between 1000 and 2100 a question shows, written without a comma,
// is one its text gives.
func TestNoMadeUpYearLikeFigure(t *testing.T) {
	for _, name := range []string{"encyclopedia_aqueduct-of-valens.txt", "biography_babur.txt", "encyclopedia_eddystone-lighthouse.txt"} {
		text := devText(t, name)
		for _, q := range devQuestions(t, name) {
			for _, y := range regexp.MustCompile(`\b1\d{3}\b|\b20\d{2}\b`).FindAllString(q.Stem+" "+strings.Join(q.Options, " "), -1) {
				if !strings.Contains(text, y) {
					t.Errorf("%s: made-up %s in %q %q", name, y, q.Stem, q.Options)
				}
			}
		}
	}
}
