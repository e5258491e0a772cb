package bot

import (
	"context"
	"time"

	"quizbot/quiz"
)

// ReviewSize is the most cards one /review serves.
const ReviewSize = 10

// reviewTime is the time per review card: generous, since review is for
// thinking, not racing.
const reviewTime = 300

// learnAhead is how far ahead /review looks: a question missed (or skipped)
// a moment ago is due a minute later, and a player told to review at the end
// of a round expects it there now (Anki's "learn ahead limit"). It stays
// short of the 10-minute second look a new question answered right gets, so
// those do not crowd out the misses.
const learnAhead = 2 * time.Minute

// review is /review: the caller's due cards, one by one, in a private chat,
// with the explanation after each. Review answers move the cards, not the
// leaderboard.
func (c *conv) review(ctx context.Context) error {
	if !c.chat.Private {
		return c.say(ctx, "Reviews are personal: send me /review in a private chat.")
	}
	if r, err := c.s.store.OpenRound(ctx, c.chat.ID); err != nil {
		return err
	} else if r != nil {
		return quiz.Errorf(quiz.ECONFLICT, "Finish or /stop the current round first.")
	}
	due, err := c.s.store.DueCards(ctx, c.user.ID, c.s.now().Add(learnAhead), ReviewSize)
	if err != nil {
		return err
	}
	if len(due) == 0 {
		return c.say(ctx, "🎉 Nothing to review right now. Questions you miss come back here when they are due.")
	}
	ids := make([]string, len(due))
	for i, q := range due {
		ids[i] = q.ID
	}
	r := &quiz.Round{ChatID: c.chat.ID, StarterID: c.user.ID, Mode: quiz.ModeReview, QuestionIDs: ids,
		TimeLimit: reviewTime, State: quiz.Asking}
	if err := c.s.store.CreateRound(ctx, r); err != nil {
		return err
	}
	if err := c.say(ctx, "🔁 Review: %s due. No points here; each answer schedules the next review.", plural(len(ids), "question")); err != nil {
		return err
	}
	return c.s.ask(ctx, c.chat, r)
}
