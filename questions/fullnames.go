package questions

import (
	"quizbot/quiz"
	"regexp"

	"slices"
	"strings"
)

// A life or a history names a person in full once and then by one name:
// "his friend Feng Yunshan became an early convert. Feng organised the God
// Worshippers Society". Asked alone, "Feng organised ..." names no one the
// reader knows; read blind, such statements were failed as dangling
// ("'Feng' alone, never introduced", "'Charles' unresolved"). Where a
// sentence uses the short name, it is written as the text first wrote it,
// when only one person the text has named so far goes by it.

// nameInFull writes each one-word name of a person in ts in full, as one
// of the longer names in earlier has it (first or last word), when no
// other of them shares the word, the sentence does not already give it,
// the word is not one of own, the subject's, and the text uses it alone
// only a few times (the story's "Grinyov", named so throughout, is known
// by it).
func nameInFull(a *article, ts []tok, earlier []string, own map[string]bool, v votes) []tok {
	var out []tok
	last, done := 0, map[string]bool{}
	for _, n := range names(ts) {
		if n.J == n.I+1 && own[n.Text] && !done[n.Text] && a.surnamedGiven(n.Text) && (v.typeOf(n.Text) == tPerson || v.typeOf(n.Text) == tName) &&
			!namesAThing(ts, n.I) && !strings.Contains(join(ts), a.Main) && !(n.I > 0 && namingVerbs[ts[n.I-1].Text]) && !(n.J < len(ts) && ts[n.J].Text == "and") {
			// not "the Ino family", "also named William", "Albert and
			// Rubina Namatjira", nor the town "Shiyali" he was named for
			done[n.Text] = true
			out = append(out, ts[last:n.I]...)
			for k, w := range strings.Fields(a.Main) {
				out = append(out, tok{Text: w, Tag: "NNP", Sp: k > 0 || ts[n.I].Sp})
			}
			last = n.J
			continue
		}
		if n.J != n.I+1 || ts[n.I].Tag != "NNP" || own[n.Text] || done[n.Text] || v.typeOf(n.Text) != tPerson && v.typeOf(n.Text) != tName || namesAThing(ts, n.I) {
			continue
		}
		if quiz.IsCountry(n.Text) {
			continue // "France" is no "Air France" (read blind as a false statement keyed true)
		}
		if n.I > 0 && strings.EqualFold(ts[n.I-1].Text, "as") && !(n.J < len(ts) && ts[n.J].Tag == "POS") {
			// "was installed as Omukama": a title, not the "Omukama
			// Kamurasi" named before (read blind as a false statement
			// keyed True: Kamurasi was his father); "posed as Percy's
			// servant" is a man.
			continue
		}
		done[n.Text] = true
		full := oneFullName(n.Text, earlier)
		if full == "" || !personVotes(v, n.Text, full) || placeOpenings[strings.Fields(full)[0]] || strings.Contains(join(ts), full) || a.bareUses(n.Text) > 3 {
			continue
		}
		if letterIn(full) && !a.standsAlone(full) {
			continue // "the Drosophila X chromosome" names no "Drosophila X"; "Constantine V" is a name
		}
		out = append(out, ts[last:n.I]...)
		for k, w := range strings.Fields(full) {
			out = append(out, tok{Text: w, Tag: "NNP", Sp: k > 0 || ts[n.I].Sp})
		}
		last = n.J
	}
	if out == nil {
		return ts
	}
	return append(out, ts[last:]...)
}

// surnamedGiven reports the given name of a subject the text calls by the
// family name: "William reached Los Angeles in 1877" in a life that says
// "Mulholland" throughout, written there to tell him from his brother.
// Asked alone, "William" was read blind as no one introduced. A subject
// the text calls by the given name ("Rachel") keeps it, and so does a
// given name the text also gives another person.
func (a *article) surnamedGiven(word string) bool {
	f := strings.Fields(a.Main)
	if a.MainType != tPerson || len(f) < 2 || f[0] != word || a.otherBearer(word, a.Main) {
		return false
	}
	alone := 0
	for _, p := range a.Paras {
		w := strings.Fields(p.Text)
		for j := range w {
			if strings.TrimRight(w[j], ",;:.") == word && (j+1 == len(w) || w[j] != word || !capitalized(w[j+1])) {
				alone++ // "William reached", "William, the elder", not "William Mulholland"
			}
		}
	}
	return alone <= 2 && a.bareUses(f[len(f)-1]) >= 3*max(alone, 1)
}

// namingVerbs before a name give it as a name, not the person: "also
// named William".
var namingVerbs = set("named", "called", "christened", "baptised", "baptized")

// oneFullName returns the one name of earlier whose first or last word is
// word, or "" when none is or two people go by it ("Hong" is Hong Xiuquan
// or Hong Rengan). "Joan" is Joan of Arc; "Parma" is no Duke of Parma.
func oneFullName(word string, earlier []string) string {
	full := ""
	for _, e := range earlier {
		w := strings.Fields(e)
		if w[0] != word && (w[len(w)-1] != word || slices.Contains(w, "of")) || full == e {
			continue
		}
		if full != "" {
			return ""
		}
		full = e
	}
	return full
}

// letterIn reports a name with a word of one letter: a regnal number
// ("Constantine V") or a label ("Drosophila X").
func letterIn(name string) bool {
	return slices.ContainsFunc(strings.Fields(name), func(x string) bool { return len(x) == 1 })
}

// standsAlone reports a name the text writes at least once other than
// before a word in small letters: "Constantine V's reign", not only "the
// Drosophila X chromosome", where the words name a kind of chromosome.
func (a *article) standsAlone(name string) bool {
	re, err := regexp.Compile(regexp.QuoteMeta(name) + `(?:[^\p{L}\s]|\s+[^\p{Ll}\s]|\s*$)`)
	return err == nil && re.MatchString(a.Raw)
}

// namesAThing reports a name used for a thing named after the person: "a
// Fresnel lens", "Halley's Comet".
func namesAThing(ts []tok, i int) bool {
	if i > 0 && (ts[i-1].Tag == "DT" || ts[i-1].Tag == "JJ") {
		return true
	}
	if i+1 < len(ts) && strings.HasPrefix(ts[i+1].Tag, "NN") {
		return true
	}
	if i+2 < len(ts) && ts[i+1].Tag == "POS" && eponymHeads[strings.ToLower(ts[i+2].Text)] {
		return true // "Raoult's law" is a law's name, not "François-Marie Raoult's law"
	}
	return i+2 < len(ts) && ts[i+1].Tag == "POS" && ts[i+2].Tag == "NNP"
}

// eponymHeads are what a person's name with "'s" before them names: a law,
// a rule, a constant.
var eponymHeads = set("law", "laws", "principle", "rule", "constant", "theorem", "equation", "equations", "effect",
	"paradox", "hypothesis", "conjecture", "number", "disease", "syndrome", "method", "algorithm", "razor", "comet", "cycle")

// ownWords are the words of the subject's names: the subject of a life is
// "Wu" or "Rachel" throughout it, and needs no full name.
func ownWords(a *article, main referent) map[string]bool {
	own := map[string]bool{}
	for _, name := range []string{main.Name, a.Title, a.Main} {
		for _, w := range strings.Fields(name) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			own[strings.Trim(w, "(),.:")] = true // "Moore" of "Moore's Law"
		}
	}
	return own
}

// longNames adds to seen the names of people of two words or more that ts
// gives, each once: typed as people, or as names of no known kind shaped
// like a person's ("his friend Feng Yunshan").
func longNames(seen []string, ts []tok, v votes) []string {
	for _, n := range names(ts) {
		if t := v.typeOf(n.Text); n.J-n.I >= 2 && (t == tPerson || t == tName && personShaped(ts[n.I:n.J])) && !slices.Contains(seen, n.Text) {
			seen = append(seen, n.Text)
		}
		if full := withParticle(ts, n, v); full != "" && !slices.Contains(seen, full) {
			seen = append(seen, full)
		}
	}
	return seen
}

// withParticle is a person's name that the tagger cut at a particle in
// small letters, written whole: "Sophie von Kühn", "Jan van Eyck", read
// from "Sophie" ("In 1794 Hardenberg met Sophie von Kühn"), so that a later
// "Sophie fell ill" is written in full. Only one name word before the
// particle and one after; a person on either side.
func withParticle(ts []tok, n span, v votes) string {
	p := n.J
	if n.J-n.I != 1 || p+1 >= len(ts) || !nameLinks[ts[p].Text] || !isNameTok(ts, p+1) || p+2 < len(ts) && isNameTok(ts, p+2) {
		return ""
	}
	first, last := ts[n.I].Text, ts[p+1].Text
	if v.typeOf(first) != tPerson && v.typeOf(last) != tPerson && v.typeOf(first+" "+ts[p].Text+" "+last) != tPerson {
		return ""
	}
	return first + " " + ts[p].Text + " " + last
}

// personShaped reports a name of two or three capitalised words, none of
// them in capitals ("UNESCO World Heritage Site"), an article ("La
// France") or a word of places, bodies and events ("Geneva Protocol").
func personShaped(ts []tok) bool {
	if len(ts) > 3 || cueName(join(ts)) || nameArticles[ts[0].Text] {
		return false
	}
	for k, t := range ts {
		if capitals(t.Text) || !capitalized(t.Text) && !(t.Text == "of" && k == 1 && len(ts) == 3) {
			return false // but "Joan of Arc", "Jutta of Sponheim"
		}
	}
	return true
}

// personVotes reports a short and a full name of which one is typed a
// person, or neither has had a vote as a place, a body or an event: the
// tagger types many people as names of no kind ("Rex Battarbee"), and
// "Virginia" after a comma is a place ("Appomattox Court House, Virginia").
func personVotes(v votes, short, full string) bool {
	if v.typeOf(short) == tPerson || v.typeOf(full) == tPerson {
		return true
	}
	for _, n := range []string{short, full} {
		if p := v[n]; p != nil && p[tPlace]+p[tOrg]+p[tEvent] > 0 {
			return false
		}
	}
	return true
}

// placeOpenings open names of places: "Virginia" is not West Virginia,
// nor "Asia" Central Asia.
var placeOpenings = set("West", "East", "North", "South", "New", "Upper", "Lower", "Great", "Little", "Old", "Central",
	"Northern", "Southern", "Eastern", "Western", "Inner", "Outer", "Middle", "Far", "Near")

// nameArticles open a name in other languages: "La France", "El Niño".
var nameArticles = set("La", "Le", "Les", "L'", "El", "Al", "Der", "Die", "Das", "Il", "Lo", "Los", "Las", "The")
