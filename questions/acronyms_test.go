package questions

import (
	"slices"
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestSpelledOut: an abbreviation in a term is spelt out as the text
// spells it in brackets; a term without one, or one the text never
// spells, has no other form.
func TestSpelledOut(t *testing.T) {
	a := clean("c4.md", "# C4 Plants\n\n## Key terms\n\n- **PEP carboxylase** – an enzyme that adds carbon to phosphoenolpyruvate (PEP).\n"+
		"- **DNA polymerase** – copies deoxyribonucleic acid (DNA).\n\nRubisco also fixes oxygen. RNA carries the code.\n")
	for term, want := range map[string]string{
		"PEP carboxylase": "phosphoenolpyruvate carboxylase",
		"DNA polymerase":  "deoxyribonucleic acid polymerase",
		"RNA polymerase":  "",
		"Kranz anatomy":   "",
	} {
		if got := a.spelledOut(term); got != want {
			t.Errorf("spelledOut(%q) = %q; want %q", term, got, want)
		}
	}
}

// TestTermRunsToItsAbbreviation: a term the text gives with its
// abbreviation is asked whole, not cut where its noun phrase ends ("the
// _____ to consume"), and the abbreviation is a right answer too.
func TestTermRunsToItsAbbreviation(t *testing.T) {
	withoutWording(t)
	text := "The Multiplier\n\nThe share of each extra pound of income that households spend is called the marginal propensity to consume (MPC).\n\n" +
		"The multiplier measures how much national income rises when government spending rises by one pound.\n\n" +
		"A larger marginal propensity to consume gives a larger multiplier, because more of each round of income is spent again.\n"
	var spans []string
	for _, s := range analyseText(t, text) {
		if strings.Contains(s.Text, "(MPC)") {
			for _, sp := range s.Spans {
				spans = append(spans, sp.Text)
			}
		}
	}
	if !slices.Contains(spans, "marginal propensity to consume") || slices.Contains(spans, "marginal propensity") {
		t.Errorf("spans of the defining sentence = %q; want the whole term, not its first two words", spans)
	}
	qs, err := Generate([]Source{{Name: "multiplier.txt", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for i := range qs {
		q := &qs[i]
		if !strings.Contains(q.Answer, "propensity") {
			continue
		}
		asked = true
		if q.Answer != "marginal propensity to consume" || !quiz.CheckTyped(q, "MPC") || !quiz.CheckTyped(q, "marginal propensity to consume") {
			t.Errorf("%q => %q %q: want the whole term as the key, MPC accepted", q.Stem, q.Answer, q.Aliases)
		}
	}
	if !asked {
		t.Log("no question asks the term; only its spans were checked")
	}
}
