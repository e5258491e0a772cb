package discord

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
)

func TestRewrite(t *testing.T) {
	var got []string
	next := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		got = append(got, r.URL.String())
		return &http.Response{StatusCode: 204, Body: http.NoBody, Request: r}, nil
	})
	for _, tc := range []struct{ base, in, want string }{
		{"http://127.0.0.1:9000", "https://discord.com/api/v10/channels/1/messages", "http://127.0.0.1:9000/api/v10/channels/1/messages"},
		{"https://proxy.example/discord/", "https://discord.com/api/v10/gateway?x=1", "https://proxy.example/discord/api/v10/gateway?x=1"},
		{"http://127.0.0.1:9000", "https://cdn.discordapp.com/attachments/1/2/a.md", "https://cdn.discordapp.com/attachments/1/2/a.md"},
	} {
		got = nil
		base, err := parseAPIURL(tc.base)
		if err != nil {
			t.Fatal(err)
		}
		req, _ := http.NewRequest("GET", tc.in, nil)
		if _, err := (&rewrite{base: base, next: next}).RoundTrip(req); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("rewrite(%s, %s) = %v; want %s", tc.base, tc.in, got, tc.want)
		}
		if req.URL.String() != tc.in {
			t.Errorf("the original request was changed to %s", req.URL)
		}
	}
	for _, bad := range []string{"discord.com", "ftp://x", "http://", "://"} {
		if _, err := parseAPIURL(bad); err == nil {
			t.Errorf("parseAPIURL(%q) succeeded; want an error", bad)
		}
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestParsePublicKey(t *testing.T) {
	good := strings.Repeat("ab", 32)
	if k, err := ParsePublicKey(" " + good + "\n"); err != nil || len(k) != 32 {
		t.Errorf("ParsePublicKey(good) = %d bytes, %v; want 32, nil", len(k), err)
	}
	for _, bad := range []string{"", "abc", strings.Repeat("zz", 32), strings.Repeat("ab", 33)} {
		if _, err := ParsePublicKey(bad); err == nil || !strings.Contains(err.Error(), "64") {
			t.Errorf("ParsePublicKey(%q) = %v; want an error mentioning 64 hex digits", bad, err)
		}
	}
}

func TestConfigChecks(t *testing.T) {
	for _, cfg := range []Config{
		{ShardID: 2, ShardCount: 2},
		{ShardID: -1},
		{APIURL: "not a url"},
	} {
		if _, err := newBot(cfg, &fakeService{}); err == nil {
			t.Errorf("newBot(%+v) succeeded; want an error", cfg)
		}
	}
	if _, err := New(Config{}, nil); err == nil {
		t.Error("New with a nil service succeeded")
	}
}

func TestRateLimitsAreBounded(t *testing.T) {
	h := newHarness(t, withFake(&fakeService{}), nil)
	chat := bot.Chat{Platform: Platform, ID: guild.Channel}
	ctx := context.Background()
	limited := `{"message":"You are being rate limited.","retry_after":0.02,"global":false}`

	h.discord.Fail("POST", "/channels/", 1, 429, limited)
	if _, err := h.bot.Send(ctx, chat, bot.Reply{Text: "after one 429"}); err != nil {
		t.Errorf("send after one 429: %v; want success on retry", err)
	}
	h.discord.Fail("POST", "/channels/", 10, 429, limited)
	start := time.Now()
	_, err := h.bot.Send(ctx, chat, bot.Reply{Text: "never"})
	var ae *APIError
	if !errors.As(err, &ae) || ae.Status != 429 {
		t.Errorf("send under a lasting 429 = %v; want an APIError with status 429", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("gave up after %v; want well under a second", d)
	}
	h.discord.Fail("POST", "/channels/", 1, 429, `{"message":"slow down","retry_after":60,"global":false}`)
	start = time.Now()
	if _, err := h.bot.Send(ctx, chat, bot.Reply{Text: "long wait"}); err == nil || time.Since(start) > time.Second {
		t.Errorf("a 60 s retry_after was waited out (%v, %v); want an immediate error", err, time.Since(start))
	}
	h.discord.Fail("POST", "/channels/", 100, 502, `bad gateway`)
	before := countCalls(h, "POST", "/channels/")
	if _, err := h.bot.Send(ctx, chat, bot.Reply{Text: "502"}); err == nil {
		t.Error("send under lasting 502s succeeded")
	}
	if n := countCalls(h, "POST", "/channels/") - before; n != 1+maxRESTRetries {
		t.Errorf("502 tried %d times; want %d", n, 1+maxRESTRetries)
	}
}

func countCalls(h *harness, method, path string) int {
	n := 0
	for _, c := range h.discord.Calls() {
		if c.Method == method && strings.Contains(c.Path, path) {
			n++
		}
	}
	return n
}

func TestContextBoundsCalls(t *testing.T) {
	h := newHarness(t, withFake(&fakeService{}), nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := h.bot.Send(ctx, bot.Chat{Platform: Platform, ID: guild.Channel}, bot.Reply{Text: "x"})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("send with a cancelled context = %v; want context.Canceled", err)
	}
}

func TestExpiredTokenIsNotRetried(t *testing.T) {
	svc := &fakeService{}
	errs := make(chan error, 1)
	svc.handle = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		if _, err := out.Send(ctx, in.Chat, bot.Reply{Text: "first", To: &in}); err != nil {
			return err
		}
		time.Sleep(50 * time.Millisecond)
		_, err := out.Send(ctx, in.Chat, bot.Reply{Text: "too late", To: &in})
		errs <- err
		return nil
	}
	h := newHarness(t, withFake(svc), nil)
	in := h.discord.Command(guild, alice, "top")
	h.discord.Expire(in.ID) // the HTTP answer still goes out; REST calls with the token fail
	h.post(in)
	err := <-errs
	if !expired(err) {
		t.Fatalf("followup with an expired token = %v; want an expired-token error", err)
	}
	if n := countCalls(h, "POST", "/webhooks/"); n != 1 {
		t.Errorf("followup tried %d times; want 1", n)
	}
	if strings.Contains(err.Error(), in.Token) {
		t.Errorf("error %q contains the interaction token", err)
	}
	eventually(t, "the warning", func() bool { return strings.Contains(h.logs.String(), "interaction token expired") })
}

func TestErrorsCarryNoSecrets(t *testing.T) {
	h := newHarness(t, withFake(&fakeService{}), func(c *Config) { c.APIURL = "http://127.0.0.1:1" })
	in := h.discord.Command(guild, alice, "top")
	c := newCall(mustInteraction(t, in.Body), bot.Incoming{ID: in.ID}, false)
	c.state = answered
	c.flush()
	_, err := h.bot.answer(context.Background(), c, renderReply(bot.Reply{Text: "x"}))
	if err == nil {
		t.Fatal("followup to a closed port succeeded")
	}
	var ue *url.Error
	if errors.As(err, &ue) || strings.Contains(err.Error(), in.Token) || strings.Contains(err.Error(), "webhooks") {
		t.Errorf("error %q carries the request URL", err)
	}
}
