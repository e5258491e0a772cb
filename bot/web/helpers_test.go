package web_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/bot/web"
	"quizbot/quiz"
	"quizbot/storage"
)

// env is a real server on a real store (a SQLite file unless a test chose
// PostgreSQL, see openStore): the bot service, the web server as the outbox
// of web chats, and an httptest listener.
type env struct {
	t   testing.TB
	db  store
	svc *bot.Service
	web *web.Server
	srv *httptest.Server
}

// volcanoes are hand-written questions: four to choose from and one typed.
var volcanoes = []quiz.Question{
	{Kind: quiz.MultipleChoice, Stem: "Which volcano buried Pompeii?", Options: []string{"Etna", "Vesuvius", "Stromboli", "Hekla"},
		Answer: "Vesuvius", Explanation: "Vesuvius buried Pompeii in 79 AD.", Source: "Volcanoes", Section: "History", Quality: 0.9},
	{Kind: quiz.MultipleChoice, Stem: "Which is the highest volcano on Earth?", Options: []string{"Ojos del Salado", "Fuji", "Kilimanjaro", "Etna"},
		Answer: "Ojos del Salado", Explanation: "Ojos del Salado is the highest volcano on Earth.", Source: "Volcanoes", Quality: 0.8},
	{Kind: quiz.TrueFalse, Stem: "Mauna Loa is in Hawaii.", Options: []string{"True", "False"}, Answer: "True",
		Explanation: "Mauna Loa is in Hawaii.", Source: "Volcanoes", Quality: 0.7},
	{Kind: quiz.MultipleChoice, Stem: "Which country has the most active volcanoes?", Options: []string{"Indonesia", "Chile", "Italy", "Iceland"},
		Answer: "Indonesia", Explanation: "Indonesia has the most active volcanoes.", Source: "Volcanoes", Quality: 0.6},
	{Kind: quiz.FillBlank, Stem: "Molten rock below the surface is called _____.", Answer: "magma",
		Explanation: "Molten rock below the surface is called magma.", Source: "Volcanoes", Quality: 0.5},
}

// store is what the pages need, and a Close.
type store interface {
	web.Store
	Close() error
}

// openStore opens the store of a new env: a new SQLite file, unless a test
// of the pages on PostgreSQL (postgres_test.go) swapped it.
var openStore = func(t testing.TB) store {
	db, err := storage.Open(filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func newEnv(t testing.TB, tune ...func(*bot.Config)) *env {
	t.Helper()
	db := openStore(t)
	if _, err := db.SaveTopic(context.Background(), "Volcanoes", "volcanoes.md", volcanoes); err != nil {
		t.Fatal(err)
	}
	log := &bottest.Log{}
	logger := slog.New(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var base string // the server's address, known once it listens
	cfg := bot.Config{Logger: logger, Pause: 200 * time.Millisecond,
		SignInLink: func(ctx context.Context, u *quiz.User) (string, error) {
			return web.SignInLink(ctx, db, u.ID, base, time.Now().Add(web.DefaultLinkTTL))
		}}
	for _, f := range tune {
		f(&cfg)
	}
	svc := bot.New(db, cfg)
	ws := web.New(web.Config{Store: db, Service: svc, Logger: logger, Tick: 20 * time.Millisecond})
	srv := httptest.NewServer(ws.Handler())
	base = srv.URL
	t.Cleanup(func() {
		ws.Close()
		srv.Close()
		svc.Close()
		db.Close()
		if t.Failed() {
			t.Logf("log:\n%s", log.String())
		}
	})
	return &env{t: t, db: db, svc: svc, web: ws, srv: srv}
}

// teacher is a signed-in browser: a cookie jar and the session's CSRF token.
type teacher struct {
	e    *env
	c    *http.Client
	user quiz.User
	name string
	csrf string
}

// link makes a one-time sign-in link for a stored user of that name.
func (e *env) link(name string, expires time.Time) (string, quiz.User) {
	e.t.Helper()
	u := quiz.User{Platform: web.Platform, PlatformID: "teacher:" + strings.ToLower(name), Name: name}
	if err := e.db.EnsureUser(context.Background(), &u); err != nil {
		e.t.Fatal(err)
	}
	l, err := web.SignInLink(context.Background(), e.db, u.ID, e.srv.URL, expires)
	if err != nil {
		e.t.Fatal(err)
	}
	return l, u
}

func (e *env) signIn(name string) *teacher {
	e.t.Helper()
	l, u := e.link(name, time.Now().Add(time.Minute))
	tc := e.clientFor(e.t, l)
	tc.user = u
	if tc.name != name {
		e.t.Fatalf("signed in as %q; want %q", tc.name, name)
	}
	return tc
}

// clientFor follows a sign-in link with a fresh cookie jar.
func (e *env) clientFor(t testing.TB, l string) *teacher {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	resp, err := c.Get(l)
	if err != nil {
		e.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Request.URL.Path != "/" {
		e.t.Fatalf("sign-in link: %d at %s; want 200 at /", resp.StatusCode, resp.Request.URL)
	}
	tc := &teacher{e: e, c: c}
	var s struct{ Teacher, CSRF string }
	tc.do("GET", "/api/session", nil, 200, &s)
	if s.CSRF == "" {
		e.t.Fatalf("session = %+v; want a CSRF token", s)
	}
	tc.csrf, tc.name = s.CSRF, s.Teacher
	return tc
}

// do sends a request with the session's CSRF token, checks the status and
// decodes the JSON answer into out (when not nil). It returns the body.
func (tc *teacher) do(method, path string, body any, want int, out any) string {
	tc.e.t.Helper()
	return send(tc.e.t, tc.c, method, tc.e.srv.URL+path, body, map[string]string{"X-CSRF-Token": tc.csrf}, want, out)
}

func send(t testing.TB, c *http.Client, method, url string, body any, header map[string]string, want int, out any) string {
	t.Helper()
	var r io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		r = strings.NewReader(b)
	default:
		buf, _ := json.Marshal(b)
		r = strings.NewReader(string(buf))
	}
	req, _ := http.NewRequest(method, url, r)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		t.Fatalf("%s %s = %d %s; want %d", method, url, resp.StatusCode, got, want)
	}
	if out != nil {
		if err := json.Unmarshal(got, out); err != nil {
			t.Fatalf("%s %s: %v in %s", method, url, err, got)
		}
	}
	return string(got)
}

// student acts in a web class's chat as a student would through the
// bot (the way the browser's students come in).
func (e *env) student(code, id, text string) {
	e.t.Helper()
	err := e.svc.Handle(context.Background(), bot.Incoming{
		Chat: bot.Chat{Platform: web.Platform, ID: code, Title: "Class " + code},
		User: bot.User{ID: id, Name: "Student " + id}, Text: text})
	if err != nil {
		e.t.Fatal(err)
	}
}

// topicID is the id of the Volcanoes topic.
func (e *env) topicID() int64 {
	ts, err := e.db.Topics(context.Background())
	if err != nil || len(ts) == 0 {
		e.t.Fatalf("topics: %v %v", ts, err)
	}
	return ts[0].ID
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

// signInLinkFor makes a sign-in link for a stored user of any platform.
func signInLinkFor(e *env, userID int64) (string, error) {
	return web.SignInLink(context.Background(), e.db, userID, e.srv.URL, time.Now().Add(time.Minute))
}
