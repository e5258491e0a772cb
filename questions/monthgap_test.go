package questions

import (
	"slices"
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestMonthGapAliases: a month and year asked as a gap is filled with the
// year alone, unless the title gives that year: then the month alone is
// the answer, and the year alone no answer at all.
func TestMonthGapAliases(t *testing.T) {
	b := devText(t, "lesson_the-1973-heimaey-eruption.md")
	text := b
	title, _, _ := strings.Cut(text, "\n")
	for text, want := range map[string]string{
		text: "February",
		strings.Replace(text, title, strings.Replace(title, "1973 ", "", 1), 1): "1973",
	} {
		found := false
		for _, c := range textCandidates(t, text) {
			if c.Q.Kind != quiz.FillBlank || c.Q.Answer != "February 1973" {
				continue
			}
			found = true
			other := map[string]string{"February": "1973", "1973": "February"}[want]
			if !slices.Contains(c.Q.Aliases, want) || slices.Contains(c.Q.Aliases, other) {
				t.Errorf("want %q: aliases %q, not %q", want, c.Q.Aliases, other)
			}
		}
		if !found {
			t.Errorf("want %q: no gap on February 1973", want)
		}
	}
}
