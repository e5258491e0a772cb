package bot_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/quiz"
	"quizbot/storage/postgres"
	"quizbot/storage/postgres/pgtest"
)

// replica is one quizbot process on a shared PostgreSQL database.
type replica struct {
	db  *postgres.DB
	svc *bot.Service
	out *bottest.Outbox
}

func newReplica(t *testing.T, url string, clock *bottest.Clock) *replica {
	t.Helper()
	db, err := postgres.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = clock.Now
	r := &replica{db: db, out: &bottest.Outbox{}}
	r.svc = bot.New(db, bot.Config{Clock: clock, QuestionTime: 30 * time.Second, Pause: 3 * time.Second})
	r.svc.Register(bottest.Platform, r.out, bottest.Capabilities)
	if err := r.svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.stop() })
	return r
}

// stop ends the process as far as the others can tell: its timers and its
// connections go, its rounds stay open.
func (r *replica) stop() {
	r.svc.Close()
	r.db.Close()
}

// count counts the sent messages (not edits) that contain text.
func count(ss []bottest.Sent, text string) int {
	n := 0
	for _, s := range ss {
		if !s.Edit && strings.Contains(s.Reply.Text, text) {
			n++
		}
	}
	return n
}

// Two processes on one database: every answer is delivered to both at once
// and counted once, the question is revealed by exactly one of them, and
// when the process that ran the round's timers goes, the other finishes the
// round.
func TestReplicasShareRoundsAndTakeOver(t *testing.T) {
	url := pgtest.URL(t)
	clock := bottest.NewClock()
	a := newReplica(t, url, clock)
	bottest.Seed(t, a.db, 12)
	ctx := context.Background()

	if err := a.svc.Handle(ctx, bot.Incoming{ID: "start", Chat: group, User: user("1"), Text: "/quiz 3", At: clock.Now()}); err != nil {
		t.Fatal(err)
	}
	qm, ok := bottest.LastQuestion(a.out.Take())
	if !ok {
		t.Fatal("no question after /quiz 3")
	}
	// b starts while the round runs, and arms its timer too: both fire at
	// the deadline.
	b := newReplica(t, url, clock)
	const players = 6
	var wg sync.WaitGroup
	for i := 0; i < players; i++ {
		in := bot.Incoming{ID: fmt.Sprint("answer", i), Chat: group, User: user(fmt.Sprint(10 + i)), At: clock.Now()}
		if len(qm.Reply.Buttons) > 0 {
			in.Data = qm.Reply.Buttons[i%len(qm.Reply.Buttons)].Data
		} else {
			in.Text = fmt.Sprint("/answer guess ", i)
		}
		for _, r := range []*replica{a, b} { // the platform delivers it twice, to each process once
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := r.svc.Handle(ctx, in); err != nil {
					t.Error(err)
				}
			}()
		}
	}
	wg.Wait()
	rounds, err := a.db.OpenRounds(ctx)
	if err != nil || len(rounds) != 1 {
		t.Fatalf("open rounds = %+v, %v; want 1", rounds, err)
	}
	round := rounds[0]
	if atts, _ := a.db.RoundAttempts(ctx, round.ID); len(atts) != players {
		t.Fatalf("attempts after %d answers delivered twice = %d; want %d", players, len(atts), players)
	}
	for i := 0; i < players; i++ {
		st, _ := b.db.Standing(ctx, quiz.GlobalScope, mustUser(t, b.db, fmt.Sprint(10+i)))
		if st.Answered != 1 {
			t.Errorf("player %d answered %d on the global board; want 1", i, st.Answered)
		}
	}

	clock.Advance(30 * time.Second)
	sent := append(a.out.Take(), b.out.Take()...)
	if n := count(sent, "Time's up"); n != 1 {
		t.Fatalf("reveals of question 1 = %d; want exactly 1:\n%s", n, bottest.Text(sent))
	}

	// The process holding the round's timers goes during the pause.
	a.stop()
	clock.Advance(3*time.Second + 3*time.Second) // the pause, and the grace before another steps in
	sent = b.out.Take()
	if _, ok := bottest.LastQuestion(sent); !ok {
		t.Fatalf("the other process did not ask question 2 after the first went:\n%s", bottest.Text(sent))
	}
	clock.Advance(30*time.Second + 3*time.Second)
	sent = b.out.Take()
	if n := count(sent, "Time's up"); n != 1 {
		t.Fatalf("reveals of question 2 by the other process = %d; want 1:\n%s", n, bottest.Text(sent))
	}
	r, err := b.db.OpenRound(ctx, round.ChatID)
	if err != nil || (r != nil && r.Seq < 1) {
		t.Fatalf("round after the takeover = %+v, %v; want it at question 2 or done", r, err)
	}
}

// mustUser returns the stored id of a user of the test platform.
func mustUser(t *testing.T, db quiz.Store, id string) int64 {
	t.Helper()
	u := &quiz.User{Platform: bottest.Platform, PlatformID: id}
	if err := db.EnsureUser(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	return u.ID
}
