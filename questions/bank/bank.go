// Package bank reads and writes question banks made by other tools — Moodle's
// GIFT and Aiken, Kahoot-style CSV — and quizbot's own JSON, so that teachers
// can bring the questions they already have and take ours elsewhere.
//
// An import is all or nothing: Parse returns every question of the file or an
// EINVALID *quiz.Error naming the line (and, for kinds quizbot cannot ask, the
// question), never a part. Every returned question has its id from
// quiz.QuestionID and passes quiz.Question.Validate, the same flaw checker as
// generated questions.
package bank

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"quizbot/quiz"
)

// The formats, as named on the command line.
const (
	GIFT   = "gift"
	Aiken  = "aiken"
	CSV    = "csv"
	JSON   = "json"
	Moodle = "moodle" // Moodle XML
	XLSX   = "xlsx"   // Kahoot's spreadsheet template
	QTI    = "qti"    // QTI 1.2 as Canvas imports it; export only
)

// Formats lists the accepted formats, in the order they are described to users.
var Formats = []string{GIFT, Moodle, Aiken, CSV, XLSX, JSON, QTI}

// binary formats are not text: no UTF-8 check, no byte order mark.
var binary = map[string]bool{XLSX: true, QTI: true}

// MaxSize is the largest bank Parse reads; a question bank is text, and a
// larger file is much more likely a mistake than a bank.
const MaxSize = 32 << 20

// Parse reads a whole bank in the given format. Topic is set only where the
// format carries one (GIFT $CATEGORY, JSON "topic"); the caller fills in a
// default for the others. A question that appears twice (same id) is kept once.
// A file with no questions at all gives none and no error; the caller decides
// whether that is worth a message.
func Parse(format string, r io.Reader) ([]quiz.Question, error) {
	parse, ok := parsers[strings.ToLower(format)]
	if !ok {
		return nil, unknownFormat(format)
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read bank: %w", err)
	}
	if len(data) > MaxSize {
		return nil, quiz.Errorf(quiz.EINVALID, "the file is larger than %d MB", MaxSize>>20)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil // an empty file, of any format, holds no questions
	}
	if binary[strings.ToLower(format)] {
		qs, err := parse(data)
		if err != nil {
			return nil, err
		}
		return dedupe(qs), nil
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // spreadsheets and Notepad write one
	if !utf8.Valid(data) {
		return nil, invalid(badUTF8Line(data), "the file is not UTF-8 text")
	}
	qs, err := parse(data)
	if err != nil {
		return nil, err
	}
	return dedupe(qs), nil
}

// Write writes qs as a bank in the given format. A question the format cannot
// express (see Supports) fails the whole export with an error naming it,
// before anything is written; callers that prefer to skip such questions
// filter with Supports first.
func Write(format string, w io.Writer, qs []quiz.Question) error {
	f := strings.ToLower(format)
	write, ok := writers[f]
	if !ok {
		return unknownFormat(format)
	}
	for i := range qs {
		if !Supports(f, qs[i].Kind) {
			return quiz.Errorf(quiz.EINVALID, "question %q is %s, which the %s format cannot hold; use %s",
				short(qs[i].Stem), kindName(qs[i].Kind), f, formatsFor(qs[i].Kind))
		}
		if why := Lacks(f, &qs[i]); why != "" {
			return quiz.Errorf(quiz.EINVALID, "question %q: the %s format cannot hold %s; use gift or json", short(qs[i].Stem), f, why)
		}
	}
	bw := bufio.NewWriter(w)
	if err := write(bw, qs); err != nil {
		return err
	}
	return bw.Flush()
}

// Supports reports whether the format can hold questions of kind k, so that
// an export gives them back unchanged on import. Aiken holds only multiple
// choice; GIFT, CSV and JSON hold every kind.
func Supports(format string, k quiz.Kind) bool {
	switch strings.ToLower(format) {
	case Aiken:
		return k == quiz.MultipleChoice
	case XLSX:
		return k.Choice()
	case GIFT, CSV, JSON, Moodle, QTI:
		return k.Valid()
	}
	return false
}

// Lacks says what of q the format would lose although it holds q's kind
// ("several right answers", "a numerical tolerance"), or "" when nothing.
func Lacks(format string, q *quiz.Question) string {
	f := strings.ToLower(format)
	switch {
	case f == Aiken && q.Kind.Choice() && len(q.Aliases) > 0:
		return "several right answers"
	case f == CSV && q.Tolerance > 0:
		return "a numerical tolerance"
	case f == XLSX:
		return kahootLacks(q)
	case f == QTI:
		return qtiLacks(q)
	}
	return ""
}

var parsers = map[string]func([]byte) ([]quiz.Question, error){
	GIFT:   parseGIFT,
	Aiken:  parseAiken,
	CSV:    parseCSV,
	JSON:   parseJSON,
	Moodle: parseMoodle,
	XLSX:   parseKahootXLSX,
	QTI:    parseQTI,
}

var writers = map[string]func(*bufio.Writer, []quiz.Question) error{
	GIFT:   writeGIFT,
	Aiken:  writeAiken,
	CSV:    writeCSV,
	JSON:   writeJSON,
	Moodle: writeMoodle,
	XLSX:   writeKahootXLSX,
	QTI:    writeQTI,
}

func unknownFormat(format string) error {
	return quiz.Errorf(quiz.EINVALID, "unknown question bank format %q; use %s", format, strings.Join(Formats, ", "))
}

func formatsFor(k quiz.Kind) string {
	var fs []string
	for _, f := range Formats {
		if Supports(f, k) {
			fs = append(fs, f)
		}
	}
	return strings.Join(fs, ", ")
}

func kindName(k quiz.Kind) string {
	switch k {
	case quiz.MultipleChoice:
		return "a multiple-choice question"
	case quiz.TrueFalse:
		return "a true/false question"
	case quiz.FillBlank:
		return "a fill-in-the-blank question"
	case quiz.ShortAnswer:
		return "a short-answer question"
	}
	return fmt.Sprintf("of unknown kind %q", string(k))
}
