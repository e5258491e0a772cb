// Package pgtest gives tests a PostgreSQL database of their own on the
// server that QUIZBOT_TEST_POSTGRES names (a postgres:// URL): each test gets
// a fresh schema, dropped when it ends. Without the variable the tests that
// need a server are skipped; .ci/run starts a server and sets it.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"quizbot/storage/postgres"
)

// Env is the variable naming the test server.
const Env = "QUIZBOT_TEST_POSTGRES"

// URL returns the address of a new empty schema on the test server, as a
// QUIZBOT_DB value; the test is skipped when no server is named.
func URL(t testing.TB) string {
	t.Helper()
	base := getenv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to %s: %v", Env, err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "test_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("connect to drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Open opens a store on a new empty schema, closed when the test ends.
func Open(t testing.TB) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(URL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func getenv(t testing.TB) string {
	v := lookup(Env)
	if v == "" {
		t.Skipf("%s is not set: no PostgreSQL server to test against", Env)
	}
	return v
}

var lookup = os.Getenv
