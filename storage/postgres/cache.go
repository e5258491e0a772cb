package postgres

import (
	"slices"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"

	"quizbot/quiz"
)

// Caches and several processes. The SQLite store keeps each chat's open
// round and each board's points in memory; that is sound there because one
// process writes a chat's rounds. Here any process may write any chat's
// round, so both are read through, from PostgreSQL, on every call: a round
// is one index probe by chat, a rank one count over the (scope, points)
// index. Invalidation by LISTEN/NOTIFY was not chosen because a
// notification arrives after the commit it announces, so another process
// could still read its stale copy in between and accept an answer to a
// question already revealed.
//
// Questions are still cached, each copy for at most questionCacheTTL: a
// question changes only when a teacher edits it or a bank names it by id,
// which are rare; the process that makes the change forgets its copy at
// once, and the others serve the old text for a few seconds at most. The
// answer path reads a question on every answer, so a read through would
// cost each answer one more round trip.

// questionCache holds recently read questions, timed by the store's clock.
type questionCache struct {
	lru *lru.Cache[string, cachedQuestion]
}

type cachedQuestion struct {
	q  quiz.Question
	at time.Time
}

// questionCacheSize bounds the cache at a few megabytes;
// questionCacheTTL bounds how long another process's edit goes unseen.
const (
	questionCacheSize = 4096
	questionCacheTTL  = 10 * time.Second
)

func newQuestionCache() questionCache {
	c, err := lru.New[string, cachedQuestion](questionCacheSize)
	if err != nil {
		panic(err) // only for a size below 1
	}
	return questionCache{lru: c}
}

func (c questionCache) get(id string, now time.Time) (*quiz.Question, bool) {
	e, ok := c.lru.Get(id)
	if !ok || now.Sub(e.at) > questionCacheTTL {
		return nil, false
	}
	q := e.q
	q.Options, q.Aliases = slices.Clone(q.Options), slices.Clone(q.Aliases)
	return &q, true
}

func (c questionCache) put(q quiz.Question, now time.Time) {
	q.Options, q.Aliases = slices.Clone(q.Options), slices.Clone(q.Aliases)
	c.lru.Add(q.ID, cachedQuestion{q: q, at: now})
}

// forget drops the questions' copies; purge drops every copy.
func (c questionCache) purge() { c.lru.Purge() }

func (c questionCache) forget(ids ...string) {
	for _, id := range ids {
		c.lru.Remove(id)
	}
}
