package discord

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"quizbot/bot"
	"quizbot/bot/discord/discordtest"
)

func TestDirectMessages(t *testing.T) {
	h := newHarness(t, withFake(&fakeService{}), nil)
	ctx := context.Background()
	chat := bot.Chat{Platform: Platform, ID: guild.Channel, Scope: guild.Guild}
	id, err := h.bot.Send(ctx, chat, bot.Reply{Text: "Your result: 3/5", UserID: alice.ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.bot.Send(ctx, chat, bot.Reply{Text: "Homework is due Friday", UserID: alice.ID}); err != nil {
		t.Fatal(err)
	}
	dmChan := "dm-" + alice.ID
	msgs := h.discord.Channel(dmChan)
	if len(msgs) != 2 || msgs[0].Content != "Your result: 3/5" || !strings.HasPrefix(id, dmChan+"/") {
		t.Fatalf("DM channel has %+v, id %q; want both messages there and a channel-qualified id", msgs, id)
	}
	if n := countCalls(h, "POST", "/users/@me/channels"); n != 1 {
		t.Errorf("opened the DM channel %d times; want 1 (cached)", n)
	}
	if len(h.discord.Channel(guild.Channel)) != 0 {
		t.Error("a private reply went to the guild channel")
	}
	if err := h.bot.Edit(ctx, chat, id, bot.Reply{Text: "Your result: 4/5"}); err != nil {
		t.Fatal(err)
	}
	if got := h.discord.Channel(dmChan)[0].Content; got != "Your result: 4/5" {
		t.Errorf("edited DM = %q; want the new text", got)
	}
}

func TestAttachments(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\nfake")
	csv := []byte("name,score\nAlice,850\n")
	svc := &fakeService{}
	svc.handle = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		_, err := out.Send(ctx, in.Chat, bot.Reply{Text: "Class report attached", To: &in, Ephemeral: true,
			File: &bot.Attachment{Name: "report.csv", Data: csv}})
		return err
	}
	h := newHarness(t, withFake(svc), nil)

	// A channel message with a picture.
	chat := bot.Chat{Platform: Platform, ID: guild.Channel}
	if _, err := h.bot.Send(context.Background(), chat, bot.Reply{Text: "Podium", Image: &bot.Attachment{Name: "podium.png", Data: png}}); err != nil {
		t.Fatal(err)
	}
	m := h.discord.Channel(guild.Channel)[0]
	if len(m.Files) != 1 || m.Files[0].Name != "podium.png" || string(m.Files[0].Data) != string(png) || m.Files[0].ContentType != "image/png" {
		t.Errorf("channel files = %+v; want podium.png as image/png", m.Files)
	}

	// A file in answer to an interaction: deferred over HTTP, then attached.
	in := h.discord.Command(guild, teacher, "class", discordtest.Sub("report"))
	rep := h.post(in)
	if rep.Type != 5 || rep.Data.Flags != 64 {
		t.Fatalf("first response type %d flags %d; want an ephemeral deferral (5, 64)", rep.Type, rep.Data.Flags)
	}
	eventually(t, "the report", func() bool {
		o := h.discord.Interaction(in.ID).Original
		return o != nil && len(o.Files) == 1
	})
	o := h.discord.Interaction(in.ID).Original
	if o.Content != "Class report attached" || o.Files[0].Name != "report.csv" || string(o.Files[0].Data) != string(csv) {
		t.Errorf("original = %q with %+v; want the text and report.csv", o.Content, o.Files)
	}
}

func TestRenderReply(t *testing.T) {
	long := strings.Repeat("word ", 1000)
	for _, tc := range []struct {
		name     string
		r        bot.Reply
		embed    bool
		contains string
	}{
		{"short text", bot.Reply{Text: "Correct!"}, false, "Correct!"},
		{"question with buttons", bot.Reply{Text: "Q1\nWhere?\nPick one", Buttons: []bot.Button{{Label: "A", Data: "a"}}}, false, "Where?"},
		{"results table", bot.Reply{Text: "Results\n1. Alice 850\n2. Bob 700"}, true, "1. Alice 850"},
		{"too long for content", bot.Reply{Text: long, Buttons: []bot.Button{{Label: "A", Data: "a"}}}, true, "word word"},
		{"notice only", bot.Reply{Notice: "✅ +850"}, false, "✅ +850"},
		{"notice and text", bot.Reply{Notice: "❌ Tobolsk", Text: "❌ Not quite: the answer is Tobolsk."}, false, "❌ Not quite: the answer is Tobolsk."},
		{"empty", bot.Reply{}, false, "…"},
		{"poll fallback", bot.Reply{Poll: &bot.Poll{Question: "True or false?", Options: []string{"True", "False"}, Data: []string{"t", "f"}}}, false, "True or false?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := renderReply(tc.r)
			text := m.content
			if len(m.embeds) > 0 {
				text = m.embeds[0].Description
			}
			if (len(m.embeds) > 0) != tc.embed {
				t.Errorf("embed = %v; want %v", len(m.embeds) > 0, tc.embed)
			}
			if !strings.Contains(text, tc.contains) {
				t.Errorf("text %.80q lacks %q", text, tc.contains)
			}
			if utf8.RuneCountInString(m.content) > maxContent || utf8.RuneCountInString(text) > maxDescription {
				t.Errorf("text of %d runes is over Discord's limit", utf8.RuneCountInString(text))
			}
			if tc.r.Poll != nil && len(m.components) != 1 {
				t.Errorf("poll rendered with %d rows; want its options as one row of buttons", len(m.components))
			}
		})
	}
}

func TestEphemeralWithoutInteraction(t *testing.T) {
	h := newHarness(t, withFake(&fakeService{}), nil)
	gone := &bot.Incoming{ID: "1"}
	chat := bot.Chat{Platform: Platform, ID: guild.Channel}
	if _, err := h.bot.Send(context.Background(), chat, bot.Reply{Text: "secret", To: gone, Ephemeral: true}); err == nil {
		t.Error("ephemeral reply to an unknown interaction succeeded; want an error")
	}
	if _, err := h.bot.Send(context.Background(), chat, bot.Reply{Text: "public", To: gone}); err != nil {
		t.Errorf("public reply to an unknown interaction: %v; want it in the channel", err)
	}
	if msgs := h.discord.Channel(guild.Channel); len(msgs) != 1 || msgs[0].Content != "public" {
		t.Errorf("channel = %+v; want only the public reply", msgs)
	}
}
