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
	"strings"
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
	conn, err := pgx.Connect(ctx, admin(base))
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
		conn, err := pgx.Connect(ctx, admin(base))
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

// admin is the address without the pool's settings, which a single
// connection refuses (QUIZBOT_TEST_POSTGRES may carry them for benchmarks).
func admin(base string) string {
	u, err := url.Parse(base)
	if err != nil {
		return base
	}
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(k, "pool_") || strings.HasPrefix(k, "lock_") {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	return u.String()
}

func getenv(t testing.TB) string {
	v := lookup(Env)
	if v == "" {
		t.Skipf("%s is not set: no PostgreSQL server to test against", Env)
	}
	return v
}

var lookup = os.Getenv
