package storage

import (
	"testing"

	"quizbot/quiz"
)

// A read that began before a write must not store what it read.
func TestRoundCacheRefusesAReadOlderThanAWrite(t *testing.T) {
	var c roundCache
	_, gen, ok := c.get(1)
	if ok {
		t.Fatal("empty cache has chat 1")
	}
	c.forget(2) // a write to another chat's rounds, while the read runs
	c.put(gen, 1, &quiz.Round{ID: 7})
	if _, _, ok := c.get(1); ok {
		t.Error("a read older than a write was stored")
	}
	_, gen, _ = c.get(1)
	c.put(gen, 1, &quiz.Round{ID: 7, QuestionIDs: []string{"a"}})
	r, _, ok := c.get(1)
	if !ok || r.ID != 7 {
		t.Fatalf("get = %v, %v; want round 7", r, ok)
	}
	r.QuestionIDs[0] = "changed"
	if r2, _, _ := c.get(1); r2.QuestionIDs[0] != "a" {
		t.Error("a caller's change to its copy reached the cache")
	}
}
