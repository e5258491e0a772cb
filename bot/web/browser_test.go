package web_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"quizbot/bot"
)

// The pages in a real browser: Debian's Chromium, headless, driven through
// chromedp. Without Chromium these tests skip, unless
// QUIZBOT_REQUIRE_BROWSER=1 (CI installs it and sets that). With
// QUIZBOT_SCREENSHOTS=DIR they save screenshots of the pages there.

// browser starts a headless Chromium with an empty profile and returns a
// tab's context.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := os.Getenv("QUIZBOT_CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := exec.LookPath(path); err != nil {
		if os.Getenv("QUIZBOT_REQUIRE_BROWSER") == "1" {
			t.Fatalf("QUIZBOT_REQUIRE_BROWSER=1 but there is no Chromium at %s", path)
		}
		t.Skipf("no Chromium at %s: browser tests skipped", path)
	}
	// The flags keep Chromium from reaching out to the network (which
	// stalls connections here) and from a first-run setup.
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 720))
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 720)); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}

// do runs browser steps, each under a timeout, failing the test on error.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(c, steps...); err != nil {
		var page string
		pc, cancel2 := context.WithTimeout(ctx, 3*time.Second)
		defer cancel2()
		page, _ = chromedp.Run(pc, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
		t.Fatalf("%s: %v\npage text:\n%s", what, err, page)
	}
}

// eval returns a JavaScript expression's value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	v, err := chromedp.Run(c, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// until waits for a JavaScript condition, across page loads (a saved edit
// reloads the page).
func until(expr string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		deadline := time.Now().Add(15 * time.Second)
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
			case <-time.After(20 * time.Millisecond):
			}
		}
		return chromedp.Void{}, fmt.Errorf("still false after 15 s: %s (last error: %v)", expr, err)
	}
}

// screenshot saves the page at both sizes the pages are made for, when
// QUIZBOT_SCREENSHOTS names a folder.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("QUIZBOT_SCREENSHOTS")
	if dir == "" {
		return
	}
	for _, size := range [][2]int64{{1280, 720}, {390, 844}} {
		opts := []chromedp.EmulateViewportOption{}
		if size[0] < 600 {
			opts = append(opts, chromedp.EmulateMobile, chromedp.EmulatePortrait)
		}
		do(t, ctx, "resize", chromedp.EmulateViewport(size[0], size[1], opts...), chromedp.Sleep(150*time.Millisecond))
		c, cancel := context.WithTimeout(ctx, 10*time.Second)
		png, err := chromedp.Run(c, chromedp.CaptureScreenshot())
		cancel()
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		file := filepath.Join(dir, fmt.Sprintf("%s-%dx%d.png", name, size[0], size[1]))
		if err := os.WriteFile(file, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	do(t, ctx, "resize back", chromedp.EmulateViewport(1280, 720))
}

func js(s string) string { return strconv.Quote(s) }

func TestBrowserTeacherEditsRunsAClassAndReadsTheReport(t *testing.T) {
	ctx := browser(t)
	// A long pause after each reveal, so that the reveal stays on screen
	// until the teacher presses Next.
	e := newEnv(t, func(c *bot.Config) { c.Pause = time.Minute })
	link, _ := e.link("Ada", time.Now().Add(time.Minute))

	do(t, ctx, "sign in with the link", chromedp.Navigate(link), until(`document.querySelector("h1") && document.querySelector("h1").textContent.includes("Hello, Ada")`))
	if loc := eval[string](t, ctx, `location.pathname + location.search`); loc != "/" {
		t.Errorf("after sign-in the address is %q; want / without the token", loc)
	}

	// Edit a question: a refused edit says why next to the field, a good
	// one is stored.
	id := volcanoIDFromStore(t, e, "Which volcano buried Pompeii?")
	q := "#q-" + id
	do(t, ctx, "open the topic", chromedp.Navigate(fmt.Sprintf("%s/topics/%d", e.srv.URL, e.topicID())),
		chromedp.WaitVisible(chromedp.CSS(q+" details.edit summary")))
	screenshot(t, ctx, "questions")
	do(t, ctx, "a bad edit", chromedp.Click(chromedp.CSS(q+" details.edit summary")),
		chromedp.SetValue(chromedp.CSS(q+" input[name=answer]"), "Krakatoa"),
		chromedp.Click(chromedp.CSS(q+" details.edit button[type=submit]")),
		until(`document.querySelector(`+js(q+` [data-error="answer"]`)+`).textContent.includes("not one of the options")`))
	const stem = "Which volcano buried Pompeii and Herculaneum in 79 AD?"
	do(t, ctx, "a good edit", chromedp.SetValue(chromedp.CSS(q+" input[name=answer]"), "Vesuvius"),
		chromedp.SetValue(chromedp.CSS(q+" input[name=question]"), stem),
		chromedp.Click(chromedp.CSS(q+" details.edit button[type=submit]")),
		until(`document.querySelector(`+js(q+" .stem")+`).textContent === `+js(stem)))

	// Open a class from the page; three students join and answer.
	do(t, ctx, "open a class", chromedp.Navigate(e.srv.URL+"/"),
		chromedp.SetValue(chromedp.CSS("#class-form select[name=topic]"), strconv.FormatInt(e.topicID(), 10)),
		chromedp.SetValue(chromedp.CSS("#class-form input[name=count]"), "5"),
		chromedp.SetValue(chromedp.CSS("#class-form input[name=seconds]"), "120"),
		chromedp.Click(chromedp.CSS("#class-form button[type=submit]")),
		until(`location.pathname.startsWith("/classes/") && !document.getElementById("lobby").hidden`))
	eval[int](t, ctx, `window.notReloaded = 1`)
	code := strings.TrimPrefix(eval[string](t, ctx, `document.getElementById("code").textContent`), "Code ")
	if len(code) != 6 {
		t.Fatalf("the lobby shows the code %q", code)
	}
	for _, s := range []string{"1", "2", "3"} {
		e.student(code, s, "/class join")
	}
	do(t, ctx, "the lobby counts three", until(`document.getElementById("lobby-count").textContent === "3"`))
	screenshot(t, ctx, "lobby")
	do(t, ctx, "start", chromedp.Click(chromedp.CSS(`[data-control="start"]`)),
		until(`!document.getElementById("asking").hidden`))
	total := eval[int](t, ctx, `Number(document.getElementById("progress").textContent.split(" of ")[1])`)
	if total != 4 {
		t.Fatalf("the class has %d questions; want the 4 choice questions", total)
	}
	var stems []string
	for n := 1; n <= total; n++ {
		do(t, ctx, fmt.Sprintf("question %d", n), until(`!document.getElementById("asking").hidden && document.getElementById("progress").textContent === "Question `+strconv.Itoa(n)+` of 4"`))
		stems = append(stems, eval[string](t, ctx, `document.getElementById("stem").textContent`))
		e.student(code, "1", "/answer 1")
		e.student(code, "2", "/answer 2")
		do(t, ctx, "two of three", until(`document.getElementById("answered").textContent === "2/3"`))
		if n == 1 {
			screenshot(t, ctx, "live-question")
		}
		e.student(code, "3", "/answer 1")
		if n == total {
			break // the last answer ends the class: the podium follows
		}
		do(t, ctx, "three of three", until(`!document.getElementById("reveal").hidden && document.getElementById("reveal-answered").textContent === "3/3"`))
		if n == 1 {
			screenshot(t, ctx, "live-reveal")
		}
		do(t, ctx, "next", chromedp.Click(chromedp.CSS(`[data-control="next"]`)))
	}
	do(t, ctx, "the podium", until(`!document.getElementById("done").hidden && document.querySelectorAll("#podium li").length === 3`))
	screenshot(t, ctx, "live-podium")
	if eval[int](t, ctx, `window.notReloaded || 0`) != 1 {
		t.Error("the live view reloaded")
	}
	if !strings.Contains(strings.Join(stems, "\n"), stem) {
		t.Errorf("the class never asked the edited question; it asked:\n%s", strings.Join(stems, "\n"))
	}

	do(t, ctx, "the report", chromedp.Click(chromedp.CSS(`#done a`)),
		until(`location.pathname.endsWith("/results") && document.querySelectorAll("#students-table tbody tr").length === 3`))
	report := eval[string](t, ctx, `document.body.innerText`)
	for _, want := range []string{"Student 1", "Student 2", "Student 3", stem, "Download CSV"} {
		if !strings.Contains(report, want) {
			t.Errorf("the report page lacks %q", want)
		}
	}
	screenshot(t, ctx, "report")
	classPath := eval[string](t, ctx, `location.pathname`)

	// A stranger, in a browser context of their own, gets the sign-in page
	// and nothing from the API; another teacher gets a refusal.
	stranger, cancel := chromedp.NewContext(ctx, chromedp.WithNewBrowserContext())
	defer cancel()
	// The first run on a tab's context opens the tab for the context's
	// lifetime: it must not run under a timeout.
	if err := chromedp.Do(stranger, chromedp.EmulateViewport(1280, 720)); err != nil {
		t.Fatal(err)
	}
	do(t, stranger, "a stranger", chromedp.Navigate(e.srv.URL+classPath), until(`document.querySelector("h1").textContent === "Sign in"`))
	if text := eval[string](t, stranger, `document.body.innerText`); strings.Contains(text, "Student 1") || strings.Contains(text, "Vesuvius") {
		t.Errorf("the stranger saw the class: %s", text)
	}
	status := eval[int](t, stranger, `(async () => (await fetch("/api/classes")).status)()`)
	if status != 401 {
		t.Errorf("the stranger's GET /api/classes = %d; want 401", status)
	}
	bobLink, _ := e.link("Bob", time.Now().Add(time.Minute))
	do(t, stranger, "Bob signs in", chromedp.Navigate(bobLink), until(`document.querySelector("h1").textContent.includes("Hello, Bob")`),
		chromedp.Navigate(e.srv.URL+classPath), until(`document.querySelector("h1").textContent === "Not available"`))
	if text := eval[string](t, stranger, `document.body.innerText`); strings.Contains(text, "Student 1") {
		t.Errorf("Bob saw Ada's class: %s", text)
	}
	status = eval[int](t, stranger, `(async () => (await fetch("`+strings.TrimSuffix(classPath, "/results")+`".replace("/classes/", "/api/classes/") + "/report")).status)()`)
	if status != 403 {
		t.Errorf("Bob's GET of Ada's report = %d; want 403", status)
	}
}

func volcanoIDFromStore(t *testing.T, e *env, stem string) string {
	t.Helper()
	qs, err := e.db.TopicQuestions(context.Background(), e.topicID())
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Stem == stem {
			return q.ID
		}
	}
	t.Fatalf("no question %q", stem)
	return ""
}
