package telegram

import (
	"context"
	"log/slog"
	"strconv"
	"sync"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/bot/telegram/telegramtest"
)

const testToken = "123456:TEST-secret-token_abcdefghijklmnop"

// fakeService stands in for *bot.Service where a test must see what the
// adapter hands over: it records every Incoming, keeps state in a map, and
// lets the test reply through the bot's Outbox.
type fakeService struct {
	mu     sync.Mutex
	state  map[string]string
	got    []bot.Incoming
	seen   map[string]bool
	calls  map[string]int // Handle calls per Incoming.ID, duplicates included
	reply  func(ctx context.Context, out bot.Outbox, in bot.Incoming) error
	out    bot.Outbox
	handle chan bot.Incoming
}

var _ service = (*fakeService)(nil)

func newFakeService() *fakeService {
	return &fakeService{state: map[string]string{}, seen: map[string]bool{}, calls: map[string]int{}, handle: make(chan bot.Incoming, 1000)}
}

func (f *fakeService) Handle(ctx context.Context, in bot.Incoming) error {
	f.mu.Lock()
	dup := f.seen[in.ID]
	f.seen[in.ID] = true
	f.calls[in.ID]++
	if !dup {
		f.got = append(f.got, in)
	}
	reply, out := f.reply, f.out
	f.mu.Unlock()
	if dup {
		return nil
	}
	f.handle <- in
	if reply != nil {
		return reply(ctx, out, in)
	}
	return nil
}

func (f *fakeService) Now() time.Time { return time.Now() }

func (f *fakeService) State(ctx context.Context, key string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state[key], nil
}

func (f *fakeService) SetState(ctx context.Context, key, value string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.state[key] = value
	return nil
}

func (f *fakeService) SetStateFor(ctx context.Context, key, value string, keep time.Duration) error {
	return f.SetState(ctx, key, value)
}

func (f *fakeService) incoming() []bot.Incoming {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bot.Incoming(nil), f.got...)
}

// next waits for the next Incoming the service sees.
func (f *fakeService) next(t *testing.T) bot.Incoming {
	t.Helper()
	select {
	case in := <-f.handle:
		return in
	case <-time.After(5 * time.Second):
		t.Fatal("no Incoming reached the service within 5 s")
		return bot.Incoming{}
	}
}

// none checks that nothing reaches the service for a short while.
func (f *fakeService) none(t *testing.T) {
	t.Helper()
	select {
	case in := <-f.handle:
		t.Fatalf("got Incoming %+v; want none", in)
	case <-time.After(150 * time.Millisecond):
	}
}

// env is a bot on a fake server, with its log.
type env struct {
	srv  *telegramtest.Server
	svc  *fakeService
	bot  *Bot
	logs *bottest.Log
	stop func() // cancels Run and waits for it
}

// testConfig is fast: short polls, quick retries, retry_after seconds as
// 10 ms.
func testConfig(srv *telegramtest.Server, logs *bottest.Log) Config {
	return Config{
		Token:          testToken,
		APIURL:         srv.URL,
		Logger:         slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		PollTimeout:    time.Second,
		RetryBase:      5 * time.Millisecond,
		Rate:           1000,
		GroupPerMin:    60000,
		Drain:          2 * time.Second,
		retryAfterUnit: 10 * time.Millisecond,
	}
}

// start runs a polling bot for svc on srv until the test ends.
func start(t *testing.T, srv *telegramtest.Server, svc *fakeService, tune func(*Config)) *env {
	t.Helper()
	logs := &bottest.Log{}
	cfg := testConfig(srv, logs)
	if tune != nil {
		tune(&cfg)
	}
	b, err := newBot(cfg, svc)
	if err != nil {
		t.Fatalf("newBot: %v", err)
	}
	svc.mu.Lock()
	svc.out = b
	svc.mu.Unlock()
	e := &env{srv: srv, svc: svc, bot: b, logs: logs}
	if cfg.WebhookURL != "" {
		e.stop = func() {}
		return e
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	var once sync.Once
	e.stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run = %v; want nil", err)
				}
			case <-time.After(10 * time.Second):
				t.Error("Run did not return within 10 s of cancel")
			}
		})
	}
	t.Cleanup(e.stop)
	return e
}

func newServer(t *testing.T) *telegramtest.Server {
	t.Helper()
	srv := telegramtest.New(testToken).Start()
	t.Cleanup(srv.Close)
	return srv
}

var (
	alice = telegramtest.User{ID: 1001, FirstName: "Alice", UserName: "alice"}
	bob   = telegramtest.User{ID: 1002, FirstName: "Bob"}
	carol = telegramtest.User{ID: 1003, FirstName: "Carol"}
	group = telegramtest.Chat{ID: -500, Type: "group", Title: "Class 7b"}
	super = telegramtest.Chat{ID: -1000000000777, Type: "supergroup", Title: "History club"}
)

// waitMsgs waits until chat holds n bot messages and returns them.
func waitMsgs(t *testing.T, srv *telegramtest.Server, chat int64, n int) []telegramtest.Message {
	t.Helper()
	srv.Wait(5*time.Second, func() bool { return len(srv.BotMessages(chat)) >= n })
	got := srv.BotMessages(chat)
	if len(got) < n {
		t.Fatalf("chat %d has %d bot messages; want %d: %+v", chat, len(got), n, got)
	}
	return got
}

func tgChat(c telegramtest.Chat) bot.Chat {
	return bot.Chat{Platform: Platform, ID: itoa(c.ID), Private: c.Type == "private", Title: c.Title}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
