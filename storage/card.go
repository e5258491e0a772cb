package storage

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"quizbot/quiz"
)

// reviewCard reschedules the player's card for the question with FSRS.
func (db *DB) reviewCard(ctx context.Context, tx *sql.Tx, userID int64, questionID string, rating quiz.Rating, now time.Time) error {
	var c quiz.Card
	var state int
	var last, due sql.NullString
	err := db.queryRow(ctx, tx, selectCard, userID, questionID).
		Scan(&c.Stability, &c.Difficulty, &state, &c.Reps, &c.Lapses, &last, &due)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	c.State, c.LastReview, c.Due = quiz.CardState(state), parseTime(last), parseTime(due)
	c = c.Review(rating, now)
	_, err = db.exec(ctx, tx, upsertCard, userID, questionID, c.Stability, c.Difficulty, int(c.State), c.Reps, c.Lapses, formatNullTime(c.LastReview), formatTime(c.Due))
	return err
}

// SkipCard schedules a skipped question for the player's review, as a
// question the player did not know.
func (db *DB) SkipCard(ctx context.Context, userID int64, questionID string, at time.Time) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		return db.reviewCard(ctx, tx, userID, questionID, quiz.Again, at)
	})
}

// DueCards returns up to n of the player's questions due for review by now,
// the most overdue first.
func (db *DB) DueCards(ctx context.Context, userID int64, now time.Time, n int) ([]quiz.Question, error) {
	return db.queryQuestions(ctx, `SELECT `+questionColumns+` FROM cards c
		JOIN questions q ON q.id = c.question_id JOIN topics t ON t.id = q.topic_id
		WHERE c.user_id = ? AND c.due <= ? AND q.retired = 0 ORDER BY c.due LIMIT ?`, userID, formatTime(now), n)
}

const (
	selectCard = `SELECT stability, difficulty, state, reps, lapses, last_review, due FROM cards
		WHERE user_id = ? AND question_id = ?`
	upsertCard = `INSERT INTO cards (user_id, question_id, stability, difficulty, state, reps, lapses, last_review, due)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (user_id, question_id) DO UPDATE SET stability = excluded.stability, difficulty = excluded.difficulty,
		state = excluded.state, reps = excluded.reps, lapses = excluded.lapses, last_review = excluded.last_review, due = excluded.due`
)
