package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// errProbe rolls back the write that Writable tries.
var errProbe = errors.New("writable probe")

// Writable reports whether the database can take a new answer now: it
// writes a row of a few pages inside a transaction and rolls it back. A
// full disk (or a database that reached its size limit), a read-only file
// or a lock that does not clear all fail here as an answer would, while a
// read would still succeed. Health checks use it.
func (db *DB) Writable(ctx context.Context) error {
	err := db.update(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO state (key, value) VALUES ('health.probe', ?)`,
			strings.Repeat("x", 3*4096)); err != nil {
			return err
		}
		return errProbe
	})
	if errors.Is(err, errProbe) {
		return nil
	}
	return fmt.Errorf("write probe: %w", err)
}

// SetMaxPages caps the database at n pages (PRAGMA max_page_count on the
// write connection, which every write goes through): a write that needs
// more fails as it would on a full disk, and nothing of it is kept. n below
// the current size caps it at the current size; n 0 lifts the cap. It
// returns the cap in effect. Operators may bound the room a database takes;
// tests use it to fill the disk for a moment.
func (db *DB) SetMaxPages(ctx context.Context, n int) (int, error) {
	if n <= 0 {
		n = 1<<32 - 2 // SQLite's largest
	}
	var got int
	if err := db.w.QueryRowContext(ctx, fmt.Sprintf(`PRAGMA max_page_count = %d`, n)).Scan(&got); err != nil {
		return 0, fmt.Errorf("set max page count: %w", err)
	}
	return got, nil
}
