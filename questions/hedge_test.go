package questions

import "testing"

// TestHedge: a statement of what is believed, claimed or assumed is a weak
// thing to test; taking on a title is no assumption.
func TestHedge(t *testing.T) {
	for text, want := range map[string]bool{
		"Garbage collection is often assumed to be inherently slow.": true,
		"It was long assumed that the Earth stood still.":            true,
		"Some historians believe the fire began in a bakery.":        true,
		"In 1547 Ivan assumed the title of tsar.":                    false,
		"The collector frees memory that is no longer reachable.":    false,
	} {
		if got := reHedge.MatchString(text); got != want {
			t.Errorf("reHedge(%q) = %v, want %v", text, got, want)
		}
	}
}
