package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"
)

// A teacher's housekeeping: topics listed, renamed and deleted; classes
// listed; retired questions listed and put back in play. Every store
// implements what they need (quiz.Housekeeping).

// runTopics is quizbot topics [rename OLD NEW | delete NAME].
func (m *Main) runTopics(ctx context.Context, args []string) error {
	fs := m.flags("quizbot topics")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	args = fs.Args()
	sub := "list"
	if len(args) > 0 {
		sub, args = args[0], args[1:]
	}
	want := map[string]int{"list": 0, "rename": 2, "delete": 1}
	n, ok := want[sub]
	if !ok || len(args) != n {
		return usagef("usage: quizbot topics [list | rename OLD NEW | delete NAME]")
	}
	db, err := m.openExisting()
	if err != nil {
		return err
	}
	defer db.Close()
	switch sub {
	case "rename":
		if err := db.RenameTopic(ctx, args[0], args[1]); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "Topic %q is now %q.\n", args[0], args[1])
		return nil
	case "delete":
		deleted, kept, err := db.DeleteTopic(ctx, args[0])
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "Deleted %s of topic %q.", plural(deleted, "question"), args[0])
		if kept > 0 {
			fmt.Fprintf(m.Stdout, " %s that players have answered stay out of play, for their class reports and standings.", plural(kept, "question"))
		}
		fmt.Fprintln(m.Stdout)
		return nil
	}
	topics, err := db.Topics(ctx)
	if err != nil {
		return err
	}
	if len(topics) == 0 {
		fmt.Fprintln(m.Stdout, "There are no topics yet: quizbot ingest FILE or quizbot import --format F FILE adds some.")
		return nil
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TOPIC\tQUESTIONS IN PLAY\tFROM")
	for _, t := range topics {
		fmt.Fprintf(tw, "%s\t%d\t%s\n", t.Name, t.Questions, t.Source)
	}
	return tw.Flush()
}

// runClasses is quizbot classes: every class, the latest first.
func (m *Main) runClasses(ctx context.Context, args []string) error {
	fs := m.flags("quizbot classes")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("classes takes no arguments")
	}
	db, err := m.openExisting()
	if err != nil {
		return err
	}
	defer db.Close()
	cs, err := db.Classes(ctx)
	if err != nil {
		return err
	}
	if len(cs) == 0 {
		fmt.Fprintln(m.Stdout, "There is no class yet: a teacher opens one with /class start or gives homework with /class assign.")
		return nil
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTARTED\tCHAT\tTOPIC\tSTUDENTS")
	for _, c := range cs {
		topic := c.Topic
		if topic == "" {
			topic = "mixed"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\n", c.ID, c.Started.Format("2006-01-02 15:04"), c.Chat, topic, c.Students)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, "A class's results: quizbot report --class ID")
	return nil
}

// runQuestion is quizbot question retired | retire ID | unretire ID.
func (m *Main) runQuestion(ctx context.Context, args []string) error {
	fs := m.flags("quizbot question")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	args = fs.Args()
	if len(args) == 0 || (args[0] == "retired") != (len(args) == 1) || len(args) > 2 {
		return usagef("usage: quizbot question retired | retire ID | unretire ID")
	}
	db, err := m.openExisting()
	if err != nil {
		return err
	}
	defer db.Close()
	switch args[0] {
	case "retired":
		qs, err := db.RetiredQuestions(ctx)
		if err != nil {
			return err
		}
		if len(qs) == 0 {
			fmt.Fprintln(m.Stdout, "No question is retired.")
			return nil
		}
		for _, q := range qs {
			fmt.Fprintf(m.Stdout, "%s  %s  %s\n", q.ID, q.Topic, q.Stem)
		}
		fmt.Fprintln(m.Stdout, "Put one back in play: quizbot question unretire ID")
		return nil
	case "retire":
		if err := db.RetireQuestion(ctx, strings.TrimSpace(args[1])); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "Question %s is out of play.\n", args[1])
		return nil
	case "unretire":
		if err := db.UnretireQuestion(ctx, strings.TrimSpace(args[1])); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "Question %s is back in play.\n", args[1])
		return nil
	}
	return usagef("usage: quizbot question retired | retire ID | unretire ID")
}
