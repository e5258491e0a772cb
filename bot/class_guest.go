package bot

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"quizbot/quiz"
)

// A class across platforms: a student of another platform than the class's
// chat joins it with its code (/class join CODE, in a private chat with the
// bot or anywhere else) and plays from their private chat: each question
// comes to them there, with buttons that answer in the class's chat (data
// g:...), and so does each reveal and their result at the end. Platforms
// that show a class themselves (Guests: a browser's page) get none of these
// messages.

// normCode reads a class code as people type it: any case, with spaces or
// dashes.
func normCode(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return unicode.ToUpper(r)
	}, strings.TrimSpace(s))
}

// joinByCode is /class join CODE.
func (c *conv) joinByCode(ctx context.Context, typed string) error {
	code := normCode(typed)
	if len(code) != CodeLen || strings.Trim(code, CodeAlphabet) != "" {
		return quiz.Errorf(quiz.EINVALID, "A class code is %d letters and digits, like K7QM2X: /class join K7QM2X", CodeLen)
	}
	cl, err := c.s.store.ClassByCode(ctx, code)
	if err != nil {
		return err
	}
	if cl == nil {
		return quiz.Errorf(quiz.ENOTFOUND, "There is no class with the code %s. Check the code on the teacher's screen.", code)
	}
	if cl.ChatID == c.chat.ID {
		return c.joinCommand(ctx)
	}
	chat, err := c.s.store.ChatByID(ctx, cl.ChatID)
	if err != nil {
		return err
	}
	if chat.Platform == c.in.from() {
		// Questions would have to come privately to someone who can join
		// the class's own chat: there they see it as it happens.
		return quiz.Errorf(quiz.ECONFLICT, "That class runs in %s: join it there.", placeName(chat))
	}
	r, err := c.s.store.OpenRound(ctx, chat.ID)
	if err != nil {
		return err
	}
	if r == nil || r.ClassID != cl.ID || r.Mode != quiz.ModeClass {
		return quiz.Errorf(quiz.ECONFLICT, "That class has ended.")
	}
	fresh, err := c.s.store.JoinClass(ctx, cl.ID, c.user.ID)
	if err != nil {
		return err
	}
	if !fresh {
		return c.notice(ctx, fmt.Sprintf("You are in this class already, %s.", c.user.Name))
	}
	if r.State == quiz.Lobby {
		c.s.markLive(r.ID, lobbyStage, c.s.lobbyList(chat, *r))
	}
	text := fmt.Sprintf("✅ You're in the class of %s! Its questions will come to you here, privately.", placeName(chat))
	if err := c.reply(ctx, Reply{Text: text, Notice: "✅ You're in!", Ephemeral: true}); err != nil {
		return err
	}
	if r.State == quiz.Asking {
		// A latecomer gets the open question at once.
		q, err := c.s.roundQuestion(ctx, r)
		if err != nil {
			return err
		}
		c.s.askGuest(ctx, chat, r, q, *c.user)
	}
	return nil
}

// guestPress is a press of a question's button in a guest's private chat:
// the answer counts in the class's chat, as a press there does (outside
// the chat's lock, see Handle).
func (c *conv) guestPress(ctx context.Context, d buttonData) error {
	r, err := c.s.store.OpenRound(ctx, d.Chat)
	if err != nil {
		return err
	}
	if r == nil || r.ID != d.Round || r.Seq != d.Seq || r.Mode != quiz.ModeClass || (r.State != quiz.Asking && r.State != quiz.Paused) {
		return c.notice(ctx, "That question is closed already.")
	}
	if r.State == quiz.Paused && !c.in.At.Before(c.s.revealedAt(r)) {
		return c.notice(ctx, "That question is closed already.")
	}
	q, err := c.s.roundQuestion(ctx, r)
	if err != nil {
		return err
	}
	if d.Option >= len(q.Options) {
		return c.notice(ctx, "That button is not one of mine.")
	}
	chat, err := c.s.store.ChatByID(ctx, d.Chat)
	if err != nil {
		return err
	}
	// From here on the answer is the class chat's; replies still go to
	// the guest's own chat (c.in).
	c.chat = chat
	return c.choose(ctx, r, q, d.Option)
}

// remoteMembers returns the class's students who play it from their private
// chats: those of another platform than its chat's, other than platforms
// that show the class themselves.
func (s *Service) remoteMembers(ctx context.Context, chat *quiz.Chat, r *quiz.Round) []quiz.User {
	if r.Mode != quiz.ModeClass || r.ClassID == 0 {
		return nil
	}
	members, err := s.store.ClassMembers(ctx, r.ClassID)
	if err != nil {
		s.log.Warn("read class members for guests", "round", r.ID, "err", err)
		return nil
	}
	var out []quiz.User
	for _, m := range members {
		if m.Platform == chat.Platform {
			continue
		}
		if _, shows := s.outbox(m.Platform).(Guests); shows || s.outbox(m.Platform) == nil {
			continue
		}
		out = append(out, m)
	}
	return out
}

// askGuests sends the question just asked in chat to the class's students
// of other platforms; a message that does not get through is logged.
func (s *Service) askGuests(ctx context.Context, chat *quiz.Chat, r *quiz.Round, q *quiz.Question) {
	for _, m := range s.remoteMembers(ctx, chat, r) {
		s.askGuest(ctx, chat, r, q, m)
	}
}

// askGuest sends the open question to one student privately, with buttons
// that answer it in the class's chat.
func (s *Service) askGuest(ctx context.Context, chat *quiz.Chat, r *quiz.Round, q *quiz.Question, m quiz.User) {
	limit := questionLimit(r, q)
	rep := questionReply(r, q, false, limit, nil, footing{private: true, buttons: s.caps(m.Platform).Buttons})
	rep.Text = fmt.Sprintf("🎓 %s\n%s", placeName(chat), rep.Text)
	for i := range rep.Buttons {
		rep.Buttons[i].Data = guestData(r.ID, r.Seq, i, chat.ID)
	}
	rep.UserID = m.PlatformID
	out := s.outbox(m.Platform)
	if out == nil {
		return
	}
	if _, err := out.Send(ctx, Chat{Platform: m.Platform, ID: m.PlatformID, Private: true}, rep); err != nil {
		s.log.Warn("send a class question privately", "round", r.ID, "user", m.ID, "err", err)
	}
}

// tellGuests sends what the class's chat was told (a reveal) to its
// students of other platforms.
func (s *Service) tellGuests(ctx context.Context, chat *quiz.Chat, r *quiz.Round, text string) {
	for _, m := range s.remoteMembers(ctx, chat, r) {
		out := s.outbox(m.Platform)
		rep := Reply{Text: fmt.Sprintf("🎓 %s\n%s", placeName(chat), text), UserID: m.PlatformID}
		if _, err := out.Send(ctx, Chat{Platform: m.Platform, ID: m.PlatformID, Private: true}, rep); err != nil {
			s.log.Warn("send a class reveal privately", "round", r.ID, "user", m.ID, "err", err)
		}
	}
}
