package discord

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"quizbot/bot"
	"quizbot/bot/discord/discordtest"
	"quizbot/quiz"
)

func TestPing(t *testing.T) {
	svc := &fakeService{}
	h := newHarness(t, withFake(svc), nil)
	rep := h.post(h.discord.Raw(guild, alice, 1, nil))
	if rep.Status != http.StatusOK || rep.Type != 1 {
		t.Fatalf("PING = %d type %d (%s); want 200 type 1", rep.Status, rep.Type, rep.Body)
	}
	if n := len(svc.incomings()); n != 0 {
		t.Errorf("PING reached the conversation %d times; want 0", n)
	}
}

func TestSignatureRequired(t *testing.T) {
	svc := &fakeService{}
	h := newHarness(t, withFake(svc), nil)
	in := h.discord.Command(guild, alice, "top")
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	tampered := append([]byte(nil), in.Body...)
	tampered[len(tampered)-2] ^= 1
	for _, tc := range []struct {
		name string
		h    func() (http.Header, []byte)
	}{
		{"unsigned", func() (http.Header, []byte) { return http.Header{"Content-Type": {"application/json"}}, in.Body }},
		{"forged", func() (http.Header, []byte) { return discordtest.Sign(otherKey, ts, in.Body), in.Body }},
		{"tampered body", func() (http.Header, []byte) { return discordtest.Sign(h.discord.Key, ts, in.Body), tampered }},
		{"other timestamp", func() (http.Header, []byte) {
			hd := discordtest.Sign(h.discord.Key, ts, in.Body)
			hd.Set("X-Signature-Timestamp", ts+"1")
			return hd, in.Body
		}},
		{"signature not hex", func() (http.Header, []byte) {
			hd := discordtest.Sign(h.discord.Key, ts, in.Body)
			hd.Set("X-Signature-Ed25519", "zz"+hd.Get("X-Signature-Ed25519")[2:])
			return hd, in.Body
		}},
		{"signed ten minutes ago (a replay)", func() (http.Header, []byte) {
			old := strconv.FormatInt(time.Now().Add(-10*time.Minute).Unix(), 10)
			return discordtest.Sign(h.discord.Key, old, in.Body), in.Body
		}},
		{"signed ten minutes ahead", func() (http.Header, []byte) {
			ahead := strconv.FormatInt(time.Now().Add(10*time.Minute).Unix(), 10)
			return discordtest.Sign(h.discord.Key, ahead, in.Body), in.Body
		}},
		{"no timestamp", func() (http.Header, []byte) {
			hd := discordtest.Sign(h.discord.Key, ts, in.Body)
			hd.Del("X-Signature-Timestamp")
			return hd, in.Body
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hd, body := tc.h()
			rep, err := discordtest.PostHeaders(h.endpoint, hd, body)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Status != http.StatusUnauthorized {
				t.Errorf("status = %d; want 401", rep.Status)
			}
		})
	}
	if n := len(svc.incomings()); n != 0 {
		t.Errorf("unverified requests reached the conversation %d times; want 0", n)
	}
}

func TestBadRequests(t *testing.T) {
	svc := &fakeService{}
	h := newHarness(t, withFake(svc), nil)
	big := make([]byte, maxBody+1)
	for i := range big {
		big[i] = ' '
	}
	for _, tc := range []struct {
		name string
		body string
		want int
	}{
		{"malformed JSON", `{"type":2,`, http.StatusBadRequest},
		{"not an object", `[1,2]`, http.StatusBadRequest},
		{"command without data", `{"id":"1","type":2,"token":"t","channel_id":"5","user":{"id":"9"}}`, http.StatusBadRequest},
		{"command without user", `{"id":"1","type":2,"token":"t","channel_id":"5","data":{"name":"top"}}`, http.StatusBadRequest},
		{"unknown type", `{"id":"1","type":42,"token":"t"}`, http.StatusBadRequest},
		{"modal submit", `{"id":"1","type":5,"token":"t","channel_id":"5","user":{"id":"9"},"data":{"custom_id":"x"}}`, http.StatusBadRequest},
		{"oversized", string(big), http.StatusRequestEntityTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := discordtest.PostSigned(h.endpoint, h.discord.Key, []byte(tc.body))
			if err != nil {
				t.Fatal(err)
			}
			if rep.Status != tc.want {
				t.Errorf("status = %d (%s); want %d", rep.Status, rep.Body, tc.want)
			}
		})
	}
	rep, err := http.Get(h.endpoint)
	if err != nil {
		t.Fatal(err)
	}
	rep.Body.Close()
	if rep.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET status = %d; want 405", rep.StatusCode)
	}
	if n := len(svc.incomings()); n != 0 {
		t.Errorf("bad requests reached the conversation %d times; want 0", n)
	}
}

func TestCommandsBecomeText(t *testing.T) {
	for _, tc := range []struct {
		name   string
		at     discordtest.Where
		m      discordtest.Member
		cmd    string
		opts   []discordtest.Opt
		text   string
		admin  bool
		userNm string
	}{
		{"quiz start all options", guild, alice, "quiz",
			[]discordtest.Opt{discordtest.Sub("start", discordtest.Int("count", 5), discordtest.Str("topic", "history"), discordtest.Str("mode", "ignored"))},
			"/quiz start history 5", false, "Alice"},
		{"quiz time", guild, alice, "quiz", []discordtest.Opt{discordtest.Sub("time", discordtest.Int("seconds", 45))}, "/quiz time 45", false, "Alice"},
		{"quiz start count only", guild, alice, "quiz", []discordtest.Opt{discordtest.Sub("start", discordtest.Int("count", 3))}, "/quiz start 3", false, "Alice"},
		{"quiz start bare", guild, alice, "quiz", []discordtest.Opt{discordtest.Sub("start")}, "/quiz start", false, "Alice"},
		{"quiz stop", guild, alice, "quiz", []discordtest.Opt{discordtest.Sub("stop")}, "/quiz stop", false, "Alice"},
		{"quiz hint", guild, bob, "quiz", []discordtest.Opt{discordtest.Sub("hint")}, "/quiz hint", false, "Bob"},
		{"quiz skip", guild, bob, "quiz", []discordtest.Opt{discordtest.Sub("skip")}, "/quiz skip", false, "Bob"},
		{"answer", guild, bob, "answer", []discordtest.Opt{discordtest.Str("text", "  Tobolsk   city ")}, "/answer Tobolsk city", false, "Bob"},
		{"top", guild, alice, "top", nil, "/top", false, "Alice"},
		{"score", guild, alice, "score", nil, "/score", false, "Alice"},
		{"review in DM", dm, alice, "review", nil, "/review", true, "Alice"},
		{"topics", guild, alice, "topics", nil, "/topics", false, "Alice"},
		{"forgetme", guild, alice, "forgetme", nil, "/forgetme", false, "Alice"},
		{"help", guild, alice, "help", nil, "/help", false, "Alice"},
		{"class start by teacher", guild, teacher, "class",
			[]discordtest.Opt{discordtest.Sub("start", discordtest.Str("topic", "Albazin"), discordtest.Int("seconds", 20), discordtest.Int("count", 10))},
			"/class start Albazin 10 20", true, "Ms Ada"},
		{"class retire", guild, teacher, "class", []discordtest.Opt{discordtest.Sub("retire", discordtest.Str("id", "q-42"))}, "/class retire q-42", true, "Ms Ada"},
		{"class report", guild, teacher, "class", []discordtest.Opt{discordtest.Sub("report")}, "/class report", true, "Ms Ada"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			svc := &fakeService{}
			h := newHarness(t, withFake(svc), nil)
			in := h.discord.Command(tc.at, tc.m, tc.cmd, tc.opts...)
			rep := h.post(in)
			if rep.Status != http.StatusOK {
				t.Fatalf("status = %d (%s); want 200", rep.Status, rep.Body)
			}
			ins := svc.incomings()
			if len(ins) != 1 {
				t.Fatalf("got %d incomings; want 1", len(ins))
			}
			got := ins[0]
			if got.Text != tc.text {
				t.Errorf("Text = %q; want %q", got.Text, tc.text)
			}
			if got.ID != in.ID || got.Data != "" {
				t.Errorf("ID, Data = %q, %q; want %q, empty", got.ID, got.Data, in.ID)
			}
			wantChat := bot.Chat{Platform: Platform, ID: tc.at.Channel, Private: tc.at.Guild == "", Scope: tc.at.Guild}
			if got.Chat != wantChat {
				t.Errorf("Chat = %+v; want %+v", got.Chat, wantChat)
			}
			wantUser := bot.User{ID: tc.m.ID, Name: tc.userNm, Admin: tc.admin}
			if got.User != wantUser {
				t.Errorf("User = %+v; want %+v", got.User, wantUser)
			}
			if !got.At.IsZero() {
				t.Errorf("At = %v; want zero: the conversation's own clock times answers", got.At)
			}
			// The stub answered nothing: Discord still needs a first response.
			if rep.Type != 4 || rep.Data.Flags != 64 {
				t.Errorf("response type %d flags %d; want an ephemeral acknowledgement (4, 64)", rep.Type, rep.Data.Flags)
			}
		})
	}
}

func TestUnknownCommands(t *testing.T) {
	svc := &fakeService{}
	h := newHarness(t, withFake(svc), nil)
	for _, in := range []*discordtest.Interaction{
		h.discord.Command(guild, alice, "frobnicate"),
		h.discord.Command(guild, alice, "quiz", discordtest.Sub("explode")),
		h.discord.Command(guild, alice, "quiz"), // subcommand missing
	} {
		rep := h.post(in)
		if rep.Status != http.StatusOK || rep.Type != 4 || rep.Data.Flags != 64 || !strings.Contains(rep.Data.Content, "/help") {
			t.Errorf("unknown command answered %d type %d flags %d %q; want an ephemeral pointer to /help", rep.Status, rep.Type, rep.Data.Flags, rep.Data.Content)
		}
	}
	if n := len(svc.incomings()); n != 0 {
		t.Errorf("unknown commands reached the conversation %d times; want 0", n)
	}
}

func TestUpload(t *testing.T) {
	svc := &fakeService{}
	var content string
	svc.handle = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		if in.File == nil {
			return errors.New("no file")
		}
		rc, err := in.File.Open(ctx)
		if err != nil {
			return err
		}
		defer rc.Close()
		buf := new(strings.Builder)
		_, err = io.Copy(buf, rc)
		content = buf.String()
		return err
	}
	h := newHarness(t, withFake(svc), nil)
	text := "The fort of Albazin was built in 1651."
	in := h.discord.CommandWithUpload(guild, teacher, "class",
		discordtest.Upload{Option: "file", Name: "albazin.md", ContentType: "text/markdown", Data: []byte(text)},
		discordtest.Sub("upload"))
	rep := h.post(in)
	if rep.Status != http.StatusOK {
		t.Fatalf("status %d", rep.Status)
	}
	got := svc.incomings()[0]
	if got.Text != "/class upload" || got.File == nil || got.File.Name != "albazin.md" || got.File.MIME != "text/markdown" || got.File.Size != int64(len(text)) {
		t.Fatalf("upload incoming = %q %+v; want /class upload with albazin.md", got.Text, got.File)
	}
	if content != text {
		t.Errorf("downloaded %q; want %q", content, text)
	}
}

func TestRepliesToAnInteraction(t *testing.T) {
	svc := &fakeService{}
	ids := make(chan string, 4)
	svc.handle = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		for _, r := range []bot.Reply{
			{Text: "Your score: 850", To: &in, Ephemeral: true},
			{Text: "Second thought", To: &in},
			{Text: "Round started", To: &in, Buttons: []bot.Button{{Label: "Join", Data: "j:1"}}},
		} {
			id, err := out.Send(ctx, in.Chat, r)
			if err != nil {
				return err
			}
			ids <- id
		}
		return nil
	}
	h := newHarness(t, withFake(svc), nil)
	in := h.discord.Command(guild, alice, "score")
	rep := h.post(in)
	if rep.Type != 4 || rep.Data.Content != "Your score: 850" || rep.Data.Flags != 64 {
		t.Fatalf("first response = type %d %q flags %d; want 4 \"Your score: 850\" 64", rep.Type, rep.Data.Content, rep.Data.Flags)
	}
	eventually(t, "two followups", func() bool { return len(h.discord.Interaction(in.ID).Followups) == 2 })
	fs := h.discord.Interaction(in.ID).Followups
	if fs[0].Content != "Second thought" || fs[0].Ephemeral() || fs[1].Content != "Round started" || len(fs[1].Buttons) != 1 {
		t.Errorf("followups = %+v, %+v; want the two public replies, the second with a button", fs[0], fs[1])
	}
	first, _, third := <-ids, <-ids, <-ids
	if first != "e/"+in.ID+"/@original" {
		t.Errorf("first id = %q; want the ephemeral original", first)
	}
	// The bot edits the third reply (e.g. the lobby) later.
	if err := h.bot.Edit(context.Background(), bot.Chat{Platform: Platform, ID: guild.Channel}, third, bot.Reply{Text: "Round over"}); err != nil {
		t.Fatalf("edit followup: %v", err)
	}
	fs = h.discord.Interaction(in.ID).Followups
	if fs[1].Content != "Round over" || len(fs[1].Buttons) != 0 {
		t.Errorf("edited followup = %q with %d button rows; want \"Round over\" without buttons", fs[1].Content, len(fs[1].Buttons))
	}
}

func TestChannelMessagesAndEdits(t *testing.T) {
	svc := &fakeService{}
	h := newHarness(t, withFake(svc), nil)
	chat := bot.Chat{Platform: Platform, ID: guild.Channel, Scope: guild.Guild}
	ctx := context.Background()
	var buttons []bot.Button
	for i := range 7 {
		buttons = append(buttons, bot.Button{Label: "Option " + strconv.Itoa(i), Data: "r1:q1:" + strconv.Itoa(i)})
	}
	long := strings.Repeat("very long option ", 6)
	buttons = append(buttons, bot.Button{Label: long, Data: "r1:q1:long"})
	id, err := h.bot.Send(ctx, chat, bot.Reply{Text: "Q1. Where did Amursana die?", Buttons: buttons})
	if err != nil {
		t.Fatal(err)
	}
	msgs := h.discord.Channel(guild.Channel)
	if len(msgs) != 1 || msgs[0].ID != id {
		t.Fatalf("channel has %d messages (id %q); want 1 with id %q", len(msgs), msgs[0].ID, id)
	}
	m := msgs[0]
	if len(m.Buttons) != 2 || len(m.Buttons[0]) != 5 || len(m.Buttons[1]) != 3 {
		t.Fatalf("button rows = %v; want 5 + 3", m.Buttons)
	}
	if got := m.Buttons[1][2]; len([]rune(got.Label)) != 80 || got.CustomID != "r1:q1:long" {
		t.Errorf("long button = %q (%d runes) %q; want 80 runes, custom_id r1:q1:long", got.Label, len([]rune(got.Label)), got.CustomID)
	}
	if !strings.Contains(m.Content, strings.TrimSpace(long)) {
		t.Errorf("content %q lacks the full text of the shortened option", m.Content)
	}
	// The reveal: new text, no buttons.
	reveal := "Q1. Where did Amursana die?\n✅ Tobolsk — 2 of 3 right\nAmursana died of smallpox in Tobolsk."
	if err := h.bot.Edit(ctx, chat, id, bot.Reply{Text: reveal}); err != nil {
		t.Fatal(err)
	}
	m = h.discord.Channel(guild.Channel)[0]
	if m.Text() != reveal || len(m.Buttons) != 0 || m.Edits != 1 {
		t.Errorf("after reveal: %q, %d rows, %d edits; want the reveal, no buttons, 1 edit", m.Text(), len(m.Buttons), m.Edits)
	}
	if len(m.Embeds) != 1 || m.Content != "" {
		t.Errorf("reveal as content %q and %d embeds; want one embed", m.Content, len(m.Embeds))
	}
	// Editing a deleted message sends it anew.
	if err := h.bot.Edit(ctx, chat, "123", bot.Reply{Text: "again"}); err != nil {
		t.Fatalf("edit of unknown message: %v", err)
	}
	if msgs := h.discord.Channel(guild.Channel); len(msgs) != 2 || msgs[1].Content != "again" {
		t.Errorf("after editing an unknown message the channel has %d messages; want the text sent anew", len(msgs))
	}
	if err := h.bot.Edit(ctx, chat, "a/b/c/d", bot.Reply{Text: "x"}); err == nil {
		t.Error("edit of a malformed id succeeded; want an error")
	}
}

func TestManyButtonsAreCapped(t *testing.T) {
	var bs []bot.Button
	for i := range 30 {
		bs = append(bs, bot.Button{Label: strconv.Itoa(i), Data: strconv.Itoa(i)})
	}
	bs = append(bs, bot.Button{Label: "no data"}, bot.Button{Label: "", Data: "empty-label"})
	got, _ := rows(bs)
	n := 0
	for _, r := range got {
		for _, c := range r.(discordgo.ActionsRow).Components {
			if c.(discordgo.Button).CustomID == "" {
				t.Error("a button without custom_id was kept")
			}
			n++
		}
	}
	if len(got) != maxRows || n != maxRows*maxPerRow {
		t.Errorf("rows, buttons = %d, %d; want %d, %d", len(got), n, maxRows, maxRows*maxPerRow)
	}
}

func TestDeferredWhenSlow(t *testing.T) {
	for _, tc := range []struct {
		name      string
		ephemeral bool
	}{{"public reply", false}, {"ephemeral reply", true}} {
		t.Run(tc.name, func(t *testing.T) {
			release := make(chan struct{})
			svc := &fakeService{}
			svc.handle = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
				<-release // slower than the deadline, whatever the machine's load
				if _, err := out.Send(ctx, in.Chat, bot.Reply{Text: "Leaderboard\n1. Alice 850\n2. Bob 700", To: &in, Ephemeral: tc.ephemeral}); err != nil {
					return err
				}
				_, err := out.Send(ctx, in.Chat, bot.Reply{Text: "and one more", To: &in})
				return err
			}
			h := newHarness(t, withFake(svc), nil)
			h.bot.deferAfter = 100 * time.Millisecond
			in := h.discord.Command(guild, alice, "top")
			rep := h.post(in)
			close(release)
			if rep.Type != 5 {
				t.Fatalf("first response type %d; want 5 (deferred)", rep.Type)
			}
			if rep.Elapsed > 2*time.Second {
				t.Errorf("deferred after %v; want well within Discord's 3 s", rep.Elapsed)
			}
			eventually(t, "the second reply", func() bool { return len(h.discord.Interaction(in.ID).Followups) >= 1+boolInt(tc.ephemeral) })
			got := h.discord.Interaction(in.ID)
			if !tc.ephemeral {
				if got.Original.Deferred || !strings.Contains(got.Original.Text(), "1. Alice 850") || len(got.Followups) != 1 {
					t.Errorf("original %+v, %d followups; want the leaderboard in the original and one followup", got.Original, len(got.Followups))
				}
				return
			}
			if !got.Original.Deleted || !got.Followups[0].Ephemeral() || !strings.Contains(got.Followups[0].Text(), "1. Alice 850") {
				t.Errorf("original deleted %v, followup %+v; want the public thinking message gone and an ephemeral followup", got.Original.Deleted, got.Followups[0])
			}
		})
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestSlowClickIsAcknowledgedSilently(t *testing.T) {
	release := make(chan struct{})
	svc := &fakeService{}
	svc.handle = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		<-release
		_, err := out.Send(ctx, in.Chat, bot.Reply{Notice: "✅ +850", To: &in, Ephemeral: true})
		return err
	}
	h := newHarness(t, withFake(svc), nil)
	h.bot.deferAfter = 100 * time.Millisecond
	in := h.discord.Click(guild, alice, "555", "r1:q1:2")
	rep := h.post(in)
	close(release)
	if rep.Type != 6 {
		t.Fatalf("click answered with type %d; want 6 (deferred update)", rep.Type)
	}
	eventually(t, "the verdict", func() bool { return len(h.discord.Interaction(in.ID).Followups) == 1 })
	f := h.discord.Interaction(in.ID).Followups[0]
	if f.Content != "✅ +850" || !f.Ephemeral() {
		t.Errorf("verdict = %q ephemeral %v; want \"✅ +850\" ephemeral", f.Content, f.Ephemeral())
	}
}

func TestClickWithoutReplyIsAcknowledged(t *testing.T) {
	svc := &fakeService{}
	h := newHarness(t, withFake(svc), nil)
	in := h.discord.Click(guild, alice, "555", "stale:button")
	rep := h.post(in)
	if rep.Type != 6 {
		t.Errorf("unanswered click got type %d; want 6", rep.Type)
	}
	if got := svc.incomings(); len(got) != 1 || got[0].Data != "stale:button" || got[0].Text != "" {
		t.Errorf("incomings = %+v; want one with Data stale:button", got)
	}
}

func TestHandleErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		err      error
		want     string
		inLogs   bool
		panicked bool
	}{
		{"user error", quiz.Errorf(quiz.ENOTFOUND, "No topic called %q.", "x"), `No topic called "x".`, false, false},
		{"internal error", errors.New("disk on fire"), "Sorry, something went wrong", true, false},
		{"panic", nil, "Sorry, something went wrong", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			svc := &fakeService{handle: func(context.Context, bot.Outbox, bot.Incoming) error {
				if tc.panicked {
					panic("boom")
				}
				return tc.err
			}}
			h := newHarness(t, withFake(svc), nil)
			rep := h.post(h.discord.Command(guild, alice, "quiz", discordtest.Sub("start", discordtest.Str("topic", "x"))))
			if rep.Type != 4 || rep.Data.Flags != 64 || !strings.Contains(rep.Data.Content, tc.want) {
				t.Errorf("answer = type %d flags %d %q; want ephemeral %q", rep.Type, rep.Data.Flags, rep.Data.Content, tc.want)
			}
			if strings.Contains(rep.Data.Content, "disk on fire") {
				t.Error("Go error text reached the user")
			}
			if got := strings.Contains(h.logs.String(), "handle interaction"); got != tc.inLogs {
				t.Errorf("logged = %v; want %v", got, tc.inLogs)
			}
		})
	}
}

func TestDuplicateDelivery(t *testing.T) {
	svc := &fakeService{}
	h := newHarness(t, withFake(svc), nil)
	in := h.discord.Command(guild, alice, "top")
	h.post(in)
	rep := h.post(in)
	if rep.Status != http.StatusOK {
		t.Errorf("second delivery status %d; want 200", rep.Status)
	}
	if n := len(svc.incomings()); n != 1 {
		t.Errorf("conversation saw the interaction %d times; want 1", n)
	}
}

func TestAutocomplete(t *testing.T) {
	var topics []string
	for i := range 40 {
		topics = append(topics, "Topic "+strconv.Itoa(i))
	}
	topics = append(topics, "Albazin", "Siege of Albazin", "Amursana", strings.Repeat("x", 101))
	svc := &fakeService{topics: topics}
	h := newHarness(t, withFake(svc), nil)
	for _, tc := range []struct {
		typed string
		want  []string
	}{
		{"alb", []string{"Albazin", "Siege of Albazin"}},
		{"AMUR", []string{"Amursana"}},
		{"zzz", nil},
	} {
		rep := h.post(h.discord.Autocomplete(guild, alice, "quiz", discordtest.Sub("start", discordtest.Focus(discordtest.Str("topic", tc.typed)))))
		var got []string
		for _, c := range rep.Data.Choices {
			got = append(got, c.Value)
		}
		if rep.Type != 8 || strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("autocomplete %q = type %d %v; want 8 %v", tc.typed, rep.Type, got, tc.want)
		}
		if tc.want == nil && !strings.Contains(string(rep.Body), `"choices":[]`) {
			t.Errorf("no-match body %s lacks an empty choices list", rep.Body)
		}
	}
	rep := h.post(h.discord.Autocomplete(guild, alice, "quiz", discordtest.Sub("start", discordtest.Focus(discordtest.Str("topic", "")))))
	if len(rep.Data.Choices) != 25 {
		t.Errorf("empty query gave %d choices; want 25", len(rep.Data.Choices))
	}
	if n := len(svc.incomings()); n != 0 {
		t.Errorf("autocomplete reached the conversation %d times; want 0", n)
	}
}

func TestThreeMembersClick(t *testing.T) {
	svc := &fakeService{}
	svc.handle = func(ctx context.Context, out bot.Outbox, in bot.Incoming) error {
		_, err := out.Send(ctx, in.Chat, bot.Reply{Notice: "✅ +" + in.User.Name, To: &in, Ephemeral: true})
		return err
	}
	h := newHarness(t, withFake(svc), nil)
	type result struct {
		m   discordtest.Member
		rep *discordtest.Reply
	}
	results := make(chan result, 3)
	for _, m := range []discordtest.Member{alice, bob, carol} {
		go func() {
			rep, err := h.discord.Post(h.endpoint, h.discord.Click(guild, m, "555", "r1:q1:0"))
			if err != nil {
				t.Error(err)
			}
			results <- result{m, rep}
		}()
	}
	for range 3 {
		r := <-results
		if r.rep == nil {
			continue
		}
		if r.rep.Type != 4 || r.rep.Data.Flags != 64 || r.rep.Data.Content != "✅ +"+r.m.Name {
			t.Errorf("%s got type %d flags %d %q; want their own ephemeral verdict", r.m.Name, r.rep.Type, r.rep.Data.Flags, r.rep.Data.Content)
		}
	}
	users := map[string]string{}
	for _, in := range svc.incomings() {
		users[in.User.ID] = in.Data
	}
	if len(users) != 3 {
		t.Errorf("clicks came from %d users; want 3", len(users))
	}
}
