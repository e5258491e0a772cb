package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"

	"quizbot/storage/postgres/pgtest"
)

// TestTeacherPagesAcrossReplicas: two quizbot serve processes on one
// PostgreSQL database, a teacher's browser sent to either by the load
// balancer. A link made with teacher-link signs in on one and is then used
// up on both; the session works on the other; an edit made through one is
// read through the other; a class opened on one is ended on the other; a
// sign-out on one ends the session on both.
func TestTeacherPagesAcrossReplicas(t *testing.T) {
	db := pgtest.URL(t)
	addrs := []string{freeAddr(t), freeAddr(t)}
	for _, addr := range addrs {
		stop, logs := serve(t, map[string]string{"QUIZBOT_HTTP_ADDR": addr}, db)
		waitHealthy(t, addr) // one at a time: the first seeds the database
		t.Cleanup(func() {
			if code := stop(); code != 0 {
				t.Errorf("serve on %s exited %d; log:\n%s", addr, code, logs)
			}
		})
	}
	a, b := "http://"+addrs[0], "http://"+addrs[1]
	out, errOut, code := run(t, map[string]string{"QUIZBOT_HTTP_ADDR": addrs[0]}, "", "--db", db, "teacher-link", "--name", "Ada")
	link := strings.TrimSpace(out)
	if code != 0 || !strings.HasPrefix(link, a+"/signin?token=") {
		t.Fatalf("teacher-link = %q, %q, exit %d", out, errOut, code)
	}
	// Cookies go by host, not port: the jar sends the session to both.
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	call := func(method, u, csrf string, body any, want int, out any) {
		t.Helper()
		var r io.Reader
		if body != nil {
			buf, _ := json.Marshal(body)
			r = strings.NewReader(string(buf))
		}
		req, _ := http.NewRequest(method, u, r)
		if csrf != "" {
			req.Header.Set("X-CSRF-Token", csrf)
		}
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		got, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != want {
			t.Fatalf("%s %s = %d %.300s; want %d", method, u, resp.StatusCode, got, want)
		}
		if out != nil {
			if err := json.Unmarshal(got, out); err != nil {
				t.Fatalf("%s %s: %v in %.300s", method, u, err, got)
			}
		}
	}
	call("GET", link, "", nil, 200, nil)
	call("GET", strings.Replace(link, a, b, 1), "", nil, 401, nil) // used up on the other replica too

	var sess struct{ Teacher, CSRF string }
	call("GET", b+"/api/session", "", nil, 200, &sess)
	if sess.Teacher != "Ada" || sess.CSRF == "" {
		t.Fatalf("session on the other replica = %+v; want Ada's", sess)
	}

	var topics []struct {
		ID        int64
		Questions int
	}
	call("GET", b+"/api/topics", "", nil, 200, &topics)
	if len(topics) == 0 {
		t.Fatal("no topics: the first replica did not seed the database")
	}
	var qs []struct {
		ID, Kind, Question string
	}
	call("GET", fmt.Sprintf("%s/api/topics/%d/questions", a, topics[0].ID), "", nil, 200, &qs)
	if len(qs) == 0 {
		t.Fatal("the first topic has no questions")
	}
	edited := "Edited on one replica: " + qs[0].Question
	if len(edited) > 280 {
		edited = edited[:280]
	}
	call("PATCH", b+"/api/questions/"+qs[0].ID, sess.CSRF, map[string]any{"question": edited}, 200, nil)
	var q struct{ Question string }
	call("GET", a+"/api/questions/"+qs[0].ID, "", nil, 200, &q)
	if q.Question != strings.TrimSpace(edited) {
		t.Errorf("the question read on the other replica = %q; want %q", q.Question, edited)
	}

	var cl struct {
		ID   int64
		Code string
	}
	call("POST", a+"/api/classes", sess.CSRF, map[string]any{"topic": topics[0].ID, "count": 2}, 201, &cl)
	var list []struct {
		ID    int64
		State string
	}
	call("GET", b+"/api/classes", "", nil, 200, &list)
	if len(list) != 1 || list[0].ID != cl.ID || list[0].State != "lobby" {
		t.Fatalf("classes on the other replica = %+v; want class %d in its lobby", list, cl.ID)
	}
	call("POST", fmt.Sprintf("%s/api/classes/%d/end", b, cl.ID), sess.CSRF, nil, 200, nil)
	var view struct{ State string }
	call("GET", fmt.Sprintf("%s/api/classes/%d", a, cl.ID), "", nil, 200, &view)
	if view.State != "done" {
		t.Errorf("class ended on one replica reads %q on the other; want done", view.State)
	}

	u, _ := url.Parse(a)
	cookies := jar.Cookies(u)
	call("POST", b+"/signout", sess.CSRF, nil, 200, nil) // follows the redirect to the sign-in page
	kept := &http.Client{}
	req, _ := http.NewRequest("GET", a+"/api/session", nil)
	for _, ck := range cookies {
		req.AddCookie(ck)
	}
	resp, err := kept.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("the session signed out on one replica answers %d on the other; want 401", resp.StatusCode)
	}
}
