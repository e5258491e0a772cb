package storage

import (
	"context"
	"crypto/rand"
	"database/sql"
)

// SigningKey returns the key kept under name, made (32 random bytes) the
// first time it is asked for. Two processes asking at once get the same
// key: the first insert wins and both read it back.
func (db *DB) SigningKey(ctx context.Context, name string) ([]byte, error) {
	var key []byte
	err := db.update(ctx, func(tx *sql.Tx) error {
		fresh := make([]byte, 32)
		rand.Read(fresh)
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO signing_keys (name, key, created_at) VALUES (?, ?, ?)`,
			name, fresh, formatTime(db.Now())); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `SELECT key FROM signing_keys WHERE name = ?`, name).Scan(&key)
	})
	return key, err
}
