package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/bot/discord"
	"quizbot/bot/telegram"
)

// noDM is an outbox whose private messages do not get through, as for
// students who never opened a chat with the bot.
type noDM struct{ *bottest.Outbox }

func (o noDM) Send(ctx context.Context, chat bot.Chat, r bot.Reply) (string, error) {
	if r.UserID != "" {
		return "", fmt.Errorf("unreachable: %w", bot.ErrRefused) // for good: not tried again
	}
	return o.Outbox.Send(ctx, chat, r)
}

// TestPlatformWordsAsServed: with Telegram and Discord registered in the
// order serve registers them, the texts built from the adapters' declared
// Capabilities read as they did when the conversation named the platforms
// itself.
func TestPlatformWordsAsServed(t *testing.T) {
	db := bottest.OpenDB(t)
	bottest.Seed(t, db, 8)
	clock := bottest.NewClock()
	svc := bot.New(db, bot.Config{Clock: clock, QuestionTime: 10 * time.Second, Pause: time.Second})
	out := &bottest.Outbox{}
	svc.Register(telegram.Platform, noDM{out}, telegram.Capabilities)
	svc.Register(discord.Platform, noDM{out}, discord.Capabilities)
	t.Cleanup(svc.Close)

	teacher := bot.User{ID: "900", Name: "T", Admin: true}
	student := bot.User{ID: "5", Name: "S"}
	n := 0
	say := func(platform string, u bot.User, text, data string) string {
		t.Helper()
		n++
		chat := bot.Chat{Platform: platform, ID: "-5", Title: "Class"}
		if err := svc.Handle(context.Background(), bot.Incoming{ID: fmt.Sprint(n), Chat: chat, User: u, Text: text, Data: data, At: clock.Now()}); err != nil {
			t.Fatal(err)
		}
		return bottest.Text(out.Take())
	}
	for _, c := range []struct {
		platform, text string
		user           bot.User
		want           []string
		not            []string
	}{
		{telegram.Platform, "/class", teacher, []string{
			"Teachers (chat admins on Telegram, Manage Server on Discord; anyone in a private chat):",
			"/class upload — attach a .txt or .md file (Telegram: send it with the caption /class upload) to make a new topic",
			"do your homework at your own pace until it is due (Discord: /homework)",
		}, nil},
		{discord.Platform, "/class report", student, []string{
			"Sorry, only a teacher can do that here: a chat admin on Telegram, someone with Manage Server on Discord. " +
				"In a private chat with me you are the teacher.",
		}, nil},
		{discord.Platform, "/class teacher-role", teacher, []string{
			"I take teacher rights from the platform rather than from a role list of my own. " +
				"On Discord, give the teachers' role the Manage Server permission, or let that role use /class under " +
				"Server Settings → Integrations → quizbot → Command Permissions. On Telegram, make the teachers admins of the group.",
		}, nil},
		{discord.Platform, "/class upload", teacher, []string{
			"Attach a .txt or .md file (up to 1 MB) and I will make a topic of it. " +
				"On Discord use the file option of /class upload; on Telegram send the file as a document with the caption /class upload " +
				"(in a private chat with me, just send the file).",
		}, nil},
		{telegram.Platform, "/help", student, []string{
			"\n/start — Welcome and how to play\n",
			"reply to the question or use /answer TEXT to type an answer (Telegram hides other messages in groups from bots that are not admins).",
		}, nil},
		{discord.Platform, "/help", student, []string{
			"\n/quiz start [topic] [count] — Start a quiz round",
			"reply to the question or use /answer TEXT to type an answer.",
		}, []string{"\n/start —", "\n/stop —", "\n/hint —", "\n/skip —", "Telegram hides"}},
		{discord.Platform, "/class assign 2", teacher, []string{"Students: open a private chat with me and send /homework 1."}, nil},
		{telegram.Platform, "/class assign 2", teacher, []string{"Students: open a private chat with me and send /class homework 2."}, nil},
	} {
		got := say(c.platform, c.user, c.text, "")
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s on %s:\n%s\nwant it to contain %q", c.text, c.platform, got, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(got, w) {
				t.Errorf("%s on %s:\n%s\nwant no %q", c.text, c.platform, got, w)
			}
		}
	}

	// A class whose student gets no private message: the class is told why
	// in its platform's words.
	for _, c := range []struct{ platform, want string }{
		{telegram.Platform, "📭 I could not send 1 student their result privately: they need to open a private chat with me first."},
		{discord.Platform, "📭 I could not send 1 student their result privately: they may have direct messages from server members turned off."},
	} {
		say(c.platform, teacher, "/class start 1 10", "")
		rounds, err := db.OpenRounds(context.Background())
		if err != nil || len(rounds) != 1 {
			t.Fatalf("open rounds = %v, %v; want the lobby", rounds, err)
		}
		say(c.platform, student, "", fmt.Sprintf("j:%d", rounds[0].ID))
		say(c.platform, teacher, "", fmt.Sprintf("b:%d", rounds[0].ID))
		clock.Advance(11 * time.Second)
		var got string
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline) && !strings.Contains(got, "📭"); time.Sleep(10 * time.Millisecond) {
			got += bottest.Text(out.Take())
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("class over on %s:\n%s\nwant %q", c.platform, got, c.want)
		}
	}
}
