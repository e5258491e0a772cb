package storage

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"quizbot/quiz"
)

// TestBoardLoadDoesNotStallAnswers: the first rank asked on a board of
// 300,000 players reads them all. Answers in other chats go on meanwhile:
// none waits for that read (it is done outside the commit lock), and ranks
// of players whose points changed during the read are still exact.
func TestBoardLoadDoesNotStallAnswers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a board of 100,000 players")
	}
	db, err := Open(filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	const players = 100_000
	const big = "telegram:big"
	if _, err := db.w.Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
		INSERT INTO users (id, platform, platform_id, name, created_at) SELECT i, 'load', i, 'P' || i, '2026-01-01' FROM n`, players); err != nil {
		t.Fatal(err)
	}
	if _, err := db.w.Exec(`INSERT INTO scores (scope, user_id, points, answered) SELECT ?, id, 1 + (id * 7919) % 50000, 1 FROM users`, big); err != nil {
		t.Fatal(err)
	}
	var qs []quiz.Question
	for i := 0; i < 50; i++ {
		q := quiz.Question{Kind: quiz.FillBlank, Stem: fmt.Sprintf("Fort number %d stood on the _____ River.", i),
			Answer: fmt.Sprint("Amur", i), Explanation: fmt.Sprintf("Fort number %d stood on the Amur%d River.", i, i)}
		q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, nil)
		qs = append(qs, q)
	}
	if _, err := db.SaveTopic(ctx, "Forts", "", qs); err != nil {
		t.Fatal(err)
	}
	// Players 1..20 answer in a chat on the big board while its first rank
	// is read: their changes land during the read.
	chat := &quiz.Chat{Platform: "telegram", PlatformID: "-1", Scope: big}
	if err := db.EnsureChat(ctx, chat); err != nil {
		t.Fatal(err)
	}
	var (
		mu      sync.Mutex
		slowest time.Duration
		answers int
	)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for n := 0; ; n++ {
			select {
			case <-stop:
				return
			default:
			}
			a := &quiz.Attempt{Seq: n, QuestionID: qs[n%len(qs)].ID, UserID: int64(1 + n%20), ChatID: chat.ID,
				Answer: "x", Option: -1, Correct: true, Points: 900, EventID: fmt.Sprint("e", n)}
			start := time.Now()
			if _, err := db.RecordAttempt(ctx, a, chat.Scope, true); err != nil {
				t.Error(err)
				return
			}
			took := time.Since(start)
			mu.Lock()
			slowest, answers = max(slowest, took), answers+1
			mu.Unlock()
		}
	}()
	time.Sleep(50 * time.Millisecond) // answers flowing
	mu.Lock()
	slowest = 0
	mu.Unlock()
	start := time.Now()
	st, err := db.Standing(ctx, big, players)
	load := time.Since(start)
	close(stop)
	<-done
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("first rank on a board of %d players took %v; %d answers meanwhile, the slowest %v", players, load.Round(time.Millisecond), answers, slowest.Round(time.Millisecond))
	if slowest > load/2 {
		t.Errorf("an answer waited %v while the board was read (%v); want it not to wait for the read", slowest.Round(time.Millisecond), load.Round(time.Millisecond))
	}
	check := func(user int64) {
		t.Helper()
		s, err := db.Standing(ctx, big, user)
		if err != nil {
			t.Fatal(err)
		}
		var want int
		db.r.QueryRow(`SELECT 1 + COUNT(*) FROM scores WHERE scope = ? AND points > ?`, big, s.Points).Scan(&want)
		if s.Rank != want {
			t.Errorf("rank of player %d (%d points) = %d; want %d", user, s.Points, s.Rank, want)
		}
	}
	check(players)
	if st.Rank == 0 {
		t.Errorf("rank of player %d = 0; want one", players)
	}
	for u := int64(1); u <= 20; u++ {
		check(u)
	}
}

// TestBoardsAreBounded: ranks asked on more scopes than maxBoards keep at
// most maxBoards boards in memory, and a board dropped is read again.
func TestBoardsAreBounded(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	u := &quiz.User{Platform: "telegram", PlatformID: "1", Name: "Ann"}
	if err := db.EnsureUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	scopes := maxBoards + 100
	for i := 0; i < scopes; i++ {
		if _, err := db.w.Exec(`INSERT INTO scores (scope, user_id, points, answered) VALUES (?, ?, 10, 1)`, fmt.Sprint("s", i), u.ID); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < scopes; i++ {
		if s, err := db.Standing(ctx, fmt.Sprint("s", i), u.ID); err != nil || s.Rank != 1 {
			t.Fatalf("Standing on scope %d = %+v, %v; want rank 1", i, s, err)
		}
	}
	if n := db.ranks.loaded(); n > maxBoards {
		t.Errorf("boards in memory = %d after %d scopes; want at most %d", n, scopes, maxBoards)
	}
	if s, err := db.Standing(ctx, "s0", u.ID); err != nil || s.Rank != 1 {
		t.Errorf("Standing on a dropped board = %+v, %v; want rank 1", s, err)
	}
}
