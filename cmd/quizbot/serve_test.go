package main

import (
	"context"
	"encoding/hex"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"quizbot/bot/bottest"
	"quizbot/bot/discord/discordtest"
	"quizbot/bot/telegram/telegramtest"
)

func TestServeSettingsErrorsNameTheVariable(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"QUIZBOT_TELEGRAM_TOKEN": "nonsense"}, "QUIZBOT_TELEGRAM_TOKEN"},
		{map[string]string{"QUIZBOT_TELEGRAM_TOKEN": "1:a", "QUIZBOT_TELEGRAM_API_URL": "ftp://x"}, "QUIZBOT_TELEGRAM_API_URL"},
		{map[string]string{"QUIZBOT_TELEGRAM_TOKEN": "1:a", "QUIZBOT_TELEGRAM_WEBHOOK_URL": "https://x/h"}, "QUIZBOT_TELEGRAM_WEBHOOK_SECRET"},
		{map[string]string{"QUIZBOT_TELEGRAM_TOKEN": "1:a", "QUIZBOT_TELEGRAM_WEBHOOK_URL": "https://x/h", "QUIZBOT_TELEGRAM_WEBHOOK_SECRET": "s"}, "QUIZBOT_HTTP_ADDR"},
		{map[string]string{"QUIZBOT_TELEGRAM_TOKEN": "1:a", "QUIZBOT_HTTP_ADDR": "nowhere"}, "QUIZBOT_HTTP_ADDR"},
		{map[string]string{"QUIZBOT_DISCORD_PUBLIC_KEY": "abc", "QUIZBOT_HTTP_ADDR": "127.0.0.1:0"}, "QUIZBOT_DISCORD_PUBLIC_KEY"},
		{map[string]string{"QUIZBOT_DISCORD_TOKEN": "t", "QUIZBOT_DISCORD_APP_ID": "12x"}, "QUIZBOT_DISCORD_APP_ID"},
		{map[string]string{"QUIZBOT_DISCORD_TOKEN": "t", "QUIZBOT_DISCORD_SHARD_ID": "2", "QUIZBOT_DISCORD_SHARD_COUNT": "2"}, "QUIZBOT_DISCORD_SHARD_ID"},
		{map[string]string{"QUIZBOT_DISCORD_TOKEN": "t", "QUIZBOT_DISCORD_SHARD_COUNT": "two"}, "QUIZBOT_DISCORD_SHARD_COUNT"},
	}
	for _, c := range cases {
		_, errOut, code := run(t, c.env, "", "--db", filepath.Join(t.TempDir(), "q.db"), "serve")
		if code != 2 || !strings.Contains(errOut, c.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("serve with %v: exit %d, stderr %q; want 2 and one line naming %s", c.env, code, errOut, c.want)
		}
		for _, v := range c.env {
			if len(v) > 3 && strings.Contains(errOut, "nonsense") {
				t.Errorf("the token was printed: %q", errOut)
			}
		}
	}
}

// serve runs quizbot serve in the background and returns a stop function
// that sends the shutdown and returns the exit status.
func serve(t *testing.T, env map[string]string, dbPath string) (stop func() int, logs *bottest.Log) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	logs = &bottest.Log{}
	m := &Main{Stdin: strings.NewReader(""), Stdout: logs, Stderr: logs, Getenv: func(k string) string { return env[k] }}
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, []string{"--db", dbPath, "serve"}) }()
	return func() int {
		cancel()
		select {
		case code := <-done:
			return code
		case <-time.After(20 * time.Second):
			t.Fatal("serve did not stop within 20 s of the shutdown signal")
			return -1
		}
	}, logs
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func waitHealthy(t *testing.T, addr string) {
	for i := 0; i < 200; i++ {
		if resp, err := http.Get("http://" + addr + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("GET /healthz never answered 200")
}

func TestServeTelegramAsAUserWould(t *testing.T) {
	const token = "123456:test-token-ABC"
	fake := telegramtest.New(token).Start()
	defer fake.Close()
	dbPath := filepath.Join(t.TempDir(), "q.db")
	addr := freeAddr(t)
	stop, logs := serve(t, map[string]string{"QUIZBOT_TELEGRAM_TOKEN": token, "QUIZBOT_TELEGRAM_API_URL": fake.URL, "QUIZBOT_HTTP_ADDR": addr}, dbPath)
	waitHealthy(t, addr)
	ann := telegramtest.User{ID: 501, FirstName: "Ann"}
	chat := telegramtest.Private(ann)
	said := func(n int) bool { return len(fake.BotMessages(chat.ID)) >= n }
	fake.Send(chat, ann, "/start")
	if !fake.Wait(10*time.Second, func() bool { return said(1) }) {
		t.Fatal("no answer to /start")
	}
	fake.Send(chat, ann, "/quiz 3")
	var question telegramtest.Message
	if !fake.Wait(10*time.Second, func() bool {
		for _, m := range fake.BotMessages(chat.ID) {
			if strings.HasPrefix(m.Text, "❓") {
				question = m
				return true
			}
		}
		return false
	}) {
		t.Fatalf("no question after /quiz; bot said: %v", fake.BotMessages(chat.ID))
	}
	if len(question.Buttons) > 0 {
		fake.Press(chat, ann, question.ID, question.Buttons[0][0].Data)
	} else {
		fake.Send(chat, ann, "some answer")
	}
	fake.Wait(10*time.Second, func() bool { return count(t, dbPath, "SELECT COUNT(*) FROM attempts") == 1 })
	fake.Send(chat, ann, "/score")
	fake.Send(chat, ann, "/top")
	all := func() string {
		text := ""
		for _, m := range fake.BotMessages(chat.ID) {
			text += m.Text + "\n"
		}
		return text
	}
	fake.Wait(10*time.Second, func() bool { return strings.Contains(all(), "📊") && strings.Contains(all(), "🏆") })
	for _, want := range []string{"quizbot", "📊", "🏆"} {
		if !strings.Contains(all(), want) {
			t.Errorf("the bot never said %q:\n%s", want, all())
		}
	}
	if code := stop(); code != 0 {
		t.Fatalf("serve exited %d after the shutdown signal; log:\n%s", code, logs)
	}
	if n := count(t, dbPath, "SELECT COUNT(*) FROM attempts"); n != 1 {
		t.Errorf("attempts = %d; want 1", n)
	}
	if strings.Contains(logs.String(), "test-token-ABC") {
		t.Error("the token appears in the log")
	}
}

func TestServeDiscordInteractionsAsAUserWould(t *testing.T) {
	fake := discordtest.New()
	defer fake.Close()
	dbPath := filepath.Join(t.TempDir(), "q.db")
	addr := freeAddr(t)
	env := map[string]string{
		"QUIZBOT_DISCORD_PUBLIC_KEY": hex.EncodeToString(fake.PublicKey), "QUIZBOT_DISCORD_APP_ID": fake.AppID,
		"QUIZBOT_DISCORD_TOKEN": fake.Token, "QUIZBOT_DISCORD_API_URL": fake.URL, "QUIZBOT_HTTP_ADDR": addr,
	}
	stop, logs := serve(t, env, dbPath)
	waitHealthy(t, addr)
	endpoint := "http://" + addr + "/discord/interactions"
	if rep, err := discordtest.PostHeaders(endpoint, http.Header{"Content-Type": {"application/json"}}, []byte(`{"type":1}`)); err != nil || rep.Status != 401 {
		t.Fatalf("unsigned PING: %v, %v; want 401", rep, err)
	}
	where := discordtest.Where{Guild: "900", Channel: "901"}
	ann := discordtest.Member{ID: "11", Name: "ann"}
	if _, err := fake.Post(endpoint, fake.Command(where, ann, "quiz", discordtest.Sub("start", discordtest.Int("count", 3)))); err != nil {
		t.Fatal(err)
	}
	var question discordtest.Message
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) && question.ID == "" {
		for _, m := range fake.Channel(where.Channel) {
			if strings.Contains(m.Text(), "❓") {
				question = m
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	if question.ID == "" {
		t.Fatalf("no question in the channel: %+v", fake.Channel(where.Channel))
	}
	if ids := customIDs(question); len(ids) > 0 {
		if _, err := fake.Post(endpoint, fake.Click(where, ann, question.ID, ids[0])); err != nil {
			t.Fatal(err)
		}
	} else if _, err := fake.Post(endpoint, fake.Command(where, ann, "answer", discordtest.Str("text", "a guess"))); err != nil {
		t.Fatal(err)
	}
	if n := count(t, dbPath, "SELECT COUNT(*) FROM attempts"); n != 1 {
		t.Errorf("attempts after an answer = %d; want 1", n)
	}
	if code := stop(); code != 0 {
		t.Fatalf("serve exited %d; log:\n%s", code, logs)
	}
	if strings.Contains(logs.String(), fake.Token) {
		t.Error("the token appears in the log")
	}
}

func customIDs(m discordtest.Message) []string {
	var ids []string
	for _, row := range m.Buttons {
		for _, b := range row {
			ids = append(ids, b.CustomID)
		}
	}
	return ids
}
