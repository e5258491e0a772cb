package postgres

import (
	"slices"

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
// Questions are still cached: a question's text never changes once stored
// (retiring one only takes it out of the selection), so no process's copy
// is ever stale.

// questionCache holds recently read questions.
type questionCache struct {
	lru *lru.Cache[string, quiz.Question]
}

// questionCacheSize bounds the cache at a few megabytes.
const questionCacheSize = 4096

func newQuestionCache() questionCache {
	c, err := lru.New[string, quiz.Question](questionCacheSize)
	if err != nil {
		panic(err) // only for a size below 1
	}
	return questionCache{lru: c}
}

func (c questionCache) get(id string) (*quiz.Question, bool) {
	q, ok := c.lru.Get(id)
	if !ok {
		return nil, false
	}
	q.Options, q.Aliases = slices.Clone(q.Options), slices.Clone(q.Aliases)
	return &q, true
}

func (c questionCache) put(q quiz.Question) {
	q.Options, q.Aliases = slices.Clone(q.Options), slices.Clone(q.Aliases)
	c.lru.Add(q.ID, q)
}
