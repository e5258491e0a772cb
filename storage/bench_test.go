package storage_test

import (
	"context"
	"fmt"
	"testing"

	"quizbot/quiz"
)

// BenchmarkRecordAttempt is the store's part of one answer.
func BenchmarkRecordAttempt(b *testing.B) {
	db, _ := open(b)
	ctx := context.Background()
	qs := sampleQuestions()
	db.SaveTopic(ctx, "Wars", "", qs)
	chat := &quiz.Chat{Platform: "telegram", PlatformID: "-1"}
	db.EnsureChat(ctx, chat)
	var users []int64
	for i := 0; i < 50; i++ {
		u := &quiz.User{Platform: "telegram", PlatformID: fmt.Sprint(i)}
		db.EnsureUser(ctx, u)
		users = append(users, u.ID)
	}
	r := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, QuestionIDs: []string{qs[1].ID}, State: quiz.Asking, TimeLimit: 30}
	db.CreateRound(ctx, r)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := &quiz.Attempt{RoundID: r.ID, QuestionID: qs[1].ID, UserID: users[i%50], ChatID: chat.ID, Answer: "x", Option: -1,
			EventID: fmt.Sprint("e", i)}
		if _, err := db.RecordAttempt(ctx, a, chat.Scope, true); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenRound is the read that starts every answer.
func BenchmarkOpenRound(b *testing.B) {
	db, _ := open(b)
	ctx := context.Background()
	qs := sampleQuestions()
	db.SaveTopic(ctx, "Wars", "", qs)
	chat := &quiz.Chat{Platform: "telegram", PlatformID: "-1"}
	db.EnsureChat(ctx, chat)
	db.CreateRound(ctx, &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, QuestionIDs: []string{qs[1].ID}, State: quiz.Asking, TimeLimit: 30})
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := db.OpenRound(ctx, chat.ID); err != nil {
			b.Fatal(err)
		}
	}
}
