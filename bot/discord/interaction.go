package discord

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"quizbot/bot"
	"quizbot/quiz"
)

// An interaction must get exactly one first response (within 3 s); after it
// come edits of that response and followups, all through REST with the
// interaction's token. call keeps that state for one interaction, shared by
// the Handle goroutine (replies) and the transport (the deadline).
type call struct {
	it        *discordgo.Interaction
	in        bot.Incoming
	component bool
	// http carries the first response to the HTTP handler, which writes it
	// as the body of Discord's request; nil on the gateway, where the first
	// response is a REST call.
	http      chan *discordgo.InteractionResponse
	flushed   chan struct{} // closed once the first response is out
	flushOnce sync.Once
	done      chan struct{} // closed when Handle has returned
	created   time.Time

	mu       sync.Mutex
	state    callState
	deferEph bool // the deferred "thinking…" message is ephemeral
	filled   bool // the deferred message has been replaced by a reply
}

type callState int

const (
	fresh    callState = iota // nothing sent yet
	answered                  // a message or an acknowledgement was the first response
	deferred                  // "thinking…" (commands) or a silent ack (components) was
)

func newCall(it *discordgo.Interaction, in bot.Incoming, overHTTP bool) *call {
	c := &call{
		it:        it,
		in:        in,
		component: it.Type == discordgo.InteractionMessageComponent,
		flushed:   make(chan struct{}),
		done:      make(chan struct{}),
		created:   time.Now(),
	}
	if overHTTP {
		c.http = make(chan *discordgo.InteractionResponse, 1)
	}
	return c
}

func (c *call) flush() { c.flushOnce.Do(func() { close(c.flushed) }) }

// register keeps c while its token lives; false if the id is known already.
func (b *Bot) register(c *call) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := time.Now()
	if now.Sub(b.sweep) > time.Minute {
		b.sweep = now
		for id, old := range b.calls {
			if now.Sub(old.created) > tokenLifetime {
				delete(b.calls, id)
			}
		}
	}
	if _, ok := b.calls[c.it.ID]; ok {
		return false
	}
	b.calls[c.it.ID] = c
	return true
}

func (b *Bot) lookup(id string) *call {
	b.mu.Lock()
	defer b.mu.Unlock()
	c := b.calls[id]
	if c != nil && time.Since(c.created) > tokenLifetime {
		return nil
	}
	return c
}

// handle runs the conversation for c in its own goroutine. Replies come back
// through Send; an error becomes an ephemeral apology.
func (b *Bot) handle(ctx context.Context, c *call) {
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		defer close(c.done)
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleTimeout)
		defer cancel()
		err := func() (err error) {
			defer func() {
				if p := recover(); p != nil {
					err = fmt.Errorf("panic: %v\n%s", p, debug.Stack())
				}
			}()
			return b.svc.Handle(ctx, c.in)
		}()
		if err == nil {
			return
		}
		if quiz.ErrorCode(err) == quiz.EINTERNAL {
			b.log.Error("handle interaction", "interaction", c.it.ID, "err", err)
		}
		if _, err := b.answer(ctx, c, renderReply(bot.Reply{Text: quiz.ErrorMessage(err), Ephemeral: true})); err != nil {
			b.log.Warn("error reply", "interaction", c.it.ID, "err", err)
		}
	}()
}

// answer sends m as a reply to c's interaction: the first response if none
// went out yet, else an edit of the deferred message or a followup. It
// returns the message id for Edit.
func (b *Bot) answer(ctx context.Context, c *call, m message) (string, error) {
	c.mu.Lock()
	if c.state == fresh {
		switch {
		case c.http != nil && len(m.files) > 0:
			// The HTTP body carries JSON only: defer there, then attach
			// through REST below.
			c.state, c.deferEph = deferred, m.ephemeral
			c.http <- deferral(c.component, m.ephemeral)
		case c.http != nil:
			c.state = answered
			c.http <- m.response()
			c.mu.Unlock()
			return c.msgID("@original", m.ephemeral), nil
		default:
			err := b.call(ctx, "respond", func(o ...discordgo.RequestOption) error {
				return b.session.InteractionRespond(c.it, m.response(), o...)
			})
			c.state = answered
			c.flush()
			c.mu.Unlock()
			if err != nil {
				return "", b.tokenErr(c, err)
			}
			return c.msgID("@original", m.ephemeral), nil
		}
	}
	c.mu.Unlock()

	// Later messages need the first response to be out.
	select {
	case <-c.flushed:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.state == deferred && !c.component && !c.filled {
		c.filled = true
		if m.ephemeral == c.deferEph {
			err := b.call(ctx, "edit response", func(o ...discordgo.RequestOption) error {
				_, err := b.session.InteractionResponseEdit(c.it, m.webhookEdit(), o...)
				return err
			})
			if err != nil {
				return "", b.tokenErr(c, err)
			}
			return c.msgID("@original", m.ephemeral), nil
		}
		// Visibility is fixed at deferral: replace "thinking…" by a followup.
		if err := b.call(ctx, "delete response", func(o ...discordgo.RequestOption) error {
			return b.session.InteractionResponseDelete(c.it, o...)
		}); err != nil {
			b.log.Warn("delete deferred response", "interaction", c.it.ID, "err", err)
		}
	}
	var msg *discordgo.Message
	err := b.call(ctx, "followup", func(o ...discordgo.RequestOption) error {
		var err error
		msg, err = b.session.FollowupMessageCreate(c.it, true, m.followup(), o...)
		return err
	})
	if err != nil {
		return "", b.tokenErr(c, err)
	}
	if msg == nil {
		return "", fmt.Errorf("discord followup: empty answer")
	}
	return c.msgID(msg.ID, m.ephemeral), nil
}

// settle gives c a first response if it has none: an acknowledgement when
// Handle returned without replying (handled), else a deferral because the
// deadline is near. Over HTTP it returns the response for the handler to
// write; nil means a reply is waiting in c.http.
func (b *Bot) settle(ctx context.Context, c *call, handled bool) *discordgo.InteractionResponse {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.state != fresh {
		return nil
	}
	var resp *discordgo.InteractionResponse
	if handled {
		c.state = answered
		resp = acknowledgement(c.component)
	} else {
		c.state, c.deferEph = deferred, false
		resp = deferral(c.component, false)
	}
	if c.http != nil {
		return resp
	}
	err := b.call(ctx, "respond", func(o ...discordgo.RequestOption) error {
		return b.session.InteractionRespond(c.it, resp, o...)
	})
	c.flush()
	if err != nil {
		b.tokenErr(c, err)
	}
	return nil
}

// deferral is the "working on it" first response: a public "thinking…" for
// commands (ephemeral if the reply will be), a silent ack for clicks.
func deferral(component, ephemeral bool) *discordgo.InteractionResponse {
	if component {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	}
	r := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{}}
	if ephemeral {
		r.Data.Flags = discordgo.MessageFlagsEphemeral
	}
	return r
}

// acknowledgement closes an interaction the conversation did not answer.
func acknowledgement(component bool) *discordgo.InteractionResponse {
	if component {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	}
	return notice("👍")
}

func notice(text string) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: text, Flags: discordgo.MessageFlagsEphemeral}}
}

// tokenErr logs a failed interaction call; an expired token is a warning,
// not something to retry.
func (b *Bot) tokenErr(c *call, err error) error {
	if expired(err) {
		b.log.Warn("interaction token expired or unknown", "interaction", c.it.ID, "age", time.Since(c.created).Round(time.Millisecond), "err", err)
	}
	return err
}

// Message ids handed to the bot: a plain id is a message in the chat's
// channel; "channel/id" one elsewhere (a DM); "i/interaction/id" and
// "e/interaction/id" an interaction's public or ephemeral message, edited
// through its token.
func (c *call) msgID(id string, ephemeral bool) string {
	kind := "i"
	if ephemeral {
		kind = "e"
	}
	return kind + "/" + c.it.ID + "/" + id
}

type msgRef struct {
	kind      string // "c" channel message, "i" or "e" interaction message
	channel   string
	id        string
	interID   string
	ephemeral bool
}

var errBadMsgID = errors.New("discord: not a message id of this adapter")

func parseMsgID(chatID, s string) (msgRef, error) {
	parts := strings.Split(s, "/")
	switch {
	case len(parts) == 1 && parts[0] != "":
		return msgRef{kind: "c", channel: chatID, id: parts[0]}, nil
	case len(parts) == 2 && parts[0] != "" && parts[1] != "":
		return msgRef{kind: "c", channel: parts[0], id: parts[1]}, nil
	case len(parts) == 3 && (parts[0] == "i" || parts[0] == "e") && parts[1] != "" && parts[2] != "":
		return msgRef{kind: parts[0], interID: parts[1], id: parts[2], ephemeral: parts[0] == "e"}, nil
	}
	return msgRef{}, errBadMsgID
}
