package discord

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"quizbot/bot"
)

// errUnknownCommand marks a slash command quizbot never registered (an old
// registration, another app's command id).
var errUnknownCommand = errors.New("unknown command")

// incoming translates a command or component interaction.
func (b *Bot) incoming(it *discordgo.Interaction) (bot.Incoming, error) {
	in := bot.Incoming{ID: it.ID}
	if it.ID == "" || it.Token == "" || it.ChannelID == "" {
		return in, errors.New("interaction without id, token or channel")
	}
	u := it.User
	if it.Member != nil && it.Member.User != nil {
		u = it.Member.User
	}
	if u == nil || u.ID == "" {
		return in, errors.New("interaction without user")
	}
	in.Chat = bot.Chat{Platform: Platform, ID: it.ChannelID, Private: it.GuildID == "", Scope: it.GuildID}
	in.User = bot.User{ID: u.ID, Name: displayName(it.Member, u), Admin: admin(it)}

	switch it.Type {
	case discordgo.InteractionApplicationCommand:
		d, ok := it.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			return in, errors.New("command without data")
		}
		text, att, err := commandText(d)
		if err != nil {
			return in, err
		}
		in.Text = text
		if att != "" {
			in.File = b.file(d, att)
		}
	case discordgo.InteractionMessageComponent:
		d, ok := it.Data.(discordgo.MessageComponentInteractionData)
		if !ok || d.CustomID == "" {
			return in, errors.New("component without custom_id")
		}
		in.Data = d.CustomID
	default:
		return in, fmt.Errorf("interaction type %d", it.Type)
	}
	return in, nil
}

func displayName(m *discordgo.Member, u *discordgo.User) string {
	switch {
	case m != nil && m.Nick != "":
		return m.Nick
	case u.GlobalName != "":
		return u.GlobalName
	}
	return u.Username
}

// admin is Discord's word for teacher rights: Manage Server (or
// Administrator) in a guild; everyone in a DM with the bot.
func admin(it *discordgo.Interaction) bool {
	if it.GuildID == "" {
		return true
	}
	if it.Member == nil {
		return false
	}
	return it.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0
}

// commandText writes a slash command as chat text: "/quiz start history 5",
// values in declaration order, missing ones left out. It returns the
// attachment id of an attachment option, which is not part of the text.
func commandText(d discordgo.ApplicationCommandInteractionData) (text, attachment string, err error) {
	c, ok := spec(d.Name)
	if !ok || d.CommandType > discordgo.ChatApplicationCommand {
		return "", "", errUnknownCommand
	}
	words := []string{"/" + c.Name}
	declared, given := c.Options, d.Options
	if len(given) == 1 && given[0].Type == optSub {
		var s *discordgo.ApplicationCommandOption
		for _, o := range declared {
			if o.Type == optSub && o.Name == given[0].Name {
				s = o
			}
		}
		if s == nil {
			return "", "", errUnknownCommand
		}
		words = append(words, s.Name)
		declared, given = s.Options, given[0].Options
	} else if hasSub(declared) {
		return "", "", errUnknownCommand
	}
	for _, o := range declared {
		var v *discordgo.ApplicationCommandInteractionDataOption
		for _, g := range given {
			if g.Name == o.Name {
				v = g
			}
		}
		if v == nil || v.Value == nil {
			continue
		}
		if o.Type == optAttachment {
			attachment, _ = v.Value.(string)
			continue
		}
		if w := value(v.Value); w != "" {
			words = append(words, w)
		}
	}
	return strings.Join(words, " "), attachment, nil
}

func hasSub(opts []*discordgo.ApplicationCommandOption) bool {
	for _, o := range opts {
		if o.Type == optSub {
			return true
		}
	}
	return false
}

// value prints an option value as typed: JSON numbers arrive as float64.
func value(v any) string {
	switch v := v.(type) {
	case string:
		return strings.Join(strings.Fields(v), " ")
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

// file describes an uploaded attachment; Open fetches it from Discord's CDN
// with the adapter's HTTP client (bounded by its timeout).
func (b *Bot) file(d discordgo.ApplicationCommandInteractionData, id string) *bot.File {
	if d.Resolved == nil || d.Resolved.Attachments[id] == nil {
		return nil
	}
	a := d.Resolved.Attachments[id]
	client := b.session.Client
	return &bot.File{
		Name: a.Filename,
		MIME: a.ContentType,
		Size: int64(a.Size),
		Open: func(ctx context.Context) (io.ReadCloser, error) {
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.URL, nil)
			if err != nil {
				return nil, errors.New("discord attachment: bad URL")
			}
			resp, err := client.Do(req)
			if err != nil {
				return nil, clean("download attachment", err)
			}
			if resp.StatusCode != http.StatusOK {
				resp.Body.Close()
				return nil, fmt.Errorf("discord download attachment: HTTP %d", resp.StatusCode)
			}
			return resp.Body, nil
		},
	}
}
