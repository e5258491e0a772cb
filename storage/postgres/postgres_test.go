package postgres_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"quizbot/quiz"
	"quizbot/storage/postgres"
	"quizbot/storage/postgres/pgtest"
)

// Three processes starting together on an empty database apply the
// migrations once between them.
func TestOpenTogetherMigratesOnce(t *testing.T) {
	url := pgtest.URL(t)
	var wg sync.WaitGroup
	dbs := make([]*postgres.DB, 3)
	errs := make([]error, 3)
	for i := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dbs[i], errs[i] = postgres.Open(url)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open #%d: %v", i, err)
		}
		defer dbs[i].Close()
	}
	if n, err := dbs[2].CountQuestions(context.Background()); err != nil || n != 0 {
		t.Errorf("CountQuestions = %d, %v", n, err)
	}
}

// A chat's lock is held by one process at a time; other chats are free.
func TestLockChatExcludesOtherProcesses(t *testing.T) {
	url := pgtest.URL(t)
	a, err := postgres.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := postgres.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx := context.Background()
	var inside, most atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		db := a
		if i%2 == 1 {
			db = b
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				unlock, err := db.LockChat(ctx, 42)
				if err != nil {
					t.Error(err)
					return
				}
				n := inside.Add(1)
				if n > most.Load() {
					most.Store(n)
				}
				time.Sleep(time.Millisecond)
				inside.Add(-1)
				unlock()
			}
		}()
	}
	unlock, err := b.LockChat(ctx, 43) // another chat, held throughout
	if err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	unlock()
	if most.Load() != 1 {
		t.Errorf("most holders of one chat's lock at once = %d; want 1", most.Load())
	}
}

// A process whose connection goes while it holds a chat's lock (killed,
// cut off) frees the chat for the others.
func TestLockChatFreedWhenItsConnectionGoes(t *testing.T) {
	url := pgtest.URL(t)
	a, err := postgres.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := postgres.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx := context.Background()
	unlockA, err := a.LockChat(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_locks
		WHERE locktype = 'advisory' AND objid = 7 AND granted`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("end the holder's connection: %d, %v", n, err)
	}
	lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	unlock, err := b.LockChat(lctx, 7)
	if err != nil {
		t.Fatalf("lock after its holder went: %v", err)
	}
	unlock()
	unlockA() // on a dead connection: returns, and the pool drops it
}

// DueRounds lists open rounds past their deadline, most overdue first.
func TestDueRounds(t *testing.T) {
	db := pgtest.Open(t)
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	q := quiz.Question{Kind: quiz.FillBlank, Stem: "The fort was built on the _____ River.", Answer: "Amur",
		Explanation: "The fort was built on the Amur River."}
	if _, err := db.SaveTopic(ctx, "Wars", "", []quiz.Question{q}); err != nil {
		t.Fatal(err)
	}
	q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, nil)
	var rounds []*quiz.Round
	for i, d := range []time.Duration{-time.Minute, time.Minute, -time.Hour} {
		chat := &quiz.Chat{Platform: "discord", PlatformID: string(rune('a' + i))}
		db.EnsureChat(ctx, chat)
		r := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, QuestionIDs: []string{q.ID}, State: quiz.Asking, TimeLimit: 30,
			AskedAt: now.Add(d - 30*time.Second), Deadline: now.Add(d)}
		if err := db.CreateRound(ctx, r); err != nil {
			t.Fatal(err)
		}
		rounds = append(rounds, r)
	}
	db.FinishRound(ctx, rounds[2], "discord:c")
	due, err := db.DueRounds(ctx, now, 10)
	if err != nil || len(due) != 1 || due[0].ID != rounds[0].ID {
		t.Fatalf("DueRounds = %+v, %v; want round %d only", due, err, rounds[0].ID)
	}
}

func TestOpenRefusesABadAddress(t *testing.T) {
	_, err := postgres.Open("postgres://nobody@127.0.0.1:1/none?connect_timeout=2")
	if quiz.ErrorCode(err) != quiz.EINVALID {
		t.Fatalf("Open on a closed port: %v; want EINVALID with a message", err)
	}
	if _, err := postgres.Open("postgres://x@127.0.0.1/db?lock_max_conns=lots"); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Errorf("Open with a bad lock_max_conns: %v; want EINVALID", err)
	}
}

// A teacher's edit on one process reaches another that holds the question
// in memory once its copy is older than the cache's bound (10 s); the
// process that made the edit sees it at once.
func TestEditReachesOtherProcesses(t *testing.T) {
	url := pgtest.URL(t)
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	var dbs [2]*postgres.DB
	for i := range dbs {
		db, err := postgres.Open(url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		db.Now = func() time.Time { return now }
		dbs[i] = db
	}
	a, b := dbs[0], dbs[1]
	q := quiz.Question{Kind: quiz.FillBlank, Stem: "The fort was built on the _____ River.", Answer: "Amur",
		Explanation: "The fort was built on the Amur River."}
	if _, err := a.SaveTopic(ctx, "Wars", "", []quiz.Question{q}); err != nil {
		t.Fatal(err)
	}
	q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, nil)
	for _, db := range dbs { // both hold it in memory
		if _, err := db.Question(ctx, q.ID); err != nil {
			t.Fatal(err)
		}
	}
	edit := q
	edit.Answer, edit.Explanation = "Argun", "The fort was built on the Argun River."
	if err := b.EditQuestion(ctx, &edit, false); err != nil {
		t.Fatal(err)
	}
	if got, _ := b.Question(ctx, q.ID); got.Answer != "Argun" {
		t.Errorf("the editing process reads answer %q; want Argun at once", got.Answer)
	}
	now = now.Add(11 * time.Second)
	if got, _ := a.Question(ctx, q.ID); got.Answer != "Argun" {
		t.Errorf("another process reads answer %q 11 s after the edit; want Argun", got.Answer)
	}
}
