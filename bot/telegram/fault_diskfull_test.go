package telegram

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"quizbot/bot/telegram/telegramtest"
)

// TestFaultDiskFullWhileAnswering: a group's players answer a typed
// question through the Bot API while the database fills up (held at its
// size, as a full disk would). The answer that finds no room gets a clear
// line, and nothing of it is kept; the question still closes when its time
// is up; once there is room again the same answer is taken and the round
// goes on to its end.
func TestFaultDiskFullWhileAnswering(t *testing.T) {
	g := newGame(t, 40)
	ctx := context.Background()
	room := telegramtest.Chat{ID: -1007700, Type: "supergroup", Title: "Full disk"}
	ann := telegramtest.User{ID: 7701, FirstName: "Ann"}
	// Rounds of two until one opens with a typed question, where a player
	// may guess again and again.
	var qm telegramtest.Message
	for tries := 0; ; tries++ {
		skip := len(g.srv.BotMessages(room.ID))
		g.srv.Send(room, ann, "/quiz 2")
		m, q := g.question(room.ID, skip)
		if !q.Kind.Choice() {
			qm = m
			break
		}
		if tries > 30 {
			t.Fatal("no typed question came up")
		}
		skip = len(g.srv.BotMessages(room.ID))
		g.srv.Send(room, ann, "/stop")
		g.waitText(room.ID, skip, "Round over")
	}
	raw, err := sql.Open("sqlite", g.db.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	counts := func() (attempts, events, answered int) {
		raw.QueryRow(`SELECT COUNT(*) FROM attempts`).Scan(&attempts)
		raw.QueryRow(`SELECT COUNT(*) FROM events`).Scan(&events)
		raw.QueryRow(`SELECT COALESCE(SUM(answered), 0) FROM scores`).Scan(&answered)
		return
	}

	// The disk fills up while Ann guesses.
	if _, err := g.db.SetMaxPages(ctx, 1); err != nil {
		t.Fatal(err)
	}
	guess := func(i int) string {
		return fmt.Sprintf("/answer wrong guess %d %s", i, strings.Repeat("x", 300))
	}
	var reply string
	var before [3]int
	guesses := 0
	for ; guesses < 500; guesses++ {
		a, e, s := counts()
		before = [3]int{a, e, s}
		// The verdict on a guess is Ann's alone: it comes privately.
		skip := len(g.srv.BotMessages(ann.ID))
		g.srv.Reply(room, ann, guess(guesses), qm.ID)
		reply = g.waitText(ann.ID, skip, "").Text
		if !strings.Contains(reply, "Not it") {
			break
		}
	}
	if !strings.Contains(reply, "could not save your answer") {
		t.Fatalf("after %d guesses the reply was %q; want one saying the answer could not be saved", guesses, reply)
	}
	t.Logf("the disk was full at guess %d: %q", guesses+1, reply)
	if a, e, s := counts(); [3]int{a, e, s} != before {
		t.Errorf("attempts, events, answers counted went from %v to %v for an answer not saved; want nothing kept", before, [3]int{a, e, s})
	}
	if logs := g.logs.String(); !strings.Contains(logs, "record answer") || !strings.Contains(logs, "full") {
		t.Errorf("the operator's log does not say which write failed:\n%s", g.logs)
	}

	// Time is up while the disk is still full: the question closes anyway,
	// at once or once the store takes writes again.
	skip := len(g.srv.BotMessages(room.ID))
	g.clock.Advance(31 * time.Second)
	if _, err := g.db.SetMaxPages(ctx, 0); err != nil {
		t.Fatal(err)
	}
	revealed := g.srv.Wait(2*time.Second, func() bool {
		g.clock.Advance(time.Second)
		for _, m := range g.srv.BotMessages(room.ID)[skip:] {
			if strings.Contains(m.Text, "The answer:") {
				return true
			}
		}
		return false
	})
	if !revealed {
		t.Fatalf("the question was never revealed after the disk was full:\n%s", dump(g.srv.BotMessages(room.ID)[skip:]))
	}

	// Room again: the round goes on, and the same answer is taken now.
	skip = len(g.srv.BotMessages(room.ID))
	g.next(room.ID, skip)
	qm2, q2 := g.question(room.ID, skip)
	a0, _, _ := counts()
	skip = len(g.srv.BotMessages(room.ID))
	if q2.Kind.Choice() {
		g.srv.PressButton(room, ann, qm2.ID, button(qm2, 0))
		g.srv.Wait(5*time.Second, func() bool { a, _, _ := counts(); return a > a0 })
	} else {
		dm := len(g.srv.BotMessages(ann.ID))
		g.srv.Reply(room, ann, guess(guesses), qm2.ID)
		g.waitText(ann.ID, dm, "Not it")
	}
	if a, _, _ := counts(); a != a0+1 {
		t.Errorf("attempts after answering with room again = %d; want %d", a, a0+1)
	}
	skip = len(g.srv.BotMessages(room.ID))
	g.clock.Advance(31 * time.Second)
	g.waitText(room.ID, skip, "Round over")
}
