package questions

import (
	_ "embed"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"quizbot/quiz"
)

// The wording model reads a question as the student sees it: its kind, its
// length and its words and word pairs, with every name, number and figure
// masked. It is a logistic regression fitted on the blind verdicts of the
// judged rounds (testdata/judged), and it holds back what it rates below its
// threshold. The ranker's features describe where a question comes from
// (the sentence, its place, its answer); these describe how it reads. It
// is no rule and misses as a teacher would not: it holds back "…, so the
// hollow deepens and widens" and "Public goods … have three awkward
// features", but keeps "A thin layer … darkens the surface" and "… is
// remembered as the founder of one of the most significant states".
//
// Regenerate wording.json with
// `QUIZBOT_FIT=1 go test -run TestFitWording ./questions`; TestWordingRefits
// checks that the file is what the code and the labels give.
//
//go:embed wording.json
var wordingJSON []byte

// wordModel is the fitted wording model.
type wordModel struct {
	Bias      float64            `json:"bias"`
	Weights   map[string]float64 `json:"weights"`
	Threshold float64            `json:"threshold"` // the probability below which a question is not asked
	Note      string             `json:"note,omitempty"`
}

var wording = loadEmbedded[wordModel]("wording.json", wordingJSON)

// wordedWell reports whether the wording model would ask the question.
func wordedWell(q *quiz.Question) bool {
	return len(wording.Weights) == 0 || wording.prob(q.Kind, q.Stem) >= wording.Threshold
}

// prob is the model's estimate that a teacher would use the question
// unchanged, from its wording alone.
func (m *wordModel) prob(kind quiz.Kind, stem string) float64 {
	z := m.Bias
	for _, f := range wordFeatures(kind, stem, m.known) {
		z += m.Weights[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// known reports a word of the model's vocabulary.
func (m *wordModel) known(word string) bool {
	_, ok := m.Weights["w="+word]
	return ok
}

// reWordToken is a word (letters and apostrophes), a run of digits or a
// mark of punctuation that shapes a question.
var reWordToken = regexp.MustCompile(`[\p{L}'’]+|\p{N}+|[,;:()"“”_?]`)

// wordTokens is the stem's words as the model sees them: small letters, a
// number as <NUM>, a capitalised word as <CAP> (a name: no name has a
// weight) unless it opens the stem and its small-letter form is a known
// word ("The", "When").
func wordTokens(stem string, known func(string) bool) []string {
	stem = strings.TrimPrefix(stem, TrueFalsePrefix)
	raw := reWordToken.FindAllString(stem, -1)
	out := make([]string, len(raw))
	for i, t := range raw {
		r, _ := utf8.DecodeRuneInString(t)
		switch {
		case unicode.IsDigit(r):
			out[i] = "<NUM>"
		case unicode.IsUpper(r):
			out[i] = "<CAP>"
			if lower := strings.ToLower(t); i == 0 && known(lower) {
				out[i] = lower
			}
		default:
			out[i] = strings.ToLower(t)
		}
	}
	return out
}

// wordFeatures names the features of a question: its kind, its length in
// steps of six tokens, and each word and word pair once.
func wordFeatures(kind quiz.Kind, stem string, known func(string) bool) []string {
	toks := wordTokens(stem, known)
	feats := []string{"k=" + string(kind), "len=" + strconv.Itoa(min(len(toks)/6, 8))}
	seen := map[string]bool{}
	prev := "^"
	for _, t := range toks {
		for _, f := range []string{"w=" + t, "b=" + prev + "_" + t} {
			if !seen[f] {
				seen[f] = true
				feats = append(feats, f)
			}
		}
		prev = t
	}
	return feats
}
