package telegram

import (
	"context"
	"encoding/json"
	"strconv"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// offsetKey stores the id of the last update handled, so that a restart
// neither loses nor repeats updates.
const offsetKey = "telegram.offset"

// allowedUpdates are the only updates the bot asks Telegram for.
var allowedUpdates = []string{"message", "callback_query", "poll_answer"}

// runPolling fetches updates with getUpdates until ctx ends.
//
// Updates of different chats are handled in parallel, so the lowest update
// still under way holds back the stored offset (the watermark), and
// getUpdates is asked from there: Telegram forgets every update below the
// offset it is given, and an update must not be forgotten before it has been
// handled. Updates fetched again while under way are skipped.
func (b *Bot) runPolling(ctx context.Context) error {
	if _, err := b.request(ctx, "deleteWebhook", tgbotapi.Params{"drop_pending_updates": "false"}); err != nil && ctx.Err() == nil {
		b.log.Warn("deleteWebhook failed; getUpdates may be refused while a webhook is set", "err", err)
	}
	w := &watermark{busy: map[int]bool{}, changed: make(chan struct{}, 1)}
	if s, err := b.svc.State(ctx, offsetKey); err != nil {
		if ctx.Err() != nil {
			return nil // a shutdown while starting: nothing was taken yet
		}
		return err
	} else if s != "" {
		if w.base, err = strconv.Atoi(s); err != nil {
			b.log.Warn("stored update offset unreadable; starting from Telegram's", "err", err)
		}
	}
	w.saved, w.max = w.base, w.base
	delay := b.cfg.RetryBase
	for ctx.Err() == nil {
		asked := w.next()
		raws, err := b.getUpdates(ctx, asked)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			if apiCode(err) == 409 {
				b.log.Error("getUpdates refused: another instance or a webhook is taking the updates", "err", err)
			} else {
				b.log.Warn("getUpdates failed", "err", err, "retry_in", delay)
			}
			if v, after := classify(err); v == waitRetry {
				delay = max(delay, after)
			}
			_ = sleep(ctx, delay)
			delay = min(2*delay, 30*time.Second)
			continue
		}
		delay = b.cfg.RetryBase
		fresh := 0
		for i, raw := range raws {
			var head struct {
				ID *int `json:"update_id"`
			}
			if err := json.Unmarshal(raw, &head); err != nil || head.ID == nil {
				b.log.Debug("update without an id ignored")
				continue
			}
			id := *head.ID
			if i == 0 && asked > 0 && id < asked-1 && w.idle() {
				b.log.Info("Telegram renumbered updates; starting over", "id", id)
				w.restart(id - 1)
			}
			if !w.start(id) {
				continue
			}
			fresh++
			b.dispatch(ctx, raw, func() { b.finished(w, id) })
		}
		if fresh == 0 && len(raws) > 0 {
			// Only updates under way came back: wait for one to finish
			// rather than ask again at once.
			select {
			case <-w.changed:
			case <-ctx.Done():
			}
		}
	}
	b.drain()
	b.saveOffset(w)
	return nil
}

func (b *Bot) getUpdates(ctx context.Context, offset int) ([]json.RawMessage, error) {
	secs := int(b.cfg.PollTimeout / time.Second)
	p := tgbotapi.Params{"timeout": strconv.Itoa(secs), "limit": "100"}
	if offset > 0 {
		p["offset"] = strconv.Itoa(offset)
	}
	_ = p.AddInterface("allowed_updates", allowedUpdates)
	var resp *tgbotapi.APIResponse
	err := b.call(ctx, "getUpdates", b.cfg.PollTimeout+15*time.Second, func(api *tgbotapi.BotAPI) error {
		var err error
		resp, err = api.MakeRequest("getUpdates", p)
		return err
	})
	if err != nil {
		return nil, err
	}
	// Decoded one by one: one malformed update must not block the others.
	var raws []json.RawMessage
	if err := json.Unmarshal(resp.Result, &raws); err != nil {
		return nil, b.scrub("getUpdates", err)
	}
	return raws, nil
}

// finished records that update id has been handled and stores the new
// watermark.
func (b *Bot) finished(w *watermark, id int) {
	w.done(id)
	b.saveOffset(w)
}

func (b *Bot) saveOffset(w *watermark) {
	w.saveMu.Lock()
	defer w.saveMu.Unlock()
	low := w.low()
	if low <= w.saved {
		return
	}
	if err := b.svc.SetState(context.WithoutCancel(b.hard), offsetKey, strconv.Itoa(low)); err != nil {
		b.log.Error("store update offset", "err", err)
		return
	}
	w.saved = low
}

// watermark tracks which updates are under way.
type watermark struct {
	mu      sync.Mutex
	base    int          // every update up to base has been handled
	max     int          // highest id started
	busy    map[int]bool // started, not finished
	changed chan struct{}

	saveMu sync.Mutex
	saved  int // the offset last stored
}

// start reports whether id is new, and marks it under way. Telegram hands
// out updates in order, so an id up to max has been started before.
func (w *watermark) start(id int) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if id <= w.max {
		return false
	}
	w.busy[id] = true
	w.max = id
	return true
}

// restart follows Telegram when it renumbers updates (it picks new ids at
// random after a week without any): the stored offset no longer applies.
func (w *watermark) restart(below int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.base, w.max = below, below
	w.saveMu.Lock()
	w.saved = 0
	w.saveMu.Unlock()
}

func (w *watermark) done(id int) {
	w.mu.Lock()
	delete(w.busy, id)
	w.mu.Unlock()
	select {
	case w.changed <- struct{}{}:
	default:
	}
}

func (w *watermark) idle() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.busy) == 0
}

// low is the highest id below which everything has been handled.
func (w *watermark) low() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	low := w.max
	for id := range w.busy {
		low = min(low, id-1)
	}
	w.base = max(w.base, low)
	return w.base
}

// next is the offset for getUpdates.
func (w *watermark) next() int {
	low := w.low()
	if low == 0 {
		return 0
	}
	return low + 1
}
