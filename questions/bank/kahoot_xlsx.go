package bank

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"quizbot/quiz"
)

// Kahoot's quiz spreadsheet template (.xlsx), read and written with
// github.com/xuri/excelize/v2. Its published layout: the first sheet, a
// title and notes above, the header on row 8 from column B ("Question - max
// 120 characters", "Answer 1 - max 75 characters" ... "Answer 4", "Time
// limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct
// answer(s) - choose at least one"), column A numbering the questions, one
// question a row from row 9. Kahoot refuses a longer question or answer, a
// time limit outside its list and more than four answers, so the export
// refuses those by question, and the import by row.

const (
	kahootQuestionMax = 120
	kahootAnswerMax   = 75
	kahootHeaderRow   = 8
)

var kahootTimes = []int{5, 10, 20, 30, 60, 90, 120, 240}

var kahootHeaders = []string{"Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
	"Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
	"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"}

func parseKahootXLSX(data []byte) ([]quiz.Question, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, quiz.Errorf(quiz.EINVALID, "the file is not an Excel workbook (.xlsx); save the sheet as .xlsx, or as CSV and import it with --format csv")
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, quiz.Errorf(quiz.EINVALID, "the workbook has no sheet")
	}
	rows, err := f.GetRows(sheets[0])
	if err != nil {
		return nil, quiz.Errorf(quiz.EINVALID, "the first sheet cannot be read")
	}
	// The header row: Kahoot's is row 8, but a teacher may have deleted the
	// notes above it; it is the first row whose second cell starts with
	// "Question".
	head := -1
	for i, r := range rows {
		if len(r) > 1 && strings.HasPrefix(strings.ToLower(strings.TrimSpace(r[1])), "question") {
			head = i
			break
		}
	}
	if head < 0 {
		return nil, invalid(kahootHeaderRow, "no header row with \"Question\" in column B, as in Kahoot's template")
	}
	var qs []quiz.Question
	for i := head + 1; i < len(rows); i++ {
		r := rows[i]
		cell := func(c int) string {
			if c < len(r) {
				return strings.TrimSpace(r[c])
			}
			return ""
		}
		if blankRecord(r[min(1, len(r)):]) {
			continue
		}
		line := i + 1 // the spreadsheet's row number
		rec := []string{cell(1), cell(2), cell(3), cell(4), cell(5), cell(6), cell(7)}
		q, err := kahootRow(rec, line)
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	return qs, nil
}

// kahootRow reads one question row the way the CSV layout does, after
// checking what Kahoot itself checks.
func kahootRow(rec []string, line int) (quiz.Question, error) {
	name := short(rec[0])
	if n := utf8.RuneCountInString(rec[0]); n > kahootQuestionMax {
		return quiz.Question{}, invalid(line, "the question %q has %d characters; Kahoot takes %d at most", name, n, kahootQuestionMax)
	}
	for k := 1; k <= 4; k++ {
		if n := utf8.RuneCountInString(rec[k]); n > kahootAnswerMax {
			return quiz.Question{}, invalid(line, "Answer %d of %q has %d characters; Kahoot takes %d at most", k, name, n, kahootAnswerMax)
		}
	}
	if t := rec[5]; t != "" {
		n, err := strconv.Atoi(t)
		if err != nil || !containsInt(kahootTimes, n) {
			return quiz.Question{}, invalid(line, "the time limit %q of %q is not one of Kahoot's 5, 10, 20, 30, 60, 90, 120 or 240 seconds", t, name)
		}
	}
	return csvQuestion(rec, &kahootColumns, line)
}

func containsInt(l []int, n int) bool {
	for _, v := range l {
		if v == n {
			return true
		}
	}
	return false
}

// kahootLacks says why Kahoot would refuse q, or "".
func kahootLacks(q *quiz.Question) string {
	switch {
	case !q.Kind.Choice():
		return "typed answers"
	case len(q.Options) > 4:
		return "more than four answers"
	case utf8.RuneCountInString(q.Stem) > kahootQuestionMax:
		return fmt.Sprintf("a question longer than %d characters", kahootQuestionMax)
	}
	for _, o := range q.Options {
		if utf8.RuneCountInString(o) > kahootAnswerMax {
			return fmt.Sprintf("an answer longer than %d characters", kahootAnswerMax)
		}
	}
	return ""
}

func writeKahootXLSX(w *bufio.Writer, qs []quiz.Question) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := f.GetSheetName(0)
	set := func(col, row int, v any) {
		name, _ := excelize.CoordinatesToCellName(col, row)
		f.SetCellValue(sheet, name, v)
	}
	set(2, 2, "Quiz exported by quizbot")
	set(2, 4, "Kahoot's quiz spreadsheet layout: import it with Create > Import spreadsheet.")
	for j, h := range kahootHeaders {
		set(2+j, kahootHeaderRow, h)
	}
	for i := range qs {
		q := &qs[i]
		row := kahootHeaderRow + 1 + i
		set(1, row, i+1)
		set(2, row, collapse(q.Stem))
		for k, o := range q.Options {
			set(3+k, row, collapse(o))
		}
		t := 20
		if q.TimeLimit > 0 {
			t = nearestKahootTime(q.TimeLimit)
		}
		set(7, row, t)
		set(8, row, rightNumbers(q))
	}
	return f.Write(w)
}

// nearestKahootTime is the allowed limit closest to n seconds.
func nearestKahootTime(n int) int {
	best := kahootTimes[0]
	for _, t := range kahootTimes {
		if abs(t-n) < abs(best-n) {
			best = t
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
