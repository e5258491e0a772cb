package telegram

import (
	"sort"
	"sync"
	"time"

	"quizbot/bot"
)

// manualClock is a bot.Clock moved by hand. bottest.Clock would do, but its
// Timer.Stop is unguarded, and here timers are stopped by the adapter's
// goroutines while the test advances the clock (a data race under -race;
// reported to the lead).
type manualClock struct {
	mu     sync.Mutex
	now    time.Time
	timers []*manualTimer
}

type manualTimer struct {
	c       *manualClock
	at      time.Time
	f       func()
	stopped bool
}

func (t *manualTimer) Stop() bool {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	was := !t.stopped
	t.stopped = true
	return was
}

func newManualClock() *manualClock {
	return &manualClock{now: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
}

func (c *manualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *manualClock) AfterFunc(d time.Duration, f func()) bot.Timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &manualTimer{c: c, at: c.now.Add(d), f: f}
	c.timers = append(c.timers, t)
	return t
}

// Advance moves the clock by d, running the timers that come due in time
// order (timers they set included).
func (c *manualClock) Advance(d time.Duration) {
	c.mu.Lock()
	end := c.now.Add(d)
	c.mu.Unlock()
	for {
		c.mu.Lock()
		var live []*manualTimer
		for _, t := range c.timers {
			if !t.stopped {
				live = append(live, t)
			}
		}
		sort.SliceStable(live, func(i, j int) bool { return live[i].at.Before(live[j].at) })
		c.timers = live
		if len(live) == 0 || live[0].at.After(end) {
			c.now = end
			c.mu.Unlock()
			return
		}
		next := live[0]
		next.stopped = true
		if next.at.After(c.now) {
			c.now = next.at
		}
		c.mu.Unlock()
		next.f()
	}
}
