package postgres_test

import (
	"context"
	"fmt"
	"testing"

	"quizbot/quiz"
	"quizbot/storage/postgres"
	"quizbot/storage/postgres/pgtest"
)

// benchRound is a store with one group chat, 50 players and a round asking
// one typed question.
func benchRound(b *testing.B) (*postgres.DB, *quiz.Chat, *quiz.Round, []int64) {
	db := pgtest.Open(b)
	ctx := context.Background()
	q := quiz.Question{Kind: quiz.FillBlank, Stem: "The fort was built on the _____ River.", Answer: "Amur",
		Explanation: "The fort was built on the Amur River."}
	q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, nil)
	if _, err := db.SaveTopic(ctx, "Wars", "", []quiz.Question{q}); err != nil {
		b.Fatal(err)
	}
	chat := &quiz.Chat{Platform: "telegram", PlatformID: "-1"}
	db.EnsureChat(ctx, chat)
	var users []int64
	for i := 0; i < 50; i++ {
		u := &quiz.User{Platform: "telegram", PlatformID: fmt.Sprint(i)}
		db.EnsureUser(ctx, u)
		users = append(users, u.ID)
	}
	r := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, QuestionIDs: []string{q.ID}, State: quiz.Asking, TimeLimit: 30}
	if err := db.CreateRound(ctx, r); err != nil {
		b.Fatal(err)
	}
	return db, chat, r, users
}

// BenchmarkRecordAttempt is the store's part of one answer.
func BenchmarkRecordAttempt(b *testing.B) {
	db, chat, r, users := benchRound(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := &quiz.Attempt{RoundID: r.ID, QuestionID: r.QuestionIDs[0], UserID: users[i%50], ChatID: chat.ID, Answer: "x", Option: -1,
			EventID: fmt.Sprint("e", i)}
		if _, err := db.RecordAttempt(ctx, a, chat.Scope, true); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenRound is the read that starts every answer, read through.
func BenchmarkOpenRound(b *testing.B) {
	db, chat, _, _ := benchRound(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.OpenRound(ctx, chat.ID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLockChat is taking and giving back a chat's lock.
func BenchmarkLockChat(b *testing.B) {
	db, chat, _, _ := benchRound(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		unlock, err := db.LockChat(ctx, chat.ID)
		if err != nil {
			b.Fatal(err)
		}
		unlock()
	}
}
