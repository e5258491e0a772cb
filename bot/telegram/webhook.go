package telegram

import (
	"context"
	"crypto/subtle"
	"io"
	"net/http"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// maxUpdate bounds a webhook request body; real updates are a few KB.
const maxUpdate = 1 << 20

// runWebhook registers the webhook (with its secret, which the library's
// WebhookConfig cannot send) and waits for ctx to end; updates arrive through
// WebhookHandler meanwhile.
func (b *Bot) runWebhook(ctx context.Context) error {
	p := tgbotapi.Params{"url": b.cfg.WebhookURL, "secret_token": b.cfg.WebhookSecret}
	if err := p.AddInterface("allowed_updates", allowedUpdates); err != nil {
		return err
	}
	err := b.out.retry(ctx, "setWebhook", 0, func() error {
		_, err := b.request(ctx, "setWebhook", p)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	b.log.Info("telegram webhook set", "url", redactURL(b.cfg.WebhookURL))
	<-ctx.Done()
	return nil
}

// WebhookHandler serves POST /telegram/webhook: requests must carry the
// secret in X-Telegram-Bot-Api-Secret-Token. The update is handled before
// the answer, so that Telegram delivers it again if the bot dies meanwhile.
func (b *Bot) WebhookHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
		if b.cfg.WebhookSecret == "" || subtle.ConstantTimeCompare([]byte(got), []byte(b.cfg.WebhookSecret)) != 1 {
			b.log.Debug("webhook request with a wrong secret refused", "remote", r.RemoteAddr)
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxUpdate))
		if err != nil {
			b.log.Debug("webhook body unreadable", "err", err)
			http.Error(w, "bad request", http.StatusRequestEntityTooLarge)
			return
		}
		done := make(chan struct{})
		b.dispatch(context.WithoutCancel(r.Context()), raw, func() { close(done) })
		select {
		case <-done:
		case <-r.Context().Done():
		}
		w.WriteHeader(http.StatusOK)
	})
}
