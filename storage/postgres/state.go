package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// MarkEvent records a platform event id; fresh is false when it was seen
// before, by this process or another, so a platform delivering twice (to
// two replicas, even) is handled once. Ids older than eventWindow, and
// expired adapter state, are pruned at most once per pruneEvery.
func (db *DB) MarkEvent(ctx context.Context, id string) (fresh bool, err error) {
	if err := db.prune(ctx); err != nil {
		return false, err
	}
	tag, err := db.pool.Exec(ctx, `INSERT INTO events (id, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`, id, db.Now())
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// Delivery ids are kept longer than any platform redelivers (Telegram
// keeps an unconfirmed update for 24 hours), as in the SQLite store.
const (
	eventWindow = 48 * time.Hour
	pruneEvery  = time.Hour
)

// prune deletes delivery ids older than eventWindow and expired state, when
// pruneEvery has passed since this process last did.
func (db *DB) prune(ctx context.Context) error {
	now := db.Now()
	db.pruneMu.Lock()
	due := now.Sub(db.pruned) >= pruneEvery
	if due {
		db.pruned = now
	}
	db.pruneMu.Unlock()
	if !due {
		return nil
	}
	if _, err := db.pool.Exec(ctx, `DELETE FROM events WHERE created_at < $1`, now.Add(-eventWindow)); err != nil {
		return fmt.Errorf("prune events: %w", err)
	}
	if _, err := db.pool.Exec(ctx, `DELETE FROM state WHERE expires_at < $1`, now); err != nil {
		return fmt.Errorf("prune state: %w", err)
	}
	return nil
}

// State returns a small stored value, "" when unset or expired.
func (db *DB) State(ctx context.Context, key string) (string, error) {
	var v string
	err := db.pool.QueryRow(ctx, `SELECT value FROM state WHERE key = $1 AND (expires_at IS NULL OR expires_at > $2)`, key, db.Now()).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// SetState stores a small value under key, for good; "" removes it.
func (db *DB) SetState(ctx context.Context, key, value string) error {
	return db.setState(ctx, key, value, nil)
}

// SetStateFor stores a small value under key for keep: after that State
// no longer returns it and it is pruned (see prune).
func (db *DB) SetStateFor(ctx context.Context, key, value string, keep time.Duration) error {
	return db.setState(ctx, key, value, db.Now().Add(keep))
}

func (db *DB) setState(ctx context.Context, key, value string, expires any) error {
	if value == "" {
		_, err := db.pool.Exec(ctx, `DELETE FROM state WHERE key = $1`, key)
		return err
	}
	_, err := db.pool.Exec(ctx, `INSERT INTO state (key, value, expires_at) VALUES ($1, $2, $3)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`, key, value, expires)
	return err
}
