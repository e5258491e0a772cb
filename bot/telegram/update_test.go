package telegram

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/telegram/telegramtest"
)

func TestUpdateTranslation(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	start(t, srv, svc, nil)
	srv.SetMember(group.ID, bob.ID, "administrator")
	srv.SetMember(super.ID, carol.ID, "creator")

	tests := []struct {
		name    string
		chat    telegramtest.Chat
		from    telegramtest.User
		text    string
		want    string
		private bool
		admin   bool
	}{
		{"private start", telegramtest.Private(alice), alice, "/start", "/start", true, true},
		{"private plain text", telegramtest.Private(alice), alice, "Tobolsk", "Tobolsk", true, true},
		{"addressed command", group, alice, "/quiz@QuizTestBot start history 5", "/quiz start history 5", false, false},
		{"addressed, other case", group, alice, "/Score@quiztestbot", "/score", false, false},
		{"deep link", telegramtest.Private(alice), alice, "/start quiz_world_history", "/quiz world history", true, true},
		{"answer keeps case", group, alice, "/answer  Tobolsk Kremlin ", "/answer Tobolsk Kremlin", false, false},
		{"stop by member", group, alice, "/stop", "/stop", false, false},
		{"stop by admin", group, bob, "/stop", "/stop", false, true},
		{"quiz stop by admin", group, bob, "/quiz stop", "/quiz stop", false, true},
		{"class by creator", super, carol, "/class start", "/class start", false, true},
		{"class by member", super, alice, "/class start", "/class start", false, false},
		{"plain group text", super, alice, "hello", "hello", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv.Send(tc.chat, tc.from, tc.text)
			in := svc.next(t)
			if in.Text != tc.want {
				t.Errorf("Text = %q; want %q", in.Text, tc.want)
			}
			if in.Chat.Private != tc.private || in.Chat.Platform != Platform || in.Chat.ID != itoa(tc.chat.ID) {
				t.Errorf("Chat = %+v; want platform telegram, id %d, private %v", in.Chat, tc.chat.ID, tc.private)
			}
			if in.User.Admin != tc.admin {
				t.Errorf("Admin = %v; want %v", in.User.Admin, tc.admin)
			}
			if in.User.ID != itoa(tc.from.ID) || in.User.Name != tc.from.FirstName {
				t.Errorf("User = %+v; want id %d name %q", in.User, tc.from.ID, tc.from.FirstName)
			}
			if in.ID == "" || in.At.IsZero() {
				t.Errorf("ID = %q, At = %v; want both set", in.ID, in.At)
			}
		})
	}
	// Four (chat, user) pairs asked about; bob's second check is cached.
	if n := len(srv.Calls("getChatMember")); n != 4 {
		t.Errorf("getChatMember calls = %d; want 4", n)
	}
}

func TestForeignCommandIgnored(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	start(t, srv, svc, nil)
	srv.Send(group, alice, "/quiz@OtherBot")
	svc.none(t)
}

func TestReplyToBot(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	e := start(t, srv, svc, nil)
	id, err := e.bot.Send(context.Background(), tgChat(group), bot.Reply{Text: "Capital of Siberia in 1708?"})
	if err != nil {
		t.Fatal(err)
	}
	user := srv.Send(group, alice, "just chatting")
	srv.Reply(group, bob, "Tobolsk", atoi(t, id))
	srv.Reply(group, carol, "me too", user)
	for _, want := range []bool{false, true, false} {
		if in := svc.next(t); in.ToBot != want {
			t.Errorf("%q: ToBot = %v; want %v", in.Text, in.ToBot, want)
		}
	}
}

func TestDocument(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	start(t, srv, svc, nil)
	content := "::Q1:: 2+2 = {=4 ~3 ~5}"
	srv.SendDocument(telegramtest.Private(alice), alice, "bank.gift", "text/plain", []byte(content), "/import")
	in := svc.next(t)
	if in.File == nil {
		t.Fatal("File = nil; want the document")
	}
	if in.Text != "/import" || in.File.Name != "bank.gift" || in.File.MIME != "text/plain" || in.File.Size != int64(len(content)) {
		t.Errorf("Incoming = %q %+v; want /import, bank.gift, text/plain, %d bytes", in.Text, *in.File, len(content))
	}
	rc, err := in.File.Open(context.Background())
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer rc.Close()
	got, _ := io.ReadAll(rc)
	if string(got) != content {
		t.Errorf("content = %q; want %q", got, content)
	}
	if len(srv.Calls("getFile")) != 1 {
		t.Errorf("getFile calls = %d; want 1", len(srv.Calls("getFile")))
	}
}

func TestCallbackQuery(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	e := start(t, srv, svc, nil)
	ctx := context.Background()
	id, err := e.bot.Send(ctx, tgChat(group), bot.Reply{Text: "Pick one", Buttons: []bot.Button{{Label: "Tobolsk", Data: "r1:q1:0"}, {Label: "Omsk", Data: "r1:q1:1"}}})
	if err != nil {
		t.Fatal(err)
	}
	msg := atoi(t, id)
	svc.reply = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		switch in.Data {
		case "r1:q1:0":
			_, err := out.Send(ctx, in.Chat, bot.Reply{To: &in, Ephemeral: true, Notice: "✅ +850", Text: "Right! It was Tobolsk."})
			return err
		case "r1:q1:1":
			_, err := out.Send(ctx, in.Chat, bot.Reply{To: &in, Notice: "❌ it was Tobolsk", Text: "Bob picked Omsk."})
			return err
		}
		return nil // no reply: the adapter must still stop the spinner
	}
	cb1, _ := srv.PressButton(group, alice, msg, "Tobolsk")
	if in := svc.next(t); in.Data != "r1:q1:0" || in.Text != "" || in.Chat.ID != itoa(group.ID) || in.User.ID != itoa(alice.ID) {
		t.Errorf("Incoming = %+v; want Data r1:q1:0 from alice in the group", in)
	}
	cb2, _ := srv.PressButton(group, bob, msg, "Omsk")
	svc.next(t)
	cb3 := srv.Press(group, carol, msg, "r9:tampered")
	svc.next(t)
	srv.Wait(5*time.Second, func() bool { return len(srv.Callbacks()) == 3 })
	want := map[string]string{cb1: "✅ +850", cb2: "❌ it was Tobolsk", cb3: ""}
	for _, c := range srv.Callbacks() {
		if w, ok := want[c.ID]; !ok || c.Text != w {
			t.Errorf("callback %s answered %q; want %q", c.ID, c.Text, w)
		}
	}
	if n := srv.Unanswered(); n != 0 {
		t.Errorf("unanswered callbacks = %d; want 0", n)
	}
	// The ephemeral text stays private; the public one is posted (presses
	// in a group run side by side, so it may follow the last answer).
	srv.Wait(5*time.Second, func() bool { return len(srv.BotMessages(group.ID)) >= 2 })
	msgs := srv.BotMessages(group.ID)
	if len(msgs) != 2 || msgs[1].Text != "Bob picked Omsk." {
		t.Errorf("group messages = %+v; want the question and \"Bob picked Omsk.\"", msgs)
	}
}

func TestCallbackTextAsToast(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	e := start(t, srv, svc, nil)
	id, _ := e.bot.Send(context.Background(), tgChat(telegramtest.Private(alice)), bot.Reply{Text: "Q", Buttons: []bot.Button{{Label: "A", Data: "d"}}})
	svc.reply = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		_, err := out.Send(ctx, in.Chat, bot.Reply{To: &in, Text: "That question is closed."})
		return err
	}
	srv.Press(telegramtest.Private(alice), alice, atoi(t, id), "d")
	svc.next(t)
	srv.Wait(5*time.Second, func() bool { return len(srv.Callbacks()) == 1 })
	if c := srv.Callbacks(); len(c) != 1 || c[0].Text != "That question is closed." {
		t.Errorf("callbacks = %+v; want the text as the toast", c)
	}
	if n := len(srv.BotMessages(alice.ID)); n != 1 {
		t.Errorf("bot messages = %d; want 1 (the toast is enough)", n)
	}
}

func TestEphemeralCommandReplyGoesPrivate(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	start(t, srv, svc, nil)
	svc.reply = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		_, err := out.Send(ctx, in.Chat, bot.Reply{To: &in, Ephemeral: true, Text: "Your score: 850"})
		return err
	}
	srv.Block(bob.ID)
	srv.Send(group, alice, "/score")
	svc.next(t)
	waitMsgs(t, srv, alice.ID, 1)
	cmd := srv.Send(group, bob, "/score") // bob never started the bot: reply in the group
	svc.next(t)
	got := waitMsgs(t, srv, group.ID, 1)
	if got[0].ReplyTo != cmd || got[0].Text != "Your score: 850" {
		t.Errorf("group reply = %+v; want a reply to message %d", got[0], cmd)
	}
	// Bob cannot get private messages: the next time he is not tried.
	tries := func() int {
		n := 0
		for _, c := range srv.Calls("sendMessage") {
			if c.Params.Get("chat_id") == itoa(bob.ID) {
				n++
			}
		}
		return n
	}
	before := tries()
	srv.Send(group, bob, "/score")
	svc.next(t)
	waitMsgs(t, srv, group.ID, 2)
	if n := tries() - before; n != 0 {
		t.Errorf("private messages tried to bob = %d; want 0 after a refusal", n)
	}
}

func TestHandleErrorLogged(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	e := start(t, srv, svc, nil)
	svc.reply = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		return io.ErrUnexpectedEOF // the Service answered the user; this is for the log
	}
	srv.Send(telegramtest.Private(alice), alice, "/top")
	svc.next(t)
	srv.Wait(2*time.Second, func() bool { return strings.Contains(e.logs.String(), "unexpected EOF") })
	if !strings.Contains(e.logs.String(), "unexpected EOF") {
		t.Error("error from Handle not logged")
	}
	if n := len(srv.BotMessages(alice.ID)); n != 0 {
		t.Errorf("bot messages = %d; want 0 (the Service speaks for itself)", n)
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			t.Fatalf("message id %q is not a number", s)
		}
		n = n*10 + int(r-'0')
	}
	return n
}
