package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"quizbot/bot/web"
	"quizbot/quiz"
)

func TestSignInLinkWorksOnceAndSetsASafeCookie(t *testing.T) {
	e := newEnv(t)
	l, _ := e.link("Ada", time.Now().Add(time.Minute))
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(l)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
		t.Fatalf("sign-in = %d to %q; want 303 to /", resp.StatusCode, resp.Header.Get("Location"))
	}
	var cookie *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == web.CookieName {
			cookie = ck
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteLaxMode || cookie.MaxAge <= 0 || cookie.Path != "/" {
		t.Fatalf("session cookie = %+v; want HttpOnly, SameSite=Lax, a max age, path /", cookie)
	}
	if strings.Contains(resp.Header.Get("Set-Cookie"), strings.TrimPrefix(l, e.srv.URL+"/signin?token=")) {
		t.Fatal("the session cookie is the link's token")
	}
	// Used once: the same link again signs nobody in.
	resp, err = c.Get(l)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized || len(resp.Cookies()) != 0 {
		t.Fatalf("second use = %d with cookies %v; want 401 and none", resp.StatusCode, resp.Cookies())
	}
	expired, _ := e.link("Ada", time.Now().Add(-time.Second))
	resp, err = c.Get(expired)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("expired link = %d; want 401", resp.StatusCode)
	}
	for _, bad := range []string{"/signin", "/signin?token=guess"} {
		resp, err = c.Get(e.srv.URL + bad)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode < 400 || len(resp.Cookies()) != 0 {
			t.Errorf("GET %s = %d with cookies %v; want a refusal", bad, resp.StatusCode, resp.Cookies())
		}
	}
}

func TestStrangersGetOnlyTheSignInPage(t *testing.T) {
	e := newEnv(t)
	tc := e.signIn("Ada")
	var cl struct{ ID int64 }
	tc.do("POST", "/api/classes", map[string]any{"topic": "Volcanoes", "count": 2}, 201, &cl)
	jar, _ := cookiejar.New(nil)
	stranger := &http.Client{Jar: jar}
	forged := map[string]string{"Cookie": web.CookieName + "=made-up", "X-CSRF-Token": tc.csrf}
	for _, r := range []struct{ method, path string }{
		{"GET", "/api/session"}, {"GET", "/api/topics"}, {"GET", fmt.Sprintf("/api/topics/%d/questions", e.topicID())},
		{"PATCH", "/api/questions/x"}, {"POST", fmt.Sprintf("/api/topics/%d/questions", e.topicID())},
		{"GET", "/api/classes"}, {"POST", "/api/classes"},
		{"GET", fmt.Sprintf("/api/classes/%d/report", cl.ID)}, {"GET", fmt.Sprintf("/api/classes/%d/events", cl.ID)},
		{"POST", fmt.Sprintf("/api/classes/%d/start", cl.ID)}, {"POST", fmt.Sprintf("/api/classes/%d/end", cl.ID)},
	} {
		body := send(t, stranger, r.method, e.srv.URL+r.path, "{}", nil, 401, nil)
		send(t, stranger, r.method, e.srv.URL+r.path, "{}", forged, 401, nil)
		if strings.Contains(body, "Vesuvius") || !strings.Contains(body, "Sign in") {
			t.Errorf("%s %s without a session answered %s", r.method, r.path, body)
		}
	}
	for _, p := range []string{fmt.Sprintf("/topics/%d", e.topicID()), fmt.Sprintf("/classes/%d", cl.ID), fmt.Sprintf("/classes/%d/results", cl.ID)} {
		body := send(t, stranger, "GET", e.srv.URL+p, nil, nil, 401, nil)
		if strings.Contains(body, "Vesuvius") || !strings.Contains(body, "Sign in") {
			t.Errorf("GET %s without a session showed more than the sign-in page", p)
		}
	}
	home := send(t, stranger, "GET", e.srv.URL+"/", nil, nil, 200, nil)
	if !strings.Contains(home, "Sign in") || strings.Contains(home, "Volcanoes") {
		t.Errorf("GET / without a session is not the sign-in page alone")
	}
}

func TestChangesNeedTheSessionsCSRFToken(t *testing.T) {
	e := newEnv(t)
	tc := e.signIn("Ada")
	id := volcanoID(t, tc, "Which volcano buried Pompeii?")
	for _, h := range []map[string]string{nil, {"X-CSRF-Token": "wrong"}, {"X-CSRF-Token": e.signIn("Bob").csrf}} {
		send(t, tc.c, "PATCH", e.srv.URL+"/api/questions/"+id, map[string]any{"retired": true}, h, 403, nil)
		send(t, tc.c, "POST", e.srv.URL+"/api/classes", map[string]any{}, h, 403, nil)
	}
	var q quiz.ReviewQuestion
	tc.do("GET", "/api/questions/"+id, nil, 200, &q)
	if q.Retired {
		t.Fatal("a change without the CSRF token went through")
	}
}

// volcanoID finds a question's id by its stem through the API.
func volcanoID(t *testing.T, tc *teacher, stem string) string {
	t.Helper()
	var qs []quiz.ReviewQuestion
	tc.do("GET", fmt.Sprintf("/api/topics/%d/questions", tc.e.topicID()), nil, 200, &qs)
	for _, q := range qs {
		if q.Stem == stem {
			return q.ID
		}
	}
	t.Fatalf("no question %q among %d", stem, len(qs))
	return ""
}

func TestTopicsAndQuestionsAsJSON(t *testing.T) {
	e := newEnv(t)
	tc := e.signIn("Ada")
	var ts []map[string]any
	tc.do("GET", "/api/topics", nil, 200, &ts)
	if len(ts) != 1 || ts[0]["name"] != "Volcanoes" || ts[0]["questions"] != float64(len(volcanoes)) || ts[0]["id"] == nil {
		t.Fatalf("topics = %v; want Volcanoes with %d questions", ts, len(volcanoes))
	}
	var qs []map[string]any
	tc.do("GET", fmt.Sprintf("/api/topics/%d/questions", e.topicID()), nil, 200, &qs)
	if len(qs) != len(volcanoes) {
		t.Fatalf("%d questions; want %d", len(qs), len(volcanoes))
	}
	for _, k := range []string{"id", "kind", "question", "options", "answer", "aliases", "explanation", "source", "section",
		"difficulty", "quality", "retired", "stats"} {
		if _, ok := qs[0][k]; !ok {
			t.Errorf("question JSON lacks %q: %v", k, qs[0])
		}
	}
	tc.do("GET", "/api/topics/999/questions", nil, 404, nil)
	tc.do("GET", "/api/topics/x/questions", nil, 404, nil)
}

func TestPatchQuestion(t *testing.T) {
	e := newEnv(t)
	tc := e.signIn("Ada")
	id := volcanoID(t, tc, "Which volcano buried Pompeii?")
	// Read once, so that the store holds it in memory: the edit must not
	// leave the old text there.
	if _, err := e.db.Question(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	var got quiz.ReviewQuestion
	tc.do("PATCH", "/api/questions/"+id, map[string]any{"question": "  Which volcano buried Pompeii and Herculaneum? ",
		"options": []string{"Etna", "Vesuvius", "Stromboli", "Teide"}}, 200, &got)
	if got.ID != id || got.Stem != "Which volcano buried Pompeii and Herculaneum?" || got.Options[3] != "Teide" || got.Answer != "Vesuvius" {
		t.Fatalf("PATCH = %+v; want the new stem and options under the same id", got)
	}
	q, err := e.db.Question(context.Background(), id)
	if err != nil || q.Stem != got.Stem {
		t.Fatalf("stored question = %+v, %v; want the new stem", q, err)
	}

	bad := []struct {
		body  string
		field string
	}{
		{`{"answer":"Krakatoa"}`, "answer"},
		{`{"options":["Etna","Vesuvius","etna"]}`, "options"},
		{`{"options":["Vesuvius"]}`, "options"},
		{`{"question":"   "}`, "question"},
		{`{"question":"` + strings.Repeat("x", 301) + `"}`, "question"},
		{`{"question":"two\nlines"}`, "question"},
		{`{"options":"Etna"}`, "options"},
		{`{"retired":"yes"}`, "retired"},
		{`{"colour":"red"}`, "colour"},
		{`{"kind":"essay"}`, "kind"},
		{`[1,2]`, ""},
		{`{"answer":"Vesuvius"} {}`, ""},
		{`not json`, ""},
	}
	for _, b := range bad {
		var eb struct{ Error, Field string }
		tc.do("PATCH", "/api/questions/"+id, b.body, 400, &eb)
		if eb.Field != b.field || eb.Error == "" || strings.Contains(eb.Error, "json:") {
			t.Errorf("PATCH %s = %+v; want a message for people about field %q", b.body, eb, b.field)
		}
	}
	tc.do("GET", "/api/questions/"+id, nil, 200, &got)
	if got.Stem != "Which volcano buried Pompeii and Herculaneum?" || got.Answer != "Vesuvius" || len(got.Options) != 4 {
		t.Fatalf("after refused edits the question is %+v; want it unchanged", got)
	}
	tc.do("PATCH", "/api/questions/nothing", `{"retired":true}`, 404, nil)

	// Retire and restore: the topic's count follows.
	tc.do("PATCH", "/api/questions/"+id, `{"retired":true}`, 200, &got)
	if !got.Retired || topicCount(t, e) != len(volcanoes)-1 {
		t.Fatalf("retired = %v, %d in play; want true and %d", got.Retired, topicCount(t, e), len(volcanoes)-1)
	}
	tc.do("PATCH", "/api/questions/"+id, `{"retired":false}`, 200, &got)
	if got.Retired || topicCount(t, e) != len(volcanoes) {
		t.Fatalf("restored = %v, %d in play", !got.Retired, topicCount(t, e))
	}
}

func topicCount(t *testing.T, e *env) int {
	ts, err := e.db.Topics(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return ts[0].Questions
}

func TestAddQuestionByHand(t *testing.T) {
	e := newEnv(t)
	tc := e.signIn("Ada")
	path := fmt.Sprintf("/api/topics/%d/questions", e.topicID())
	var q quiz.ReviewQuestion
	tc.do("POST", path, map[string]any{"kind": "true_false", "question": "Etna is in Sicily.", "answer": "True"}, 201, &q)
	if q.ID == "" || q.Kind != quiz.TrueFalse || len(q.Options) != 2 || q.Topic != "Volcanoes" {
		t.Fatalf("added %+v", q)
	}
	tc.do("POST", path, map[string]any{"kind": "true_false", "question": "Etna is in Sicily.", "answer": "True"}, 409, nil)
	var eb struct{ Field string }
	tc.do("POST", path, map[string]any{"kind": "short_answer", "question": "Name Sicily's volcano Etna.", "answer": "Etna"}, 400, &eb)
	if eb.Field != "answer" {
		t.Errorf("answer in the stem: field %q; want answer", eb.Field)
	}
	tc.do("POST", "/api/topics/999/questions", map[string]any{"kind": "true_false", "question": "Hekla is in Iceland.", "answer": "True"}, 404, nil)
	if topicCount(t, e) != len(volcanoes)+1 {
		t.Errorf("%d in play; want %d", topicCount(t, e), len(volcanoes)+1)
	}
}

func TestSessionsExpire(t *testing.T) {
	e := newEnv(t)
	ws := web.New(web.Config{Store: e.db, Service: e.svc, SessionTTL: 2 * time.Second})
	srv := httptest.NewServer(ws.Handler())
	t.Cleanup(func() { ws.Close(); srv.Close() })
	e.srv = srv
	tc := e.signIn("Ada")
	u, _ := url.Parse(srv.URL)
	cookies := tc.c.Jar.Cookies(u)
	if len(cookies) != 1 {
		t.Fatalf("cookies = %v", cookies)
	}
	time.Sleep(2100 * time.Millisecond)
	// The server refuses the session even from a browser that kept the
	// cookie past its expiry.
	keep := map[string]string{"Cookie": web.CookieName + "=" + cookies[0].Value}
	send(t, http.DefaultClient, "GET", srv.URL+"/api/session", nil, keep, 401, nil)
	send(t, http.DefaultClient, "GET", srv.URL+"/api/topics", nil, keep, 401, nil)
}

func TestSignOutEndsTheSession(t *testing.T) {
	e := newEnv(t)
	tc := e.signIn("Ada")
	form := "csrf=" + tc.csrf
	req, _ := http.NewRequest("POST", e.srv.URL+"/signout", strings.NewReader(form))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := tc.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	tc.do("GET", "/api/session", nil, 401, nil)
}
