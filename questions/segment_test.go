package questions

import "testing"

// TestMiddleInitial: a name's middle initial does not end a sentence; a
// roman numeral does.
func TestMiddleInitial(t *testing.T) {
	for text, want := range map[string]int{
		"Tesla\n\nIn 1887 Tesla founded a company with two backers, Alfred S. Brown and Charles F. Peck. He filed patents that year.":                            2,
		"The Time Machine\n\nThe Time Machine is a short novel by the English writer H. G. Wells, first published as a book in 1895. It is told within a frame.": 2,
		"Wars\n\nHe served in World War I. Then he went home to Ohio.":                                                                                           2,
	} {
		if got := len(analyseText(t, text)); got != want {
			for _, s := range analyseText(t, text) {
				t.Logf("%q", s.Text)
			}
			t.Errorf("%d sentences; want %d", got, want)
		}
	}
}
