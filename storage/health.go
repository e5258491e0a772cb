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
