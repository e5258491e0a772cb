package questions

import "testing"

// TestKnownYear: the year a world war began or ended is no fact of the
// text when the sentence names the war; the year the railway reopened,
// or 1914 in a sentence that names no war, still is.
func TestKnownYear(t *testing.T) {
	for text, want := range map[string]bool{
		"When the First World War broke out in 1914, tourism in Switzerland collapsed.":    true,
		"The monarchy collapsed at the end of the First World War in 1918.":                true,
		"The Rothorn line reopened in 1931, long after the First World War ended.":         false,
		"The line was electrified in 1914, the first rack railway in the canton to be so.": false,
	} {
		sents := analyseText(t, "Railway\n\n"+text)
		got, years := false, 0
		for _, sp := range sents[0].Spans {
			if sp.Type == tYear {
				years++
				got = got || knownYear(sents[0].Q, sp)
			}
		}
		if years == 0 {
			t.Errorf("%q: no year span", text)
		}
		if got != want {
			t.Errorf("%q: knownYear = %v; want %v", text, got, want)
		}
	}
}
