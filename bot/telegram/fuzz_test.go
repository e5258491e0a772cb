package telegram

import (
	"strings"
	"testing"
	"unicode/utf8"

	"quizbot/bot/bottest"
	"quizbot/bot/telegram/telegramtest"
)

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"", "short", strings.Repeat("word ", 2000), strings.Repeat("😀", 3000), strings.Repeat("a\n\nb ", 1500)} {
		f.Add(s, 4096)
	}
	f.Add("Tobolsk was the capital", 5)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < 2 || limit > 5000 || !utf8.ValidString(s) {
			return
		}
		parts := split(s, limit)
		var all []string
		for _, p := range parts {
			if units(p) > limit {
				t.Fatalf("split(%d) part of %d units; want at most %d", limit, units(p), limit)
			}
			all = append(all, p)
		}
		// Nothing but line breaks and spaces at the cuts may be lost.
		got := strings.Join(strings.Fields(strings.Join(all, "")), "")
		want := strings.Join(strings.Fields(s), "")
		if got != want {
			t.Fatalf("split lost text: got %q; want %q", got, want)
		}
	})
}

func FuzzCommand(f *testing.F) {
	b := &Bot{}
	b.self.UserName = "QuizTestBot"
	for _, s := range []string{"/quiz@QuizTestBot start 5", "/start quiz_world_history", "/x@Other", "plain", "/", "/@", "/start\nquiz_x", "/ANSWER Tobolsk"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, ours := b.command(s)
		if !ours {
			if !strings.HasPrefix(s, "/") {
				t.Fatalf("command(%q) not ours; want every non-command ours", s)
			}
			return
		}
		if !strings.HasPrefix(s, "/") && out != s {
			t.Fatalf("command(%q) = %q; want plain text untouched", s, out)
		}
		if strings.HasPrefix(s, "/") {
			head, _, _ := strings.Cut(out, " ")
			if strings.Contains(strings.ToLower(head), "@quiztestbot") {
				t.Fatalf("command(%q) = %q; want @botname cut", s, out)
			}
		}
	})
}

// FuzzUpdate feeds raw update bodies to the adapter: it must never panic
// (a panic inside a lane is recovered and logged, which the test also
// catches) nor hand the service an Incoming without an id.
func FuzzUpdate(f *testing.F) {
	srv := telegramtest.New(testToken).Start()
	f.Cleanup(srv.Close)
	svc := newFakeService()
	logs := &bottest.Log{}
	b, err := newBot(testConfig(srv, logs), svc)
	if err != nil {
		f.Fatal(err)
	}
	svc.out = b
	for _, s := range []string{
		`{"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": {"id": 5, "type": "private"}, "from": {"id": 5, "first_name": "A"}, "text": "/quiz"}}`,
		`{"update_id": 2, "callback_query": {"id": "c", "from": {"id": 5, "first_name": "A"}, "message": {"message_id": 1, "date": 1, "chat": {"id": -5, "type": "group"}}, "data": "r1:1:0"}}`,
		`{"update_id": 3, "poll_answer": {"poll_id": "p", "user": {"id": 5, "first_name": "A"}, "option_ids": [9]}}`,
		`{"update_id": 4, "message": {"message_id": 1, "date": 1, "chat": {"id": 5, "type": "private"}, "from": {"id": 5, "first_name": "A"}, "document": {"file_id": "f", "file_size": -1}}}`,
		`{}`, `[]`, `null`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		done := make(chan struct{})
		b.dispatch(b.hard, raw, func() { close(done) })
		<-done
		if strings.Contains(logs.String(), "panic") {
			t.Fatalf("panic on %q:\n%s", raw, logs)
		}
		for len(svc.handle) > 0 {
			if in := <-svc.handle; in.ID == "" {
				t.Fatalf("Incoming without an id from %q", raw)
			}
		}
	})
}
