package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"golang.org/x/term"

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
		{"import", "--format gift|moodle|aiken|csv|xlsx|json|qti FILE", "store a question bank", (*Main).runImport},
		{"export", "--format gift|moodle|aiken|csv|xlsx|json|qti", "write the stored questions to standard output", (*Main).runExport},
		{"report", "[--class ID] [--format csv|json]", "a class's results (default: the latest class)", (*Main).runReport},
		{"topics", "[list | rename OLD NEW | delete NAME]", "list, rename or delete topics", (*Main).runTopics},
		{"classes", "", "list the classes, the latest first", (*Main).runClasses},
		{"question", "retired | retire ID | unretire ID", "list retired questions, take one out of play or back in", (*Main).runQuestion},
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
	var be *batchError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &be):
		fmt.Fprintln(m.Stderr, "quizbot:", be.Error())
		return exitError
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
	version := fs.Bool("version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			m.printHelp(m.Stdout)
			return err
		}
		return usagef("%v; see 'quizbot help'", err)
	}
	if *version {
		fmt.Fprintln(m.Stdout, versionLine())
		return nil
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
	// The flag package would print its error and the usage itself; Run
	// prints the error once, and help goes to standard output when asked.
	fs.SetOutput(io.Discard)
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
	fs.Usage = func() {}
	return fs
}

// parse parses a subcommand's flags; flags come before file arguments.
// --help prints the subcommand's own usage.
func (m *Main) parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			m.printUsage(fs)
			return err
		}
		return usagef("%v; see 'quizbot %s --help'", err, strings.TrimPrefix(fs.Name(), "quizbot "))
	}
	return nil
}

// printUsage is a subcommand's --help: its synopsis, what it does, its flags.
func (m *Main) printUsage(fs *flag.FlagSet) {
	name := strings.TrimPrefix(fs.Name(), "quizbot ")
	for _, c := range commands {
		if c.name == name {
			fmt.Fprintf(m.Stdout, "Usage: quizbot %s %s\n\n%s.\n\nFlags:\n", c.name, c.args, upperFirst(c.summary))
		}
	}
	fs.SetOutput(m.Stdout)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
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

// database is a store the commands can close: SQLite (storage) or
// PostgreSQL (storage/postgres), each with the whole of what the commands
// and the teacher's pages need, so that no command asks which it has.
type database interface {
	quiz.Store
	quiz.TeacherStore
	quiz.Housekeeping
	Close() error
}

// openExisting opens the database for a command that only reads it: a
// SQLite file that does not exist is a typo in --db, not a new database to
// make and read nothing from.
func (m *Main) openExisting() (database, error) {
	if !postgres.IsURL(m.dbPath) {
		if _, err := os.Stat(m.dbPath); errors.Is(err, os.ErrNotExist) {
			return nil, quiz.Errorf(quiz.ENOTFOUND, "there is no database %s; check --db (or QUIZBOT_DB)", m.dbPath)
		}
	}
	return m.openDB()
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
		fmt.Fprintf(&b, "  %-12s %-37s %s\n", c.name, c.args, c.summary)
	}
	b.WriteString("\n'quizbot COMMAND --help' describes a command's flags. --version prints the version.\n")
	b.WriteString("Global flags: --db PATH or postgres://URL (env QUIZBOT_DB, default quizbot.db), --log-level debug|info|warn|error.\n")
	b.WriteString("Settings for serve come from the environment; see README.md.\n")
	fmt.Fprint(w, b.String())
}

// isTerminal asks the terminal driver, not the file mode: /dev/null is a
// character device too, and takes no prompt or progress bar.
func isTerminal(f *os.File) bool {
	return term.IsTerminal(int(f.Fd()))
}

// versionLine says which build this is: the module version, the commit it
// was built from when the build recorded one, and Go's version.
func versionLine() string {
	v, rev, dirty := "devel", "", false
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	line := "quizbot " + v
	if rev != "" {
		line += " " + rev[:min(12, len(rev))]
		if dirty {
			line += "+changes"
		}
	}
	return line + " (" + runtime.Version() + ")"
}
