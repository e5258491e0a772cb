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
