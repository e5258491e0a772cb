package questions

import "testing"

// TestContrastTurn: a statement about one side of a contrast the text
// teaches is turned to the other; words that merely share a root are not.
func TestContrastTurn(t *testing.T) {
	text := "Igneous rock\n\nIntrusive igneous rocks cool slowly underground and have large crystals.\n\n" +
		"Extrusive igneous rocks cool quickly at the surface and have small crystals.\n\n" +
		"The first rocks were described by miners and inscribed on old maps.\n\n" +
		"Induced currents in long wires produced sparks, and the wires were 10 kilometres long, not 10 centimetres."
	sents := analyseText(t, text)
	a := sents[0].Art
	if got, want := contrastTurn(sents[0].Q, a), "Extrusive igneous rocks cool slowly underground and have large crystals."; got != want {
		t.Errorf("contrastTurn = %q; want %q", got, want)
	}
	for _, s := range sents[2:] {
		if got := contrastTurn(s.Q, a); got != "" {
			t.Errorf("contrastTurn(%q) = %q; want \"\"", join(s.Q), got)
		}
	}
}
