package bot

import (
	"context"
	"crypto/rand"
	"strconv"

	"quizbot/quiz"
)

// Guests: a class held in one platform's chat (a group, a channel) can take
// students from a platform whose Outbox implements Guests (a browser), so
// that students without the chat's app play the same class, in the same
// count, report and podium. Every class gets a code when such a platform is
// registered; its lobby says how to use it. A guest's button presses and
// answers come in as Incomings of the class's chat with User.Platform set,
// and go the same way as everyone's.

// Guests is a platform whose users can join classes held in other
// platforms' chats (Service.TakeGuests).
type Guests interface {
	// Invite is what a class's lobby adds to say how to join it with code
	// (a link, an address).
	Invite(chat Chat, code string) string
}

// Coded is an Outbox whose chats are classes joined by a code of their own
// (a class opened in a browser: its chat's id is the code).
type Coded interface {
	ClassCode(chat Chat) string
}

// TakeGuests lets g's users join classes held anywhere: from now on every
// class gets a code, and its lobby says how to use it.
func (s *Service) TakeGuests(g Guests) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.guestDoor = g
}

// guests returns the platform that takes guests, if any.
func (s *Service) guests() Guests {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.guestDoor
}

// CodeAlphabet is what class codes are made of: capitals and digits,
// leaving out those that read alike (0/O, 1/I/L).
const CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// CodeLen is the length of a class code.
const CodeLen = 6

// NewClassCode draws a class code: 31⁶ (about 887 million) of them, so that
// guessing one is hopeless at the pace a server lets anyone guess.
func NewClassCode() string {
	b := make([]byte, CodeLen)
	rand.Read(b)
	for i := range b {
		b[i] = CodeAlphabet[int(b[i])%len(CodeAlphabet)]
	}
	return string(b)
}

// classCode is the code of a class opened in chat, and the lobby's line
// about it; both empty when the class takes nobody from elsewhere.
func (s *Service) classCode(chat Chat) (code, invite string) {
	if c, ok := s.outbox(chat.Platform).(Coded); ok {
		return c.ClassCode(chat), ""
	}
	g := s.guests()
	if g == nil {
		return "", ""
	}
	code = NewClassCode()
	return code, g.Invite(chat, code)
}

// GuestJoin adds a guest to the class: the lobby's Join, pressed from the
// guest's platform. ECONFLICT when the class is not running.
func (s *Service) GuestJoin(ctx context.Context, classID int64, guest User, eventID string) error {
	chat, r, err := s.guestRound(ctx, classID)
	if err != nil {
		return err
	}
	return s.Handle(ctx, Incoming{ID: eventID, Chat: chatOf(chat), User: guest, Data: "j:" + strconv.FormatInt(r.ID, 10)})
}

// GuestAnswer answers question seq (0-based) of the class for a guest: the
// option at index option of the order shown, or, with option < 0, the text
// typed. The verdict is a Reply to the guest's platform, as for anyone.
func (s *Service) GuestAnswer(ctx context.Context, classID int64, guest User, seq, option int, text, eventID string) error {
	chat, r, err := s.guestRound(ctx, classID)
	if err != nil {
		return err
	}
	in := Incoming{ID: eventID, Chat: chatOf(chat), User: guest}
	if option >= 0 {
		in.Data = answerData(r.ID, seq, option)
	} else {
		// A typed answer is an answer to the open question only.
		if seq != r.Seq {
			return quiz.Errorf(quiz.ECONFLICT, "That question is closed already.")
		}
		in.Text = "/answer " + text
	}
	return s.Handle(ctx, in)
}

// guestRound returns the chat and the open round of a class.
func (s *Service) guestRound(ctx context.Context, classID int64) (*quiz.Chat, *quiz.Round, error) {
	chat, err := s.classChat(ctx, classID)
	if err != nil {
		return nil, nil, err
	}
	r, err := s.store.OpenRound(ctx, chat.ID)
	if err != nil {
		return nil, nil, err
	}
	if r == nil || r.ClassID != classID || r.Mode != quiz.ModeClass {
		return nil, nil, quiz.Errorf(quiz.ECONFLICT, "That class has ended.")
	}
	return chat, r, nil
}

// invite is the lobby's line for guests of the class of r, "" when it has
// no code or no platform takes guests.
func (s *Service) invite(ctx context.Context, chat *quiz.Chat, r *quiz.Round) string {
	g := s.guests()
	if _, coded := s.outbox(chat.Platform).(Coded); g == nil || coded || r.ClassID == 0 {
		return ""
	}
	cl, err := s.store.Class(ctx, r.ClassID)
	if err != nil {
		s.log.Warn("read class for its code", "class", r.ClassID, "err", err)
		return ""
	}
	if cl.Code == "" {
		return ""
	}
	return g.Invite(chatOf(chat), cl.Code)
}

// classChat returns the chat a class is held in. A class never moves, so
// the answer is kept: a thousand guests answering within a second read it
// once. The memory is dropped whole when it grows past maxClassChats.
func (s *Service) classChat(ctx context.Context, classID int64) (*quiz.Chat, error) {
	s.mu.Lock()
	chat := s.classChats[classID]
	s.mu.Unlock()
	if chat != nil {
		c := *chat
		return &c, nil
	}
	cl, err := s.store.Class(ctx, classID)
	if err != nil {
		return nil, err
	}
	chat, err = s.store.ChatByID(ctx, cl.ChatID)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.classChats == nil || len(s.classChats) >= maxClassChats {
		s.classChats = map[int64]*quiz.Chat{}
	}
	s.classChats[classID] = chat
	s.mu.Unlock()
	c := *chat
	return &c, nil
}

// maxClassChats bounds the classes whose chat is remembered.
const maxClassChats = 1024
