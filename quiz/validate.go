package quiz

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Validate is the final flaw checker every question passes before it is
// stored or asked, whether generated or imported: the mechanical part of the
// rubric (one correct option, distinct options, no answer in the stem, sizes
// within every platform's limits). It returns an EINVALID *Error saying what
// is wrong.
func (q *Question) Validate() error {
	bad := func(field, format string, args ...any) error {
		e := Errorf(EINVALID, format, args...)
		e.Field = field
		return e
	}
	if !q.Kind.Valid() {
		return bad("kind", "unknown question kind %q", q.Kind)
	}
	stem := strings.TrimSpace(q.Stem)
	switch {
	case stem == "":
		return bad("question", "the question has no text")
	case utf8.RuneCountInString(stem) > MaxStemLen:
		return bad("question", "the question is longer than %d characters", MaxStemLen)
	case strings.TrimSpace(q.Answer) == "":
		return bad("answer", "the question has no answer")
	case utf8.RuneCountInString(q.Explanation) > MaxExplainLen:
		return bad("explanation", "the explanation is longer than %d characters", MaxExplainLen)
	}
	switch q.Kind {
	case MultipleChoice:
		if len(q.Options) < 2 || len(q.Options) > 5 {
			return bad("options", "a multiple-choice question needs 2 to 5 options, not %d", len(q.Options))
		}
	case TrueFalse:
		if len(q.Options) != 2 || q.Options[0] != "True" || q.Options[1] != "False" {
			return bad("options", "a true/false question has the options True and False")
		}
	default:
		if len(q.Options) != 0 {
			return bad("options", "a typed question has no options")
		}
		if ContainsWords(stem, q.Answer) {
			return bad("answer", "the answer %q stands in the question", q.Answer)
		}
	}
	seen := map[string]bool{}
	found := 0
	for _, o := range q.Options {
		k := strings.ToLower(strings.TrimSpace(o))
		switch {
		case k == "":
			return bad("options", "an option is empty")
		case utf8.RuneCountInString(o) > MaxOptionLen:
			return bad("options", "the option %q is longer than %d characters", o, MaxOptionLen)
		case seen[k]:
			return bad("options", "the option %q stands twice", o)
		}
		seen[k] = true
		if o == q.Answer {
			found++
		}
	}
	if q.Kind.Choice() && found != 1 {
		return bad("answer", "the answer %q is not one of the options", q.Answer)
	}
	if q.Kind.Choice() {
		// Other right options (a bank's {=A =B ~C}) must be options.
		for _, a := range q.Aliases {
			if !slices.Contains(q.Options, a) {
				return bad("aliases", "the other right answer %q is not one of the options", a)
			}
		}
	}
	switch {
	case q.Tolerance < 0 || math.IsNaN(q.Tolerance) || math.IsInf(q.Tolerance, 0):
		return bad("tolerance", "the tolerance %v is not a number of 0 or more", q.Tolerance)
	case q.Tolerance > 0 && q.Kind.Choice():
		return bad("tolerance", "a choice question has no numerical tolerance")
	case q.Tolerance > 0:
		if _, err := strconv.ParseFloat(strings.TrimSpace(q.Answer), 64); err != nil {
			return bad("answer", "a numerical question needs a number as its answer, not %q", q.Answer)
		}
	}
	return nil
}

// ContainsWords reports whether phrase occurs in text as whole words, ignoring
// case: "air" is not in "chair".
func ContainsWords(text, phrase string) bool {
	t, p := strings.ToLower(text), strings.ToLower(strings.TrimSpace(phrase))
	if p == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(t[i:], p)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(p)
		if (start == 0 || !isWordByte(t[start-1])) && (end == len(t) || !isWordByte(t[end])) {
			return true
		}
		i = start + 1
	}
}

func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 0x80
}
