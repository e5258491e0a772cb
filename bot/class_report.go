package bot

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"quizbot/quiz"
)

// report is /class report [class]: the chat's latest class (or the one
// named) as a CSV file for the teacher, with a short summary.
func (c *conv) report(ctx context.Context, args string) error {
	if !c.teacher() {
		return c.errTeacher()
	}
	var cl *quiz.Class
	var err error
	if args = strings.TrimPrefix(strings.TrimSpace(args), "#"); args != "" {
		id, perr := strconv.ParseInt(args, 10, 64)
		if perr != nil || id <= 0 {
			return c.say(ctx, "Give the class number, for example: /class report 3 (or nothing for the latest class here).")
		}
		if cl, err = c.s.store.Class(ctx, id); err != nil {
			return err
		}
		if cl.ChatID != c.chat.ID {
			return quiz.Errorf(quiz.ENOTFOUND, "There is no class %d in this chat.", id)
		}
	} else if cl, err = c.s.store.LatestClass(ctx, c.chat.ID); err != nil {
		return err
	} else if cl == nil {
		return quiz.Errorf(quiz.ENOTFOUND, "No class has been held here yet. Open one with /class start.")
	}
	rep, err := c.s.store.ClassReport(ctx, cl.ID)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := WriteReport(&buf, "csv", rep); err != nil {
		return err
	}
	return c.reply(ctx, Reply{Text: reportSummary(rep), Ephemeral: true,
		File: &Attachment{Name: fmt.Sprintf("class-%d.csv", cl.ID), Data: buf.Bytes()}})
}

// reportSummary is the text that comes with the report file: the class in
// a few lines and the questions worth a look.
func reportSummary(rep *quiz.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "📋 Class %d (%s): %s, %s.", rep.Class.ID, rep.Class.CreatedAt.UTC().Format("2 Jan 2006"),
		plural(len(rep.Students), "student"), plural(len(rep.Items), "question"))
	var correct, answered int
	best := -1
	for i, s := range rep.Students {
		correct += s.Correct
		answered += s.Answered
		if best < 0 || s.Points > rep.Students[best].Points {
			best = i
		}
	}
	if answered > 0 {
		fmt.Fprintf(&b, " Class accuracy %s.", percent(float64(correct)/float64(answered)))
	}
	if best >= 0 && rep.Students[best].Answered > 0 {
		fmt.Fprintf(&b, " Top: %s (%s points).", rep.Students[best].Name, thousands(rep.Students[best].Points))
	}
	flagged := 0
	for i, it := range rep.Items {
		if !it.Flagged {
			continue
		}
		if flagged == 0 {
			b.WriteString("\n⚠️ Questions worth a look:")
		}
		flagged++
		if flagged > 10 {
			continue
		}
		fmt.Fprintf(&b, "\nQ%d %s “%s” — %s", i+1, it.Question.ID, shorten(it.Question.Stem, 80), strings.Join(it.Reasons, "; "))
	}
	if flagged > 10 {
		fmt.Fprintf(&b, "\n…and %d more in the file.", flagged-10)
	}
	if flagged > 0 {
		b.WriteString("\nTake one out of play with /class retire ID.")
	}
	return b.String()
}

// WriteReport writes a class report as "csv" or "json".
//
// The CSV has two tables, separated by an empty line: one row per student
// (name, score, correct, answered, accuracy in %, average seconds, then the
// first answer given to each question, columns Q1…Qn), and one row per
// question (% correct, average seconds, discrimination, how often each option
// was picked, and whether it is flagged and why). Cells that a spreadsheet
// would run as a formula are prefixed with an apostrophe.
func WriteReport(w io.Writer, format string, rep *quiz.Report) error {
	switch strings.ToLower(format) {
	case "csv":
		return writeReportCSV(w, rep)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(reportJSON(rep))
	}
	return quiz.Errorf(quiz.EINVALID, "unknown report format %q; use csv or json", format)
}

func writeReportCSV(w io.Writer, rep *quiz.Report) error {
	cw := csv.NewWriter(w)
	head := []string{"student", "score", "correct", "answered", "accuracy_percent", "avg_seconds"}
	for i := range rep.Items {
		head = append(head, fmt.Sprintf("Q%d", i+1))
	}
	rows := [][]string{head}
	for _, s := range rep.Students {
		row := []string{cell(s.Name), strconv.Itoa(s.Points), strconv.Itoa(s.Correct), strconv.Itoa(s.Answered),
			num(100 * s.Accuracy()), num(s.AvgSeconds)}
		for _, a := range s.Answers {
			row = append(row, cell(a))
		}
		rows = append(rows, row)
	}
	rows = append(rows, nil, []string{"question", "id", "kind", "stem", "answer", "answered", "percent_correct",
		"avg_seconds", "discrimination", "options_picked", "flagged", "reasons"})
	for i, it := range rep.Items {
		q := it.Question
		flagged := ""
		if it.Flagged {
			flagged = "yes"
		}
		row := []string{fmt.Sprintf("Q%d", i+1), q.ID, string(q.Kind), cell(q.Stem), cell(q.Answer), strconv.Itoa(it.Answered),
			num(it.PercentCorrect), num(it.AvgSeconds), strconv.FormatFloat(it.Discrimination, 'f', 3, 64),
			cell(optionsPicked(q, it.OptionCounts)), flagged, strings.Join(it.Reasons, "; ")}
		rows = append(rows, row)
	}
	for _, row := range rows {
		if row == nil {
			// The empty line between the two tables.
			cw.Flush()
			if _, err := io.WriteString(w, "\n"); err != nil {
				return err
			}
			continue
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// optionsPicked writes option counts as "1757: 12; 1758: 3".
func optionsPicked(q quiz.Question, counts []int) string {
	var parts []string
	for i, n := range counts {
		if i < len(q.Options) {
			parts = append(parts, fmt.Sprintf("%s: %d", q.Options[i], n))
		}
	}
	return strings.Join(parts, "; ")
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// cell defuses text that a spreadsheet would take for a formula (CSV
// injection): a student may well be called "=HYPERLINK(…)".
func cell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '@', '\t', '\r':
		return "'" + s
	case '-':
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return "'" + s
		}
	}
	return s
}

type jsonReport struct {
	Class     jsonClass      `json:"class"`
	Students  []jsonStudent  `json:"students"`
	Questions []jsonQuestion `json:"questions"`
}

type jsonClass struct {
	ID       int64     `json:"id"`
	Chat     string    `json:"chat"`
	Platform string    `json:"platform"`
	Topic    string    `json:"topic"`
	Created  time.Time `json:"created_at"`
}

type jsonStudent struct {
	Name       string   `json:"name"`
	Score      int      `json:"score"`
	Correct    int      `json:"correct"`
	Answered   int      `json:"answered"`
	Accuracy   float64  `json:"accuracy_percent"`
	AvgSeconds float64  `json:"avg_seconds"`
	Answers    []string `json:"answers"`
}

type jsonQuestion struct {
	ID             string   `json:"id"`
	Kind           string   `json:"kind"`
	Question       string   `json:"question"`
	Answer         string   `json:"answer"`
	Options        []string `json:"options"`
	Answered       int      `json:"answered"`
	PercentCorrect float64  `json:"percent_correct"`
	AvgSeconds     float64  `json:"avg_seconds"`
	Discrimination float64  `json:"discrimination"`
	OptionCounts   []int    `json:"option_counts"`
	Flagged        bool     `json:"flagged"`
	Reasons        []string `json:"reasons"`
}

func reportJSON(rep *quiz.Report) jsonReport {
	out := jsonReport{Class: jsonClass{ID: rep.Class.ID, Chat: rep.Class.ChatTitle, Platform: rep.Class.Platform,
		Topic: rep.Class.Topic, Created: rep.Class.CreatedAt.UTC()}, Students: []jsonStudent{}, Questions: []jsonQuestion{}}
	for _, s := range rep.Students {
		out.Students = append(out.Students, jsonStudent{Name: s.Name, Score: s.Points, Correct: s.Correct, Answered: s.Answered,
			Accuracy: round1(100 * s.Accuracy()), AvgSeconds: round1(s.AvgSeconds), Answers: s.Answers})
	}
	for _, it := range rep.Items {
		q := it.Question
		reasons := it.Reasons
		if reasons == nil {
			reasons = []string{}
		}
		out.Questions = append(out.Questions, jsonQuestion{ID: q.ID, Kind: string(q.Kind), Question: q.Stem, Answer: q.Answer,
			Options: q.Options, Answered: it.Answered, PercentCorrect: round1(it.PercentCorrect), AvgSeconds: round1(it.AvgSeconds),
			Discrimination: math.Round(it.Discrimination*1000) / 1000, OptionCounts: it.OptionCounts,
			Flagged: it.Flagged, Reasons: reasons})
	}
	return out
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }
