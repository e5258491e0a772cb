package questions

import (
	"regexp"
	"strings"
)

// A life has dates a teacher asks for (born, died, the discovery, the
// book, the prize, the post) and dates no one is meant to learn: the day
// of a baptism, the year a parent died, an honorary degree. Read blind,
// year questions in biographies on such events were usable 0 times in 8;
// the same events as true statements, which often tell what came of them
// ("When Humboldt's mother died in 1796, Humboldt inherited a large
// fortune"), 6 times in 10, so only the date is not asked. A return ("In
// what year did Ramanujan return to India?") was as often usable as not,
// and stays.
var (
	// reMarriage is a sentence that tells a wedding, in a life or not:
	// "In what year did Morse marry Lucretia Walker?" was a side date 6
	// times in 9. Its date is asked only inside a true statement, where the
	// rest of the sentence carries it.
	reMarriage      = regexp.MustCompile(`(?i)\bmarr(?:y|ies|ied)\b`)
	reSideLifeEvent = regexp.MustCompile(`(?i)\b(?:baptised|baptized|christened)\b|(?:'s|’s|\bhis|\bher|\btheir) (?:mother|father|brother|sister|parents)(?:\b(?:[^'’]|$)|['’]s death)`)
	reHonorary      = regexp.MustCompile(`(?i)\bhonorary\b`)
	// reTranslation is a translation's or a collected edition's
	// appearance: "In what year did Ralph Manheim's English translation
	// appear?", "In what year were Student's collected papers
	// published?". Read blind, such years were usable 0 times in 5.
	reTranslation = regexp.MustCompile(`(?i)\btranslation\b|\btranslated\b|\bcollected (?:papers|works|poems|letters)\b`)
	// reDeath are the words of a death.
	reDeath = regexp.MustCompile(`^(?:die|dies|died|dying|death)$`)
)

// sideDate reports the date of a side event: a wedding, a translation, or
// in a text about a person a baptism, a parent's death or an honorary
// title (one that made history, "the first women elected honorary
// members", is no side event).
func sideDate(s *sentence, sp span) bool {
	if (sp.Type == tYear || sp.Type == tDate || sp.Type == tMonth) && (reMarriage.MatchString(join(s.Q)) || reTranslation.MatchString(join(s.Q))) {
		return true
	}
	if s.Art.MainType != tPerson {
		return false
	}
	switch sp.Type {
	case tYear, tDate, tMonth:
		text := join(s.Q)
		return reSideLifeEvent.MatchString(text) || reHonorary.MatchString(text) && !strings.Contains(strings.ToLower(text), "first") ||
			othersDeath(s, sp)
	}
	return false
}

// othersDeath reports a sentence that tells the death of someone named
// before it who is not the life's subject: "Josef Albers died in New
// Haven on 25 March 1976" in a life of Anni Albers, "Cécile L'Huillier
// died in 1780" in one of her husband, "After Morris's death in 1896".
// Read blind, such dates in lives were side details 8 times in 10. The
// subject's own death stays, under any of the subject's names ("Wu
// died"); births are left alone, as a life often opens on its subject's
// birth name ("Johanna Maria Lind was born").
func othersDeath(s *sentence, date span) bool {
	for i, t := range s.Q {
		if !reDeath.MatchString(t.Text) {
			continue // "the Black Death" is no one's
		}
		if verbBetween(s.Q, i, date) {
			return false // "Hideyoshi's death opened the way for Ieyasu, who became shogun in 1603": the date is another event's
		}
		for _, b := range s.Q[:i] {
			if b.Tag == "PRP" || b.Tag == "PRP$" {
				return false // "he", "his": most often the subject, named in the sentence before
			}
		}
		for _, sp := range s.Spans {
			if sp.J > i {
				continue
			}
			name := join(s.Q[nameStart(s.Q, sp.I):sp.J]) // "Margarete von Frisch", where the span is "Frisch"
			if sp.Type == tPerson && !ofMain(s.Art, name) {
				return true
			}
		}
		return false
	}
	return false
}

// ofMain reports a person's name all of whose words are the subject's:
// "Wu" in a life of Chien-Shiung Wu, whose family name the text also
// gives her father.
func ofMain(a *article, name string) bool {
	if a.Ent.namesMain(name) {
		return true
	}
	own := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(a.Main)) {
		own[w] = true
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !own[strings.Trim(w, "'’s")] {
			return false
		}
	}
	return true
}

// verbBetween reports a verb between token i and a span, on either side.
func verbBetween(q []tok, i int, sp span) bool {
	from, to := sp.J, i
	if i < sp.I {
		from, to = i+1, sp.I
	}
	for _, t := range q[min(from, len(q)):min(to, len(q))] {
		if strings.HasPrefix(t.Tag, "VB") {
			return true
		}
	}
	return false
}

// hedges are the words by which a text doubts a date.
var hedges = set("probably", "perhaps", "possibly", "reportedly", "traditionally")

// nameStart is where the name that ends in the span at i begins: the
// capitalised words and particles before it.
func nameStart(q []tok, i int) int {
	for i > 0 && (q[i-1].Tag == "NNP" && capitalized(q[i-1].Text) || nameParticles[q[i-1].Text] && i > 1 && q[i-2].Tag == "NNP") {
		i--
	}
	return i
}
