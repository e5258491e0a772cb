package telegram

import (
	"context"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/telegram/telegramtest"
)

// TestBadInput feeds what Telegram (or a forger) may send; the bot must
// log, answer politely where a user waits, and keep going.
func TestBadInput(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	e := start(t, srv, svc, nil)
	priv := `"chat": {"id": 1001, "type": "private", "first_name": "Alice"}, "from": {"id": 1001, "first_name": "Alice"}, "date": 1`
	grp := `"chat": {"id": -500, "type": "group", "title": "G"}, "from": {"id": 1002, "first_name": "Bob"}, "date": 1`
	tests := []struct {
		name   string
		update string
		reply  string // polite reply expected in alice's chat ("" for none)
	}{
		{"wrong types", `{"message": {"message_id": "five", "chat": 5, "text": 7}}`, ""},
		{"unknown kind", `{"inline_query": {"id": "1", "from": {"id": 1001}, "query": "x"}}`, ""},
		{"edited message", `{"edited_message": {"message_id": 5, ` + priv + `, "text": "/stop"}}`, ""},
		{"channel post", `{"channel_post": {"message_id": 5, "chat": {"id": -100999, "type": "channel"}, "date": 1, "text": "/quiz"}}`, ""},
		{"message in a channel", `{"message": {"message_id": 5, "chat": {"id": -100999, "type": "channel"}, "date": 1, "text": "/quiz"}}`, ""},
		{"message without chat", `{"message": {"message_id": 5, "date": 1, "text": "/quiz"}}`, ""},
		{"message without sender", `{"message": {"message_id": 5, "chat": {"id": 1001, "type": "private"}, "date": 1, "text": "/quiz"}}`, ""},
		{"from a bot", `{"message": {"message_id": 5, "chat": {"id": 1001, "type": "private"}, "from": {"id": 7, "is_bot": true, "first_name": "B"}, "date": 1, "text": "/quiz"}}`, ""},
		{"sticker in private", `{"message": {"message_id": 5, ` + priv + `, "sticker": {"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1}}}`, sayOnlyText},
		{"sticker in group", `{"message": {"message_id": 5, ` + grp + `, "sticker": {"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1}}}`, ""},
		{"service message", `{"message": {"message_id": 5, ` + grp + `, "new_chat_members": [{"id": 9, "first_name": "New"}]}}`, ""},
		{"huge text", `{"message": {"message_id": 5, ` + priv + `, "text": "` + strings.Repeat("é", 5000) + `"}}`, sayTooLong},
		{"anonymous admin", `{"message": {"message_id": 5, "chat": {"id": -500, "type": "group"}, "sender_chat": {"id": -500, "type": "group"}, "from": {"id": 1087968824, "is_bot": true, "first_name": "Group"}, "date": 1, "text": "/stop"}}`, ""},
		{"callback without message", `{"callback_query": {"id": "cbx", "from": {"id": 1001, "first_name": "A"}, "chat_instance": "c", "data": "r1:1:0"}}`, ""},
		{"callback without data", `{"callback_query": {"id": "cby", "from": {"id": 1001, "first_name": "A"}, "message": {"message_id": 3, "date": 1, "chat": {"id": 1001, "type": "private"}}, "chat_instance": "c", "game_short_name": "g"}}`, ""},
		{"answer to an unknown poll", `{"poll_answer": {"poll_id": "nope", "user": {"id": 1001, "first_name": "A"}, "option_ids": [0]}}`, ""},
		{"poll update", `{"poll": {"id": "p", "question": "q", "options": [], "total_voter_count": 0, "is_closed": true, "is_anonymous": false, "type": "quiz", "allows_multiple_answers": false}}`, ""},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := len(srv.BotMessages(alice.ID))
			srv.Push(tc.update)
			// A message behind it must come through, and be the first
			// thing to: the bad update made no Incoming and blocked nothing.
			ping := "/ping " + itoa(int64(i))
			srv.Send(telegramtest.Private(carol), carol, ping)
			if in := svc.next(t); in.Text != ping {
				t.Fatalf("got Incoming %q; want %q", in.Text, ping)
			}
			if tc.reply != "" {
				got := waitMsgs(t, srv, alice.ID, before+1)
				if got[len(got)-1].Text != tc.reply {
					t.Errorf("reply = %q; want %q", got[len(got)-1].Text, tc.reply)
				}
			} else if n := len(srv.BotMessages(alice.ID)); n != before {
				t.Errorf("alice got %d new messages; want none", n-before)
			}
		})
	}
	for _, id := range []string{"cbx", "cby"} {
		// The answer goes through the outgoing queue: wait for it.
		answered := func() bool {
			for _, c := range srv.Calls("answerCallbackQuery") {
				if c.Params.Get("callback_query_id") == id {
					return true
				}
			}
			return false
		}
		if !srv.Wait(5*time.Second, answered) {
			t.Errorf("callback %s not answered; want its spinner stopped", id)
		}
	}
	if !strings.Contains(e.logs.String(), "level=DEBUG") {
		t.Error("bad input not logged at debug")
	}
	if got := srv.BotMessages(group.ID); len(got) != 1 || got[0].Text != sayAnonymous {
		t.Errorf("group messages = %+v; want one polite note to the anonymous admin", got)
	}
}

// TestCallbackFromAnotherChat: button data is passed on with the chat the
// button was pressed in (the Service then refuses data of another chat's
// round); the press is always answered.
func TestCallbackFromAnotherChat(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	e := start(t, srv, svc, nil)
	id, _ := e.bot.Send(context.Background(), tgChat(group), bot.Reply{Text: "Q", Buttons: []bot.Button{{Label: "A", Data: "r1:1:0"}}})
	svc.reply = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		_, err := out.Send(ctx, in.Chat, bot.Reply{To: &in, Ephemeral: true, Text: "That button is not from this chat.", Notice: "That button is not from this chat."})
		return err
	}
	// The same data pressed under a message of another chat.
	srv.Press(super, bob, atoi(t, id), "r1:1:0")
	in := svc.next(t)
	if in.Chat.ID != itoa(super.ID) || in.Data != "r1:1:0" {
		t.Errorf("Incoming = %+v; want the data with the chat it was pressed in", in)
	}
	srv.Wait(5*time.Second, func() bool { return len(srv.Callbacks()) == 1 })
	if cb := srv.Callbacks(); len(cb) != 1 || cb[0].Text != "That button is not from this chat." {
		t.Errorf("callbacks = %+v; want the refusal as a toast", cb)
	}
	if n := len(srv.BotMessages(super.ID)); n != 0 {
		t.Errorf("supergroup messages = %d; want 0 (the refusal is for the presser only)", n)
	}
}
