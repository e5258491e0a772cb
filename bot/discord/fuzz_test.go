package discord

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"quizbot/bot"
	"quizbot/bot/discord/discordtest"
)

// FuzzInteractionsHandler posts arbitrary signed bodies: the endpoint must
// answer 200 or 400, never crash, whatever Discord (or a holder of the key)
// sends.
func FuzzInteractionsHandler(f *testing.F) {
	fake := discordtest.New()
	defer fake.Close()
	for _, in := range []*discordtest.Interaction{
		fake.Raw(guild, alice, 1, nil),
		fake.Command(guild, alice, "quiz", discordtest.Sub("start", discordtest.Str("topic", "x"), discordtest.Int("count", 3))),
		fake.Command(dm, alice, "answer", discordtest.Str("text", "Tobolsk")),
		fake.Click(guild, bob, "1", "r1:q1:0"),
		fake.Autocomplete(guild, alice, "quiz", discordtest.Sub("start", discordtest.Focus(discordtest.Str("topic", "a")))),
	} {
		f.Add(in.Body)
	}
	f.Add([]byte(`{"type":2,"data":{"name":"quiz","options":[{"name":"start","type":1,"options":[{"name":"count","type":4,"value":"x"}]}]}}`))
	f.Add([]byte(`{"type":3,"data":null}`))
	svc := &fakeService{topics: []string{"a", "b"}}
	b, err := newBot(Config{PublicKey: fake.PublicKey, APIURL: fake.URL}, svc)
	if err != nil {
		f.Fatal(err)
	}
	defer b.Close()
	h := b.InteractionsHandler()
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest(http.MethodPost, "/discord/interactions", strings.NewReader(string(body)))
		req.Header = discordtest.Sign(fake.Key, strconv.FormatInt(time.Now().Unix(), 10), body)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK && w.Code != http.StatusBadRequest && w.Code != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d for %q", w.Code, body)
		}
	})
}

// FuzzRenderReply checks that any reply fits Discord's limits, so that no
// text from a source or a user makes a message bounce.
func FuzzRenderReply(f *testing.F) {
	f.Add("Q1\nWhere?", "Tobolsk", "r1:q1:0", "✅ +850", 3)
	f.Add(strings.Repeat("é", 3000), strings.Repeat("x", 200), "", "", 30)
	f.Add("", "", strings.Repeat("d", 101), "", 1)
	f.Fuzz(func(t *testing.T, text, label, data, notice string, n int) {
		var bs []bot.Button
		for i := 0; i < n%40; i++ {
			bs = append(bs, bot.Button{Label: label, Data: data})
		}
		m := renderReply(bot.Reply{Text: text, Buttons: bs, Notice: notice})
		if utf8.RuneCountInString(m.content) > maxContent {
			t.Errorf("content of %d runes", utf8.RuneCountInString(m.content))
		}
		if m.content == "" && len(m.embeds) == 0 {
			t.Error("empty message")
		}
		for _, e := range m.embeds {
			if utf8.RuneCountInString(e.Description) > maxDescription {
				t.Errorf("embed of %d runes", utf8.RuneCountInString(e.Description))
			}
		}
		if len(m.components) > maxRows {
			t.Errorf("%d rows", len(m.components))
		}
	})
}

// BenchmarkInteraction measures one signed slash command through the HTTP
// endpoint (verify, parse, hand to the conversation, reply as the HTTP
// answer), on loopback.
func BenchmarkInteraction(b *testing.B) {
	fake := discordtest.New()
	defer fake.Close()
	svc := &fakeService{handle: func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		_, err := out.Send(ctx, in.Chat, bot.Reply{Text: "✅ +850", To: &in, Ephemeral: true})
		return err
	}}
	bt, err := newBot(Config{PublicKey: fake.PublicKey, APIURL: fake.URL}, svc)
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(bt.InteractionsHandler())
	defer srv.Close()
	ins := make([]*discordtest.Interaction, b.N)
	for i := range ins {
		ins[i] = fake.Click(guild, alice, "1", "r1:q1:0")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rep, err := discordtest.PostSigned(srv.URL, fake.Key, ins[i].Body)
		if err != nil || rep.Type != 4 {
			b.Fatalf("post: %v %+v", err, rep)
		}
	}
}

// BenchmarkChannelMessage measures one question with four buttons sent
// through REST to the fake.
func BenchmarkChannelMessage(b *testing.B) {
	fake := discordtest.New()
	defer fake.Close()
	bt, err := newBot(Config{Token: fake.Token, APIURL: fake.URL}, &fakeService{})
	if err != nil {
		b.Fatal(err)
	}
	r := bot.Reply{Text: "❓ Question 1/5\nWhere did Amursana die?", Buttons: []bot.Button{
		{Label: "Tobolsk", Data: "a:1:0:0"}, {Label: "Ili", Data: "a:1:0:1"}, {Label: "Kiakhta", Data: "a:1:0:2"}, {Label: "Semipalatinsk", Data: "a:1:0:3"}}}
	chat := bot.Chat{Platform: Platform, ID: guild.Channel}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := bt.Send(context.Background(), chat, r); err != nil {
			b.Fatal(err)
		}
	}
}
