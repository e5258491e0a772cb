package bank

import (
	"bufio"
	"regexp"
	"strings"

	"quizbot/quiz"
)

// Aiken is Moodle's plain multiple-choice format
// (https://docs.moodle.org/en/Aiken_format):
//
//	What is the capital of France?
//	A. Paris
//	B) London
//	ANSWER: A
//
// Options are lettered A, B, C… in order, with "." or ")". The question may
// run over several lines (joined with spaces); blank lines between questions
// are optional. Aiken has no feedback, topic or other kinds: every question is
// multiple_choice, even one whose options are True and False.

var aikenOption = regexp.MustCompile(`^([A-Z])[.)](?:\s+(.*)|$)`)

func parseAiken(data []byte) ([]quiz.Question, error) {
	var (
		qs      []quiz.Question
		stem    []string
		start   int
		options []string
	)
	lines := strings.Split(strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n"), "\n")
	for i, raw := range lines {
		n, l := i+1, strings.TrimSpace(raw)
		if l == "" {
			continue
		}
		if rest, ok := cutFold(l, "ANSWER:"); ok {
			if len(options) == 0 {
				return nil, invalid(n, "ANSWER: comes before any option (A. …)")
			}
			letter := strings.TrimSpace(rest)
			k := -1
			if len(letter) == 1 {
				k = int(letter[0]) - 'A'
			}
			if k < 0 || k >= len(options) {
				return nil, invalid(n, "ANSWER: %q names none of the options A to %c", letter, 'A'+len(options)-1)
			}
			q := quiz.Question{Kind: quiz.MultipleChoice, Stem: collapse(strings.Join(stem, " ")), Options: options, Answer: options[k]}
			if err := finish(&q, start); err != nil {
				return nil, err
			}
			qs = append(qs, q)
			stem, options = nil, nil
			continue
		}
		m := aikenOption.FindStringSubmatch(l)
		switch {
		case len(options) == 0 && (m == nil || m[1] != "A"):
			// Question text: a line like "U. S. Grant was…" is text until an A. comes.
			if len(stem) == 0 {
				start = n
			}
			stem = append(stem, l)
		case m == nil && len(options) > 0:
			return nil, invalid(n, "expected option %c or ANSWER: for the question of line %d, found %q", 'A'+len(options), start, short(l))
		case int(m[1][0]-'A') != len(options):
			return nil, invalid(n, "expected option %c, found %s", 'A'+len(options), m[1])
		default:
			if len(stem) == 0 {
				return nil, invalid(n, "option %s has no question before it", m[1])
			}
			options = append(options, collapse(m[2]))
		}
	}
	if len(stem) > 0 {
		return nil, invalid(start, "the question has no ANSWER: line")
	}
	return qs, nil
}

// cutFold is strings.CutPrefix ignoring ASCII case.
func cutFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

func writeAiken(w *bufio.Writer, qs []quiz.Question) error {
	for i := range qs {
		// A question that reads like an option or an ANSWER line would come
		// back as something else; refuse it before writing anything.
		s := collapse(qs[i].Stem)
		m := aikenOption.FindStringSubmatch(s)
		if _, ok := cutFold(s, "ANSWER:"); ok || m != nil && m[1] == "A" {
			return quiz.Errorf(quiz.EINVALID, "question %q starts like an Aiken option or ANSWER line; export it as gift, csv or json", short(s))
		}
		if qs[i].AnswerIndex() < 0 || len(qs[i].Options) > 26 {
			return quiz.Errorf(quiz.EINVALID, "question %q: its answer is not one of its options", short(s))
		}
	}
	for i := range qs {
		q := &qs[i]
		w.WriteString(collapse(q.Stem) + "\n")
		for k, o := range q.Options {
			w.WriteString(string(rune('A'+k)) + ". " + collapse(o) + "\n")
		}
		w.WriteString("ANSWER: " + string(rune('A'+q.AnswerIndex())) + "\n\n")
	}
	return nil
}
