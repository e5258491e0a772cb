package storage

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"quizbot/quiz"
)

// The chunked list counts like a plain slice through random inserts and
// removals, across chunk splits and with many equal values.
func TestDescendingCountsLikeASlice(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var d descending
	var plain []int
	d.fill([]int{5, 1, 5})
	plain = append(plain, 5, 1, 5)
	for i := 0; i < 20000; i++ {
		p := rng.IntN(300) // many ties
		if rng.IntN(3) == 0 && len(plain) > 0 {
			j := rng.IntN(len(plain))
			d.remove(plain[j])
			plain = append(plain[:j], plain[j+1:]...)
		} else {
			d.insert(p)
			plain = append(plain, p)
		}
		if i%97 == 0 {
			for _, q := range []int{-1, 0, p, p + 1, 299, 300} {
				want := 0
				for _, v := range plain {
					if v > q {
						want++
					}
				}
				if got := d.above(q); got != want {
					t.Fatalf("step %d: above(%d) = %d; want %d", i, q, got, want)
				}
			}
		}
	}
	d.remove(12345) // absent: no change
	if d.above(-1) != len(plain) {
		t.Fatalf("size %d; want %d", d.above(-1), len(plain))
	}
}

// Standing's rank equals the count SQL would give, through answers, a
// forgotten player and a write by another connection.
func TestRankFollowsTheBoard(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	var qs []quiz.Question
	for i := 0; i < 30; i++ {
		q := quiz.Question{Kind: quiz.FillBlank, Stem: fmt.Sprintf("Fort number %d stood on the _____ River.", i),
			Answer: fmt.Sprint("Amur", i), Explanation: fmt.Sprintf("Fort number %d stood on the Amur%d River.", i, i)}
		q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, nil)
		qs = append(qs, q)
	}
	db.SaveTopic(ctx, "Forts", "", qs)
	chat := &quiz.Chat{Platform: "telegram", PlatformID: "-1"}
	db.EnsureChat(ctx, chat)
	var users []*quiz.User
	for i := 0; i < 12; i++ {
		u := &quiz.User{Platform: "telegram", PlatformID: fmt.Sprint(i), Name: fmt.Sprint("P", i)}
		db.EnsureUser(ctx, u)
		users = append(users, u)
	}
	r := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, State: quiz.Asking, TimeLimit: 30}
	for _, q := range qs {
		r.QuestionIDs = append(r.QuestionIDs, q.ID)
	}
	db.CreateRound(ctx, r)
	check := func(when string) {
		t.Helper()
		for _, scope := range []string{chat.Scope, quiz.GlobalScope} {
			for _, u := range users {
				s, err := db.Standing(ctx, scope, u.ID)
				if err != nil {
					t.Fatal(err)
				}
				want := 0
				if s.Answered > 0 || s.Points > 0 {
					db.r.QueryRow(`SELECT 1 + COUNT(*) FROM scores WHERE scope = ? AND points > ?`, scope, s.Points).Scan(&want)
				}
				if s.Rank != want {
					t.Fatalf("%s: rank of %s on %s = %d; want %d", when, u.Name, scope, s.Rank, want)
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
			if _, err := db.RecordAttempt(ctx, a, chat.Scope, true); err != nil {
				t.Fatal(err)
			}
		}
		if seq%10 == 0 {
			check(fmt.Sprint("after question ", seq))
		}
	}
	db.ForgetUser(ctx, users[0].ID)
	users = users[1:]
	check("after a player was forgotten")
	// Another process lifts the last player to the top.
	var last int64
	db.r.QueryRow(`SELECT user_id FROM scores WHERE scope = ? ORDER BY points LIMIT 1`, chat.Scope).Scan(&last)
	other, _ := sql.Open("sqlite", db.Path)
	defer other.Close()
	if _, err := other.Exec(`UPDATE scores SET points = points + 100000 WHERE user_id = ?`, last); err != nil {
		t.Fatal(err)
	}
	check("after another connection wrote")
	if s, _ := db.Standing(ctx, chat.Scope, last); s.Rank != 1 {
		t.Errorf("rank after a 100,000-point gift = %d; want 1", s.Rank)
	}
}
