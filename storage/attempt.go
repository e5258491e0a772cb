package storage

import (
	"context"
	"database/sql"
	"time"

	"quizbot/quiz"
)

// RecordAttempt stores one answer, adds its points to the scope's board and
// the global one, and reschedules the player's review card, in one
// transaction. It is not recorded (recorded=false) when its event id is
// known, when the player already answered this question of the round by
// choice, or already got it right. On a correct scored answer a.Points gains
// the streak bonus earned on the scope's board.
func (db *DB) RecordAttempt(ctx context.Context, a *quiz.Attempt, scope string, scored bool) (recorded bool, err error) {
	if a.At.IsZero() {
		a.At = db.Now()
	}
	err = db.update(ctx, func(tx *sql.Tx) error {
		dup, err := db.duplicateAttempt(ctx, tx, a)
		if err != nil || dup {
			return err
		}
		if scored {
			if err := db.addScore(ctx, tx, a, scope); err != nil {
				return err
			}
		} else {
			a.Points = 0
		}
		var event any
		if a.EventID != "" {
			event = a.EventID
		}
		var round any
		if a.RoundID != 0 {
			round = a.RoundID
		}
		if _, err := db.exec(ctx, tx, insertAttempt,
			round, a.Seq, a.QuestionID, a.UserID, a.ChatID, a.Answer, a.Option, boolInt(a.Correct), a.Points,
			a.Elapsed.Milliseconds(), boolInt(a.Hinted), event, formatTime(a.At)); err != nil {
			return err
		}
		recorded = true
		return db.reviewCard(ctx, tx, a.UserID, a.QuestionID, quiz.RatingFor(a.Correct, a.Hinted), a.At)
	})
	return recorded, err
}

func (db *DB) duplicateAttempt(ctx context.Context, tx *sql.Tx, a *quiz.Attempt) (bool, error) {
	var n int
	if a.EventID != "" {
		if err := db.queryRow(ctx, tx, countEvent, a.EventID).Scan(&n); err != nil || n > 0 {
			return n > 0, err
		}
	}
	if a.RoundID == 0 {
		return false, nil
	}
	err := db.queryRow(ctx, tx, countAnswered, a.RoundID, a.Seq, a.UserID).Scan(&n)
	return n > 0, err
}

// addScore updates the player's line on the scope's board and the global
// one; the streak bonus comes from the scope's streak.
func (db *DB) addScore(ctx context.Context, tx *sql.Tx, a *quiz.Attempt, scope string) error {
	if !a.Correct {
		a.Points = 0
	}
	for i, sc := range []string{scope, quiz.GlobalScope} {
		var streak int
		err := db.queryRow(ctx, tx, selectStreak, sc, a.UserID).Scan(&streak)
		if err != nil && err != sql.ErrNoRows {
			return err
		}
		if a.Correct {
			streak++
		} else {
			streak = 0
		}
		if i == 0 && a.Correct {
			a.Points += quiz.StreakBonus(streak)
		}
		if _, err := db.exec(ctx, tx, upsertScore, sc, a.UserID, a.Points, boolInt(a.Correct), streak, streak); err != nil {
			return err
		}
	}
	return nil
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
	rows, err := db.r.QueryContext(ctx, `SELECT COALESCE(a.round_id, 0), a.seq, a.question_id, COALESCE(a.user_id, 0),
		COALESCE(u.name, ''), a.chat_id, a.answer, a.option, a.correct, a.points, a.response_ms, a.hinted,
		COALESCE(a.event_id, ''), a.created_at FROM attempts a LEFT JOIN users u ON u.id = a.user_id `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []quiz.Attempt
	for rows.Next() {
		var a quiz.Attempt
		var correct, hinted int
		var ms int64
		var at sql.NullString
		if err := rows.Scan(&a.RoundID, &a.Seq, &a.QuestionID, &a.UserID, &a.UserName, &a.ChatID, &a.Answer, &a.Option,
			&correct, &a.Points, &ms, &hinted, &a.EventID, &at); err != nil {
			return nil, err
		}
		a.Correct, a.Hinted, a.Elapsed, a.At = correct == 1, hinted == 1, time.Duration(ms)*time.Millisecond, parseTime(at)
		out = append(out, a)
	}
	return out, rows.Err()
}

// The statements of the answer path, prepared once at Open.
const (
	insertAttempt = `INSERT INTO attempts (round_id, seq, question_id, user_id, chat_id, answer, option,
		correct, points, response_ms, hinted, event_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	countEvent    = `SELECT COUNT(*) FROM attempts WHERE event_id = ?`
	countAnswered = `SELECT COUNT(*) FROM attempts WHERE round_id = ? AND seq = ? AND user_id = ?
		AND (option >= 0 OR correct = 1)`
	selectStreak = `SELECT streak FROM scores WHERE scope = ? AND user_id = ?`
	upsertScore  = `INSERT INTO scores (scope, user_id, points, correct, answered, streak, best_streak)
		VALUES (?, ?, ?, ?, 1, ?, ?)
		ON CONFLICT (scope, user_id) DO UPDATE SET points = points + excluded.points, correct = correct + excluded.correct,
		answered = answered + 1, streak = excluded.streak, best_streak = MAX(best_streak, excluded.streak)`
)
