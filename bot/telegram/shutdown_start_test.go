package telegram

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
)

// TestShutdownAtStart: a shutdown that comes while the bot is still
// starting (its stored offset not yet read) is a shutdown, not a fault:
// Run returns nil, so that quizbot serve exits 0 on a SIGTERM sent right
// after it came up.
func TestShutdownAtStart(t *testing.T) {
	srv := newServer(t)
	logs := &bottest.Log{}
	svc := bot.New(bottest.OpenDB(t), bot.Config{Clock: bottest.NewClock(), QuestionTime: 30 * time.Second,
		Logger: slog.New(slog.NewTextHandler(logs, nil))})
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	b, err := New(testConfig(srv, logs), svc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := b.Run(ctx); err != nil {
		t.Errorf("Run after a shutdown at start = %v; want nil", err)
	}
}
