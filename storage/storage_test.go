package storage_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"quizbot/quiz"
	"quizbot/storage"
)

// open returns a fresh database file in the test's temporary folder with a
// controllable clock.
func open(t testing.TB) (*storage.DB, *time.Time) {
	t.Helper()
	db, err := storage.Open(filepath.Join(t.TempDir(), "quiz.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	return db, &now
}

func sampleQuestions() []quiz.Question {
	qs := []quiz.Question{
		{Kind: quiz.MultipleChoice, Stem: "In what year did the treaty end the war?", Options: []string{"1687", "1688", "1689", "1690"},
			Answer: "1689", Explanation: "The treaty of 1689 ended the war.", Source: "Wars", Difficulty: 0.4, Quality: 0.8},
		{Kind: quiz.FillBlank, Stem: "The fort was built on the _____ River.", Answer: "Amur", Aliases: []string{"Amur River"},
			Explanation: "The fort was built on the Amur River.", Source: "Wars", Difficulty: 0.6, Quality: 0.7},
		{Kind: quiz.TrueFalse, Stem: "The siege lasted five months.", Options: []string{"True", "False"}, Answer: "True",
			Explanation: "The siege lasted five months.", Source: "Wars", Difficulty: 0.3, Quality: 0.6},
	}
	for i := range qs {
		qs[i].ID = quiz.QuestionID(qs[i].Kind, qs[i].Stem, qs[i].Answer, qs[i].Options)
	}
	return qs
}

func TestSaveTopicIsIdempotent(t *testing.T) {
	db, _ := open(t)
	ctx := context.Background()
	qs := sampleQuestions()
	added, err := db.SaveTopic(ctx, "Wars", "wars.txt", qs)
	if err != nil || added != 3 {
		t.Fatalf("SaveTopic = %d, %v; want 3, nil", added, err)
	}
	added, err = db.SaveTopic(ctx, "wars", "wars.txt", qs)
	if err != nil || added != 0 {
		t.Fatalf("second SaveTopic = %d, %v; want 0, nil", added, err)
	}
	topics, err := db.Topics(ctx)
	if err != nil || len(topics) != 1 || topics[0].Questions != 3 {
		t.Fatalf("Topics = %+v, %v; want one topic with 3 questions", topics, err)
	}
	got, err := db.Question(ctx, qs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Stem != qs[0].Stem || len(got.Options) != 4 || got.Answer != "1689" || got.Topic != "Wars" {
		t.Errorf("Question = %+v; want the stored question back", got)
	}
}

func TestSaveTopicRefusesFlawedQuestionsAndStoresNothing(t *testing.T) {
	db, _ := open(t)
	ctx := context.Background()
	qs := sampleQuestions()
	qs[2].Options = []string{"True", "True"}
	if _, err := db.SaveTopic(ctx, "Wars", "", qs); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Fatalf("SaveTopic with a flawed question: err = %v; want EINVALID", err)
	}
	if n, _ := db.CountQuestions(ctx); n != 0 {
		t.Errorf("CountQuestions = %d after a refused save; want 0", n)
	}
}

func TestOneOpenRoundPerChat(t *testing.T) {
	db, _ := open(t)
	ctx := context.Background()
	qs := sampleQuestions()
	db.SaveTopic(ctx, "Wars", "", qs)
	chat := &quiz.Chat{Platform: "console", PlatformID: "local", Private: true}
	if err := db.EnsureChat(ctx, chat); err != nil {
		t.Fatal(err)
	}
	r := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, QuestionIDs: []string{qs[0].ID}, State: quiz.Asking, TimeLimit: 30}
	if err := db.CreateRound(ctx, r); err != nil {
		t.Fatal(err)
	}
	r2 := *r
	if err := db.CreateRound(ctx, &r2); quiz.ErrorCode(err) != quiz.ECONFLICT {
		t.Fatalf("second open round: err = %v; want ECONFLICT", err)
	}
	if err := db.FinishRound(ctx, r, chat.Scope); err != nil {
		t.Fatal(err)
	}
	if err := db.CreateRound(ctx, &r2); err != nil {
		t.Fatalf("round after the first finished: %v", err)
	}
}

// groupRound stores the sample questions, a group chat, one player and an
// open round asking the questions at the given positions.
func groupRound(t *testing.T, db *storage.DB, positions ...int) ([]quiz.Question, *quiz.Chat, *quiz.User, *quiz.Round) {
	t.Helper()
	ctx := context.Background()
	qs := sampleQuestions()
	db.SaveTopic(ctx, "Wars", "", qs)
	chat := &quiz.Chat{Platform: "telegram", PlatformID: "-100", Title: "class"}
	u := &quiz.User{Platform: "telegram", PlatformID: "7", Name: "Ann"}
	r := &quiz.Round{Mode: quiz.ModeQuiz, State: quiz.Asking, TimeLimit: 30}
	for _, i := range positions {
		r.QuestionIDs = append(r.QuestionIDs, qs[i].ID)
	}
	if err := errors.Join(db.EnsureChat(ctx, chat), db.EnsureUser(ctx, u)); err != nil {
		t.Fatal(err)
	}
	r.ChatID = chat.ID
	if err := db.CreateRound(ctx, r); err != nil {
		t.Fatal(err)
	}
	return qs, chat, u, r
}

func TestRecordAttemptScoresOnceAndStreaks(t *testing.T) {
	db, now := open(t)
	ctx := context.Background()
	_, chat, u, r := groupRound(t, db, 0, 1, 2)

	var total int
	for seq := 0; seq < 3; seq++ {
		a := &quiz.Attempt{RoundID: r.ID, Seq: seq, QuestionID: r.QuestionIDs[seq], UserID: u.ID, ChatID: chat.ID,
			Answer: "x", Option: 0, Correct: true, Points: 900, EventID: "ev" + string(rune('a'+seq))}
		ok, err := db.RecordAttempt(ctx, a, chat.Scope, true)
		if err != nil || !ok {
			t.Fatalf("RecordAttempt %d = %v, %v; want recorded", seq, ok, err)
		}
		total += a.Points
		// the same event again, and another answer to the same question: not recorded
		dup := *a
		dup.Points = 900
		if ok, _ := db.RecordAttempt(ctx, &dup, chat.Scope, true); ok {
			t.Fatalf("duplicate event %d recorded twice", seq)
		}
		dup.EventID = "other"
		if ok, _ := db.RecordAttempt(ctx, &dup, chat.Scope, true); ok {
			t.Fatalf("second choice by the same player on question %d recorded", seq)
		}
	}
	if want := 900 + 1000 + 1100; total != want {
		t.Errorf("points with streak bonus = %d; want %d (900, +100, +200)", total, want)
	}
	for _, scope := range []string{chat.Scope, quiz.GlobalScope} {
		s, err := db.Standing(ctx, scope, u.ID)
		if err != nil || s.Points != total || s.Answered != 3 || s.Correct != 3 || s.BestStreak != 3 || s.Rank != 1 {
			t.Errorf("Standing(%s) = %+v, %v; want %d points, 3/3, best streak 3, rank 1", scope, s, err, total)
		}
	}
	atts, _ := db.RoundAttempts(ctx, r.ID)
	var sum int
	for _, a := range atts {
		sum += a.Points
	}
	if len(atts) != 3 || sum != total {
		t.Errorf("attempts = %d summing %d; want 3 summing %d", len(atts), sum, total)
	}
	// Right answers are not due again at once.
	if due, _ := db.DueCards(ctx, u.ID, now.Add(time.Minute), 10); len(due) != 0 {
		t.Errorf("DueCards a minute after three right answers = %d; want 0", len(due))
	}
}

func TestForgetUserKeepsAnonymousStatistics(t *testing.T) {
	db, _ := open(t)
	ctx := context.Background()
	qs := sampleQuestions()
	db.SaveTopic(ctx, "Wars", "", qs)
	chat := &quiz.Chat{Platform: "console", PlatformID: "local", Private: true}
	db.EnsureChat(ctx, chat)
	u := &quiz.User{Platform: "console", PlatformID: "local", Name: "me"}
	db.EnsureUser(ctx, u)
	a := &quiz.Attempt{QuestionID: qs[0].ID, UserID: u.ID, ChatID: chat.ID, Answer: "1687", Option: 0}
	if _, err := db.RecordAttempt(ctx, a, chat.Scope, true); err != nil {
		t.Fatal(err)
	}
	if err := db.ForgetUser(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	if s, _ := db.Standing(ctx, quiz.GlobalScope, u.ID); s.Answered != 0 {
		t.Errorf("Standing after ForgetUser = %+v; want none", s)
	}
	if due, _ := db.DueCards(ctx, u.ID, time.Now().Add(1000*time.Hour), 10); len(due) != 0 {
		t.Errorf("review cards after ForgetUser = %d; want 0", len(due))
	}
	if rs, _ := db.TopicResults(ctx, u.ID); len(rs) != 0 {
		t.Errorf("TopicResults after ForgetUser = %v; want none", rs)
	}
}

func TestOpenRefusesAMissingFolder(t *testing.T) {
	_, err := storage.Open(filepath.Join(t.TempDir(), "no", "such", "quiz.db"))
	if quiz.ErrorCode(err) != quiz.EINVALID {
		t.Fatalf("Open in a missing folder: err = %v; want EINVALID with a message", err)
	}
}

func TestOpenRefusesANonDatabaseFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(path, []byte("this is not a database, just some text that is long enough to look like a header"), 0o644)
	if _, err := storage.Open(path); err == nil {
		t.Fatal("Open on a text file succeeded; want an error")
	}
	if b, _ := os.ReadFile(path); string(b[:4]) != "this" {
		t.Error("Open changed the file it refused")
	}
}

func TestStateAndEvents(t *testing.T) {
	db, _ := open(t)
	ctx := context.Background()
	if v, err := db.State(ctx, "k"); v != "" || err != nil {
		t.Fatalf("State of unset key = %q, %v", v, err)
	}
	db.SetState(ctx, "k", "1")
	db.SetState(ctx, "k", "2")
	if v, _ := db.State(ctx, "k"); v != "2" {
		t.Errorf("State = %q; want 2", v)
	}
	if fresh, _ := db.MarkEvent(ctx, "e1"); !fresh {
		t.Error("first MarkEvent not fresh")
	}
	if fresh, _ := db.MarkEvent(ctx, "e1"); fresh {
		t.Error("second MarkEvent fresh")
	}
}
