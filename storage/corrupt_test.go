package storage_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"quizbot/quiz"
	"quizbot/storage"
)

// TestCorruptStoredJSONIsAnError: a round whose question list, or a
// question whose options, were damaged on disk load as an error naming what
// was loaded, not as an empty list that panics later.
func TestCorruptStoredJSONIsAnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "quiz.db")
	db, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	qs := sampleQuestions()
	if _, err := db.SaveTopic(ctx, "Wars", "", qs); err != nil {
		t.Fatal(err)
	}
	chat := &quiz.Chat{Platform: "telegram", PlatformID: "-5"}
	if err := db.EnsureChat(ctx, chat); err != nil {
		t.Fatal(err)
	}
	r := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, QuestionIDs: []string{qs[0].ID}, TimeLimit: 30, State: quiz.Asking}
	if err := db.CreateRound(ctx, r); err != nil {
		t.Fatal(err)
	}
	db.Close()

	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`UPDATE rounds SET question_ids = '["q1", ' WHERE id = ?`, r.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`UPDATE questions SET options = '{not json' WHERE id = ?`, qs[0].ID); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	db, err = storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got, err := db.OpenRound(ctx, chat.ID); err == nil || !strings.Contains(err.Error(), "load round") {
		t.Errorf("OpenRound of a damaged round = %+v, %v; want an error naming the round", got, err)
	}
	if got, err := db.Question(ctx, qs[0].ID); err == nil || !strings.Contains(err.Error(), "load question") {
		t.Errorf("Question with damaged options = %+v, %v; want an error naming the question", got, err)
	}
}
