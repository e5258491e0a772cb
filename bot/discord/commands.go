package discord

import (
	"context"
	"errors"
	"strings"

	"github.com/bwmarrin/discordgo"

	"quizbot/bot"
)

// Option types used by the commands.
const (
	optSub        = discordgo.ApplicationCommandOptionSubCommand
	optString     = discordgo.ApplicationCommandOptionString
	optInt        = discordgo.ApplicationCommandOptionInteger
	optAttachment = discordgo.ApplicationCommandOptionAttachment
)

// folded are chat commands that Discord shows as /quiz subcommands instead.
var folded = map[string]string{"start": "", "stop": "quiz", "hint": "quiz", "skip": "quiz"}

// commands turns bot.Commands into slash commands. The option order is the
// order in which values are rendered into Incoming.Text.
func commands() []*discordgo.ApplicationCommand {
	var out []*discordgo.ApplicationCommand
	for _, c := range bot.Commands {
		if _, ok := folded[c.Name]; ok {
			continue
		}
		ac := &discordgo.ApplicationCommand{Name: c.Name, Description: clip(c.Description, 100)}
		switch c.Name {
		case "quiz":
			ac.Description = "Start or steer a quiz round"
			ac.Options = []*discordgo.ApplicationCommandOption{
				sub("start", "Start a quiz round", topicOpt(), intOpt("count", "Number of questions", 1, 50)),
				sub("stop", "Stop the current round"),
				sub("hint", "A hint for the open question (half points)"),
				sub("skip", "Skip the open question"),
				sub("time", "Seconds per question in this channel",
					&discordgo.ApplicationCommandOption{Type: optInt, Name: "seconds", Description: "5 to 600", Required: true,
						MinValue: ptr(5.0), MaxValue: 600}),
			}
		case "answer":
			ac.Options = []*discordgo.ApplicationCommandOption{
				{Type: optString, Name: "text", Description: "Your answer", Required: true, MaxLength: 200},
			}
		case "class":
			ac.Description = "Teacher tools for a live class"
			ac.Options = []*discordgo.ApplicationCommandOption{
				sub("start", "Open a live class quiz with a lobby", topicOpt(), intOpt("count", "Number of questions", 1, 50),
					intOpt("seconds", "Seconds per question", 5, 600)),
				sub("join", "Join the open class, or one held elsewhere by its code",
					&discordgo.ApplicationCommandOption{Type: optString, Name: "code", Description: "The class code from the teacher's screen", MaxLength: 20}),
				sub("end", "End the class now"),
				sub("report", "The class report as a CSV file"),
				sub("assign", "Give homework to do in private", topicOpt(), intOpt("count", "Number of questions", 1, 100),
					&discordgo.ApplicationCommandOption{Type: optString, Name: "due", Description: "Deadline, e.g. 2025-06-30 or 3d", MaxLength: 40}),
				sub("retire", "Take a question out of play",
					&discordgo.ApplicationCommandOption{Type: optString, Name: "id", Description: "Question id from the report", Required: true, MaxLength: 100}),
				sub("web", "A sign-in link to the teacher's web pages, sent to you privately"),
				sub("upload", "Make a new topic from a text or Markdown file",
					&discordgo.ApplicationCommandOption{Type: optAttachment, Name: "file", Description: "A .txt or .md file (up to 1 MB)", Required: true}),
			}
			perm := int64(discordgo.PermissionManageGuild)
			ac.DefaultMemberPermissions = &perm
			no := false
			ac.DMPermission = &no
		}
		out = append(out, ac)
	}
	for _, sc := range shortcuts {
		out = append(out, sc.command)
	}
	return out
}

// shortcuts are slash commands of Discord's own that stand for a chat
// command's subcommand: Incoming.Text is text followed by the options.
// /homework exists because homework is done in a DM with the bot, where
// /class (Manage Server, guilds only) cannot be used.
var shortcuts = []struct {
	command *discordgo.ApplicationCommand
	text    string
}{
	{&discordgo.ApplicationCommand{
		Name:        "homework",
		Description: "Do your homework here, in a private chat with me",
		Options: []*discordgo.ApplicationCommandOption{
			intOpt("number", "The homework's number (empty: your open homework)", 1, 1e9),
		},
		// No DefaultMemberPermissions: every student may use it. In a
		// guild it says where to go; in a DM with the bot it runs.
		DMPermission: ptr(true),
		Contexts:     &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM},
	}, "/class homework"},
}

func sub(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: optSub, Name: name, Description: desc, Options: opts}
}

func topicOpt() *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: optString, Name: "topic", Description: "Topic (empty = mixed)", Autocomplete: true, MaxLength: 100}
}

func intOpt(name, desc string, lo, hi float64) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: optInt, Name: name, Description: desc, MinValue: &lo, MaxValue: hi}
}

func ptr[T any](v T) *T { return &v }

// RegisterCommands replaces the application's slash commands with quizbot's,
// in Config.GuildID if set (visible at once), else globally.
func (b *Bot) RegisterCommands(ctx context.Context) error {
	if b.session.Token == "" {
		return errors.New("discord: registering commands needs the bot token")
	}
	if b.cfg.AppID == "" {
		return errors.New("discord: registering commands needs the application id")
	}
	cmds := commands()
	err := b.call(ctx, "register commands", func(o ...discordgo.RequestOption) error {
		_, err := b.session.ApplicationCommandBulkOverwrite(b.cfg.AppID, b.cfg.GuildID, cmds, o...)
		return err
	})
	if err != nil {
		return err
	}
	b.log.Info("commands registered", "count", len(cmds), "guild", b.cfg.GuildID)
	return nil
}

// spec finds the declared options of a command or subcommand, for rendering
// values in declaration order. For a shortcut it returns a copy named after
// the text it stands for ("class homework"), which is what commandText
// writes after the slash.
func spec(name string) (*discordgo.ApplicationCommand, bool) {
	for _, sc := range shortcuts {
		if sc.command.Name == name {
			c := *sc.command
			c.Name = strings.TrimPrefix(sc.text, "/")
			return &c, true
		}
	}
	for _, c := range registered {
		if c.Name == name {
			return c, true
		}
	}
	return nil, false
}

var registered = commands()

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
