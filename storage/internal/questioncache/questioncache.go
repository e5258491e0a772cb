// Package questioncache keeps the questions a store read lately in memory,
// for both stores (storage and storage/postgres): every answer reads the
// question being asked, and from memory that costs no query.
//
// A question changes only when a teacher edits it or a bank names it by
// id, which is rare. The process that makes the change forgets its copy;
// other processes on the same database (gateway shards on one SQLite file,
// replicas on one PostgreSQL) cannot be told in time, so every copy is
// served for at most TTL after it was read.
package questioncache

import (
	"slices"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"

	"quizbot/quiz"
)

// Size bounds a cache at a few megabytes of questions; TTL bounds how long
// another process's change goes unseen.
const (
	Size = 4096
	TTL  = 10 * time.Second
)

// Cache holds the Size questions read last, timed by the store's clock.
type Cache struct {
	lru *lru.Cache[string, entry]
	now func() time.Time
}

type entry struct {
	q  quiz.Question
	at time.Time
}

// New returns an empty cache on the clock now (the store's, which tests
// replace).
func New(now func() time.Time) *Cache {
	c, err := lru.New[string, entry](Size)
	if err != nil {
		panic(err) // only for a size below 1
	}
	return &Cache{lru: c, now: now}
}

// Get returns a copy of the question, ok=false when it is not held or its
// copy is older than TTL.
func (c *Cache) Get(id string) (q *quiz.Question, ok bool) {
	e, ok := c.lru.Get(id)
	if !ok || c.now().Sub(e.at) > TTL {
		return nil, false
	}
	e.q.Options, e.q.Aliases = slices.Clone(e.q.Options), slices.Clone(e.q.Aliases)
	return &e.q, true
}

// Put keeps a copy of a question just read.
func (c *Cache) Put(q quiz.Question) {
	q.Options, q.Aliases = slices.Clone(q.Options), slices.Clone(q.Aliases)
	c.lru.Add(q.ID, entry{q: q, at: c.now()})
}

// Forget drops the questions' copies, after a change to them.
func (c *Cache) Forget(ids ...string) {
	for _, id := range ids {
		c.lru.Remove(id)
	}
}

// Purge drops every copy, after a change to many questions (a topic
// renamed or deleted).
func (c *Cache) Purge() { c.lru.Purge() }
