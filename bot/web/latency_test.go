package web_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"quizbot/bot/web"
)

// TestLiveViewLatency measures how long an answer takes to reach a
// projector with the server's defaults: thirty students of a browser class
// answer one by one and the stream must show each new count; figures go to
// the test log. (A class in another chat is seen at the next tick, 250 ms.)
func TestLiveViewLatency(t *testing.T) {
	e := newEnv(t)
	ws := web.New(web.Config{Store: e.db, Service: e.svc}) // the defaults, as quizbot serve runs it
	srv := httptest.NewServer(ws.Handler())
	t.Cleanup(func() { ws.Close(); srv.Close() })
	e.srv = srv
	tc := e.signIn("Ada")
	var cl struct {
		ID   int64
		Code string
	}
	tc.do("POST", "/api/classes", map[string]any{"count": 1, "seconds": 120}, 201, &cl)
	const n = 30
	for i := range n {
		e.student(cl.Code, fmt.Sprint(i), "/class join")
	}
	tc.do("POST", fmt.Sprintf("/api/classes/%d/start", cl.ID), nil, 200, nil)

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", fmt.Sprintf("%s/api/classes/%d/events", srv.URL, cl.ID), nil)
	resp, err := tc.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	counts := make(chan int, 100)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var s struct{ Answered int }
				if json.Unmarshal([]byte(v), &s) == nil {
					counts <- s.Answered
				}
			}
		}
		close(counts)
	}()
	wait := func(want int) {
		for c := range counts {
			if c >= want {
				return
			}
		}
		t.Fatalf("the stream ended before %d answers", want)
	}
	wait(0)
	// The last answer closes the question and ends the class: it is not
	// timed.
	var lat []time.Duration
	for i := range n - 1 {
		start := time.Now()
		e.student(cl.Code, fmt.Sprint(i), "/answer 1")
		wait(i + 1)
		lat = append(lat, time.Since(start))
	}
	slices.Sort(lat)
	t.Logf("answer → projector over %d answers: p50 %v, p90 %v, max %v",
		len(lat), lat[len(lat)/2].Round(time.Millisecond), lat[len(lat)*9/10].Round(time.Millisecond), lat[len(lat)-1].Round(time.Millisecond))
	if lat[len(lat)-1] > 2*time.Second {
		t.Errorf("an answer took %v to reach the projector; want under 2 s", lat[len(lat)-1])
	}
}
