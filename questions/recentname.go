package questions

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A text names a thing in full once and then calls it by its kind: "The
// Liverpool and Manchester Railway faced fierce opposition … The railway
// opened on 15 September 1830". Asked alone, "the railway" is any railway
// (read blind, such statements were failed for leaning on the sentence
// before). When the sentences just before name exactly one thing of that
// kind, the question names it too.

// recentWindow is how many sentences back a full name is looked for,
// beyond the sentence's own paragraph.
const recentWindow = 4

// recentNames returns the full names in the sentences before i, back to
// the start of its paragraph and at least recentWindow sentences, whose
// head is a kind: "Liverpool and Manchester Railway" under "railway",
// never a person's name ("Ned Land") nor one with "of" ("Book of
// Esther"), whose head may be any of its kind.
func recentNames(sents []sentence, i int, v votes) map[string][][]tok {
	out := map[string][][]tok{}
	from := max(0, i-recentWindow)
	for from > 0 && sents[from-1].Para == sents[i].Para && sents[from-1].Doc == sents[i].Doc {
		from--
	}
	for k := from; k < i; k++ {
		ts := sents[k].Toks
		for _, sp := range names(ts) {
			f := strings.Fields(sp.Text)
			if len(f) < 2 {
				continue
			}
			if slices.Contains(f, "of") || v.typeOf(sp.Text) == tPerson {
				// "the book" in a scroll of Isaiah is not the "Book of
				// Esther" named before, nor "the land" Ned Land
				continue
			}
			head := f[len(f)-1]
			start := sp.I
			if start >= 2 && ts[start-1].Text == "and" && isNameTok(ts, start-2) {
				// "Liverpool and Manchester Railway": names() stops at "and"
				for start = start - 2; start > 0 && isNameTok(ts, start-1); start-- {
				}
			}
			name := ts[start:sp.J]
			kind := strings.ToLower(head)
			if r, _ := utf8.DecodeRuneInString(head); !unicode.IsUpper(r) || len(kind) < 4 {
				continue
			}
			if !slices.ContainsFunc(out[kind], func(n []tok) bool { return join(n) == join(name) }) {
				out[kind] = append(out[kind], name)
			}
		}
	}
	return out
}

// nameRecentNoun replaces "the railway" with the one railway the sentences
// before name in full, when nothing after the noun says which ("the railway
// company", "the railway to Leeds") and the sentence names none itself.
// The names before are gathered only for a sentence that has such a noun.
func nameRecentNoun(ts []tok, sents []sentence, i int, v votes, a *article) []tok {
	var recent map[string][][]tok
	for k := 0; k+1 < len(ts); k++ {
		if !strings.EqualFold(ts[k].Text, "the") || ts[k+1].Tag != "NN" {
			continue
		}
		kind := strings.ToLower(ts[k+1].Text)
		if !namedKinds[kind] || kind == strings.ToLower(a.Kind) || a.topicWord(stem(kind)) || headedBy(ts, kind) {
			// "the observatory" in a text on one is that one, though the
			// sentences before named a partner observatory; "operated by the
			// Joint ALMA Observatory" names another of the kind beside it
			continue
		}
		if recent == nil {
			recent = recentNames(sents, i, v)
		}
		full := recent[kind]
		if len(full) != 1 || strings.Contains(join(ts), join(full[0])) {
			continue
		}
		if n := k + 2; n < len(ts) && (strings.HasPrefix(ts[n].Tag, "NN") || ts[n].Tag == "CD" || ts[n].Tag == "IN" || ts[n].Tag == "PRP" || ts[n].Text == "that") {
			continue
		}
		out := append([]tok{}, ts[:k+1]...)
		out = append(out, full[0]...)
		out[k+1].Sp = true
		return append(out, ts[k+2:]...)
	}
	return ts
}

// headedBy reports a name in the sentence whose last word is the kind:
// "the Joint ALMA Observatory" for "observatory".
func headedBy(ts []tok, kind string) bool {
	for _, sp := range names(ts) {
		f := strings.Fields(sp.Text)
		if len(f) >= 2 && strings.EqualFold(f[len(f)-1], kind) {
			return true
		}
	}
	return false
}

// namedKinds are the kinds of things a text names in full and then calls
// by their kind: works of building, bodies of people, waters. A word that
// is also a unit, a landform or a person's name ("the pascal", "the rock",
// "the land") is left alone.
var namedKinds = set("railway", "railroad", "bridge", "canal", "aqueduct", "reservoir", "lighthouse", "tunnel", "tower", "bell", "dam", "wall", "gate", "station",
	"observatory", "museum", "library", "institute", "foundation", "academy", "society", "university", "college",
	"church", "cathedral", "abbey", "priory", "monastery", "temple", "mosque", "palace", "castle", "fort",
	"band", "orchestra", "theatre", "theater", "army", "navy", "party", "league", "council", "court",
	"parliament", "assembly", "congress", "treaty", "expedition", "mission", "river", "lake", "delta", "fault", "glacier")
