package questions

import "testing"

// TestAsideDates: a date in an appositive, a relative clause or a
// participle phrase that the main verb follows is a side thing's date,
// never asked; the date a sentence is about is.
func TestAsideDates(t *testing.T) {
	tests := []struct {
		text, answer string
		want         bool
	}{
		{"The Maxim gun, a machine gun invented in 1884, gave small forces crushing firepower.", "1884", true},
		{"The Gutenberg Museum in Mainz, founded in 1900, holds two copies of the Gutenberg Bible.", "1900", true},
		{"Several sailors, including Peter Holm, who died at sea in 1763, never came home.", "1763", true},
		{"The Sydney Harbour Bridge, first opened to traffic in 1932, carries eight lanes today.", "1932", true},
		{"Things Fall Apart was first published in London in 1958.", "1958", false},
		{"Strange Tales is a short novel by the writer Anna Berg, first published in 1886.", "1886", false},
		{"In 1855 Ignaz Semmelweis became professor of obstetrics at the University of Pest.", "1855", false},
		{"After the Great Fire, Edinburgh council rebuilt the Tron Kirk in 1671.", "1671", false},
		{"After the dissolution of the Soviet Union in 1991, the five Central Asian states founded the International Fund for Saving the Aral Sea in 1993.", "1991", true},
		{"After the dissolution of the Soviet Union in 1991, the five Central Asian states founded the International Fund for Saving the Aral Sea in 1993.", "1993", false},
	}
	for _, tt := range tests {
		checkSpan(t, tt.text, tt.answer, "aside", aside, tt.want)
	}
}
