package bot

import (
	"context"
	"fmt"

	"quizbot/quiz"
)

// A class driven from outside its chat: the teacher's web page opens a
// class, starts it, moves it on and ends it through these methods, with the
// same rules and timers as the chat commands. The teacher is a stored user
// who signed in; errors are application errors whose messages suit people.

// OpenClass opens a live class with its lobby in chat, for teacher:
// count questions (0: the round size) on the topic ("" for all), seconds
// per question (0: the chat's time).
func (s *Service) OpenClass(ctx context.Context, chat Chat, teacher *quiz.User, topic string, count, seconds int) (*quiz.Class, error) {
	if count == 0 {
		count = s.cfg.RoundSize
	}
	if count < 1 || count > MaxClassSize {
		return nil, quiz.Errorf(quiz.EINVALID, "A class quiz has 1 to %d questions.", MaxClassSize)
	}
	if seconds != 0 && (seconds < 5 || seconds > 600) {
		return nil, quiz.Errorf(quiz.EINVALID, "Give 5 to 600 seconds per question.")
	}
	if !s.begin() {
		return nil, errClosed
	}
	defer s.work.Done()
	in := &Incoming{Chat: chat, User: User{ID: teacher.PlatformID, Name: teacher.Name, Admin: true}, At: s.now()}
	c := &conv{s: s, in: in, user: teacher,
		chat: &quiz.Chat{Platform: chat.Platform, PlatformID: chat.ID, Private: chat.Private, Title: chat.Title}}
	if err := s.known.chat(ctx, s.store, c.chat, s.now()); err != nil {
		return nil, fmt.Errorf("ensure chat: %w", err)
	}
	ctx, unlock, err := s.lock(ctx, c.chat.ID)
	if err != nil {
		return nil, err
	}
	defer unlock()
	return c.openClass(ctx, topic, count, seconds)
}

// BeginClass asks the first question of a class waiting in its lobby.
func (s *Service) BeginClass(ctx context.Context, classID int64, teacher *quiz.User) error {
	return s.driveClass(ctx, classID, teacher, func(ctx context.Context, c *conv, r *quiz.Round) error {
		if r.State != quiz.Lobby {
			return quiz.Errorf(quiz.ECONFLICT, "The class has started already.")
		}
		members, err := s.store.ClassMembers(ctx, r.ClassID)
		if err != nil {
			return err
		}
		if len(members) == 0 {
			return quiz.Errorf(quiz.ECONFLICT, "Nobody has joined yet: wait for the students to join.")
		}
		// As the Start button does, but said to the whole chat: there is no
		// button press here to answer privately.
		s.lobbyStarted(ctx, c.chat, r, members)
		if _, err := s.send(ctx, chatOf(c.chat), Reply{Text: "▶️ The teacher started the class with " + plural(len(members), "student") + "."}); err != nil {
			return fmt.Errorf("send start: %w", err)
		}
		return s.ask(ctx, c.chat, r)
	})
}

// NextQuestion moves a class on: the lobby starts, an open question is
// revealed now, and after a reveal the next question is asked at once.
func (s *Service) NextQuestion(ctx context.Context, classID int64, teacher *quiz.User) error {
	if err := s.BeginClass(ctx, classID, teacher); quiz.ErrorCode(err) != quiz.ECONFLICT {
		return err
	}
	return s.driveClass(ctx, classID, teacher, func(ctx context.Context, c *conv, r *quiz.Round) error {
		switch r.State {
		case quiz.Lobby:
			return quiz.Errorf(quiz.ECONFLICT, "Nobody has joined yet: wait for the students to join.")
		case quiz.Asking:
			return s.reveal(ctx, c.chat, r, "⏭ The teacher closed the question.")
		}
		r.Seq++
		return s.ask(ctx, c.chat, r)
	})
}

// EndClass ends a class now; its results are kept.
func (s *Service) EndClass(ctx context.Context, classID int64, teacher *quiz.User) error {
	return s.driveClass(ctx, classID, teacher, func(ctx context.Context, c *conv, r *quiz.Round) error {
		if r.State == quiz.Lobby {
			return s.closeLobby(ctx, c.chat, r, "⏹ The teacher closed the class lobby.")
		}
		return s.finish(ctx, c.chat, r, "⏹ The teacher ended the class early.")
	})
}

// driveClass runs f on the class's open round under its chat's lock.
func (s *Service) driveClass(ctx context.Context, classID int64, teacher *quiz.User, f func(ctx context.Context, c *conv, r *quiz.Round) error) error {
	if !s.begin() {
		return errClosed
	}
	defer s.work.Done()
	cl, err := s.store.Class(ctx, classID)
	if err != nil {
		return err
	}
	chat, err := s.store.ChatByID(ctx, cl.ChatID)
	if err != nil {
		return err
	}
	out := s.outbox(chat.Platform)
	if p, ok := out.(Partitioned); out == nil || ok && !p.Serves(chatOf(chat)) {
		return quiz.Errorf(quiz.ECONFLICT, "This class runs in a chat that this server does not serve: drive it from its chat.")
	}
	ctx, unlock, err := s.lock(ctx, chat.ID)
	if err != nil {
		return err
	}
	defer unlock()
	r, err := s.store.OpenRound(ctx, chat.ID)
	if err != nil {
		return err
	}
	if r == nil || r.ClassID != classID || r.Mode != quiz.ModeClass {
		return quiz.Errorf(quiz.ECONFLICT, "This class is over.")
	}
	in := &Incoming{Chat: chatOf(chat), User: User{ID: teacher.PlatformID, Name: teacher.Name, Admin: true}, At: s.now()}
	return f(ctx, &conv{s: s, in: in, chat: chat, user: teacher}, r)
}
