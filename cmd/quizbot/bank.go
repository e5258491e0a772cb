package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"quizbot/questions/bank"
	"quizbot/quiz"
)

// runImport is quizbot import: a question bank stored whole or not at all.
func (m *Main) runImport(ctx context.Context, args []string) error {
	fs := m.flags("quizbot import")
	format := fs.String("format", "", "bank `format`: "+strings.Join(bank.Formats, ", "))
	topic := fs.String("topic", "", "topic `name` for questions the file files under none (default: the file name)")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("import needs exactly one FILE: quizbot import --format gift|moodle|aiken|csv|xlsx|json|qti FILE")
	}
	if !validFormat(*format) {
		return usagef("--format must be one of %s", strings.Join(bank.Formats, ", "))
	}
	path := fs.Arg(0)
	f, err := os.Open(path)
	if err != nil {
		return quiz.Errorf(quiz.EINVALID, "cannot read %s: %s", path, describe(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return quiz.Errorf(quiz.EINVALID, "%s is a folder, not a question bank", path)
	}
	qs, err := bank.Parse(*format, f)
	if err != nil {
		return quiz.Errorf(quiz.EINVALID, "%s: %s; nothing was imported", path, quiz.ErrorMessage(err))
	}
	if len(qs) == 0 {
		return quiz.Errorf(quiz.EINVALID, "%s holds no questions in the %s format; nothing was imported", path, *format)
	}
	def := strings.TrimSpace(*topic)
	if def == "" {
		def = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		def = strings.TrimSuffix(def, ".aiken") // science.aiken.txt
	}
	perTopic := map[string]int{}
	for i := range qs {
		if strings.TrimSpace(qs[i].Topic) == "" {
			qs[i].Topic = def
		}
		perTopic[qs[i].Topic]++
	}
	db, err := m.openDB()
	if err != nil {
		return err
	}
	defer db.Close()
	// Questions named by their stored id are updated: an edited question
	// comes back as itself, not as a copy.
	added, updated, err := db.ImportBank(ctx, filepath.Base(path), qs)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(perTopic))
	for n := range perTopic {
		names = append(names, fmt.Sprintf("%s: %d", n, perTopic[n]))
	}
	sort.Strings(names)
	changed := ""
	if updated > 0 {
		changed = fmt.Sprintf(", %d updated", updated)
	}
	fmt.Fprintf(m.Stdout, "Imported %s, %d new%s (%s).\n", plural(len(qs), "question"), added, changed, strings.Join(names, "; "))
	return nil
}

// runExport is quizbot export: the questions in play, to standard output.
func (m *Main) runExport(ctx context.Context, args []string) error {
	fs := m.flags("quizbot export")
	format := fs.String("format", "", "bank `format`: "+strings.Join(bank.Formats, ", "))
	topic := fs.String("topic", "", "export only this topic `name`")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("export takes no FILE; it writes to standard output: quizbot export --format gift > bank.gift")
	}
	if !validFormat(*format) {
		return usagef("--format must be one of %s", strings.Join(bank.Formats, ", "))
	}
	if f := strings.ToLower(*format); (f == bank.XLSX || f == bank.QTI) && m.StdoutIsTerminal {
		return usagef("the %s format is a binary file: send it to a file, e.g. quizbot export --format %s > bank.%s", f, f, map[string]string{bank.XLSX: "xlsx", bank.QTI: "zip"}[f])
	}
	db, err := m.openExisting()
	if err != nil {
		return err
	}
	defer db.Close()
	qs, err := db.ExportQuestions(ctx, strings.TrimSpace(*topic))
	if err != nil {
		return err
	}
	keep := qs[:0:0]
	skipped := map[string]int{}
	var reasons []string
	for _, q := range qs {
		why := ""
		if !bank.Supports(*format, q.Kind) {
			why = kindWords[q.Kind] + " questions"
		} else if lack := bank.Lacks(*format, &q); lack != "" {
			why = "questions with " + lack
		}
		if why == "" {
			keep = append(keep, q)
			continue
		}
		if skipped[why] == 0 {
			reasons = append(reasons, why)
		}
		skipped[why]++
	}
	if err := bank.Write(*format, m.Stdout, keep); err != nil {
		return err
	}
	for _, why := range reasons {
		fmt.Fprintf(m.Stderr, "quizbot: left out %s: the %s format cannot hold %s (use gift or json).\n",
			plural(skipped[why], "question"), *format, why)
	}
	return nil
}

func validFormat(f string) bool {
	for _, v := range bank.Formats {
		if strings.EqualFold(f, v) {
			return true
		}
	}
	return false
}

// kindWords names kinds as teachers say them, not as they are stored.
var kindWords = map[quiz.Kind]string{
	quiz.MultipleChoice: "multiple-choice",
	quiz.TrueFalse:      "true/false",
	quiz.FillBlank:      "fill-in-the-blank",
	quiz.ShortAnswer:    "short-answer",
}

// plural writes "1 question", "2 questions".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
