package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// querier is a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// scanner is a row to scan: *sql.Row or *sql.Rows.
type scanner = interface{ Scan(...any) error }

// collect runs a query and scans each of its rows with scan: the loop
// behind the store's list reads.
func collect[T any](ctx context.Context, q querier, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
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

// decodeJSON decodes a JSON column. A corrupt value is an error for the
// caller to report (with what it was loading), never a silently empty list
// that panics later: rows are written by us, so a bad one means damage.
func decodeJSON(raw string, v any) error {
	if err := json.Unmarshal([]byte(raw), v); err != nil {
		return fmt.Errorf("corrupt stored JSON (%d bytes): %w", len(raw), err)
	}
	return nil
}
