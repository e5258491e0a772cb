package discord

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"quizbot/bot"
)

var commandName = regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)

func TestCommandDefinitions(t *testing.T) {
	cmds := commands()
	byName := map[string]*discordgo.ApplicationCommand{}
	for _, c := range cmds {
		byName[c.Name] = c
	}
	for _, c := range bot.Commands {
		if _, ok := folded[c.Name]; !ok && byName[c.Name] == nil {
			t.Errorf("chat command %s is neither registered nor folded into /quiz", c.Name)
		}
	}
	for _, want := range []string{"quiz", "answer", "score", "top", "review", "topics", "forgetme", "help", "class"} {
		if byName[want] == nil {
			t.Errorf("/%s is not registered", want)
		}
	}
	var check func(path string, opts []*discordgo.ApplicationCommandOption)
	check = func(path string, opts []*discordgo.ApplicationCommandOption) {
		if len(opts) > 25 {
			t.Errorf("%s has %d options; Discord allows 25", path, len(opts))
		}
		required := true
		for _, o := range opts {
			if !commandName.MatchString(o.Name) || o.Description == "" || len([]rune(o.Description)) > 100 {
				t.Errorf("%s %s: bad name or description %q", path, o.Name, o.Description)
			}
			if o.Required && !required {
				t.Errorf("%s %s: required option after an optional one", path, o.Name)
			}
			required = o.Required
			check(path+" "+o.Name, o.Options)
		}
	}
	for _, c := range cmds {
		if !commandName.MatchString(c.Name) || c.Description == "" || len([]rune(c.Description)) > 100 {
			t.Errorf("/%s: bad name or description %q", c.Name, c.Description)
		}
		check("/"+c.Name, c.Options)
	}
	var subs []string
	for _, o := range byName["quiz"].Options {
		subs = append(subs, o.Name)
	}
	if got := strings.Join(subs, " "); got != "start stop hint skip time" {
		t.Errorf("/quiz subcommands = %s; want start stop hint skip time", got)
	}
	start := byName["quiz"].Options[0]
	if start.Options[0].Name != "topic" || !start.Options[0].Autocomplete {
		t.Error("/quiz start topic has no autocomplete")
	}
	class := byName["class"]
	if class.DefaultMemberPermissions == nil || *class.DefaultMemberPermissions != discordgo.PermissionManageGuild {
		t.Error("/class is not limited to Manage Server by default")
	}
	subs = nil
	for _, o := range class.Options {
		subs = append(subs, o.Name)
	}
	if got := strings.Join(subs, " "); got != "start join end report assign retire web upload" {
		t.Errorf("/class subcommands = %s", got)
	}
}

func TestRegisterCommands(t *testing.T) {
	for _, tc := range []struct {
		guild, path string
	}{
		{"", "/applications/100000000000000001/commands"},
		{"42", "/applications/100000000000000001/guilds/42/commands"},
	} {
		h := newHarness(t, withFake(&fakeService{}), func(c *Config) { c.GuildID = tc.guild })
		if err := h.bot.RegisterCommands(context.Background()); err != nil {
			t.Fatalf("register: %v", err)
		}
		if n := countCalls(h, "PUT", tc.path); n != 1 {
			t.Errorf("guild %q: %d PUTs to %s; want 1", tc.guild, n, tc.path)
		}
		got := h.discord.Commands()
		if len(got) != len(commands()) {
			t.Errorf("registered %d commands; want %d", len(got), len(commands()))
		}
		for _, c := range got {
			if c.Name == "class" && (c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != 32) {
				t.Errorf("/class arrived with permissions %v; want 32 (Manage Server)", c.DefaultMemberPermissions)
			}
		}
	}
	h := newHarness(t, withFake(&fakeService{}), func(c *Config) { c.Token = "wrong" })
	if err := h.bot.RegisterCommands(context.Background()); err == nil || strings.Contains(err.Error(), "wrong") {
		t.Errorf("register with a bad token = %v; want an error without the token", err)
	}
	h = newHarness(t, withFake(&fakeService{}), func(c *Config) { c.Token = "" })
	if err := h.bot.RegisterCommands(context.Background()); err == nil {
		t.Error("register without a token succeeded")
	}
}
