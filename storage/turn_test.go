package storage_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"
	"time"

	"quizbot/quiz"
	"quizbot/storage"
)

// A database made before migration 004 keeps every answer and review card,
// and the rules on repeats still hold for the answers it already has.
func TestMigrationToFewerIndexesKeepsAnswers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`CREATE TABLE migrations (name TEXT PRIMARY KEY)`); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"001_init.sql", "002_attempt_lookup.sql", "003_class.sql"} {
		buf, err := os.ReadFile(filepath.Join("migration", name))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(string(buf)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		raw.Exec(`INSERT INTO migrations (name) VALUES (?)`, "migration/"+name)
	}
	q := sampleQuestions()
	for _, stmt := range []string{
		`INSERT INTO topics (id, name, created_at) VALUES (1, 'Wars', '')`,
		`INSERT INTO questions (id, topic_id, kind, stem, answer, created_at) VALUES ('` + q[0].ID + `', 1, 'multiple_choice', 's', '1689', '')`,
		`INSERT INTO users (id, platform, platform_id, created_at) VALUES (1, 'telegram', '1', '')`,
		`INSERT INTO chats (id, platform, platform_id, scope, created_at) VALUES (1, 'telegram', '-1', 'telegram:-1', '')`,
		`INSERT INTO rounds (id, chat_id, question_ids, state, time_limit, created_at) VALUES (1, 1, '[]', 'asking', 30, '')`,
		`INSERT INTO attempts (round_id, seq, question_id, user_id, chat_id, answer, option, correct, points, response_ms, event_id, created_at)
			VALUES (1, 0, '` + q[0].ID + `', 1, 1, '1688', 1, 0, 0, 900, 'telegram:a', '2026-01-01T00:00:00.000000000Z'),
			(1, 1, '` + q[0].ID + `', 1, 1, 'nope', -1, 0, 0, 900, 'telegram:b', '2026-01-01T00:00:01.000000000Z')`,
		`INSERT INTO cards (user_id, question_id, stability, difficulty, state, reps, lapses, due)
			VALUES (1, '` + q[0].ID + `', 0.4, 6, 1, 1, 0, '2026-01-01T00:01:00.000000000Z')`,
	} {
		if _, err := raw.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	raw.Close()

	db, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	atts, err := db.RoundAttempts(ctx, 1)
	if err != nil || len(atts) != 2 || atts[0].Answer != "1688" || atts[1].EventID != "telegram:b" {
		t.Fatalf("attempts after the migration = %+v, %v; want both, in order", atts, err)
	}
	if due, _ := db.DueCards(ctx, 1, time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), 5); len(due) != 1 {
		t.Errorf("due cards after the migration = %d; want 1", len(due))
	}
	again := func(seq int, event string, option int) bool {
		a := &quiz.Attempt{RoundID: 1, Seq: seq, QuestionID: q[0].ID, UserID: 1, ChatID: 1, Answer: "x", Option: option, EventID: event}
		ok, err := db.RecordAttempt(ctx, a, "telegram:-1", true)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if again(0, "telegram:c", 2) {
		t.Error("a second choice on a question answered before the migration was recorded")
	}
	if again(1, "telegram:b", -1) {
		t.Error("a repeated delivery of a guess made before the migration was recorded")
	}
	if !again(1, "telegram:d", -1) {
		t.Error("a new guess on a question guessed before the migration was refused")
	}
}
