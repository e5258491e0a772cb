package web

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/quiz"
	"quizbot/storage"
)

// liveClass stores a class of 30 that is asking its first question, which
// 29 have answered: what a projector's live view reads every tick.
func liveClass(b *testing.B) (*Server, *storage.DB, *quiz.Class, *quiz.Round) {
	b.Helper()
	db, err := storage.Open(filepath.Join(b.TempDir(), "q.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	ctx := context.Background()
	var qs []quiz.Question
	for i := range 5 {
		qs = append(qs, quiz.Question{Kind: quiz.MultipleChoice, Stem: fmt.Sprintf("Which is number %d?", i),
			Options: []string{"one", "two", "three", "four"}, Answer: "two", Explanation: "Two."})
	}
	if _, err := db.SaveTopic(ctx, "Numbers", "", qs); err != nil {
		b.Fatal(err)
	}
	chat := &quiz.Chat{Platform: Platform, PlatformID: "BENCH1", Title: "Class BENCH1"}
	if err := db.EnsureChat(ctx, chat); err != nil {
		b.Fatal(err)
	}
	teacher := &quiz.User{Platform: Platform, PlatformID: "teacher:t", Name: "T"}
	if err := db.EnsureUser(ctx, teacher); err != nil {
		b.Fatal(err)
	}
	stored, _ := db.Candidates(ctx, chat.ID, "", 5)
	ids := make([]string, len(stored))
	for i, q := range stored {
		ids[i] = q.ID
	}
	now := time.Now()
	c := &quiz.Class{ChatID: chat.ID, TeacherID: teacher.ID, Topic: "Numbers"}
	r := &quiz.Round{ChatID: chat.ID, StarterID: teacher.ID, Mode: quiz.ModeClass, Topic: "Numbers", QuestionIDs: ids,
		TimeLimit: 30, State: quiz.Asking, AskedAt: now, Deadline: now.Add(30 * time.Second)}
	if err := db.CreateClass(ctx, c, r); err != nil {
		b.Fatal(err)
	}
	for i := range 30 {
		u := &quiz.User{Platform: Platform, PlatformID: fmt.Sprint("s", i), Name: fmt.Sprint("Student ", i)}
		if err := db.EnsureUser(ctx, u); err != nil {
			b.Fatal(err)
		}
		if _, err := db.JoinClass(ctx, c.ID, u.ID); err != nil {
			b.Fatal(err)
		}
		if i == 29 {
			break
		}
		a := &quiz.Attempt{RoundID: r.ID, QuestionID: ids[0], UserID: u.ID, ChatID: chat.ID, Answer: "two", Option: 1,
			Correct: true, Points: 900, Elapsed: time.Second, At: now}
		if _, err := db.RecordAttempt(ctx, a, chat.Scope, true); err != nil {
			b.Fatal(err)
		}
	}
	c, err = db.Class(ctx, c.ID)
	if err != nil {
		b.Fatal(err)
	}
	s := New(Config{Store: db, Service: bot.New(db, bot.Config{})})
	return s, db, c, r
}

// BenchmarkLiveView is one tick of a projector's live view of a class of 30.
func BenchmarkLiveView(b *testing.B) {
	s, _, c, _ := liveClass(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		v, err := s.liveView(ctx, c)
		if err != nil || v.Answered != 29 || v.Students != 30 {
			b.Fatalf("view = %+v, %v", v, err)
		}
	}
}

// BenchmarkLiveCountBaseline is what the chat's "answered: n/m" line reads
// after an answer (the question's attempts and the class's members): the
// least a live count can cost, for comparison.
func BenchmarkLiveCountBaseline(b *testing.B) {
	_, db, c, r := liveClass(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		atts, err := db.Attempts(ctx, r.ID, 0)
		if err != nil || len(atts) != 29 {
			b.Fatalf("%d attempts, %v", len(atts), err)
		}
		if ms, err := db.ClassMembers(ctx, c.ID); err != nil || len(ms) != 30 {
			b.Fatalf("%d members, %v", len(ms), err)
		}
	}
}
