package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"quizbot/bot"
	"quizbot/bot/discord/discordtest"
)

// fakeService scripts the conversation for plumbing tests; the engine's own
// tests are in engine_test.go.
type fakeService struct {
	mu     sync.Mutex
	out    bot.Outbox
	ins    []bot.Incoming
	handle func(ctx context.Context, out bot.Outbox, in bot.Incoming) error
	topics []string
}

var _ service = (*fakeService)(nil)

func (f *fakeService) Register(platform string, out bot.Outbox, caps bot.Capabilities) {
	f.out = out
}

func (f *fakeService) Handle(ctx context.Context, in bot.Incoming) error {
	f.mu.Lock()
	f.ins = append(f.ins, in)
	h := f.handle
	f.mu.Unlock()
	if h != nil {
		return h(ctx, f.out, in)
	}
	return nil
}

func (f *fakeService) Topics(ctx context.Context) ([]string, error) { return f.topics, nil }

func (f *fakeService) incomings() []bot.Incoming {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bot.Incoming(nil), f.ins...)
}

// syncBuf collects log output from several goroutines.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type harness struct {
	t        *testing.T
	discord  *discordtest.Server
	bot      *Bot
	endpoint string
	logs     *syncBuf
}

var (
	guild   = discordtest.Where{Guild: "700000000000000001", Channel: "710000000000000001"}
	dm      = discordtest.Where{Channel: "720000000000000001"}
	teacher = discordtest.Member{ID: "800000000000000001", Name: "Ada", Nick: "Ms Ada", Admin: true}
	alice   = discordtest.Member{ID: "800000000000000002", Name: "Alice"}
	bob     = discordtest.Member{ID: "800000000000000003", Name: "Bob"}
	carol   = discordtest.Member{ID: "800000000000000004", Name: "Carol"}
)

// newHarness starts a fake Discord, the adapter with REST pointed at it and
// its interactions endpoint on loopback. mk builds the adapter from the
// config (newBot with a fake service, or New with the engine).
func newHarness(t *testing.T, mk func(Config) (*Bot, error), edit func(*Config)) *harness {
	t.Helper()
	fake := discordtest.New()
	t.Cleanup(fake.Close)
	logs := &syncBuf{}
	cfg := Config{
		Token: fake.Token, AppID: fake.AppID, APIURL: fake.URL, PublicKey: fake.PublicKey,
		Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
	if edit != nil {
		edit(&cfg)
	}
	b, err := mk(cfg)
	if err != nil {
		t.Fatalf("new bot: %v", err)
	}
	b.deferAfter = 300 * time.Millisecond
	mux := http.NewServeMux()
	mux.Handle("POST /discord/interactions", b.InteractionsHandler())
	srv := httptest.NewServer(mux)
	t.Cleanup(func() {
		srv.Close()
		b.Close()
		h := &harness{discord: fake, logs: logs}
		h.noSecrets(t)
	})
	return &harness{t: t, discord: fake, bot: b, endpoint: srv.URL + "/discord/interactions", logs: logs}
}

func withFake(svc *fakeService) func(Config) (*Bot, error) {
	return func(cfg Config) (*Bot, error) { return newBot(cfg, svc) }
}

// post sends an interaction signed like Discord and fails on transport errors.
func (h *harness) post(in *discordtest.Interaction) *discordtest.Reply {
	h.t.Helper()
	rep, err := h.discord.Post(h.endpoint, in)
	if err != nil {
		h.t.Fatalf("post interaction: %v", err)
	}
	return rep
}

// eventually polls cond until it holds or a second passes.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// noSecrets checks that neither the bot token nor any interaction token made
// it into the logs.
func (h *harness) noSecrets(t *testing.T) {
	logs := h.logs.String()
	if strings.Contains(logs, h.discord.Token) {
		t.Errorf("bot token in logs:\n%s", logs)
	}
	if strings.Contains(logs, "itok-") {
		t.Errorf("interaction token in logs:\n%s", logs)
	}
}

func mustInteraction(t *testing.T, body []byte) *discordgo.Interaction {
	t.Helper()
	var it discordgo.Interaction
	if err := json.Unmarshal(body, &it); err != nil {
		t.Fatal(err)
	}
	return &it
}
