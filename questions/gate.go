package questions

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"quizbot/quiz"
)

// TrueFalsePrefix opens every true/false stem.
const TrueFalsePrefix = "True or false: "

var (
	reGateDebris  = regexp.MustCompile(`(?i)\[\s*\d+\s*\]|\[\s*[a-z]\s*\]|cite error|\bISBN\b|\bretrieved\b|\barchived\b|citation needed|wayback machine|https?:`)
	rePronounOpen = regexp.MustCompile(`^(?i:he|she|it|they|him|her|his|its|their|them|this|these|those|we|i|you)\b`)
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
	case reGateDebris.MatchString(q.Stem) || reGateDebris.MatchString(q.Explanation):
		return bad("citation debris in the question")
	case rePronounOpen.MatchString(stem):
		return bad("the question opens with a pronoun")
	case hasForeignScript(q.Stem):
		return bad("the question holds another script")
	case doubledWord(stem):
		return bad("the question repeats a word")
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
