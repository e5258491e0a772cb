package telegram

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/bot/telegram/telegramtest"
	"quizbot/quiz"
	"quizbot/storage"
)

// TestFaultRateLimitStormEndsEveryRound: five groups start a round while
// Telegram answers 429 to half of the bot's messages and edits, and the bot
// gives a message up after two tries, so that about a quarter of what it
// sends never gets through. Every round must still end (nobody answers, so
// after two questions), each chat must be free for a new /quiz, and once the
// storm is over every chat must get its round's results, after the reveals
// it did get.
func TestFaultRateLimitStormEndsEveryRound(t *testing.T) {
	db := bottest.OpenDB(t)
	bottest.Seed(t, db, 24)
	clock := bottest.NewClock()
	srv := newServer(t)
	var storm atomic.Bool
	var refused atomic.Int32
	var rmu sync.Mutex
	rng := rand.New(rand.NewPCG(7, 7))
	srv.SetFault(func(method string, p url.Values) *telegramtest.Fault {
		switch method {
		case "sendMessage", "editMessageText", "editMessageReplyMarkup", "sendPhoto":
		default:
			return nil
		}
		rmu.Lock()
		hit := rng.IntN(2) == 0
		rmu.Unlock()
		if storm.Load() && hit {
			refused.Add(1)
			return &telegramtest.Fault{Code: 429, RetryAfter: 1}
		}
		return nil
	})

	logs := &bottest.Log{}
	svc := bot.New(db, bot.Config{Clock: clock, QuestionTime: 30 * time.Second, Pause: 3 * time.Second,
		Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	cfg := testConfig(srv, logs)
	cfg.MaxAttempts = 2
	b, err := New(cfg, svc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-done
		svc.Close()
	})

	var chats []telegramtest.Chat
	for i := 0; i < 5; i++ {
		chats = append(chats, telegramtest.Chat{ID: int64(-700 - i), Type: "group", Title: fmt.Sprint("Group ", i)})
	}
	storm.Store(true)
	for _, c := range chats {
		srv.Send(c, alice, "/quiz 3")
	}
	// open reports how many of the chats still have a round open.
	open := func() int {
		n := 0
		for _, c := range chats {
			chat, err := chatRow(db, c.ID)
			if err != nil {
				continue // not stored yet: its /quiz is under way
			}
			if r, err := db.OpenRound(context.Background(), chat); err != nil || r != nil {
				n++
			}
		}
		return n
	}
	// Wait until every /quiz has made its round (or failed to), then run
	// the clock: 30 s questions, 3 s pauses, nobody answering.
	srv.Wait(5*time.Second, func() bool { return len(srv.Calls("sendMessage")) >= 5 })
	for i := 0; i < 40 && open() > 0; i++ {
		clock.Advance(5 * time.Second)
		time.Sleep(20 * time.Millisecond)
	}
	if n := open(); n != 0 {
		t.Fatalf("%d of 5 rounds still open after the storm's rounds should have ended:\n%s", n, logs)
	}
	t.Logf("refused with 429 during the storm: %d", refused.Load())

	// The storm is over: the results that did not get through are tried
	// again, and every chat is free for a new round.
	storm.Store(false)
	for i := 0; i < 10; i++ {
		clock.Advance(5 * time.Second)
		time.Sleep(20 * time.Millisecond)
	}
	for _, c := range chats {
		if !srv.Wait(5*time.Second, func() bool { return strings.Contains(lastText(srv, c.ID), "Round over") }) {
			t.Errorf("chat %d never got its results; it has:\n%s", c.ID, dump(srv.BotMessages(c.ID)))
			continue
		}
		msgs := srv.BotMessages(c.ID)
		for i, m := range msgs {
			if strings.Contains(m.Text, "The answer:") && i > 0 && strings.Contains(msgs[i-1].Text, "Round over") {
				t.Errorf("chat %d: a reveal after the results:\n%s", c.ID, dump(msgs))
			}
		}
		before := len(srv.BotMessages(c.ID))
		srv.Send(c, alice, "/quiz 1")
		if !srv.Wait(5*time.Second, func() bool {
			for _, m := range srv.BotMessages(c.ID)[before:] {
				if strings.Contains(m.Text, "A round of 1") {
					return true
				}
			}
			return false
		}) {
			t.Errorf("chat %d is not free for a new round after the storm:\n%s", c.ID, dump(srv.BotMessages(c.ID)[before:]))
		}
	}
}

func lastText(srv *telegramtest.Server, chat int64) string {
	msgs := srv.BotMessages(chat)
	if len(msgs) == 0 {
		return ""
	}
	return msgs[len(msgs)-1].Text
}

// chatRow is the stored id of a Telegram chat.
func chatRow(db *storage.DB, id int64) (int64, error) {
	c := &quiz.Chat{Platform: Platform, PlatformID: itoa(id)}
	if err := db.EnsureChat(context.Background(), c); err != nil {
		return 0, err
	}
	return c.ID, nil
}
