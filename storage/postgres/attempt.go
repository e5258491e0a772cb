package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"quizbot/quiz"
)

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
//
// The transaction costs two round trips to the server, each a pipelined
// batch: BEGIN with the reads (the streak, locked, for a right answer; the
// card), then one statement whose insert of the attempt gates the board
// and card updates in the same statement, with COMMIT. A refused repeat
// thus commits nothing without a rollback of its own.
func (db *DB) RecordAttempt(ctx context.Context, a *quiz.Attempt, scope string, scored bool) (recorded bool, err error) {
	if a.At.IsZero() {
		a.At = db.Now()
	}
	if !a.Correct || !scored {
		a.Points = 0
	}
	base := a.Points
	for try := 1; ; try++ {
		a.Points = base
		recorded, err = db.recordAttempt(ctx, a, scope, scored)
		if try < 4 && retryable(err) {
			continue
		}
		return recorded, err
	}
}

func (db *DB) recordAttempt(ctx context.Context, a *quiz.Attempt, scope string, scored bool) (bool, error) {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return false, err
	}
	// A connection left inside a transaction by an error is closed, not
	// reused, when released: the server then rolls the transaction back.
	defer conn.Release()

	bonus := scored && a.Correct
	var reads pgx.Batch
	reads.Queue(`BEGIN`)
	if bonus {
		reads.Queue(`SELECT streak FROM scores WHERE scope = $1 AND user_id = $2 FOR UPDATE`, scope, a.UserID)
	}
	reads.Queue(`SELECT stability, difficulty, state, reps, lapses, last_review, due FROM cards
		WHERE user_id = $1 AND question_id = $2 FOR UPDATE`, a.UserID, a.QuestionID)
	res := conn.SendBatch(ctx, &reads)
	if _, err := res.Exec(); err != nil {
		res.Close()
		return false, err
	}
	if bonus {
		var streak int
		if err := res.QueryRow().Scan(&streak); err != nil && !errors.Is(err, pgx.ErrNoRows) {
			res.Close()
			return false, err
		}
		a.Points += quiz.StreakBonus(streak + 1)
	}
	var c quiz.Card
	var state int
	var last *time.Time
	err = res.QueryRow().Scan(&c.Stability, &c.Difficulty, &state, &c.Reps, &c.Lapses, &last, &c.Due)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		res.Close()
		return false, err
	}
	if err := res.Close(); err != nil {
		return false, err
	}
	c.State, c.LastReview, c.Due = quiz.CardState(state), utc(last), c.Due.UTC()
	c = c.Review(quiz.RatingFor(a.Correct, a.Hinted), a.At)

	var event, turn *string
	if a.EventID != "" {
		event = &a.EventID
	}
	turn = event // a wrong typed answer: refused only when delivered again
	if a.Option >= 0 || a.Correct {
		empty := "" // one choice, or one right answer, per player and question
		turn = &empty
	}
	board := ``
	switch {
	case bonus:
		board = `, board AS (INSERT INTO scores (scope, user_id, points, correct, answered, streak, best_streak)
			SELECT s, $4, $9, 1, 1, 1, 1 FROM unnest($22::text[]) AS s WHERE EXISTS (SELECT FROM attempt)
			ON CONFLICT (scope, user_id) DO UPDATE SET points = scores.points + excluded.points, correct = scores.correct + 1,
			answered = scores.answered + 1, streak = scores.streak + 1, best_streak = GREATEST(scores.best_streak, scores.streak + 1))`
	case scored:
		board = `, board AS (INSERT INTO scores (scope, user_id, answered)
			SELECT s, $4, 1 FROM unnest($22::text[]) AS s WHERE EXISTS (SELECT FROM attempt)
			ON CONFLICT (scope, user_id) DO UPDATE SET answered = scores.answered + 1, streak = 0)`
	}
	args := []any{a.RoundID, a.Seq, a.QuestionID, a.UserID, a.ChatID, a.Answer, a.Option, a.Correct, a.Points,
		a.Elapsed.Milliseconds(), a.Hinted, event, turn, a.At,
		c.Stability, c.Difficulty, int(c.State), c.Reps, c.Lapses, nullTime(c.LastReview), c.Due}
	if board != "" {
		args = append(args, scopes(scope))
	}
	var write pgx.Batch
	// The delivery id goes into events first, under its primary key: a
	// delivery seen before, even for another question, stores nothing (as
	// in SQLite; see storage/events.go).
	write.Queue(`WITH delivery AS (INSERT INTO events (id, created_at) SELECT $12::text, $14 WHERE $12::text IS NOT NULL
			ON CONFLICT DO NOTHING RETURNING 1),
		attempt AS (INSERT INTO attempts (round_id, seq, question_id, user_id, chat_id, answer, option,
			correct, points, response_ms, hinted, event_id, turn, created_at)
			SELECT NULLIF($1::bigint, 0), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14
			WHERE $12::text IS NULL OR EXISTS (SELECT FROM delivery)
			ON CONFLICT DO NOTHING RETURNING 1)`+board+`,
		card AS (INSERT INTO cards (user_id, question_id, stability, difficulty, state, reps, lapses, last_review, due)
			SELECT $4, $3, $15, $16, $17, $18, $19, $20, $21 WHERE EXISTS (SELECT FROM attempt)
			ON CONFLICT (user_id, question_id) DO UPDATE SET stability = excluded.stability, difficulty = excluded.difficulty,
			state = excluded.state, reps = excluded.reps, lapses = excluded.lapses, last_review = excluded.last_review,
			due = excluded.due)
		SELECT count(*) FROM attempt`, args...)
	write.Queue(`COMMIT`)
	res = conn.SendBatch(ctx, &write)
	var n int
	if err := res.QueryRow().Scan(&n); err != nil {
		res.Close()
		return false, err
	}
	if _, err := res.Exec(); err != nil {
		res.Close()
		return false, err
	}
	return n == 1, res.Close()
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
