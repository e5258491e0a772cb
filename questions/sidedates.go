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
		return reSideLifeEvent.MatchString(text) || reHonorary.MatchString(text) && !strings.Contains(strings.ToLower(text), "first")
	}
	return false
}
