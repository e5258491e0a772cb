package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
)

// MarkEvent records a platform event id; fresh is false when it was seen
// before, by this process or another, so a platform delivering twice (to
// two replicas, even) is handled once.
func (db *DB) MarkEvent(ctx context.Context, id string) (fresh bool, err error) {
	tag, err := db.pool.Exec(ctx, `INSERT INTO events (id, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`, id, db.Now())
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// State returns a small stored value, "" when unset.
func (db *DB) State(ctx context.Context, key string) (string, error) {
	var v string
	err := db.pool.QueryRow(ctx, `SELECT value FROM state WHERE key = $1`, key).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// SetState stores a small value under key.
func (db *DB) SetState(ctx context.Context, key, value string) error {
	_, err := db.pool.Exec(ctx, `INSERT INTO state (key, value) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}
