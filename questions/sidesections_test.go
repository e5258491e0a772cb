package questions

import "testing"

// TestSideSection: a question from a section describing a thing's
// fabric, or gathering fun facts, is held back; one from its history, or
// a list's entry, is not.
func TestSideSection(t *testing.T) {
	for _, c := range []struct {
		section string
		entry   bool
		want    bool
	}{
		{"Construction", false, true}, {"Design and construction", false, true}, {"Location and setting", false, true},
		{"The site today", false, true}, {"Architecture", false, true},
		{"History", false, false}, {"Later history", false, false}, {"", false, false}, {"Construction", true, false},
		{"Setting", false, false}, // a story's setting is no fabric
		{"Fun facts", false, true}, {"Fun puffin facts", false, true}, {"Did you know?", false, true}, {"Facts about puffins", false, false},
	} {
		cand := &candidate{Entry: c.entry, Sent: &sentence{Section: c.section}}
		if got := sideSection(cand); got != c.want {
			t.Errorf("sideSection(%q, entry %v) = %v; want %v", c.section, c.entry, got, c.want)
		}
	}
}
