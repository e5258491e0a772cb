package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"quizbot/quiz"
	"quizbot/storage"
	"quizbot/storage/postgres"
)

// Exit statuses.
const (
	exitOK    = 0
	exitError = 1 // the work failed
	exitUsage = 2 // bad command, flag or setting
)

// Main is the program with its surroundings made explicit, so that tests run
// it end to end.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// StdinIsTerminal and StdoutIsTerminal decide prompts and progress bars.
	StdinIsTerminal, StdoutIsTerminal bool

	dbPath   string
	logLevel string
	logger   *slog.Logger
}

// NewMain returns a Main on the process's own standard streams.
func NewMain() *Main {
	return &Main{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		StdinIsTerminal: isTerminal(os.Stdin), StdoutIsTerminal: isTerminal(os.Stdout),
	}
}

// usageError is a mistake in how quizbot was called: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

type command struct {
	name, args, summary string
	run                 func(m *Main, ctx context.Context, args []string) error
}

var commands []command

func init() {
	commands = []command{
		{"chat", "", "chat in the console (the default)", (*Main).runChat},
		{"generate", "[--format text|json] [FILE...]", "print questions made from the files (default: the bundled texts)", (*Main).runGenerate},
		{"ingest", "[--topic NAME] FILE...", "make questions from the files and store them as topics", (*Main).runIngest},
		{"import", "--format gift|aiken|csv|json FILE", "store a question bank", (*Main).runImport},
		{"export", "--format gift|aiken|csv|json", "write the stored questions to standard output", (*Main).runExport},
		{"report", "[--class ID] [--format csv|json]", "a class's results (default: the latest class)", (*Main).runReport},
		{"serve", "", "run the teacher's web pages and the Telegram and Discord bots whose settings are present", (*Main).runServe},
		{"teacher-link", "[--name NAME]", "print a one-time sign-in link to the teacher's web pages", (*Main).runTeacherLink},
		{"help", "", "show this help", (*Main).runHelp},
	}
}

// Run runs quizbot with the arguments after the program name and returns
// the exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	err := m.run(ctx, args)
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintln(m.Stderr, "quizbot:", ue.msg)
		return exitUsage
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case quiz.ErrorCode(err) != quiz.EINTERNAL:
		fmt.Fprintln(m.Stderr, "quizbot:", quiz.ErrorMessage(err))
		return exitError
	default:
		fmt.Fprintln(m.Stderr, "quizbot:", err)
		return exitError
	}
}

func (m *Main) run(ctx context.Context, args []string) error {
	fs := m.flags("quizbot")
	if err := fs.Parse(args); err != nil {
		return err
	}
	args = fs.Args()
	name := "chat"
	if len(args) > 0 {
		name, args = args[0], args[1:]
	}
	for _, c := range commands {
		if c.name == name {
			return c.run(m, ctx, args)
		}
	}
	return usagef("unknown command %q; see 'quizbot help'", name)
}

// flags returns a flag set with the global flags, which every subcommand
// accepts too.
func (m *Main) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	if m.dbPath == "" {
		m.dbPath = m.Getenv("QUIZBOT_DB")
		if m.dbPath == "" {
			m.dbPath = "quizbot.db"
		}
	}
	if m.logLevel == "" {
		m.logLevel = "warn"
	}
	fs.StringVar(&m.dbPath, "db", m.dbPath, "SQLite database `path`, or a postgres:// URL (env QUIZBOT_DB)")
	fs.StringVar(&m.logLevel, "log-level", m.logLevel, "log `level`: debug, info, warn or error")
	fs.Usage = func() { m.printHelp(m.Stderr) }
	return fs
}

// parse parses a subcommand's flags; flags come before file arguments.
func (m *Main) parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usagef("%v", err)
	}
	return nil
}

func (m *Main) log() *slog.Logger {
	if m.logger == nil {
		var level slog.Level
		if err := level.UnmarshalText([]byte(m.logLevel)); err != nil {
			level = slog.LevelWarn
		}
		m.logger = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
	}
	return m.logger
}

func (m *Main) checkLogLevel() error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(m.logLevel)); err != nil {
		return usagef("--log-level must be debug, info, warn or error, not %q", m.logLevel)
	}
	return nil
}

// database is a store the commands can close.
type database interface {
	quiz.Store
	Close() error
}

// openDB opens the store QUIZBOT_DB (or --db) names: a postgres:// URL is a
// PostgreSQL server, anything else a SQLite file.
func (m *Main) openDB() (database, error) {
	if err := m.checkLogLevel(); err != nil {
		return nil, err
	}
	if postgres.IsURL(m.dbPath) {
		return postgres.Open(m.dbPath)
	}
	return storage.Open(m.dbPath)
}

func (m *Main) runHelp(ctx context.Context, args []string) error {
	m.printHelp(m.Stdout)
	return nil
}

func (m *Main) printHelp(w io.Writer) {
	var b strings.Builder
	b.WriteString("quizbot turns texts into quiz questions and runs quizzes in the console, on Telegram and on Discord.\n\n")
	b.WriteString("Usage: quizbot [--db PATH] [--log-level LEVEL] [COMMAND] [FLAGS] [FILE...]\n\nCommands:\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-9s %-40s %s\n", c.name, c.args, c.summary)
	}
	b.WriteString("\nGlobal flags: --db PATH or postgres://URL (env QUIZBOT_DB, default quizbot.db), --log-level debug|info|warn|error.\n")
	b.WriteString("Settings for serve come from the environment; see README.md.\n")
	fmt.Fprint(w, b.String())
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
