package discord

import (
	"context"
	"fmt"
	"testing"

	"quizbot/bot"
)

// TestDMChannelsAreBounded: private messages to more users than maxDMs
// (classes of students who come and go) keep at most maxDMs DM channels in
// memory; a user whose channel was dropped is written to again through a
// channel opened anew.
func TestDMChannelsAreBounded(t *testing.T) {
	defer func(n int) { maxDMs = n }(maxDMs)
	maxDMs = 40
	h := newHarness(t, withFake(&fakeService{}), nil)
	ctx := context.Background()
	chat := bot.Chat{Platform: Platform, ID: guild.Channel, Scope: guild.Guild}
	users := 3 * maxDMs
	for i := 0; i < users; i++ {
		if _, err := h.bot.Send(ctx, chat, bot.Reply{Text: "Your result", UserID: fmt.Sprint(900000000000000000 + i)}); err != nil {
			t.Fatal(err)
		}
	}
	if n := h.bot.knownDMs(); n > maxDMs {
		t.Errorf("DM channels kept = %d after %d users; want at most %d", n, users, maxDMs)
	}
	first := fmt.Sprint(900000000000000000)
	if _, err := h.bot.Send(ctx, chat, bot.Reply{Text: "Homework is due", UserID: first}); err != nil {
		t.Fatal(err)
	}
	if msgs := h.discord.Channel("dm-" + first); len(msgs) != 2 {
		t.Errorf("the first user's DMs = %d; want 2, the second through a channel opened again", len(msgs))
	}
	if n := countCalls(h, "POST", "/users/@me/channels"); n != users+1 {
		t.Errorf("DM channels opened %d times; want %d (each user once, the dropped one again)", n, users+1)
	}
}
