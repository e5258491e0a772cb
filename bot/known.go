package bot

import (
	"context"
	"sync"
	"time"

	"quizbot/quiz"
)

// knownTTL is how long a looked-up chat or user is trusted before the store
// is asked again (another process may have changed chat settings).
const knownTTL = time.Minute

// known remembers chats and users already stored, so that an answer costs
// one write transaction rather than three.
type known struct {
	chats memo[quiz.Chat]
	users memo[quiz.User]
}

// maxKnown bounds each memo: past it, entries older than knownTTL are
// swept out, and if that is not enough the memo starts afresh (it is a
// cache: the cost is one store lookup per chat or user seen again). A
// variable so that tests can make it small.
var maxKnown = 10_000

// memo is a small map of values looked up in the store, each trusted for
// knownTTL, at most maxKnown of them.
type memo[T any] struct {
	mu sync.Mutex
	m  map[string]memoEntry[T]
}

type memoEntry[T any] struct {
	v  T
	at time.Time
}

// get fills *v from memory, or else with ensure (which stores it) and
// remembers it.
func (m *memo[T]) get(key string, v *T, now time.Time, ensure func() error) error {
	m.mu.Lock()
	hit, ok := m.m[key]
	m.mu.Unlock()
	if ok && now.Sub(hit.at) < knownTTL {
		*v = hit.v
		return nil
	}
	if err := ensure(); err != nil {
		return err
	}
	m.put(key, *v, now)
	return nil
}

func (m *memo[T]) put(key string, v T, now time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = map[string]memoEntry[T]{}
	}
	if _, ok := m.m[key]; !ok && len(m.m) >= maxKnown {
		for k, e := range m.m {
			if now.Sub(e.at) >= knownTTL {
				delete(m.m, k)
			}
		}
		if len(m.m) >= maxKnown {
			m.m = map[string]memoEntry[T]{}
		}
	}
	m.m[key] = memoEntry[T]{v, now}
}

func (m *memo[T]) clear() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m = nil
}

// chatKey leaves out the scope: the store fixes it when the chat is first
// seen, so a lookup (scope as the platform gives it) and a settings change
// (scope as stored) must find the same entry.
func chatKey(c *quiz.Chat) string {
	return c.Platform + "\x00" + c.PlatformID + "\x00" + c.Title
}

func userKey(u *quiz.User) string { return u.Platform + "\x00" + u.PlatformID + "\x00" + u.Name }

// chat fills c from memory or the store.
func (k *known) chat(ctx context.Context, store quiz.Store, c *quiz.Chat, now time.Time) error {
	return k.chats.get(chatKey(c), c, now, func() error { return store.EnsureChat(ctx, c) })
}

// remember notes a chat's new settings.
func (k *known) remember(c *quiz.Chat, key string, now time.Time) { k.chats.put(key, *c, now) }

// user fills u's id from memory or the store.
func (k *known) user(ctx context.Context, store quiz.Store, u *quiz.User, now time.Time) error {
	return k.users.get(userKey(u), u, now, func() error { return store.EnsureUser(ctx, u) })
}

// forget drops every remembered entry; after /forgetme the user is gone.
func (k *known) forget() {
	k.chats.clear()
	k.users.clear()
}

// len is how many entries the memo holds, for tests of its bound.
func (m *memo[T]) len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.m)
}
