package storetest

import (
	"testing"
	"time"

	"quizbot/quiz"
)

func testForgetUser(t *testing.T, s *suite) {
	qs := sampleQuestions()
	s.db.SaveTopic(ctx, "Wars", "", qs)
	chat := &quiz.Chat{Platform: "console", PlatformID: "local", Private: true}
	s.db.EnsureChat(ctx, chat)
	u := &quiz.User{Platform: "console", PlatformID: "local", Name: "me"}
	s.db.EnsureUser(ctx, u)
	r := &quiz.Round{ChatID: chat.ID, StarterID: u.ID, Mode: quiz.ModeQuiz, QuestionIDs: []string{qs[0].ID}, State: quiz.Asking, TimeLimit: 30}
	if err := s.db.CreateRound(ctx, r); err != nil {
		t.Fatal(err)
	}
	a := &quiz.Attempt{RoundID: r.ID, QuestionID: qs[0].ID, UserID: u.ID, ChatID: chat.ID, Answer: "1687", Option: 0}
	if _, err := s.db.RecordAttempt(ctx, a, chat.Scope, true); err != nil {
		t.Fatal(err)
	}
	if err := s.db.ForgetUser(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.db.Standing(ctx, quiz.GlobalScope, u.ID); st.Answered != 0 || st.Rank != 0 {
		t.Errorf("Standing after ForgetUser = %+v; want none", st)
	}
	if due, _ := s.db.DueCards(ctx, u.ID, time.Now().Add(1000*time.Hour), 10); len(due) != 0 {
		t.Errorf("review cards after ForgetUser = %d; want 0", len(due))
	}
	if rs, _ := s.db.TopicResults(ctx, u.ID); len(rs) != 0 {
		t.Errorf("TopicResults after ForgetUser = %v; want none", rs)
	}
	atts, _ := s.db.RoundAttempts(ctx, r.ID)
	if len(atts) != 1 || atts[0].UserID != 0 || atts[0].UserName != "" || atts[0].Answer != "1687" {
		t.Errorf("attempts after ForgetUser = %+v; want the answer kept without its player", atts)
	}
	if got, _ := s.db.OpenRound(ctx, chat.ID); got == nil || got.StarterID != 0 {
		t.Errorf("open round after ForgetUser = %+v; want it kept without its starter", got)
	}
}

// The progress chart and /score's topics read the player's answers by day
// and by topic; a wrong answer is due for review at once.
func testProgress(t *testing.T, s *suite) {
	qs, chat, u, r := s.groupRound(t, 0, 2)
	record := func(seq int, correct bool, at time.Time) {
		t.Helper()
		a := &quiz.Attempt{RoundID: r.ID, Seq: seq, QuestionID: r.QuestionIDs[seq], UserID: u.ID, ChatID: chat.ID, Answer: "x",
			Option: 1, Correct: correct, Points: 500, At: at}
		if ok, err := s.db.RecordAttempt(ctx, a, chat.Scope, true); err != nil || !ok {
			t.Fatalf("RecordAttempt = %v, %v", ok, err)
		}
	}
	day1 := time.Date(2026, 3, 1, 23, 30, 0, 0, time.UTC)
	record(0, false, day1)
	record(1, true, day1.Add(time.Hour)) // the next day in UTC
	days, acc, err := s.db.DailyAccuracy(ctx, u.ID)
	if err != nil || len(days) != 2 || !days[0].Equal(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)) ||
		!days[1].Equal(time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)) || acc[0] != 0 || acc[1] != 1 {
		t.Errorf("DailyAccuracy = %v %v, %v; want 1 March 0%%, 2 March 100%%", days, acc, err)
	}
	res, err := s.db.TopicResults(ctx, u.ID)
	if err != nil || len(res) != 1 || res[0].Topic != "Wars" || res[0].Correct != 1 || res[0].Answered != 2 {
		t.Errorf("TopicResults = %+v, %v; want Wars 1 of 2", res, err)
	}
	due, err := s.db.DueCards(ctx, u.ID, day1.Add(2*time.Minute), 10)
	if err != nil || len(due) != 1 || due[0].ID != qs[0].ID {
		t.Errorf("DueCards two minutes after a wrong answer = %v, %v; want %s", ids(due), err, qs[0].ID)
	}
	if top, _ := s.db.Top(ctx, chat.Scope, 10); len(top) != 1 || top[0].Name != "Ann" || top[0].Points != 500 {
		t.Errorf("Top = %+v; want Ann with 500", top)
	}
}
