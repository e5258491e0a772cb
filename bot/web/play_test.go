package web_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"
	"time"

	"quizbot/bot/web"
	"quizbot/quiz"
)

// pupil is a student's browser without the browser: a cookie jar.
type pupil struct {
	e    *env
	c    *http.Client
	code string
}

func (e *env) pupil() *pupil {
	jar, _ := cookiejar.New(nil)
	return &pupil{e: e, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}}
}

// join posts the join form and returns the status, the Location and the
// page's text.
func (p *pupil) join(code, name string) (int, string, string) {
	p.e.t.Helper()
	resp, err := p.c.PostForm(p.e.srv.URL+"/play/join", url.Values{"code": {code}, "name": {name}})
	if err != nil {
		p.e.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == http.StatusSeeOther {
		p.code = strings.TrimPrefix(resp.Header.Get("Location"), "/play/")
	}
	return resp.StatusCode, resp.Header.Get("Location"), string(body)
}

// mustJoin joins and fails the test unless it worked.
func (p *pupil) mustJoin(code, name string) {
	p.e.t.Helper()
	status, loc, body := p.join(code, name)
	if status != http.StatusSeeOther || loc != "/play/"+code {
		p.e.t.Fatalf("join %s as %q = %d %s\n%s", code, name, status, loc, body)
	}
}

// verdict is the JSON answer to POST /play/{code}/answer.
type verdict struct {
	Correct bool
	Points  int
	Message string
	Number  int
	Error   string
}

// answer posts form as an answer, asking for JSON.
func (p *pupil) answer(form url.Values) (int, verdict) {
	p.e.t.Helper()
	req, _ := http.NewRequest("POST", p.e.srv.URL+"/play/"+p.code+"/answer", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := p.c.Do(req)
	if err != nil {
		p.e.t.Fatal(err)
	}
	defer resp.Body.Close()
	var v verdict
	body, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(body, &v); err != nil {
		p.e.t.Fatalf("answer: %d %s is not JSON", resp.StatusCode, body)
	}
	return resp.StatusCode, v
}

// studentView is what the tests read of the student's page.
type studentView struct {
	Name     string
	State    string
	Number   int
	Total    int
	Students int
	Points   int
	Right    int
	Answered int
	Place    int
	Question *struct {
		Text        string
		Options     []string
		Answer      string
		Correct     int
		Explanation string
	}
	Mine *struct {
		Option  int
		Correct bool
		Points  int
	}
}

// view reads the student's events until stop says enough.
func (p *pupil) view(stop func(studentView) bool) studentView {
	p.e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", p.e.srv.URL+"/play/"+p.code+"/events", nil)
	resp, err := p.c.Do(req)
	if err != nil {
		p.e.t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		p.e.t.Fatalf("events = %d", resp.StatusCode)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var last studentView
	event := ""
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "event: "); ok {
			event = v
		}
		if v, ok := strings.CutPrefix(line, "data: "); ok && event == "state" {
			last = studentView{}
			if err := json.Unmarshal([]byte(v), &last); err != nil {
				p.e.t.Fatal(err)
			}
			if stop(last) {
				return last
			}
		}
	}
	p.e.t.Fatalf("the event stream ended (%v) at %+v", sc.Err(), last)
	return last
}

// openClass opens a class from the teacher's page and returns its id and
// code.
func openClass(tc *teacher, count, seconds int) (int64, string) {
	var cl struct {
		ID   int64
		Code string
	}
	tc.do("POST", "/api/classes", map[string]any{"topic": "volcanoes", "count": count, "seconds": seconds}, 201, &cl)
	return cl.ID, cl.Code
}

func TestStudentsJoinByCodeAndAnswerThroughTheBot(t *testing.T) {
	e := newEnv(t)
	tc := e.signIn("Ada")
	id, code := openClass(tc, 2, 60)

	ann, bob := e.pupil(), e.pupil()
	// The code as people type it: small letters, a dash, spaces.
	if status, loc, body := ann.join(strings.ToLower(code[:3])+"-"+strings.ToLower(code[3:])+" ", "  Ann   Lee "); status != http.StatusSeeOther || loc != "/play/"+code {
		t.Fatalf("join as typed = %d %s\n%s", status, loc, body)
	}
	if v := ann.view(func(v studentView) bool { return true }); v.State != quiz.Lobby || v.Name != "Ann Lee" || v.Students != 1 {
		t.Fatalf("Ann's first view = %+v; want the lobby, as Ann Lee, 1 student", v)
	}
	// A second tab of Ann (the same cookie) goes on as Ann.
	if status, loc, _ := ann.join(code, "Someone Else"); status != http.StatusSeeOther || loc != "/play/"+code {
		t.Fatalf("Ann's second join = %d %s; want a redirect to her page", status, loc)
	}
	if status, _, body := bob.join(code, "ANN LEE"); status != http.StatusConflict || !strings.Contains(body, "already called ANN LEE") {
		t.Fatalf("Bob taking Ann's name = %d\n%s", status, body)
	}
	bob.mustJoin(code, "Bob")
	var members []quiz.User
	members, _ = e.db.ClassMembers(context.Background(), id)
	if len(members) != 2 || members[0].Platform != web.Platform || !strings.HasPrefix(members[0].PlatformID, "student:") {
		t.Fatalf("members = %+v; want Ann and Bob once each, as web students", members)
	}

	// Nothing of the teacher's with a student's cookie.
	for _, path := range []string{"/api/session", "/api/classes", fmt.Sprintf("/api/classes/%d/report", id)} {
		resp, err := ann.c.Get(e.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("GET %s with a student's cookie = %d; want 401", path, resp.StatusCode)
		}
	}
	if status, v := ann.answer(url.Values{"option": {"1"}}); status != http.StatusConflict || v.Error == "" {
		t.Errorf("an answer in the lobby = %d %+v; want 409 with a reason", status, v)
	}

	tc.do("POST", fmt.Sprintf("/api/classes/%d/start", id), nil, 200, nil)
	v := ann.view(func(v studentView) bool { return v.State == quiz.Asking })
	if v.Question == nil || len(v.Question.Options) < 2 || v.Question.Answer != "" || v.Number != 1 {
		t.Fatalf("Ann's question = %+v; want options and no answer yet", v)
	}
	right := 0
	stored, _ := e.db.ClassRound(context.Background(), id)
	q, _ := e.db.Question(context.Background(), stored.QuestionIDs[0])
	for i, o := range v.Question.Options {
		if o == q.Answer {
			right = i + 1
		}
	}
	for _, bad := range []url.Values{{"option": {"0"}}, {"option": {"9"}}, {"option": {"x"}}, {"text": {" "}},
		{"option": {"1"}, "question": {"2"}}} {
		if status, v := ann.answer(bad); status < 400 || v.Error == "" || strings.Contains(v.Error, "strconv") {
			t.Errorf("answer %v = %d %+v; want a refusal in words", bad, status, v)
		}
	}
	status, got := ann.answer(url.Values{"option": {fmt.Sprint(right)}, "question": {"1"}})
	if status != 200 || !got.Correct || got.Points <= 0 || got.Number != 1 {
		t.Fatalf("Ann's right answer = %d %+v", status, got)
	}
	if status, again := ann.answer(url.Values{"option": {fmt.Sprint(right%len(v.Question.Options) + 1)}}); status != http.StatusConflict || !strings.Contains(again.Error, "already") {
		t.Errorf("Ann answering twice = %d %+v; want 409 answered already", status, again)
	}
	// A reload mid-question: the page comes back with her answer.
	v = ann.view(func(v studentView) bool { return true })
	if v.State != quiz.Asking || v.Mine == nil || v.Mine.Option != right || v.Points != got.Points {
		t.Fatalf("Ann's page after a reload = %+v; want her answer %d and %d points", v, right, got.Points)
	}
	status, _ = bob.answer(url.Values{"option": {fmt.Sprint(right%len(v.Question.Options) + 1)}})
	if status != 200 {
		t.Fatalf("Bob's answer = %d", status)
	}
	// Both answered: the reveal, with the explanation and places.
	v = ann.view(func(v studentView) bool { return v.State == quiz.Paused })
	if v.Question.Answer != q.Answer || v.Question.Correct != right || v.Question.Explanation == "" || v.Place != 1 {
		t.Errorf("Ann's reveal = %+v; want the answer, option %d, the explanation, place 1", v, right)
	}
	bv := bob.view(func(v studentView) bool { return v.State == quiz.Paused })
	if bv.Mine == nil || bv.Mine.Correct || bv.Place != 2 {
		t.Errorf("Bob's reveal = %+v; want his wrong answer and place 2", bv)
	}

	tc.do("POST", fmt.Sprintf("/api/classes/%d/end", id), nil, 200, nil)
	v = ann.view(func(v studentView) bool { return v.State == quiz.Done })
	if v.Place != 1 || v.Points != got.Points || v.Right != 1 {
		t.Errorf("Ann's end = %+v; want place 1 with her points", v)
	}
	if status, _, body := e.pupil().join(code, "Cat"); status != http.StatusGone || !strings.Contains(body, "That class has ended.") {
		t.Errorf("joining an ended class = %d\n%s", status, body)
	}
	var rep quiz.Report
	tc.do("GET", fmt.Sprintf("/api/classes/%d/report", id), nil, 200, &rep)
	if len(rep.Students) != 2 {
		t.Errorf("report students = %+v; want Ann Lee and Bob", rep.Students)
	}
}

func TestJoinFormSaysWhatIsWrong(t *testing.T) {
	e := newEnv(t)
	tc := e.signIn("Ada")
	_, code := openClass(tc, 2, 60)
	p := e.pupil()
	for _, c := range []struct {
		code, name string
		status     int
		want       string
	}{
		{"", "Ann", 400, "Type the class code"},
		{"ABC", "Ann", 400, "6 letters and digits"},
		{code, "", 400, "Type the name"},
		{code, strings.Repeat("é", 33), 400, "32 characters at most"},
		{code, "Ann\u202eevil", 400, "invisible characters"},
		{code, "Ann\x00", 400, "control"},
		{code, "\xff\xfe", 400, "cannot read"},
	} {
		status, _, body := p.join(c.code, c.name)
		if status != c.status || !strings.Contains(body, c.want) || strings.Contains(body, "strconv") {
			t.Errorf("join %q %q = %d; want %d saying %q\n%s", c.code, c.name, status, c.status, c.want, body)
		}
	}
	// The name of 32 characters is fine.
	p.mustJoin(code, strings.Repeat("é", 32))

	// A page on another site cannot post the form from a browser.
	req, _ := http.NewRequest("POST", e.srv.URL+"/play/join", strings.NewReader(url.Values{"code": {code}, "name": {"Eve"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("a cross-site join = %d; want 403", resp.StatusCode)
	}
}

func TestWrongCodesAreRateLimited(t *testing.T) {
	e := newEnv(t)
	tc := e.signIn("Ada")
	_, code := openClass(tc, 2, 60)
	p := e.pupil()
	wrong := "ZZZZZ2"
	if wrong == code {
		wrong = "ZZZZZ3"
	}
	for i := 0; i < 10; i++ {
		if status, _, body := p.join(wrong, "Ann"); status != http.StatusNotFound || !strings.Contains(body, "no class with the code") {
			t.Fatalf("wrong code #%d = %d\n%s", i+1, status, body)
		}
	}
	status, _, body := p.join(code, "Ann")
	if status != http.StatusTooManyRequests || !strings.Contains(body, "Too many wrong codes") {
		t.Fatalf("the 11th try, with the right code = %d; want 429 saying to wait\n%s", status, body)
	}
}
