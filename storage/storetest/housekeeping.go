package storetest

import (
	"testing"
	"time"

	"quizbot/quiz"
)

// The command line's housekeeping: topics renamed and deleted, retired
// questions listed and put back, the classes listed.

func testHousekeepingTopics(t *testing.T, s *suite) {
	qs, chat, u, r := s.groupRound(t, 0)
	if _, err := s.db.SaveTopic(ctx, "Rivers", "", riverQuestions()); err != nil {
		t.Fatal(err)
	}
	// Read once, so that a store that keeps questions in memory has it there
	// with its topic's name.
	if q, err := s.db.Question(ctx, qs[0].ID); err != nil || q.Topic != "Wars" {
		t.Fatalf("Question = %+v, %v", q, err)
	}
	if err := s.db.RenameTopic(ctx, "wars", " Old Wars "); err != nil {
		t.Fatalf("RenameTopic by a name in another case: %v", err)
	}
	if q, _ := s.db.Question(ctx, qs[0].ID); q.Topic != "Old Wars" {
		t.Errorf("Question's topic after a rename = %q; want Old Wars", q.Topic)
	}
	if err := s.db.RenameTopic(ctx, "Old Wars", "old wars"); err != nil {
		t.Errorf("RenameTopic to the same name in another case: %v", err)
	}
	if err := s.db.RenameTopic(ctx, "old wars", "RIVERS"); quiz.ErrorCode(err) != quiz.ECONFLICT {
		t.Errorf("RenameTopic to another topic's name: %v; want ECONFLICT", err)
	}
	if err := s.db.RenameTopic(ctx, "Lakes", "Seas"); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("RenameTopic of no topic: %v; want ENOTFOUND", err)
	}
	if err := s.db.RenameTopic(ctx, "Rivers", " "); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Errorf("RenameTopic to no name: %v; want EINVALID", err)
	}
	if ts, _ := s.db.Topics(ctx); len(ts) != 2 || ts[0].Name != "old wars" || ts[1].Name != "Rivers" {
		t.Errorf("Topics after renames = %v; want [old wars Rivers]", topicNames(ts))
	}

	// One of Wars' questions was answered: it stays, out of play, with its
	// answer; the two others go, and the topic stays for the one kept.
	a := &quiz.Attempt{RoundID: r.ID, QuestionID: qs[0].ID, UserID: u.ID, ChatID: chat.ID, Answer: "1689", Option: 2,
		Correct: true, Points: 1000, Elapsed: time.Second}
	if ok, err := s.db.RecordAttempt(ctx, a, chat.Scope, true); err != nil || !ok {
		t.Fatalf("RecordAttempt = %v, %v", ok, err)
	}
	deleted, kept, err := s.db.DeleteTopic(ctx, "OLD WARS")
	if err != nil || deleted != 2 || kept != 1 {
		t.Fatalf("DeleteTopic = %d deleted, %d kept, %v; want 2 and 1", deleted, kept, err)
	}
	if q, err := s.db.Question(ctx, qs[0].ID); err != nil || q.Stem != qs[0].Stem {
		t.Errorf("the answered question after DeleteTopic = %+v, %v; want it kept", q, err)
	}
	if _, err := s.db.Question(ctx, qs[1].ID); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("an unanswered question after DeleteTopic: %v; want ENOTFOUND", err)
	}
	if cands, _ := s.db.Candidates(ctx, chat.ID, "old wars", 10); len(cands) != 0 {
		t.Errorf("Candidates of a deleted topic = %d; want 0", len(cands))
	}
	if atts, _ := s.db.RoundAttempts(ctx, r.ID); len(atts) != 1 {
		t.Errorf("answers after DeleteTopic = %d; want the one kept", len(atts))
	}
	if st, _ := s.db.Standing(ctx, chat.Scope, u.ID); st.Points != 1000 {
		t.Errorf("standing after DeleteTopic = %+v; want the 1000 points kept", st)
	}
	if ts, _ := s.db.Topics(ctx); len(ts) != 2 || ts[0].Questions != 0 {
		t.Errorf("Topics after deleting one with an answered question = %+v; want it kept with 0 in play", ts)
	}
	// A topic nobody answered goes whole.
	if deleted, kept, err := s.db.DeleteTopic(ctx, "rivers"); err != nil || deleted != 2 || kept != 0 {
		t.Errorf("DeleteTopic(rivers) = %d, %d, %v; want 2, 0", deleted, kept, err)
	}
	if ts, _ := s.db.Topics(ctx); len(ts) != 1 || ts[0].Name != "old wars" {
		t.Errorf("Topics = %v; want [old wars]", topicNames(ts))
	}
	if _, _, err := s.db.DeleteTopic(ctx, "rivers"); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("DeleteTopic of no topic: %v; want ENOTFOUND", err)
	}
}

func testHousekeepingQuestionsAndClasses(t *testing.T, s *suite) {
	qs := sampleQuestions()
	if _, err := s.db.SaveTopic(ctx, "Wars", "", qs); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.SaveTopic(ctx, "Rivers", "", riverQuestions()); err != nil {
		t.Fatal(err)
	}
	rivers := riverQuestions()
	rivers[0].ID = quiz.QuestionID(rivers[0].Kind, rivers[0].Stem, rivers[0].Answer, rivers[0].Options)
	if got, err := s.db.RetiredQuestions(ctx); err != nil || len(got) != 0 {
		t.Errorf("RetiredQuestions of none = %v, %v", got, err)
	}
	for _, id := range []string{qs[2].ID, qs[0].ID, rivers[0].ID} {
		if err := s.db.RetireQuestion(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.db.RetiredQuestions(ctx)
	if err != nil || len(got) != 3 || got[0].ID != rivers[0].ID || got[1].ID != qs[0].ID || got[2].ID != qs[2].ID || got[1].Topic != "Wars" {
		t.Fatalf("RetiredQuestions = %v, %v; want Rivers' one, then Wars' in the order stored", ids(got), err)
	}
	if err := s.db.UnretireQuestion(ctx, qs[0].ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.db.RetiredQuestions(ctx); len(got) != 2 {
		t.Errorf("RetiredQuestions after unretiring one = %v; want 2", ids(got))
	}
	if n, _ := s.db.CountQuestions(ctx); n != 3 {
		t.Errorf("CountQuestions = %d; want 3", n)
	}
	if err := s.db.UnretireQuestion(ctx, "nope"); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("UnretireQuestion of no question: %v; want ENOTFOUND", err)
	}

	if cs, err := s.db.Classes(ctx); err != nil || len(cs) != 0 {
		t.Errorf("Classes of none = %+v, %v", cs, err)
	}
	titled := &quiz.Chat{Platform: "telegram", PlatformID: "-5", Title: "7b"}
	untitled := &quiz.Chat{Platform: "console", PlatformID: "local"}
	for _, c := range []*quiz.Chat{titled, untitled} {
		if err := s.db.EnsureChat(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	first := &quiz.Class{ChatID: titled.ID, Topic: "Wars"}
	if err := s.db.CreateClass(ctx, first, nil); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"1", "2"} {
		u := s.user(t, "telegram", id, "Student "+id)
		if _, err := s.db.JoinClass(ctx, first.ID, u.ID); err != nil {
			t.Fatal(err)
		}
	}
	s.now = s.now.Add(time.Hour)
	second := &quiz.Class{ChatID: untitled.ID}
	if err := s.db.CreateClass(ctx, second, nil); err != nil {
		t.Fatal(err)
	}
	cs, err := s.db.Classes(ctx)
	if err != nil || len(cs) != 2 {
		t.Fatalf("Classes = %+v, %v; want 2", cs, err)
	}
	if c := cs[0]; c.ID != second.ID || c.Chat != "console local" || c.Topic != "" || c.Students != 0 || !c.Started.Equal(s.now) {
		t.Errorf("latest class = %+v; want class %d in console local, mixed, no students, started %v", c, second.ID, s.now)
	}
	if c := cs[1]; c.ID != first.ID || c.Chat != "7b" || c.Topic != "Wars" || c.Students != 2 || !c.Started.Equal(s.now.Add(-time.Hour)) {
		t.Errorf("first class = %+v; want class %d in 7b on Wars with 2 students", c, first.ID)
	}
}
