package telegram

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"quizbot/bot"
)

// apiError is every error this package returns from a Bot API call. Its
// text never holds the token: the library builds request URLs with it, and
// net/http puts those URLs into its errors.
type apiError struct {
	method string
	msg    string
	code   int           // the Bot API error_code, 0 for transport errors
	after  time.Duration // retry_after, for 429
	net    bool          // the request may not have reached the server
	cause  error         // *tgbotapi.Error or a context error; never one holding a URL
}

func (e *apiError) Error() string { return "telegram " + e.method + ": " + e.msg }
func (e *apiError) Unwrap() error { return e.cause }

// Is makes a client error other than 429 (the user blocked the bot or never
// started it, a bad request) match bot.ErrRefused: trying again cannot help.
func (e *apiError) Is(target error) bool {
	return target == bot.ErrRefused && e.code >= 400 && e.code < 500 && e.code != 429
}

// RetryAfter is the wait a 429 asked for (bot.RetryAfter).
func (e *apiError) RetryAfter() time.Duration { return e.after }

// scrub turns a library error into an *apiError without the token.
func (b *Bot) scrub(method string, err error) error {
	if err == nil {
		return nil
	}
	var ae *apiError
	if errors.As(err, &ae) {
		return err
	}
	e := &apiError{method: method}
	var te *tgbotapi.Error
	switch {
	case errors.As(err, &te):
		e.code, e.cause = te.Code, te
		e.after = time.Duration(te.RetryAfter) * b.cfg.retryAfterUnit
		if e.code == 0 && te.RetryAfter > 0 {
			e.code = 429 // the library's multipart path drops the code
		}
	case errors.Is(err, context.Canceled):
		e.cause = context.Canceled
	case errors.Is(err, context.DeadlineExceeded):
		e.cause, e.net = context.DeadlineExceeded, true
	default:
		// Transport errors, and replies that are not JSON (a proxy's
		// error page), are worth another try.
		e.net = true
	}
	e.msg = b.redact(err.Error())
	return e
}

// redact removes the token, in every spelling a URL may give it.
func (b *Bot) redact(s string) string {
	t := b.cfg.Token
	if t == "" {
		return s
	}
	for _, v := range []string{t, url.PathEscape(t), url.QueryEscape(t)} {
		s = strings.ReplaceAll(s, v, "<token>")
	}
	return s
}

// redactURL drops user info and query from a URL before it is logged.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "<bad url>"
	}
	u.User, u.RawQuery = nil, ""
	return u.String()
}

// verdict says what to do after a failed attempt.
type verdict int

const (
	giveUp    verdict = iota // a client error: retrying cannot help
	waitRetry                // 429: wait retry_after
	backoff                  // 5xx or network: wait and try again
)

func classify(err error) (verdict, time.Duration) {
	var e *apiError
	if !errors.As(err, &e) {
		return giveUp, 0
	}
	switch {
	case errors.Is(e.cause, context.Canceled):
		return giveUp, 0
	case e.code == 429:
		return waitRetry, e.after
	case e.code >= 500 || e.net:
		return backoff, 0
	}
	return giveUp, 0
}

// apiCode is the Bot API error code of err, 0 if none.
func apiCode(err error) int {
	var e *apiError
	if errors.As(err, &e) {
		return e.code
	}
	return 0
}

// apiDesc is the Bot API description of err, lower-cased, "" if none.
func apiDesc(err error) string {
	var te *tgbotapi.Error
	if errors.As(err, &te) {
		return strings.ToLower(te.Message)
	}
	return ""
}
