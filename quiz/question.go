package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
)

// Kind is the form of a question.
type Kind string

const (
	MultipleChoice Kind = "multiple_choice"
	TrueFalse      Kind = "true_false"
	FillBlank      Kind = "fill_blank"
	ShortAnswer    Kind = "short_answer"
)

// Kinds lists every kind, in the order they are described to users.
var Kinds = []Kind{MultipleChoice, TrueFalse, FillBlank, ShortAnswer}

// Valid reports whether k is one of the known kinds.
func (k Kind) Valid() bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

// Choice reports whether the kind is answered by picking one of the options
// (a button), as opposed to typing the answer.
func (k Kind) Choice() bool { return k == MultipleChoice || k == TrueFalse }

// Blank is the gap shown in fill-in-the-blank stems.
const Blank = "_____"

// Platform limits that every question must fit, whatever made it.
const (
	MaxStemLen    = 300 // Telegram poll question
	MaxOptionLen  = 100 // Telegram poll option
	MaxButtonLen  = 80  // Discord button label
	MaxExplainLen = 1000
)

// Question is one question as it is stored and asked. The JSON names are part
// of quizbot's outside contract (quizbot generate --format json).
type Question struct {
	ID          string   `json:"id"`
	Kind        Kind     `json:"kind"`
	Stem        string   `json:"question"`
	Options     []string `json:"options"`
	Answer      string   `json:"answer"`
	Aliases     []string `json:"aliases"`
	Explanation string   `json:"explanation"`
	Source      string   `json:"source"`
	Section     string   `json:"section"`
	Difficulty  float64  `json:"difficulty"`
	Quality     float64  `json:"quality"`

	// Topic is the name of the topic the question is filed under; set by the
	// store and by importers, not by the generator.
	Topic string `json:"topic,omitempty"`
	// TimeLimit, in seconds, overrides the chat's limit (imported banks carry one).
	TimeLimit int `json:"time_limit,omitempty"`
	// Tolerance makes a typed question numerical: a number within Tolerance
	// of Answer is right (banks' {#1200:100}). Zero compares as text.
	Tolerance float64 `json:"tolerance,omitempty"`

	// Ref is the id a bank file gave the question (quizbot's exports name
	// each question by its id): an import updates the stored question with
	// that id, edited or not, instead of adding a copy. Empty otherwise.
	Ref string `json:"-"`
}

// AnswerIndex is the position of the answer among the options, or -1.
func (q *Question) AnswerIndex() int {
	for i, o := range q.Options {
		if o == q.Answer {
			return i
		}
	}
	return -1
}

// RightOption reports whether option i is a right answer. A choice question
// has one answer, and may accept others of its options too (its aliases):
// a bank question with two right answers counts either.
func (q *Question) RightOption(i int) bool {
	if i < 0 || i >= len(q.Options) {
		return false
	}
	o := q.Options[i]
	return o == q.Answer || q.Kind.Choice() && slices.Contains(q.Aliases, o)
}

// QuestionID derives a stable id from what makes a question itself: its kind,
// stem, answer and options. The same text therefore always yields the same
// ids, and ingesting it again adds nothing.
func QuestionID(kind Kind, stem, answer string, options []string) string {
	h := sha256.New()
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write([]byte(strings.TrimSpace(stem)))
	h.Write([]byte{0})
	h.Write([]byte(strings.TrimSpace(answer)))
	for _, o := range options {
		h.Write([]byte{0})
		h.Write([]byte(o))
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
