package bot

import (
	"context"

	"quizbot/quiz"
)

// Classroom tools (live class, homework, reports, uploads): to be built.
// The engine calls these hooks; until they are built teachers get a clear
// answer instead of silence.

// class is /class start|join|end|report|assign|retire|upload|teacher-role.
func (c *conv) class(ctx context.Context, args string) error {
	return c.say(ctx, "Class tools are not available yet.")
}

// joinClass is the lobby's Join button (data j:ROUND).
func (c *conv) joinClass(ctx context.Context, round int64) error {
	return c.notice(ctx, "That class is over.")
}

// beginClass is the teacher's Start button (data b:ROUND).
func (c *conv) beginClass(ctx context.Context, round int64) error {
	return c.notice(ctx, "That class is over.")
}

// joined reports whether the user joined the class round r.
func (s *Service) joined(ctx context.Context, r *quiz.Round, userID int64) bool { return true }

// classAnswered runs after each recorded answer in a class round: the live
// "answered: n/m" count, and the reveal once every joined student answered.
func (s *Service) classAnswered(ctx context.Context, chat *quiz.Chat, r *quiz.Round) error {
	return nil
}

// classReveal runs after the reveal message of a class question: the
// distribution of answers and the top 5.
func (s *Service) classReveal(ctx context.Context, chat *quiz.Chat, r *quiz.Round, q *quiz.Question, atts []quiz.Attempt) error {
	return nil
}

// classFinished replaces the results table at the end of a class round: the
// podium, and each student's own result privately.
func (s *Service) classFinished(ctx context.Context, chat *quiz.Chat, r *quiz.Round, why string, atts []quiz.Attempt) error {
	_, err := s.send(ctx, chatOf(chat), Reply{Text: resultsText(why, r, atts)})
	return err
}

// lobbyExpired runs when a lobby waited too long for its teacher's Start.
func (s *Service) lobbyExpired(ctx context.Context, chat *quiz.Chat, r *quiz.Round) error { return nil }

// upload is a document sent to the bot: a teacher's new topic.
func (c *conv) upload(ctx context.Context) error {
	return c.say(ctx, "I can only read text messages here.")
}

// progressChart is the /score chart of the player's accuracy over time.
func (s *Service) progressChart(ctx context.Context, userID int64) (*Attachment, error) {
	return nil, nil
}
