package questions

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"quizbot/quiz"
)

// TrueFalsePrefix opens every true/false stem.
const TrueFalsePrefix = "True or false: "

var (
	reGateDebris = regexp.MustCompile(`(?i)\[\s*\d+\s*\]|\[\s*[a-z]\s*\]|cite error|\bISBN\b|\bretrieved\b|\barchived\b|citation needed|wayback machine|https?:`)
	// reCutFormula is an operator with nothing after it: "a diameter of
	// about 0.0357 × √, where ρ is ..." once cleaning took out the
	// bracket that held the rest.
	reCutFormula  = regexp.MustCompile(`[√×=−÷]\s*(?:[,.;:)]|$)`)
	rePronounOpen = regexp.MustCompile(`^(?i:he|she|it|they|him|her|his|its|their|them|this|these|those|i)\b`)
)

// gate is the generator's own flaw checker, stricter than quiz.Validate:
// the rubric rules a machine can check.
func gate(q *quiz.Question) error {
	if err := q.Validate(); err != nil {
		return err
	}
	bad := func(format string, args ...any) error { return quiz.Errorf(quiz.EINVALID, format, args...) }
	stem := strings.TrimPrefix(q.Stem, TrueFalsePrefix)
	switch {
	case q.Kind != quiz.TrueFalse && !quiz.ContainsWords(q.Explanation, q.Answer):
		return bad("the answer %q is not in the explanation", q.Answer)
	case strings.Count(q.Answer, "(") != strings.Count(q.Answer, ")") || strings.Count(q.Stem, "(") != strings.Count(q.Stem, ")"):
		return bad("a bracket is cut in two")
	case reGateDebris.MatchString(q.Stem) || reGateDebris.MatchString(q.Explanation):
		return bad("citation debris in the question")
	case rePronounOpen.MatchString(stem):
		return bad("the question opens with a pronoun")
	case hasForeignWord(q.Stem):
		return bad("the question holds another script")
	case reCutFormula.MatchString(stem):
		return bad("a formula in the question lost its terms")
	case doubledWord(stem):
		return bad("the question repeats a word")
	case danglingPronoun(stem):
		return bad("a pronoun in the question has no name before it")
	case nameGivesAway(stem, q.Answer):
		return bad("a name in the answer stands in the question")
	case q.Kind != quiz.TrueFalse && demonymGivesAway(stem, q.Answer):
		return bad("the question names the answer's people or language")
	case q.Kind != quiz.TrueFalse && etymonGivesAway(stem, q.Answer):
		return bad("the question gives the word the answer comes from")
	case splitsName(stem):
		return bad("the gap cuts a name in two")
	case reVagueSubject.MatchString(stem):
		return bad("the question's subject points back to the article (\"the area\", \"the fort\")")
	}
	for _, o := range q.Options {
		if utf8.RuneCountInString(o) > quiz.MaxButtonLen || reGateDebris.MatchString(o) {
			return bad("the option %q is too long for a button", o)
		}
	}
	blanks := strings.Count(q.Stem, quiz.Blank)
	switch q.Kind {
	case quiz.FillBlank:
		if blanks != 1 {
			return bad("a fill-in-the-blank question needs one gap")
		}
	case quiz.ShortAnswer:
		if blanks != 0 || !strings.HasSuffix(q.Stem, "?") {
			return bad("a short-answer question is a question")
		}
	case quiz.MultipleChoice:
		if blanks != 1 && !strings.HasSuffix(q.Stem, "?") {
			return bad("a multiple-choice question needs a gap or a question mark")
		}
	case quiz.TrueFalse:
		if blanks != 0 || !strings.HasPrefix(q.Stem, TrueFalsePrefix) {
			return bad("a true/false question is a statement")
		}
	}
	return nil
}

// reVagueSubject is a subject that only the article around the sentence
// can name: "The area is ...", "Ecologically, the region ...", "The latter ...".
var reVagueSubject = regexp.MustCompile(`^(?:[A-Z][a-z]+ly, )?(?i:the) (?:area|region|place|city|town|fort|fortress|village|river|country|land|site|latter|former|same|above|following|man|woman)\b`)

var reSubjectPronoun = regexp.MustCompile(`\b(he|she|it|they)\b`)

// openingWords are capitalised only because they open a sentence or
// clause; they name no one a later pronoun could point to.
var openingWords = map[string]bool{
	"a": true, "after": true, "although": true, "an": true, "and": true, "as": true, "at": true, "before": true,
	"but": true, "by": true, "despite": true, "during": true, "following": true, "for": true, "from": true,
	"however": true, "in": true, "on": true, "once": true, "since": true, "the": true, "then": true, "though": true,
	"to": true, "under": true, "until": true, "when": true, "while": true, "with": true, "without": true,
	"true": true, "or": true, "false:": true, "his": true, "her": true, "their": true, "its": true,
}

// eraWords follow years ("600 AD") and name no one.
var eraWords = map[string]bool{"AD": true, "BC": true, "CE": true, "BCE": true}

// danglingPronoun reports a subject pronoun that nothing before it in the
// question can name: "With a thousand of X's men, he then marched ..." A
// possessive ("X's") names the owner of something else, not the subject.
func danglingPronoun(stem string) bool {
	loc := reSubjectPronoun.FindStringIndex(stem)
	if loc == nil {
		return false
	}
	words := strings.Fields(stem[:loc[0]])
	if stem[loc[0]:loc[1]] == "it" && subjectIt(stem[loc[1]:]) && thingBefore(words) {
		return false // "the temperature of a substance ... of it": the thing named before it
	}
	for _, w := range words {
		if strings.Contains(w, quiz.Blank) {
			return false // the gap is the name
		}
		w = strings.Trim(w, ".,;:()\"'“”‘’—–-")
		if w == "" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || openingWords[strings.ToLower(w)] ||
			strings.HasSuffix(w, "ly") || eraWords[w] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// subjectIt reports an "it" followed by its verb ("it tucks in its head"),
// not an object ("to build it.", "with it, the way"), which may stand for
// anything the text named before.
func subjectIt(after string) bool {
	f := strings.Fields(after)
	if len(f) == 0 || strings.IndexAny(after[:1], ".,;:!?") == 0 {
		return false
	}
	return !objectFollowers[strings.ToLower(strings.Trim(f[0], ".,;:!?"))] && strings.IndexAny(f[0], ".,;:") < 0
}

// objectFollowers are words that follow an object "it": "into it while",
// "push it along", "listening to it move".
var objectFollowers = set("while", "and", "or", "to", "with", "into", "in", "on", "at", "for", "from", "up", "down", "out",
	"off", "along", "as", "than", "move", "back", "around", "away", "over", "the", "a", "an")

// thingBefore reports a common noun named before an "it" ("a substance",
// "the heart"): something a thing-pronoun can stand for.
func thingBefore(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		switch strings.ToLower(words[i]) {
		case "a", "an", "the":
			if w := strings.Trim(words[i+1], ".,;:"); w != "" && !strings.HasSuffix(w, "s") {
				return true
			}
		}
	}
	return false
}

// nameGivesAway reports a capitalised word of the answer that the stem
// shows elsewhere: "the 1689 _____ ... the city of Nerchinsk" for "Treaty of
// Nerchinsk".
func nameGivesAway(stem, answer string) bool {
	for _, w := range strings.Fields(answer) {
		w = strings.Trim(w, ".,;:()\"'")
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) >= 4 && unicode.IsUpper(r) && !openingWords[strings.ToLower(w)] && !typeWord(w) &&
			quiz.ContainsWords(stem, w) {
			return true
		}
	}
	return false
}

// demonymGivesAway reports a one-word place answer whose people or
// language the stem names: "a Japanese merchant ... in _____" for Japan,
// "the Egyptian New Kingdom" for Egypt. The word shares all but the last
// two letters of the answer, at least four.
func demonymGivesAway(stem, answer string) bool {
	a := []rune(answer)
	if len(a) < 4 || strings.ContainsRune(answer, ' ') || !unicode.IsUpper(a[0]) {
		return false
	}
	for _, w := range strings.Fields(stem) {
		r := []rune(strings.Trim(w, ".,;:()\"'“”’"))
		if len(r) < 4 || !unicode.IsUpper(r[0]) || string(r) == answer {
			continue
		}
		n := 0
		for n < len(r) && n < len(a) && unicode.ToLower(r[n]) == unicode.ToLower(a[n]) {
			n++
		}
		if n >= 4 && n >= len(a)-2 {
			return true
		}
	}
	return false
}

// splitsName reports a gap that takes only part of a capitalised name:
// "the Western _____ under ..." for "Western Route Army".
func splitsName(stem string) bool {
	i := strings.Index(stem, quiz.Blank)
	if i <= 0 {
		return false
	}
	before := strings.Fields(stem[:i])
	if len(before) < 2 || !strings.HasSuffix(stem[:i], " ") {
		return false // the gap opens the sentence, or is glued to a word
	}
	w := before[len(before)-1]
	r, _ := utf8.DecodeRuneInString(w)
	if nameParticles[w] && len(before) >= 2 {
		// "Ojos del _____", "Ibrahim ibn _____": the particle joins a name.
		p, _ := utf8.DecodeRuneInString(before[len(before)-2])
		return unicode.IsUpper(p)
	}
	return unicode.IsUpper(r) && !openingWords[strings.ToLower(w)] && !strings.ContainsAny(w, ",;:.")
}

// doubledWord reports "the the" and the like.
func doubledWord(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	for i := 1; i < len(f); i++ {
		if f[i] == f[i-1] && isWord(f[i]) && f[i] != "that" && f[i] != "had" {
			return true
		}
	}
	return false
}

// nameParticles join the parts of a name in prose: "Ojos del Salado",
// "Ibrahim ibn Yaqub", "Ludwig van Beethoven". The answer checker's list
// (quiz) also holds "no", "do", "ten" and "zu", safe between two names'
// words but common English words in a sentence.
var nameParticles = union(kinParticles, set("del", "de", "da", "di", "du", "la", "le", "van", "von", "der", "den", "dos", "das"))
