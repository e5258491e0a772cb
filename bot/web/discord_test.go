package web_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/bot/discord"
	"quizbot/bot/discord/discordtest"
	"quizbot/quiz"
)

// A class run in a Discord channel (through discordgo against the fake REST
// API, with signed interactions), followed and driven from the teacher's
// page while three Discord students answer with the question's buttons.

var (
	dcGuild   = discordtest.Where{Guild: "700000000000000009", Channel: "710000000000000009"}
	dcTeacher = discordtest.Member{ID: "800000000000000010", Name: "Grace", Nick: "Ms Hopper", Admin: true}
	dcPupils  = []discordtest.Member{{ID: "800000000000000011", Name: "Dara"}, {ID: "800000000000000012", Name: "Emil"}, {ID: "800000000000000013", Name: "Fatou"}}
)

// withDiscord serves Discord interactions for e's service against a fake
// Discord; it returns the fake and a poster of signed interactions.
func withDiscord(t *testing.T, e *env) (*discordtest.Server, func(*discordtest.Interaction)) {
	t.Helper()
	fake := discordtest.New()
	t.Cleanup(fake.Close)
	logs := &bottest.Log{}
	dc, err := discord.New(discord.Config{Token: fake.Token, AppID: fake.AppID, APIURL: fake.URL, PublicKey: fake.PublicKey,
		Logger: slog.New(slog.NewTextHandler(logs, nil))}, e.svc)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("POST /discord/interactions", dc.InteractionsHandler())
	srv := httptest.NewServer(mux)
	t.Cleanup(func() {
		srv.Close()
		dc.Close()
		if t.Failed() {
			t.Logf("discord log:\n%s", logs)
		}
	})
	return fake, func(in *discordtest.Interaction) {
		t.Helper()
		if _, err := fake.Post(srv.URL+"/discord/interactions", in); err != nil {
			t.Fatalf("post interaction: %v", err)
		}
	}
}

// channelMessage waits for the latest message of the channel that matches.
func channelMessage(t *testing.T, fake *discordtest.Server, match func(discordtest.Message) bool) discordtest.Message {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		ms := fake.Channel(dcGuild.Channel)
		for i := len(ms) - 1; i >= 0; i-- {
			if match(ms[i]) {
				return ms[i]
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no such message in the channel: %+v", fake.Channel(dcGuild.Channel))
	return discordtest.Message{}
}

func button(t *testing.T, m discordtest.Message, label string) string {
	t.Helper()
	for _, row := range m.Buttons {
		for _, b := range row {
			if strings.Contains(b.Label, label) {
				return b.CustomID
			}
		}
	}
	t.Fatalf("no button %q under %+v", label, m)
	return ""
}

func TestBrowserFollowsAndDrivesADiscordClass(t *testing.T) {
	ctx := browser(t)
	e := newEnv(t, func(c *bot.Config) { c.Pause = time.Minute })
	fake, post := withDiscord(t, e)

	post(fake.Command(dcGuild, dcTeacher, "class", discordtest.Sub("start", discordtest.Str("topic", "Volcanoes"),
		discordtest.Int("count", 2), discordtest.Int("seconds", 60))))
	lobby := channelMessage(t, fake, func(m discordtest.Message) bool { return strings.HasPrefix(m.Text(), "🎓 Class quiz") })
	join := button(t, lobby, "Join")
	for _, p := range dcPupils {
		post(fake.Click(dcGuild, p, lobby.ID, join))
	}
	// The teacher's Discord identity signs in, as /class web would do.
	u := quiz.User{Platform: discord.Platform, PlatformID: dcTeacher.ID}
	if err := e.db.EnsureUser(context.Background(), &u); err != nil {
		t.Fatal(err)
	}
	link, err := signInLinkFor(e, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "sign in as the Discord teacher", chromedp.Navigate(link),
		until(`document.querySelector("#class-list") && document.querySelector("#class-list").textContent.includes("discord")`),
		chromedp.Click(chromedp.CSS(`#class-list a[href$="/1"]`)),
		until(`!document.getElementById("lobby").hidden && document.getElementById("lobby-count").textContent === "3"`))
	eval[int](t, ctx, `window.notReloaded = 1`)
	do(t, ctx, "start from the page", chromedp.Click(chromedp.CSS(`[data-control="start"]`)), until(`!document.getElementById("asking").hidden`))
	for n := 1; n <= 2; n++ {
		question := channelMessage(t, fake, func(m discordtest.Message) bool {
			return strings.Contains(m.Text(), fmt.Sprintf("Question %d/2", n)) && len(m.Buttons) > 0
		})
		do(t, ctx, "the page follows", until(fmt.Sprintf(`!document.getElementById("asking").hidden && document.getElementById("progress").textContent === "Question %d of 2"`, n)))
		if stem := eval[string](t, ctx, `document.getElementById("stem").textContent`); !strings.Contains(question.Text(), stem) {
			t.Errorf("the page shows %q; the channel was asked %q", stem, question.Text())
		}
		first, second := question.Buttons[0][0].CustomID, question.Buttons[0][1].CustomID
		post(fake.Click(dcGuild, dcPupils[0], question.ID, first))
		post(fake.Click(dcGuild, dcPupils[1], question.ID, first))
		do(t, ctx, "two of three", until(`document.getElementById("answered").textContent === "2/3"`))
		post(fake.Click(dcGuild, dcPupils[2], question.ID, second))
		if n == 2 {
			break
		}
		do(t, ctx, "three of three", until(`!document.getElementById("reveal").hidden && document.getElementById("reveal-answered").textContent === "3/3"`))
		do(t, ctx, "next from the page", chromedp.Click(chromedp.CSS(`[data-control="next"]`)))
	}
	do(t, ctx, "the podium", until(`!document.getElementById("done").hidden && document.querySelectorAll("#podium li").length === 3`))
	podium := eval[string](t, ctx, `document.getElementById("podium").textContent`)
	for _, p := range dcPupils {
		if !strings.Contains(podium, p.Name) {
			t.Errorf("the podium lacks %s: %s", p.Name, podium)
		}
	}
	if eval[int](t, ctx, `window.notReloaded || 0`) != 1 {
		t.Error("the live view reloaded")
	}
	channelMessage(t, fake, func(m discordtest.Message) bool { return strings.Contains(m.Text(), "Class over") })
}

func TestClassWebOnDiscordSendsTheLinkByDirectMessage(t *testing.T) {
	e := newEnv(t)
	fake, post := withDiscord(t, e)
	post(fake.Command(dcGuild, dcTeacher, "class", discordtest.Sub("web")))
	var link string
	deadline := time.Now().Add(10 * time.Second)
	for link == "" && time.Now().Before(deadline) {
		for _, m := range fake.Channel("dm-" + dcTeacher.ID) {
			link = linkRE.FindString(m.Text())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if link == "" {
		t.Fatalf("no link in the teacher's direct messages: %+v", fake.Channel("dm-"+dcTeacher.ID))
	}
	for _, m := range fake.Channel(dcGuild.Channel) {
		if linkRE.MatchString(m.Text()) {
			t.Fatalf("the link was posted in the channel: %q", m.Text())
		}
	}
	tc := e.clientFor(t, link)
	if tc.name != "Ms Hopper" && tc.name != "Grace" {
		t.Fatalf("signed in as %q; want the Discord teacher", tc.name)
	}
}
