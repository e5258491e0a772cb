package discord

import (
	"context"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"quizbot/bot"
	"quizbot/bot/discord/discordtest"
)

// TestGateway runs the adapter against the fake gateway: GET /gateway, Hello,
// Identify (token, intents, shard), Ready, then INTERACTION_CREATE events
// whose responses go back through REST.
func TestGateway(t *testing.T) {
	release := make(chan struct{})
	svc := &fakeService{topics: []string{"Albazin", "Amursana"}}
	svc.handle = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		if in.Text == "/top" {
			<-release // past the deadline: deferred
		}
		text := in.Text
		if in.Data != "" {
			text = "clicked " + in.Data
		}
		_, err := out.Send(ctx, in.Chat, bot.Reply{Text: text, To: &in, Ephemeral: in.Data != ""})
		return err
	}
	h := newHarness(t, withFake(svc), func(c *Config) { c.ShardID, c.ShardCount = 1, 2 })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.bot.Run(ctx) }()

	var id discordtest.Identify
	select {
	case id = <-h.discord.Identified():
	case err := <-done:
		t.Fatalf("Run returned early: %v", err)
	case <-time.After(5 * time.Second):
		t.Fatal("no Identify")
	}
	if id.Token != "Bot "+h.discord.Token {
		t.Error("Identify did not carry the bot token")
	}
	if id.Intents != int(discordgo.IntentsGuilds) {
		t.Errorf("intents = %d; want %d (guilds only, nothing privileged)", id.Intents, discordgo.IntentsGuilds)
	}
	if id.Shard == nil || *id.Shard != [2]int{1, 2} {
		t.Errorf("shard = %v; want [1 2]", id.Shard)
	}

	quick := h.discord.Command(guild, alice, "quiz", discordtest.Sub("start", discordtest.Str("topic", "Albazin")))
	slow := h.discord.Command(guild, bob, "top")
	click := h.discord.Click(guild, carol, "555", "r1:q1:3")
	auto := h.discord.Autocomplete(guild, alice, "quiz", discordtest.Sub("start", discordtest.Focus(discordtest.Str("topic", "am"))))
	eventually(t, "dispatch", func() bool { return h.discord.Dispatch(quick) == nil })
	for _, in := range []*discordtest.Interaction{slow, click, auto} {
		if err := h.discord.Dispatch(in); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, "the deferral", func() bool { return h.discord.Interaction(slow.ID).Response != 0 })
	close(release)
	eventually(t, "answers", func() bool {
		o := h.discord.Interaction(slow.ID).Original
		return h.discord.Interaction(quick.ID).Response != 0 && h.discord.Interaction(click.ID).Response != 0 &&
			h.discord.Interaction(auto.ID).Response != 0 && o != nil && !o.Deferred
	})
	if got := h.discord.Interaction(quick.ID); got.Response != 4 || got.Original.Content != "/quiz start Albazin" {
		t.Errorf("quick command answered %d %q; want 4 with the reply", got.Response, got.Original.Content)
	}
	if got := h.discord.Interaction(slow.ID); got.Response != 5 || got.Original.Content != "/top" {
		t.Errorf("slow command answered %d then %q; want 5 (deferred), then the reply in the original", got.Response, got.Original.Content)
	}
	if got := h.discord.Interaction(click.ID); got.Response != 4 || !got.Original.Ephemeral() || got.Original.Content != "clicked r1:q1:3" {
		t.Errorf("click answered %d %+v; want an ephemeral verdict", got.Response, got.Original)
	}
	if got := h.discord.Interaction(auto.ID); got.Response != 8 {
		t.Errorf("autocomplete answered with type %d; want 8", got.Response)
	}
	if n := countCalls(h, "GET", "/gateway"); n != 1 {
		t.Errorf("asked for the gateway URL %d times; want 1", n)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v; want nil after cancel", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

func TestGatewayNeedsToken(t *testing.T) {
	h := newHarness(t, withFake(&fakeService{}), func(c *Config) { c.Token = "" })
	if err := h.bot.Run(context.Background()); err == nil {
		t.Error("Run without a token succeeded")
	}
}

func TestGatewayBadToken(t *testing.T) {
	h := newHarness(t, withFake(&fakeService{}), func(c *Config) { c.Token = "not-the-token" })
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	// /gateway needs no token; the fake gateway closes on a bad Identify, and
	// discordgo's Open fails reading Ready.
	err := h.bot.Run(ctx)
	if err == nil && ctx.Err() == nil {
		t.Error("Run with a bad token returned nil before the deadline")
	}
}
