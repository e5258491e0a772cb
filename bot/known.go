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
	mu    sync.Mutex
	chats map[string]knownChat
	users map[string]knownUser
}

type knownChat struct {
	c  quiz.Chat
	at time.Time
}

type knownUser struct {
	u  quiz.User
	at time.Time
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
	key := chatKey(c)
	k.mu.Lock()
	hit, ok := k.chats[key]
	k.mu.Unlock()
	if ok && now.Sub(hit.at) < knownTTL {
		*c = hit.c
		return nil
	}
	if err := store.EnsureChat(ctx, c); err != nil {
		return err
	}
	k.remember(c, key, now)
	return nil
}

func (k *known) remember(c *quiz.Chat, key string, now time.Time) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.chats == nil {
		k.chats = map[string]knownChat{}
	}
	k.chats[key] = knownChat{*c, now}
}

// user fills u's id from memory or the store.
func (k *known) user(ctx context.Context, store quiz.Store, u *quiz.User, now time.Time) error {
	key := userKey(u)
	k.mu.Lock()
	hit, ok := k.users[key]
	k.mu.Unlock()
	if ok && now.Sub(hit.at) < knownTTL {
		*u = hit.u
		return nil
	}
	if err := store.EnsureUser(ctx, u); err != nil {
		return err
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.users == nil {
		k.users = map[string]knownUser{}
	}
	k.users[key] = knownUser{*u, now}
	return nil
}

// forget drops every remembered entry; after /forgetme the user is gone.
func (k *known) forget() {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.chats, k.users = nil, nil
}
