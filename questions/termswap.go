package questions

import (
	"strings"

	"quizbot/quiz"
)

// A text that teaches terms ("A fault where the rocks slide past each
// other sideways is called a strike-slip fault") has few names and few
// figures to move, so its statements were all true and answered "True"
// without reading. Its terms are its facts: the same sentence with
// another term the text teaches ("... is called a thrust fault") is false
// by the text alone, and only a reader who learnt which term is which can
// tell.

// taughtTerms lists, per document and in order, the terms its sentences
// define ("A lodge is a ...", "Capacity is the ...") or name at their end
// ("... is called hypoxia."), each written as it stands inside a sentence.
func taughtTerms(sents []sentence) map[int][]taught {
	out := map[int][]taught{}
	seen := map[int]map[string]bool{}
	for i := range sents {
		s := &sents[i]
		if !s.Usable {
			continue
		}
		for _, sp := range s.Spans {
			if sp.Type != tConcept || !teaches(s, sp) {
				continue
			}
			term := inSentence(s, sp)
			if seen[s.Doc] == nil {
				seen[s.Doc] = map[string]bool{}
			}
			if k := strings.ToLower(term); !seen[s.Doc][k] {
				seen[s.Doc][k] = true
				out[s.Doc] = append(out[s.Doc], taught{Text: term, Article: counted(s.Q, sp), Living: living(s.Q, sp)})
			}
		}
	}
	return out
}

// taught is a term a text teaches, with whether it is taught as one of a
// kind ("A lodge is ...") or without an article ("Capacity is ...", "is
// called scansion"), and whether it names something alive.
type taught struct {
	Text    string
	Article bool
	Living  bool // what it is is alive: "A joey is a baby kangaroo"
}

// counted reports a span after "a" or "an".
func counted(q []tok, sp span) bool {
	return sp.I > 0 && (strings.EqualFold(q[sp.I-1].Text, "a") || strings.EqualFold(q[sp.I-1].Text, "an"))
}

// teaches reports a concept span that a sentence plainly teaches: one it
// opens by defining, not as "The X is the Y" (a description: "The
// best-known slump is the Batagaika crater"), nor as a name ("is the
// Xhosa wedding song"); or one that "is called" ends the sentence with.
// Terms named in passing ("a substance called chlorophyll", "orcas, also
// called killer whales") are left out: they are of every kind, and one
// swapped for another reads as nonsense, not as a false statement. The
// text's own topic word is left out too.
func teaches(s *sentence, sp span) bool {
	q := s.Q
	switch {
	case defines(q, sp):
		if strings.EqualFold(q[0].Text, "the") || sp.J+2 < len(q) && capitalized(q[sp.J+2].Text) {
			return false
		}
	case naming(q, sp.I) && sp.J == len(q)-1 && q[sp.J].Text == "." && sp.I >= 2:
		k := sp.I - 1
		if strings.EqualFold(q[k].Text, "a") || strings.EqualFold(q[k].Text, "an") {
			k--
		}
		if k < 1 || q[k].Text != "called" || !passiveBe[strings.ToLower(q[k-1].Text)] {
			return false
		}
	default:
		return false
	}
	for k := sp.I; k < sp.J; k++ {
		if s.Art.topicWord(stem(q[k].Text)) {
			return false
		}
	}
	return true
}

// inSentence writes a term as it stands inside a sentence: "Capacity" at
// a sentence's start is "capacity", unless the text also writes it with
// its capital after a sentence's start (a name).
func inSentence(s *sentence, sp span) string {
	term := sp.Text
	if sp.I > 1 || !capitalized(term) {
		return term
	}
	for _, p := range s.Art.Paras {
		if strings.Count(p.Text, " "+term) > strings.Count(p.Text, ". "+term)+strings.Count(p.Text, "? "+term)+strings.Count(p.Text, "! "+term) {
			return term
		}
	}
	return strings.ToLower(term[:1]) + term[1:]
}

// termTwin picks a term the sentence teaches and another term the same
// text teaches to put in its place, or "" when none is safe. A living
// thing is swapped only for a living thing: "A joey is a tough cord that
// joins a muscle to a bone" is false for being absurd, which a reader sees
// without the text. The other term must be taught with an article if this
// one is ("called stanza" for "called scansion" is no English), have the
// same number, not stand in the sentence already, not contain the term or
// be contained in it ("glaze" for "glaze layer"), and no sentence of the
// text may tell of it with the statement's other words. An "a" or "an"
// before the term is swapped with it, to fit the new term's sound.
func termTwin(s *sentence, p *pool) (span, string) {
	q := s.Q
	for _, sp := range s.Spans {
		if sp.Type != tConcept || !teaches(s, sp) || aside(q, sp) {
			continue
		}
		right := strings.ToLower(sp.Text)
		for _, t := range p.terms[s.Doc] {
			c, low := t.Text, strings.ToLower(t.Text)
			if low == right || strings.Contains(low, right) || strings.Contains(right, low) || quiz.ContainsWords(s.Text, c) ||
				plural(c) != plural(sp.Text) || t.Article != counted(q, sp) || t.Living != living(q, sp) || toldWith(s.Art, c, sp.Text, s.Text) {
				continue
			}
			at, with := sp, c
			if counted(q, sp) {
				at.I--
				with = articleFor(c) + " " + c
			}
			if at.I == 0 {
				with = strings.ToUpper(with[:1]) + with[1:]
			}
			return at, with
		}
	}
	return span{I: -1}, ""
}

// articleFor is the article a word takes by its sound, as far as its
// spelling tells: "an oasis", "a lodge", "a unit" (a "you" sound), "an
// hour" (a silent h).
func articleFor(w string) string {
	low := strings.ToLower(w)
	for _, p := range youSound {
		if strings.HasPrefix(low, p) {
			return "a"
		}
	}
	for _, p := range silentH {
		if strings.HasPrefix(low, p) {
			return "an"
		}
	}
	if low != "" && strings.ContainsRune("aeiou", rune(low[0])) {
		return "an"
	}
	return "a"
}

// youSound and silentH are the spellings whose first sound is not the one
// their first letter suggests.
var (
	youSound = []string{"uni", "use", "usu", "uti", "ura", "ure", "uri", "uro", "eu", "ewe", "one", "once"}
	silentH  = []string{"hour", "honest", "honour", "honor", "heir"}
)

// living reports a term whose sentence says it is a living thing: the
// noun that says what it is ("is a baby kangaroo", "A young eel is
// called an elver") is one of livingNouns.
func living(q []tok, sp span) bool {
	from := 0
	if defines(q, sp) {
		from = sp.J + 1
	}
	for k := from; k < len(q); k++ {
		if k >= sp.I && k < sp.J {
			continue
		}
		if q[k].Tag == "NN" || q[k].Tag == "NNS" {
			return livingNouns[strings.ToLower(q[k].Text)]
		}
	}
	return false
}

// livingNouns say that something is alive.
var livingNouns = set("baby", "babies", "animal", "animals", "mammal", "mammals", "bird", "birds", "fish", "insect", "insects",
	"person", "people", "plant", "plants", "tree", "trees", "creature", "creatures", "reptile", "reptiles", "young", "female",
	"male", "organism", "organisms", "species", "cub", "chick", "larva", "larvae", "worker", "workers", "queen", "fungus")

// plural reports a phrase whose last word is a plural noun by its form.
func plural(phrase string) bool {
	w := strings.ToLower(phrase)
	if i := strings.LastIndex(w, " "); i >= 0 {
		w = w[i+1:]
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}
