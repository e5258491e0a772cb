package bot

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"quizbot/quiz"
)

// Config tunes a Service. Zero values get the defaults.
type Config struct {
	QuestionTime time.Duration // per question, default 30 s (a chat may set its own)
	Pause        time.Duration // between reveal and next question in groups, default 3 s
	RoundSize    int           // questions per round, default 5
	Clock        Clock         // nil: the real clock
	Logger       *slog.Logger
	// SignInLink makes a one-time link to the teacher's web pages for a
	// teacher (/class web); nil when the pages have no address that
	// teachers' browsers reach.
	SignInLink func(ctx context.Context, teacher *quiz.User) (string, error)
}

func (c *Config) fill() {
	if c.QuestionTime <= 0 {
		c.QuestionTime = 30 * time.Second
	}
	if c.Pause <= 0 {
		c.Pause = 3 * time.Second
	}
	if c.RoundSize <= 0 {
		c.RoundSize = 5
	}
	if c.Clock == nil {
		c.Clock = realClock{}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// Service runs the conversation for every platform registered with it. Work
// for one chat is serialised by the chat's lock; chats run in parallel.
type Service struct {
	store quiz.Store
	cfg   Config
	log   *slog.Logger

	mu     sync.Mutex
	out    map[string]*platform // by platform name
	order  []string             // platform names in the order they registered
	locks  map[int64]*chatLock  // only chats being worked on
	timers map[int64]Timer      // by round id
	// takeover is the next look for other processes' overdue rounds
	// (takeover.go); nil unless the store is shared.
	takeover Timer
	known    known
	live     liveEdits // live counts and lobby lists, edited apart from answers
	counting coalesce  // class answer counts under way (class_live.go)
	// classChats remembers where classes are held, by class id (guest.go).
	classChats map[int64]*quiz.Chat
	// guestDoor is the platform whose users may join classes held in other
	// platforms' chats (guest.go); nil for none.
	guestDoor Guests
	lanes     sendLanes // each chat's sends, in order, outside its lock
	mail      *mailer   // delivers the store's outbox (mail.go)
	closed    bool
	work      sync.WaitGroup
	// bg is the context of the work nobody asked for just now (timers,
	// retries): Close cancels it, so that a shutdown does not leave that
	// work running, or waiting on a platform, after the Service is gone.
	bg     context.Context
	stopBg context.CancelFunc
}

// New returns a Service on store. Register outboxes, then Start.
func New(store quiz.Store, cfg Config) *Service {
	cfg.fill()
	bg, stop := context.WithCancel(context.Background())
	return &Service{
		bg:     bg,
		stopBg: stop,
		store:  store,
		cfg:    cfg,
		log:    cfg.Logger.With("subsystem", "bot"),
		out:    map[string]*platform{},
		locks:  map[int64]*chatLock{},
		timers: map[int64]Timer{},
		live:   liveEdits{m: map[int64]*liveEdit{}},
		mail:   newMailer(),
	}
}

// Register sets the Outbox for the platform named name (the name stored
// with its chats and users) and what the platform can do. Registering a
// name again replaces its outbox and capabilities.
func (s *Service) Register(name string, out Outbox, caps Capabilities) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.out[name] == nil {
		s.order = append(s.order, name)
	}
	s.out[name] = &platform{out: out, caps: caps}
}

func (s *Service) outbox(name string) Outbox {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p := s.out[name]; p != nil {
		return p.out
	}
	return nil
}

// Start resumes what a restart interrupted: open questions get their
// remaining time, and those whose time ran out while nobody watched are
// revealed now; mail not yet delivered goes out (mail.go). Rounds of
// platforms not registered, or of chats another process serves
// (Partitioned), are left for the process that serves them.
// On a store shared by several processes it also starts the periodic
// takeover of rounds a dead process left (takeover.go).
func (s *Service) Start(ctx context.Context) error {
	rounds, err := s.store.OpenRounds(ctx)
	if err != nil {
		return err
	}
	for _, r := range rounds {
		ok, err := s.serves(ctx, r)
		if err != nil {
			return err
		}
		if ok {
			s.arm(r)
		}
	}
	s.startTakeover()
	return s.startMail(ctx)
}

// serves reports whether this process runs the round's timers: its
// platform is registered here and, for a partitioned platform, the chat is
// one of this process's.
func (s *Service) serves(ctx context.Context, r quiz.Round) (bool, error) {
	chat, err := s.store.ChatByID(ctx, r.ChatID)
	if err != nil {
		return false, err
	}
	out := s.outbox(chat.Platform)
	if out == nil {
		return false, nil
	}
	if p, ok := out.(Partitioned); ok && !p.Serves(chatOf(chat)) {
		return false, nil
	}
	return true, nil
}

// closeGrace is how long Close lets the work of timers under way finish
// before it cancels them.
const closeGrace = 2 * time.Second

// Close stops the timers and waits for work under way; the timers' work is
// given closeGrace to finish, then cancelled; then the mail that is due is
// delivered (for a while) and deliveries under way are waited for. Rounds
// stay open in the store, and mail queued, for the next Start.
func (s *Service) Close() {
	s.mu.Lock()
	s.closed = true
	if s.takeover != nil {
		s.takeover.Stop()
	}
	for id, t := range s.timers {
		t.Stop()
		delete(s.timers, id)
	}
	s.mu.Unlock()
	s.stopLive()
	done := make(chan struct{})
	go func() { s.work.Wait(); close(done) }()
	t := time.NewTimer(closeGrace)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		s.log.Warn("shutdown: timer work still under way, cancelling it", "after", closeGrace)
	}
	s.stopBg()
	<-done
	s.stopMail()
}

// begin counts a piece of work; false once the Service is closed.
func (s *Service) begin() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.work.Add(1)
	return true
}

// lock serialises the work of one chat: within the process by a mutex, and
// across processes, when several share the store (quiz.Shared), by the
// store's chat lock as well. The work runs in the returned context, in
// which sends do not wait for the platform (sendq.go); unlock releases the
// lock, then waits for them to be delivered.
//
// A chat's mutex exists only while someone holds it or waits for it: the
// last to let go removes it, so the map holds the chats busy right now, not
// every chat ever seen.
func (s *Service) lock(ctx context.Context, chatID int64) (context.Context, func(), error) {
	l, err := s.lockChat(ctx, chatID)
	if err != nil {
		return nil, nil, err
	}
	return l.ctx, l.unlock, nil
}

// locked is a chat's lock held, with the sends of the work done under it.
type locked struct {
	ctx  context.Context
	h    *hold
	free func()
}

// release frees the lock, without waiting for the sends.
func (l *locked) release() { l.free() }

// unlock releases and waits for the held sends.
func (l *locked) unlock() {
	l.release()
	l.h.wait()
}

func (s *Service) lockChat(ctx context.Context, chatID int64) (*locked, error) {
	s.mu.Lock()
	m := s.locks[chatID]
	if m == nil {
		m = &chatLock{}
		s.locks[chatID] = m
	}
	m.users++
	s.mu.Unlock()
	m.Lock()
	local := func() {
		m.Unlock()
		s.mu.Lock()
		if m.users--; m.users == 0 {
			delete(s.locks, chatID)
		}
		s.mu.Unlock()
	}
	h := &hold{s: s, base: ctx}
	l := &locked{ctx: context.WithValue(ctx, holdKey{}, h), h: h, free: local}
	shared, ok := s.store.(quiz.Shared)
	if !ok {
		return l, nil
	}
	release, err := shared.LockChat(ctx, chatID)
	if err != nil {
		local()
		return nil, err
	}
	l.free = func() {
		release()
		local()
	}
	return l, nil
}

// chatLock is one chat's mutex and how many hold it or wait for it
// (guarded by Service.mu).
type chatLock struct {
	sync.Mutex
	users int
}

// lockedChats is how many chats have a lock entry, for tests of its bound.
func (s *Service) lockedChats() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.locks)
}

func (s *Service) now() time.Time { return s.cfg.Clock.Now() }

// Now is the Service's clock. Adapters stamp Incoming.At with it when an
// update arrives, so that an answer is timed from its arrival even if its
// chat's earlier updates hold it back.
func (s *Service) Now() time.Time { return s.now() }

// Topics lists the names of the stored topics, for platforms that complete
// a topic as it is typed.
func (s *Service) Topics(ctx context.Context) ([]string, error) {
	ts, err := s.store.Topics(ctx)
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(ts))
	for _, t := range ts {
		names = append(names, t.Name)
	}
	return names, nil
}

// State and SetState keep small adapter values across restarts (the last
// update id a platform delivered, the ids of open polls).
func (s *Service) State(ctx context.Context, key string) (string, error) {
	return s.store.State(ctx, key)
}

// SetState stores a value for State.
func (s *Service) SetState(ctx context.Context, key, value string) error {
	return s.store.SetState(ctx, key, value)
}

// SetStateFor stores a value for State for keep only (a poll's options).
func (s *Service) SetStateFor(ctx context.Context, key, value string, keep time.Duration) error {
	return s.store.SetStateFor(ctx, key, value, keep)
}

// errClosed is returned by Handle after Close.
var errClosed = errors.New("bot: service closed")
