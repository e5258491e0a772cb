package questions

import "testing"

// TestFabricSection: a question from a section describing a thing's
// fabric is held back; one from its history, or a list's entry, is not.
func TestFabricSection(t *testing.T) {
	for _, c := range []struct {
		section string
		entry   bool
		want    bool
	}{
		{"Construction", false, true}, {"Design and construction", false, true}, {"Location and setting", false, true},
		{"The site today", false, true}, {"Architecture", false, true},
		{"History", false, false}, {"Later history", false, false}, {"", false, false}, {"Construction", true, false},
		{"Setting", false, false}, // a story's setting is no fabric
	} {
		cand := &candidate{Entry: c.entry, Sent: &sentence{Section: c.section}}
		if got := fabricSection(cand); got != c.want {
			t.Errorf("fabricSection(%q, entry %v) = %v; want %v", c.section, c.entry, got, c.want)
		}
	}
}
