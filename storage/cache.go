package storage

import (
	"slices"
	"sync"

	"github.com/hashicorp/golang-lru/v2/simplelru"

	"quizbot/quiz"
)

// Every answer reads its chat's open round and the question being asked.
// Read from SQLite, the two cost more than the answer's own write, so both
// are kept in memory. The round cache is sound because each chat's rounds
// are written through one DB value: processes sharing a file serve
// disjoint chats (Discord gateway shards, see bot.Partitioned). Questions
// are shared by every chat; their cache (storage/internal/questioncache)
// bounds how long another process's edit goes unseen.

// roundCache holds each chat's open round, or that it has none (a nil
// entry), for the roundCacheSize chats used last. A write to a chat's
// rounds forgets the entry after its commit; gen stops a read that began
// before such a write from storing what it read, which may be older than
// the write.
type roundCache struct {
	mu  sync.Mutex
	gen uint64
	m   *simplelru.LRU[int64, *quiz.Round]
}

const roundCacheSize = 50_000

// get returns a copy of the chat's cached open round (nil: none), ok=false
// when the chat is not cached, and the generation to hand to put.
func (c *roundCache) get(chatID int64) (r *quiz.Round, gen uint64, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		return nil, c.gen, false
	}
	cached, ok := c.m.Get(chatID)
	return copyRound(cached), c.gen, ok
}

// put stores what a read that began at gen found, unless a write to any
// chat's rounds came between.
func (c *roundCache) put(gen uint64, chatID int64, r *quiz.Round) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if c.m == nil {
		c.m, _ = simplelru.NewLRU[int64, *quiz.Round](roundCacheSize, nil)
	}
	c.m.Add(chatID, copyRound(r))
}

// forget drops the chats' entries (every entry when none is named).
func (c *roundCache) forget(chatIDs ...int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	if c.m == nil {
		return
	}
	if len(chatIDs) == 0 {
		c.m.Purge()
	}
	for _, id := range chatIDs {
		c.m.Remove(id)
	}
}

func copyRound(r *quiz.Round) *quiz.Round {
	if r == nil {
		return nil
	}
	c := *r
	c.QuestionIDs = slices.Clone(r.QuestionIDs)
	return &c
}
