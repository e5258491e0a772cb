package discord

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"quizbot/bot/discord/discordtest"
	"quizbot/quiz"
)

// /homework is Discord's own command for /class homework: homework is done
// in a DM, where /class (Manage Server, guilds only) is not available.

func TestHomeworkCommandDefinition(t *testing.T) {
	var hw *discordgo.ApplicationCommand
	for _, c := range commands() {
		if c.Name == "homework" {
			hw = c
		}
	}
	if hw == nil {
		t.Fatal("/homework is not registered")
	}
	if hw.DefaultMemberPermissions != nil {
		t.Errorf("/homework needs permissions %d; want none", *hw.DefaultMemberPermissions)
	}
	if hw.DMPermission == nil || !*hw.DMPermission || hw.Contexts == nil || !slices.Contains(*hw.Contexts, discordgo.InteractionContextBotDM) {
		t.Errorf("/homework is not allowed in DMs: dm_permission %v, contexts %v", hw.DMPermission, hw.Contexts)
	}
	if len(hw.Options) != 1 || hw.Options[0].Name != "number" || hw.Options[0].Type != optInt || hw.Options[0].Required {
		t.Errorf("/homework options = %+v; want one optional integer \"number\"", hw.Options)
	}

	// What the fake Discord received on registration says the same.
	h := newHarness(t, withFake(&fakeService{}), nil)
	if err := h.bot.RegisterCommands(context.Background()); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range h.discord.Commands() {
		if c.Name == "homework" {
			found = true
			if c.DefaultMemberPermissions != nil || c.DMPermission == nil || !*c.DMPermission {
				t.Errorf("/homework arrived with permissions %v, dm_permission %v; want none and true", c.DefaultMemberPermissions, c.DMPermission)
			}
		}
	}
	if !found {
		t.Error("/homework did not reach Discord")
	}
}

// TestHomeworkCommandText: /homework comes to the bot as /class homework,
// with the number when one is given.
func TestHomeworkCommandText(t *testing.T) {
	svc := &fakeService{}
	h := newHarness(t, withFake(svc), nil)
	for _, tc := range []struct {
		at   discordtest.Where
		opts []discordtest.Opt
		want string
	}{
		{dm, nil, "/class homework"},
		{dm, []discordtest.Opt{discordtest.Int("number", 7)}, "/class homework 7"},
		{guild, []discordtest.Opt{discordtest.Int("number", 12)}, "/class homework 12"},
	} {
		before := len(svc.incomings())
		h.post(h.discord.Command(tc.at, alice, "homework", tc.opts...))
		h.bot.Close()
		ins := svc.incomings()
		if len(ins) != before+1 {
			t.Fatalf("/homework %v reached the service %d times; want once", tc.opts, len(ins)-before)
		}
		in := ins[len(ins)-1]
		if in.Text != tc.want || in.Chat.Private != (tc.at.Guild == "") {
			t.Errorf("/homework %v = %q (private %v); want %q", tc.opts, in.Text, in.Chat.Private, tc.want)
		}
	}
}

// dmQuestion waits for question n of a homework in the DM channel.
func (g *game) dmQuestion(n, of int) (discordtest.Message, quiz.Question) {
	g.t.Helper()
	g.bot.Close()
	head := fmt.Sprintf("❓ Question %d/%d", n, of)
	for _, m := range g.discord.Channel(dm.Channel) {
		if !strings.HasPrefix(m.Text(), head) {
			continue
		}
		for _, q := range g.qs {
			if strings.Contains(m.Text(), q.Stem+"\n") {
				return m, q
			}
		}
	}
	var texts []string
	for _, m := range g.discord.Channel(dm.Channel) {
		texts = append(texts, m.Text())
	}
	g.t.Fatalf("no %q in the DM channel: %q", head, texts)
	return discordtest.Message{}, quiz.Question{}
}

// TestHomeworkInADM: the teacher assigns homework in the guild; a student
// without Manage Server does it in a DM with /homework.
func TestHomeworkInADM(t *testing.T) {
	g := newGame(t)
	assign := discordtest.Sub("assign", discordtest.Str("topic", "Science"), discordtest.Int("count", 2), discordtest.Str("due", "3d"))
	if v, _ := g.do(g.discord.Command(guild, teacher, "class", assign)); !strings.Contains(v, "Homework 1") {
		t.Fatalf("/class assign answered %q", v)
	}
	if v, _ := g.do(g.discord.Command(guild, alice, "homework", discordtest.Int("number", 1))); !strings.Contains(v, "private chat") {
		t.Errorf("/homework in the guild answered %q; want to be sent to a DM", v)
	}
	if v, _ := g.do(g.discord.Command(dm, alice, "homework")); !strings.Contains(v, "no open homework") {
		t.Errorf("/homework for a student outside the class answered %q", v)
	}
	if v, _ := g.do(g.discord.Command(dm, alice, "homework", discordtest.Int("number", 1))); !strings.Contains(v, "2 of 2 questions to go") {
		t.Fatalf("/homework 1 in a DM answered %q", v)
	}
	for i := 1; i <= 2; i++ {
		msg, q := g.dmQuestion(i, 2)
		var v string
		if q.Kind.Choice() {
			right, _ := buttonFor(msg, q.Answer)
			v, _ = g.do(g.discord.Click(dm, alice, msg.ID, right))
		} else {
			v, _ = g.do(g.discord.Command(dm, alice, "answer", discordtest.Str("text", q.Answer)))
		}
		if !strings.HasPrefix(v, "✅") {
			t.Errorf("homework question %d: the right answer got %q", i, v)
		}
	}
	if v, _ := g.do(g.discord.Command(dm, alice, "homework", discordtest.Int("number", 1))); !strings.Contains(v, "done homework 1: 2 questions") {
		t.Errorf("/homework 1 when done answered %q", v)
	}
	g.bot.Close()
	if rows, right := g.attempts(t); rows != 2 || right != 2 {
		t.Errorf("attempts = %d rows, %d right; want 2, 2", rows, right)
	}
	// The answers are in the class report the teacher gets in the guild.
	in := g.discord.Command(guild, teacher, "class", discordtest.Sub("report"))
	g.do(in)
	g.bot.Close()
	var csv string
	got := g.discord.Interaction(in.ID)
	for _, m := range append([]*discordtest.Message{got.Original}, got.Followups...) {
		if m != nil && len(m.Files) > 0 {
			csv = string(m.Files[0].Data)
		}
	}
	if !strings.Contains(csv, "\nAlice,") {
		t.Errorf("class report has no row for Alice:\n%s", csv)
	}
}
