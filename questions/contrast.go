package questions

import "strings"

// Texts for children set their subject against its kind: "Most owls hunt
// at night. Snowy owls are different." The first sentence is about owls in
// general, not about the text's subject; asked as true ("Most venomous
// snakes have hollow fangs" in a text on Gila monsters, "Most big whales
// catch food in open water" in one on grey whales) it was read blind as a
// side detail, 7 times in 7. Said of the subject it is a false statement
// the text itself corrects: "Snowy owls hunt at night", with both
// sentences and the one after (which says what they do instead) as the
// explanation. It tests the one thing the text set out to tell, and true
// or false statements lack false ones: the 13 such statements of the
// development texts were read blind as usable 11 times (one leaned on
// "only at night", one every child knows: lions live in prides).

// foils turns each general sentence that the next one sets the subject
// against into the false statement about that subject, or holds it back
// where the subject is singular and the verb would have to change ("The
// Gila monster is different"), where the habit is framed ("In most kinds
// of spider, the females are bigger") or where the next sentence only
// says "it is the other way round".
func foils(sents []sentence, v votes) {
	for i := range sents {
		s := &sents[i]
		if s.Myth || i > 0 && sents[i-1].Text == s.Text || i+1 < len(sents) && sents[i+1].Text == s.Text {
			continue // a clause of a longer sentence says more than the kind's habit
		}
		verb := generalClaim(s.Toks)
		if verb < 0 && !inMost(s.Toks) {
			continue
		}
		j := nextSentence(sents, i)
		if j < 0 {
			continue
		}
		subject, plural := setAgainst(sents[j].Toks)
		if subject == nil && !reverses(sents[j].Toks) {
			continue
		}
		s.Usable = false
		if !plural || verb < 0 {
			continue // "In most kinds of spider, the females are bigger": held back only
		}
		// Short as the general sentence may be ("Most owls hunt at
		// night"), it must be a whole one; its claim about the subject
		// ("Jaguars hate getting wet") has three words at least.
		last := s.Toks[len(s.Toks)-1].Text
		ok := last == "." || last == "!"
		x := append(append([]tok(nil), subject...), s.Toks[verb:]...)
		s.Q = x
		s.Myth = true
		s.Text += " " + sents[j].Text
		if k := nextSentence(sents, j); k >= 0 {
			s.Text += " " + sents[k].Text // what the subject does instead
		}
		s.Usable = ok && wordsIn(x) >= 3 && falseSafe(x, s.Art, v)
	}
}

// nextSentence is the index of the sentence after the i-th in the same
// paragraph (clauses of one sentence share its text), or -1.
func nextSentence(sents []sentence, i int) int {
	for j := i + 1; j < len(sents); j++ {
		if sents[j].Art != sents[i].Art || sents[j].Para != sents[i].Para {
			return -1
		}
		if sents[j].Text != sents[i].Text {
			return j
		}
	}
	return -1
}

// generalClaim returns where the verb of a claim about most or many of a
// kind starts ("Most owls | hunt at night", "Many small bats | find their
// way ..."), or -1. The verb must be plural, so that another plural
// subject can take its place. The tagger often misses it after a plural
// it took for an adjective ("Most owls/JJ hunt/NN"), so a known verb's
// base form stands for one where no tagged verb does.
func generalClaim(ts []tok) int {
	if len(ts) < 4 {
		return -1
	}
	switch strings.ToLower(ts[0].Text) {
	case "most", "many":
	default:
		return -1
	}
	if ts[1].Text == "of" || !isWord(ts[1].Text) {
		return -1 // "Most of the action ...": a share of one thing, not a kind
	}
	end := min(len(ts), 8)
	for k := 2; k < end; k++ {
		if !isWord(ts[k].Text) || ts[k].Tag == "VBD" {
			end = k
			break
		}
		if ts[k].Tag == "VBP" || ts[k].Tag == "MD" {
			return k
		}
	}
	for k := 2; k < end; k++ {
		w := strings.ToLower(ts[k].Text)
		if (baseVerbs[w] || irregularBase[w]) && ts[k-1].Tag != "DT" && ts[k-1].Tag != "IN" {
			return k
		}
	}
	return -1
}

// inMost reports a general claim framed as "In most (kinds of) X, ...":
// "In most kinds of spider, the females are bigger than the males. The
// diving bell spider is different."
func inMost(ts []tok) bool {
	return len(ts) > 4 && strings.EqualFold(ts[0].Text, "in") && strings.EqualFold(ts[1].Text, "most")
}

// reverses reports a sentence that says the subject does the reverse of
// the claim before: "With condors it is the other way round."
func reverses(ts []tok) bool {
	s := strings.ToLower(join(ts))
	return strings.Contains(s, "the other way round") || strings.Contains(s, "the other way around")
}

// contrastOpeners may not open the subject set against a kind: "Each one
// is very different", "Their spots are different" compare the members
// among themselves.
var contrastOpeners = set("each", "every", "their", "its", "his", "her", "this", "that", "these", "those", "they", "it", "some", "most", "many", "all", "our", "your", "no", "both")

// setAgainst reads a sentence that says only that its subject differs
// ("Snowy owls are different.", "Flying foxes do not do this.", "Jumping
// spiders do something different.") and returns the subject and whether it
// is plural, or nil.
func setAgainst(ts []tok) ([]tok, bool) {
	k := -1
	for i, t := range ts {
		if i > 5 {
			return nil, false
		}
		if w := strings.ToLower(t.Text); w == "are" || w == "is" || w == "do" || w == "does" {
			k = i
			break
		}
		if !isWord(t.Text) {
			return nil, false
		}
	}
	if k < 1 || contrastOpeners[strings.ToLower(ts[0].Text)] {
		return nil, false
	}
	rest := make([]string, 0, len(ts)-k)
	for _, t := range ts[k:] {
		if isWord(t.Text) {
			rest = append(rest, strings.ToLower(t.Text))
		}
	}
	if len(rest) == 0 || len(ts) == k+len(rest) {
		return nil, false // no closing stop: not a whole sentence
	}
	plural := rest[0] == "are" || rest[0] == "do"
	said := strings.Join(rest[1:], " ")
	switch rest[0] {
	case "are", "is":
		said = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(said, "very "), "quite "), "completely ")
		if said != "different" {
			return nil, false
		}
	default:
		switch said {
		case "not do this", "not do that", "something different", "something very different", "something quite different", "something completely different":
		default:
			return nil, false
		}
	}
	return ts[:k], plural
}
