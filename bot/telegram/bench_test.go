package telegram

import (
	"context"
	"strings"
	"testing"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/bot/telegram/telegramtest"
)

func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat("Tobolsk was the capital of Siberia. ", 1000)
	b.ReportAllocs()
	for b.Loop() {
		split(text, maxText)
	}
}

// BenchmarkSend is one sendMessage through the queue, pacer, library and
// loopback HTTP to the fake server.
func BenchmarkSend(b *testing.B) {
	srv := telegramtest.New(testToken).Start()
	defer srv.Close()
	cfg := testConfig(srv, &bottest.Log{})
	cfg.Rate = 1e9
	bt, err := newBot(cfg, newFakeService())
	if err != nil {
		b.Fatal(err)
	}
	chat := bot.Chat{Platform: Platform, ID: "1001", Private: true}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bt.Send(context.Background(), chat, bot.Reply{Text: "❓ Question 1/5", Buttons: []bot.Button{{Label: "A", Data: "r1:1:0"}, {Label: "B", Data: "r1:1:1"}}}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDispatch is one update decoded, routed and handed to the service.
func BenchmarkDispatch(b *testing.B) {
	srv := telegramtest.New(testToken).Start()
	defer srv.Close()
	svc := newFakeService()
	svc.handle = make(chan bot.Incoming, 1)
	bt, err := newBot(testConfig(srv, &bottest.Log{}), svc)
	if err != nil {
		b.Fatal(err)
	}
	raw := []byte(`{"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": {"id": -5, "type": "group", "title": "G"}, "from": {"id": 5, "first_name": "A"}, "text": "/answer@QuizTestBot Tobolsk"}}`)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		svc.mu.Lock()
		svc.seen = map[string]bool{}
		svc.mu.Unlock()
		done := make(chan struct{})
		bt.dispatch(bt.hard, raw, func() { close(done) })
		<-done
		<-svc.handle
	}
}
