package questions

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// referent is what a pronoun may be replaced by.
type referent struct {
	Name string
	Type etype
	The  bool // written "the X" ("the Russians")
}

func (r referent) ok() bool { return r.Name != "" }

// mainSubject is the article's subject: its title when the title is a name
// used in the text, else the name that opens the first sentence.
func mainSubject(a *article, sents []sentence, v votes) referent {
	if p, ok := v[a.Title]; ok && !hasEpithet(a.Title) {
		// a title "Catherine the Great" over "Catherine II, known as
		// Catherine the Great, was …": the subject is the lead's name
		r := referent{Name: a.Title, Type: v.typeOf(a.Title), The: p[slotThe] > 0}
		if (r.Type == tName || r.Type == tConcept) && livedAndToldWithHe(a, sents) && opensWith(sents[0].Toks, a.Title) {
			r.Type = tPerson // "Zheng He was a Chinese admiral": no cue word typed the name
		}
		return r
	}
	if len(sents) > 0 {
		if r := subjectOf(sents[0].Toks, v); r.ok() {
			if r.Type == tName && livedAndToldWithHe(a, sents) {
				r.Type = tPerson // "Zheng He was a Chinese admiral": no cue word typed the name
			}
			if r.Type == tPerson && a.guide() && !titleWords[categoryNoun(sents[0].Toks)] {
				// "Le Moniage Guillaume: A Study Guide" over "Le Moniage
				// Guillaume is an anonymous Old French chanson de geste":
				// the poem, though a name in its title made it a person and
				// its story is told with "he" (read blind, "Le Moniage
				// Guillaume is a disastrous monk", keyed True).
				if w := workTitle(a, sents); w.Name == r.Name {
					return w
				}
			}
			if work, _, ok := strings.Cut(a.Title, " by "); ok && r.Type != tPerson && work != r.Name && work != "The "+r.Name &&
				strings.Contains(work, r.Name) && opensWith(sents[0].Toks, work) {
				// "The Things They Carried by Tim O'Brien": the tagger
				// took the title's last word for the verb, and the work
				// was named "The Things They" ("The Things They follows
				// a platoon ..."); the title says where the name ends.
				r.Name, r.The = work, false
			}
			if r.The && r.Type != tPerson && strings.HasPrefix(a.Title, "The "+r.Name+" by ") {
				// "The Secret Life of Bees by Sue Monk Kidd": a work's
				// title keeps its "The" ("In what year was The Secret
				// Life of Bees published?")
				r.Name, r.The = "The "+r.Name, false
			}
			if len(strings.Fields(r.Name)) >= 3 {
				// "Maria Tecla Artemisia Montessori ..." opens a life the
				// text then tells of "Montessori": a pronoun is named so.
				if f := frequentSubject(a, sents, v); f.ok() && f.Name != r.Name && wordsWithin(f.Name, r.Name) {
					f.Type = r.Type
					return f
				}
			}
			return r
		}
		// A concept article ("Photosynthesis is the process ..."): its
		// title opens the first sentence as a common noun.
		if opensWith(sents[0].Toks, a.Title) {
			if (sents[0].Toks[0].Tag == "NNP" || writtenAsName(sents[0].Toks, len(strings.Fields(a.Title)))) && livedAndToldWithHe(a, sents) {
				// "Zheng He was ...", a life told with he; "Jürgen
				// Wullenwever (c. 1492 – 24 September 1537) was ...", whose
				// first name the tagger did not take for a name.
				return referent{Name: a.Title, Type: tPerson}
			}
			// Named as the text writes it: "Static electricity", not the
			// title's "Static Electricity".
			n := len(strings.Fields(a.Title))
			if n > 1 && sents[0].Toks[0].Text == "The" {
				// "The Poisson distribution": inside a sentence it is "the
				// Poisson distribution" ("Because the Poisson ...").
				return referent{Name: join(sents[0].Toks[1:n]), Type: tConcept, The: true}
			}
			return referent{Name: join(sents[0].Toks[:n]), Type: tConcept}
		}
	}
	if r := workTitle(a, sents); r.ok() {
		return r
	}
	if r := theTitle(a, sents); r.ok() {
		return r
	}
	if r := titleName(a, sents, v); r.ok() {
		return r
	}
	if r := conceptTitle(a); r.ok() {
		return r
	}
	return frequentSubject(a, sents, v)
}

// reTitleDates are the years a title adds to its name: "The Wars of the
// Roses (1455–1487)", "The Great Irish Famine, 1845–1852".
var reTitleDates = regexp.MustCompile(`\s*(?:\([^)]*\d[^)]*\)|,\s*(?:c\.\s*)?\d{3,4}(?:\s*[–-]\s*\d{2,4})?)\s*$`)

// titleName is the subject of a text whose title names it beside a phrase
// ("Living with a Volcano: Mount Etna", "The Edict of Nantes: Toleration
// and Its Limits") or with its years, when a later sentence, not the
// first, opens with that name: lesson notes open with their objectives.
// The name must be a proper one, written with capitals inside a sentence
// too ("Aardvarks: The Night-Time Diggers" is a kind, told of as "they"),
// and used at least twice. Its "it" is then that thing ("It is the
// highest active volcano in Italy").
func titleName(a *article, sents []sentence, v votes) referent {
	for _, side := range strings.Split(a.Title, ":") {
		side = strings.TrimSpace(reTitleDates.ReplaceAllString(side, ""))
		name, the := strings.CutPrefix(side, "The ")
		w := strings.Fields(name)
		if len(w) == 0 || len(w) > 6 || !capitalized(w[0]) || !capitalized(w[len(w)-1]) || !namedWithin(a.Raw, name) {
			continue
		}
		for _, s := range sents {
			ts := s.Toks
			if the && len(ts) > 0 && ts[0].Text == "The" {
				ts = ts[1:]
			}
			if len(ts) > len(w) && opensWith(ts, name) && !possessiveAt(ts, len(w)) && strings.HasPrefix(ts[len(w)].Tag, "VB") {
				t := v.typeOf(name)
				if t == tConcept || t == tPerson {
					break // a life or a concept has its own ways above
				}
				return referent{Name: name, Type: t, The: the}
			}
		}
	}
	return referent{}
}

// namedWithin reports name written at least twice in raw (title line
// aside), once at least in running prose after a word in small letters,
// where only a proper name keeps its capitals.
func namedWithin(raw, name string) bool {
	_, body, _ := strings.Cut(raw, "\n")
	n, inside := 0, false
	for from := 0; ; {
		i := strings.Index(body[from:], name)
		if i < 0 {
			break
		}
		i += from
		n++
		// After a word in small letters: not a sentence's start, nor a
		// heading's words ("Why Camels Store Fat").
		start := strings.LastIndex(body[:i], "\n") + 1
		end := strings.IndexByte(body[i:], '\n')
		if end < 0 {
			end = len(body) - i
		}
		line := strings.TrimSpace(body[start : i+end])
		prose := strings.HasSuffix(line, ".") || len(strings.Fields(line)) > 12 // not a heading ("What Eats Jellyfish")
		if f := strings.Fields(body[start:i]); prose && len(f) > 0 {
			last := f[len(f)-1]
			r, _ := utf8.DecodeRuneInString(last)
			inside = inside || unicode.IsLower(r) && !strings.ContainsAny(last[len(last)-1:], ".!?:;")
		}
		from = i + len(name)
	}
	return n >= 2 && inside
}

// conceptTitle is the subject of a concept text whose title the first
// sentence does not open with ("The Harmonic Mean" opening "Most people
// learn one kind of average at school"), when the text keeps using the
// title's words in small letters: "the harmonic mean" three times or more.
//
// A title with a subtitle ("Hotelling's Law: Why Competitors End Up Side
// by Side") names its concept before the colon, and the concept is named
// as the prose writes it ("Hotelling's law"): the text had been left with
// no subject, its every "it" leaning, and gave no question.
func conceptTitle(a *article) referent {
	head, _, sub := strings.Cut(a.Title, ":")
	title := strings.TrimPrefix(strings.TrimSpace(head), "The ")
	if n := len(strings.Fields(title)); n == 0 || n > 4 {
		return referent{}
	}
	low := strings.ToLower(title)
	if strings.Count(a.lower(), low) < 3 {
		return referent{}
	}
	// Written in small letters in the prose, it is a concept, not a name.
	if title != low {
		for _, p := range a.Paras {
			if strings.Contains(p.Text, title) {
				return referent{}
			}
		}
	}
	name := low
	if sub {
		name = proseForm(a, low)
	}
	return referent{Name: name, Type: tConcept, The: strings.HasPrefix(a.Title, "The ")}
}

// proseForm returns low as the prose writes it inside a sentence, with its
// capitals: "Hotelling's law" for "hotelling's law".
func proseForm(a *article, low string) string {
	for _, p := range a.Paras {
		lp := strings.ToLower(p.Text)
		if len(lp) != len(p.Text) {
			continue
		}
		for from := 0; ; {
			i := strings.Index(lp[from:], low)
			if i < 0 {
				break
			}
			i += from
			if i > 1 && p.Text[i-2] != '.' {
				return p.Text[i : i+len(low)]
			}
			from = i + 1
		}
	}
	return low
}

// workTitle is the work a guide is about when its title line says so
// ("The Playboy of the Western World: A Guide to the Play", "Twenty
// Thousand Leagues Under the Sea by Jules Verne") and the first sentence
// opens with it: "It was first performed at the Abbey Theatre" is then the
// play.
func workTitle(a *article, sents []sentence) referent {
	head := a.Title
	if i := strings.Index(head, ":"); i > 0 {
		head = head[:i]
	}
	if i := strings.Index(head, " by "); i > 0 {
		head = head[:i]
	}
	head = strings.TrimSpace(head)
	if head == a.Title || len(sents) == 0 || len(strings.Fields(head)) < 2 || !opensWith(sents[0].Toks, head) && !fullTitleEndsWith(sents[0].Toks, head) {
		return referent{}
	}
	if writtenSmall(sents[0].Toks, head) {
		// "Ramsey Pricing: Covering Fixed Costs" over "Ramsey pricing is
		// a rule": named as the prose writes it, "the" in small letters
		// inside a sentence ("the Lerner index rises").
		name, the := strings.CutPrefix(head, "The ")
		return referent{Name: proseForm(a, strings.ToLower(name)), Type: tName, The: the}
	}
	return referent{Name: head, Type: tName}
}

// writtenSmall reports a sentence opening with head that writes in small
// letters a word head capitalises, past its first word and leaving out
// the small words a title may capitalise ("Of", "The").
func writtenSmall(ts []tok, head string) bool {
	for i, x := range strings.Fields(head) {
		if i > 0 && i < len(ts) && capitalized(x) && !functionWords[strings.ToLower(x)] && ts[i].Text == strings.ToLower(x) {
			return true
		}
	}
	return false
}

// fullTitleEndsWith reports a first sentence whose subject is the work's
// full title, ending with the short one the title line gives: "The
// Tragical History of the Life and Death of Doctor Faustus is a tragedy"
// under "Doctor Faustus by Christopher Marlowe".
func fullTitleEndsWith(ts []tok, head string) bool {
	n := len(strings.Fields(head))
	for k := n; k+1 < len(ts) && k <= 16; k++ {
		switch strings.ToLower(ts[k].Text) {
		case "is", "was":
			return opensWith(ts[k-n:], head) && capitalized(ts[0].Text)
		case ",", ";", ":", "(", ".":
			return false
		}
	}
	return false
}

// opensWithMain reports a sentence that opens with the subject's name,
// after "The" when the text writes it so.
func opensWithMain(ts []tok, main referent) bool {
	return mainEnd(ts, main) > 0
}

// mainEnd returns where the subject's name ends in a sentence that opens
// with it ("The" first if the text writes it so), or 0.
func mainEnd(ts []tok, main referent) int {
	at := 0
	if main.The && len(ts) > 0 && ts[0].Text == "The" {
		at = 1
	}
	if !opensWith(ts[at:], main.Name) {
		return 0
	}
	return at + len(strings.Fields(main.Name))
}

// namedPlural reports a first sentence that opens with the subject's name
// and says "are" or "were" of it: "The Theodosian Walls are ...".
func namedPlural(ts []tok, main referent) bool {
	end := mainEnd(ts, referent{Name: main.Name, The: true}) // "The" may open it however the text votes
	if end == 0 || end >= len(ts) {
		return false
	}
	switch strings.ToLower(ts[end].Text) {
	case "are", "were":
		return true
	}
	return false
}

// theTitle is the subject of an article whose first sentence opens with
// "The" and its title, written as the title is ("The Theodosian Walls are
// the land fortifications of Constantinople"), when the name was not
// found as a name: its "they" and "it" are then that thing. A title in
// small letters there ("The printing press was ...") is a concept.
func theTitle(a *article, sents []sentence) referent {
	if len(sents) == 0 || a.Title == "" {
		return referent{}
	}
	ts := sents[0].Toks
	title := strings.TrimPrefix(a.Title, "The ")
	n := len(strings.Fields(title))
	if len(ts) < n+2 || ts[0].Text != "The" || !opensWith(ts[1:], title) || possessiveAt(ts, n+1) {
		return referent{}
	}
	r := referent{Name: join(ts[1 : 1+n]), Type: tName, The: true}
	if !capitalized(ts[1].Text) {
		r.Type = tConcept
	}
	return r
}

// possessiveAt reports a possessive "'s" among the first n+1 tokens: the
// sentence's subject is then something of the name it opens with.
func possessiveAt(ts []tok, n int) bool {
	for i := 0; i <= n && i < len(ts); i++ {
		if ts[i].Tag == "POS" || ts[i].Text == "'s" || ts[i].Text == "’s" {
			return true
		}
	}
	return false
}

// wordsWithin reports whether every word of short is a word of long.
func wordsWithin(short, long string) bool {
	for _, w := range strings.Fields(short) {
		if !slices.Contains(strings.Fields(long), w) {
			return false
		}
	}
	return true
}

// frequentSubject is the name that is the subject of most sentences, when
// it shares a word with the title and heads at least three: a life whose
// first sentence opens with a long formal name ("Simón José Antonio de la
// Santísima Trinidad Bolívar y Palacios") is still about "Bolívar".
func frequentSubject(a *article, sents []sentence, v votes) referent {
	title := map[string]bool{}
	for _, w := range strings.Fields(a.Title) {
		title[strings.ToLower(w)] = true
	}
	count := map[string]int{}
	best := referent{}
	for _, s := range sents {
		r := subjectOf(s.Toks, v)
		if !r.ok() || r.Type != tPerson && r.Type != tName {
			continue
		}
		shares := false
		for _, w := range strings.Fields(r.Name) {
			shares = shares || title[strings.ToLower(w)]
		}
		if !shares {
			continue
		}
		count[r.Name]++
		if count[r.Name] >= 3 && (!best.ok() || count[r.Name] > count[best.Name]) {
			best = r
		}
	}
	if best.Type == tName && toldWithHeOrShe(sents) {
		// A name that heads many sentences of a text told with he or
		// she is the person it is about.
		best.Type = tPerson
	}
	return best
}

// livedAndToldWithHe reports a life: the text says he or she, and its
// first paragraph gives the years of a life in brackets (also in a first
// line read as its heading: "Sor Juana Inés de la Cruz (1648?–1695)"), or
// its first sentence tells the birth ("Bartolomé de las Casas was born in
// Seville, most probably in 1484"). A temple whose text tells of its kings
// ("he built") is not one.
func livedAndToldWithHe(a *article, sents []sentence) bool {
	if len(a.Paras) == 0 || !toldWithHeOrShe(sents) {
		return false
	}
	if k := categoryNoun(sents[0].Toks); workKinds[k] || realmKinds[k] {
		// "The Awakening is a short novel by Kate Chopin (1850–1904)": a
		// book, told of its heroine; "a West Slavic state … under Prince
		// Svatopluk I (ruled 870–894)": a realm, told of its rulers.
		return false
	}
	if reMadeBy.MatchString(join(sents[0].Toks)) {
		// "The Pillow Book is a collection of lists ... written by Sei
		// Shōnagon": a work, told of its author as "she", and the years
		// beside "the Heian period (794–1185)" are no lifespan.
		return false
	}
	if reLifespan.MatchString(a.Paras[0].Section + " " + a.Paras[0].Text) {
		return true
	}
	return len(sents) > 0 && reBorn.MatchString(join(sents[0].Toks))
}

// writtenAsName reports the first n words of a sentence all capitalised, as
// a person's names are and a concept's ("Static electricity") are not.
func writtenAsName(ts []tok, n int) bool {
	if n < 2 || n > len(ts) {
		return false
	}
	for _, t := range ts[:n] {
		if !capitalized(t.Text) || functionWords[strings.ToLower(t.Text)] {
			return false
		}
	}
	return true
}

// reMadeBy is a first sentence that names the subject's maker: a work's.
var reMadeBy = regexp.MustCompile(`\b(?:written|composed|compiled|painted|directed|edited)\s+by\b`)

// toldWithHeOrShe reports a text that says he or she at least three times.
func toldWithHeOrShe(sents []sentence) bool {
	he := 0
	for _, s := range sents {
		m, f := pronounCounts(s.Toks, false)
		he += m + f
	}
	return he >= 3
}

// subjectOf returns the name that is the grammatical subject of a sentence:
// a name (or "the" and a name) that comes first and is followed by its verb.
func subjectOf(ts []tok, v votes) referent {
	ns := names(ts)
	if len(ns) == 0 {
		return referent{}
	}
	s := ns[0]
	the := s.I == 1 && strings.EqualFold(ts[0].Text, "the")
	if s.I != 0 && !the {
		return referent{}
	}
	// The verb must follow the name, possibly after an adverb, a
	// parenthesis or an appositive between commas ("Catherine II, known
	// as Catherine the Great, was ...").
	start := s.J
	if start < len(ts) && ts[start].Text == "(" {
		// "Ada Lovelace (1815–1852), born ..., was": past the years first.
		for k := start + 1; k < len(ts); k++ {
			if ts[k].Text == ")" {
				start = k + 1
				break
			}
		}
	}
	if start < len(ts) && ts[start].Text == "," {
		if k := otherNamesEnd(ts, start); k > 0 {
			start = k
		} else {
			for k := start + 1; k < len(ts) && k < start+25; k++ {
				if ts[k].Text == "," {
					start = k + 1
					break
				}
			}
		}
	}
	for k := start; k < len(ts) && k < start+12; k++ {
		switch {
		case ts[k].Tag == "VBD" || ts[k].Tag == "VBZ" || ts[k].Tag == "VBP" || ts[k].Tag == "MD":
			return referent{Name: s.Text, Type: v.typeOf(s.Text), The: the}
		case ts[k].Tag == "RB" || ts[k].Text == "(" || ts[k].Text == ")":
			continue
		case k == s.J && ts[k].Text == "(":
			continue
		}
		if k == start {
			return referent{}
		}
		// Inside a parenthesis anything may stand.
		if !inParen(ts, k) {
			return referent{}
		}
	}
	return referent{}
}

// otherNamesEnd returns where the verb stands after an appositive of other
// names opened at the comma c, when the appositive runs to the comma before
// it with no verb of its own ("The Kingdom of Mutapa, also called the Mutapa
// Empire, Mwenemutapa or Munhumutapa, and known in Portuguese sources as
// Monomotapa, was ..."); else 0.
func otherNamesEnd(ts []tok, c int) int {
	if c+2 >= len(ts) || !(strings.EqualFold(ts[c+1].Text, "also") || ts[c+1].Text == "known" || ts[c+1].Text == "called") {
		return 0
	}
	for k := c + 2; k < len(ts) && k < c+40; k++ {
		if w := ts[k].Text; w == "called" || w == "known" || w == "named" || w == "spelt" || w == "spelled" || w == "written" {
			continue // the tagger may take the participle for a past tense
		}
		if finite(ts[k]) {
			if ts[k-1].Text == "," {
				return k
			}
			return 0
		}
	}
	return 0
}

func inParen(ts []tok, k int) bool {
	depth := 0
	for i := 0; i < k; i++ {
		switch ts[i].Text {
		case "(":
			depth++
		case ")":
			depth--
		}
	}
	return depth > 0
}

var (
	heWords   = set("he", "him", "his", "she", "her")
	theyWords = set("they", "them", "their")
	itWords   = set("it", "its")
)

// datedOpening reports a sentence that opens with only a date before the
// k-th token, with no comma: "In 2019 it was added to the list", "On 4
// October 1957 it ...".
func datedOpening(ts []tok, k int) bool {
	if k < 2 || ts[0].Text != "In" && ts[0].Text != "On" && ts[0].Text != "By" {
		return false
	}
	for _, t := range ts[1:k] {
		if t.Tag != "CD" && months[t.Text] == 0 {
			return false
		}
	}
	return true
}

// afterCopula reports a possessive right after "is" or "are" (or "is one
// of"): "The Channel Islands are one of their most important homes" says
// what the subject is to someone else, whom the sentence does not name.
func afterCopula(ts []tok, k int) bool {
	j := k - 1
	if j >= 2 && ts[j].Text == "of" && strings.EqualFold(ts[j-1].Text, "one") {
		j -= 2
	}
	if j < 1 || !copulas[strings.ToLower(ts[j].Text)] {
		return false
	}
	for _, t := range ts[:j] {
		if finite(t) || t.Tag == "POS" || t.Text == "of" {
			return false // "An elephant's trunk is its nose", "The best part of a raccoon is its face": the owner is in the subject
		}
	}
	return true
}

// subjectPronounAfter reports a subject "he" or "she" of the possessive
// at k's sex, or an "it" after an "its", that opens the clause after the
// opening phrase k stands in: "After his mother's death he spent …", "At
// its greatest extent it controlled …".
func subjectPronounAfter(ts []tok, k int) bool {
	if ts[0].Tag != "IN" {
		return false
	}
	g := pronounGender(strings.ToLower(ts[k].Text))
	for j := k + 1; j+1 < len(ts); j++ {
		if finite(ts[j]) {
			return false
		}
		if low := strings.ToLower(ts[j].Text); (low == "he" || low == "she") && pronounGender(low) == g || low == "it" && strings.EqualFold(ts[k].Text, "its") {
			return finite(ts[j+1]) || ts[j+1].Tag == "RB" && j+2 < len(ts) && finite(ts[j+2])
		}
	}
	return false
}

// prepOpening reports a subject pronoun right after an opening phrase
// with no comma: "At its greatest extent it controlled …".
func prepOpening(ts []tok, k int) bool {
	if k < 2 || ts[0].Tag != "IN" || k+1 >= len(ts) || !finite(ts[k+1]) {
		return false
	}
	for _, t := range ts[:k] {
		if finite(t) {
			return false
		}
	}
	return true
}

// inOpening reports a token inside a sentence's opening phrase: a comma
// comes after it with no finite verb before that comma.
func inOpening(ts []tok, k int) bool {
	for _, t := range ts[:k] {
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" {
			return false
		}
	}
	for _, t := range ts[k+1:] {
		switch {
		case t.Text == ",":
			return true
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			return false
		}
	}
	return false
}

// possessiveHer reports whether the "her" at k owns what follows it. The
// tagger's PRP$ is wrong both ways ("made her an honorary member", "sold
// her house"): a noun after it, or an adjective before a noun, says
// possessive ("her most famous book" too); a determiner, a preposition or
// an adjective alone ("made her famous") says object. A sentence's opening
// "Her" owns what follows whatever the words after it ("Her first entirely
// new hospital was ..."): an object does not open a sentence.
func possessiveHer(ts []tok, k int) bool {
	if k == 0 {
		return true
	}
	noun := func(i int) bool {
		return i < len(ts) && (strings.HasPrefix(ts[i].Tag, "NN") || ts[i].Tag == "CD" || ts[i].Tag == "VBG")
	}
	adj := func(i int) bool { return i < len(ts) && strings.HasPrefix(ts[i].Tag, "JJ") }
	i := k + 1
	if i < len(ts) && strings.HasPrefix(ts[i].Tag, "RB") && adj(i+1) {
		i++ // "her most famous book"
	}
	return noun(i) || adj(i) && (noun(i+1) || adj(i+1))
}

// textNouns are what a guide to a work calls the work as written.
var textNouns = set("text")

// resolve names the first third-person pronoun of each sentence when it is
// safe, fills Text and Q, and marks which sentences questions may be made
// from. A he/she is named after the previous sentence's subject when that
// is a person, else after the article's subject when the previous sentence
// names no other person; they after the previous subject when it is a
// group; it after the article's subject when the previous sentence was
// about it. Anything else stays unresolved and the sentence unused.
func resolve(sents []sentence, v votes, main referent, ent *entities) {
	var prev referent
	var seen []string // the people named in full so far
	var own map[string]bool
	if len(sents) > 0 {
		own = ownWords(sents[0].Art, main)
	}
	plural := "" // the plural topic the sentence before was about ("Dragonflies")
	var nouns map[string]bool
	topic := main
	if len(sents) > 0 {
		if nouns = topicNouns(sents[0].Art, sents, main); nouns != nil {
			topic = topicReferent(sents[0].Art, sents[0].Toks, main)
		}
	}
	var home referent
	var homeNouns map[string]bool
	if len(sents) > 0 && main.ok() && !nouns["city"] && !nouns["town"] {
		home, homeNouns = homeTown(sents[0].Toks, v)
	}
	var ruler referent
	var rulerNouns map[string]bool
	if len(sents) > 0 && main.ok() && main.Type != tPerson {
		ruler, rulerNouns = titleRuler(sents[0].Toks, sents[0].Art.Title, v)
	}
	title, realm := "", ""
	if len(sents) > 0 && main.ok() {
		title, realm = ownTitle(sents[0].Toks, main)
	}
	var prevOut []tok // the sentence before, its pronouns named
	pluralMain := len(sents) > 0 && main.ok() && main.Type != tPerson && main.Type != tGroup && namedPlural(sents[0].Toks, main)
	for i := range sents {
		s := &sents[i]
		ts := s.Toks
		var out []tok
		ok := true
		done := false
		for k, t := range ts {
			low := strings.ToLower(t.Text)
			kind := heWords[low] || theyWords[low] || itWords[low]
			if !kind || done || t.Tag != "PRP" && t.Tag != "PRP$" || eitherSex(ts, k) {
				out = append(out, t)
				continue
			}
			if t.Tag == "PRP$" && (heWords[low] || low == "its") && subjectPronounAfter(ts, k) {
				// "After his mother's death he spent …": the name goes to
				// the subject ("After his mother's death Arguedas spent"),
				// not to the opening ("After Arguedas's mother's death he").
				out = append(out, t)
				continue
			}
			// "Built of local flagstone ..., it is one of ...": the opening
			// phrase describes the subject; its nouns are not the "it".
			itOpening := itWords[low] && (k >= 2 && ts[k-1].Text == "," && participleOpener(ts) || low == "it" && prepOpening(ts, k))
			if !itOpening && hasAntecedent(withoutAgentAside(ts[:appositionStart(ts, k)]), low, v) && !(t.Tag == "PRP$" && !heWords[low] && afterCopula(ts, k)) || heWords[low] && mainNamed(ts[:k], main) ||
				heWords[low] && namedAfterOpening(ts, k, pronounGender(low), ent) || heWords[low] && namedAfterClause(ts, k, pronounGender(low), ent) {
				done = true
				out = append(out, t)
				continue
			}
			// The subject pronoun right after the subject named in the
			// sentence before, at the start or after an opening phrase
			// ("Launched in 1990, it was the first ...").
			opening := k >= 2 && ts[k-1].Text == "," && (ts[0].Tag == "VBN" || ts[0].Tag == "VBG" || ts[0].Tag == "IN" || participleOpener(ts)) ||
				datedOpening(ts, k) || prepOpening(ts, k) || k == 1 && (low == "it" || low == "they") && subordinators[strings.ToLower(ts[0].Text)] // "When it opened in March 1988 it was the longest ..."
			var r referent
			switch {
			case heWords[low]:
				// Only a person of the pronoun's gender, with no other
				// candidate in the sentence before: a wrong name here
				// turns a question into a falsehood.
				g := pronounGender(low)
				if prev.ok() && prev.Type == tPerson && ent.genderOf(prev.Name) == g && i > 0 && !ent.rival(sents[i-1].Toks, prev.Name, g, v) && !(main.Type == tPerson && prev.Name != main.Name && otherObject(sents[i-1].Toks, g)) {
					r = prev
				} else if main.ok() && main.Type == tPerson && ent.genderOf(main.Name) == g && i > 0 && !ent.rival(sents[i-1].Toks, main.Name, g, v) {
					r = main
				} else if (!main.ok() || main.Type != tPerson) && i > 0 && sents[i-1].Para == s.Para {
					r = onlyPersonNamed(prevOut, g, v, ent)
				}
				if r.ok() && i > 0 && pointsToAnother(sents[i-1].Toks) {
					// "The sources disagree about this man's name: some
					// call him Yetbarak. With his death the Zagwe dynasty
					// came to an end": the "his" is this man's, not the
					// subject of the life (read blind, a falsehood keyed
					// True).
					r = referent{}
				}
				if r.ok() && inOpening(ts, k) && ent.rival(ts[k+1:], r.Name, g, v) {
					// "On the eve of his thirty-eighth birthday, Basil visits
					// Dorian": the "his" may be anyone the sentence names
					// after it; read blind, naming the last subject made a
					// false statement keyed True.
					r = referent{}
				}
				if r.ok() && t.Tag == "PRP$" && kinAfter(ts, k, r.Name) {
					// "In 1876 his father's business failed, and Pavel fled
					// to Moscow", after a sentence on Pavel: Pavel is the
					// father, so not the "his" (read blind as "Pavel
					// Chekhov's father's business", a wrong statement).
					r = referent{}
				}
				if n := subjectAfterOpening(ts, k); r.ok() && n != "" && objectPronoun(ts, k) && samePerson(n, r.Name, ent) {
					// "Encouraged by her, Heidi learns to read": the "her"
					// is someone other than Heidi, and "Encouraged by Heidi,
					// Heidi" is no sentence.
					r = referent{}
				}
			case theyWords[low]:
				if prev.ok() && prev.Type == tGroup {
					r = prev
				} else if plural != "" && k == 0 && low != "them" {
					// "Dragonflies are very good at spotting movement. They
					// ...": the animals the text is about, named just
					// before with nothing else plural beside them.
					r = referent{Name: plural, Type: tGroup}
				} else if low == "they" && pluralMain && (prev.Name == main.Name || ent.isMain(prev.Name)) && (k == 0 || opening) {
					// "The Theodosian Walls are ... Built in the fifth
					// century, they ran across the neck of the peninsula."
					r = main
				}
			case itWords[low]:
				if !pluralMain && main.ok() && main.Type != tPerson && main.Type != tGroup && (prev.Name == main.Name || ent.isMain(prev.Name) && !otherInName(prev, main, v) && !otherKind(sents[i-1].Toks, s.Art.Kind)) && (k == 0 || opening) {
					r = main
					if prev.Name != main.Name && strings.EqualFold(strings.TrimPrefix(s.Art.Title, "The "), strings.TrimPrefix(prev.Name, "The ")) {
						// "The Adventures of Tom Sawyer is a novel ... It
						// follows a boy": the book the title names, not "Tom".
						r = prev
					}
				}
			}
			if !r.ok() {
				ok = false
				out = append(out, t)
				done = true
				continue
			}
			done = true
			s.Resolved = true
			s.ThingIt = itWords[low] && r.Name == main.Name
			out = append(out, nameToks(r, t, k == 0, low == "his" || low == "her" && possessiveHer(ts, k) || low == "their" || low == "its")...)
		}
		if i > 0 {
			out = nameTopicNoun(out, home, homeNouns, v) // first: "Aqueduct of Segovia" names Segovia too
			out = nameTopicNoun(out, ruler, rulerNouns, v)
			out = nameOwnTitle(out, prevOut, main, title, realm, v, ent)
			if workKinds[strings.ToLower(s.Art.Kind)] {
				// "In 1726 Thomas Hearne printed the text": in a guide to a
				// work, the work. Read blind, "the text" left unnamed was
				// usable once in three ("which text?").
				out = nameTopicNoun(out, main, textNouns, v)
			}
			out = nameTopicNoun(out, topic, nouns, v)
			out = nameTopicPart(out, main, s.Art)
			out = nameRecentNoun(out, sents, i, v, s.Art)
			out = nameTheTerm(out, main, sents[i-1].Text, s.Art)
		}
		out = nameInFull(s.Art, out, seen, own, v)
		prevOut = out
		seen = longNames(seen, ts, v)
		s.Text = join(out)
		s.Q = simplify(out)
		plural = pluralTopic(out, s.Art)
		var present bool
		s.Q, present = inPast(s, s.Q)
		s.Supposed = i > 0 && supposes(&sents[i-1], s)
		s.Usable = ok && wellFormed(out) && !anaphoric(s.Q) && !present && !strayPronoun(s.Q, v) && leansOnContext(s.Q, s.Art) == "" && saysNothing(s.Q) == "" &&
			!misspelt(s.Q, ent) && !s.Supposed
		if (main.Type == tConcept || main.Type == tName) && opensWithMain(out, main) && !possessiveAt(out, len(strings.Fields(main.Name))+1) {
			prev = main // not "The Moon's gravity is weaker. It is only one-sixth as strong."
		} else if main.ok() && main.Type != tPerson && main.Type != tGroup && s.Art.Kind != "" && opensWith(out, "the "+s.Art.Kind) {
			prev = main // "The tower is built of marble. It has eight storeys."
		} else if r := subjectOf(out, v); r.ok() {
			prev = r
		} else if n := subjectAfterOpening(out, 0); n != "" && !s.Resolved {
			// "In his study, Faustus reviews ...": the subject after an
			// opening phrase is who the next sentence's "he" goes on with.
			prev = referent{Name: n, Type: v.typeOf(n)}
			if main.Type == tPerson && ent.isMain(n) {
				prev = main // "Like many children ..., Julia was educated in Europe": still Cameron
			}
		} else if !s.Resolved || !ok {
			prev = referent{}
		}
		// A resolved pronoun subject keeps prev as it was: the same person.
	}
}

// onlyPersonNamed is the one person of gender g a sentence names, when it
// names no one else who could be of that gender and leaves no pronoun of
// it unnamed: in a guide to a play, "Faustus signs the contract in his own
// blood. As he writes, ..." is Faustus, though the guide is about the
// play. "His friend Grossmann helped him" may be either, and gives no one.
func onlyPersonNamed(ts []tok, g byte, v votes, ent *entities) referent {
	for _, t := range ts {
		if low := strings.ToLower(t.Text); heWords[low] && pronounGender(low) == g && (t.Tag == "PRP" || t.Tag == "PRP$") {
			return referent{}
		}
	}
	var found referent
	for _, n := range names(ts) {
		tp := v.typeOf(n.Text)
		if tp != tPerson && (tp != tName || cueName(n.Text)) {
			continue
		}
		og := ent.genderOf(n.Text)
		if og != 0 && og != g {
			continue
		}
		if tp != tPerson || og != g || found.ok() && !samePerson(found.Name, n.Text, ent) {
			return referent{} // someone whose gender the text does not show, or a second person
		}
		if !found.ok() || len(n.Text) < len(found.Name) {
			found = referent{Name: n.Text, Type: tPerson}
		}
	}
	return found
}

// pluralTopic is the bare plural of the title that a sentence opens with
// as its subject ("Dragonflies have been around ..." in a text titled
// "Dragonflies", "Blue-ringed octopuses live ..." under "Blue-Ringed
// Octopuses"), when nothing else in the sentence is a plural noun: a
// "They" opening the next sentence can then only be them. With a modifier
// the title lacks ("Baby orangutans") or another plural beside it
// ("Dragonflies eat mosquitoes"), "They" may be either, and stays
// unresolved; a plural name ("the Pacific and Indian Oceans") is no
// rival.
func pluralTopic(ts []tok, a *article) string {
	n := 0
	for n < len(ts) && n < 3 && titleWord(a, ts[n].Text) && (ts[n].Tag == "JJ" || ts[n].Tag == "NN" || ts[n].Tag == "NNS" || ts[n].Tag == "NNP" || ts[n].Tag == "NNPS") {
		n++
		if ts[n-1].Tag == "NNS" || ts[n-1].Tag == "NNPS" || strings.HasSuffix(strings.ToLower(ts[n-1].Text), "s") && ts[n-1].Tag == "NNP" {
			break
		}
	}
	if n == 0 || len(ts) < n+2 || !strings.HasPrefix(ts[n].Tag, "VB") && ts[n].Tag != "MD" && ts[n].Tag != "RB" {
		return ""
	}
	w := ts[n-1].Text
	if !strings.HasSuffix(strings.ToLower(w), "s") {
		return ""
	}
	for _, t := range ts[n:] {
		if t.Tag == "NNS" {
			return ""
		}
	}
	return upperFirst(join(ts[:n]))
}

// titleWord reports whether w is one of the title's words, in any case.
func titleWord(a *article, w string) bool {
	for _, t := range strings.Fields(a.Title) {
		if strings.EqualFold(strings.Trim(t, ".,:;()\"'?!"), w) {
			return true
		}
	}
	return false
}

// opensWith reports whether a sentence opens with the words of name,
// ignoring case.
func opensWith(ts []tok, name string) bool {
	w := strings.Fields(name)
	if len(w) == 0 || len(ts) < len(w) {
		return false
	}
	for i, x := range w {
		if !strings.EqualFold(ts[i].Text, x) {
			return false
		}
	}
	return true
}

// nameToks spells a referent in place of a pronoun token.
func nameToks(r referent, pron tok, first, possessive bool) []tok {
	var out []tok
	sp := pron.Sp
	if r.The {
		the := "the"
		if first {
			the = "The"
		}
		out = append(out, tok{Text: the, Tag: "DT", Sp: sp})
		sp = true
	}
	for _, w := range strings.Fields(r.Name) {
		if first && len(out) == 0 {
			w = upperFirst(w) // "congestion pricing" opening a sentence
		}
		out = append(out, tok{Text: w, Tag: "NNP", Sp: sp})
		sp = true
	}
	if possessive {
		pos := "'s"
		if r.Type == tGroup && strings.HasSuffix(r.Name, "s") || pluralEnd(r) {
			pos = "'" // "Dragonflies' relatives", "the Church of the Holy Apostles' design"
		}
		out = append(out, tok{Text: pos, Tag: "POS"})
	}
	return out
}

// otherInName reports a subject that is one word of the topic's name and a
// place of its own: "Galveston" in the article on the 1900 Galveston
// hurricane is the city, and its "it" ("In 1900 it was one of the largest
// cities in Texas") is not the storm. A person's name in the topic's is
// mostly the topic called short ("Hubble" for the Hubble Space
// Telescope).
func otherInName(prev, main referent, v votes) bool {
	if prev.Name == main.Name || strings.Contains(prev.Name, " ") || !strings.Contains(main.Name, " ") {
		return false
	}
	return v.typeOf(prev.Name) == tPlace
}

// otherKind reports a sentence that says its subject is another kind of
// thing than the article's (an "it" after it is that thing, not the
// article's subject): "The Reichenbach is a mountain stream" in the
// article on the Reichenbach Falls Funicular, whose "Its most dramatic
// stage, the upper fall" is the stream's (read blind, a falsehood keyed
// True).
func otherKind(ts []tok, kind string) bool {
	k := categoryNoun(ts)
	return k != "" && kind != "" && k != kind
}

// pluralEnd reports a name of a thing, not a person, that ends in a
// plural word: "Church of the Holy Apostles", "Houses of Parliament" take
// an apostrophe alone for the possessive. A person's "James" or a city's
// "Athens" keeps "'s".
func pluralEnd(r referent) bool {
	f := strings.Fields(r.Name)
	if r.Type == tPerson || len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	return len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is")
}

// hasAntecedent reports whether the words before a pronoun already hold
// something it can point to.
// appositionStart is where the words that can own a pronoun at k end: a
// possessive that opens an apposition ("Ibrahim Pasha, his oldest friend,
// was executed") is not of the name it describes, so that name is cut
// off; elsewhere all of the sentence before k.
func appositionStart(ts []tok, k int) int {
	if k < 2 || ts[k].Tag != "PRP$" || ts[k-1].Text != "," || ts[k-2].Tag != "NNP" {
		return k
	}
	j := k - 2
	for j > 0 && ts[j-1].Tag == "NNP" {
		j--
	}
	return j
}

// withoutAgentAside drops from the words before a pronoun an aside that
// names who led or backed the sentence's subject (", led by the
// Governor-General Sir Reginald Wingate,"): the pronoun after it is the
// story's man, not the one named in passing. Read blind, "British
// officials, led by Wingate, grew alarmed by his correspondence" left
// "his" to be guessed.
func withoutAgentAside(before []tok) []tok {
	for i := 0; i+2 < len(before); i++ {
		if before[i].Text != "," || before[i+1].Tag != "VBN" || !strings.EqualFold(before[i+2].Text, "by") {
			continue
		}
		for j := i + 3; j < len(before); j++ {
			if before[j].Text == "," {
				out := append(append([]tok{}, before[:i]...), before[j+1:]...)
				return withoutAgentAside(out)
			}
		}
		break
	}
	return before
}

func hasAntecedent(before []tok, pron string, v votes) bool {
	if heWords[pron] {
		// Only a person can be "he" or "she": "the Department of Defense
		// named it after her" has no antecedent.
		for _, n := range names(before) {
			if n.J < len(before) && (before[n.J].Tag == "NN" || before[n.J].Tag == "NNS") && v.typeOf(n.Text) != tPerson {
				continue // "a Black woman", "the Roman army": a name before a noun describes it
			}
			if tp := v.typeOf(n.Text); tp == tPerson || tp == tName && !cueName(n.Text) {
				return true
			}
			// "At Padua Galileo Galilei devised ...": a place run into
			// the name that follows it.
			for _, tail := range nameTails(n.Text) {
				if v.typeOf(tail) == tPerson {
					return true
				}
			}
		}
	}
	if heWords[pron] && saidBy(before) {
		return true // "Holmes says he is too busy": the speaker, named just before
	}
	for k, t := range before {
		switch {
		case heWords[pron] && t.Tag == "NN" && titleWords[t.Text] && !titleOfOtherSex(t.Text, pronounGender(pron)):
			return true // not "his mother … he"
		case heWords[pron] && personNouns[strings.ToLower(t.Text)] && strings.HasPrefix(t.Tag, "NN") && k > 0 && strings.EqualFold(before[k-1].Text, "the"):
			// "At fourteen the boy was sent to France, where he studied":
			// he is the boy, not the last person named ("As a boy he
			// learned the violin" names no one).
			return true
		case theyWords[pron] && (t.Tag == "NNPS" || t.Tag == "NNS" ||
			t.Tag == "NNP" && k > 0 && before[k-1].Text == "the" && v[t.Text] != nil && v[t.Text][slotThe] > 0):
			return true
		case itWords[pron] && (t.Tag == "NN" || t.Tag == "NNP" && months[t.Text] == 0 && !eras[t.Text]) &&
			(k+1 >= len(before) || before[k+1].Tag != "NNS"): // "capital cities ... its banks" is not it
			return true
		}
	}
	return false
}

// saidBy reports words that end with a name and a verb of saying, so
// that a pronoun after them is what the named person said of someone,
// most often of themselves: "Holmes says (that) he".
func saidBy(before []tok) bool {
	n := len(before)
	if n >= 1 && before[n-1].Text == "that" {
		n--
	}
	return n >= 2 && sayingVerbs[strings.ToLower(before[n-1].Text)] && (before[n-2].Tag == "NNP" || before[n-2].Tag == "NNPS")
}

// sayingVerbs report what someone said, thought or found.
var sayingVerbs = set("says", "said", "tells", "told", "claims", "claimed", "insists", "insisted", "explains", "explained",
	"replies", "replied", "admits", "admitted", "announces", "announced", "declares", "declared", "thinks", "thought",
	"believes", "believed", "realises", "realised", "realizes", "realized", "decides", "decided", "learns", "learned",
	"promises", "promised", "writes", "wrote", "confesses", "confessed")

// participleOpener reports a sentence that opens with a participle the
// tagger took for a name: "Built of local flagstone ..., it is".
func participleOpener(ts []tok) bool {
	if len(ts) < 2 || ts[1].Tag != "IN" && ts[1].Tag != "CC" && ts[1].Tag != "RB" {
		return false
	}
	w := strings.ToLower(ts[0].Text)
	// "Standing on the floodplain of the Bani River, it is ...": a
	// present participle describes the subject as much as a past one.
	return strings.HasSuffix(w, "ed") || irregularParticiples[w] || ts[0].Tag == "VBG" && strings.HasSuffix(w, "ing")
}

// irregularParticiples open descriptions of buildings and works.
var irregularParticiples = set("built", "rebuilt", "made", "known", "begun", "written", "set", "held", "laid",
	"found", "given", "taken", "seen", "cut", "hewn", "sunk", "shown", "drawn", "grown", "born")

// personNouns name a person without a name.
var personNouns = set("boy", "girl", "man", "woman", "child", "youth", "lad", "baby", "infant", "teenager",
	"widow", "widower", "stranger", "orphan")

// mainNamed reports whether the words hold a name of the article's
// subject: "In 1715 Merian suffered a stroke, which left her partly
// paralysed" already says who she is.
func mainNamed(ts []tok, main referent) bool {
	if main.Type != tPerson {
		return false
	}
	for i, t := range ts {
		// Word by word: the tagger does not always call the name a name.
		if i == 0 || !capitalized(t.Text) || titleWords[t.Text] || utf8.RuneCountInString(t.Text) < 3 {
			continue
		}
		if slices.Contains(strings.Fields(main.Name), t.Text) {
			return true
		}
	}
	return false
}

// eras are capitalised but name no thing a pronoun could point to.
var eras = set("AD", "BC", "BCE", "CE", "A.D.", "B.C.")

// cueName reports a name whose own words say it is not a person: "River",
// "Department", "Treaty".
func cueName(name string) bool {
	for _, w := range strings.Fields(name) {
		if placeWords[w] || orgWords[w] || eventWords[w] {
			return true
		}
	}
	return false
}

// strayPronoun reports whether a sentence holds a pronoun with nothing
// before it to point to.
func strayPronoun(q []tok, v votes) bool {
	for k, t := range q {
		low := strings.ToLower(t.Text)
		if k > 0 && k == participleOpening(q)+1 && (low == "he" || low == "she" || low == "they") {
			return true // "Determined to free Hjalmar ..., he takes him out": not Hjalmar
		}
		if (t.Tag == "PRP" || t.Tag == "PRP$") && (heWords[low] || theyWords[low] || itWords[low]) && !eitherSex(q, k) && !hasAntecedent(q[:k], low, v) &&
			!(heWords[low] && v.typeOf(subjectAfterOpening(q, k)) == tPerson) && !(heWords[low] && v.typeOf(mainClauseName(q, k)) == tPerson) &&
			!(low == "its" && thingAfterOpening(q, k, v)) {
			return true
		}
	}
	return false
}

// thingAfterOpening reports an "its" in an opening phrase whose clause's
// subject, named after it, is a thing: "At its greatest extent the
// Kingdom of Mutapa controlled …".
func thingAfterOpening(q []tok, k int, v votes) bool {
	switch v.typeOf(subjectAfterOpening(q, k)) {
	case tPlace, tOrg, tEvent, tConcept, tName:
		return true
	}
	return false
}

// participleOpening returns the index of the comma that closes a
// sentence's opening participle phrase ("Determined to free Hjalmar with
// the truth about his marriage,"), or -1. The phrase has no subject of its
// own: a name inside it is what the doer acts on, so the "he" after it is
// someone named before the sentence.
func participleOpening(q []tok) int {
	if len(q) == 0 || q[0].Tag != "VBN" && q[0].Tag != "VBG" {
		return -1
	}
	for i, t := range q {
		if t.Text == "," {
			return i
		}
	}
	return -1
}

// misspelt reports a sentence holding a slip in a name ("Qialong").
func misspelt(q []tok, ent *entities) bool {
	if ent == nil {
		return false
	}
	for _, t := range q {
		if ent.misspelt[t.Text] {
			return true
		}
	}
	return false
}

// namedAfterOpening reports an opening phrase's "his" or "her" that the
// sentence's own subject, named right after the phrase, accounts for: "In
// 1718, in his mid-eighties, Wren was dismissed". Naming it from the
// sentence before wrote "in Christopher Wren's mid-eighties, Wren was",
// read blind as broken English.
//
// An object "him" or "her" is never the subject's: in "Encouraged by her,
// Heidi learns to read" she is someone the sentence before named.
func namedAfterOpening(ts []tok, k int, g byte, ent *entities) bool {
	if objectPronoun(ts, k) {
		return false
	}
	name := subjectAfterOpening(ts, k)
	return name != "" && ent.personGender(name) == g
}

// subjectAfterOpening returns the name that opens the sentence's main
// clause, with its verb right after it, after the prepositional,
// participial or purpose ("To show his sequences in motion,") opening
// phrase holding k; or "". The opening is closed by a
// comma, or, for a "his" or "her", by the name itself ("In his last years
// Lomonosov became").
func subjectAfterOpening(ts []tok, k int) string {
	if !inOpening(ts, k) && ts[k].Tag != "PRP$" {
		return "" // a subject "he" before its verb opens no phrase
	}
	j := k + 1
	for j < len(ts) && ts[j].Text != "," {
		if ts[j].Tag == "NNP" && (j == 0 || ts[j-1].Tag != "NNP") && nameThenVerb(ts, j) {
			// An opening without its comma: "In his last years
			// Lomonosov became ...".
			j--
			break
		}
		if finite(ts[j]) {
			return ""
		}
		j++
	}
	j++ // the subject follows the comma that closes the opening phrase
	if len(ts) == 0 || ts[0].Tag != "IN" && ts[0].Tag != "VBG" && ts[0].Tag != "VBN" && ts[0].Tag != "TO" || j >= len(ts) || ts[j].Tag != "NNP" {
		return "" // "The novel opens as her governess, Miss Taylor, ...": no opening phrase, and an apposition
	}
	e := j
	for e < len(ts) && ts[e].Tag == "NNP" {
		e++
	}
	e = afterAdverb(ts, pastPossessed(ts, e))
	if e >= len(ts) || !finite(ts[e]) {
		return "" // the name must be the main clause's subject, its verb right after it
	}
	return nameAt(ts, j)
}

// nameThenVerb reports a run of names at j followed by a finite verb,
// perhaps after an adverb ("Snow first met cholera").
func nameThenVerb(ts []tok, j int) bool {
	for j < len(ts) && ts[j].Tag == "NNP" {
		j++
	}
	j = afterAdverb(ts, pastPossessed(ts, j))
	return j < len(ts) && finite(ts[j])
}

// pastPossessed steps over what a name at j's end owns, when it does: "After
// his death Monteverdi's music was largely forgotten" has its name in the
// subject all the same.
func pastPossessed(ts []tok, j int) int {
	if j >= len(ts) || ts[j].Tag != "POS" && ts[j].Text != "'s" && ts[j].Text != "’s" {
		return j
	}
	k := j + 1
	for k < len(ts) && k <= j+3 && (ts[k].Tag == "JJ" || ts[k].Tag == "NN" || ts[k].Tag == "NNS") {
		k++
	}
	if k == j+1 || ts[k-1].Tag == "JJ" {
		return j
	}
	return k
}

// afterAdverb steps over one adverb at j ("first", "soon", "also").
func afterAdverb(ts []tok, j int) int {
	if j < len(ts) && (ts[j].Tag == "RB" || strings.EqualFold(ts[j].Text, "first")) {
		return j + 1
	}
	return j
}

// finite reports a finite verb.
func finite(t tok) bool {
	return t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD"
}

// namedAfterClause reports a "he" or "she" in an opening subordinate
// clause whose main clause then names the person: "Although he had little
// formal education, Bonifacio read widely" is no "Although Andrés
// Bonifacio had ..., Bonifacio read".
func namedAfterClause(ts []tok, k int, g byte, ent *entities) bool {
	name := mainClauseName(ts, k)
	if name == "" {
		return false
	}
	pg := ent.personGender(name)
	return pg == g || pg == 0 && ent.isMain(name)
}

// mainClauseName returns the name that opens the main clause after an
// opening subordinate clause ("Although he had ..., Bonifacio read")
// holding k, with its verb right after it; or "".
func mainClauseName(ts []tok, k int) string {
	if len(ts) == 0 || !subordinators[strings.ToLower(ts[0].Text)] {
		return ""
	}
	j := k + 1
	for j < len(ts) && ts[j].Text != "," {
		j++
	}
	if j+1 >= len(ts) || ts[j+1].Tag != "NNP" || !nameThenVerb(ts, j+1) {
		return ""
	}
	return nameAt(ts, j+1)
}

// kinAfter reports a possessive at k followed by a kinship word
// ("his father") in a sentence that names the given person after it: that
// person is the relative, not the one whose relative it is.
func kinAfter(ts []tok, k int, name string) bool {
	if k+1 >= len(ts) || !kinNouns[strings.ToLower(ts[k+1].Text)] {
		return false
	}
	for _, n := range names(ts[k+2:]) {
		if wordsWithin(n.Text, name) { // "Pavel" for Pavel Chekhov; not "His father, Josef Masaryk" for Tomáš Masaryk
			return true
		}
	}
	return false
}

// otherObject reports a sentence with an object pronoun of gender g ("Shah
// Jahan removed him from the Deccan"): "him" is never the subject, and in a
// life it is mostly the person the life is of, so the next sentence's "he"
// may be either of two men. Read blind, naming the subject there made "Shah
// Jahan returned to the Deccan", which the text said of his son. In a
// story's guide ("Oliver attacks him ... Near London he meets the Dodger")
// the subject before stays the "he".
func otherObject(ts []tok, g byte) bool {
	for k, t := range ts {
		low := strings.ToLower(t.Text)
		switch {
		case g == 'm' && low == "him":
			return true
		case g == 'f' && low == "her" && k > 0 && strings.HasPrefix(ts[k-1].Tag, "VB") &&
			(k+1 == len(ts) || !strings.HasPrefix(ts[k+1].Tag, "NN") && !strings.HasPrefix(ts[k+1].Tag, "JJ")):
			return true // "sent her to Paris", not "met her husband"
		}
	}
	return false
}

// supposingWords open a case made up for the sake of argument.
var supposingWords = set("suppose", "imagine", "picture", "consider", "say")

// supposes reports a sentence before s, in its paragraph, that makes up a
// case ("Suppose output is above the equilibrium."): what s says then
// holds in that case only ("Firms are producing more than people plan to
// buy"). Read blind, statements right after such a sentence were usable
// once in 6.
func supposes(prev, s *sentence) bool {
	if prev.Doc != s.Doc || prev.Para != s.Para || len(prev.Toks) < 2 {
		return false
	}
	k := 0
	if w := strings.ToLower(prev.Toks[0].Text); w == "now" || w == "so" {
		k = 1
	}
	w := strings.ToLower(prev.Toks[k].Text)
	if (w == "imagine" || w == "picture") && k+1 < len(prev.Toks) && (prev.Toks[k+1].Tag == "VBG" || prev.Toks[k+1].Tag == "PRP") {
		return false // "Imagine walking through a steamy green forest.": a scene for the reader, no case
	}
	if !supposingWords[w] {
		return false
	}
	if v := firstVerb(prev.Toks[k+1:]); k+1+v < len(prev.Toks) && strings.EqualFold(prev.Toks[k+1+v].Text, "had") {
		return false // "Suppose Pascal had stopped there.": what did not happen; the text goes on with what did
	}
	return true
}

// pointsToAnother reports a sentence that points at a person with "this"
// or "that" ("this man's name", "that king"): someone it has just brought
// in, whom a pronoun after it may mean.
func pointsToAnother(ts []tok) bool {
	for k := 0; k+1 < len(ts); k++ {
		if w := strings.ToLower(ts[k].Text); w != "this" && w != "that" {
			continue
		}
		if w := strings.ToLower(ts[k+1].Text); personNouns[w] || rankNouns[w] {
			return true
		}
	}
	return false
}

// rankNouns name a person by rank or part.
var rankNouns = set("person", "ruler", "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "chief",
	"general", "leader", "pretender", "usurper", "rival", "claimant")
