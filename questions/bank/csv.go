package bank

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"quizbot/quiz"
)

// CSV is the Kahoot spreadsheet layout saved as CSV:
//
//	Question, Answer 1, Answer 2, Answer 3, Answer 4, Time limit, Correct answer(s)
//
// The header row is optional. With it, columns are found by their names
// (case and the text after the name are ignored: "Time limit (sec)" is fine),
// so extra columns are allowed and ignored, "Answer 5" is read, and an
// "Explanation" column fills the Explanation. Without it, every row has
// exactly those 7 columns in that order. A UTF-8 byte order mark and CRLF line
// ends are fine.
//
// Correct answer(s) is the 1-based number of the right answer column. Several
// numbers ("1,3") are refused: quizbot asks questions with exactly one right
// answer. Two answers True and False (any case, either order) make a
// true_false question. quizbot's own extension for typed questions: the word
// "typed" there makes Answer 1 the answer and the other answers its aliases
// (fill_blank when the question shows quiz.Blank, short_answer otherwise).
// Time limit is in seconds; empty means the chat's own limit.

const typedMark = "typed"

// csvColumns says where each field stands in a row.
type csvColumns struct {
	question, time, correct, explanation int
	answers                              []int // column of Answer 1, Answer 2, …; -1 where missing
	width                                int   // columns a row has
	header                               bool
}

var answerHeader = regexp.MustCompile(`^answer\s*([0-9]+)`)

// csvHeader reads a header row, or says that the row is not one.
func csvHeader(rec []string, line int) (csvColumns, bool, error) {
	c := csvColumns{question: -1, time: -1, correct: -1, explanation: -1, width: len(rec), header: true}
	for i, cell := range rec {
		h := strings.ToLower(strings.TrimSpace(cell))
		switch {
		case strings.HasPrefix(h, "question") && c.question < 0:
			c.question = i
		case strings.HasPrefix(h, "time") && c.time < 0:
			c.time = i
		case strings.HasPrefix(h, "correct") && c.correct < 0:
			c.correct = i
		case strings.HasPrefix(h, "explanation") && c.explanation < 0:
			c.explanation = i
		default:
			if m := answerHeader.FindStringSubmatch(h); m != nil {
				k, err := strconv.Atoi(m[1])
				if err != nil || k < 1 || k > 26 {
					continue
				}
				for len(c.answers) < k {
					c.answers = append(c.answers, -1)
				}
				if c.answers[k-1] < 0 {
					c.answers[k-1] = i
				}
			}
		}
	}
	if c.question < 0 {
		return c, false, nil
	}
	if c.correct < 0 || len(c.answers) < 2 || c.answers[0] < 0 || c.answers[1] < 0 {
		return c, false, invalid(line, "the header needs the columns Question, Answer 1, Answer 2 and Correct answer(s)")
	}
	return c, true, nil
}

var kahootColumns = csvColumns{question: 0, answers: []int{1, 2, 3, 4}, time: 5, correct: 6, explanation: -1, width: 7}

func parseCSV(data []byte) ([]quiz.Question, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1 // counted below, to say which line and what was expected
	r.TrimLeadingSpace = true
	var (
		qs   []quiz.Question
		cols *csvColumns
	)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := r.FieldPos(0)
		if blankRecord(rec) {
			continue
		}
		if cols == nil {
			c, ok, err := csvHeader(rec, line)
			if err != nil {
				return nil, err
			}
			if ok {
				cols = &c
				continue
			}
			cols = &kahootColumns
		}
		if len(rec) != cols.width && !(len(rec) > cols.width && blankRecord(rec[cols.width:])) {
			if cols.header {
				return nil, invalid(line, "expected %d columns like the header, found %d", cols.width, len(rec))
			}
			return nil, invalid(line, "expected 7 columns (Question, Answer 1 to 4, Time limit, Correct answer(s)), found %d", len(rec))
		}
		q, err := csvQuestion(rec, cols, line)
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	return qs, nil
}

func csvQuestion(rec []string, c *csvColumns, line int) (quiz.Question, error) {
	cell := func(i int) string {
		if i < 0 || i >= len(rec) {
			return ""
		}
		return collapse(rec[i])
	}
	q := quiz.Question{Stem: cell(c.question), Explanation: cell(c.explanation)}
	name := short(q.Stem)
	if t := cell(c.time); t != "" {
		n, err := strconv.Atoi(t)
		if err != nil || n < 0 {
			return q, invalid(line, "the time limit %q is not a whole number of seconds", t)
		}
		q.TimeLimit = n
	}
	var answers []string // non-empty answers in column order
	byNumber := map[int]string{}
	for k, col := range c.answers {
		if a := cell(col); a != "" {
			answers = append(answers, a)
			byNumber[k+1] = a
		}
	}
	correct := cell(c.correct)
	switch {
	case correct == "":
		return q, invalid(line, "question %q has no Correct answer(s)", name)
	case strings.EqualFold(correct, typedMark):
		if len(answers) == 0 {
			return q, invalid(line, "question %q has no answer", name)
		}
		q.Kind, q.Answer, q.Aliases = quiz.ShortAnswer, answers[0], answers[1:]
		if strings.Contains(q.Stem, quiz.Blank) {
			q.Kind = quiz.FillBlank
		}
		return q, finish(&q, line)
	}
	// Kahoot allows several correct answers ("1,3"): either counts.
	var rights []string
	for _, f := range strings.FieldsFunc(correct, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
		k, err := strconv.Atoi(f)
		if err != nil {
			return q, invalid(line, "Correct answer(s) is %q, not the number of an answer", correct)
		}
		right, ok := byNumber[k]
		if !ok {
			return q, invalid(line, "Correct answer(s) is %d, but Answer %d is empty", k, k)
		}
		if !contains(rights, right) {
			rights = append(rights, right)
		}
	}
	right := rights[0]
	q.Kind, q.Options, q.Answer, q.Aliases = quiz.MultipleChoice, answers, right, rights[1:]
	if len(answers) == 2 && isTrueFalse(answers[0], answers[1]) {
		if len(rights) > 1 {
			return q, refused(name, line, "both True and False are marked correct")
		}
		q.Kind, q.Options = quiz.TrueFalse, []string{"True", "False"}
		q.Answer = "False"
		if strings.EqualFold(right, "true") {
			q.Answer = "True"
		}
	}
	return q, finish(&q, line)
}

func isTrueFalse(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == "true" && b == "false" || a == "false" && b == "true"
}

func blankRecord(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// csvError turns encoding/csv's error into a message for a teacher.
func csvError(err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return err
	}
	line := pe.Line
	switch {
	case errors.Is(pe.Err, csv.ErrQuote), errors.Is(pe.Err, csv.ErrBareQuote):
		if pe.StartLine > 0 && pe.StartLine != pe.Line {
			return invalid(pe.StartLine, "a quoted field is not closed (it runs to line %d); write \"\" for a quote inside quotes", pe.Line)
		}
		return invalid(line, "a stray \" in a field; put the field in quotes and write \"\" for a quote inside")
	}
	return invalid(line, "the CSV cannot be read here")
}

func writeCSV(w *bufio.Writer, qs []quiz.Question) error {
	n, explain := 4, false // Kahoot's four answer columns, more if needed
	for i := range qs {
		m := len(qs[i].Options)
		if !qs[i].Kind.Choice() {
			m = 1 + len(qs[i].Aliases)
		}
		n = max(n, m)
		explain = explain || collapse(qs[i].Explanation) != ""
	}
	header := []string{"Question"}
	for k := 1; k <= n; k++ {
		header = append(header, "Answer "+strconv.Itoa(k))
	}
	header = append(header, "Time limit", "Correct answer(s)")
	if explain {
		header = append(header, "Explanation")
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // what spreadsheets write and expect
	cw.Write(header)
	for i := range qs {
		q := &qs[i]
		row := make([]string, len(header))
		row[0] = collapse(q.Stem)
		answers, correct := q.Options, rightNumbers(q)
		if !q.Kind.Choice() {
			answers, correct = append([]string{q.Answer}, q.Aliases...), typedMark
		}
		for k, a := range answers {
			row[1+k] = collapse(a)
		}
		if q.TimeLimit > 0 {
			row[1+n] = strconv.Itoa(q.TimeLimit)
		}
		row[2+n] = correct
		if explain {
			row[3+n] = collapse(q.Explanation)
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

// rightNumbers is Kahoot's Correct answer(s): the numbers of every right
// option, "2" or "1,3".
func rightNumbers(q *quiz.Question) string {
	var ks []string
	for i := range q.Options {
		if q.RightOption(i) {
			ks = append(ks, strconv.Itoa(i+1))
		}
	}
	return strings.Join(ks, ",")
}
