package questions

import (
	"slices"
	"strings"
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
// never a person's name ("Ned Land"). A name with "of" is filed under
// the kind before it ("St Petersburg Academy of Sciences", an academy),
// and what follows it under its own ("Royal Society" in "Fellow of the
// Royal Society").
func recentNames(sents []sentence, i int, v votes) map[string][][]tok {
	out := map[string][][]tok{}
	from := max(0, i-recentWindow)
	for from > 0 && sents[from-1].Para == sents[i].Para && sents[from-1].Doc == sents[i].Doc {
		from--
	}
	for k := from; k < i; k++ {
		kindNames(out, sents[k].Toks, v)
	}
	return out
}

// kindNames files the full names of one sentence by the kind their head
// names (recentNames).
func kindNames(out map[string][][]tok, ts []tok, v votes) {
	for _, sp := range names(ts) {
		start := sp.I
		for o := sp.J - 1; o > sp.I; o-- {
			if ts[o].Text == "of" {
				// "Fellow of the Royal Society" names the Royal Society;
				// "St Petersburg Academy of Sciences" is an academy too
				addRecent(out, ts[sp.I:sp.J], ts[o-1].Text)
				if start == sp.I {
					start = o + 1
				}
			}
		}
		if start < sp.J && ts[start].Text == "the" {
			start++
		}
		text := join(ts[start:sp.J])
		if sp.J-start < 2 || v.typeOf(text) == tPerson {
			// nor is "the land" Ned Land
			continue
		}
		if start >= 2 && ts[start-1].Text == "and" && isNameTok(ts, start-2) {
			// "Liverpool and Manchester Railway": names() stops at "and"
			for start = start - 2; start > 0 && isNameTok(ts, start-1); start-- {
			}
		}
		addRecent(out, ts[start:sp.J], lastWord(text))
	}
	// "the Gelmer dam", "the Aare river": a name and its kind in small
	// letters, then "the dam" alone.
	for _, sp := range names(ts) {
		if sp.J < len(ts) && ts[sp.J].Tag == "NN" && namedKinds[ts[sp.J].Text] && v.typeOf(sp.Text) != tPerson && !(sp.J+1 < len(ts) && strings.HasPrefix(ts[sp.J+1].Tag, "NN")) {
			addRecentKind(out, ts[sp.I:sp.J+1], ts[sp.J].Text)
		}
	}
}

// addRecent files a name under its head's kind, once; a head in small
// letters ("of the") or shorter than four letters names no kind.
func addRecent(out map[string][][]tok, name []tok, head string) {
	kind := strings.ToLower(head)
	if !capitalized(head) || len(kind) < 4 || !namedKinds[kind] {
		return
	}
	addRecentKind(out, name, kind)
}

// addRecentKind files a name under a kind, once.
func addRecentKind(out map[string][][]tok, name []tok, kind string) {
	for i, n := range out[kind] {
		if sameName(n, name) {
			if len(name) < len(n) {
				out[kind][i] = name
			}
			return
		}
	}
	out[kind] = append(out[kind], name)
}

// nameRecentNoun replaces "the railway" with the one railway the sentences
// before name in full, when nothing after the noun says which ("the railway
// company", "the railway to Leeds") and the sentence names none itself.
// The names before are gathered only for a sentence that has such a noun.
func nameRecentNoun(ts []tok, sents []sentence, i int, v votes, a *article) []tok {
	var recent map[string][][]tok
	for k := 0; k+1 < len(ts); k++ {
		if !strings.EqualFold(ts[k].Text, "the") || !(ts[k+1].Tag == "NN" || ts[k+1].Tag == "NNP" && !(k+2 < len(ts) && isNameTok(ts, k+2)) || pluralKinds[ts[k+1].Text]) {
			// "the Society" alone, capitalised, is as much a back-reference
			// as "the railway": to the Royal Society named just before
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
		if ts[k+1].Tag == "NNP" && len(full) == 1 && a.mentions("the "+ts[k+1].Text) > a.mentions(join(full[0])) {
			// "the Party" that a novel names throughout is not the "Outer
			// Party" just before it; "the Society" once, after the Royal
			// Society, is that one
			continue
		}
		if len(full) == 0 {
			full = headingName(sents[i].Section, kind, a)
		}
		if len(full) == 0 {
			full = leadName(sents, i, kind, v, a)
		}
		if len(full) != 1 || strings.Contains(join(ts), join(full[0])) {
			continue
		}
		if n := k + 2; n < len(ts) && (strings.HasPrefix(ts[n].Tag, "NN") || ts[n].Tag == "CD" || ts[n].Tag == "IN" || ts[n].Tag == "PRP" || ts[n].Text == "that") {
			continue
		}
		name := append([]tok{}, full[0]...)
		if n := join(full[0]); kind == "lake" && 2*(a.mentions("the "+n)+a.mentions("The "+n)) < a.mentions(n) {
			// "the lake" is Mono Lake, which the text mostly writes with
			// no "the" ("The Mono Lake is now ..." read blind as broken
			// grammar; "the Mono Lake ecosystem" is the odd one out). A
			// lake's name takes none; "the Treaty of Buchach", "the Tay
			// Bridge" and "the Creole Jazz Band" do, though a text may
			// write them without it as often as with.
			name[0].Sp = ts[k].Sp
			return splice(ts, k, 2, name...)
		}
		name[0].Sp = true
		return splice(ts, k+1, 1, name...)
	}
	return ts
}

// sameName reports two names of one thing, one the other's start: "the
// Bahmani Sultanate of the Deccan" and "the Bahmani Sultanate".
func sameName(a, b []tok) bool {
	x, y := join(a), join(b)
	return x == y || strings.HasPrefix(x, y+" ") || strings.HasPrefix(y, x+" ")
}

// headedBy reports a name in the sentence whose last word is the kind:
// "the Joint ALMA Observatory" for "observatory".
func headedBy(ts []tok, kind string) bool {
	for _, sp := range names(ts) {
		if strings.Contains(sp.Text, " ") && strings.EqualFold(lastWord(sp.Text), kind) {
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
	"parliament", "assembly", "congress", "treaty", "expedition", "mission", "river", "lake", "delta", "fault", "glacier",
	"sultanate", "empire", "kingdom", "caliphate", "khanate", "emirate", "falls")

// pluralKinds are kinds whose one thing is named in the plural: "the
// falls" after the Giessbach Falls.
var pluralKinds = set("falls")

// headingName returns the name a section's heading gives a thing of the
// kind, for "the aqueduct" under the heading "The Los Angeles Aqueduct":
// the section is about that one. Only a heading of capitalised words that
// the body also writes out ("Los Angeles Aqueduct" in the lead) counts; a
// title-case heading such as "Early Railway" is no name.
func headingName(heading, kind string, a *article) [][]tok {
	words := strings.Fields(strings.TrimPrefix(heading, "The "))
	if len(words) < 2 || !strings.EqualFold(words[len(words)-1], kind) {
		return nil
	}
	name := strings.Join(words, " ")
	if !slices.ContainsFunc(a.Paras, func(p para) bool { return strings.Contains(p.Text, name) }) {
		return nil
	}
	for _, w := range words {
		if !capitalized(w) {
			return nil
		}
	}
	return [][]tok{nameToks(referent{Name: name}, tok{Sp: true}, false, false)}
}

// mentions counts the times the text writes s.
func (a *article) mentions(s string) int {
	n := 0
	for _, p := range a.Paras {
		n += strings.Count(p.Text, s)
	}
	return n
}

// leadName returns the one thing of the kind the text's first paragraph
// names, for "the canal" far from any name in a life of the man who built
// the Göta Canal, or in an article on a flight of locks on the Caledonian
// Canal: read blind, "The western section of the canal opened in 1822"
// was failed for naming no canal. The lead's name must be the one of its
// kind the text writes most often; a text that names another as often
// ("the Trollhätte Canal" as often as "the Göta Canal") leaves "the canal"
// unnamed. What the lead names is found once per text.
func leadName(sents []sentence, i int, kind string, v votes, a *article) [][]tok {
	if a.leadNames == nil {
		a.leadNames = map[string][]tok{}
		first := -1
		all := map[string][][]tok{}
		lead := map[string][][]tok{}
		for _, s := range sents {
			if s.Doc != sents[i].Doc {
				continue
			}
			if first < 0 {
				first = s.Para
			}
			kindNames(all, s.Toks, v)
			if s.Para == first {
				kindNames(lead, s.Toks, v)
			}
		}
		for k, ns := range lead {
			if len(ns) != 1 {
				continue
			}
			name := ns[0]
			for _, o := range all[k] {
				if sameName(o, name) {
					name = o // the shorter of "the Bahmani Sultanate (of the Deccan)"
				}
			}
			n, most := a.mentions(join(name)), true
			for _, o := range all[k] {
				if !sameName(o, name) && a.mentions(join(o)) >= n {
					most = false
				}
			}
			if most && n >= 2 {
				a.leadNames[k] = name
			}
		}
	}
	if n, ok := a.leadNames[kind]; ok {
		return [][]tok{n}
	}
	return nil
}
