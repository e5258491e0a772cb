package telegram

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/bot/telegram/telegramtest"
	"quizbot/quiz"
	"quizbot/storage"
)

// game is the real conversation (bot.Service on a SQLite file) behind the
// adapter, on the fake Bot API server, with a clock moved by hand.
type game struct {
	t     *testing.T
	srv   *telegramtest.Server
	db    *storage.DB
	clock *bottest.Clock
	qs    map[string]quiz.Question
	svc   *bot.Service
	bot   *Bot
	logs  *bottest.Log
	stop  func()
}

func newGame(t *testing.T, questions int) *game {
	t.Helper()
	g := &game{t: t, srv: newServer(t), db: bottest.OpenDB(t), clock: bottest.NewClock(), qs: map[string]quiz.Question{}, logs: &bottest.Log{}}
	for _, q := range bottest.Seed(t, g.db, questions) {
		g.qs[q.Stem] = q
	}
	g.start()
	return g
}

// start runs a Service and an adapter; stop ends both, as a restart would.
func (g *game) start() {
	t := g.t
	cfg := testConfig(g.srv, g.logs)
	g.svc = bot.New(g.db, bot.Config{Clock: g.clock, QuestionTime: 30 * time.Second, Pause: 3 * time.Second,
		Logger: slog.New(slog.NewTextHandler(g.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	b, err := New(cfg, g.svc)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	g.bot = b
	if err := g.svc.Start(context.Background()); err != nil {
		t.Fatalf("Start: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	stopped := false
	g.stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run = %v; want nil", err)
		}
		g.svc.Close()
	}
	t.Cleanup(g.stop)
}

// waitText waits for a bot message in chat, sent after the first skip
// messages, whose text contains want, and returns it.
func (g *game) waitText(chat int64, skip int, want string) telegramtest.Message {
	g.t.Helper()
	var found telegramtest.Message
	ok := g.srv.Wait(5*time.Second, func() bool {
		msgs := g.srv.BotMessages(chat)
		for i := len(msgs) - 1; i >= skip; i-- {
			if strings.Contains(msgs[i].Text, want) {
				found = msgs[i]
				return true
			}
		}
		return false
	})
	if !ok {
		g.t.Fatalf("no message with %q in chat %d after #%d; got:\n%s", want, chat, skip, dump(g.srv.BotMessages(chat)))
	}
	return found
}

// question waits for the next question (a message starting with ❓) after
// skip messages and returns it with the stored question it shows.
func (g *game) question(chat int64, skip int) (telegramtest.Message, quiz.Question) {
	g.t.Helper()
	m := g.waitText(chat, skip, "❓")
	lines := strings.Split(m.Text, "\n")
	if len(lines) < 2 {
		g.t.Fatalf("question message %q has no stem line", m.Text)
	}
	q, ok := g.qs[lines[1]]
	if !ok {
		g.t.Fatalf("no stored question for %q", lines[1])
	}
	// Options are shown in an order drawn for each round: put the
	// question's options in the order of the buttons.
	if len(q.Options) > 0 {
		shown := make([]string, 0, len(q.Options))
		for _, row := range m.Buttons {
			for _, b := range row {
				for _, o := range q.Options {
					if strings.HasPrefix(o, strings.TrimSuffix(b.Text, "…")) {
						shown = append(shown, o)
						break
					}
				}
			}
		}
		if len(shown) == len(q.Options) {
			q.Options = shown
		}
	}
	return m, q
}

// button returns the label of option i of a question message.
func button(m telegramtest.Message, i int) string {
	n := 0
	for _, row := range m.Buttons {
		for _, b := range row {
			if n == i {
				return b.Text
			}
			n++
		}
	}
	return ""
}

func dump(ms []telegramtest.Message) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString("#" + itoa(int64(m.ID)) + " " + m.Text + "\n")
	}
	return b.String()
}

// next moves the clock through the pause after a reveal until the next
// question is out: the Service arms the pause timer just after it sends the
// reveal, so one jump could come too early.
func (g *game) next(chat int64, skip int) {
	g.t.Helper()
	for i := 0; i < 100; i++ {
		g.clock.Advance(time.Second)
		for _, m := range g.srv.BotMessages(chat)[skip:] {
			if strings.HasPrefix(m.Text, "❓") {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	g.t.Fatalf("no next question in chat %d:\n%s", chat, dump(g.srv.BotMessages(chat)))
}

// votesStored is how many answers the open question of chat has in the
// store.
func (g *game) votesStored(chat int64) int {
	id, err := chatRow(g.db, chat)
	if err != nil {
		return -1
	}
	r, err := g.db.OpenRound(context.Background(), id)
	if err != nil || r == nil {
		return -1
	}
	atts, err := g.db.Attempts(context.Background(), r.ID, r.Seq)
	if err != nil {
		return -1
	}
	return len(atts)
}

func (g *game) callbacks(n int) []telegramtest.Callback {
	g.t.Helper()
	g.srv.Wait(5*time.Second, func() bool { return len(g.srv.Callbacks()) >= n })
	cbs := g.srv.Callbacks()
	if len(cbs) < n {
		g.t.Fatalf("callback answers = %d; want %d", len(cbs), n)
	}
	return cbs
}

func TestFullGamePrivate(t *testing.T) {
	g := newGame(t, 12)
	me := telegramtest.Private(alice)
	g.srv.Send(me, alice, "/start")
	g.waitText(alice.ID, 0, "/quiz")
	g.srv.Send(me, alice, "/quiz 4")
	presses := 0
	for i := 0; i < 4; i++ {
		skip := len(g.srv.BotMessages(alice.ID)) - 1
		if i == 0 {
			skip = 1
		}
		m, q := g.question(alice.ID, skip)
		before := len(g.srv.BotMessages(alice.ID))
		if q.Kind.Choice() {
			if _, ok := g.srv.PressButton(me, alice, m.ID, button(m, q.AnswerIndex())); !ok {
				t.Fatalf("question %q has no button %d: %+v", q.Stem, q.AnswerIndex(), m.Buttons)
			}
			presses++
			cbs := g.callbacks(presses)
			if !strings.Contains(cbs[presses-1].Text, "✅") {
				t.Errorf("verdict toast = %q; want ✅", cbs[presses-1].Text)
			}
		} else {
			g.srv.Send(me, alice, q.Answer)
		}
		g.waitText(alice.ID, before-1, q.Explanation)
	}
	g.waitText(alice.ID, 0, "Round over")
	before := len(g.srv.BotMessages(alice.ID))
	g.srv.Send(me, alice, "/score")
	g.waitText(alice.ID, before, "")
	g.srv.Send(me, alice, "/top")
	g.srv.Wait(5*time.Second, func() bool { return len(g.srv.BotMessages(alice.ID)) >= before+2 })
	msgs := g.srv.BotMessages(alice.ID)
	if len(msgs) < before+2 {
		t.Fatalf("/score and /top answered %d messages; want 2:\n%s", len(msgs)-before, dump(msgs))
	}
	if !strings.Contains(msgs[before].Text, "4") {
		t.Errorf("/score = %q; want the 4 right answers in it", msgs[before].Text)
	}
	if !strings.Contains(msgs[before+1].Text, "Alice") {
		t.Errorf("/top = %q; want Alice on it", msgs[before+1].Text)
	}
	if g.srv.Unanswered() != 0 {
		t.Errorf("unanswered button presses = %d; want 0", g.srv.Unanswered())
	}
}

// TestFullGameGroup: three players in a group, buttons and typed replies,
// reveals by the clock, a restart in the middle of a question.
func TestFullGameGroup(t *testing.T) {
	g := newGame(t, 12)
	players := []telegramtest.User{alice, bob, carol}
	g.srv.SetMember(group.ID, alice.ID, "creator")
	g.srv.Send(group, alice, "/quiz@QuizTestBot 4")
	skip := 0
	presses := 0
	for i := 0; i < 4; i++ {
		m, q := g.question(group.ID, skip)
		if i == 1 {
			// A restart while the question is open: its buttons and
			// timer must still work.
			g.stop()
			g.start()
		}
		if q.Kind.Choice() {
			right, wrong := q.AnswerIndex(), (q.AnswerIndex()+1)%len(q.Options)
			var ids []string
			for j, u := range players {
				pick := right
				if j == 1 {
					pick = wrong
				}
				id, _ := g.srv.PressButton(group, u, m.ID, button(m, pick))
				ids = append(ids, id)
			}
			presses += 3
			// Presses in a group are handled side by side: match each
			// verdict to its press, not to the order of arrival.
			verdict := map[string]string{}
			for _, cb := range g.callbacks(presses) {
				verdict[cb.ID] = cb.Text
			}
			if !strings.Contains(verdict[ids[0]], "✅") || !strings.Contains(verdict[ids[1]], "❌") || !strings.Contains(verdict[ids[2]], "✅") {
				t.Errorf("verdicts = %q, %q, %q; want ✅ ❌ ✅", verdict[ids[0]], verdict[ids[1]], verdict[ids[2]])
			}
			g.clock.Advance(30 * time.Second)
			g.srv.Wait(5*time.Second, func() bool {
				mm, _ := g.srv.Message(m.ID)
				return strings.Contains(mm.Text, "— 2")
			})
			mm, _ := g.srv.Message(m.ID)
			if !strings.Contains(mm.Text, fmt.Sprintf("✅ %d. %s — 2", right+1, q.Answer)) || len(mm.Buttons) != 0 {
				t.Errorf("revealed question = %q with %d button rows; want the answer with 2 picks and no buttons", mm.Text, len(mm.Buttons))
			}
		} else {
			// Bob replies to the question: a typed answer in a group.
			g.srv.Reply(group, bob, q.Answer, m.ID)
			g.waitText(group.ID, skip, "got it")
		}
		g.waitText(group.ID, skip, q.Explanation)
		skip = len(g.srv.BotMessages(group.ID))
		if i < 3 {
			g.next(group.ID, skip)
		}
	}
	g.waitText(group.ID, 0, "Round over")
	before := len(g.srv.BotMessages(group.ID))
	g.srv.Send(group, carol, "/top@QuizTestBot")
	top := g.waitText(group.ID, before, "Leaderboard")
	// The round draws 4 of the 12 questions at random: about one round in
	// 33 has no choice question, and then only Bob, who typed, has scored.
	want := []string{"Bob"}
	if presses > 0 {
		want = append(want, "Alice", "Carol")
	}
	for _, name := range want {
		if !strings.Contains(top.Text, name) {
			t.Errorf("/top = %q; want %s on it", top.Text, strings.Join(want, ", "))
		}
	}
	if g.srv.Unanswered() != 0 {
		t.Errorf("unanswered button presses = %d; want 0", g.srv.Unanswered())
	}
	if strings.Contains(g.logs.String(), testToken) {
		t.Error("the token is in the log")
	}
}

// TestFullGamePolls: /quiz poll makes choice questions native quiz polls;
// votes (poll_answer updates, which name no chat) are scored.
func TestFullGamePolls(t *testing.T) {
	g := newGame(t, 12)
	g.srv.Send(group, alice, "/quiz poll")
	g.waitText(group.ID, 0, "poll")
	// The Service caches chat settings for a minute under a key that
	// /quiz poll does not refresh (reported to the lead): let it expire.
	g.clock.Advance(61 * time.Second)
	votes := 0
	for tries := 0; votes < 2 && tries < 30; tries++ {
		skip := len(g.srv.BotMessages(group.ID))
		g.srv.Send(group, alice, "/quiz 1")
		var m telegramtest.Message
		g.srv.Wait(5*time.Second, func() bool {
			for _, x := range g.srv.BotMessages(group.ID)[skip:] {
				if x.Kind == "poll" || strings.HasPrefix(x.Text, "❓") {
					m = x
					return true
				}
			}
			return false
		})
		switch {
		case m.Kind == "poll":
			p := m.Poll
			if p.Type != "quiz" || p.Anonymous || p.OpenPeriod != 30 || p.Explanation == "" {
				t.Errorf("poll = %+v; want a non-anonymous quiz poll open 30 s with an explanation", p)
			}
			g.srv.Vote(p.ID, bob, p.Correct)
			g.srv.Vote(p.ID, carol, (p.Correct+1)%len(p.Options))
			votes++
			// Both votes stored before time runs out: waited for in the
			// store, since a vote gets no visible answer.
			if !g.srv.Wait(5*time.Second, func() bool { return g.votesStored(group.ID) == 2 }) {
				t.Fatalf("votes stored = %d; want 2", g.votesStored(group.ID))
			}
			g.clock.Advance(30 * time.Second)
			reveal := g.waitText(group.ID, skip, "🏅")
			if !strings.Contains(reveal.Text, "Bob") || strings.Contains(reveal.Text, "Carol") {
				t.Errorf("reveal = %q; want Bob right and Carol not", reveal.Text)
			}
			if mm, _ := g.srv.Message(m.ID); !mm.Poll.Closed {
				t.Error("poll not closed at the reveal")
			}
		case m.ID != 0:
			q := g.qs[strings.Split(m.Text, "\n")[1]]
			g.srv.Send(group, alice, "/answer "+q.Answer)
		default:
			t.Fatalf("no question came:\n%s", dump(g.srv.BotMessages(group.ID)))
		}
		g.waitText(group.ID, skip, "Round over")
	}
	if votes == 0 {
		t.Fatalf("no poll came up:\n%s", dump(g.srv.BotMessages(group.ID)))
	}
	before := len(g.srv.BotMessages(group.ID))
	g.srv.Send(group, bob, "/score")
	g.waitText(group.ID, before, "")
}
