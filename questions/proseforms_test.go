package questions

import (
	"slices"
	"testing"
)

// TestAdjectiveOfTerm: the prose's adjective of a one-word term answers
// for it ("symmetrical" of "Symmetry"); a word that only starts alike
// ("experimental" of "Experiment") or a short root does not.
func TestAdjectiveOfTerm(t *testing.T) {
	a := &article{Paras: []para{{Text: "Georgian fronts are symmetrical. Prokaryotic cells lack a nucleus. The experimental results were clear."}}}
	for term, want := range map[string][]string{"symmetry": {"symmetrical"}, "prokaryote": {"prokaryotic"}, "experiment": nil, "cell": nil} {
		if got := a.adjectiveOf(term); !slices.Equal(got, want) {
			t.Errorf("adjectiveOf(%q) = %v; want %v", term, got, want)
		}
	}
}
