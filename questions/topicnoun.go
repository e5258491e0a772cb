package questions

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An article about a named thing calls it, after the first sentence, by
// what it is: "the canal" in the article on the Rideau Canal, "the church"
// in one on San Vitale, "the sea" in one on the Sargasso Sea. A statement
// lifted from such a sentence is read alone, where "For centuries the
// church belonged to a Benedictine monastery" names no church: read blind,
// these were failed as dangling. Named, the same fact stands on its own.

// topicNouns are the common nouns the article uses for its own subject: the
// category the first sentence gives ("canal" in "The Rideau Canal is a
// canal"), the last word of the subject's name ("tunnel" for the Thames
// Tunnel) and the head of a name "X of Y" ("tower" for the Tower of Hercules). Only a named place, body or event has them; a person is "he" or
// "she", and a concept's nouns ("the heart") are generic, not the topic.
func topicNouns(a *article, sents []sentence, main referent) map[string]bool {
	if a == nil || !main.ok() || livedAndToldWithHe(a, sents) || main.Type != tPlace && main.Type != tOrg && main.Type != tEvent && main.Type != tName {
		return nil
	}
	words := strings.Fields(main.Name)
	if len(words) == 0 || !capitalized(words[0]) {
		return nil
	}
	if k := strings.ToLower(a.Kind); personNouns[k] || kinNouns[k] || titleWords[k] || workKinds[k] {
		return nil // "Samuel Parris was a man of Salem": a person's article; a novel's title is no "the sea"
	}
	nouns := map[string]bool{}
	if a.Kind != "" {
		nouns[strings.ToLower(a.Kind)] = true
		if settlementKinds[strings.ToLower(a.Kind)] {
			// "Fatehpur Sikri is a former Mughal capital": the text then
			// calls it "the city".
			nouns["city"], nouns["town"] = true, true
		}
	}
	if partyKinds[strings.ToLower(a.Kind)] || partyKinds[strings.ToLower(words[len(words)-1])] {
		// "From London the party crossed to France" in the article on the
		// Iwakura Mission: the company that travelled is the subject.
		for _, n := range []string{"party", "expedition", "mission", "delegation", "embassy"} {
			nouns[n] = true
		}
	}
	if builtKinds[strings.ToLower(a.Kind)] {
		// "The structure suffered its worst damage in 1072" in the article
		// on an aqueduct: the one thing built that it is about.
		nouns["structure"], nouns["monument"] = true, true
	}
	if last := strings.ToLower(words[len(words)-1]); len(words) > 1 && !strings.HasSuffix(last, "s") {
		nouns[last] = true
	}
	for n := range nouns {
		for _, o := range kindAlso[n] {
			nouns[o] = true // "The line is about 47 miles long" in the article on the Panama Railroad
		}
	}
	if len(words) >= 3 && words[1] == "of" {
		nouns[strings.ToLower(words[0])] = true // "the tower" for the Tower of Hercules, "the treaty" for the Treaty of Waitangi
	}
	return nouns
}

// topicReferent is the subject as a replacement for "the canal": with "the"
// as the first sentence writes it ("The Suez Canal is", "Sutton Hoo is"),
// else as the text does more often than not ("the Rosetta Stone", but
// "Sutton Hoo" though "the Sutton Hoo ship" occurs).
func topicReferent(a *article, first []tok, main referent) referent {
	switch opening := join(first); {
	case strings.HasPrefix(opening, "The "+main.Name):
		main.The = true
		return main
	case strings.HasPrefix(opening, main.Name):
		main.The = false
		return main
	}
	all, with := 0, 0
	for _, p := range a.Paras {
		text := p.Text
		for at := strings.Index(text, main.Name); at >= 0; {
			end := at + len(main.Name)
			if rest := text[end:]; !(len(rest) > 1 && rest[0] == ' ' && unicode.IsUpper(rune(rest[1]))) {
				// "Crystal Palace Park" is another name.
				all++
				if before := strings.ToLower(text[max(0, at-4):at]); before == "the " {
					with++
				}
			}
			next := strings.Index(text[end:], main.Name)
			if next < 0 {
				break
			}
			at = end + next
		}
	}
	main.The = all > 0 && 2*with > all
	return main
}

// nameTopicNoun replaces the first "the canal" of a sentence with the
// subject's name, when the phrase has nothing after it that says which
// ("the canal at Kingston Mills" may be another), the sentence names no
// other place before it (in "Ravenna fell to Constantinople, and the city
// ..." the city may be either), and it does not name the subject already.
func nameTopicNoun(ts []tok, main referent, nouns map[string]bool, v votes) []tok {
	if len(nouns) == 0 || strings.Contains(strings.ToLower(join(ts)), strings.ToLower(main.Name)) {
		return ts
	}
	for k := 0; k+1 < len(ts); k++ {
		if t := ts[k]; t.Tag == "NNP" || t.Tag == "NNPS" {
			name := nameAt(ts, k)
			if _, known := v[name]; known && (v.typeOf(name) == tPlace || v.typeOf(name) == tOrg) {
				return ts
			}
		}
		if !strings.EqualFold(ts[k].Text, "the") || !nouns[strings.ToLower(ts[k+1].Text)] || ts[k+1].Tag != "NN" {
			continue
		}
		if k > 0 && strings.EqualFold(ts[k-1].Text, "of") && k > 1 && strings.HasPrefix(ts[k-2].Tag, "NN") {
			return ts // "a model of the canal": not the sentence's own mention
		}
		if n := k + 2; n < len(ts) && (strings.HasPrefix(ts[n].Tag, "NN") || ts[n].Tag == "CD") || specified(ts, k+1) {
			return ts // "the canal system", "the canal at Kingston Mills"
		}
		if n := k + 2; n < len(ts) && (ts[n].Tag == "PRP" || strings.EqualFold(ts[n].Text, "that")) {
			// "each generation outgrew the canal it inherited": a canal the
			// clause after it picks out, one of several.
			return ts
		}
		if n := k + 2; n < len(ts) && pluralName(nameHead(main.Name)) && (ts[n].Tag == "VBZ" || ts[n].Text == "was") {
			return ts // "The range runs": "The Andes runs" is no sentence
		}
		return splice(ts, k, 2, nameToks(main, ts[k], k == 0, false)...)
	}
	return ts
}

// homeTown is the town an article's first sentence puts its subject in
// ("The Aqueduct of Segovia is a Roman aqueduct in the city of Segovia"),
// and the noun it is called by: the text then says "the city" of it
// ("raiders attacked the city", "the Frío river in the mountains
// south-east of the city"). Read alone, "the city" is no city; named, the
// fact stands. A subject that is a town itself has its own topic nouns.
func homeTown(first []tok, v votes) (referent, map[string]bool) {
	for k := 0; k+3 < len(first); k++ {
		noun := strings.ToLower(first[k+1].Text)
		if !strings.EqualFold(first[k].Text, "the") || !settlementKinds[noun] || first[k+2].Text != "of" || first[k+3].Tag != "NNP" {
			continue
		}
		name := nameAt(first, k+3)
		if _, known := v[name]; !known || v.typeOf(name) != tPlace {
			return referent{}, nil
		}
		return referent{Name: name, Type: tPlace}, map[string]bool{noun: true}
	}
	return referent{}, nil
}

// titleRuler is the ruler an article's title and first sentence name
// ("Tomb of Tutankhamun": "the burial place of the Egyptian king
// Tutankhamun"), and the noun he is called by: the text then says "the
// king" of him ("The king's mummy still lies in the tomb"). Read alone,
// "the king" is no one; named, the fact stands.
func titleRuler(first []tok, title string, v votes) (referent, map[string]bool) {
	for k := 0; k+1 < len(first); k++ {
		noun := strings.ToLower(first[k].Text)
		if !rulerKinds[noun] || first[k+1].Tag != "NNP" {
			continue
		}
		j := k - 1
		for j >= 0 && first[j].Tag == "JJ" {
			j--
		}
		if j < 0 || !strings.EqualFold(first[j].Text, "the") {
			continue
		}
		name := nameAt(first, k+1)
		if !strings.Contains(title, name) || v.typeOf(name) != tPerson {
			continue
		}
		return referent{Name: name, Type: tPerson}, map[string]bool{noun: true}
	}
	return referent{}, nil
}

// rulerKinds are the nouns a ruler is called by.
var rulerKinds = set("king", "queen", "pharaoh", "emperor", "empress", "sultan", "tsar", "shah", "khan", "caliph")

// nameHead is the word a name's verb agrees with: the last ("the Andes"),
// or the first of "X of Y" ("the Tower of Hercules rises").
func nameHead(name string) string {
	if w := strings.Fields(name); len(w) >= 3 && w[1] == "of" {
		return w[0]
	}
	return lastWord(name)
}

// realmKinds are what a text calls a country or a realm as its subject.
var realmKinds = set("state", "kingdom", "empire", "khanate", "sultanate", "caliphate", "republic", "country", "nation",
	"principality", "duchy", "realm", "confederation", "confederacy", "polity", "chiefdom", "emirate")

// builtKinds are kinds of a single thing built, which an article on one
// calls "the structure" or "the monument" too.
var builtKinds = set("aqueduct", "bridge", "viaduct", "tower", "church", "cathedral", "basilica", "temple", "castle", "palace",
	"dam", "tunnel", "monument", "mosque", "fort", "fortress", "lighthouse", "pyramid", "tomb", "mausoleum", "theatre",
	"amphitheatre", "stadium", "statue", "arch", "gate", "wall", "canal", "observatory", "shrine", "stupa", "pagoda")

// partyKinds are kinds of a company sent somewhere, which an article on
// one calls "the party" too.
// kindAlso are the other common nouns an article uses for a kind of thing:
// a railway is "the line" after its first sentence, a canal "the
// waterway". Read blind, "The line is about 71 miles long" in the article
// on a railway was failed as dangling.
var kindAlso = map[string][]string{"railway": {"line", "railroad"}, "railroad": {"line", "railway"}, "canal": {"waterway"},
	"locomotive": {"engine"}, "ship": {"vessel"}, "vessel": {"ship"}}

var partyKinds = set("mission", "expedition", "embassy", "delegation")

// settlementKinds are kinds of town: an article that says its subject is
// one calls it "the city" or "the town" after.
var settlementKinds = set("capital", "city", "town", "port", "settlement", "village", "metropolis", "seaport")

// partOfTopicUnnamed reports a sentence of an article on a named place,
// body or event whose subject is a common noun and which names neither
// the article's subject nor what it is: "The gates of the diversion
// channel were closed on 13 October 1982", "Systematic exploration began
// in 1884" in articles on a dam and a cave. In the article the channel is
// the dam's; asked alone, it is anyone's.
func (a *article) partOfTopicUnnamed(q []tok) bool {
	if a == nil || a.Main == "" || a.MainType == tPerson || a.MainType == tConcept || a.MainType == tGroup || a.specifics <= 0.5 {
		return false
	}
	h := subjectHead(q)
	if h < 0 || q[h].Tag != "NN" && q[h].Tag != "NNS" {
		return false
	}
	for k := 0; k <= h; k++ {
		if q[k].Tag == "NNP" || q[k].Tag == "NNPS" || q[k].Tag == "POS" || q[k].Tag == "PRP$" || q[k].Tag == "CD" {
			return false // "Itaipu's reservoir", "Brazil's share", "In 1984 the turbines": named or dated before its verb
		}
	}
	for _, t := range q {
		if w := strings.ToLower(t.Text); len(w) >= 3 && a.topicWord(stem(w)) {
			return false
		}
	}
	return true
}

// nameTheTerm names "the term" or "the name" that opens a sentence when it
// can only be the subject's own name: "The term was introduced by the
// American geologist François E. Matthes in 1939" in the article on the
// Little Ice Age becomes "The term Little Ice Age was introduced …". Read
// alone, "the term" is no term. Not when the sentence before brought in
// another word (a quotation, "called", "known as", a term or name of its
// own), which "the term" may be; nor for a person, whose name is seldom
// what such a sentence is about.
func nameTheTerm(ts []tok, main referent, before string, a *article) []tok {
	if !main.ok() || main.Type == tPerson || len(ts) < 4 || ts[0].Text != "The" || ts[1].Tag != "NN" ||
		!strings.HasPrefix(ts[2].Tag, "VB") || ts[2].Tag == "VBG" {
		return ts
	}
	if w := strings.ToLower(ts[1].Text); w != "term" && w != "name" {
		return ts
	}
	for _, w := range strings.Fields(main.Name) {
		if !capitalized(w) && !nameParticles[w] {
			return ts // "The term Confirmation bias": a concept's title is no name to drop in
		}
	}
	_, size := utf8.DecodeRuneInString(main.Name)
	if a != nil && (strings.Contains(a.Raw, strings.ToLower(main.Name)) || strings.Contains(a.Raw, main.Name[:size]+strings.ToLower(main.Name[size:]))) {
		return ts // "The term Rent Control covers ...": the title's capitals, where the text writes "rent control"
	}
	low := strings.ToLower(before)
	if strings.Contains(strings.ToLower(join(ts)), strings.ToLower(main.Name)) || reOtherWord.MatchString(low) {
		return ts
	}
	var name []tok
	for _, w := range strings.Fields(main.Name) {
		name = append(name, tok{Text: w, Tag: "NNP", Sp: true})
	}
	return splice(ts, 2, 0, name...)
}

// reOtherWord is a sentence that brings in a word of its own, which "the
// term" after it may mean.
var reOtherWord = regexp.MustCompile(`["“”‘’]|\bcalled\b|\bknown as\b|\bterms?\b|\bnames?\b|\bwords?\b|\bnamed\b`)

// nameTopicPart names the topic after the first of its parts a sentence
// leaves unnamed: in an article on a bridge, "The main arch spans 503
// metres" becomes "The main arch of the Sydney Harbour Bridge spans 503
// metres". Read alone, "the arch" is nobody's (partOfUnnamed); named, the
// fact stands. Only for a single thing built, a ship or a site as the
// topic (partsOf): "the tail" of an article on giraffes is any giraffe's,
// "the summit" of one on an eruption the mountain's.
func nameTopicPart(ts []tok, main referent, a *article) []tok {
	if !main.ok() || !partsOf[a.Kind] || main.Type == tPerson || main.Type == tGroup || main.Type == tEvent || pluralName(nameHead(main.Name)) ||
		a.mentionsTopic(join(ts), "") {
		return ts // "the summit of the 1815 eruption", "the side of Osmosis"
	}
	for k := 0; k+1 < len(ts); k++ {
		if !strings.EqualFold(ts[k].Text, "the") || k > 0 && ts[k-1].Text == "of" {
			continue
		}
		n := k + 1
		for n < len(ts) && ts[n].Tag == "JJ" {
			n++
		}
		if n >= len(ts) || !partNouns[strings.ToLower(ts[n].Text)] || abstractParts[strings.ToLower(ts[n].Text)] || !strings.HasPrefix(ts[n].Tag, "NN") {
			continue
		}
		if k > 0 && (ts[k].Text == "The" || capitalized(ts[n].Text)) {
			continue // "Golding's novel The Spire": a title, not the topic's spire
		}
		if n+2 < len(ts) && ts[n+1].Text == "," && strings.HasPrefix(ts[n+2].Tag, "NN") {
			return ts // "repairs to the spire, tower and west front": named after the first, the list reads as the spire's
		}
		if specified(ts, n) || n+1 < len(ts) && (ts[n+1].Text == "of" || ts[n+1].Tag == "POS" || strings.HasPrefix(ts[n+1].Tag, "NN") ||
			ts[n+1].Tag == "RB" || n+2 < len(ts) && ts[n+1].Text == "in" && ts[n+2].Text == "front") {
			return ts // "the arch of the gate", "the arch's span", "the plaza in front": another's, or said already
		}
		return splice(ts, n+1, 0, append([]tok{{Text: "of", Tag: "IN", Sp: true}}, nameToks(main, tok{Sp: true}, false, false)...)...)
	}
	return ts
}

// abstractParts are partNouns that need not be the topic's own: "The
// Latin version" of a book about it, "the north side" of a valley.
var abstractParts = set("version", "versions", "side")

// partsOf are the kinds of topic whose parts nameTopicPart names.
var partsOf = union(builtKinds, set("ship", "vessel", "site", "building", "ruins", "city", "town", "island", "diamond", "house", "villa", "garden"))
