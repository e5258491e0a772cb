package telegram

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/bot/telegram/telegramtest"
)

func TestWebhook(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	const secret = "s3cret_webhook-token"
	// The bot's HTTP listener, as the lead mounts it.
	var handler http.Handler
	mux := http.NewServeMux()
	mux.Handle("POST /telegram/webhook", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { handler.ServeHTTP(w, r) }))
	hook := httptest.NewServer(mux)
	defer hook.Close()

	e := start(t, srv, svc, func(c *Config) {
		c.WebhookURL = hook.URL + "/telegram/webhook"
		c.WebhookSecret = secret
	})
	handler = e.bot.WebhookHandler()
	svc.reply = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		_, err := out.Send(ctx, in.Chat, bot.Reply{To: &in, Text: "pong " + in.Text})
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.bot.Run(ctx) }()

	if !srv.Wait(5*time.Second, func() bool { u, _ := srv.Webhook(); return u != "" }) {
		t.Fatal("setWebhook not called")
	}
	if u, s := srv.Webhook(); u != hook.URL+"/telegram/webhook" || s != secret {
		t.Errorf("webhook = %q, secret %q; want %q with the secret", u, s, hook.URL+"/telegram/webhook")
	}
	// The fake server delivers by POST with the secret header.
	srv.Send(telegramtest.Private(alice), alice, "/ping")
	if in := svc.next(t); in.Text != "/ping" {
		t.Errorf("webhook update Text = %q; want /ping", in.Text)
	}
	waitMsgs(t, srv, alice.ID, 1)
	if len(srv.Calls("getUpdates")) != 0 {
		t.Error("getUpdates called in webhook mode")
	}

	body := `{"update_id": 999, "message": {"message_id": 1, "date": 1, "chat": {"id": 5, "type": "private"}, "from": {"id": 5, "first_name": "Eve"}, "text": "/score"}}`
	tests := []struct {
		name   string
		method string
		secret string
		body   string
		want   int
	}{
		{"wrong secret", http.MethodPost, "guess", body, http.StatusForbidden},
		{"no secret", http.MethodPost, "", body, http.StatusForbidden},
		{"GET", http.MethodGet, secret, "", http.StatusMethodNotAllowed},
		{"malformed body", http.MethodPost, secret, "{not json", http.StatusOK},
		{"too big", http.MethodPost, secret, `{"x":"` + strings.Repeat("a", maxUpdate) + `"}`, http.StatusRequestEntityTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, "/telegram/webhook", strings.NewReader(tc.body))
			if tc.secret != "" {
				req.Header.Set("X-Telegram-Bot-Api-Secret-Token", tc.secret)
			}
			rec := httptest.NewRecorder()
			handler.ServeHTTP(rec, req)
			if rec.Code != tc.want {
				t.Errorf("status = %d; want %d", rec.Code, tc.want)
			}
		})
	}
	svc.none(t) // none of those reached the conversation

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v; want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

func TestWebhookConfig(t *testing.T) {
	srv := newServer(t)
	for _, secret := range []string{"", "has space", strings.Repeat("x", 257)} {
		cfg := testConfig(srv, &bottest.Log{})
		cfg.WebhookURL, cfg.WebhookSecret = "https://example.org/telegram/webhook", secret
		if _, err := newBot(cfg, newFakeService()); err == nil || !strings.Contains(err.Error(), "QUIZBOT_TELEGRAM_WEBHOOK_SECRET") {
			t.Errorf("secret %q: err = %v; want one naming QUIZBOT_TELEGRAM_WEBHOOK_SECRET", secret, err)
		}
	}
}
