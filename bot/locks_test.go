package bot_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/quiz"
)

// stuckOutbox records like bottest.Outbox, but while stuck it holds every
// message to the chat (not the toasts answering presses) until let go or
// until the sender gives up (its context ends): a platform pacing the chat,
// or retrying a 429, for minutes.
type stuckOutbox struct {
	*bottest.Outbox
	mu      sync.Mutex
	stuck   chan struct{} // closed to let go; nil when not stuck
	waiting chan struct{} // receives when a send starts waiting
	gaveUp  chan error    // receives the context's error of a send given up
}

func newStuckOutbox() *stuckOutbox {
	return &stuckOutbox{Outbox: &bottest.Outbox{}, waiting: make(chan struct{}, 100), gaveUp: make(chan error, 100)}
}

func (o *stuckOutbox) stick() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.stuck = make(chan struct{})
}

func (o *stuckOutbox) letGo() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.stuck != nil {
		close(o.stuck)
		o.stuck = nil
	}
}

func (o *stuckOutbox) wait(ctx context.Context, r bot.Reply) error {
	if r.Ephemeral && r.To != nil && r.To.Data != "" {
		return nil // a toast: the platform answers presses apart
	}
	o.mu.Lock()
	stuck := o.stuck
	o.mu.Unlock()
	if stuck == nil {
		return nil
	}
	o.waiting <- struct{}{}
	select {
	case <-stuck:
		return nil
	case <-ctx.Done():
		o.gaveUp <- ctx.Err()
		return ctx.Err()
	case <-time.After(time.Minute):
		return nil
	}
}

func (o *stuckOutbox) Send(ctx context.Context, chat bot.Chat, r bot.Reply) (string, error) {
	if err := o.wait(ctx, r); err != nil {
		return "", err
	}
	return o.Outbox.Send(ctx, chat, r)
}

func (o *stuckOutbox) Edit(ctx context.Context, chat bot.Chat, msgID string, r bot.Reply) error {
	if err := o.wait(ctx, r); err != nil {
		return err
	}
	return o.Outbox.Edit(ctx, chat, msgID, r)
}

func newStuckEnv(t *testing.T) (*env, *stuckOutbox) {
	db := bottest.OpenDB(t)
	out := newStuckOutbox()
	e := &env{t: t, db: db, clock: bottest.NewClock(), out: out.Outbox, qs: map[string]quiz.Question{}}
	for _, q := range bottest.Seed(t, db, 12) {
		e.qs[q.Stem] = q
	}
	e.svc = bot.New(e.db, bot.Config{Clock: e.clock, QuestionTime: 30 * time.Second, Pause: 3 * time.Second})
	e.svc.Register(bottest.Platform, out, bottest.Capabilities)
	if err := e.svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { out.letGo(); e.svc.Close() })
	return e, out
}

// choiceQuestion starts rounds in the group until one opens with a choice
// question, and returns its message and question.
func (e *env) choiceQuestion(by bot.User) (bottest.Sent, quiz.Question) {
	e.t.Helper()
	for tries := 0; tries < 30; tries++ {
		qm, ok := bottest.LastQuestion(e.send(group, by, "/quiz 5"))
		if !ok {
			e.t.Fatal("no question sent")
		}
		if q := e.question(qm); q.Kind.Choice() {
			return qm, q
		}
		e.send(group, by, "/stop")
	}
	e.t.Fatal("no choice question came up")
	return bottest.Sent{}, quiz.Question{}
}

// TestPressAnsweredWhileTheChatsSendsAreStuck: a command's message to the
// group (a hint) is held by the platform for seconds; a student's press in
// the same group must still be recorded and answered at once, not wait
// behind that message for the chat's lock.
func TestPressAnsweredWhileTheChatsSendsAreStuck(t *testing.T) {
	e, out := newStuckEnv(t)
	ann, bob := user("1"), user("2")
	qm, q := e.choiceQuestion(ann)
	out.stick()
	hinted := make(chan struct{})
	go func() {
		defer close(hinted)
		e.svc.Handle(context.Background(), bot.Incoming{ID: "hint", Chat: group, User: ann, Text: "/hint", At: e.clock.Now()})
	}()
	<-out.waiting // the hint is held by the platform
	const stuckFor = 3 * time.Second
	go func() { time.Sleep(stuckFor); out.letGo() }()
	start := time.Now()
	err := e.svc.Handle(context.Background(), bot.Incoming{ID: "press", Chat: group, User: bob, Data: rightButton(qm, q), At: e.clock.Now()})
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("press answered in %v while the chat's hint was held for %v", took.Round(time.Millisecond), stuckFor)
	if took > time.Second {
		t.Errorf("press answered after %v; want within 1 s while the chat's sends are stuck", took.Round(time.Millisecond))
	}
	<-hinted
	text := bottest.Text(e.out.Take())
	if !strings.Contains(text, "✅ +") || !strings.Contains(strings.ToLower(text), "hint") {
		t.Errorf("sent:\n%s\nwant the press's verdict and the hint", text)
	}
}

// TestUploadDoesNotHoldTheChat: a teacher's document is downloaded and its
// questions written outside the chat's lock, so the chat's round goes on:
// a press while the download is slow is answered at once.
func TestUploadDoesNotHoldTheChat(t *testing.T) {
	e, _ := newStuckEnv(t)
	ann, bob := user("1"), user("2")
	qm, q := e.choiceQuestion(ann)
	text, err := os.ReadFile("testdata/volcanoes.md")
	if err != nil {
		t.Fatal(err)
	}
	slow := make(chan struct{})
	opened := make(chan struct{})
	f := &bot.File{Name: "volcanoes.md", MIME: "text/markdown", Size: int64(len(text)), Open: func(ctx context.Context) (io.ReadCloser, error) {
		close(opened)
		<-slow // the platform's file server is slow
		return io.NopCloser(bytes.NewReader(text)), nil
	}}
	uploaded := make(chan struct{})
	go func() {
		defer close(uploaded)
		e.svc.Handle(context.Background(), bot.Incoming{ID: "upload", Chat: group, User: bot.User{ID: "1", Name: "User1", Admin: true},
			Text: "/class upload", File: f, At: e.clock.Now()})
	}()
	<-opened
	const slowFor = 3 * time.Second
	go func() { time.Sleep(slowFor); close(slow) }()
	start := time.Now()
	if err := e.svc.Handle(context.Background(), bot.Incoming{ID: "press", Chat: group, User: bob, Data: rightButton(qm, q), At: e.clock.Now()}); err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	t.Logf("press answered in %v while an upload was read for %v", took.Round(time.Millisecond), slowFor)
	if took > time.Second {
		t.Errorf("press answered after %v; want within 1 s while an upload is read", took.Round(time.Millisecond))
	}
	<-uploaded
	if out := bottest.Text(e.out.Take()); !strings.Contains(out, "Topic “") {
		t.Errorf("the upload made no topic:\n%s", out)
	}
}

// TestCloseCancelsATimersStuckSend: a question's timer reveals it while the
// platform holds the chat's messages. Close must not wait for the platform:
// the timer's work runs in a context Close cancels, after a short grace.
func TestCloseCancelsATimersStuckSend(t *testing.T) {
	e, out := newStuckEnv(t)
	e.choiceQuestion(user("1"))
	out.stick()
	go e.clock.Advance(31 * time.Second) // time's up: the reveal is sent
	select {
	case <-out.waiting:
	case <-time.After(5 * time.Second):
		t.Fatal("the reveal was not sent")
	}
	closed := make(chan struct{})
	start := time.Now()
	go func() { e.svc.Close(); close(closed) }()
	select {
	case <-closed:
	case <-time.After(10 * time.Second):
		out.letGo()
		<-closed
		t.Fatalf("Close waited %v for a timer's send held by the platform; want it cancelled", time.Since(start).Round(time.Millisecond))
	}
	t.Logf("Close returned in %v with a timer's send held by the platform", time.Since(start).Round(time.Millisecond))
	select {
	case err := <-out.gaveUp:
		if err == nil {
			t.Error("the held send gave up without its context ending")
		}
	default:
		t.Error("the held send's context was not cancelled by Close")
	}
}
