package bot

import (
	"context"
	"errors"
	"fmt"
	"time"

	"quizbot/quiz"
)

// button is a pressed button or a chosen poll option.
func (c *conv) button(ctx context.Context) error {
	d, ok := parseData(c.in.Data)
	if !ok {
		return c.notice(ctx, "That button is not one of mine.")
	}
	switch d.Op {
	case 'j':
		return c.joinClass(ctx, d.Round)
	case 'b':
		return c.beginClass(ctx, d.Round)
	case 'g':
		return c.guestPress(ctx, d)
	}
	r, err := c.s.store.OpenRound(ctx, c.chat.ID)
	if err != nil {
		return err
	}
	if r == nil || r.ID != d.Round || r.Seq != d.Seq || (r.State != quiz.Asking && r.State != quiz.Paused) {
		return c.notice(ctx, "That question is closed already.")
	}
	q, err := c.s.roundQuestion(ctx, r)
	if err != nil {
		return err
	}
	if r.State == quiz.Paused && !c.in.At.Before(c.s.revealedAt(r)) {
		// Revealed before the press came. One that came before the
		// reveal still counts, though its turn came after it.
		return c.notice(ctx, "That question is closed already.")
	}
	if d.Option >= len(q.Options) {
		return c.notice(ctx, "That button is not one of mine.")
	}
	return c.choose(ctx, r, q, d.Option)
}

// notice answers a button press briefly, for the presser only.
func (c *conv) notice(ctx context.Context, text string) error {
	return c.reply(ctx, Reply{Text: text, Notice: text, Ephemeral: true})
}

// choose records the choice of an option.
func (c *conv) choose(ctx context.Context, r *quiz.Round, q *quiz.Question, option int) error {
	if r.Mode == quiz.ModeClass && !c.s.joined(ctx, r, c.user.ID) {
		return c.notice(ctx, "Join the class first with the Join button.")
	}
	stored, err := c.s.store.Question(ctx, q.ID)
	if err != nil {
		return err
	}
	a := c.attempt(r, q, q.Options[option], q.RightOption(option))
	a.Option = storedOption(stored, q.Options, option)
	recorded, err := c.s.store.RecordAttempt(ctx, a, c.chat.Scope, r.Mode != quiz.ModeReview)
	if err != nil {
		return notSaved(err)
	}
	if !recorded {
		return c.notice(ctx, "You have answered this one already.")
	}
	if !c.chat.Private && c.in.Data != "" {
		// A button press in a group: the verdict is the presser's toast,
		// answered after the chat's lock is released.
		c.held = append(c.held, c.verdictReply(q, a))
	} else if err := c.reply(ctx, c.verdictReply(q, a)); err != nil {
		return err
	}
	if r.Mode == quiz.ModeClass && !c.chat.Private && r.State == quiz.Asking {
		// Counting the class's answers reads the store: done after the
		// chat's lock is released, so thirty answers queue for less.
		chat, round := c.chat, *r
		c.later = append(c.later, func(ctx context.Context) { c.s.classAnswered(ctx, chat, &round) })
		return nil
	}
	return c.s.afterAnswer(ctx, c.chat, r, a)
}

// attempt builds the attempt of the user for the open question.
func (c *conv) attempt(r *quiz.Round, q *quiz.Question, answer string, correct bool) *quiz.Attempt {
	elapsed := c.in.At.Sub(r.AskedAt)
	if elapsed < 0 {
		elapsed = 0
	}
	a := &quiz.Attempt{RoundID: r.ID, Seq: r.Seq, QuestionID: q.ID, UserID: c.user.ID, UserName: c.user.Name,
		ChatID: c.chat.ID, Answer: answer, Option: -1, Correct: correct, Elapsed: elapsed, Hinted: r.Hinted,
		EventID: c.eventID(), At: c.in.At}
	if correct {
		a.Points = quiz.Points(elapsed, closesAt(r, q).Sub(r.AskedAt), r.Hinted)
	}
	return a
}

func (c *conv) eventID() string {
	if c.in.ID == "" {
		return ""
	}
	return c.in.from() + ":" + c.in.ID
}

// verdictReply tells the player how the answer went; in groups only the
// player sees it where the platform allows.
func (c *conv) verdictReply(q *quiz.Question, a *quiz.Attempt) Reply {
	var notice, text string
	switch {
	case a.Correct && a.Points > 0:
		notice = fmt.Sprintf("✅ +%s", thousands(a.Points))
		text = fmt.Sprintf("✅ Right! +%s points.", thousands(a.Points))
	case a.Correct:
		notice, text = "✅ Right!", "✅ Right!"
	default:
		notice = "❌ it was " + shorten(q.Answer, 80)
		// The reveal that follows gives the answer; saying it here too
		// would tell it twice.
		text = "❌ Not quite."
	}
	return Reply{Text: text, Notice: notice, Ephemeral: true, Verdict: a}
}

// answerText is a typed answer: "/answer X", a reply to the question, or
// plain text in a private chat. For choice questions it may name an option.
func (c *conv) answerText(ctx context.Context, text string, explicit bool) error {
	r, err := c.s.store.OpenRound(ctx, c.chat.ID)
	if err != nil {
		return err
	}
	if r == nil || r.State != quiz.Asking {
		return c.say(ctx, "No question is open right now. Type /quiz to start a round.")
	}
	q, err := c.s.roundQuestion(ctx, r)
	if err != nil {
		return err
	}
	if q.Kind.Choice() {
		i, ok := quiz.CheckChoice(q, text)
		if !ok {
			if c.s.caps(c.in.Chat.Platform).Buttons {
				return c.say(ctx, "Pick one of the options: type its number (1–%d) or its text, or press a button.", len(q.Options))
			}
			return c.say(ctx, "Pick one of the options: type its number (1–%d) or its text.", len(q.Options))
		}
		return c.choose(ctx, r, q, i)
	}
	if r.Mode == quiz.ModeClass && !c.s.joined(ctx, r, c.user.ID) {
		return c.say(ctx, "Join the class first with the Join button.")
	}
	a := c.attempt(r, q, text, rightTyped(q, text))
	recorded, err := c.s.store.RecordAttempt(ctx, a, c.chat.Scope, r.Mode != quiz.ModeReview)
	if err != nil {
		return notSaved(err)
	}
	if !recorded {
		return c.say(ctx, "You have answered this one already.")
	}
	if !c.chat.Private && !a.Correct {
		// In groups a wrong guess is not the end: others, and the same
		// player, may still find it.
		return c.reply(ctx, Reply{Text: "❌ Not it — keep trying.", Ephemeral: true})
	}
	if !c.chat.Private {
		if err := c.say(ctx, "🎉 %s got it: %s (+%s)", c.user.Name, q.Answer, thousands(a.Points)); err != nil {
			return err
		}
		return c.s.reveal(ctx, c.chat, r, "")
	}
	if err := c.reply(ctx, c.verdictReply(q, a)); err != nil {
		return err
	}
	return c.s.afterAnswer(ctx, c.chat, r, a)
}

// closesAt is when the open question of r closes: the deadline while it is
// asked, and still the same instant after the reveal (the round's deadline
// is then the end of the pause).
func closesAt(r *quiz.Round, q *quiz.Question) time.Time {
	return r.AskedAt.Add(time.Duration(questionLimit(r, q)) * time.Second)
}

// revealedAt is when the question of a paused round was revealed: the
// pause that followed it ends at the round's deadline.
func (s *Service) revealedAt(r *quiz.Round) time.Time {
	return r.Deadline.Add(-s.cfg.Pause)
}

// afterAnswer closes the question once everyone who can answer has: the one
// player of a private chat, or every student who joined a class. An answer
// that arrived in time but was handled after the reveal closes nothing.
func (s *Service) afterAnswer(ctx context.Context, chat *quiz.Chat, r *quiz.Round, a *quiz.Attempt) error {
	if r.State != quiz.Asking {
		return nil
	}
	if chat.Private {
		return s.reveal(ctx, chat, r, "")
	}
	return nil
}

// rightTyped checks a typed answer: a numerical question takes any number
// within its tolerance; other answers are compared as text.
func rightTyped(q *quiz.Question, text string) bool {
	if right, ok := quiz.CheckNumber(q, text); ok {
		return right
	}
	return quiz.CheckTyped(q, text)
}

// notSaved is the error of an answer the store refused (a full disk, a
// database that cannot be written for a moment): logged with its cause for
// the operator, and said plainly to the player, who may send it again.
// Nothing of it was kept: the answer is stored in one transaction.
func notSaved(err error) error {
	return errors.Join(fmt.Errorf("record answer: %w", err),
		quiz.Errorf(quiz.EINTERNAL, "⚠️ I could not save your answer just now. Please send it again in a moment."))
}
