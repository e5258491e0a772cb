package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"quizbot/quiz"
)

// errDuplicate rolls back an attempt the unique index refused.
var errDuplicate = errors.New("duplicate attempt")

// RecordAttempt stores one answer, adds its points to the scope's board and
// the global one, and reschedules the player's review card, all or nothing.
// It is not recorded (recorded=false) when the player already answered this
// question of the round by choice or already got it right, or when a wrong
// typed answer's event id is known: the unique index attempts_turn refuses
// those, in whichever process they arrive, and a second insert racing the
// first waits for it and then finds the conflict. On a correct scored
// answer a.Points gains the streak bonus earned on the scope's board.
//
// Each answer is its own transaction. The SQLite store groups answers into
// one commit because SQLite has one writer; PostgreSQL runs transactions
// side by side and flushes commits that arrive together in one write of its
// log by itself.
func (db *DB) RecordAttempt(ctx context.Context, a *quiz.Attempt, scope string, scored bool) (recorded bool, err error) {
	if a.At.IsZero() {
		a.At = db.Now()
	}
	if !a.Correct || !scored {
		a.Points = 0
	}
	base := a.Points
	err = db.update(ctx, func(tx pgx.Tx) error {
		a.Points = base
		return recordAttempt(ctx, tx, a, scope, scored)
	})
	if errors.Is(err, errDuplicate) {
		return false, nil
	}
	return err == nil, err
}

func recordAttempt(ctx context.Context, tx pgx.Tx, a *quiz.Attempt, scope string, scored bool) error {
	if scored && a.Correct {
		// FOR UPDATE: a right answer of the same player arriving at
		// another process meanwhile waits, and sees this one's streak.
		var streak int
		err := tx.QueryRow(ctx, `SELECT streak FROM scores WHERE scope = $1 AND user_id = $2 FOR UPDATE`, scope, a.UserID).Scan(&streak)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		a.Points += quiz.StreakBonus(streak + 1)
	}
	var event, turn *string
	if a.EventID != "" {
		event = &a.EventID
	}
	turn = event // a wrong typed answer: refused only when delivered again
	if a.Option >= 0 || a.Correct {
		empty := "" // one choice, or one right answer, per player and question
		turn = &empty
	}
	tag, err := tx.Exec(ctx, `INSERT INTO attempts (round_id, seq, question_id, user_id, chat_id, answer, option,
		correct, points, response_ms, hinted, event_id, turn, created_at)
		VALUES (NULLIF($1, 0), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT DO NOTHING`,
		a.RoundID, a.Seq, a.QuestionID, a.UserID, a.ChatID, a.Answer, a.Option, a.Correct, a.Points,
		a.Elapsed.Milliseconds(), a.Hinted, event, turn, a.At)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return errDuplicate
	}
	switch {
	case scored && a.Correct:
		_, err = tx.Exec(ctx, `INSERT INTO scores (scope, user_id, points, correct, answered, streak, best_streak)
			SELECT s, $2, $3, 1, 1, 1, 1 FROM unnest($1::text[]) AS s
			ON CONFLICT (scope, user_id) DO UPDATE SET points = scores.points + excluded.points, correct = scores.correct + 1,
			answered = scores.answered + 1, streak = scores.streak + 1, best_streak = GREATEST(scores.best_streak, scores.streak + 1)`,
			scopes(scope), a.UserID, a.Points)
	case scored:
		_, err = tx.Exec(ctx, `INSERT INTO scores (scope, user_id, answered) SELECT s, $2, 1 FROM unnest($1::text[]) AS s
			ON CONFLICT (scope, user_id) DO UPDATE SET answered = scores.answered + 1, streak = 0`, scopes(scope), a.UserID)
	}
	if err != nil {
		return err
	}
	return reviewCard(ctx, tx, a.UserID, a.QuestionID, quiz.RatingFor(a.Correct, a.Hinted), a.At)
}

// Attempts returns the answers to one question of a round, in order.
func (db *DB) Attempts(ctx context.Context, roundID int64, seq int) ([]quiz.Attempt, error) {
	return queryAttempts(ctx, db.pool, `WHERE a.round_id = $1 AND a.seq = $2 ORDER BY a.id`, roundID, seq)
}

// RoundAttempts returns every answer of a round, in order.
func (db *DB) RoundAttempts(ctx context.Context, roundID int64) ([]quiz.Attempt, error) {
	return queryAttempts(ctx, db.pool, `WHERE a.round_id = $1 ORDER BY a.id`, roundID)
}

// queryAttempts reads attempts, with their player's name, matching where.
func queryAttempts(ctx context.Context, q querier, where string, args ...any) ([]quiz.Attempt, error) {
	return collect(ctx, q, scanAttempt, `SELECT COALESCE(a.round_id, 0), a.seq, a.question_id, COALESCE(a.user_id, 0),
		COALESCE(u.name, ''), a.chat_id, a.answer, a.option, a.correct, a.points, a.response_ms, a.hinted,
		COALESCE(a.event_id, ''), a.created_at FROM attempts a LEFT JOIN users u ON u.id = a.user_id `+where, args...)
}

func scanAttempt(s scanner) (quiz.Attempt, error) {
	var a quiz.Attempt
	var ms int64
	err := s.Scan(&a.RoundID, &a.Seq, &a.QuestionID, &a.UserID, &a.UserName, &a.ChatID, &a.Answer, &a.Option,
		&a.Correct, &a.Points, &ms, &a.Hinted, &a.EventID, &a.At)
	a.Elapsed, a.At = time.Duration(ms)*time.Millisecond, a.At.UTC()
	return a, err
}
