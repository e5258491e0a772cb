package bot

import (
	"context"
	"fmt"
	"sync"
	"time"

	"quizbot/quiz"
)

// Live edits keep a message's figures current while many people act on it:
// the "answered: n/m" line of a class question, the names under a class
// lobby. They are built so that the people acting never wait for them:
//
//   - An answer (or a join) is recorded and answered first; it only marks the
//     message stale. The edit runs later, on its own, outside the chat's
//     lock, so a platform's paced message slot never holds up a button press.
//   - At most one edit per message is pending: marks that come while one is
//     scheduled or under way are folded into it, and the edit reads the
//     figures when it runs, so it shows everything recorded until then.
//   - Edits of one message are at least liveEvery apart, counted from when
//     the last one was actually delivered (not when it was asked for), so a
//     platform that is slow to deliver gets fewer edits, not a backlog.
//   - Edits are Minor: a platform with a per-chat message budget (some allow
//     a group about 20 messages a minute, edits included) holds them back
//     to keep room for the next question and the reveal.
//   - Closing the message (the reveal, the teacher's Start) cancels a pending
//     edit and waits for one under way, so that a late count never
//     overwrites the revealed question.
//
// A class question thus costs its group one message to ask, a few edits as
// the budget allows, and, at the reveal, one edit of the question and one
// message with the results.

// liveEvery is the least time between two live edits of one message.
const liveEvery = 2 * time.Second

// lobbyStage stands for the lobby in a live edit's stage; questions use
// their round sequence number.
const lobbyStage = -1

// liveEdits are the pending live edits, by round id: a round shows one live
// message at a time.
type liveEdits struct {
	mu sync.Mutex
	m  map[int64]*liveEdit
}

type liveEdit struct {
	stage  int       // lobbyStage or the question's sequence number
	last   time.Time // when the last edit was delivered
	stale  bool      // something changed since the figures were last read
	busy   bool      // an edit is scheduled or under way
	closed bool      // the message is final: no more live edits
	timer  Timer
	cancel context.CancelFunc // of the edit under way
	done   chan struct{}      // closed when the edit under way ends
}

// liveRender builds the live form of the message: its id and content, read
// fresh when the edit runs. ok false means there is nothing to edit (any
// more).
type liveRender func(ctx context.Context) (chat Chat, msgID string, r Reply, ok bool, err error)

// markLive notes that the live message of round at stage changed, and
// schedules an edit if none is pending.
func (s *Service) markLive(roundID int64, stage int, render liveRender) {
	l := &s.live
	l.mu.Lock()
	defer l.mu.Unlock()
	e := l.m[roundID]
	if e == nil || e.stage != stage {
		if e != nil {
			e.stop()
		}
		e = &liveEdit{stage: stage}
		l.m[roundID] = e
	}
	if e.closed {
		return
	}
	e.stale = true
	if e.busy {
		return
	}
	e.busy = true
	s.scheduleLive(roundID, e, render)
}

// scheduleLive arms the timer of e's next edit. Call with s.live.mu held.
func (s *Service) scheduleLive(roundID int64, e *liveEdit, render liveRender) {
	wait := time.Duration(0)
	if !e.last.IsZero() {
		wait = e.last.Add(liveEvery).Sub(s.now())
	}
	if wait <= 0 {
		e.timer = nil
		go s.runLive(roundID, e, render)
		return
	}
	e.timer = s.cfg.Clock.AfterFunc(wait, func() { s.runLive(roundID, e, render) })
}

// runLive makes one live edit, then schedules the next if more changed
// meanwhile.
func (s *Service) runLive(roundID int64, e *liveEdit, render liveRender) {
	l := &s.live
	if !s.begin() {
		l.mu.Lock()
		e.busy = false
		l.mu.Unlock()
		return
	}
	defer s.work.Done()
	l.mu.Lock()
	if e.closed || l.m[roundID] != e {
		e.busy = false
		l.mu.Unlock()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	e.stale, e.cancel, e.done = false, cancel, make(chan struct{})
	done := e.done
	l.mu.Unlock()

	err := s.editLive(ctx, render)

	l.mu.Lock()
	defer l.mu.Unlock()
	close(done)
	e.cancel, e.done = nil, nil
	e.last = s.now()
	if err != nil && ctx.Err() == nil {
		s.log.Warn("live edit", "round", roundID, "err", err)
	}
	if e.stale && !e.closed && l.m[roundID] == e {
		s.scheduleLive(roundID, e, render)
		return
	}
	e.busy = false
}

func (s *Service) editLive(ctx context.Context, render liveRender) error {
	chat, msgID, r, ok, err := render(ctx)
	if err != nil || !ok {
		return err
	}
	out := s.outbox(chat.Platform)
	if out == nil {
		return nil
	}
	r.Minor = true
	return out.Edit(ctx, chat, msgID, r)
}

// closeLive makes the live message of round at stage final: a scheduled
// edit is dropped, one under way is cancelled and waited for. After it
// returns no live edit of that message reaches the platform, so the caller's
// own edit is the last.
func (s *Service) closeLive(roundID int64, stage int) {
	l := &s.live
	l.mu.Lock()
	e := l.m[roundID]
	if e == nil || e.stage != stage {
		e = &liveEdit{stage: stage}
		l.m[roundID] = e
	}
	e.closed = true
	done := e.stop()
	l.mu.Unlock()
	if done != nil {
		<-done
	}
}

// stop drops e's scheduled edit and cancels one under way, returning what
// to wait for. Call with s.live.mu held.
func (e *liveEdit) stop() chan struct{} {
	if e.timer != nil {
		e.timer.Stop()
	}
	if e.cancel != nil {
		e.cancel()
	}
	return e.done
}

// forgetLive drops what is kept for a finished round.
func (s *Service) forgetLive(roundID int64) {
	l := &s.live
	l.mu.Lock()
	var done chan struct{}
	if e := l.m[roundID]; e != nil {
		e.closed = true
		done = e.stop()
		delete(l.m, roundID)
	}
	l.mu.Unlock()
	if done != nil {
		<-done
	}
}

// stopLive cancels every live edit, for Close.
func (s *Service) stopLive() {
	s.live.mu.Lock()
	defer s.live.mu.Unlock()
	for _, e := range s.live.m {
		e.closed = true
		e.stop()
	}
}

// classCount renders the "answered: n/m" form of a class question.
func (s *Service) classCount(chat *quiz.Chat, r quiz.Round) liveRender {
	return func(ctx context.Context) (Chat, string, Reply, bool, error) {
		if r.MessageID == "" || !s.caps(chat.Platform).Edits {
			return Chat{}, "", Reply{}, false, nil
		}
		n, m, err := s.answeredCount(ctx, &r)
		if err != nil {
			return Chat{}, "", Reply{}, false, err
		}
		q, err := s.roundQuestion(ctx, &r)
		if err != nil {
			return Chat{}, "", Reply{}, false, err
		}
		rep := questionReply(&r, q, false, questionLimit(&r, q), nil, s.footing(chat))
		rep.Text += fmt.Sprintf("\n👥 Answered: %d/%d", n, m)
		return chatOf(chat), r.MessageID, rep, true, nil
	}
}

// lobbyList renders the lobby with the students who joined so far.
func (s *Service) lobbyList(chat *quiz.Chat, r quiz.Round) liveRender {
	return func(ctx context.Context) (Chat, string, Reply, bool, error) {
		if r.MessageID == "" || !s.caps(chat.Platform).Edits {
			return Chat{}, "", Reply{}, false, nil
		}
		// Joins are handled outside the chat's lock, so one may mark the
		// lobby after the teacher's Start or the lobby's close made it
		// final: edit only a lobby that is still open.
		open, err := s.store.OpenRound(ctx, r.ChatID)
		if err != nil || open == nil || open.ID != r.ID || open.State != quiz.Lobby {
			return Chat{}, "", Reply{}, false, err
		}
		members, err := s.store.ClassMembers(ctx, r.ClassID)
		if err != nil {
			return Chat{}, "", Reply{}, false, err
		}
		return chatOf(chat), r.MessageID, lobbyReply(&r, members, s.invite(ctx, chat, &r)), true, nil
	}
}
