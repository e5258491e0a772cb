package storage

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// MarkEvent records a platform event id; fresh is false when it was seen
// before (within the redelivery window, see events.go), so a platform
// delivering twice is handled once.
func (db *DB) MarkEvent(ctx context.Context, id string) (fresh bool, err error) {
	err = db.update(ctx, func(tx *sql.Tx) error {
		if err := db.pruneEvents(ctx, tx); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, insertEvent, id, formatTime(db.Now()))
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		fresh = n == 1
		return nil
	})
	return fresh, err
}

// State returns a small stored value, "" when unset or expired.
func (db *DB) State(ctx context.Context, key string) (string, error) {
	var v string
	err := db.r.QueryRowContext(ctx, `SELECT value FROM state WHERE key = ? AND (expires_at IS NULL OR expires_at > ?)`,
		key, formatTime(db.Now())).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// SetState stores a small value under key, for good; "" removes it.
func (db *DB) SetState(ctx context.Context, key, value string) error {
	return db.setState(ctx, key, value, nil)
}

// SetStateFor stores a small value under key for keep: after that State
// no longer returns it and it is pruned (with the delivery ids, events.go).
func (db *DB) SetStateFor(ctx context.Context, key, value string, keep time.Duration) error {
	return db.setState(ctx, key, value, formatTime(db.Now().Add(keep)))
}

func (db *DB) setState(ctx context.Context, key, value string, expires any) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		if value == "" {
			_, err := tx.ExecContext(ctx, `DELETE FROM state WHERE key = ?`, key)
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO state (key, value, expires_at) VALUES (?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`, key, value, expires)
		return err
	})
}
