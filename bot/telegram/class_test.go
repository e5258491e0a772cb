package telegram

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"quizbot/bot/bottest"
	"quizbot/bot/telegram/telegramtest"
	"quizbot/quiz"
	"quizbot/storage"
)

// A live class through the fake Bot API: the teacher is a group admin
// (getChatMember), students press the lobby's Join, the teacher's Start (a
// button press, which carries no admin status on Telegram) begins, each
// question closes once every student answered, and the end brings a podium
// in the group and a private result to each student who started the bot.

var teacherTG = telegramtest.User{ID: 1009, FirstName: "Ms", UserName: "teacher"}

// newClassGame is newGame on a database file the test can open itself, to
// count the rows the class left.
func newClassGame(t *testing.T, questions int) (*game, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "quizbot.db")
	db, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	g := &game{t: t, srv: newServer(t), db: db, clock: bottest.NewClock(), qs: map[string]quiz.Question{}, logs: &bottest.Log{}}
	for _, q := range bottest.Seed(t, db, questions) {
		g.qs[q.Stem] = q
	}
	g.start()
	return g, path
}

// press presses the button labelled label under message m (as it was when
// seen, so that a button since removed can still be pressed late) as u, and
// returns the toast the bot answered the press with.
func (g *game) press(u telegramtest.User, m telegramtest.Message, label string) string {
	g.t.Helper()
	data := ""
	for _, row := range m.Buttons {
		for _, b := range row {
			if b.Text == label {
				data = b.Data
			}
		}
	}
	if data == "" {
		g.t.Fatalf("message %d has no button %q: %+v", m.ID, label, m.Buttons)
	}
	id := g.srv.Press(group, u, m.ID, data)
	var toast string
	found := g.srv.Wait(5*time.Second, func() bool {
		for _, cb := range g.srv.Callbacks() {
			if cb.ID == id {
				toast = cb.Text
				return true
			}
		}
		return false
	})
	if !found {
		g.t.Fatalf("%s's press of %q was never answered", u.FirstName, label)
	}
	return toast
}

// edited waits until message id's text contains want and returns it.
func (g *game) edited(id int, want string) telegramtest.Message {
	g.t.Helper()
	var m telegramtest.Message
	if !g.srv.Wait(5*time.Second, func() bool {
		m, _ = g.srv.Message(id)
		return strings.Contains(m.Text, want)
	}) {
		g.t.Fatalf("message %d = %q; want it edited to contain %q", id, m.Text, want)
	}
	return m
}

func TestClassInAGroup(t *testing.T) {
	g, path := newClassGame(t, 12)
	kids := []telegramtest.User{alice, bob, carol}
	g.srv.SetMember(group.ID, teacherTG.ID, "administrator")
	// Alice and Bob have started the bot; Carol never has, and Telegram
	// refuses private messages to her with 403.
	for _, k := range kids[:2] {
		g.srv.Send(telegramtest.Private(k), k, "/start")
		g.waitText(k.ID, 0, "/quiz")
	}
	g.srv.Block(carol.ID)

	// A student's /class start is refused privately: Alice has a chat
	// with the bot, so the refusal goes there rather than to the group.
	g.srv.Send(group, alice, "/class start Science 2 20")
	g.waitText(alice.ID, 1, "only a teacher")
	skip := len(g.srv.BotMessages(group.ID))
	g.srv.Send(group, teacherTG, "/class start Science 2 20")
	lobby := g.waitText(group.ID, skip, "🎓 Class quiz: 2 questions on Science, 20 seconds each")
	var labels []string
	for _, row := range lobby.Buttons {
		for _, b := range row {
			labels = append(labels, b.Text)
		}
	}
	if strings.Join(labels, "|") != "🙋 Join|▶️ Start" {
		t.Fatalf("lobby buttons = %q; want Join and Start", labels)
	}
	if toast := g.press(teacherTG, lobby, "▶️ Start"); !strings.Contains(toast, "Nobody has joined") {
		t.Errorf("Start with nobody in: toast %q", toast)
	}
	for _, k := range kids {
		if toast := g.press(k, lobby, "🙋 Join"); !strings.Contains(toast, "You're in, "+k.FirstName) {
			t.Errorf("%s's Join: toast %q", k.FirstName, toast)
		}
	}
	if toast := g.press(bob, lobby, "🙋 Join"); !strings.Contains(toast, "already") {
		t.Errorf("Bob's second Join: toast %q; want \"already\"", toast)
	}
	// The lobby's list is a live edit, at most one per two seconds from the
	// last one delivered: move the clock until it shows.
	for i := 0; i < 500; i++ {
		if m, _ := g.srv.Message(lobby.ID); strings.Contains(m.Text, "Joined: 3 — Alice, Bob, Carol") {
			break
		}
		g.clock.Advance(time.Second)
		time.Sleep(10 * time.Millisecond)
	}
	g.edited(lobby.ID, "Joined: 3 — Alice, Bob, Carol")
	if toast := g.press(alice, lobby, "▶️ Start"); !strings.Contains(toast, "Only the teacher") {
		t.Errorf("a student's Start: toast %q; want a refusal", toast)
	}
	skip = len(g.srv.BotMessages(group.ID))
	if toast := g.press(teacherTG, lobby, "▶️ Start"); !strings.Contains(toast, "Starting with 3 students") {
		t.Errorf("the teacher's Start: toast %q", toast)
	}
	if m := g.edited(lobby.ID, "Started"); len(m.Buttons) != 1 || len(m.Buttons[0]) != 1 || m.Buttons[0][0].Text != "🙋 Join" {
		t.Errorf("the started lobby has buttons %+v; want only Join, for latecomers", m.Buttons)
	}

	for qi := 0; qi < 2; qi++ {
		m, q := g.question(group.ID, skip)
		if !q.Kind.Choice() {
			t.Fatalf("a class asked a %s question", q.Kind)
		}
		right, wrong := q.AnswerIndex(), (q.AnswerIndex()+1)%len(q.Options)
		if toast := g.press(alice, m, button(m, right)); !strings.HasPrefix(toast, "✅") {
			t.Errorf("Q%d: Alice's right answer: toast %q", qi+1, toast)
		}
		g.edited(m.ID, "Answered: 1/3")
		if toast := g.press(alice, m, button(m, wrong)); !strings.Contains(toast, "answered this one already") {
			t.Errorf("Q%d: Alice's second press: toast %q; want a refusal", qi+1, toast)
		}
		if toast := g.press(bob, m, button(m, wrong)); !strings.HasPrefix(toast, "❌") {
			t.Errorf("Q%d: Bob's wrong answer: toast %q", qi+1, toast)
		}
		if toast := g.press(carol, m, button(m, right)); !strings.HasPrefix(toast, "✅") {
			t.Errorf("Q%d: Carol's right answer: toast %q", qi+1, toast)
		}
		// Closed by the last answer: the clock has not moved.
		rev := g.waitText(group.ID, skip, "📊 3 of 3 students answered.")
		g.waitText(group.ID, skip, "Everyone has answered")
		line := fmt.Sprintf("✅ %d. %s — 2", right+1, q.Answer)
		if !strings.Contains(rev.Text, line) || !strings.Contains(rev.Text, fmt.Sprintf("%d. %s — 1", wrong+1, q.Options[wrong])) {
			t.Errorf("Q%d reveal lacks %q and the wrong pick:\n%s", qi+1, line, rev.Text)
		}
		if rev.Kind != "photo" || len(rev.File) == 0 {
			t.Errorf("Q%d reveal is a %s without the distribution chart", qi+1, rev.Kind)
		}
		if mm := g.edited(m.ID, line); len(mm.Buttons) != 0 {
			t.Errorf("Q%d: revealed question keeps its buttons", qi+1)
		}
		if toast := g.press(bob, m, button(m, right)); !strings.Contains(toast, "closed") {
			t.Errorf("Q%d: a press after the close: toast %q", qi+1, toast)
		}
		if qi == 0 {
			skip = len(g.srv.BotMessages(group.ID))
			g.next(group.ID, skip)
		}
	}

	podium := g.waitText(group.ID, skip, "🏁 Class over: 2 questions, 3 students.")
	if podium.Kind != "photo" || len(podium.File) == 0 {
		t.Errorf("podium is a %s without its chart", podium.Kind)
	}
	// Alice and Carol tie: both get gold, and Bob's place is third.
	for _, want := range []string{"🥇 Alice", "🥇 Carol", "🥉 Bob — 0 points (0/2 right)"} {
		if !strings.Contains(podium.Text, want) {
			t.Errorf("podium lacks %q:\n%s", want, podium.Text)
		}
	}
	g.waitText(alice.ID, 0, "2 of 2 questions right, place")
	g.waitText(bob.ID, 0, "0 of 2 questions right, place 3 of 3.")
	g.waitText(group.ID, skip, "could not send 1 student their result privately")
	if n := len(g.srv.BotMessages(carol.ID)); n != 0 {
		t.Errorf("Carol, who never started the bot, has %d private messages", n)
	}
	if g.srv.Unanswered() != 0 {
		t.Errorf("unanswered button presses = %d; want 0", g.srv.Unanswered())
	}

	g.stop()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT u.platform_id, count(*), sum(a.correct) FROM attempts a JOIN users u ON u.id = a.user_id
		GROUP BY u.platform_id ORDER BY u.platform_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string][2]int{}
	total := 0
	for rows.Next() {
		var who string
		var n, right int
		if err := rows.Scan(&who, &n, &right); err != nil {
			t.Fatal(err)
		}
		got[who] = [2]int{n, right}
		total += n
	}
	want := map[string][2]int{itoa(alice.ID): {2, 2}, itoa(bob.ID): {2, 0}, itoa(carol.ID): {2, 2}}
	if total != len(kids)*2 || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("attempts (user: rows, right) = %v, %d rows; want %v, %d rows", got, total, want, len(kids)*2)
	}
}
