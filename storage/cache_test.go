package storage

import (
	"context"
	"path/filepath"
	"testing"

	"quizbot/quiz"
)

// A read that began before a write must not store what it read.
func TestRoundCacheRefusesAReadOlderThanAWrite(t *testing.T) {
	var c roundCache
	_, gen, ok := c.get(1)
	if ok {
		t.Fatal("empty cache has chat 1")
	}
	c.forget(2) // a write to another chat's rounds, while the read runs
	c.put(gen, 1, &quiz.Round{ID: 7})
	if _, _, ok := c.get(1); ok {
		t.Error("a read older than a write was stored")
	}
	_, gen, _ = c.get(1)
	c.put(gen, 1, &quiz.Round{ID: 7, QuestionIDs: []string{"a"}})
	r, _, ok := c.get(1)
	if !ok || r.ID != 7 {
		t.Fatalf("get = %v, %v; want round 7", r, ok)
	}
	r.QuestionIDs[0] = "changed"
	if r2, _, _ := c.get(1); r2.QuestionIDs[0] != "a" {
		t.Error("a caller's change to its copy reached the cache")
	}
}

// OpenRound answers from memory, and every write to a chat's rounds shows
// in the next read.
func TestOpenRoundFollowsEveryWrite(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	q := quiz.Question{Kind: quiz.FillBlank, Stem: "The fort was built on the _____ River.", Answer: "Amur",
		Explanation: "The fort was built on the Amur River."}
	q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, nil)
	if _, err := db.SaveTopic(ctx, "Wars", "", []quiz.Question{q}); err != nil {
		t.Fatal(err)
	}
	chat := &quiz.Chat{Platform: "telegram", PlatformID: "-1"}
	db.EnsureChat(ctx, chat)
	open := func() *quiz.Round {
		t.Helper()
		r, err := db.OpenRound(ctx, chat.ID)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if open() != nil || open() != nil {
		t.Fatal("a round in a new chat")
	}
	r := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, QuestionIDs: []string{q.ID, q.ID}, State: quiz.Asking, TimeLimit: 30}
	if err := db.CreateRound(ctx, r); err != nil {
		t.Fatal(err)
	}
	if got := open(); got == nil || got.ID != r.ID || got.Seq != 0 {
		t.Fatalf("after CreateRound: %+v", got)
	}
	r.Seq, r.State = 1, quiz.Paused
	db.UpdateRound(ctx, r)
	if got := open(); got.Seq != 1 || got.State != quiz.Paused {
		t.Fatalf("after UpdateRound: %+v", got)
	}
	got := open()
	got.Seq = 5 // the caller's copy
	if open().Seq != 1 {
		t.Fatal("a caller's change to its round reached the cache")
	}
	db.FinishRound(ctx, r, "telegram:-1")
	if got := open(); got != nil {
		t.Fatalf("after FinishRound: %+v", got)
	}
	cl := &quiz.Class{ChatID: chat.ID}
	cr := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeClass, QuestionIDs: []string{q.ID}, State: quiz.Lobby, TimeLimit: 30}
	if err := db.CreateClass(ctx, cl, cr); err != nil {
		t.Fatal(err)
	}
	if got := open(); got == nil || got.ClassID != cl.ID {
		t.Fatalf("after CreateClass: %+v", got)
	}
}
