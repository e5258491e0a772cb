package storage

import (
	"context"
	"database/sql"
)

// stmts caches statements prepared on the write connection. SQLite spends
// as long parsing a small statement as running it, and the answer path runs
// the same few statements for every answer.
type stmts struct {
	m map[string]*sql.Stmt // read-only after Open
}

// exec and queryRow run a statement inside tx, from the cache when it was
// prepared at Open.
func (db *DB) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	if st := db.stmts.m[query]; st != nil {
		return tx.StmtContext(ctx, st).ExecContext(ctx, args...)
	}
	return tx.ExecContext(ctx, query, args...)
}

func (db *DB) queryRow(ctx context.Context, tx *sql.Tx, query string, args ...any) *sql.Row {
	if st := db.stmts.m[query]; st != nil {
		return tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return tx.QueryRowContext(ctx, query, args...)
}

// prepare prepares the hot statements on the write connection. It runs at
// Open, while no transaction holds that single connection; preparing later,
// inside a transaction, would wait for the connection forever.
func (s *stmts) prepare(ctx context.Context, w *sql.DB, queries ...string) error {
	s.m = map[string]*sql.Stmt{}
	for _, q := range queries {
		st, err := w.PrepareContext(ctx, q)
		if err != nil {
			return err
		}
		s.m[q] = st
	}
	return nil
}

func (s *stmts) close() {
	for _, st := range s.m {
		st.Close()
	}
	s.m = nil
}
