package main

import (
	"context"
	"fmt"

	"quizbot/bot"
	"quizbot/bot/console"
	"quizbot/corpus"
	"quizbot/quiz"
)

// runChat is quizbot chat: the conversation on standard input and output.
func (m *Main) runChat(ctx context.Context, args []string) error {
	fs := m.flags("quizbot chat")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("chat takes no arguments; to add texts use 'quizbot ingest FILE...'")
	}
	db, err := m.openDB()
	if err != nil {
		return err
	}
	defer db.Close()
	if err := m.seed(ctx, db); err != nil {
		return err
	}
	svc := bot.New(db, bot.Config{Logger: m.log()})
	con := console.New(svc, m.Stdin, m.Stdout, m.StdinIsTerminal)
	if err := svc.Start(ctx); err != nil {
		return err
	}
	defer svc.Close()
	if m.StdinIsTerminal {
		fmt.Fprintln(m.Stdout, "quizbot — type /quiz to play, /help for commands, /quit or Ctrl-D to leave.")
	}
	return con.Run(ctx)
}

// seed fills an empty database with questions from the bundled texts.
func (m *Main) seed(ctx context.Context, db quiz.Store) error {
	n, err := db.CountQuestions(ctx)
	if err != nil || n > 0 {
		return err
	}
	res, err := ingest(ctx, db, corpus.Sources(), "", nil)
	if err != nil {
		return fmt.Errorf("add the bundled texts: %w", err)
	}
	fmt.Fprintf(m.Stdout, "📚 First run: I made %s from the bundled texts (%s).\n", plural(res.added, "question"), res.topicList())
	return nil
}
