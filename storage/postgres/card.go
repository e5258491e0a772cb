package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"quizbot/quiz"
)

// reviewCard reschedules the player's card for the question with FSRS.
func reviewCard(ctx context.Context, tx pgx.Tx, userID int64, questionID string, rating quiz.Rating, now time.Time) error {
	var c quiz.Card
	var state int
	var last *time.Time
	err := tx.QueryRow(ctx, `SELECT stability, difficulty, state, reps, lapses, last_review, due FROM cards
		WHERE user_id = $1 AND question_id = $2 FOR UPDATE`, userID, questionID).
		Scan(&c.Stability, &c.Difficulty, &state, &c.Reps, &c.Lapses, &last, &c.Due)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return err
	}
	c.State, c.LastReview, c.Due = quiz.CardState(state), utc(last), c.Due.UTC()
	c = c.Review(rating, now)
	_, err = tx.Exec(ctx, `INSERT INTO cards (user_id, question_id, stability, difficulty, state, reps, lapses, last_review, due)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (user_id, question_id) DO UPDATE SET stability = excluded.stability, difficulty = excluded.difficulty,
		state = excluded.state, reps = excluded.reps, lapses = excluded.lapses, last_review = excluded.last_review, due = excluded.due`,
		userID, questionID, c.Stability, c.Difficulty, int(c.State), c.Reps, c.Lapses, nullTime(c.LastReview), c.Due)
	return err
}

// SkipCard schedules a skipped question for the player's review, as a
// question the player did not know.
func (db *DB) SkipCard(ctx context.Context, userID int64, questionID string, at time.Time) error {
	return db.update(ctx, func(tx pgx.Tx) error {
		return reviewCard(ctx, tx, userID, questionID, quiz.Again, at)
	})
}

// DueCards returns up to n of the player's questions due for review by now,
// the most overdue first.
func (db *DB) DueCards(ctx context.Context, userID int64, now time.Time, n int) ([]quiz.Question, error) {
	return collect(ctx, db.pool, scanQuestion, `SELECT `+questionColumns+` FROM cards c
		JOIN questions q ON q.id = c.question_id JOIN topics t ON t.id = q.topic_id
		WHERE c.user_id = $1 AND c.due <= $2 AND NOT q.retired ORDER BY c.due LIMIT $3`, userID, now, n)
}
