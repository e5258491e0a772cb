package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"quizbot/bot"
	"quizbot/bot/discord/discordtest"
	"quizbot/bot/telegram/telegramtest"
)

// The students' side in a real browser: thirty students, each in a browser
// context of their own (an incognito window: no shared cookies), join a
// class of five questions opened and started from the teacher's page, with
// a Telegram student and a Discord student who joined by the code from
// their private chats; every one answers every question; one reloads
// mid-question and keeps place and score; the report has 32 lines whose
// sums are their stored answers'.

const webStudents = 30

// each runs f for every i below n, a few at a time, and fails the test
// with the first error.
func each(t *testing.T, n int, f func(i int) error) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	sem := make(chan struct{}, 6)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if err := f(i); err != nil {
				errs <- fmt.Errorf("student %d: %w", i, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

// run is do without the test: for goroutines. Thirty tabs on a busy
// machine are slow: it waits up to a minute.
func run(ctx context.Context, steps ...chromedp.Action[chromedp.Void]) error {
	c, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	return chromedp.Do(c, steps...)
}

// waitFor is until with a minute's patience.
func waitFor(expr string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		deadline := time.Now().Add(time.Minute)
		var err error
		for time.Now().Before(deadline) {
			var ok bool
			ok, err = chromedp.Evaluate[bool]("!!("+expr+")")(ctx, t)
			if err == nil && ok {
				return chromedp.Void{}, nil
			}
			select {
			case <-ctx.Done():
				return chromedp.Void{}, ctx.Err()
			case <-time.After(50 * time.Millisecond):
			}
		}
		return chromedp.Void{}, fmt.Errorf("still false after a minute: %s (last error: %v)", expr, err)
	}
}

func TestBrowserThirtyStudentsAndTwoAppsPlayOneClass(t *testing.T) {
	teacherTab := browser(t)
	// The pause after each reveal is long enough to see (and photograph)
	// the reveal on a student's page.
	e := newEnv(t, func(c *bot.Config) { c.Pause = 1500 * time.Millisecond })
	e.seedRivers()
	tg := withTelegram(t, e)
	dc, post := withDiscord(t, e)

	// The teacher opens a class of five from the page.
	link, _ := e.link("Ada", time.Now().Add(time.Minute))
	do(t, teacherTab, "sign in", chromedp.Navigate(link), until(`document.querySelector("#class-form")`))
	ts, _ := e.db.Topics(context.Background())
	var rivers int64
	for _, tp := range ts {
		if tp.Name == riverTopic {
			rivers = tp.ID
		}
	}
	do(t, teacherTab, "open a class",
		chromedp.SetValue(chromedp.CSS("#class-form select[name=topic]"), strconv.FormatInt(rivers, 10)),
		chromedp.SetValue(chromedp.CSS("#class-form input[name=count]"), "5"),
		chromedp.SetValue(chromedp.CSS("#class-form input[name=seconds]"), "120"),
		chromedp.Click(chromedp.CSS("#class-form button[type=submit]")),
		until(`location.pathname.startsWith("/classes/") && !document.getElementById("lobby").hidden && document.getElementById("code").textContent`))
	code := strings.TrimPrefix(eval[string](t, teacherTab, `document.getElementById("code").textContent`), "Code ")
	classID, _ := strconv.ParseInt(strings.TrimPrefix(eval[string](t, teacherTab, `location.pathname`), "/classes/"), 10, 64)
	if how := eval[string](t, teacherTab, `document.getElementById("join-how").textContent`); !strings.Contains(how, "/play") || !strings.Contains(how, code) {
		t.Errorf("the lobby says %q; want the address and the code", how)
	}

	// Two students of the apps join from their private chats.
	tg.Send(tgGuestDM, tgGuest, "/class join "+code)
	post(dc.Command(dcGuestDM, dcGuest, "class", discordtest.Sub("join", discordtest.Str("code", code))))

	// Thirty browsers join by the code.
	tabs := make([]context.Context, webStudents)
	for i := range tabs {
		c, cancel := chromedp.NewContext(teacherTab, chromedp.WithNewBrowserContext())
		t.Cleanup(cancel)
		// The first run opens the tab for the context's lifetime: no timeout.
		if err := chromedp.Do(c, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile)); err != nil {
			t.Fatal(err)
		}
		tabs[i] = c
	}
	each(t, webStudents, func(i int) error {
		return run(tabs[i], chromedp.Navigate(e.srv.URL+"/play?code="+code),
			chromedp.SetValue(chromedp.CSS("#name"), fmt.Sprintf("Student %02d", i+1)),
			chromedp.Click(chromedp.CSS("#join button[type=submit]")),
			waitFor(`document.getElementById("lobby") && !document.getElementById("lobby").hidden`))
	})
	if got := eval[string](t, tabs[0], `document.getElementById("code") ? "" : document.querySelector(".code").textContent`); got != code {
		t.Errorf("the student's page shows the code %q; want %s", got, code)
	}
	screenshot(t, tabs[0], "student-lobby")
	do(t, teacherTab, "32 in the lobby", waitFor(`document.getElementById("lobby-count").textContent === "32"`))
	do(t, teacherTab, "start", chromedp.Click(chromedp.CSS(`[data-control="start"]`)), until(`!document.getElementById("asking").hidden`))

	// Every student answers every question: two in three right.
	pick := func(i int) string {
		if i%3 == 0 {
			return `[...document.querySelectorAll("#choices button")].find(b => !b.textContent.includes("Lena")).click()`
		}
		return `[...document.querySelectorAll("#choices button")].find(b => b.textContent.includes("Lena")).click()`
	}
	asked := func(n int) string {
		return fmt.Sprintf(`!document.getElementById("asking").hidden && document.getElementById("number").textContent === "Question %d of 5" && document.querySelectorAll("#choices button").length === 4`, n)
	}
	answered := `document.getElementById("verdict").textContent !== "" && document.querySelector("#choices button.picked")`
	for n := 1; n <= 5; n++ {
		each(t, webStudents, func(i int) error { return run(tabs[i], waitFor(asked(n))) })
		first := 0
		if n == 2 {
			// Student 1 answers, reloads, and finds the question answered,
			// the same option marked and the same score.
			do(t, tabs[0], "answer before the reload", chromedp.Evaluate[chromedp.Void](pick(0)), until(answered),
				until(`document.getElementById("score").textContent !== ""`))
			screenshot(t, tabs[0], "student-answered")
			before := eval[string](t, tabs[0], `document.getElementById("score").textContent + "|" + document.querySelector("#choices button.picked").value`)
			do(t, tabs[0], "reload mid-question", chromedp.Reload(), until(asked(2)), until(answered))
			after := eval[string](t, tabs[0], `document.getElementById("score").textContent + "|" + document.querySelector("#choices button.picked").value`)
			if before != after {
				t.Errorf("after a reload mid-question the page shows %q; before it showed %q", after, before)
			}
			if open := eval[int](t, tabs[0], `[...document.querySelectorAll("#choices button")].filter(b => !b.disabled).length`); open != 0 {
				t.Errorf("after a reload %d options can be pressed again", open)
			}
			first = 1
		}
		each(t, webStudents-first, func(j int) error {
			i := j + first
			return run(tabs[i], chromedp.Evaluate[chromedp.Void](pick(i)), waitFor(answered))
		})
		tq := tgQuestion(t, tg, n, 5)
		tg.Press(tgGuestDM, tgGuest, tq.ID, tq.Buttons[0][0].Data)
		dq := dcQuestion(t, dc, n, 5)
		post(dc.Click(dcGuestDM, dcGuest, dq.ID, dq.Buttons[0][0].CustomID))
		if n == 1 {
			each(t, 1, func(int) error { return run(tabs[1], waitFor(`!document.getElementById("reveal").hidden`)) })
			screenshot(t, tabs[1], "student-reveal")
		}
	}
	each(t, webStudents, func(i int) error {
		return run(tabs[i], waitFor(`!document.getElementById("done").hidden && document.getElementById("final").textContent.includes("of 32")`))
	})
	screenshot(t, tabs[1], "student-done")
	final := eval[string](t, tabs[1], `document.getElementById("final").textContent`)
	if !strings.Contains(final, "5 of 5 right") {
		t.Errorf("student 2's end says %q; want 5 of 5 right", final)
	}

	// The report: 32 lines, each the sum of that student's stored answers.
	raw := eval[string](t, teacherTab, fmt.Sprintf(`(async () => await (await fetch("/api/classes/%d/report")).text())()`, classID))
	var rep struct {
		Students []struct {
			Name                     string
			Score, Correct, Answered int
		}
	}
	if err := json.Unmarshal([]byte(raw), &rep); err != nil {
		t.Fatalf("report %s: %v", raw, err)
	}
	if len(rep.Students) != webStudents+2 {
		t.Fatalf("the report has %d lines; want %d", len(rep.Students), webStudents+2)
	}
	rd, err := e.db.ClassRound(context.Background(), classID)
	if err != nil {
		t.Fatal(err)
	}
	atts, err := e.db.RoundAttempts(context.Background(), rd.ID)
	if err != nil {
		t.Fatal(err)
	}
	type sum struct{ points, right, answered int }
	sums := map[string]*sum{} // names are unique in the class
	for _, a := range atts {
		if sums[a.UserName] == nil {
			sums[a.UserName] = &sum{}
		}
		s := sums[a.UserName]
		s.points += a.Points
		s.answered++
		if a.Correct {
			s.right++
		}
	}
	if len(atts) != 5*(webStudents+2) {
		t.Errorf("%d answers stored; want %d (5 by each of 32)", len(atts), 5*(webStudents+2))
	}
	names := map[string]bool{}
	for _, s := range rep.Students {
		got := sums[s.Name]
		if got == nil || s.Score != got.points || s.Correct != got.right || s.Answered != got.answered || s.Answered != 5 {
			t.Errorf("report line %+v; stored answers %+v", s, got)
		}
		names[s.Name] = true
	}
	for _, n := range []string{"Student 01", "Student 30", tgGuest.FirstName, dcGuest.Name} {
		if !names[n] {
			t.Errorf("the report lacks %s", n)
		}
	}
	do(t, teacherTab, "the podium", until(`!document.getElementById("done").hidden && document.querySelectorAll("#podium li").length >= 3`))
	botMessage(t, tg, tgGuestDM.ID, func(m telegramtest.Message) bool { return strings.Contains(m.Text, "Your class quiz") })
}
