package storetest

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"quizbot/quiz"
)

func testRecordAttemptScoresOnceAndStreaks(t *testing.T, s *suite) {
	_, chat, u, r := s.groupRound(t, 0, 1, 2)
	var total int
	for seq := 0; seq < 3; seq++ {
		a := &quiz.Attempt{RoundID: r.ID, Seq: seq, QuestionID: r.QuestionIDs[seq], UserID: u.ID, ChatID: chat.ID,
			Answer: "x", Option: 0, Correct: true, Points: 900, EventID: "ev" + string(rune('a'+seq)), Elapsed: 1500 * time.Millisecond}
		ok, err := s.db.RecordAttempt(ctx, a, chat.Scope, true)
		if err != nil || !ok {
			t.Fatalf("RecordAttempt %d = %v, %v; want recorded", seq, ok, err)
		}
		total += a.Points
		// the same event again, and another answer to the same question: not recorded
		dup := *a
		dup.Points = 900
		if ok, _ := s.db.RecordAttempt(ctx, &dup, chat.Scope, true); ok {
			t.Fatalf("duplicate event %d recorded twice", seq)
		}
		dup.EventID = "other"
		if ok, _ := s.db.RecordAttempt(ctx, &dup, chat.Scope, true); ok {
			t.Fatalf("second choice by the same player on question %d recorded", seq)
		}
	}
	if want := 900 + 1000 + 1100; total != want {
		t.Errorf("points with streak bonus = %d; want %d (900, +100, +200)", total, want)
	}
	for _, scope := range []string{chat.Scope, quiz.GlobalScope} {
		st, err := s.db.Standing(ctx, scope, u.ID)
		if err != nil || st.Points != total || st.Answered != 3 || st.Correct != 3 || st.BestStreak != 3 || st.Rank != 1 || st.Name != "Ann" {
			t.Errorf("Standing(%s) = %+v, %v; want Ann, %d points, 3/3, best streak 3, rank 1", scope, st, err, total)
		}
	}
	atts, _ := s.db.RoundAttempts(ctx, r.ID)
	var sum int
	for _, a := range atts {
		sum += a.Points
	}
	if len(atts) != 3 || sum != total {
		t.Errorf("attempts = %d summing %d; want 3 summing %d", len(atts), sum, total)
	}
	one, _ := s.db.Attempts(ctx, r.ID, 1)
	if len(one) != 1 || one[0].UserName != "Ann" || one[0].EventID != "evb" || one[0].Elapsed != 1500*time.Millisecond ||
		!one[0].Correct || one[0].Option != 0 || !one[0].At.Equal(s.now) {
		t.Errorf("Attempts(seq 1) = %+v; want Ann's one answer as recorded", one)
	}
	// Right answers are not due again at once.
	if due, _ := s.db.DueCards(ctx, u.ID, s.now.Add(time.Minute), 10); len(due) != 0 {
		t.Errorf("DueCards a minute after three right answers = %d; want 0", len(due))
	}
	// A finished round counts as played on both boards.
	if err := s.db.FinishRound(ctx, r, chat.Scope); err != nil {
		t.Fatal(err)
	}
	for _, scope := range []string{chat.Scope, quiz.GlobalScope} {
		if st, _ := s.db.Standing(ctx, scope, u.ID); st.Rounds != 1 {
			t.Errorf("rounds on %s after FinishRound = %d; want 1", scope, st.Rounds)
		}
	}
}

// A wrong typed answer may be followed by more guesses; each is kept once,
// however often the platform delivers it.
func testTypedGuesses(t *testing.T, s *suite) {
	qs, chat, u, r := s.groupRound(t, 1)
	guess := func(event, answer string, correct bool) bool {
		t.Helper()
		a := &quiz.Attempt{RoundID: r.ID, QuestionID: qs[1].ID, UserID: u.ID, ChatID: chat.ID, Answer: answer, Option: -1,
			Correct: correct, Points: 800, EventID: event}
		ok, err := s.db.RecordAttempt(ctx, a, chat.Scope, true)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	steps := []struct {
		event, answer string
		correct, want bool
	}{
		{"e1", "Volga", false, true},
		{"e1", "Volga", false, false}, // delivered again
		{"e2", "Volga", false, true},  // typed again: a new guess
		{"", "Lena", false, true},     // no event id (the console)
		{"", "Lena", false, true},
		{"e3", "Amur", true, true},
		{"e3", "Amur", true, false},
		{"e4", "Amur River", true, false}, // right once per question
	}
	for i, st := range steps {
		if got := guess(st.event, st.answer, st.correct); got != st.want {
			t.Errorf("step %d (%s %q): recorded = %v; want %v", i, st.event, st.answer, got, st.want)
		}
	}
	st, _ := s.db.Standing(ctx, chat.Scope, u.ID)
	if st.Answered != 5 || st.Correct != 1 || st.Points != 800 {
		t.Errorf("standing = %+v; want 5 answered, 1 right, 800 points", st)
	}
	// A wrong answer ends the streak; an unscored one (review) counts nowhere.
	review := &quiz.Attempt{QuestionID: qs[1].ID, UserID: u.ID, ChatID: chat.ID, Answer: "Amur", Option: -1, Correct: true, Points: 900}
	if ok, err := s.db.RecordAttempt(ctx, review, chat.Scope, false); err != nil || !ok || review.Points != 0 {
		t.Errorf("unscored answer: recorded %v, %v, points %d; want recorded with 0 points", ok, err, review.Points)
	}
	if st2, _ := s.db.Standing(ctx, chat.Scope, u.ID); st2 != st {
		t.Errorf("standing after an unscored answer = %+v; want unchanged %+v", st2, st)
	}
}

// The same answers delivered at once, several times each, by concurrent
// callers (as by several processes): each is recorded once and the board
// adds up.
func testConcurrentDeliveries(t *testing.T, s *suite) {
	qs := sampleQuestions()
	s.db.SaveTopic(ctx, "Wars", "", qs)
	const players, deliveries = 12, 4
	var users []*quiz.User
	for i := 0; i < players; i++ {
		u := &quiz.User{Platform: "discord", PlatformID: fmt.Sprint(100 + i), Name: fmt.Sprint("P", i)}
		if err := s.db.EnsureUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		users = append(users, u)
	}
	var rounds []*quiz.Round
	var chats []*quiz.Chat
	for c := 0; c < 3; c++ {
		chat := &quiz.Chat{Platform: "discord", PlatformID: fmt.Sprint(900 + c)}
		if err := s.db.EnsureChat(ctx, chat); err != nil {
			t.Fatal(err)
		}
		r := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, State: quiz.Asking, TimeLimit: 30, QuestionIDs: []string{qs[0].ID, qs[2].ID}}
		if err := s.db.CreateRound(ctx, r); err != nil {
			t.Fatal(err)
		}
		rounds, chats = append(rounds, r), append(chats, chat)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	recorded := map[string]int{}
	points := map[int64]int{}
	for c, r := range rounds {
		for seq := range r.QuestionIDs {
			for _, u := range users {
				for d := 0; d < deliveries; d++ {
					wg.Add(1)
					go func() {
						defer wg.Done()
						option := int(u.ID+int64(seq)) % 2
						a := &quiz.Attempt{RoundID: r.ID, Seq: seq, QuestionID: r.QuestionIDs[seq], UserID: u.ID, ChatID: chats[c].ID,
							Answer: "x", Option: option, Correct: option == 0, Points: 700, EventID: fmt.Sprintf("i-%d-%d-%d", c, seq, u.ID)}
						ok, err := s.db.RecordAttempt(ctx, a, chats[c].Scope, true)
						if err != nil {
							t.Error(err)
							return
						}
						if ok {
							mu.Lock()
							recorded[a.EventID]++
							points[u.ID] += a.Points
							mu.Unlock()
						}
					}()
				}
			}
		}
	}
	wg.Wait()
	if want := len(rounds) * 2 * players; len(recorded) != want {
		t.Errorf("answers recorded = %d; want %d", len(recorded), want)
	}
	for ev, n := range recorded {
		if n != 1 {
			t.Errorf("answer %s recorded %d times", ev, n)
		}
	}
	for _, u := range users {
		st, err := s.db.Standing(ctx, quiz.GlobalScope, u.ID)
		if err != nil || st.Points != points[u.ID] || st.Answered != 6 {
			t.Errorf("global standing of %s = %+v, %v; want %d points over 6 answers", u.Name, st, err, points[u.ID])
		}
	}
	for _, r := range rounds {
		if atts, _ := s.db.RoundAttempts(ctx, r.ID); len(atts) != 2*players {
			t.Errorf("round %d has %d attempts; want %d", r.ID, len(atts), 2*players)
		}
	}
}

// Standing's rank is one more than the players with more points on the
// board, through answers and a forgotten player.
func testRankFollowsTheBoard(t *testing.T, s *suite) {
	var qs []quiz.Question
	for i := 0; i < 30; i++ {
		q := quiz.Question{Kind: quiz.FillBlank, Stem: fmt.Sprintf("Fort number %d stood on the _____ River.", i),
			Answer: fmt.Sprint("Amur", i), Explanation: fmt.Sprintf("Fort number %d stood on the Amur%d River.", i, i)}
		q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, nil)
		qs = append(qs, q)
	}
	s.db.SaveTopic(ctx, "Forts", "", qs)
	chat := &quiz.Chat{Platform: "telegram", PlatformID: "-1"}
	s.db.EnsureChat(ctx, chat)
	var users []*quiz.User
	for i := 0; i < 12; i++ {
		u := &quiz.User{Platform: "telegram", PlatformID: fmt.Sprint(i), Name: fmt.Sprint("P", i)}
		s.db.EnsureUser(ctx, u)
		users = append(users, u)
	}
	r := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, State: quiz.Asking, TimeLimit: 30}
	for _, q := range qs {
		r.QuestionIDs = append(r.QuestionIDs, q.ID)
	}
	s.db.CreateRound(ctx, r)
	check := func(when string) {
		t.Helper()
		for _, scope := range []string{chat.Scope, quiz.GlobalScope} {
			board, err := s.db.Top(ctx, scope, 100)
			if err != nil {
				t.Fatal(err)
			}
			for i, line := range board {
				if i > 0 && (line.Points > board[i-1].Points || line.Rank < board[i-1].Rank) {
					t.Fatalf("%s: board out of order at line %d: %+v", when, i, board)
				}
			}
			for _, u := range users {
				st, err := s.db.Standing(ctx, scope, u.ID)
				if err != nil {
					t.Fatal(err)
				}
				want := 0
				if st.Answered > 0 || st.Points > 0 {
					want = 1
					for _, line := range board {
						if line.Points > st.Points {
							want++
						}
					}
				}
				if st.Rank != want {
					t.Fatalf("%s: rank of %s on %s = %d; want %d", when, u.Name, scope, st.Rank, want)
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	check("before any answer")
	for seq := 0; seq < 30; seq++ {
		for _, u := range users {
			a := &quiz.Attempt{RoundID: r.ID, Seq: seq, QuestionID: qs[seq].ID, UserID: u.ID, ChatID: chat.ID, Answer: "x",
				Option: -1, Correct: rng.IntN(2) == 0, Points: 500 + rng.IntN(3)*100}
			if _, err := s.db.RecordAttempt(ctx, a, chat.Scope, true); err != nil {
				t.Fatal(err)
			}
		}
		if seq%10 == 0 {
			check(fmt.Sprint("after question ", seq))
		}
	}
	if top, _ := s.db.Top(ctx, chat.Scope, 3); len(top) != 3 || top[0].Rank != 1 {
		t.Errorf("Top 3 = %+v", top)
	}
	s.db.ForgetUser(ctx, users[0].ID)
	users = users[1:]
	check("after a player was forgotten")
}

// testRedeliveryLater: a platform delivers an answer again (Telegram after a
// crash, Discord replaying an interaction) once the next question is open.
// Its delivery id was stored with the first answer, so the store refuses it
// on any question, of any kind: a typed guess, a right answer, a choice,
// and a command's delivery id marked by MarkEvent.
func testRedeliveryLater(t *testing.T, s *suite) {
	_, chat, u, r := s.groupRound(t, 0, 1, 2)
	kinds := []quiz.Attempt{
		{Answer: "wrong guess", Option: -1, Correct: false},
		{Answer: "right", Option: -1, Correct: true, Points: 800},
		{Answer: "x", Option: 1, Correct: false},
	}
	for i, k := range kinds {
		ev := fmt.Sprintf("telegram:%d", 500+i)
		first := k
		first.RoundID, first.Seq, first.QuestionID, first.UserID, first.ChatID, first.EventID = r.ID, 0, r.QuestionIDs[0], u.ID, chat.ID, ev
		if i > 0 {
			first.Seq, first.QuestionID = i, r.QuestionIDs[i]
		}
		if ok, err := s.db.RecordAttempt(ctx, &first, chat.Scope, true); err != nil || !ok {
			t.Fatalf("%s: first delivery = %v, %v; want recorded", k.Answer, ok, err)
		}
		again := first
		again.Seq, again.QuestionID = 2, r.QuestionIDs[2]
		if i == 2 {
			again.Seq, again.QuestionID = 1, r.QuestionIDs[1]
		}
		if ok, err := s.db.RecordAttempt(ctx, &again, chat.Scope, true); err != nil || ok {
			t.Errorf("%s: the same delivery on a later question = %v, %v; want refused", k.Answer, ok, err)
		}
	}
	if fresh, err := s.db.MarkEvent(ctx, "telegram:500"); err != nil || fresh {
		t.Errorf("MarkEvent of an answer's delivery id = %v, %v; want known", fresh, err)
	}
	atts, _ := s.db.RoundAttempts(ctx, r.ID)
	if len(atts) != len(kinds) {
		t.Errorf("attempts = %d; want %d, one per delivery", len(atts), len(kinds))
	}
}
