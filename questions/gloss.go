package questions

import (
	"regexp"
	"strings"
	"unicode"
)

// A name the text translates in brackets, "the Anji Bridge ("Safe Crossing
// Bridge")", is rightly answered with its translation too: the student
// who learnt the bridge as the Safe Crossing Bridge knows it. A gloss in
// small letters is what a word means, not another name for it.

// reQuotedGloss is a bracket holding only a short quoted phrase.
var reQuotedGloss = regexp.MustCompile(`^\s*\(\s*["“'‘]([\p{L}][\p{L}' -]{1,60}?)["”'’]\s*\)`)

// quotedGloss returns the translation the text gives in brackets right
// after the span, at any of its mentions, or "".
func quotedGloss(text string, sp span) string {
	for rest := text; sp.Text != ""; {
		i := strings.Index(rest, sp.Text)
		if i < 0 {
			return ""
		}
		rest = rest[i+len(sp.Text):]
		if m := reQuotedGloss.FindStringSubmatch(rest); m != nil && len(strings.Fields(m[1])) <= 5 {
			if g := strings.TrimSpace(m[1]); namesAlike(g) {
				return g
			}
			// "libretto ("little book")", "da capo ("from the head")": a
			// word's meaning, which a student who typed it has not named
			// the term. Read blind, such keys were failed for accepting it.
			return ""
		}
	}
	return ""
}

// namesAlike reports a gloss written as a name, with a capital ("Safe
// Crossing Bridge", "Dutch learning"), rather than a word's meaning in
// small letters ("little book").
func namesAlike(gloss string) bool {
	r := []rune(gloss)
	return len(r) > 0 && unicode.IsUpper(r[0])
}
