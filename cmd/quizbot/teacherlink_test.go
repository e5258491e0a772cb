package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"path/filepath"
	"strings"
	"testing"
)

func TestServeWithoutPlatformsIsTheTeachersPage(t *testing.T) {
	onEachStore(t, func(t *testing.T, st testStore) { testTeachersPage(t, st.addr) })
}

func testTeachersPage(t *testing.T, dbPath string) {
	addr := freeAddr(t)
	env := map[string]string{"QUIZBOT_HTTP_ADDR": addr}
	stop, logs := serve(t, env, dbPath)
	waitHealthy(t, addr)
	if !strings.Contains(logs.String(), "http://"+addr) {
		t.Errorf("the log does not give the address http://%s:\n%s", addr, logs)
	}
	out, errOut, code := run(t, env, "", "--db", dbPath, "teacher-link", "--name", "Ada Lovelace")
	link := strings.TrimSpace(out)
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.HasPrefix(link, "http://"+addr+"/signin?token=") {
		t.Fatalf("teacher-link = %q, %q, exit %d; want one link to http://%s", out, errOut, code, addr)
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	resp, err := c.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	resp, err = c.Get("http://" + addr + "/api/session")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var s struct{ Teacher, CSRF string }
	if resp.StatusCode != 200 || json.Unmarshal(body, &s) != nil || s.Teacher != "Ada Lovelace" || s.CSRF == "" {
		t.Fatalf("GET /api/session after the link = %d %s", resp.StatusCode, body)
	}
	if code := stop(); code != 0 {
		t.Fatalf("serve exited %d; log:\n%s", code, logs)
	}
	if strings.Contains(logs.String(), strings.TrimPrefix(link, "http://"+addr+"/signin?token=")) {
		t.Error("the sign-in token appears in the log")
	}
}

func TestTeacherLinkSettings(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "q.db")
	out, _, code := run(t, map[string]string{"QUIZBOT_PUBLIC_URL": "https://quiz.example.org/"}, "", "--db", dbPath, "teacher-link")
	if code != 0 || !strings.HasPrefix(out, "https://quiz.example.org/signin?token=") {
		t.Errorf("with QUIZBOT_PUBLIC_URL: %q, exit %d", out, code)
	}
	out, _, code = run(t, nil, "", "--db", dbPath, "teacher-link")
	if code != 0 || !strings.HasPrefix(out, "http://"+DefaultHTTPAddr+"/signin?token=") {
		t.Errorf("with no settings: %q, exit %d; want the default address", out, code)
	}
	_, errOut, code := run(t, nil, "", "--db", dbPath, "teacher-link", "--name", "a\nb")
	if code != 2 || !strings.Contains(errOut, "--name") {
		t.Errorf("a name with a line break: exit %d, %q; want 2 naming --name", code, errOut)
	}
	s, err := loadSettings(func(string) string { return "" })
	if err != nil || s.HTTPAddr != DefaultHTTPAddr {
		t.Errorf("no settings at all: %+v, %v; want the web pages on %s", s, err, DefaultHTTPAddr)
	}
}
