package telegram

import (
	"context"
	"log/slog"
	"net/url"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/telegram/telegramtest"
)

// TestTokenNeverInLogsOrErrors runs through every failure that carries a
// request URL (network errors, 5xx, 4xx, a dead server, a download) with
// debug logging on, and looks for the token.
func TestTokenNeverInLogsOrErrors(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	e := start(t, srv, svc, func(c *Config) { c.MaxAttempts = 2 })
	ctx := context.Background()
	var errs []error
	for _, f := range []*telegramtest.Fault{{Code: -1}, {Code: 502, Description: "Bad Gateway"}, {Code: 400, Description: "Bad Request: chat not found"}, {Code: 429, RetryAfter: 1}} {
		srv.SetFault(func(method string, p url.Values) *telegramtest.Fault {
			if method == "getUpdates" {
				return nil
			}
			return f
		})
		_, err := e.bot.Send(ctx, tgChat(group), bot.Reply{Text: "x"})
		errs = append(errs, err)
		errs = append(errs, e.bot.Edit(ctx, tgChat(group), "1", bot.Reply{Text: "y"}))
	}
	srv.SetFault(nil)
	srv.SendDocument(telegramtest.Private(alice), alice, "a.txt", "text/plain", []byte("hi"), "")
	in := svc.next(t)
	srv.Close() // the server goes away: getUpdates and downloads fail at the transport
	_, err := in.File.Open(ctx)
	errs = append(errs, err)
	_, err = e.bot.Send(ctx, tgChat(group), bot.Reply{Text: "x"})
	errs = append(errs, err)
	e.stop()

	// A bad token at start: the error must not show it either.
	_, err = newBot(Config{Token: "999:wrong-token-value", APIURL: "http://127.0.0.1:1", RetryBase: time.Millisecond, Logger: slog.New(slog.NewTextHandler(e.logs, nil))}, svc)
	errs = append(errs, err)

	for i, err := range errs {
		if err == nil {
			t.Errorf("error %d = nil; want a failure", i)
			continue
		}
		if strings.Contains(err.Error(), testToken) || strings.Contains(err.Error(), "wrong-token-value") {
			t.Errorf("error %d holds the token: %v", i, err)
		}
	}
	logs := e.logs.String()
	if strings.Contains(logs, testToken) || strings.Contains(logs, url.PathEscape(testToken)) {
		t.Errorf("the token is in the log:\n%s", logs)
	}
	if !strings.Contains(logs, "<token>") {
		t.Errorf("no redacted URL in the log; the test did not reach a transport error:\n%s", logs)
	}
}
