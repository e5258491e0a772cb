package main

import (
	"context"
	"strings"

	"quizbot/bot"
	"quizbot/quiz"
)

// runReport is quizbot report: a class's results on standard output.
func (m *Main) runReport(ctx context.Context, args []string) error {
	fs := m.flags("quizbot report")
	class := fs.Int64("class", 0, "class `id` (default: the latest class)")
	format := fs.String("format", "csv", "output `format`: csv or json")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("report takes no arguments besides its flags")
	}
	f := strings.ToLower(*format)
	if f != "csv" && f != "json" {
		return usagef("--format must be csv or json")
	}
	db, err := m.openExisting()
	if err != nil {
		return err
	}
	defer db.Close()
	id := *class
	if id == 0 {
		c, err := db.LatestClass(ctx, 0)
		if err != nil {
			return err
		}
		if c == nil {
			return quiz.Errorf(quiz.ENOTFOUND, "there is no class yet: a teacher opens one with /class start or gives homework with /class assign")
		}
		id = c.ID
	}
	rep, err := db.ClassReport(ctx, id)
	if err != nil {
		return err
	}
	return bot.WriteReport(m.Stdout, f, rep)
}
