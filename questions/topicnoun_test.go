package questions

import (
	"strings"
	"testing"
)

// TestNameTopicPart: a part of the article's own building, ship or site
// left unnamed is named with it ("The main arch of the Varne Bridge
// spans"); a part of another thing, a part of an event's topic, and the
// stand-in for the subject ("The present structure") are not.
func TestNameTopicPart(t *testing.T) {
	bridge := "Varne Bridge\n\nThe Varne Bridge is a steel arch bridge over the river Wend in Ostland, opened in 1932. " +
		"The main arch spans 503 metres and carries four road lanes. " +
		"The present structure is the third crossing on the site. " +
		"The arch of the old Wend ferry pier collapsed in 1911."
	eruption := "1815 eruption of Mount Varne\n\nThe 1815 eruption of Mount Varne was the largest volcanic eruption in recorded history. " +
		"Witnesses described three columns of fire rising from the summit."
	want := map[string]string{
		"The main arch":         "The main arch of the Varne Bridge spans 503 metres",
		"The present structure": "",
		"old Wend ferry pier":   "The arch of the old Wend ferry pier collapsed",
		"three columns of fire": "rising from the summit.",
	}
	found := 0
	for _, text := range []string{bridge, eruption} {
		for _, s := range analyseText(t, text) {
			for part, got := range want {
				if !strings.Contains(s.Text, part) {
					continue
				}
				found++
				if got != "" && !strings.Contains(s.Text, got) {
					t.Errorf("%q; want it to read %q", s.Text, got)
				}
			}
		}
	}
	if found != len(want) {
		t.Errorf("found %d of %d sentences", found, len(want))
	}
	for _, c := range textCandidates(t, bridge) {
		if strings.Contains(c.Q.Answer, "structure") {
			t.Errorf("the stand-in asked: %q => %q", c.Q.Stem, c.Q.Answer)
		}
	}
}
