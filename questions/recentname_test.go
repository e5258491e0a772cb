package questions

import (
	"strings"
	"testing"
)

// TestRecentNameForItsKind: "The railway opened" after a paragraph that
// named the Liverpool and Manchester Railway is asked with its name; a
// kind the text is about, a person's name and a name beside another of
// the kind are left alone.
func TestRecentNameForItsKind(t *testing.T) {
	text := "George Stephenson\n\nGeorge Stephenson was an English engineer who built early railways. " +
		"He was born in Wylam in 1781.\n\n" +
		"The Liverpool and Manchester Railway faced fierce opposition from landowners. The bill failed in 1825. " +
		"A revised scheme passed in 1826. He floated the line across a bog. In 1829 his locomotive won a trial. " +
		"The railway opened on 15 September 1830.\n\n" +
		"Ned Land was a harpooner he admired. Stephenson retired to Chesterfield, where the land was cheap."
	for _, s := range analyseText(t, text) {
		q := join(s.Q)
		switch {
		case strings.Contains(s.Text, "opened on 15 September") && !strings.Contains(q, "The Liverpool and Manchester Railway opened"):
			t.Errorf("asked as %q; want the railway named", q)
		case strings.Contains(s.Text, "land was cheap") && strings.Contains(q, "Ned Land"):
			t.Errorf("asked as %q; a person's name put for a common noun", q)
		}
	}
	obs := "Atacama Large Millimeter Array\n\nThe Atacama Large Millimeter Array is an observatory in northern Chile. " +
		"It was built by partners including the European Southern Observatory. The observatory is run from Santiago."
	for _, s := range analyseText(t, obs) {
		if q := join(s.Q); strings.Contains(s.Text, "run from Santiago") && strings.Contains(q, "European Southern") {
			t.Errorf("asked as %q; the text's own observatory named as its partner", q)
		}
	}
}
