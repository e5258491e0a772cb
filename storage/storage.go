// Package storage keeps quizbot's data in SQLite (modernc.org/sqlite, pure
// Go) and implements quiz.Store. It knows no chat platform.
package storage

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"quizbot/quiz"
	"quizbot/storage/internal/questioncache"
)

//go:embed migration/*.sql
var migrationFS embed.FS

var _ quiz.Store = (*DB)(nil)

// DB is quizbot's database. Writes go through one connection that begins
// IMMEDIATE transactions, so concurrent writers queue in Go instead of
// failing with SQLITE_BUSY; reads use a pool of their own.
type DB struct {
	w, r *sql.DB
	Path string
	// Now is the clock; tests replace it.
	Now func() time.Time

	stmts     stmts
	group     group
	rounds    roundCache
	questions *questioncache.Cache
	ranks     ranks

	pruneMu sync.Mutex
	pruned  time.Time // when events were last pruned
}

// Open opens (creating if needed) the database at path and applies the
// migrations it lacks.
func Open(path string) (*DB, error) {
	if path == "" {
		return nil, quiz.Errorf(quiz.EINVALID, "no database path given")
	}
	if dir := filepath.Dir(path); dir != "" {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return nil, quiz.Errorf(quiz.EINVALID, "cannot create the database %s: folder %s does not exist", path, dir)
		}
	}
	dsn := func(extra string) string {
		return "file:" + (&url.URL{Path: path}).EscapedPath() +
			"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)" + extra
	}
	w, err := sql.Open("sqlite", dsn("&_txlock=immediate"))
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", dsn(""))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open database: %w", err)
	}
	r.SetMaxOpenConns(4)
	db := &DB{w: w, r: r, Path: path, Now: time.Now}
	db.questions = questioncache.New(func() time.Time { return db.Now() })
	if err := db.migrate(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	if err := db.stmts.prepare(context.Background(), w, insertAttempt, insertEvent, selectStreak,
		upsertScoreRight, upsertScoreWrong, selectCard, upsertCard); err != nil {
		db.Close()
		return nil, fmt.Errorf("prepare statements: %w", err)
	}
	db.group.start(db)
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error {
	db.group.close()
	db.stmts.close()
	return errors.Join(db.r.Close(), db.w.Close())
}

// migrate applies, in name order and each in its own transaction, the
// embedded migrations not yet recorded in the migrations table.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)`); err != nil {
		return describeOpenError(db.Path, err)
	}
	names, err := fs.Glob(migrationFS, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateFile(ctx, name); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

func (db *DB) migrateFile(ctx context.Context, name string) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	} else if n > 0 {
		return nil
	}
	buf, err := fs.ReadFile(migrationFS, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(buf)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name) VALUES (?)`, name); err != nil {
		return err
	}
	return tx.Commit()
}

// describeOpenError turns the first failure on a new connection into a
// message a user can act on.
func describeOpenError(path string, err error) error {
	return &quiz.Error{Code: quiz.EINVALID, Message: fmt.Sprintf("cannot open the database %s: is it a quizbot database you may write to? (%v)", path, err)}
}

// update runs f in one write transaction.
func (db *DB) update(ctx context.Context, f func(tx *sql.Tx) error) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// Times are stored as UTC RFC 3339 text with fixed-width nanoseconds, so
// that text order is time order.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeFormat) }

func formatNullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return formatTime(t)
}

func parseTime(s sql.NullString) time.Time {
	if !s.Valid || s.String == "" {
		return time.Time{}
	}
	t, _ := time.Parse(timeFormat, s.String)
	return t
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
