package telegram

import (
	"context"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"golang.org/x/time/rate"
)

// sender is the one outgoing queue. Every message and edit for a chat goes
// through that chat's lane, so a chat sees the bot's messages in the order
// they were sent even while a 429 holds them back; all lanes share one
// limiter (Telegram allows about 30 messages a second per bot) and each group
// has its own rolling window (about 20 messages a minute, edits included).
type sender struct {
	b      *Bot
	lanes  *lanes
	global *rate.Limiter

	mu     sync.Mutex
	groups map[int64]*window
	pruned time.Time

	sent, retries, failures atomic.Int64
}

func newSender(b *Bot) *sender {
	return &sender{
		b:      b,
		lanes:  newLanes(),
		global: rate.NewLimiter(rate.Limit(b.cfg.Rate), max(1, int(b.cfg.Rate))),
		groups: map[int64]*window{},
	}
}

// deliver runs fn (one message request to chat) in the chat's lane, paced
// and retried; it returns when fn has succeeded or been given up on.
func (s *sender) deliver(ctx context.Context, chat int64, group bool, method string, fn func(api *tgbotapi.BotAPI) error) error {
	var err error
	s.lanes.do(strconv.FormatInt(chat, 10), func() {
		if err = ctx.Err(); err != nil {
			return
		}
		err = s.retry(ctx, method, chat, func() error {
			stamp, err := s.pace(ctx, chat, group)
			if err != nil {
				return err
			}
			defer stamp()
			return s.b.call(ctx, method, 30*time.Second, fn)
		})
	})
	if err == nil {
		s.sent.Add(1)
	}
	return err
}

// pace waits for the global limiter and, for groups, a slot in the group's
// window; the returned func marks the slot used once the request is back.
func (s *sender) pace(ctx context.Context, chat int64, group bool) (func(), error) {
	stamp := func() {}
	if group {
		var err error
		if stamp, err = s.group(chat).take(ctx); err != nil {
			return nil, err
		}
	}
	if err := s.global.Wait(ctx); err != nil {
		stamp()
		return nil, err
	}
	return stamp, nil
}

// spare waits until the group chat has room for want messages, without
// using any: a message that can wait keeps room for those that cannot.
func (s *sender) spare(ctx context.Context, chat int64, want int) error {
	return s.group(chat).spare(ctx, want)
}

// group returns the window of a group chat. Windows of groups quiet for a
// whole period are forgotten now and then, so that the map holds only the
// groups the bot is talking to.
func (s *sender) group(chat int64) *window {
	s.mu.Lock()
	defer s.mu.Unlock()
	per := s.b.cfg.groupWindow
	if now := time.Now(); now.Sub(s.pruned) >= per {
		for id, w := range s.groups {
			if w.idle(now) {
				delete(s.groups, id)
			}
		}
		s.pruned = now
	}
	w, ok := s.groups[chat]
	if !ok {
		w = newWindow(s.b.cfg.GroupPerMin, per)
		s.groups[chat] = w
	}
	return w
}

// retry runs f until it succeeds, fails for good, or has been tried
// cfg.MaxAttempts times. A 429 waits the retry_after Telegram asks for; 5xx
// and network errors back off exponentially. Giving up is logged: a reveal or
// a result must never vanish without a trace.
func (s *sender) retry(ctx context.Context, method string, chat int64, f func() error) error {
	delay := s.b.cfg.RetryBase
	for attempt := 1; ; attempt++ {
		err := f()
		if err == nil {
			return nil
		}
		v, after := classify(err)
		if v == giveUp || ctx.Err() != nil {
			if ctx.Err() == nil && apiCode(err) != 0 && method != "answerCallbackQuery" {
				s.b.log.Debug("telegram refused a request", "method", method, "chat", chat, "code", apiCode(err), "err", err)
			}
			return err
		}
		if attempt >= s.b.cfg.MaxAttempts {
			s.failures.Add(1)
			s.b.log.Error("telegram request failed, giving up", "method", method, "chat", chat, "attempts", attempt, "err", err)
			return err
		}
		wait := delay
		if v == waitRetry {
			wait = max(after, s.b.cfg.retryAfterUnit)
			wait = min(wait, s.b.cfg.MaxWait)
		} else {
			delay = min(2*delay, 30*time.Second)
		}
		s.retries.Add(1)
		s.b.log.Debug("telegram request will be retried", "method", method, "chat", chat, "attempt", attempt, "wait", wait, "err", err)
		if err := sleep(ctx, wait); err != nil {
			return err
		}
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
