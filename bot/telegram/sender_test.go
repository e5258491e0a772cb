package telegram

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/telegram/telegramtest"
)

// Test429Storm: Telegram answers 429 to two of every three sends; every
// message must still arrive, once, in order per chat.
func Test429Storm(t *testing.T) {
	srv := newServer(t)
	e := start(t, srv, newFakeService(), func(c *Config) { c.MaxAttempts = 50 })
	var n atomic.Int64
	srv.SetFault(func(method string, p url.Values) *telegramtest.Fault {
		if method == "sendMessage" && n.Add(1)%3 != 0 {
			return &telegramtest.Fault{Code: 429, RetryAfter: 1}
		}
		return nil
	})
	chats := []telegramtest.Chat{group, super, telegramtest.Private(alice), telegramtest.Private(bob)}
	const perChat = 25
	begin := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, len(chats)*perChat)
	for _, c := range chats {
		for w := 0; w < 2; w++ { // two senders per chat, like a timer and a handler
			wg.Add(1)
			go func(c telegramtest.Chat, w int) {
				defer wg.Done()
				for i := w; i < perChat; i += 2 {
					_, err := e.bot.Send(context.Background(), tgChat(c), bot.Reply{Text: fmt.Sprintf("w%d m%02d", w, i)})
					errs <- err
				}
			}(c, w)
		}
	}
	wg.Wait()
	close(errs)
	elapsed := time.Since(begin)
	for err := range errs {
		if err != nil {
			t.Fatalf("Send under a 429 storm: %v", err)
		}
	}
	for _, c := range chats {
		msgs := srv.BotMessages(c.ID)
		if len(msgs) != perChat {
			t.Errorf("chat %d got %d messages; want %d", c.ID, len(msgs), perChat)
		}
		last := map[string]string{}
		for _, m := range msgs {
			w := m.Text[:2]
			if m.Text <= last[w] {
				t.Errorf("chat %d: %q after %q; want each sender's messages in order", c.ID, m.Text, last[w])
			}
			last[w] = m.Text
		}
	}
	total := len(chats) * perChat
	t.Logf("%d messages through a 2-in-3 429 storm (retry_after 1 = 10 ms) in %v: %.0f msg/s, %d retries",
		total, elapsed.Round(time.Millisecond), float64(total)/elapsed.Seconds(), e.bot.out.retries.Load())
}

func TestRetryServerAndNetworkErrors(t *testing.T) {
	srv := newServer(t)
	e := start(t, srv, newFakeService(), nil)
	var n atomic.Int64
	srv.SetFault(func(method string, p url.Values) *telegramtest.Fault {
		if method != "sendMessage" {
			return nil
		}
		switch n.Add(1) {
		case 1:
			return &telegramtest.Fault{Code: 502, Description: "Bad Gateway"}
		case 2:
			return &telegramtest.Fault{Code: -1} // connection dropped
		}
		return nil
	})
	if _, err := e.bot.Send(context.Background(), tgChat(group), bot.Reply{Text: "The answer was Tobolsk"}); err != nil {
		t.Fatalf("Send after a 502 and a dropped connection = %v; want delivered", err)
	}
	if got := srv.BotMessages(group.ID); len(got) != 1 {
		t.Errorf("messages = %d; want 1", len(got))
	}
}

func TestGiveUpIsLogged(t *testing.T) {
	srv := newServer(t)
	e := start(t, srv, newFakeService(), func(c *Config) { c.MaxAttempts = 3 })
	srv.SetFault(func(method string, p url.Values) *telegramtest.Fault {
		if method == "sendMessage" {
			return &telegramtest.Fault{Code: 500, Description: "Internal Server Error"}
		}
		return nil
	})
	_, err := e.bot.Send(context.Background(), tgChat(group), bot.Reply{Text: "Results: Alice 850"})
	if err == nil {
		t.Fatal("Send = nil; want an error after 3 failed attempts")
	}
	if got := len(srv.Calls("sendMessage")); got != 3 {
		t.Errorf("attempts = %d; want 3", got)
	}
	if !strings.Contains(e.logs.String(), "giving up") || !strings.Contains(e.logs.String(), "level=ERROR") {
		t.Errorf("log lacks the give-up error:\n%s", e.logs)
	}
	// A client error is not retried.
	srv.SetFault(func(method string, p url.Values) *telegramtest.Fault {
		if method == "sendMessage" {
			return &telegramtest.Fault{Code: 400, Description: "Bad Request: chat not found"}
		}
		return nil
	})
	before := len(srv.Calls("sendMessage"))
	if _, err := e.bot.Send(context.Background(), tgChat(group), bot.Reply{Text: "x"}); err == nil || apiCode(err) != 400 {
		t.Errorf("Send = %v; want the 400", err)
	}
	if got := len(srv.Calls("sendMessage")) - before; got != 1 {
		t.Errorf("attempts on a 400 = %d; want 1", got)
	}
}

// TestGroupPacing: a group gets GroupPerMin messages in any window, edits
// included, and no more; a private chat beside it is not held back.
func TestGroupPacing(t *testing.T) {
	srv := newServer(t)
	e := start(t, srv, newFakeService(), func(c *Config) {
		c.GroupPerMin = 5
		c.groupWindow = 500 * time.Millisecond
	})
	ctx := context.Background()
	begin := time.Now()
	for i := 0; i < 15; i++ {
		if _, err := e.bot.Send(ctx, tgChat(group), bot.Reply{Text: fmt.Sprint(i)}); err != nil {
			t.Fatal(err)
		}
	}
	groupTime := time.Since(begin)
	begin = time.Now()
	for i := 0; i < 15; i++ {
		if _, err := e.bot.Send(ctx, tgChat(telegramtest.Private(alice)), bot.Reply{Text: fmt.Sprint(i)}); err != nil {
			t.Fatal(err)
		}
	}
	privateTime := time.Since(begin)
	// 15 messages at 5 per 500 ms: three windows, so at least 1 s.
	if groupTime < time.Second {
		t.Errorf("15 group messages took %v; want at least 1 s at 5 per 500 ms", groupTime)
	}
	// Held to the group's pace, the private chat would wait two whole
	// windows; unpaced it needs only its round trips, which stay well under
	// one window even on a loaded machine (about 120 ms under -race in CI).
	if privateTime >= 500*time.Millisecond {
		t.Errorf("15 private messages took %v; want less than one group window (500 ms), the group took %v", privateTime, groupTime)
	}
}

func TestGlobalPacing(t *testing.T) {
	srv := newServer(t)
	e := start(t, srv, newFakeService(), func(c *Config) { c.Rate = 100 })
	var wg sync.WaitGroup
	begin := time.Now()
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				_, _ = e.bot.Send(context.Background(), tgChat(telegramtest.Private(telegramtest.User{ID: int64(2000 + i)})), bot.Reply{Text: "x"})
			}
		}(i)
	}
	wg.Wait()
	// 100 messages at 100/s with a burst of 100 may go at once; the next
	// 100 may not.
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				_, _ = e.bot.Send(context.Background(), tgChat(telegramtest.Private(telegramtest.User{ID: int64(2000 + i)})), bot.Reply{Text: "y"})
			}
		}(i)
	}
	wg.Wait()
	if d := time.Since(begin); d < 800*time.Millisecond {
		t.Errorf("200 messages at 100/s took %v; want at least 800 ms", d)
	}
}
