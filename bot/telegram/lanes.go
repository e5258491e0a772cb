package telegram

import "sync"

// lanes runs jobs one after another per key (a chat) and in parallel across
// keys. A lane's goroutine exists only while it has work, so idle chats cost
// nothing.
type lanes struct {
	mu   sync.Mutex
	m    map[string]*lane
	idle *sync.Cond // signalled when a lane ends
}

type lane struct{ q []func() }

func newLanes() *lanes {
	l := &lanes{m: map[string]*lane{}}
	l.idle = sync.NewCond(&l.mu)
	return l
}

// submit queues f behind the jobs already queued for key.
func (l *lanes) submit(key string, f func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	ln, ok := l.m[key]
	if !ok {
		ln = &lane{}
		l.m[key] = ln
		go l.run(key, ln)
	}
	ln.q = append(ln.q, f)
}

// do queues f and waits until it has run.
func (l *lanes) do(key string, f func()) {
	done := make(chan struct{})
	l.submit(key, func() { defer close(done); f() })
	<-done
}

func (l *lanes) run(key string, ln *lane) {
	for {
		l.mu.Lock()
		if len(ln.q) == 0 {
			delete(l.m, key)
			l.idle.Broadcast()
			l.mu.Unlock()
			return
		}
		f := ln.q[0]
		ln.q[0] = nil
		ln.q = ln.q[1:]
		l.mu.Unlock()
		f()
	}
}

// wait blocks until every lane is idle.
func (l *lanes) wait() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for len(l.m) > 0 {
		l.idle.Wait()
	}
}
