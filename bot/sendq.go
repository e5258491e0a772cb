package bot

import (
	"context"
	"fmt"
	"sync"
)

// Sending is kept out of the chat's lock. A platform may hold a message for
// minutes (a group's paced slot, retries after a 429), and whatever waits
// for the chat's lock meanwhile (every answer, every command, the round's
// timer) would wait as long. So work under the lock only decides and
// stores; what it says to the chat is handed to the chat's send lane, and
// the work goes on without waiting for it. A lane runs its chat's sends one
// after another, in the order they were handed over, which under the lock
// is the order of the chat's work, so the chat still sees the intro before
// the question and the reveal before the next one; lanes of different
// chats run in parallel, and a lane's goroutine exists only while it has
// work. The work waits for its sends (Handle replies before it returns)
// only once the lock is released.
//
// What needs the outcome of a send (a question's message id, from which its
// clock starts) gets it in a callback run in the lane, after the send,
// which takes the chat's lock again if it changes the round.

// hold is the sends of one piece of work under a chat's lock.
type hold struct {
	s    *Service
	base context.Context // the work's context, without the hold
	wg   sync.WaitGroup
}

type holdKey struct{}
type laneKey struct{}

func holdOf(ctx context.Context) *hold {
	h, _ := ctx.Value(holdKey{}).(*hold)
	return h
}

// inLane reports whether ctx is that of a job running in a send lane, which
// sends at once (queueing behind itself would wait for ever).
func inLane(ctx context.Context) bool { v, _ := ctx.Value(laneKey{}).(bool); return v }

// outOfLane is ctx for work that a lane job starts but that must queue its
// own sends, such as work under a chat's lock.
func outOfLane(ctx context.Context) context.Context { return context.WithValue(ctx, laneKey{}, false) }

// laneOf is the lane of a chat: its platform and id.
func laneOf(chat Chat) string { return chat.Platform + ":" + chat.ID }

// queue runs f in chat's send lane, in order behind what the lane already
// has, and waits for it, except under a chat's lock. f gets a context that
// sends at once.
func (s *Service) queue(ctx context.Context, chat Chat, f func(ctx context.Context)) {
	if inLane(ctx) {
		f(ctx)
		return
	}
	if h := holdOf(ctx); h != nil {
		h.wg.Add(1)
		lctx := context.WithValue(h.base, laneKey{}, true)
		s.lanes.submit(laneOf(chat), func() { defer h.wg.Done(); f(lctx) })
		return
	}
	done := make(chan struct{})
	lctx := context.WithValue(ctx, laneKey{}, true)
	s.lanes.submit(laneOf(chat), func() { defer close(done); f(lctx) })
	<-done
}

// post sends r to chat through its lane; done, if not nil, learns the
// outcome, in the lane. Under a chat's lock it returns at once.
func (s *Service) post(ctx context.Context, chat Chat, r Reply, done func(ctx context.Context, msgID string, err error)) {
	s.queue(ctx, chat, func(ctx context.Context) {
		msgID, err := s.sendNow(ctx, chat, r)
		if done != nil {
			done(ctx, msgID, err)
		} else if err != nil {
			s.log.Warn("send failed", "platform", chat.Platform, "chat", chat.ID, "err", err)
		}
	})
}

// send delivers r through the chat's platform, in the chat's lane. Under a
// chat's lock it does not wait for the platform, and returns no id and no
// error: failures are logged. Work that needs the
// id or the error uses post. What answers someone in a group for them
// alone (pressAnswer), sent outside a lock, goes out at once: it has no
// place in the chat's order.
func (s *Service) send(ctx context.Context, chat Chat, r Reply) (msgID string, err error) {
	held := holdOf(ctx) != nil && !inLane(ctx)
	if pressAnswer(r) && !held {
		return s.sendNow(ctx, chat, r)
	}
	if held {
		s.post(ctx, chat, r, nil)
		return "", nil
	}
	s.queue(ctx, chat, func(ctx context.Context) { msgID, err = s.sendNow(ctx, chat, r) })
	return msgID, err
}

// edit changes a message the bot sent, in the chat's lane as send does.
func (s *Service) edit(ctx context.Context, chat Chat, msgID string, r Reply) error {
	held := holdOf(ctx) != nil && !inLane(ctx)
	var err error
	s.queue(ctx, chat, func(ctx context.Context) {
		var eerr error
		if out := s.outbox(chat.Platform); out == nil {
			eerr = fmt.Errorf("no outbox for platform %q", chat.Platform)
		} else {
			eerr = out.Edit(ctx, chat, msgID, r)
		}
		if held {
			if eerr != nil {
				s.log.Warn("edit failed", "platform", chat.Platform, "chat", chat.ID, "err", eerr)
			}
			return
		}
		err = eerr
	})
	return err
}

// sendNow delivers through the chat's platform at once.
func (s *Service) sendNow(ctx context.Context, chat Chat, r Reply) (string, error) {
	out := s.outbox(chat.Platform)
	if out == nil {
		return "", fmt.Errorf("no outbox for platform %q", chat.Platform)
	}
	return out.Send(ctx, chat, r)
}

// wait returns once the hold's sends are done.
func (h *hold) wait() { h.wg.Wait() }

// sendLanes runs jobs one after another per key and in parallel across
// keys; a key's goroutine lives only while it has jobs.
type sendLanes struct {
	mu sync.Mutex
	m  map[string][]func()
}

func (l *sendLanes) submit(key string, f func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.m == nil {
		l.m = map[string][]func(){}
	}
	q, busy := l.m[key]
	l.m[key] = append(q, f)
	if !busy {
		go l.run(key)
	}
}

func (l *sendLanes) run(key string) {
	for {
		l.mu.Lock()
		q := l.m[key]
		if len(q) == 0 {
			delete(l.m, key)
			l.mu.Unlock()
			return
		}
		f := q[0]
		q[0] = nil
		l.m[key] = q[1:]
		l.mu.Unlock()
		f()
	}
}

// busy is how many lanes have work, for tests of their bound.
func (l *sendLanes) busy() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.m)
}
