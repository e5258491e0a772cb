package questioncache

import (
	"testing"
	"time"

	"quizbot/quiz"
)

func TestCopiesAndTheirAge(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	c := New(func() time.Time { return now })
	c.Put(quiz.Question{ID: "a", Stem: "Which?", Options: []string{"x", "y"}})
	got, ok := c.Get("a")
	if !ok || got.Stem != "Which?" {
		t.Fatalf("Get = %+v, %v; want the question", got, ok)
	}
	got.Options[0] = "changed"
	if again, _ := c.Get("a"); again.Options[0] != "x" {
		t.Errorf("a caller's change reached the cache: %v", again.Options)
	}
	now = now.Add(TTL)
	if _, ok := c.Get("a"); !ok {
		t.Errorf("a copy TTL old is not served; want it served until older")
	}
	now = now.Add(time.Second)
	if _, ok := c.Get("a"); ok {
		t.Errorf("a copy older than TTL is served")
	}
	c.Put(quiz.Question{ID: "a"})
	c.Put(quiz.Question{ID: "b"})
	c.Forget("a")
	if _, ok := c.Get("a"); ok {
		t.Errorf("Get after Forget found the question")
	}
	c.Purge()
	if _, ok := c.Get("b"); ok {
		t.Errorf("Get after Purge found the question")
	}
}
