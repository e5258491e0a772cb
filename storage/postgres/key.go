package postgres

import (
	"context"
	"crypto/rand"

	"github.com/jackc/pgx/v5"
)

// SigningKey returns the key kept under name, made (32 random bytes) the
// first time it is asked for. Two processes asking at once get the same
// key: the first insert wins and both read it back.
func (db *DB) SigningKey(ctx context.Context, name string) ([]byte, error) {
	var key []byte
	err := db.update(ctx, func(tx pgx.Tx) error {
		fresh := make([]byte, 32)
		rand.Read(fresh)
		if _, err := tx.Exec(ctx, `INSERT INTO signing_keys (name, key, created_at) VALUES ($1, $2, $3)
			ON CONFLICT (name) DO NOTHING`, name, fresh, db.Now()); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `SELECT key FROM signing_keys WHERE name = $1`, name).Scan(&key)
	})
	return key, err
}
