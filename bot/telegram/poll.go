package telegram

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	lru "github.com/hashicorp/golang-lru/v2"

	"quizbot/bot"
)

// pollInfo is what a poll_answer update lacks: the chat the poll is in and
// the bot's data for each option. It is kept with svc.SetState under
// pollKey(id) so that answers after a restart still count.
type pollInfo struct {
	Chat    int64    `json:"chat"`
	Private bool     `json:"private,omitempty"`
	Title   string   `json:"title,omitempty"`
	Msg     int      `json:"msg"`
	Data    []string `json:"data"`
}

func pollKey(id string) string { return "telegram.poll." + id }

// A poll's options are needed only while it can be answered: a question is
// open 10 minutes at most, and a poll the bot could not stop (it was down,
// the call failed) is closed by then for the round, which has moved on. So
// they are stored for pollKeep (pruned by age after that: a poll nobody
// closed leaves no row for good), and kept in memory for the maxPolls
// polls sent or looked up last (least recently used first out: those are
// the ones being answered); one dropped is read back from the store.
const (
	pollKeep = 24 * time.Hour
	maxPolls = 10_000
)

// pollConfig builds a native quiz poll from p, or reports that p breaks
// Telegram's limits (the caller then falls back to text and buttons).
func (b *Bot) pollConfig(chat int64, p *bot.Poll) (tgbotapi.SendPollConfig, bool) {
	n := len(p.Options)
	if n < 2 || n > 10 || len(p.Data) != n || p.Correct < 0 || p.Correct >= n ||
		!valid(p.Question) || units(p.Question) > maxPollQ {
		return tgbotapi.SendPollConfig{}, false
	}
	for _, o := range p.Options {
		if !valid(o) || units(o) > maxPollOption {
			return tgbotapi.SendPollConfig{}, false
		}
	}
	cfg := tgbotapi.NewPoll(chat, p.Question, p.Options...)
	cfg.Type, cfg.IsAnonymous, cfg.CorrectOptionID = "quiz", false, int64(p.Correct)
	// Telegram takes at most 200 characters and two line feeds.
	cfg.Explanation = shorten(strings.Join(strings.Fields(p.Explanation), " "), maxExplanation)
	if p.OpenPeriod > 0 {
		cfg.OpenPeriod = int(min(max(p.OpenPeriod, 5*time.Second), 600*time.Second) / time.Second)
	}
	return cfg, true
}

func (b *Bot) sendPoll(ctx context.Context, chat int64, private bool, p *bot.Poll, cfg tgbotapi.SendPollConfig) (string, error) {
	var m tgbotapi.Message
	b.sending.begin()
	defer b.sending.end() // after the poll is on record below
	err := b.out.deliver(ctx, chat, !private, "sendPoll", func(api *tgbotapi.BotAPI) error {
		var err error
		m, err = api.Send(cfg)
		return err
	})
	if err != nil {
		return "", err
	}
	if m.Poll == nil || m.Poll.ID == "" {
		b.log.Warn("sendPoll answered without a poll id; its answers will not count", "chat", chat)
		return "p" + strconv.Itoa(m.MessageID), nil
	}
	info := &pollInfo{Chat: chat, Private: private, Msg: m.MessageID, Data: p.Data}
	if m.Chat != nil {
		info.Title = m.Chat.Title
	}
	b.polls.Add(m.Poll.ID, info)
	raw, _ := json.Marshal(info)
	if err := b.svc.SetStateFor(ctx, pollKey(m.Poll.ID), string(raw), pollKeep); err != nil {
		b.log.Error("store poll options; answers after a restart will not count", "chat", chat, "err", err)
	}
	return "p" + strconv.Itoa(m.MessageID), nil
}

// poll finds the chat and option data of a poll the bot sent.
func (b *Bot) poll(ctx context.Context, id string) *pollInfo {
	if info, ok := b.polls.Get(id); ok {
		return info
	}
	// A vote can arrive before sendPoll has returned the poll's id to us:
	// the poll is in the chat the moment Telegram has it. Wait for the
	// polls in flight to land (briefly: a send held up by retries must not
	// hold up every update behind this one), then look again.
	for tries := 0; tries < 3 && b.sending.wait(2*time.Second); tries++ {
		if info, ok := b.polls.Get(id); ok {
			return info
		}
	}
	raw, err := b.svc.State(ctx, pollKey(id))
	if err != nil || raw == "" {
		if err != nil {
			b.log.Error("load poll options", "poll", id, "err", err)
		}
		return nil
	}
	info := &pollInfo{}
	if err := json.Unmarshal([]byte(raw), info); err != nil {
		b.log.Debug("stored poll options unreadable", "poll", id, "err", err)
		return nil
	}
	b.polls.Add(id, info)
	return info
}

// closePoll is Edit for a poll message: the poll is stopped (Telegram then
// shows the right answer and the counts) and r's text is sent as a new
// message.
func (b *Bot) closePoll(ctx context.Context, chat bot.Chat, target int64, msg string, r bot.Reply) error {
	mid, err := strconv.Atoi(msg)
	if err != nil {
		return nil
	}
	var stopped tgbotapi.Poll
	err = b.out.deliver(ctx, target, !chat.Private, "stopPoll", func(api *tgbotapi.BotAPI) error {
		var err error
		stopped, err = api.StopPoll(tgbotapi.NewStopPoll(target, mid))
		return err
	})
	if err != nil && !strings.Contains(apiDesc(err), "closed") {
		b.log.Debug("stopPoll failed", "chat", chat.ID, "err", err)
	}
	if stopped.ID != "" {
		b.forgetPoll(ctx, stopped.ID)
	}
	if r.Text == "" && len(r.Buttons) == 0 {
		return nil
	}
	_, err = b.post(ctx, target, chat.Private, bot.Reply{Text: r.Text, Buttons: r.Buttons}, mid)
	return err
}

// forgetPoll drops a closed poll's options: no answer can come any more.
func (b *Bot) forgetPoll(ctx context.Context, id string) {
	b.polls.Remove(id)
	if err := b.svc.SetState(ctx, pollKey(id), ""); err != nil {
		b.log.Debug("forget poll", "poll", id, "err", err)
	}
}

func newPolls() *lru.Cache[string, *pollInfo] {
	c, _ := lru.New[string, *pollInfo](maxPolls)
	return c
}

// pollsInFlight counts the polls being sent and wakes whoever waits for one
// of them to land.
type pollsInFlight struct {
	mu     sync.Mutex
	n      int
	landed chan struct{} // closed and replaced each time a send ends
}

func (p *pollsInFlight) begin() {
	p.mu.Lock()
	p.n++
	if p.landed == nil {
		p.landed = make(chan struct{})
	}
	p.mu.Unlock()
}

func (p *pollsInFlight) end() {
	p.mu.Lock()
	p.n--
	close(p.landed)
	p.landed = make(chan struct{})
	p.mu.Unlock()
}

// wait reports whether a send in flight ended within d; false at once when
// none is in flight.
func (p *pollsInFlight) wait(d time.Duration) bool {
	p.mu.Lock()
	if p.n == 0 {
		p.mu.Unlock()
		return false
	}
	c := p.landed
	p.mu.Unlock()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-c:
		return true
	case <-t.C:
		return false
	}
}
