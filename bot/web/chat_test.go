package web_test

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/bot/telegram"
	"quizbot/bot/telegram/telegramtest"
)

// A class run in a Telegram group (through the real telegram-bot-api code
// against the fake Bot API), followed and driven from the teacher's page:
// the teacher signs in with /class web, three students join and answer with
// the question's buttons, and the page counts them live.

const tgToken = "123456:web-test-token"

var (
	tgTeacher = telegramtest.User{ID: 7001, FirstName: "Ms Ito", UserName: "ito"}
	tgGroup   = telegramtest.Chat{ID: -7000, Type: "group", Title: "Class 8c"}
	tgPupils  = []telegramtest.User{{ID: 7101, FirstName: "Aiko"}, {ID: 7102, FirstName: "Ben"}, {ID: 7103, FirstName: "Chloé"}}
)

// withTelegram runs a Telegram bot for e's service against a fake Bot API.
func withTelegram(t *testing.T, e *env) *telegramtest.Server {
	t.Helper()
	fake := telegramtest.New(tgToken).Start()
	t.Cleanup(fake.Close)
	logs := &bottest.Log{}
	tg, err := telegram.New(telegram.Config{Token: tgToken, APIURL: fake.URL, PollTimeout: time.Second, RetryBase: 5 * time.Millisecond,
		Rate: 1000, GroupPerMin: 60000,
		Logger: slog.New(slog.NewTextHandler(logs, nil))}, e.svc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); tg.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-done
		if t.Failed() {
			t.Logf("telegram log:\n%s", logs)
		}
	})
	fake.SetMember(tgGroup.ID, tgTeacher.ID, "administrator")
	return fake
}

// botMessage waits for the bot's latest message in chat that matches.
func botMessage(t *testing.T, fake *telegramtest.Server, chat int64, match func(telegramtest.Message) bool) telegramtest.Message {
	t.Helper()
	var found telegramtest.Message
	if !fake.Wait(10*time.Second, func() bool {
		ms := fake.BotMessages(chat)
		for i := len(ms) - 1; i >= 0; i-- {
			if match(ms[i]) {
				found = ms[i]
				return true
			}
		}
		return false
	}) {
		t.Fatalf("the bot never said what was expected in chat %d; it said: %+v", chat, fake.BotMessages(chat))
	}
	return found
}

var linkRE = regexp.MustCompile(`http://\S+/signin\?token=\S+`)

func TestClassWebSendsTheLinkPrivately(t *testing.T) {
	e := newEnv(t)
	fake := withTelegram(t, e)
	// A student may not have one (the refusal goes to them privately).
	fake.Send(tgGroup, tgPupils[0], "/class web")
	botMessage(t, fake, tgPupils[0].ID, func(m telegramtest.Message) bool { return strings.Contains(m.Text, "only a teacher") })
	fake.Send(tgGroup, tgTeacher, "/class web")
	dm := botMessage(t, fake, tgTeacher.ID, func(m telegramtest.Message) bool { return linkRE.MatchString(m.Text) })
	for _, m := range fake.BotMessages(tgGroup.ID) {
		if linkRE.MatchString(m.Text) {
			t.Fatalf("the link was posted in the group: %q", m.Text)
		}
	}
	for _, p := range tgPupils {
		for _, m := range fake.BotMessages(p.ID) {
			if linkRE.MatchString(m.Text) {
				t.Fatalf("a student got a link: %q", m.Text)
			}
		}
	}
	// The link signs in the teacher's Telegram identity.
	link := linkRE.FindString(dm.Text)
	tc := e.clientFor(t, link)
	var s struct{ Teacher string }
	tc.do("GET", "/api/session", nil, 200, &s)
	if s.Teacher != "Ms Ito" {
		t.Fatalf("signed in as %q; want Ms Ito", s.Teacher)
	}
}

func TestBrowserFollowsAndDrivesATelegramClass(t *testing.T) {
	ctx := browser(t)
	e := newEnv(t, func(c *bot.Config) { c.Pause = time.Minute })
	fake := withTelegram(t, e)

	fake.Send(tgGroup, tgTeacher, "/class web")
	link := linkRE.FindString(botMessage(t, fake, tgTeacher.ID, func(m telegramtest.Message) bool { return linkRE.MatchString(m.Text) }).Text)
	do(t, ctx, "sign in from Telegram", chromedp.Navigate(link), until(`document.querySelector("h1").textContent.includes("Hello, Ms Ito")`))

	fake.Send(tgGroup, tgTeacher, "/class start Volcanoes 2 60")
	lobby := botMessage(t, fake, tgGroup.ID, func(m telegramtest.Message) bool { return len(m.Buttons) > 0 && strings.Contains(m.Text, "Class quiz") })
	for _, p := range tgPupils {
		if _, ok := fake.PressButton(tgGroup, p, lobby.ID, "🙋 Join"); !ok {
			t.Fatalf("no Join button under %+v", lobby)
		}
	}
	do(t, ctx, "the class is listed", chromedp.Navigate(e.srv.URL+"/"), until(`document.querySelector("#class-list") && document.querySelector("#class-list").textContent.includes("Class 8c")`),
		chromedp.Click(chromedp.CSS(`#class-list a[href$="/1"]`)),
		until(`!document.getElementById("lobby").hidden && document.getElementById("lobby-count").textContent === "3"`))
	eval[int](t, ctx, `window.notReloaded = 1`)
	if code := eval[bool](t, ctx, `document.getElementById("code").hidden`); !code {
		t.Error("a Telegram class shows a browser code")
	}
	do(t, ctx, "start from the page", chromedp.Click(chromedp.CSS(`[data-control="start"]`)), until(`!document.getElementById("asking").hidden`))
	for n := 1; n <= 2; n++ {
		question := botMessage(t, fake, tgGroup.ID, func(m telegramtest.Message) bool {
			return strings.HasPrefix(m.Text, "❓") && strings.Contains(m.Text, fmt.Sprintf("%d/2", n)) && len(m.Buttons) > 0
		})
		do(t, ctx, "the page follows", until(fmt.Sprintf(`!document.getElementById("asking").hidden && document.getElementById("progress").textContent === "Question %d of 2"`, n)))
		stem := eval[string](t, ctx, `document.getElementById("stem").textContent`)
		if !strings.Contains(question.Text, stem) {
			t.Errorf("the page shows %q; the group was asked %q", stem, question.Text)
		}
		// The page numbers the options as the group's buttons do.
		first := eval[string](t, ctx, `document.querySelector("#options li").textContent`)
		if !strings.Contains(question.Buttons[0][0].Text, first) && !strings.Contains(question.Text, "A. "+first) {
			t.Errorf("the page's first option %q is not the group's first (%+v)", first, question.Buttons)
		}
		fake.Press(tgGroup, tgPupils[0], question.ID, question.Buttons[0][0].Data)
		fake.Press(tgGroup, tgPupils[1], question.ID, question.Buttons[0][0].Data)
		do(t, ctx, "two of three", until(`document.getElementById("answered").textContent === "2/3"`))
		fake.Press(tgGroup, tgPupils[2], question.ID, question.Buttons[0][1].Data)
		if n == 2 {
			break
		}
		do(t, ctx, "three of three", until(`!document.getElementById("reveal").hidden && document.getElementById("reveal-answered").textContent === "3/3"`))
		do(t, ctx, "next from the page", chromedp.Click(chromedp.CSS(`[data-control="next"]`)))
	}
	do(t, ctx, "the podium", until(`!document.getElementById("done").hidden && document.querySelectorAll("#podium li").length === 3`))
	podium := eval[string](t, ctx, `document.getElementById("podium").textContent`)
	for _, p := range tgPupils {
		if !strings.Contains(podium, p.FirstName) {
			t.Errorf("the podium lacks %s: %s", p.FirstName, podium)
		}
	}
	botMessage(t, fake, tgGroup.ID, func(m telegramtest.Message) bool { return strings.Contains(m.Text, "Class over") })
	if eval[int](t, ctx, `window.notReloaded || 0`) != 1 {
		t.Error("the live view reloaded")
	}
	do(t, ctx, "the report", chromedp.Click(chromedp.CSS(`#done a`)),
		until(`document.querySelectorAll("#students-table tbody tr").length === 3`))
}

func TestClassWebWithoutAPublicAddressSaysWhatIsMissing(t *testing.T) {
	e := newEnv(t, func(c *bot.Config) { c.SignInLink = nil })
	fake := withTelegram(t, e)
	fake.Send(telegramtest.Private(tgTeacher), tgTeacher, "/class web")
	m := botMessage(t, fake, tgTeacher.ID, func(m telegramtest.Message) bool { return strings.Contains(m.Text, "QUIZBOT_PUBLIC_URL") })
	if linkRE.MatchString(m.Text) {
		t.Fatalf("a link without an address: %q", m.Text)
	}
}
