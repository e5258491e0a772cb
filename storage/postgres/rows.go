package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// querier is the pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// scanner is a row to scan: pgx.Row or pgx.Rows.
type scanner = interface{ Scan(...any) error }

// collect runs a query and scans each of its rows with scan: the loop
// behind the store's list reads.
func collect[T any](ctx context.Context, q querier, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := q.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
