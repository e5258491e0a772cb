package bot

import (
	"time"

	"quizbot/quiz"
)

// Several processes may share one store (quiz.Shared): HTTP replicas behind
// a load balancer, any of which receives any chat's updates. Each process
// arms timers for the rounds it starts or resumes; if it dies, its timers
// die with it. So every process also looks, every takeoverEvery, for open
// rounds whose deadline passed more than takeoverGrace ago, and expires
// them itself. expire runs under the chat's lock, which the store holds
// across processes, and does nothing to a round that moved on meanwhile:
// whichever process comes first reveals the question, and the others find
// it revealed.
const (
	takeoverEvery = time.Second
	// takeoverGrace is how late a round's own timer may be before other
	// processes step in; a round's own process usually fires on time.
	takeoverGrace = 2 * time.Second
	// takeoverBatch bounds the rounds taken over in one look.
	takeoverBatch = 100
)

// startTakeover begins the periodic look, when the store is shared.
func (s *Service) startTakeover() {
	if _, ok := s.store.(quiz.Shared); !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.takeover = s.cfg.Clock.AfterFunc(takeoverEvery, s.takeOver)
	}
}

// takeOver expires the overdue rounds of the platforms and chats this
// process serves, then arms the next look.
func (s *Service) takeOver() {
	if !s.begin() {
		return
	}
	defer s.work.Done()
	defer s.startTakeover()
	ctx := s.bg
	rounds, err := s.store.(quiz.Shared).DueRounds(ctx, s.now().Add(-takeoverGrace), takeoverBatch)
	if err != nil {
		s.log.Error("take over overdue rounds", "err", err)
		return
	}
	for _, r := range rounds {
		ok, err := s.serves(ctx, r)
		if err != nil {
			s.log.Error("take over round", "round", r.ID, "err", err)
			continue
		}
		if ok {
			s.log.Info("taking over an overdue round", "round", r.ID, "chat", r.ChatID, "late", s.now().Sub(r.Deadline).Round(time.Millisecond))
			s.expire(r.ID, r.ChatID, r.Seq, r.State)
		}
	}
}
