package discord

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"
	lru "github.com/hashicorp/golang-lru/v2"

	"quizbot/bot"
)

// Send delivers one reply: privately to Reply.UserID, as the answer to the
// interaction of Reply.To, or as a message in the chat's channel.
func (b *Bot) Send(ctx context.Context, chat bot.Chat, r bot.Reply) (string, error) {
	m := renderReply(r)
	if r.UserID != "" {
		ch, err := b.dm(ctx, r.UserID)
		if err != nil {
			return "", err
		}
		m.ephemeral = false
		id, err := b.post(ctx, ch, m)
		if err != nil {
			return "", err
		}
		return ch + "/" + id, nil
	}
	if r.To != nil {
		if c := b.lookup(r.To.ID); c != nil {
			return b.answer(ctx, c, m)
		}
		if r.Ephemeral {
			return "", fmt.Errorf("discord: interaction %s is closed; an ephemeral reply cannot be delivered", r.To.ID)
		}
	}
	return b.post(ctx, chat.ID, m)
}

// Edit changes a message sent before. A channel message that is gone, or an
// interaction message whose token expired, is sent anew (unless ephemeral).
func (b *Bot) Edit(ctx context.Context, chat bot.Chat, msgID string, r bot.Reply) error {
	ref, err := parseMsgID(chat.ID, msgID)
	if err != nil {
		return err
	}
	m := renderReply(r)
	if ref.kind == "c" {
		err = b.call(ctx, "edit message", func(o ...discordgo.RequestOption) error {
			_, err := b.session.ChannelMessageEditComplex(m.edit(ref.channel, ref.id), o...)
			return err
		})
		if err == nil || !gone(err) {
			return err
		}
	} else {
		m.ephemeral = ref.ephemeral
		c := b.lookup(ref.interID)
		if c != nil {
			err = b.call(ctx, "edit interaction message", func(o ...discordgo.RequestOption) error {
				_, err := b.session.WebhookMessageEdit(c.it.AppID, c.it.Token, ref.id, m.webhookEdit(), o...)
				return err
			})
			if err == nil || !expired(err) {
				return err
			}
		}
		if ref.ephemeral {
			return fmt.Errorf("discord: interaction %s is closed; its ephemeral message cannot be edited", ref.interID)
		}
		ref.channel = chat.ID
	}
	b.log.Info("message cannot be edited; sending it anew", "channel", ref.channel, "err", err)
	m.ephemeral = false
	_, err = b.post(ctx, ref.channel, m)
	return err
}

// post sends a channel message and returns its id.
func (b *Bot) post(ctx context.Context, channelID string, m message) (string, error) {
	var msg *discordgo.Message
	err := b.call(ctx, "send message", func(o ...discordgo.RequestOption) error {
		var err error
		msg, err = b.session.ChannelMessageSendComplex(channelID, m.send(), o...)
		return err
	})
	if err != nil {
		return "", err
	}
	return msg.ID, nil
}

// A user's DM channel never changes, so it is asked for once and kept; but
// a class of hundreds, every class, adds as many. They are kept for the
// maxDMs users written to last (least recently used first out: a student
// of this class is written to again, one from last term's maybe never); a
// channel dropped costs one request if that user is written to again.
var maxDMs = 10_000 // a variable so that tests can make it small

func newDMs() *lru.Cache[string, string] {
	c, _ := lru.New[string, string](maxDMs)
	return c
}

// dm finds the DM channel with a user.
func (b *Bot) dm(ctx context.Context, userID string) (string, error) {
	if ch, ok := b.dms.Get(userID); ok {
		return ch, nil
	}
	var c *discordgo.Channel
	err := b.call(ctx, "open DM", func(o ...discordgo.RequestOption) error {
		var err error
		c, err = b.session.UserChannelCreate(userID, o...)
		return err
	})
	if err != nil {
		return "", err
	}
	b.dms.Add(userID, c.ID)
	return c.ID, nil
}

// knownDMs is how many DM channels are kept, for tests of their bound.
func (b *Bot) knownDMs() int { return b.dms.Len() }

// Reach opens (once) the direct-message channel with a user, so that a
// private message queued in the outbox is then a single request
// (bot.Reacher).
func (b *Bot) Reach(ctx context.Context, userID string) error {
	_, err := b.dm(ctx, userID)
	return err
}
