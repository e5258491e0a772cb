package questions

import "testing"

// TestClauses: independent clauses are asked one by one; the halves of an
// opening condition are not clauses of their own.
func TestClauses(t *testing.T) {
	for _, c := range []struct {
		s     string
		parts int
	}{
		{"The heart has four chambers, and each chamber has a valve.", 2},
		{"If the table has 100 slots and a name hashes to 8,361, the entry goes in slot 61.", 1},
	} {
		sents := analyseText(t, "Example\n\n"+c.s)
		if got := len(clauses(sents[0].Toks)); got != c.parts {
			t.Errorf("clauses(%q) = %d parts; want %d", c.s, got, c.parts)
		}
	}
}

// TestNamedTermBeforeItsVerb: a term named just before a verb the tagger
// took for a plural noun is asked without the verb.
func TestNamedTermBeforeItsVerb(t *testing.T) {
	text := "Hummingbirds\n\nWhen a hummingbird pushes its beak into a flower, yellow dust called pollen sticks to its head.\n\nPollen carried from flower to flower helps plants make seeds, and pollen is what bees collect too."
	sents := analyseText(t, text)
	for _, sp := range sents[0].Spans {
		if got := join(sents[0].Q[sp.I:sp.J]); got == "pollen sticks" {
			t.Errorf("span %q swallows the verb", got)
		}
	}
}
