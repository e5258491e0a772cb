package telegram

import (
	"context"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/telegram/telegramtest"
)

func TestQuizPoll(t *testing.T) {
	srv := newServer(t)
	svc := newFakeService()
	e := start(t, srv, svc, nil)
	ctx := context.Background()
	long := strings.Repeat("Tobolsk, founded in 1587, was the first capital of Siberia. ", 10)
	r := bot.Reply{
		Text:    "fallback text",
		Buttons: []bot.Button{{Label: "A", Data: "a"}},
		Poll: &bot.Poll{Question: "First capital of Siberia?", Options: []string{"Omsk", "Tobolsk", "Tomsk"},
			Data: []string{"r7:q1:0", "r7:q1:1", "r7:q1:2"}, Correct: 1, Explanation: long, OpenPeriod: 30 * time.Second},
	}
	id, err := e.bot.Send(ctx, tgChat(group), r)
	if err != nil {
		t.Fatalf("Send poll: %v", err)
	}
	calls := srv.Calls("sendPoll")
	if len(calls) != 1 {
		t.Fatalf("sendPoll calls = %d; want 1", len(calls))
	}
	p := calls[0].Params
	if p.Get("type") != "quiz" || p.Get("is_anonymous") != "false" || p.Get("correct_option_id") != "1" || p.Get("open_period") != "30" {
		t.Errorf("sendPoll params = %v; want type quiz, not anonymous, correct 1, open_period 30", p)
	}
	if n := units(p.Get("explanation")); n == 0 || n > 200 {
		t.Errorf("explanation has %d characters; want 1..200", n)
	}
	if len(srv.BotMessages(group.ID)) != 1 {
		t.Errorf("messages = %d; want only the poll (text and buttons are the fallback)", len(srv.BotMessages(group.ID)))
	}
	m, _ := srv.Message(atoi(t, strings.TrimPrefix(id, "p")))
	pollID := m.Poll.ID

	srv.Vote(pollID, bob, 1)
	in := svc.next(t)
	if in.Data != "r7:q1:1" || in.Chat.ID != itoa(group.ID) || in.Chat.Private || in.User.ID != itoa(bob.ID) {
		t.Errorf("poll answer = %+v; want Data r7:q1:1 from bob in the group", in)
	}

	// A restart: a new adapter on the same state still maps the answers.
	e.stop()
	e2 := start(t, srv, svc, nil)
	srv.Vote(pollID, carol, 2)
	if in := svc.next(t); in.Data != "r7:q1:2" || in.Chat.ID != itoa(group.ID) {
		t.Errorf("poll answer after restart = %+v; want Data r7:q1:2 in the group", in)
	}

	// The reveal closes the poll and says the rest in a new message.
	if err := e2.bot.Edit(ctx, tgChat(group), id, bot.Reply{Text: "It was Tobolsk: 1 of 2 right."}); err != nil {
		t.Fatalf("Edit poll: %v", err)
	}
	m, _ = srv.Message(m.ID)
	if !m.Poll.Closed {
		t.Error("poll still open after the reveal")
	}
	msgs := srv.BotMessages(group.ID)
	if last := msgs[len(msgs)-1]; last.Text != "It was Tobolsk: 1 of 2 right." {
		t.Errorf("last message = %q; want the reveal text", last.Text)
	}
	if v, _ := svc.State(ctx, pollKey(pollID)); v != "" {
		t.Errorf("state of a closed poll = %q; want it dropped", v)
	}
	srv.Vote(pollID, alice, 1)
	svc.none(t)
}

func TestPollFallback(t *testing.T) {
	srv := newServer(t)
	e := start(t, srv, newFakeService(), nil)
	r := bot.Reply{
		Text:    "Which is right?",
		Buttons: []bot.Button{{Label: "A", Data: "a"}, {Label: "B", Data: "b"}},
		Poll:    &bot.Poll{Question: strings.Repeat("very long question ", 20), Options: []string{"A", "B"}, Data: []string{"a", "b"}},
	}
	if _, err := e.bot.Send(context.Background(), tgChat(telegramtest.Private(alice)), r); err != nil {
		t.Fatal(err)
	}
	msgs := srv.BotMessages(alice.ID)
	if len(msgs) != 1 || msgs[0].Kind != "text" || len(msgs[0].Buttons) != 1 {
		t.Errorf("messages = %+v; want the text and buttons instead of a poll Telegram would refuse", msgs)
	}
}
