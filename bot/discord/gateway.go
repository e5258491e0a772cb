package discord

import (
	"context"
	"errors"
	"time"

	"github.com/bwmarrin/discordgo"
)

// openTimeout bounds connecting to the gateway at start-up; discordgo's
// Open has no context.
const openTimeout = 30 * time.Second

// Run connects this shard to the gateway, answers interactions until ctx
// ends, then disconnects and waits for interactions under way.
func (b *Bot) Run(ctx context.Context) error {
	if b.session.Token == "" {
		return errors.New("discord: the gateway needs the bot token")
	}
	remove := b.session.AddHandler(func(_ *discordgo.Session, e *discordgo.InteractionCreate) {
		if e.Interaction != nil {
			b.onGateway(ctx, e.Interaction)
		}
	})
	defer remove()

	opened := make(chan error, 1)
	go func() { opened <- b.session.Open() }()
	t := time.NewTimer(openTimeout)
	defer t.Stop()
	select {
	case err := <-opened:
		if err != nil {
			return clean("open gateway", err)
		}
	case <-t.C:
		return errors.New("discord open gateway: no answer in time")
	case <-ctx.Done():
		return nil
	}
	b.log.Info("gateway connected", "shard", b.cfg.ShardID, "shards", b.cfg.ShardCount)
	<-ctx.Done()
	if err := b.session.Close(); err != nil {
		b.log.Warn("close gateway", "err", clean("close gateway", err))
	}
	return b.Close()
}

// onGateway runs in discordgo's goroutine for the event.
func (b *Bot) onGateway(ctx context.Context, it *discordgo.Interaction) {
	ctx = context.WithoutCancel(ctx)
	if it.AppID == "" {
		it.AppID = b.cfg.AppID
	}
	switch it.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		if err := b.respondAutocomplete(ctx, it); err != nil {
			b.log.Warn("autocomplete", "interaction", it.ID, "err", err)
		}
		return
	case discordgo.InteractionApplicationCommand, discordgo.InteractionMessageComponent:
	default:
		return
	}
	in, err := b.incoming(it)
	if err != nil {
		resp := notice("I don't know that command. Try /help.")
		if !errors.Is(err, errUnknownCommand) {
			b.log.Warn("malformed interaction", "interaction", it.ID, "err", err)
			if it.ID == "" || it.Token == "" {
				return
			}
			resp = notice("Sorry, I could not read that.")
		}
		if err := b.call(ctx, "respond", func(o ...discordgo.RequestOption) error {
			return b.session.InteractionRespond(it, resp, o...)
		}); err != nil {
			b.log.Warn("respond", "interaction", it.ID, "err", err)
		}
		return
	}
	c := newCall(it, in, false)
	if !b.register(c) {
		b.log.Info("interaction delivered twice", "interaction", it.ID)
		return
	}
	b.handle(ctx, c)
	t := time.NewTimer(b.deferAfter)
	defer t.Stop()
	select {
	case <-c.done:
		b.settle(ctx, c, true)
	case <-t.C:
		b.settle(ctx, c, false)
	}
}
