package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Every update a platform delivers carries an id (Telegram's update_id,
// Discord's interaction id), and a platform delivers again what it thinks
// was not received: Telegram whatever getUpdates was not confirmed past
// (after a timeout or a crash), Discord an interaction replayed to a
// restarted endpoint. The events table remembers those ids, under a primary
// key, so that the database itself refuses a second delivery: MarkEvent for
// commands, and RecordAttempt, in the answer's own transaction, for answers
// (a redelivered answer must not be scored again on whatever question is
// open by then).
//
// The ids are kept for eventWindow, longer than any platform redelivers
// (Telegram keeps an unconfirmed update for 24 hours), and pruned by age
// once every pruneEvery, so the table holds about two days of traffic.
const (
	eventWindow = 48 * time.Hour
	pruneEvery  = time.Hour
)

// insertEvent records a delivery id; no row is inserted if it is known.
const insertEvent = `INSERT OR IGNORE INTO events (id, created_at) VALUES (?, ?)`

// pruneEvents forgets the delivery ids older than the window, and expired
// adapter state, at most once per pruneEvery (it rides along with
// MarkEvent's transaction).
func (db *DB) pruneEvents(ctx context.Context, tx *sql.Tx) error {
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
	if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE created_at < ?`, formatTime(now.Add(-eventWindow))); err != nil {
		return fmt.Errorf("prune events: %w", err)
	}
	// Adapter state kept for a while (SetStateFor) goes on the same round.
	if _, err := tx.ExecContext(ctx, `DELETE FROM state WHERE expires_at < ?`, formatTime(now)); err != nil {
		return fmt.Errorf("prune state: %w", err)
	}
	return nil
}
