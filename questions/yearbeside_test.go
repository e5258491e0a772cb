package questions

import (
	"strings"
	"testing"
)

// TestYearBeside: a year whose question shows another year a step away is
// not asked ("a bachelor's degree in _____ and a master's degree in 1950"
// was, before); a year beside one far from it is left to the ranker.
func TestYearBeside(t *testing.T) {
	cands := devCandidates(t, "biography_e-o-wilson.txt")
	near := 0
	for i := range cands {
		c := &cands[i]
		if c.Q.Answer == "1949" && strings.Contains(c.Q.Stem, "1950") {
			near++
			if !yearBeside(c) {
				t.Errorf("%q (%s) not seen as beside another year", c.Q.Stem, c.Q.Answer)
			}
		}
	}
	if near == 0 {
		t.Fatal("no candidate asks 1949 beside 1950")
	}
	for _, q := range rank(cands) {
		if q.Answer == "1949" && strings.Contains(q.Stem, "1950") || q.Answer == "1950" && strings.Contains(q.Stem, "1949") {
			t.Errorf("asked %q (%s)", q.Stem, q.Answer)
		}
	}
	const far = "Wilson moved to Harvard University in 1951 and published The Insect Societies in 1971."
	c := candidate{Q: cands[0].Q, Span: span{Type: tYear}}
	c.Q.Stem, c.Q.Answer = strings.Replace(far, "1951", "_____", 1), "1951"
	if yearBeside(&c) {
		t.Errorf("%q (1951) seen as beside 1971", c.Q.Stem)
	}
}
