package bank

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"quizbot/quiz"
)

// invalid is the error of a malformed file: the line first, because that is
// what a teacher needs to find the mistake.
func invalid(line int, format string, args ...any) error {
	return quiz.Errorf(quiz.EINVALID, "line %d: %s", line, fmt.Sprintf(format, args...))
}

// refused is the error of a well-formed question that quizbot cannot ask:
// named, because the line alone does not say which of a teacher's questions
// has to go.
func refused(name string, line int, format string, args ...any) error {
	return quiz.Errorf(quiz.EINVALID, "question %q (line %d): %s", name, line, fmt.Sprintf(format, args...))
}

// finish gives a parsed question its id and passes it through the flaw
// checker; the reason of a failure is reported with the question's line.
func finish(q *quiz.Question, line int) error {
	q.Stem = strings.TrimSpace(q.Stem)
	q.Answer = strings.TrimSpace(q.Answer)
	q.Explanation = strings.TrimSpace(q.Explanation)
	if len(q.Options) == 0 {
		q.Options = nil
	}
	if len(q.Aliases) == 0 {
		q.Aliases = nil
	}
	if strings.IndexFunc(q.Stem, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) < 0 {
		return invalid(line, "the question has no text")
	}
	if err := q.Validate(); err != nil {
		return invalid(line, "%s", quiz.ErrorMessage(err))
	}
	if q.TimeLimit < 0 {
		return invalid(line, "the time limit is negative")
	}
	// A file may name the question by a stored id (ours are 12 hex digits):
	// kept as Ref, so that importing an edited question updates it.
	ref := strings.TrimSpace(q.Ref)
	if ref == "" {
		ref = strings.TrimSpace(q.ID)
	}
	q.Ref = ""
	if isID(ref) {
		q.Ref = ref
	}
	q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
	return nil
}

// isID reports whether s looks like a quizbot question id.
func isID(s string) bool {
	if len(s) != 12 {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// dedupe keeps the first of questions with the same id: a bank that repeats a
// question (copy and paste) should not ask it twice.
func dedupe(qs []quiz.Question) []quiz.Question {
	seen := make(map[string]bool, len(qs))
	out := qs[:0]
	for _, q := range qs {
		if !seen[q.ID] {
			seen[q.ID] = true
			out = append(out, q)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// short names a question in a message by the start of its text.
func short(s string) string {
	s = collapse(s)
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:39])) + "…"
}

// collapse turns every run of white space, line breaks included, into one
// space: chat platforms show a question on one line, and ids must not depend
// on how a file was wrapped.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, invisible), " ")
}

// invisible is white space and the zero-width characters that editors leave
// behind (a byte order mark in the middle of a file, zero-width spaces).
func invisible(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' || r == '\u2060'
}

// badUTF8Line is the line of the first invalid UTF-8 byte.
func badUTF8Line(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return 1 + bytes.Count(data[:i], []byte("\n"))
		}
		i += n
	}
	return 1
}

// lineAt is the 1-based line of byte offset off in data.
func lineAt(data []byte, off int) int {
	if off > len(data) {
		off = len(data)
	}
	return 1 + bytes.Count(data[:off], []byte("\n"))
}
