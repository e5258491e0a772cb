package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/bwmarrin/discordgo"

	"quizbot/bot"
)

// discordHost is where discordgo's endpoint variables point. They are
// computed at package init, so changing discordgo.EndpointDiscord later moves
// nothing; the transport below rewrites the requests instead.
var discordHost = func() string {
	u, _ := url.Parse(discordgo.EndpointDiscord)
	return u.Host
}()

// rewrite sends requests for discord.com to base (scheme, host and an
// optional path prefix); others (attachments on the CDN) pass untouched.
type rewrite struct {
	base *url.URL
	next http.RoundTripper
}

func (t *rewrite) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != discordHost {
		return t.next.RoundTrip(req)
	}
	r := req.Clone(req.Context())
	r.URL.Scheme = t.base.Scheme
	r.URL.Host = t.base.Host
	r.URL.Path = t.base.Path + req.URL.Path
	if req.URL.RawPath != "" {
		r.URL.RawPath = t.base.Path + req.URL.RawPath
	}
	r.Host = ""
	return t.next.RoundTrip(r)
}

// Rate limits: a 429 is waited out at most this often and this long; longer
// waits fail the call (a quiz question would be stale by then anyway).
const (
	maxRateRetries = 2
	maxRateWait    = 5 * time.Second
)

// call runs one REST request with the context and bounded 429 retries, and
// returns errors without URLs (webhook URLs carry interaction tokens).
func (b *Bot) call(ctx context.Context, op string, f func(opts ...discordgo.RequestOption) error) error {
	for attempt := 0; ; attempt++ {
		err := f(discordgo.WithContext(ctx))
		var rl *discordgo.RateLimitError
		if errors.As(err, &rl) && attempt < maxRateRetries && rl.RetryAfter <= maxRateWait {
			t := time.NewTimer(rl.RetryAfter)
			select {
			case <-t.C:
				continue
			case <-ctx.Done():
				t.Stop()
				return fmt.Errorf("discord %s: %w", op, ctx.Err())
			}
		}
		return clean(op, err)
	}
}

// APIError is a failed Discord REST call: the HTTP status and Discord's
// error code and message, nothing from the request.
type APIError struct {
	Op      string
	Status  int
	Code    int
	Message string
}

// Is makes a client error other than 429 (direct messages closed, a bad
// request) match bot.ErrRefused: trying again cannot help.
func (e *APIError) Is(target error) bool {
	return target == bot.ErrRefused && e.Status >= 400 && e.Status < 500 && e.Status != http.StatusTooManyRequests
}

func (e *APIError) Error() string {
	if e.Code != 0 {
		return fmt.Sprintf("discord %s: HTTP %d, code %d: %s", e.Op, e.Status, e.Code, e.Message)
	}
	return fmt.Sprintf("discord %s: HTTP %d", e.Op, e.Status)
}

// Discord JSON error codes the adapter reacts to.
const (
	codeUnknownMessage     = 10008
	codeUnknownWebhook     = 10015
	codeUnknownInteraction = 10062
	codeAlreadyAcked       = 40060
)

// expired reports whether err says the interaction's token is no longer good.
func expired(err error) bool {
	var e *APIError
	return errors.As(err, &e) && (e.Code == codeUnknownInteraction || e.Code == codeUnknownWebhook ||
		(e.Status == http.StatusNotFound && e.Code == 0))
}

// gone reports whether err says the message to edit no longer exists.
func gone(err error) bool {
	var e *APIError
	return errors.As(err, &e) && (e.Code == codeUnknownMessage || e.Status == http.StatusNotFound || e.Status == http.StatusForbidden)
}

func clean(op string, err error) error {
	if err == nil {
		return nil
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) {
		e := &APIError{Op: op}
		if re.Response != nil {
			e.Status = re.Response.StatusCode
		}
		if re.Message != nil {
			e.Code, e.Message = re.Message.Code, re.Message.Message
		}
		return e
	}
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) {
		return &APIError{Op: op, Status: http.StatusTooManyRequests, Message: "rate limited for " + rl.RetryAfter.String()}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("discord %s: %w", op, ue.Err)
	}
	return fmt.Errorf("discord %s: %w", op, err)
}
