package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"quizbot/quiz"
)

// Bulk messages (each student's private result at the end of a class, the
// teacher's notice of results that could not be sent) are not sent inside
// whatever ended the class, where a slow platform and three hundred students
// would outlast the press that did it. They are written to the store's
// outbox in the transaction that ends the class (quiz.MailStore) and
// delivered from there by the worker below: a few at a time, through the
// platform's own paced and retrying Outbox, again later when the platform
// fails for the moment (after the retry_after it asks for, if longer), and
// after a restart whatever was not delivered yet.
//
// Mark before, not after: a mail is claimed in the store before its
// delivery is prepared (a private channel opened), marked "sending" (the
// commit is done) just before its message leaves, and settled after. A
// claimed mail is never claimed again, so the outbox never sends a mail
// twice. The price is paid only when the process dies between "sending"
// and the settlement (kill -9, a power cut): that mail is left in doubt and
// not sent again (SweepMail marks it unsure; the log says so), where
// marking after would send it a second time. In that window the request is
// almost always on its way already (the mark's commit takes microseconds,
// the request a round trip; only a platform's rate limiter may hold it back
// longer), so the mail in doubt has most likely arrived; and a result shown
// twice, or a notice repeated, is the worse fault in front of a class. Mail
// a dead process had only claimed goes back in line. On a clean shutdown
// nothing is in doubt: Close waits for the deliveries under way.

// ErrRefused marks an error for a message the platform refused for good:
// the user blocked the bot or never opened a private chat with it, or the
// request itself is wrong. Trying again cannot help. Adapters make their
// errors match it with errors.Is.
var ErrRefused = errors.New("bot: refused by the platform")

// RetryAfter is an error that says how long the platform asked to wait
// before the next try (a rate limit's retry_after).
type RetryAfter interface {
	RetryAfter() time.Duration
}

const (
	mailWorkers = 8 // deliveries at once; the platforms' own limits pace them
	mailPoll    = 2 * time.Second
	mailTries   = 6                // deliveries of one mail before it is given up
	mailTimeout = 30 * time.Second // one delivery, the platform's own retries included
	// mailLease is how long a claim of another process is trusted on a
	// shared store before it counts as left by a dead process.
	mailLease = 10 * time.Minute
	// mailKeep is how long settled mail stays in the outbox.
	mailKeep = 7 * 24 * time.Hour
	// mailSweepEvery is how often stale claims and old mail are swept.
	mailSweepEvery = time.Hour
	// mailDrain bounds how long Close delivers mail already due.
	mailDrain = 10 * time.Second
)

// mailBackoff is the wait before try n+1 of a mail whose try n failed for
// the moment.
func mailBackoff(n int) time.Duration {
	steps := []time.Duration{5 * time.Second, 30 * time.Second, 2 * time.Minute, 10 * time.Minute, 30 * time.Minute}
	return steps[min(max(n-1, 0), len(steps)-1)]
}

// mailer is the delivery worker's state.
type mailer struct {
	wake    chan struct{} // a nudge: mail was queued or settled
	drain   chan struct{} // closed by Close: deliver what is due, then stop
	stopped chan struct{} // closed when the worker has stopped

	mu       sync.Mutex
	started  bool
	stopping bool
}

func newMailer() *mailer {
	return &mailer{wake: make(chan struct{}, 1), drain: make(chan struct{}), stopped: make(chan struct{})}
}

// wakeMail nudges the worker, starting it if Start has not: mail queued by
// a Service that was never started (a test, a tool) still goes out.
func (s *Service) wakeMail() {
	s.runMailOnce()
	select {
	case s.mail.wake <- struct{}{}:
	default:
	}
}

// runMailOnce starts the worker unless it runs or has stopped.
func (s *Service) runMailOnce() {
	s.mail.mu.Lock()
	defer s.mail.mu.Unlock()
	if s.mail.started || s.mail.stopping {
		return
	}
	s.mail.started = true
	go s.runMail()
}

// startMail settles what a dead process left in doubt and starts the
// worker. On a store of its own a process's claims are all dead at start;
// on a shared one only those older than mailLease are.
func (s *Service) startMail(ctx context.Context) error {
	before := s.now()
	if _, ok := s.store.(quiz.Shared); ok {
		before = before.Add(-mailLease)
	}
	if err := s.sweepMail(ctx, before); err != nil {
		return err
	}
	s.runMailOnce()
	return nil
}

func (s *Service) sweepMail(ctx context.Context, claimedBefore time.Time) error {
	n, err := s.store.SweepMail(ctx, claimedBefore, s.now().Add(-mailKeep))
	if err != nil {
		return fmt.Errorf("sweep mail: %w", err)
	}
	if n > 0 {
		s.log.Warn("mail left in doubt by a process that stopped mid-delivery: not sent again, it may have arrived", "mails", n)
	}
	return nil
}

// mailPlatforms lists the platforms registered here, whose mail this
// process delivers.
func (s *Service) mailPlatforms() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.order...)
}

// runMail claims mail while a worker is free and delivers it, until Close
// has drained what is due.
func (s *Service) runMail() {
	defer close(s.mail.stopped)
	ctx := context.Background()
	slots := make(chan struct{}, mailWorkers)
	var wg sync.WaitGroup
	defer wg.Wait() // deliveries under way end on their own (mailTimeout)
	poll := time.NewTicker(mailPoll)
	defer poll.Stop()
	swept := time.Now()
	drain := s.mail.drain
	var drainBy time.Time
	for {
		if !drainBy.IsZero() && time.Now().After(drainBy) {
			return
		}
		slots <- struct{}{} // a free worker
		m, err := s.store.ClaimMail(ctx, s.mailPlatforms(), s.now())
		if err != nil {
			s.log.Error("claim mail", "err", err)
		}
		if m != nil {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s.deliverMail(m)
				<-slots
				s.wakeMail() // a summary may wait for this one
			}()
			continue
		}
		<-slots
		if !drainBy.IsZero() && len(slots) == 0 {
			return // draining, nothing due and nothing under way
		}
		if time.Since(swept) > mailSweepEvery {
			swept = time.Now()
			before := time.Time{} // a store of its own: only the sweep at start settles claims
			if _, ok := s.store.(quiz.Shared); ok {
				before = s.now().Add(-mailLease)
			}
			if err := s.sweepMail(ctx, before); err != nil {
				s.log.Error("sweep mail", "err", err)
			}
		}
		select {
		case <-s.mail.wake:
		case <-poll.C:
		case <-drain:
			drain, drainBy = nil, time.Now().Add(mailDrain)
		}
	}
}

// stopMail delivers what is due (up to mailDrain), waits for deliveries
// under way, and stops the worker.
func (s *Service) stopMail() {
	s.mail.mu.Lock()
	started, stopping := s.mail.started, s.mail.stopping
	s.mail.stopping = true
	s.mail.mu.Unlock()
	if !started || stopping {
		return
	}
	close(s.mail.drain)
	<-s.mail.stopped
}

// deliverMail sends one claimed mail and settles it.
func (s *Service) deliverMail(m *quiz.Mail) {
	ctx, cancel := context.WithTimeout(context.Background(), mailTimeout)
	defer cancel()
	state, at, err := s.sendMail(ctx, m)
	if err != nil {
		switch state {
		case quiz.MailFailed:
			s.log.Warn("mail not delivered", "batch", m.Batch, "mail", m.ID, "user", m.UserID, "tries", m.Tries, "err", err)
		default:
			s.log.Info("mail will be tried again", "batch", m.Batch, "mail", m.ID, "tries", m.Tries, "at", at, "err", err)
		}
	}
	// Settled even when the delivery's time ran out.
	sctx, scancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer scancel()
	if err := s.store.SettleMail(sctx, m.ID, state, at); err != nil {
		s.log.Error("settle mail: it stays claimed and will count as in doubt", "mail", m.ID, "state", state, "err", err)
	}
}

// sendMail sends m and says how it ended: the state to settle it in, when
// (for MailPending: when to try again), and the error of a delivery that
// did not go through.
func (s *Service) sendMail(ctx context.Context, m *quiz.Mail) (state string, at time.Time, err error) {
	text := m.Text
	if m.Summary {
		if m.Failed == 0 {
			return quiz.MailDropped, s.now(), nil // every result arrived: nothing to say
		}
		text = strings.ReplaceAll(text, mailCount, plural(m.Failed, "student"))
	}
	chat, err := s.store.ChatByID(ctx, m.ChatID)
	if err == nil {
		to := chatOf(chat)
		if m.Platform != "" && m.Platform != chat.Platform {
			to = Chat{Platform: m.Platform, ID: m.UserID, Private: true} // a guest, through their platform
		}
		err = s.sendClaimed(ctx, m, to, Reply{Text: text, UserID: m.UserID})
	}
	switch {
	case err == nil:
		return quiz.MailSent, s.now(), nil
	case errors.Is(err, ErrRefused) || m.Tries >= mailTries:
		return quiz.MailFailed, s.now(), err
	}
	wait := mailBackoff(m.Tries)
	var ra RetryAfter
	if errors.As(err, &ra) {
		wait = max(wait, ra.RetryAfter())
	}
	return quiz.MailPending, s.now().Add(wait), err
}

// sendClaimed prepares the delivery of a claimed mail, marks it as on its
// way, and sends it: what can fail before the message leaves (opening a
// private channel) does so while the mail is only claimed, which a dead
// process's sweep puts back in line.
func (s *Service) sendClaimed(ctx context.Context, m *quiz.Mail, chat Chat, r Reply) error {
	out := s.outbox(chat.Platform)
	if out == nil {
		return fmt.Errorf("no outbox for platform %q", chat.Platform)
	}
	if re, ok := out.(Reacher); ok && r.UserID != "" {
		if err := re.Reach(ctx, r.UserID); err != nil {
			return fmt.Errorf("reach user %s: %w", r.UserID, err)
		}
	}
	if err := s.store.SendingMail(ctx, m.ID, s.now()); err != nil {
		return err
	}
	_, err := out.Send(ctx, chat, r)
	return err
}

// Reacher is an Outbox that can make ready, ahead of a private message,
// what sending it needs (a direct-message channel, where one must be
// opened first), so that the only step whose outcome a crash leaves in
// doubt is the message itself.
type Reacher interface {
	Reach(ctx context.Context, userID string) error
}

// mailCount stands in a summary's text for the number of students whose
// mail was refused ("3 students").
const mailCount = "{students}"
