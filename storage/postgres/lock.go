package postgres

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"quizbot/quiz"
)

// Several processes share the database, and any of them may receive any
// chat's update or fire any round's timer. A chat's work (read the round,
// record, reveal, update the round) is kept whole by a session advisory lock
// on the chat's id, held on a connection of the lock pool: PostgreSQL lets
// one session at a time hold it, and frees it when that session's process
// dies, so a killed process never leaves a chat locked.

// LockChat waits for the chat's lock and returns its release.
func (db *DB) LockChat(ctx context.Context, chatID int64) (unlock func(), err error) {
	conn, err := db.locks.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("lock chat: %w", err)
	}
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, chatID); err != nil {
		conn.Release()
		return nil, fmt.Errorf("lock chat: %w", err)
	}
	// The unlock goes out in the background: the caller need not wait a
	// round trip for it, and whoever takes the chat next, in this process
	// or another, waits for it in PostgreSQL. Close waits for it too (the
	// pool closes once every connection is back).
	return func() {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if _, err := conn.Exec(ctx, `SELECT pg_advisory_unlock($1)`, chatID); err != nil {
				// The lock may still be held by this session: closing the
				// connection is the sure way to free it.
				conn.Conn().Close(ctx)
			}
			conn.Release()
		}()
	}, nil
}

// DueRounds returns open rounds whose deadline passed before the given
// time, for replicas to take over from a process that died.
func (db *DB) DueRounds(ctx context.Context, before time.Time, limit int) ([]quiz.Round, error) {
	return collect(ctx, db.pool, scanRound, `SELECT `+roundColumns+` FROM rounds
		WHERE state <> 'done' AND deadline < $1 ORDER BY deadline LIMIT $2`, before, limit)
}

// cutParam takes one of our own settings off a PostgreSQL URL (the server
// would refuse it as an unknown parameter).
func cutParam(raw, name string, def int) (string, int, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", 0, quiz.Errorf(quiz.EINVALID, "cannot read the PostgreSQL address in QUIZBOT_DB")
	}
	q := u.Query()
	v := q.Get(name)
	if v == "" {
		return raw, def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return "", 0, quiz.Errorf(quiz.EINVALID, "%s in QUIZBOT_DB must be a whole number above 0, not %q", name, v)
	}
	q.Del(name)
	u.RawQuery = q.Encode()
	return u.String(), n, nil
}
