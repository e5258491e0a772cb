package storage

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"quizbot/quiz"
)

// errDuplicate rolls back an attempt the unique indexes refused.
var errDuplicate = errors.New("duplicate attempt")

// RecordAttempt stores one answer, adds its points to the scope's board and
// the global one, and reschedules the player's review card, all or nothing.
// It is not recorded (recorded=false) when its event id (the platform's
// delivery id) is known from any earlier update, when the
// player already answered this question of the round by choice, or already
// got it right: the unique indexes on attempts refuse those, so the check
// costs no query of its own. On a correct scored answer a.Points gains the
// streak bonus earned on the scope's board.
//
// Answers arriving together share one transaction (group commit, see
// commit.go); each returns only once its transaction is committed.
func (db *DB) RecordAttempt(ctx context.Context, a *quiz.Attempt, scope string, scored bool) (recorded bool, err error) {
	if a.At.IsZero() {
		a.At = db.Now()
	}
	if !a.Correct || !scored {
		a.Points = 0
	}
	base := a.Points
	err = db.group.do(ctx, func(tx *sql.Tx) error {
		a.Points = base
		return db.recordAttempt(ctx, tx, a, scope, scored)
	}, func() {
		if scored && a.Correct {
			db.ranks.add(scope, a.UserID, a.Points)
			db.ranks.add(quiz.GlobalScope, a.UserID, a.Points)
		}
	})
	if errors.Is(err, errDuplicate) {
		return false, nil
	}
	return err == nil, err
}

func (db *DB) recordAttempt(ctx context.Context, tx *sql.Tx, a *quiz.Attempt, scope string, scored bool) error {
	if a.EventID != "" {
		// The delivery itself, once for good: a redelivered answer is
		// refused even when another question is open by then.
		res, err := db.exec(ctx, tx, insertEvent, a.EventID, formatTime(a.At))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return errDuplicate
		}
	}
	if scored && a.Correct {
		var streak int
		if err := db.queryRow(ctx, tx, selectStreak, scope, a.UserID).Scan(&streak); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		a.Points += quiz.StreakBonus(streak + 1)
	}
	var event, round any
	if a.EventID != "" {
		event = a.EventID
	}
	if a.RoundID != 0 {
		round = a.RoundID
	}
	turn := event // a wrong typed answer: refused only when delivered again
	if a.Option >= 0 || a.Correct {
		turn = "" // one choice, or one right answer, per player and question
	}
	res, err := db.exec(ctx, tx, insertAttempt, round, a.Seq, a.QuestionID, a.UserID, a.ChatID, a.Answer, a.Option,
		boolInt(a.Correct), a.Points, a.Elapsed.Milliseconds(), boolInt(a.Hinted), event, turn, formatTime(a.At))
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errDuplicate
	}
	switch {
	case scored && a.Correct:
		if _, err := db.exec(ctx, tx, upsertScoreRight, scope, quiz.GlobalScope, a.UserID, a.Points); err != nil {
			return err
		}
	case scored:
		if _, err := db.exec(ctx, tx, upsertScoreWrong, scope, quiz.GlobalScope, a.UserID); err != nil {
			return err
		}
	}
	return db.reviewCard(ctx, tx, a.UserID, a.QuestionID, quiz.RatingFor(a.Correct, a.Hinted), a.At)
}

// Attempts returns the answers to one question of a round, in order.
func (db *DB) Attempts(ctx context.Context, roundID int64, seq int) ([]quiz.Attempt, error) {
	return db.queryAttempts(ctx, `WHERE a.round_id = ? AND a.seq = ? ORDER BY a.id`, roundID, seq)
}

// RoundAttempts returns every answer of a round, in order.
func (db *DB) RoundAttempts(ctx context.Context, roundID int64) ([]quiz.Attempt, error) {
	return db.queryAttempts(ctx, `WHERE a.round_id = ? ORDER BY a.id`, roundID)
}

func (db *DB) queryAttempts(ctx context.Context, where string, args ...any) ([]quiz.Attempt, error) {
	return queryAttempts(ctx, db.r, where, args...)
}

// queryAttempts reads attempts, with their player's name, matching where.
func queryAttempts(ctx context.Context, q querier, where string, args ...any) ([]quiz.Attempt, error) {
	return collect(ctx, q, scanAttempt, `SELECT COALESCE(a.round_id, 0), a.seq, a.question_id, COALESCE(a.user_id, 0),
		COALESCE(u.name, ''), a.chat_id, a.answer, a.option, a.correct, a.points, a.response_ms, a.hinted,
		COALESCE(a.event_id, ''), a.created_at FROM attempts a LEFT JOIN users u ON u.id = a.user_id `+where, args...)
}

func scanAttempt(s scanner) (quiz.Attempt, error) {
	var a quiz.Attempt
	var correct, hinted int
	var ms int64
	var at sql.NullString
	err := s.Scan(&a.RoundID, &a.Seq, &a.QuestionID, &a.UserID, &a.UserName, &a.ChatID, &a.Answer, &a.Option,
		&correct, &a.Points, &ms, &hinted, &a.EventID, &at)
	a.Correct, a.Hinted, a.Elapsed, a.At = correct == 1, hinted == 1, time.Duration(ms)*time.Millisecond, parseTime(at)
	return a, err
}

// The statements of the answer path, prepared once at Open. INSERT OR
// IGNORE lets the unique index on (round_id, seq, user_id, turn) refuse a
// repeat (see migration 004).
const (
	insertAttempt = `INSERT OR IGNORE INTO attempts (round_id, seq, question_id, user_id, chat_id, answer, option,
		correct, points, response_ms, hinted, event_id, turn, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	selectStreak = `SELECT streak FROM scores WHERE scope = ? AND user_id = ?`
	// upsertScoreRight adds a right answer to the player's line on two boards
	// (?1 and ?2, the chat's scope and the global one): ?3 = user, ?4 = points.
	upsertScoreRight = `INSERT INTO scores (scope, user_id, points, correct, answered, streak, best_streak)
		VALUES (?1, ?3, ?4, 1, 1, 1, 1), (?2, ?3, ?4, 1, 1, 1, 1)
		ON CONFLICT (scope, user_id) DO UPDATE SET points = points + excluded.points, correct = correct + 1,
		answered = answered + 1, streak = streak + 1, best_streak = MAX(best_streak, streak + 1)`
	// upsertScoreWrong adds a wrong answer. It leaves points and correct
	// alone, so the board's order index (scores_rank) is not rewritten.
	upsertScoreWrong = `INSERT INTO scores (scope, user_id, answered) VALUES (?1, ?3, 1), (?2, ?3, 1)
		ON CONFLICT (scope, user_id) DO UPDATE SET answered = answered + 1, streak = 0`
)
