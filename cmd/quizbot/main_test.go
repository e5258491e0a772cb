package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"

	"quizbot/quiz"
)

// run runs quizbot with args and stdin, as a user would from a shell.
func run(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return env[k] }}
	code = m.Run(context.Background(), args)
	return out.String(), errb.String(), code
}

func count(t *testing.T, path, query string) int {
	t.Helper()
	// The bot may be writing: wait for its locks like any second process.
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(query).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestScriptedConsoleSessionKeepsScore(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "x.db")
	out, errOut, code := run(t, nil, "/help\n/quiz\n1\n/score\n", "--db", dbPath)
	if code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"First run: I made", "Commands:", "❓ Question 1/5", "The answer:", "📊", "Round over"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if n := count(t, dbPath, "SELECT COUNT(*) FROM attempts"); n != 1 {
		t.Errorf("attempts after one answer = %d; want 1", n)
	}
	first := count(t, dbPath, "SELECT answered FROM scores WHERE scope = '*'")

	out, _, code = run(t, nil, "/quiz\n1\n", "--db", dbPath)
	if code != 0 || strings.Contains(out, "First run") {
		t.Fatalf("second run: exit %d, output:\n%s", code, out)
	}
	if n := count(t, dbPath, "SELECT answered FROM scores WHERE scope = '*'"); n != first+1 {
		t.Errorf("answered after the second run = %d; want %d", n, first+1)
	}
	if n := count(t, dbPath, "SELECT COUNT(*) FROM rounds WHERE state <> 'done'"); n != 0 {
		t.Errorf("open rounds after end of input = %d; want 0", n)
	}
}

// TestConsoleQuit: "/quit" leaves at once, the open round closed and
// nothing after it read.
func TestConsoleQuit(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "x.db")
	out, errOut, code := run(t, nil, "/quiz\n1\n/quit\n/score\n", "--db", dbPath)
	if code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", code, errOut)
	}
	if strings.Contains(out, "📊") || strings.Contains(out, "don't know the command") {
		t.Errorf("read on after /quit:\n%s", out)
	}
	if n := count(t, dbPath, "SELECT COUNT(*) FROM rounds WHERE state <> 'done'"); n != 0 {
		t.Errorf("open rounds after /quit = %d; want 0", n)
	}
	if n := count(t, dbPath, "SELECT COUNT(*) FROM attempts"); n != 1 {
		t.Errorf("attempts before /quit = %d; want 1", n)
	}
}

func TestConsoleBadInput(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "x.db")
	in := "\n\n   \n/nope\n2\n\x00\x01\xff\n" + strings.Repeat("y", 100000) + "\n/topics\n"
	out, errOut, code := run(t, nil, in, "--db", dbPath)
	if code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"don't know the command /nope", "No question is open", "not text", "too long", "Topics"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestDatabaseThatCannotBeCreated(t *testing.T) {
	_, errOut, code := run(t, nil, "", "--db", filepath.Join(t.TempDir(), "missing", "dir", "q.db"))
	if code == 0 || !strings.Contains(errOut, "does not exist") || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
		t.Fatalf("exit %d, stderr %q; want one clear line and a failure status", code, errOut)
	}
}

func TestDatabasePathFromEnvironment(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "env.db")
	if _, errOut, code := run(t, map[string]string{"QUIZBOT_DB": dbPath}, "/topics\n"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(dbPath); err != nil {
		t.Fatalf("QUIZBOT_DB not used: %v", err)
	}
}

func TestGenerateJSONFields(t *testing.T) {
	out, errOut, code := run(t, nil, "", "generate", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var raw []map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil || len(raw) == 0 {
		t.Fatalf("output is not a non-empty JSON array: %v", err)
	}
	for _, f := range []string{"id", "kind", "question", "options", "answer", "aliases", "explanation", "source", "section", "difficulty", "quality"} {
		if _, ok := raw[0][f]; !ok {
			t.Errorf("JSON question lacks field %q", f)
		}
	}
	var qs []quiz.Question
	json.Unmarshal([]byte(out), &qs)
	again, _, _ := run(t, nil, "", "generate", "--format", "json")
	if again != out {
		t.Error("two runs of generate gave different output; ids and order must be stable")
	}
	for _, q := range qs {
		if err := q.Validate(); err != nil {
			t.Errorf("generated question %s fails the flaw checker: %v", q.ID, err)
		}
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{{"frob"}, {"generate", "--format", "xml"}, {"ingest"}, {"--log-level", "loud", "chat"}, {"generate", "--nope"}} {
		_, errOut, code := run(t, nil, "", args...)
		if code != 2 || errOut == "" {
			t.Errorf("quizbot %v: exit %d, stderr %q; want 2 and a message", args, code, errOut)
		}
	}
}

func TestIngestIsIdempotentAndRefusesBadFiles(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "q.db")
	text := filepath.Join(dir, "physics.txt")
	os.WriteFile(text, []byte(physics), 0o644)
	out, errOut, code := run(t, nil, "", "--db", dbPath, "ingest", "--topic", "Physics", text)
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	n := count(t, dbPath, "SELECT COUNT(*) FROM questions")
	if n == 0 || !strings.Contains(out, "Physics") {
		t.Fatalf("ingest stored %d questions; output %q", n, out)
	}
	run(t, nil, "", "--db", dbPath, "ingest", "--topic", "Physics", text)
	if again := count(t, dbPath, "SELECT COUNT(*) FROM questions"); again != n {
		t.Errorf("re-ingest: %d questions; want %d", again, n)
	}
	bin := filepath.Join(dir, "photo.txt")
	os.WriteFile(bin, []byte{0x89, 'P', 'N', 'G', 0, 0, 0xff}, 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	for _, f := range []string{bin, empty, filepath.Join(dir, "missing.txt"), dir} {
		_, errOut, code := run(t, nil, "", "--db", dbPath, "ingest", f)
		if code == 0 || errOut == "" || strings.Contains(errOut, "goroutine") {
			t.Errorf("ingest %s: exit %d, stderr %q; want a clear failure", filepath.Base(f), code, errOut)
		}
	}
	if again := count(t, dbPath, "SELECT COUNT(*) FROM questions"); again != n {
		t.Errorf("after refused ingests: %d questions; want %d", again, n)
	}
}

const physics = `Isaac Newton

Isaac Newton was an English mathematician and physicist who was born in 1643 in Woolsthorpe.
Newton published the Principia in 1687, setting out the laws of motion and universal gravitation.
In 1705 Queen Anne knighted Newton at Trinity College in Cambridge.
Newton served as Master of the Royal Mint from 1699 until his death in 1727.
Newton died in London on 31 March 1727 and was buried in Westminster Abbey.
`

// TestBatchNamesBarrenFile: a file of a batch that gives no question is
// named with its reason and counted among the files not used, for
// generate and ingest alike; the others' questions are still made and
// stored.
func TestBatchNamesBarrenFile(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "q.db")
	good := filepath.Join(dir, "physics.txt")
	os.WriteFile(good, []byte(physics), 0o644)
	barren := filepath.Join(dir, "musings.txt")
	os.WriteFile(barren, []byte("Musings\n\nIt is what it is. They say so. Nobody knows why, and that is fine.\n"), 0o644)
	for _, args := range [][]string{{"generate", good, barren}, {"ingest", good, barren}} {
		out, errOut, code := run(t, nil, "", append([]string{"--db", dbPath}, args...)...)
		if code != 1 || !strings.Contains(errOut, "musings") || !strings.Contains(errOut, "1 of 2 files could not be used") {
			t.Errorf("%s: exit %d, stderr %q; want the barren file named and exit 1", args[0], code, errOut)
		}
		if !strings.Contains(out, "Newton") {
			t.Errorf("%s: stdout %q; want the other file's questions", args[0], out)
		}
	}
	if n := count(t, dbPath, "SELECT COUNT(*) FROM questions"); n == 0 {
		t.Error("ingest stored nothing from the good file")
	}
}
