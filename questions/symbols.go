package questions

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A unit or a term is often given its symbol or short form in brackets
// the first time the notes use it: "the pascal (Pa)", "the demilitarised
// zone (DMZ)". A student who learnt it there may type the short form.
// Read blind, a key that refused "Pa" for the pascal was unusable.

// bracketShort returns the short forms the text writes in brackets right
// after a term: one to five letters, at least one a capital, the first
// the term's own first letter ("Pa" for "pascal", not "(SI)" after
// "pressure").
func (a *article) bracketShort(term string) []string {
	t := strings.TrimSpace(term)
	if a == nil || t == "" {
		return nil
	}
	first, _ := utf8.DecodeRuneInString(t)
	re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(t) + `s? \((\pL{1,5})\)`)
	var out []string
	// The raw source: the line that gives a unit's symbol is often a
	// formula line, which cleaning leaves out ("the pascal (Pa); 1 Pa = 1 N/m²").
	for _, m := range re.FindAllStringSubmatch(a.Raw, -1) {
		short := m[1]
		r, _ := utf8.DecodeRuneInString(short)
		if unicode.ToLower(r) != unicode.ToLower(first) || strings.ToLower(short) == short || strings.EqualFold(short, t) {
			continue
		}
		if !slices.Contains(out, short) {
			out = append(out, short)
		}
	}
	return out
}
