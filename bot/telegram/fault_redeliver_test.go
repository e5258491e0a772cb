package telegram

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"quizbot/bot/bottest"
	"quizbot/quiz"
	"quizbot/storage"
)

// TestFaultRedeliveredUpdatesCountOnce: Telegram delivers again whatever
// getUpdates was not confirmed past, as after a crash before the offset was
// saved. A typed answer and a button press, delivered once on question 1,
// come again after a restart while question 2 is open: the database refuses
// both by their update ids, so each is stored once.
func TestFaultRedeliveredUpdatesCountOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "quizbot.db")
	db, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	g := &game{t: t, srv: newServer(t), db: db, clock: bottest.NewClock(), qs: map[string]quiz.Question{}, logs: &bottest.Log{}}
	for _, q := range bottest.Seed(t, db, 12) {
		g.qs[q.Stem] = q
	}
	g.start()
	g.srv.SetMember(group.ID, alice.ID, "creator")
	g.srv.Send(group, alice, "/quiz 5")
	// The first choice question, so that a button press is delivered too.
	skip := 0
	m, q := g.question(group.ID, skip)
	for i := 0; i < 3 && !q.Kind.Choice(); i++ {
		// Alice answers it (a round stops after two unanswered).
		g.srv.Reply(group, alice, q.Answer, m.ID)
		g.waitText(group.ID, skip, "got it")
		skip = len(g.srv.BotMessages(group.ID))
		g.next(group.ID, skip)
		m, q = g.question(group.ID, skip)
	}

	botUser := map[string]any{"id": g.srv.Bot.ID, "is_bot": true, "first_name": g.srv.Bot.FirstName, "username": g.srv.Bot.UserName}
	chat := map[string]any{"id": group.ID, "type": group.Type, "title": group.Title}
	shown := map[string]any{"message_id": m.ID, "date": time.Now().Unix(), "chat": chat, "from": botUser, "text": m.Text}
	raw := func(v map[string]any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	// Bob replies "1" to the question: a typed answer, which would be
	// taken again on any later question (option 1, or a wrong guess).
	typed := raw(map[string]any{"update_id": 9001, "message": map[string]any{"message_id": 90001, "date": time.Now().Unix(),
		"chat": chat, "from": map[string]any{"id": bob.ID, "is_bot": false, "first_name": bob.FirstName},
		"text": "1", "reply_to_message": shown}})
	deliveries := []string{typed}
	if q.Kind.Choice() {
		// Carol presses the first option: a button press.
		deliveries = append(deliveries, raw(map[string]any{"update_id": 9002, "callback_query": map[string]any{
			"id": "cb-dup", "from": map[string]any{"id": carol.ID, "is_bot": false, "first_name": carol.FirstName},
			"message": shown, "chat_instance": "ci", "data": m.Buttons[0][0].Data}}))
	}
	for _, d := range deliveries {
		g.srv.Push(d)
	}
	count := func() int {
		sqldb, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer sqldb.Close()
		var n int
		if err := sqldb.QueryRow(`SELECT count(*) FROM attempts a JOIN users u ON u.id = a.user_id
			WHERE u.platform_id IN (?, ?)`, itoa(bob.ID), itoa(carol.ID)).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if !g.srv.Wait(5*time.Second, func() bool { return count() == len(deliveries) }) {
		t.Fatalf("attempts after the first deliveries = %d; want %d", count(), len(deliveries))
	}
	// On to the next question.
	skip = len(g.srv.BotMessages(group.ID))
	g.clock.Advance(30 * time.Second)
	g.next(group.ID, skip)
	g.question(group.ID, skip)

	// A crash before the offset was saved: Telegram hands the same updates
	// out again to the restarted bot.
	g.stop()
	if err := db.SetState(context.Background(), offsetKey, "9000"); err != nil {
		t.Fatal(err)
	}
	g.start()
	seen := len(g.srv.AllMessages())
	for _, d := range deliveries {
		g.srv.Push(d)
	}
	// Handled: Bob is told he answered already (privately on a choice
	// question, in the group on a typed one), Carol's press is answered
	// (Telegram refuses that: the press was answered the first time).
	if !g.srv.Wait(5*time.Second, func() bool {
		for _, m := range g.srv.AllMessages()[seen:] {
			if strings.Contains(m.Text, "answered this one already") {
				return true
			}
		}
		return false
	}) {
		t.Fatalf("the redelivered typed answer was never handled:\n%s", dump(g.srv.AllMessages()[seen:]))
	}
	if len(deliveries) > 1 && !g.srv.Wait(5*time.Second, func() bool {
		n := 0
		for _, c := range g.srv.Calls("answerCallbackQuery") {
			if c.Params.Get("callback_query_id") == "cb-dup" {
				n++
			}
		}
		return n >= 2
	}) {
		t.Fatal("the redelivered press was never handled")
	}
	if n := count(); n != len(deliveries) {
		t.Errorf("attempts after the redelivery = %d; want %d, each delivery stored once", n, len(deliveries))
	}
	t.Logf("%d deliveries, each sent twice across a restart: %s", len(deliveries), fmt.Sprint(count(), " attempts"))
}
