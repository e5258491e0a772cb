package storetest

import (
	"testing"
	"time"

	"quizbot/quiz"
)

func testOneOpenRoundPerChat(t *testing.T, s *suite) {
	qs := sampleQuestions()
	s.db.SaveTopic(ctx, "Wars", "", qs)
	chat := &quiz.Chat{Platform: "console", PlatformID: "local", Private: true}
	if err := s.db.EnsureChat(ctx, chat); err != nil {
		t.Fatal(err)
	}
	r := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, QuestionIDs: []string{qs[0].ID}, State: quiz.Asking, TimeLimit: 30}
	if err := s.db.CreateRound(ctx, r); err != nil {
		t.Fatal(err)
	}
	r2 := *r
	if err := s.db.CreateRound(ctx, &r2); quiz.ErrorCode(err) != quiz.ECONFLICT {
		t.Fatalf("second open round: err = %v; want ECONFLICT", err)
	}
	if err := s.db.FinishRound(ctx, r, chat.Scope); err != nil {
		t.Fatal(err)
	}
	if err := s.db.CreateRound(ctx, &r2); err != nil {
		t.Fatalf("round after the first finished: %v", err)
	}
}

// OpenRound shows every write to a chat's rounds in the next read, and a
// caller's copy is its own.
func testOpenRoundFollowsEveryWrite(t *testing.T, s *suite) {
	q := quiz.Question{Kind: quiz.FillBlank, Stem: "The fort was built on the _____ River.", Answer: "Amur",
		Explanation: "The fort was built on the Amur River."}
	q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, nil)
	if _, err := s.db.SaveTopic(ctx, "Wars", "", []quiz.Question{q}); err != nil {
		t.Fatal(err)
	}
	chat := &quiz.Chat{Platform: "telegram", PlatformID: "-1"}
	s.db.EnsureChat(ctx, chat)
	open := func() *quiz.Round {
		t.Helper()
		r, err := s.db.OpenRound(ctx, chat.ID)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if open() != nil || open() != nil {
		t.Fatal("a round in a new chat")
	}
	r := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, QuestionIDs: []string{q.ID, q.ID}, State: quiz.Asking, TimeLimit: 30}
	if err := s.db.CreateRound(ctx, r); err != nil {
		t.Fatal(err)
	}
	if got := open(); got == nil || got.ID != r.ID || got.Seq != 0 || len(got.QuestionIDs) != 2 || !got.AskedAt.IsZero() {
		t.Fatalf("after CreateRound: %+v", got)
	}
	r.Seq, r.State, r.Hinted, r.Idle, r.MessageID = 1, quiz.Paused, true, 1, "m9"
	r.AskedAt, r.Deadline = s.now, s.now.Add(3*time.Second)
	if err := s.db.UpdateRound(ctx, r); err != nil {
		t.Fatal(err)
	}
	got := open()
	if got.Seq != 1 || got.State != quiz.Paused || !got.Hinted || got.Idle != 1 || got.MessageID != "m9" ||
		!got.AskedAt.Equal(s.now) || !got.Deadline.Equal(s.now.Add(3*time.Second)) {
		t.Fatalf("after UpdateRound: %+v", got)
	}
	got.Seq = 5 // the caller's copy
	if open().Seq != 1 {
		t.Fatal("a caller's change to its round reached the store")
	}
	if rs, _ := s.db.OpenRounds(ctx); len(rs) != 1 || rs[0].ID != r.ID {
		t.Errorf("OpenRounds = %+v; want round %d", rs, r.ID)
	}
	if err := s.db.FinishRound(ctx, r, "telegram:-1"); err != nil {
		t.Fatal(err)
	}
	if got := open(); got != nil {
		t.Fatalf("after FinishRound: %+v", got)
	}
	if rs, _ := s.db.OpenRounds(ctx); len(rs) != 0 {
		t.Errorf("OpenRounds after FinishRound = %+v", rs)
	}
	cl := &quiz.Class{ChatID: chat.ID}
	cr := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeClass, QuestionIDs: []string{q.ID}, State: quiz.Lobby, TimeLimit: 30}
	if err := s.db.CreateClass(ctx, cl, cr); err != nil {
		t.Fatal(err)
	}
	if got := open(); got == nil || got.ClassID != cl.ID {
		t.Fatalf("after CreateClass: %+v", got)
	}
	c, err := s.db.ChatByID(ctx, chat.ID)
	if err != nil || c.Scope != "telegram:-1" || c.Platform != "telegram" {
		t.Errorf("ChatByID = %+v, %v", c, err)
	}
	if _, err := s.db.ChatByID(ctx, chat.ID+999); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("ChatByID of no chat: %v; want ENOTFOUND", err)
	}
	chat.TimeLimit, chat.Poll = 45, true
	if err := s.db.UpdateChatSettings(ctx, chat); err != nil {
		t.Fatal(err)
	}
	again := &quiz.Chat{Platform: "telegram", PlatformID: "-1", Title: "renamed"}
	if err := s.db.EnsureChat(ctx, again); err != nil || again.ID != chat.ID || again.TimeLimit != 45 || !again.Poll {
		t.Errorf("EnsureChat of a known chat = %+v, %v; want its id and settings", again, err)
	}
}
