package quiz

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestTypedHint(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tobolsk", "T _ _ _ _ _ _ (7 letters)"},
		{"  Tobolsk ", "T _ _ _ _ _ _ (7 letters)"},
		{"Isaac Newton", "I _ _ _ _   _ _ _ _ _ _ (5 + 6 letters)"},
		{"1757", "1 _ _ _ (4 digits)"},
		{"3,000", "3 , _ _ _ (4 digits)"},
		{"21 September 1757", "2 _   _ _ _ _ _ _ _ _ _   _ _ _ _ (2 + 9 + 4 characters)"},
		{"Jean-Paul", "J _ _ _ - _ _ _ _ (8 letters)"},
		{"O'Brien", "O ' _ _ _ _ _ (6 letters)"},
		{"Ürümqi", "Ü _ _ _ _ _ (6 letters)"},
		{"U\u0308ru\u0308mqi", "U _ _ _ _ _ (6 letters)"},
		{"X", "X (1 letter)"},
		{"", ""},
		{"   ", ""},
		{"?!", "? !"},
	}
	for _, tt := range tests {
		if got := TypedHint(tt.in); got != tt.want {
			t.Errorf("TypedHint(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestHintRemove(t *testing.T) {
	mc := &Question{Kind: MultipleChoice, Answer: "Tobolsk", Options: []string{"Ili", "Tobolsk", "Kiakhta", "Omsk"}}
	seen := map[[2]int]bool{}
	for seed := range int64(200) {
		got := HintRemove(mc, seed)
		if len(got) != 2 || got[0] == got[1] || !slices.IsSorted(got) || slices.Contains(got, 1) {
			t.Fatalf("HintRemove(seed %d) = %v; want two distinct wrong options, sorted, never 1", seed, got)
		}
		for _, i := range got {
			if i < 0 || i >= len(mc.Options) {
				t.Fatalf("HintRemove(seed %d) = %v; out of range", seed, got)
			}
		}
		if again := HintRemove(mc, seed); !slices.Equal(again, got) {
			t.Fatalf("HintRemove(seed %d) = %v then %v; want the same", seed, got, again)
		}
		seen[[2]int{got[0], got[1]}] = true
	}
	if len(seen) != 3 { // {0,2} {0,3} {2,3}
		t.Errorf("HintRemove over 200 seeds gave %d different pairs; want all 3", len(seen))
	}

	three := &Question{Kind: MultipleChoice, Answer: "b", Options: []string{"a", "b", "c"}}
	if got := HintRemove(three, 7); len(got) != 1 || got[0] == 1 {
		t.Errorf("HintRemove(3 options) = %v; want one wrong option", got)
	}
	for _, q := range []*Question{
		{Kind: TrueFalse, Answer: "True", Options: []string{"True", "False"}},
		{Kind: MultipleChoice, Answer: "a", Options: []string{"a", "b"}},
		{Kind: MultipleChoice, Answer: "z", Options: []string{"a", "b", "c", "d"}},
		{Kind: ShortAnswer, Answer: "a"},
		nil,
	} {
		if got := HintRemove(q, 1); got != nil {
			t.Errorf("HintRemove(%v) = %v; want nil", q, got)
		}
	}
}

func FuzzTypedHint(f *testing.F) {
	for _, s := range []string{"Tobolsk", "21 September 1757", "Jean-Paul", "\xff", "U\u0308"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := TypedHint(s)
		if utf8.ValidString(s) && !utf8.ValidString(h) {
			t.Fatalf("TypedHint(%q) = %q; not valid UTF-8", s, h)
		}
		// The hint never shows more than the first letter or digit.
		shown := 0
		for _, r := range strings.TrimSpace(strings.Split(h, " (")[0]) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				shown++
			}
		}
		if shown > 1 {
			t.Fatalf("TypedHint(%q) = %q; shows %d letters or digits, want at most 1", s, h, shown)
		}
	})
}
