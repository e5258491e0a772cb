package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"quizbot/storage/postgres/pgtest"
)

// pgCount runs a counting query on the PostgreSQL database at url.
func pgCount(t *testing.T, url, query string) int {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, query).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// testStore is a database the commands are tested on: a SQLite file or a
// schema of its own on the PostgreSQL test server.
type testStore struct {
	addr string // the --db value
	url  bool   // a postgres:// URL
}

// count runs a counting query, written to read alike in both SQL dialects.
func (st testStore) count(t *testing.T, query string) int {
	t.Helper()
	if st.url {
		return pgCount(t, st.addr, query)
	}
	return count(t, st.addr, query)
}

// onEachStore runs f on a new SQLite file and on a new PostgreSQL schema,
// the second skipped when QUIZBOT_TEST_POSTGRES names no server.
func onEachStore(t *testing.T, f func(t *testing.T, st testStore)) {
	t.Run("sqlite", func(t *testing.T) { f(t, testStore{addr: filepath.Join(t.TempDir(), "q.db")}) })
	t.Run("postgres", func(t *testing.T) { f(t, testStore{addr: pgtest.URL(t), url: true}) })
}

// Every command works on PostgreSQL when QUIZBOT_DB is a postgres:// URL,
// as on a SQLite file.
func TestEveryCommandOnPostgres(t *testing.T) {
	url := pgtest.URL(t)
	env := map[string]string{"QUIZBOT_DB": url}

	out, errOut, code := run(t, env, "/quiz\n1\n/score\n")
	if code != 0 || !strings.Contains(out, "First run: I made") || !strings.Contains(out, "📊") {
		t.Fatalf("chat: exit %d\n%s\n%s", code, out, errOut)
	}
	if n := pgCount(t, url, "SELECT count(*) FROM attempts"); n != 1 {
		t.Errorf("attempts after one answer = %d; want 1", n)
	}
	if n := pgCount(t, url, "SELECT count(*) FROM rounds WHERE state <> 'done'"); n != 0 {
		t.Errorf("open rounds after end of input = %d; want 0", n)
	}

	dir := t.TempDir()
	text := filepath.Join(dir, "physics.txt")
	os.WriteFile(text, []byte(physics), 0o644)
	if _, errOut, code := run(t, env, "", "ingest", "--topic", "Physics", text); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	n := pgCount(t, url, "SELECT count(*) FROM questions")
	run(t, env, "", "ingest", "--topic", "physics", text)
	if again := pgCount(t, url, "SELECT count(*) FROM questions"); again != n {
		t.Errorf("re-ingest: %d questions; want %d", again, n)
	}

	if _, errOut, code := run(t, env, "", "report"); code != 1 || !strings.Contains(errOut, "no class yet") {
		t.Errorf("report with no class: exit %d, %q", code, errOut)
	}
	if _, errOut, code := run(t, env, "", "import", "--format", "aiken", bankData+"science.aiken.txt"); code != 0 {
		t.Fatal(errOut)
	}
	out, _, code = run(t, env, "", "export", "--format", "json", "--topic", "science")
	var qs []map[string]any
	if err := json.Unmarshal([]byte(out), &qs); code != 0 || err != nil || len(qs) == 0 {
		t.Fatalf("export: exit %d, %v:\n%.300s", code, err, out)
	}
	out, errOut, code = run(t, env, "/class start science 3 30\n/class join\n/class begin\n1\n2\n2\n")
	if code != 0 || !strings.Contains(out, "Class over") {
		t.Fatalf("console class: exit %d\n%s\n%s", code, out, errOut)
	}
	out, errOut, code = run(t, env, "", "report", "--format", "json")
	var rep struct {
		Students  []map[string]any `json:"students"`
		Questions []map[string]any `json:"questions"`
	}
	if err := json.Unmarshal([]byte(out), &rep); code != 0 || err != nil || len(rep.Students) != 1 || len(rep.Questions) != 3 {
		t.Errorf("report json: exit %d, err %v: %s\n%s", code, err, errOut, out)
	}
}

// A server that cannot be reached gets one clear line, and the password in
// the address is never printed.
func TestPostgresUnreachable(t *testing.T) {
	_, errOut, code := run(t, map[string]string{"QUIZBOT_DB": "postgres://quiz:s3cret-pw@127.0.0.1:1/quiz?connect_timeout=2"}, "", "export", "--format", "json")
	if code != 1 || !strings.Contains(errOut, "PostgreSQL") || strings.Contains(errOut, "s3cret-pw") {
		t.Errorf("unreachable server: exit %d, %q; want exit 1, a line naming PostgreSQL, no password", code, errOut)
	}
}
