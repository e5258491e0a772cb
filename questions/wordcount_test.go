package questions

import (
	"regexp"
	"testing"
	"unicode/utf8"
)

// FuzzWordCount holds wordCount to what the pattern \b…\b finds, the
// meaning it had when it compiled one per call.
func FuzzWordCount(f *testing.F) {
	for _, s := range [][2]string{
		{"the marrow and bone marrow", "marrow"},
		{"bone marrows, marrow_x, marrow2 marrow", "marrow"},
		{"aaa aa a", "aa"},
		{"café café", "café"},
		{"é é", "é"},
		{"", "x"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, text, w string) {
		if w == "" || !utf8.ValidString(text) || !utf8.ValidString(w) {
			return // texts are made valid UTF-8 before anything reads them
		}
		want := 0 // a phrase the pattern could not hold counted nothing
		if re, err := regexp.Compile(`\b` + regexp.QuoteMeta(w) + `\b`); err == nil {
			want = len(re.FindAllStringIndex(text, -1))
		}
		if got := wordCount(text, w); got != want {
			t.Fatalf("wordCount(%q, %q) = %d, the pattern finds %d", text, w, got, want)
		}
	})
}
