package quiz

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A term asked for by its meaning ("Which term is this?") is checked as a
// term, not as a name: its words are its own.

// commonTerm reports a term asked for by its meaning and written in small
// letters after its first ("Tidal range", "Flood plain"): its last word is
// the term's own, not a generic word a name can go without, so "tidal" is
// not "tidal range" the way "Urals" is the Ural Mountains.
func commonTerm(q *Question, want string) bool {
	f := strings.Fields(want)
	if len(f) < 2 || !strings.Contains(q.Stem, "Which term") {
		return false
	}
	for _, w := range f[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// ofPhrase reports a term of two words typed as its head "of" the word
// before it: "frequency of an allele" for "Allele frequency", "density of
// population" for "Population density", as texts write them too.
func ofPhrase(given, want []string) bool {
	if len(want) != 2 || len(given) < 3 || given[1] != "of" {
		return false
	}
	rest := given[2:]
	if len(rest) == 2 && (rest[0] == "a" || rest[0] == "an" || rest[0] == "the") {
		rest = rest[1:]
	}
	return len(rest) == 1 && samePlural(given[:1], want[1:]) && samePlural(rest, want[:1])
}
