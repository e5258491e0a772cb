package discord

import (
	"bytes"
	"mime"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"quizbot/bot"
)

// Discord's limits.
const (
	maxContent     = 2000
	maxDescription = 4096
	maxLabel       = 80
	maxCustomID    = 100
	maxPerRow      = 5
	maxRows        = 5
	embedColor     = 0x5865F2
)

// message is a bot.Reply in Discord's terms.
type message struct {
	content    string
	embeds     []*discordgo.MessageEmbed
	components []discordgo.MessageComponent
	files      []*bot.Attachment // new readers for every attempt of a request
	ephemeral  bool
}

// renderReply lays out a reply: short texts as content, long or multi-line
// texts without buttons (results, leaderboards, reveals) as an embed.
func renderReply(r bot.Reply) message {
	text, buttons := r.Text, r.Buttons
	if r.Poll != nil && len(buttons) == 0 {
		// Discord has no quiz polls: the options become buttons.
		if text == "" {
			text = r.Poll.Question
		}
		for i, o := range r.Poll.Options {
			if i < len(r.Poll.Data) {
				buttons = append(buttons, bot.Button{Label: o, Data: r.Poll.Data[i]})
			}
		}
	}
	if text == "" {
		// Discord has no toasts: a verdict alone is the message; with a
		// text, the text says it in full.
		text = r.Notice
	}
	m := message{ephemeral: r.Ephemeral}
	var long []string
	m.components, long = rows(buttons)
	for _, l := range long {
		if !strings.Contains(text, l) {
			text += "\n• " + l
		}
	}
	n := utf8.RuneCountInString(text)
	if n > maxContent || (len(m.components) == 0 && strings.Count(text, "\n") >= 2) {
		m.embeds = []*discordgo.MessageEmbed{{Description: clip(text, maxDescription), Color: embedColor}}
	} else {
		m.content = text
	}
	for _, a := range []*bot.Attachment{r.Image, r.File} {
		if a != nil {
			m.files = append(m.files, a)
		}
	}
	if m.content == "" && len(m.embeds) == 0 && len(m.files) == 0 {
		// Discord refuses empty messages.
		m.content = "…"
	}
	return m
}

// rows puts buttons five to a row, at most five rows. It returns the labels
// that had to be shortened, so that their full text can go in the message.
func rows(buttons []bot.Button) ([]discordgo.MessageComponent, []string) {
	var out []discordgo.MessageComponent
	var row discordgo.ActionsRow
	var long []string
	for _, btn := range buttons {
		if btn.Data == "" || len(btn.Data) > maxCustomID {
			continue // Discord rejects the whole message for one bad custom_id
		}
		label := strings.TrimSpace(btn.Label)
		if label == "" {
			label = "…"
		}
		if utf8.RuneCountInString(label) > maxLabel {
			long = append(long, label)
			label = clip(label, maxLabel)
		}
		row.Components = append(row.Components, discordgo.Button{Label: label, CustomID: btn.Data, Style: discordgo.PrimaryButton})
		if len(row.Components) == maxPerRow {
			out = append(out, row)
			row = discordgo.ActionsRow{}
		}
		if len(out) == maxRows {
			break
		}
	}
	if len(row.Components) > 0 && len(out) < maxRows {
		out = append(out, row)
	}
	return out, long
}

func contentType(name string) string {
	if t := mime.TypeByExtension(filepath.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// Renderings for the various endpoints; call them inside the request
// closure so that a retry reads the files again.

func (m message) dfiles() []*discordgo.File {
	var out []*discordgo.File
	for _, a := range m.files {
		out = append(out, &discordgo.File{Name: a.Name, ContentType: contentType(a.Name), Reader: bytes.NewReader(a.Data)})
	}
	return out
}

func (m message) flags() discordgo.MessageFlags {
	if m.ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

func (m message) response() *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: m.content, Embeds: m.embeds, Components: m.components, Files: m.dfiles(), Flags: m.flags()},
	}
}

func (m message) send() *discordgo.MessageSend {
	return &discordgo.MessageSend{Content: m.content, Embeds: m.embeds, Components: m.components, Files: m.dfiles()}
}

func (m message) followup() *discordgo.WebhookParams {
	return &discordgo.WebhookParams{Content: m.content, Embeds: m.embeds, Components: m.components, Files: m.dfiles(), Flags: m.flags()}
}

// Edits replace content, embeds and buttons; a reply without buttons removes
// them (the reveal).
func (m message) editParts() (*string, *[]discordgo.MessageComponent, *[]*discordgo.MessageEmbed) {
	content := m.content
	comps := m.components
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	embeds := m.embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	return &content, &comps, &embeds
}

func (m message) edit(channelID, msgID string) *discordgo.MessageEdit {
	c, comps, embeds := m.editParts()
	return &discordgo.MessageEdit{ID: msgID, Channel: channelID, Content: c, Components: comps, Embeds: embeds, Files: m.dfiles()}
}

func (m message) webhookEdit() *discordgo.WebhookEdit {
	c, comps, embeds := m.editParts()
	return &discordgo.WebhookEdit{Content: c, Components: comps, Embeds: embeds, Files: m.dfiles()}
}
