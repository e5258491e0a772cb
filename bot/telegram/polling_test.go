package telegram

import (
	"context"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/telegram/telegramtest"
)

// TestRestartNeitherLosesNorRepeats stops the bot while updates of three
// chats are queued and under way, starts a new one on the same state, and
// checks that every update was handled exactly once, in order per chat.
func TestRestartNeitherLosesNorRepeats(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	var handled atomic.Int64
	svc.reply = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		handled.Add(1)
		time.Sleep(2 * time.Millisecond) // slow enough that the stop lands mid-stream
		return nil
	}
	e := start(t, srv, svc, nil)
	chats := []telegramtest.Chat{telegramtest.Private(alice), group, super}
	const perChat = 40
	for i := 0; i < perChat; i++ {
		for _, c := range chats {
			srv.Send(c, alice, "/answer "+strconv.Itoa(i))
		}
	}
	srv.Wait(5*time.Second, func() bool { return handled.Load() >= 20 })
	e.stop()
	mid := handled.Load()
	if mid >= 3*perChat {
		t.Logf("all %d updates handled before the stop; the restart has nothing left", mid)
	}
	start(t, srv, svc, nil)
	lastID := strconv.Itoa(100 + 3*perChat - 1)
	srv.Wait(10*time.Second, func() bool {
		v, _ := svc.State(context.Background(), offsetKey)
		return handled.Load() >= 3*perChat && v == lastID
	})

	svc.mu.Lock()
	defer svc.mu.Unlock()
	for id, n := range svc.calls {
		if n != 1 {
			t.Errorf("update %s handled %d times; want once", id, n)
		}
	}
	if len(svc.calls) != 3*perChat {
		t.Errorf("handled %d updates; want %d (stopped after %d)", len(svc.calls), 3*perChat, mid)
	}
	next := map[string]int{}
	for _, in := range svc.got {
		want := "/answer " + strconv.Itoa(next[in.Chat.ID])
		if in.Text != want {
			t.Errorf("chat %s got %q; want %q (order per chat)", in.Chat.ID, in.Text, want)
		}
		next[in.Chat.ID]++
	}
	if got := svc.state[offsetKey]; got != lastID {
		t.Errorf("stored offset = %s; want the last update id %s", got, lastID)
	}
}

// TestMalformedUpdateDoesNotBlock: one update the library cannot decode
// must not stop the ones after it.
func TestMalformedUpdateDoesNotBlock(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	start(t, srv, svc, nil)
	srv.Push(`{"message": {"message_id": "not a number", "chat": 5}}`)
	srv.Push(`{"no_id_here": true, "update_id": "x"}`)
	srv.Send(telegramtest.Private(alice), alice, "/help")
	if in := svc.next(t); in.Text != "/help" {
		t.Errorf("got %q; want /help after the malformed updates", in.Text)
	}
}

func TestWatermark(t *testing.T) {
	w := &watermark{busy: map[int]bool{}, changed: make(chan struct{}, 1), base: 10, max: 10}
	for _, id := range []int{11, 12, 13} {
		if !w.start(id) {
			t.Fatalf("start(%d) = false; want true", id)
		}
	}
	if w.start(12) || w.start(9) {
		t.Error("start of an update under way or done = true; want false")
	}
	w.done(12)
	if got := w.low(); got != 10 {
		t.Errorf("low = %d; want 10 while 11 is under way", got)
	}
	w.done(11)
	if got := w.low(); got != 12 {
		t.Errorf("low = %d; want 12 while 13 is under way", got)
	}
	w.done(13)
	if got := w.next(); got != 14 {
		t.Errorf("next = %d; want 14", got)
	}
}
