package telegram

import (
	"context"
	"sync"
	"time"
)

// window paces one group by Telegram's rule as it is enforced: at most n
// messages (edits included) in any rolling period. A token bucket does not
// fit it: a bucket that allows a burst and then a steady rate lets through
// burst+rate messages in one period, and the group gets 429s with waits of
// up to half a minute.
//
// Each slot is stamped when its request has come back, which is never
// earlier than when Telegram counted it, so the bot's count of a period
// never runs behind Telegram's.
type window struct {
	n   int
	per time.Duration

	mu    sync.Mutex
	stamp []time.Time // the last n messages, oldest first; zero: under way
	used  time.Time   // when the window was last used, for pruning idle groups
}

func newWindow(n int, per time.Duration) *window {
	return &window{n: max(1, n), per: per}
}

// expire drops the slots older than the period. Call with w.mu held.
func (w *window) expire(now time.Time) {
	i := 0
	for i < len(w.stamp) && !w.stamp[i].IsZero() && now.Sub(w.stamp[i]) >= w.per {
		i++
	}
	w.stamp = w.stamp[i:]
}

// free is how many messages could go now, and when one more slot frees up
// if fewer than want are free (zero if unknown: a slot under way).
func (w *window) free(now time.Time, want int) (int, time.Time) {
	w.expire(now)
	free := w.n - len(w.stamp)
	if free >= want {
		return free, time.Time{}
	}
	// The slot whose expiry makes room for want is the (want-free)th oldest.
	k := want - free - 1
	if k < len(w.stamp) && !w.stamp[k].IsZero() {
		return free, w.stamp[k].Add(w.per)
	}
	return free, time.Time{}
}

// take waits for a slot and holds it; the returned func stamps it when the
// request has come back.
func (w *window) take(ctx context.Context) (func(), error) {
	if err := w.wait(ctx, 1, true); err != nil {
		return nil, err
	}
	return func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		now := time.Now()
		// Slots are stamped under the lock in the order they come back,
		// so the stamps stay sorted and the unstamped ones stay last.
		for i := range w.stamp {
			if w.stamp[i].IsZero() {
				w.stamp[i] = now
				break
			}
		}
	}, nil
}

// spare waits until want slots are free, without taking any: a message that
// may wait (a live count) leaves room for those that may not (a reveal, the
// next question).
func (w *window) spare(ctx context.Context, want int) error {
	return w.wait(ctx, want, false)
}

func (w *window) wait(ctx context.Context, want int, hold bool) error {
	for {
		w.mu.Lock()
		now := time.Now()
		free, at := w.free(now, want)
		if free >= want {
			if hold {
				w.stamp = append(w.stamp, time.Time{})
			}
			w.used = now
			w.mu.Unlock()
			return nil
		}
		w.mu.Unlock()
		d := 5 * time.Millisecond // a slot is under way: look again soon
		if !at.IsZero() {
			d = max(at.Sub(now), time.Millisecond)
		}
		if err := sleep(ctx, d); err != nil {
			return err
		}
	}
}

// idle reports whether the window holds nothing and was not used for a
// period: it can be forgotten.
func (w *window) idle(now time.Time) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.expire(now)
	return len(w.stamp) == 0 && now.Sub(w.used) >= w.per
}
