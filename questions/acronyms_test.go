package questions

import "testing"

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
