package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"quizbot/corpus"
	"quizbot/questions"
	"quizbot/quiz"
)

// runGenerate is quizbot generate: questions to standard output, the
// database untouched.
func (m *Main) runGenerate(ctx context.Context, args []string) error {
	fs := m.flags("quizbot generate")
	format := fs.String("format", "text", "output `format`: text or json")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usagef("--format must be text or json, not %q", *format)
	}
	srcs := corpus.Sources()
	var readErr error
	if fs.NArg() > 0 {
		if srcs, readErr = m.readSources(fs.Args()); len(srcs) == 0 {
			return readErr
		}
	}
	qs, err := questions.Generate(srcs)
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		readErr = m.reportBarren(srcs, qs, readErr, fs.NArg())
	}
	if *format == "json" {
		if qs == nil {
			qs = []quiz.Question{}
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(qs); err != nil {
			return err
		}
		return readErr
	}
	writeText(m.Stdout, qs)
	return readErr
}

// writeText prints questions for people: the stem, the options with the
// answer marked, the explanation, the kind and the quality.
func writeText(w io.Writer, qs []quiz.Question) {
	for i, q := range qs {
		fmt.Fprintf(w, "%d. [%s · quality %.2f · difficulty %.2f · %s]\n   %s\n", i+1, kindWords[q.Kind], q.Quality, q.Difficulty, q.ID, q.Stem)
		for _, o := range q.Options {
			mark := " "
			if o == q.Answer {
				mark = "*"
			}
			fmt.Fprintf(w, "   %s %s\n", mark, o)
		}
		if len(q.Options) == 0 {
			fmt.Fprintf(w, "   answer: %s", q.Answer)
			if len(q.Aliases) > 0 {
				fmt.Fprintf(w, " (also: %s)", strings.Join(q.Aliases, "; "))
			}
			fmt.Fprintln(w)
		}
		src := strings.Trim(q.Source+" · "+q.Section, " ·")
		fmt.Fprintf(w, "   why: %s\n   from: %s\n\n", q.Explanation, src)
	}
	fmt.Fprintln(w, plural(len(qs), "question"))
}
