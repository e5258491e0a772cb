// Package bottest helps test quizbot's conversation and its adapters: a
// clock moved by hand, an Outbox that records, and a real database seeded
// with a small topic.
package bottest

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/quiz"
	"quizbot/storage"
)

// Clock is a bot.Clock that moves only when told.
type Clock struct {
	mu     sync.Mutex
	now    time.Time
	timers []*timer
	// kept is how many timers were left after stopped ones were last
	// dropped: a clock that is never advanced (a soak) drops them as they
	// pile up, so that what its timers hold on to is not taken for the
	// Service's own growth.
	kept int
}

type timer struct {
	c       *Clock
	at      time.Time
	f       func()
	stopped bool // guarded by c.mu
}

func (t *timer) Stop() bool {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	was := !t.stopped
	t.stopped = true
	return was
}

// NewClock returns a clock at a fixed instant.
func NewClock() *Clock { return &Clock{now: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)} }

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// AfterFunc runs f when the clock is advanced past d from now.
func (c *Clock) AfterFunc(d time.Duration, f func()) bot.Timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &timer{c: c, at: c.now.Add(d), f: f}
	if len(c.timers) >= 2*max(c.kept, 64) {
		c.timers = live(c.timers)
		c.kept = len(c.timers)
	}
	c.timers = append(c.timers, t)
	return t
}

// Advance moves the clock and runs, in time order, the timers that come due,
// including timers they set that are due too.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	end := c.now.Add(d)
	c.mu.Unlock()
	for {
		c.mu.Lock()
		sort.SliceStable(c.timers, func(i, j int) bool { return c.timers[i].at.Before(c.timers[j].at) })
		var next *timer
		for i, t := range c.timers {
			if t.stopped {
				continue
			}
			if !t.at.After(end) {
				next = t
				c.timers = append(c.timers[:i:i], c.timers[i+1:]...)
			}
			break
		}
		if next == nil {
			c.now = end
			c.timers = live(c.timers)
			c.mu.Unlock()
			return
		}
		if next.at.After(c.now) {
			c.now = next.at
		}
		next.stopped = true
		c.mu.Unlock()
		next.f()
	}
}

func live(ts []*timer) []*timer {
	out := ts[:0]
	for _, t := range ts {
		if !t.stopped {
			out = append(out, t)
		}
	}
	clear(ts[len(out):]) // the dropped timers, and what their functions hold
	return out
}

// Platform is the name of the platform that tests of the conversation play
// on, with an Outbox registered under Capabilities.
const Platform = "chat"

// Capabilities is a platform with buttons and native polls whose words for
// teacher rights are plain ones, as a test platform's.
var Capabilities = bot.Capabilities{
	Name:        "Chat",
	Buttons:     true,
	Polls:       true,
	Edits:       true,
	Images:      true,
	Admins:      "group admins",
	Admin:       "a group admin",
	TeacherRole: "make the teachers admins of the group",
}

// Sent is one reply an Outbox was given.
type Sent struct {
	Chat  bot.Chat
	Reply bot.Reply
	MsgID string // for Send: the id returned; for Edit: the id edited
	Edit  bool
}

// Outbox records every reply.
type Outbox struct {
	mu   sync.Mutex
	sent []Sent
	n    int
}

var _ bot.Outbox = (*Outbox)(nil)

// Send records r and returns a new message id.
func (o *Outbox) Send(ctx context.Context, chat bot.Chat, r bot.Reply) (string, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.n++
	id := fmt.Sprint(o.n)
	o.sent = append(o.sent, Sent{Chat: chat, Reply: r, MsgID: id})
	return id, nil
}

// Edit records r as an edit of msgID.
func (o *Outbox) Edit(ctx context.Context, chat bot.Chat, msgID string, r bot.Reply) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.sent = append(o.sent, Sent{Chat: chat, Reply: r, MsgID: msgID, Edit: true})
	return nil
}

// Take returns what was sent since the last Take.
func (o *Outbox) Take() []Sent {
	o.mu.Lock()
	defer o.mu.Unlock()
	s := o.sent
	o.sent = nil
	return s
}

// Text joins the texts of sent replies, for assertions and failure messages.
func Text(ss []Sent) string {
	var b strings.Builder
	for _, s := range ss {
		if s.Edit {
			b.WriteString("[edit] ")
		}
		b.WriteString(s.Reply.Text)
		if s.Reply.Notice != "" {
			b.WriteString(" [notice " + s.Reply.Notice + "]")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// LastQuestion returns the last sent reply with answer buttons, or false.
func LastQuestion(ss []Sent) (Sent, bool) {
	for i := len(ss) - 1; i >= 0; i-- {
		if !ss[i].Edit && strings.HasPrefix(ss[i].Reply.Text, "❓") {
			return ss[i], true
		}
	}
	return Sent{}, false
}

// OpenDB opens a new database file in the test's temporary folder.
func OpenDB(t testing.TB) *storage.DB {
	t.Helper()
	db, err := storage.Open(filepath.Join(t.TempDir(), "quizbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Seed stores a topic "Science" of n questions of every kind, each with a
// distinct answer, and returns them.
func Seed(t testing.TB, db quiz.Store, n int) []quiz.Question {
	t.Helper()
	var qs []quiz.Question
	for i := 0; i < n; i++ {
		var q quiz.Question
		year := fmt.Sprint(1700 + i*7)
		switch i % 4 {
		case 0:
			q = quiz.Question{Kind: quiz.MultipleChoice, Stem: fmt.Sprintf("In what year was element number %d described?", i),
				Options: []string{fmt.Sprint(1700 + i*7 - 3), year, fmt.Sprint(1700 + i*7 + 2), fmt.Sprint(1700 + i*7 + 5)}, Answer: year}
		case 1:
			q = quiz.Question{Kind: quiz.TrueFalse, Stem: fmt.Sprintf("Element number %d was described in %s.", i, year),
				Options: []string{"True", "False"}, Answer: "True"}
		case 2:
			q = quiz.Question{Kind: quiz.FillBlank, Stem: fmt.Sprintf("Element number %d was described in _____.", i), Answer: year}
		default:
			q = quiz.Question{Kind: quiz.ShortAnswer, Stem: fmt.Sprintf("Who described element number %d?", i),
				Answer: fmt.Sprintf("Chemist%c Smith", 'A'+i%26), Aliases: []string{fmt.Sprintf("Chemist%c", 'A'+i%26)}}
		}
		q.Explanation = fmt.Sprintf("Element number %d was described in %s by Chemist%c Smith.", i, year, 'A'+i%26)
		q.Source, q.Section, q.Difficulty, q.Quality = "Elements", "History", 0.5, 0.8
		q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
		qs = append(qs, q)
	}
	if _, err := db.SaveTopic(context.Background(), "Science", "elements.txt", qs); err != nil {
		t.Fatal(err)
	}
	return qs
}

// Scaled is a bot.Clock that runs Factor times faster than real time, so
// that a test can play minutes of a conversation in seconds while every
// timer still fires on its own, as in production.
type Scaled struct {
	Factor float64
	start  time.Time
	base   time.Time
}

// NewScaled returns a clock running factor times faster than real time.
func NewScaled(factor float64) *Scaled {
	return &Scaled{Factor: factor, start: time.Now(), base: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
}

// Now returns the scaled time.
func (c *Scaled) Now() time.Time {
	return c.base.Add(time.Duration(float64(time.Since(c.start)) * c.Factor))
}

// AfterFunc runs f after d of scaled time.
func (c *Scaled) AfterFunc(d time.Duration, f func()) bot.Timer {
	return time.AfterFunc(c.Real(d), f)
}

// Real is how long d of scaled time takes in real time.
func (c *Scaled) Real(d time.Duration) time.Duration {
	return time.Duration(float64(d) / c.Factor)
}
