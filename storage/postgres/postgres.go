// Package postgres keeps quizbot's data in PostgreSQL and implements
// quiz.Store with the same meaning as the SQLite store (package storage), so
// that several quizbot processes can serve one set of chats. It knows no
// chat platform.
//
// It uses pgx's own interface and its pool (pgxpool) rather than
// database/sql: statements are prepared and cached per connection by pgx
// itself (what storage/stmt.go does by hand for SQLite), text arrays and
// timestamps map straight to Go values, and the pool hands out single
// connections, which the chat locks (lock.go) need.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"quizbot/quiz"
	"quizbot/storage/internal/questioncache"
)

//go:embed migration/*.sql
var migrationFS embed.FS

var (
	_ quiz.Store  = (*DB)(nil)
	_ quiz.Shared = (*DB)(nil)
)

// DB is quizbot's database on a PostgreSQL server.
type DB struct {
	pool *pgxpool.Pool
	// locks is a pool of its own for the chat locks, each of which holds a
	// connection while the chat's work runs: work that holds a lock and
	// waits for a query connection can then never starve the queries.
	locks *pgxpool.Pool
	// Now is the clock; tests replace it.
	Now func() time.Time

	questions *questioncache.Cache

	pruneMu sync.Mutex
	pruned  time.Time // when events and expired state were last pruned
}

// IsURL reports whether a QUIZBOT_DB value names a PostgreSQL server
// rather than a SQLite file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the server named by the URL (postgres://user:pass@host/db?...)
// and applies the migrations it lacks. Pool settings ride on the URL:
// pool_max_conns (default: 4 or the number of cores, whichever is more),
// pool_min_conns, pool_max_conn_lifetime, pool_max_conn_idle_time; and
// lock_max_conns, the most chats one process works on at once (default 32).
func Open(url string) (*DB, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	url, lockConns, err := cutParam(url, "lock_max_conns", 32)
	if err != nil {
		return nil, err
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, quiz.Errorf(quiz.EINVALID, "cannot read the PostgreSQL address in QUIZBOT_DB: %v", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	lcfg := cfg.Copy()
	lcfg.MaxConns, lcfg.MinConns = int32(lockConns), 0
	locks, err := pgxpool.NewWithConfig(ctx, lcfg)
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	db := &DB{pool: pool, locks: locks, Now: time.Now}
	db.questions = questioncache.New(func() time.Time { return db.Now() })
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, describeOpenError(cfg, err)
	}
	return db, nil
}

// Close closes the connections.
func (db *DB) Close() error {
	db.locks.Close()
	db.pool.Close()
	return nil
}

// describeOpenError turns a failure to reach the server into a message an
// operator can act on, without the password.
func describeOpenError(cfg *pgxpool.Config, err error) error {
	c := cfg.ConnConfig
	return &quiz.Error{Code: quiz.EINVALID, Message: fmt.Sprintf(
		"cannot use the PostgreSQL database %s on %s:%d as user %s: %v", c.Database, c.Host, c.Port, c.User, err)}
}

// migrate applies, in name order and each in its own transaction, the
// embedded migrations not yet recorded in the migrations table. A session
// advisory lock keeps processes starting together from applying one twice.
func (db *DB) migrate(ctx context.Context) error {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	const lock = `SELECT pg_advisory_lock(7316, hashtext(current_schema()))`
	if _, err := conn.Exec(ctx, lock); err != nil {
		return err
	}
	defer conn.Exec(context.Background(), `SELECT pg_advisory_unlock(7316, hashtext(current_schema()))`)
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrationFS, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := migrateFile(ctx, conn.Conn(), name); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

func migrateFile(ctx context.Context, conn *pgx.Conn, name string) error {
	return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		var n int
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM migrations WHERE name = $1`, name).Scan(&n); err != nil || n > 0 {
			return err
		}
		buf, err := fs.ReadFile(migrationFS, name)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, string(buf)); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO migrations (name) VALUES ($1)`, name)
		return err
	})
}

// update runs f in one transaction. A transaction that PostgreSQL undid to
// break a deadlock or a serialization conflict between processes is run
// again, a few times: f must set its results afresh on every run.
func (db *DB) update(ctx context.Context, f func(tx pgx.Tx) error) error {
	for try := 1; ; try++ {
		err := pgx.BeginFunc(ctx, db.pool, f)
		if try < 4 && retryable(err) {
			continue
		}
		return err
	}
}

func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// isUnique reports whether err is a violation of the named unique index.
func isUnique(err error, index string) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505" && pe.ConstraintName == index
}

// nullTime stores the zero time as NULL.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// utc reads a nullable time: NULL is the zero time, others are in UTC as
// the SQLite store returns them.
func utc(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}
