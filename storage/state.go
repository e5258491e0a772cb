package storage

import (
	"context"
	"database/sql"
	"errors"
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

// State returns a small stored value, "" when unset.
func (db *DB) State(ctx context.Context, key string) (string, error) {
	var v string
	err := db.r.QueryRowContext(ctx, `SELECT value FROM state WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// SetState stores a small value under key.
func (db *DB) SetState(ctx context.Context, key, value string) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
		return err
	})
}
