package web_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/quiz"
)

// liveState is what the tests read of the live view.
type liveState struct {
	State    string
	Code     string
	Number   int
	Total    int
	Students int
	Answered int
	Correct  int
	Counts   []int
	Question *struct{ Text string }
	Top      []struct {
		Name   string
		Points int
	}
}

// events reads the class's server-sent events until stop says enough.
func events(t *testing.T, tc *teacher, classID int64, stop func(liveState) bool) liveState {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", fmt.Sprintf("%s/api/classes/%d/events", tc.e.srv.URL, classID), nil)
	resp, err := tc.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("events = %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var last liveState
	event := ""
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "event: "); ok {
			event = v
		}
		if v, ok := strings.CutPrefix(line, "data: "); ok && event == "state" {
			last = liveState{}
			if err := json.Unmarshal([]byte(v), &last); err != nil {
				t.Fatal(err)
			}
			if stop(last) {
				return last
			}
		}
	}
	t.Fatalf("the event stream ended (%v) at %+v", sc.Err(), last)
	return last
}

func TestClassFromThePageFollowedLiveToTheReport(t *testing.T) {
	// The pause after a reveal outlasts the test's steps, so that the
	// teacher's Next, not the timer, asks the second question (200 ms was
	// too short under the race detector on a busy machine).
	e := newEnv(t, func(c *bot.Config) { c.Pause = 5 * time.Second })
	tc := e.signIn("Ada")
	var cl struct {
		ID   int64
		Code string
	}
	tc.do("POST", "/api/classes", map[string]any{"topic": "volcanoes", "count": 3, "seconds": 30}, 201, &cl)
	if cl.ID == 0 || len(cl.Code) != 6 {
		t.Fatalf("POST /api/classes = %+v", cl)
	}
	var eb struct{ Error string }
	tc.do("POST", fmt.Sprintf("/api/classes/%d/start", cl.ID), nil, 409, &eb)
	if !strings.Contains(eb.Error, "joined") {
		t.Errorf("start with nobody in = %q", eb.Error)
	}
	for _, s := range []string{"1", "2", "3"} {
		e.student(cl.Code, s, "/class join")
	}
	lobby := events(t, tc, cl.ID, func(v liveState) bool { return v.State == quiz.Lobby })
	if lobby.Students != 3 || lobby.Code != cl.Code || lobby.Total != 3 {
		t.Fatalf("lobby = %+v; want 3 students, code %s, 3 questions", lobby, cl.Code)
	}
	var v liveState
	tc.do("POST", fmt.Sprintf("/api/classes/%d/start", cl.ID), nil, 200, &v)
	if v.State != quiz.Asking || v.Number != 1 || v.Question == nil {
		t.Fatalf("after start = %+v; want question 1 asked", v)
	}
	tc.do("POST", fmt.Sprintf("/api/classes/%d/start", cl.ID), nil, 409, nil)

	// Two answer; the stream shows 2/3, then the third closes the question.
	e.student(cl.Code, "1", "/answer 1")
	e.student(cl.Code, "2", "/answer 2")
	got := events(t, tc, cl.ID, func(v liveState) bool { return v.Answered == 2 })
	if got.Students != 3 || got.State != quiz.Asking {
		t.Fatalf("after two answers = %+v", got)
	}
	e.student(cl.Code, "3", "/answer 2")
	rev := events(t, tc, cl.ID, func(v liveState) bool { return v.State == quiz.Paused })
	sum := 0
	for _, n := range rev.Counts {
		sum += n
	}
	if rev.Answered != 3 || sum != 3 || rev.Correct < 0 || len(rev.Top) != 3 {
		t.Fatalf("reveal = %+v; want 3 answers counted, the right option and three leaders", rev)
	}
	// Students answered by the numbers they were shown: the counts are in
	// the shown order (options are drawn per round), one on 1, two on 2.
	if rev.Counts[0] != 1 || rev.Counts[1] != 2 {
		t.Errorf("reveal counts = %v; want [1 2 ...] in the shown order", rev.Counts)
	}

	// The teacher moves on at once, then ends the class early.
	tc.do("POST", fmt.Sprintf("/api/classes/%d/next", cl.ID), nil, 200, &v)
	if v.State != quiz.Asking || v.Number != 2 {
		t.Fatalf("after next = %+v; want question 2", v)
	}
	tc.do("POST", fmt.Sprintf("/api/classes/%d/end", cl.ID), nil, 200, &v)
	if v.State != quiz.Done || len(v.Top) != 3 {
		t.Fatalf("after end = %+v; want done with a podium of 3", v)
	}
	tc.do("POST", fmt.Sprintf("/api/classes/%d/next", cl.ID), nil, 409, nil)

	var rep struct {
		Students []struct {
			Name     string
			Answered int
		}
		Questions []struct{ Answered int }
	}
	tc.do("GET", fmt.Sprintf("/api/classes/%d/report", cl.ID), nil, 200, &rep)
	if len(rep.Students) != 3 || rep.Students[0].Answered != 1 || len(rep.Questions) == 0 || rep.Questions[0].Answered != 3 {
		t.Fatalf("report = %+v", rep)
	}
	csv := tc.do("GET", fmt.Sprintf("/api/classes/%d/report?format=csv", cl.ID), nil, 200, nil)
	if !strings.HasPrefix(csv, "student,score") || !strings.Contains(csv, "Student 3") {
		t.Errorf("CSV report = %q", csv)
	}
	tc.do("GET", fmt.Sprintf("/api/classes/%d/report?format=xml", cl.ID), nil, 400, nil)

	var list []struct {
		ID    int64
		State string
	}
	tc.do("GET", "/api/classes", nil, 200, &list)
	if len(list) != 1 || list[0].ID != cl.ID || list[0].State != quiz.Done {
		t.Fatalf("classes = %+v", list)
	}
	for _, p := range []string{"/", fmt.Sprintf("/classes/%d", cl.ID), fmt.Sprintf("/classes/%d/results", cl.ID), fmt.Sprintf("/topics/%d", e.topicID())} {
		page := tc.do("GET", p, nil, 200, nil)
		if !strings.Contains(page, "Ada") {
			t.Errorf("GET %s does not show the teacher", p)
		}
	}
}

func TestAnotherTeachersClassIsForbidden(t *testing.T) {
	e := newEnv(t)
	ada, bob := e.signIn("Ada"), e.signIn("Bob")
	var cl struct{ ID int64 }
	ada.do("POST", "/api/classes", map[string]any{"count": 2}, 201, &cl)
	for _, r := range []struct{ method, path string }{
		{"GET", "/api/classes/%d"}, {"GET", "/api/classes/%d/report"}, {"GET", "/api/classes/%d/events"},
		{"POST", "/api/classes/%d/start"}, {"POST", "/api/classes/%d/next"}, {"POST", "/api/classes/%d/end"},
		{"GET", "/classes/%d"}, {"GET", "/classes/%d/results"},
	} {
		body := bob.do(r.method, fmt.Sprintf(r.path, cl.ID), nil, 403, nil)
		if strings.Contains(body, "Volcanoes") {
			t.Errorf("%s %s showed Bob the class: %s", r.method, r.path, body)
		}
		bob.do(r.method, fmt.Sprintf(r.path, 9999), nil, 404, nil)
	}
	var list []any
	bob.do("GET", "/api/classes", nil, 200, &list)
	if len(list) != 0 {
		t.Errorf("Bob's classes = %v; want none", list)
	}
	ada.do("POST", fmt.Sprintf("/api/classes/%d/end", cl.ID), nil, 200, nil)
}

func TestOpenClassRefusesBadInput(t *testing.T) {
	e := newEnv(t)
	tc := e.signIn("Ada")
	for _, c := range []struct {
		body  string
		field string
	}{
		{`{"count":51}`, "count"},
		{`{"count":-1}`, "count"},
		{`{"seconds":2}`, "seconds"},
		{`{"topic":"Glaciers"}`, "topic"},
		{`{"topic":999}`, "topic"},
		{`{"topic":["x"]}`, "topic"},
		{`{"count":"five"}`, "count"},
		{`{"when":"now"}`, "when"},
	} {
		var eb struct{ Error, Field string }
		tc.do("POST", "/api/classes", c.body, 400, &eb)
		if eb.Field != c.field || eb.Error == "" {
			t.Errorf("POST /api/classes %s = %+v; want field %q", c.body, eb, c.field)
		}
	}
}
