package quiz

import "testing"

// TestSidesOfBody: the back legs of a text are the hind or rear legs a
// student types, and its front legs the forelegs; a side is never the
// other side, nor the limb alone.
func TestSidesOfBody(t *testing.T) {
	const stem = "A kangaroo rat's _____ are long and powerful."
	for _, c := range []struct {
		answer, given string
		want          bool
	}{
		{"back legs", "hind legs", true},
		{"back legs", "rear legs", true},
		{"back legs", "hindlegs", true},
		{"back legs", "its back legs", true},
		{"hind legs", "back legs", true},
		{"front legs", "forelegs", true},
		{"front legs", "fore legs", true},
		{"front flippers", "fore flippers", true},
		{"back legs", "front legs", false},
		{"back legs", "forelegs", false},
		{"front legs", "hind legs", false},
		{"back legs", "legs", false},
		{"back legs", "hind", false},
		{"back", "rear", false}, // a back that is no limb's side stays a back
	} {
		q := Question{Kind: FillBlank, Stem: stem, Answer: c.answer}
		if got := CheckTyped(&q, c.given); got != c.want {
			t.Errorf("CheckTyped(%q for %q) = %v; want %v", c.given, c.answer, got, c.want)
		}
	}
}
