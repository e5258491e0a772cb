package main

import (
	"net/url"
	"path/filepath"
	"testing"
	"time"

	"quizbot/bot/telegram/telegramtest"
)

// TestFaultShutdownWithQueuedUpdates: 100 /help from ten users are queued
// at Telegram when the shutdown comes. Every one must be answered, before
// the exit or, if the bot had not confirmed it, after the restart; none
// twice.
func TestFaultShutdownWithQueuedUpdates(t *testing.T) {
	const token = "123456:test-token-ABC"
	fake := telegramtest.New(token).Start()
	defer fake.Close()
	dbPath := filepath.Join(t.TempDir(), "q.db")
	env := map[string]string{"QUIZBOT_TELEGRAM_TOKEN": token, "QUIZBOT_TELEGRAM_API_URL": fake.URL, "QUIZBOT_HTTP_ADDR": freeAddr(t)}
	stop, logs := serve(t, env, dbPath)
	waitHealthy(t, env["QUIZBOT_HTTP_ADDR"])

	var users []telegramtest.User
	for i := 0; i < 10; i++ {
		users = append(users, telegramtest.User{ID: int64(700 + i), FirstName: "U"})
	}
	answered := func() int {
		n := 0
		for _, u := range users {
			n += len(fake.BotMessages(u.ID))
		}
		return n
	}
	// Telegram takes 20 ms per message, so that the bot holds updates in
	// its lanes when the shutdown comes.
	fake.SetFault(func(method string, _ url.Values) *telegramtest.Fault {
		if method == "sendMessage" {
			time.Sleep(20 * time.Millisecond)
		}
		return nil
	})
	for i := 0; i < 100; i++ {
		u := users[i%len(users)]
		fake.Send(telegramtest.Private(u), u, "/help")
	}
	fake.Wait(5*time.Second, func() bool { return answered() > 0 })
	if code := stop(); code != 0 {
		t.Fatalf("serve exited %d; log:\n%s", code, logs)
	}
	before := answered()
	t.Logf("at exit: %d of 100 answered", before)

	env["QUIZBOT_HTTP_ADDR"] = freeAddr(t)
	stop, logs = serve(t, env, dbPath)
	waitHealthy(t, env["QUIZBOT_HTTP_ADDR"])
	if !fake.Wait(20*time.Second, func() bool { return answered() >= 100 }) {
		t.Errorf("after the restart %d of 100 /help answered; log:\n%s", answered(), logs)
	}
	if code := stop(); code != 0 {
		t.Fatalf("serve exited %d after the restart; log:\n%s", code, logs)
	}
	if n := answered(); n != 100 {
		t.Errorf("answers = %d; want 100, each /help answered once", n)
	}
}
