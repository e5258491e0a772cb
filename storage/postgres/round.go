package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"quizbot/quiz"
)

// CreateRound stores a new round and notes its questions as asked in the
// chat. A chat has one open round at a time, whichever process asks:
// ECONFLICT otherwise (the unique index rounds_open).
func (db *DB) CreateRound(ctx context.Context, r *quiz.Round) error {
	return db.update(ctx, func(tx pgx.Tx) error {
		return insertRound(ctx, tx, r, db.Now())
	})
}

// insertRound is CreateRound inside a transaction of the caller's (a class
// and its round are created together).
func insertRound(ctx context.Context, tx pgx.Tx, r *quiz.Round, now time.Time) error {
	err := tx.QueryRow(ctx, `INSERT INTO rounds (chat_id, starter_id, mode, topic, question_ids, seq, state,
		asked_at, deadline, time_limit, hinted, idle, message_id, class_id, created_at)
		VALUES ($1, NULLIF($2, 0), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, NULLIF($14, 0), $15) RETURNING id`,
		r.ChatID, r.StarterID, r.Mode, r.Topic, list(r.QuestionIDs), r.Seq, r.State, nullTime(r.AskedAt),
		nullTime(r.Deadline), r.TimeLimit, r.Hinted, r.Idle, r.MessageID, r.ClassID, now).Scan(&r.ID)
	if isUnique(err, "rounds_open") {
		return quiz.Errorf(quiz.ECONFLICT, "A round is already running in this chat. Use /stop to end it first.")
	} else if err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `INSERT INTO asked (chat_id, question_id) SELECT $1, id FROM unnest($2::text[]) WITH ORDINALITY AS q (id, n) ORDER BY n`,
		r.ChatID, list(r.QuestionIDs))
	if err != nil {
		return err
	}
	// Only the chat's last askedKept questions are ever read (Candidates
	// puts them last): older ones go, so that the table holds at most that
	// many rows per chat rather than every question ever asked. Kept by
	// count, not age: a chat that plays once a month still avoids repeats.
	if _, err := tx.Exec(ctx, `DELETE FROM asked WHERE chat_id = $1 AND id <
		(SELECT id FROM asked WHERE chat_id = $1 ORDER BY id DESC LIMIT 1 OFFSET $2)`, r.ChatID, askedKept-1); err != nil {
		return fmt.Errorf("prune asked: %w", err)
	}
	return nil
}

// askedKept is how many of a chat's last asked questions a new round
// avoids repeating: the LIMIT in Candidates.
const askedKept = 200

// UpdateRound stores the round's progress.
func (db *DB) UpdateRound(ctx context.Context, r *quiz.Round) error {
	return updateRound(ctx, db.pool, r)
}

// execer is the pool or a transaction.
type execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

func updateRound(ctx context.Context, q execer, r *quiz.Round) error {
	_, err := q.Exec(ctx, `UPDATE rounds SET seq = $1, state = $2, asked_at = $3, deadline = $4, hinted = $5, idle = $6,
		message_id = $7 WHERE id = $8`, r.Seq, r.State, nullTime(r.AskedAt), nullTime(r.Deadline), r.Hinted, r.Idle,
		r.MessageID, r.ID)
	return err
}

const roundColumns = `id, chat_id, COALESCE(starter_id, 0), mode, topic, question_ids, seq, state, asked_at, deadline,
	time_limit, hinted, idle, message_id, COALESCE(class_id, 0)`

func scanRound(s scanner) (quiz.Round, error) {
	var r quiz.Round
	var asked, deadline *time.Time
	err := s.Scan(&r.ID, &r.ChatID, &r.StarterID, &r.Mode, &r.Topic, &r.QuestionIDs, &r.Seq, &r.State, &asked, &deadline,
		&r.TimeLimit, &r.Hinted, &r.Idle, &r.MessageID, &r.ClassID)
	r.AskedAt, r.Deadline = utc(asked), utc(deadline)
	return r, err
}

// OpenRound returns the chat's open round, or nil, read through from the
// server on every call (cache.go says why).
func (db *DB) OpenRound(ctx context.Context, chatID int64) (*quiz.Round, error) {
	r, err := scanRound(db.pool.QueryRow(ctx, `SELECT `+roundColumns+` FROM rounds WHERE chat_id = $1 AND state <> 'done'`, chatID))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	return &r, nil
}

// OpenRounds returns every open round, for resuming after a restart.
func (db *DB) OpenRounds(ctx context.Context) ([]quiz.Round, error) {
	return collect(ctx, db.pool, scanRound, `SELECT `+roundColumns+` FROM rounds WHERE state <> 'done' ORDER BY id`)
}

// FinishRound closes the round and counts it as played for everyone who
// answered in it, on the scope's board and the global one.
func (db *DB) FinishRound(ctx context.Context, r *quiz.Round, scope string) error {
	return db.update(ctx, func(tx pgx.Tx) error {
		return db.finishRound(ctx, tx, r, scope)
	})
}

func (db *DB) finishRound(ctx context.Context, tx pgx.Tx, r *quiz.Round, scope string) error {
	r.State = quiz.Done
	if err := updateRound(ctx, tx, r); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `UPDATE rounds SET ended_at = $1 WHERE id = $2`, db.Now(), r.ID); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `UPDATE scores SET rounds = rounds + 1 WHERE scope = ANY($1) AND user_id IN
		(SELECT DISTINCT user_id FROM attempts WHERE round_id = $2 AND user_id IS NOT NULL)`, scopes(scope), r.ID)
	return err
}

// scopes lists the boards an answer in the scope counts on: the scope's
// own and the global one, once each.
func scopes(scope string) []string {
	if scope == quiz.GlobalScope {
		return []string{scope}
	}
	return []string{scope, quiz.GlobalScope}
}
