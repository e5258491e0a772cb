package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"quizbot/quiz"
)

// CreateRound stores a new round and notes its questions as asked in the
// chat. A chat has one open round at a time: ECONFLICT otherwise.
func (db *DB) CreateRound(ctx context.Context, r *quiz.Round) error {
	defer db.rounds.forget(r.ChatID)
	return db.update(ctx, func(tx *sql.Tx) error {
		return insertRound(ctx, tx, r, formatTime(db.Now()))
	})
}

// insertRound is CreateRound inside a transaction of the caller's (a class
// and its round are created together).
func insertRound(ctx context.Context, tx *sql.Tx, r *quiz.Round, now string) error {
	ids, _ := json.Marshal(r.QuestionIDs)
	err := tx.QueryRowContext(ctx, `INSERT INTO rounds (chat_id, starter_id, mode, topic, question_ids, seq, state,
		asked_at, deadline, time_limit, hinted, idle, message_id, class_id, created_at)
		VALUES (?, NULLIF(?, 0), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, 0), ?) RETURNING id`,
		r.ChatID, r.StarterID, r.Mode, r.Topic, string(ids), r.Seq, r.State, formatNullTime(r.AskedAt),
		formatNullTime(r.Deadline), r.TimeLimit, boolInt(r.Hinted), r.Idle, r.MessageID, r.ClassID, now).Scan(&r.ID)
	if err != nil && strings.Contains(err.Error(), "UNIQUE") {
		return quiz.Errorf(quiz.ECONFLICT, "A round is already running in this chat. Use /stop to end it first.")
	} else if err != nil {
		return err
	}
	for _, id := range r.QuestionIDs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO asked (chat_id, question_id) VALUES (?, ?)`, r.ChatID, id); err != nil {
			return err
		}
	}
	// Only the chat's last askedKept questions are ever read (Candidates
	// puts them last): older ones go, so that the table holds at most that
	// many rows per chat rather than every question ever asked. Kept by
	// count, not age: a chat that plays once a month still avoids repeats.
	if _, err := tx.ExecContext(ctx, `DELETE FROM asked WHERE chat_id = ?1 AND id <
		(SELECT id FROM asked WHERE chat_id = ?1 ORDER BY id DESC LIMIT 1 OFFSET ?2)`, r.ChatID, askedKept-1); err != nil {
		return fmt.Errorf("prune asked: %w", err)
	}
	return nil
}

// askedKept is how many of a chat's last asked questions a new round
// avoids repeating: the LIMIT in Candidates.
const askedKept = 200

// UpdateRound stores the round's progress.
func (db *DB) UpdateRound(ctx context.Context, r *quiz.Round) error {
	defer db.rounds.forget(r.ChatID)
	return db.update(ctx, func(tx *sql.Tx) error {
		return updateRound(ctx, tx, r)
	})
}

func updateRound(ctx context.Context, tx *sql.Tx, r *quiz.Round) error {
	_, err := tx.ExecContext(ctx, `UPDATE rounds SET seq = ?, state = ?, asked_at = ?, deadline = ?, hinted = ?, idle = ?,
		message_id = ? WHERE id = ?`, r.Seq, r.State, formatNullTime(r.AskedAt), formatNullTime(r.Deadline),
		boolInt(r.Hinted), r.Idle, r.MessageID, r.ID)
	return err
}

const roundColumns = `id, chat_id, COALESCE(starter_id, 0), mode, topic, question_ids, seq, state, asked_at, deadline,
	time_limit, hinted, idle, message_id, COALESCE(class_id, 0)`

func scanRound(s scanner) (quiz.Round, error) {
	var r quiz.Round
	var ids string
	var asked, deadline sql.NullString
	var hinted int
	err := s.Scan(&r.ID, &r.ChatID, &r.StarterID, &r.Mode, &r.Topic, &ids, &r.Seq, &r.State, &asked, &deadline,
		&r.TimeLimit, &hinted, &r.Idle, &r.MessageID, &r.ClassID)
	if err == nil {
		if err = decodeJSON(ids, &r.QuestionIDs); err != nil {
			err = fmt.Errorf("load round %d: question ids: %w", r.ID, err)
		}
	}
	r.AskedAt, r.Deadline, r.Hinted = parseTime(asked), parseTime(deadline), hinted == 1
	return r, err
}

// OpenRound returns the chat's open round, or nil; from memory when the
// chat's rounds were not written since it was last read (cache.go).
func (db *DB) OpenRound(ctx context.Context, chatID int64) (*quiz.Round, error) {
	cached, gen, ok := db.rounds.get(chatID)
	if ok {
		return cached, nil
	}
	r, err := scanRound(db.r.QueryRowContext(ctx, `SELECT `+roundColumns+` FROM rounds WHERE chat_id = ? AND state <> 'done'`, chatID))
	if errors.Is(err, sql.ErrNoRows) {
		db.rounds.put(gen, chatID, nil)
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	db.rounds.put(gen, chatID, &r)
	return &r, nil
}

// OpenRounds returns every open round, for resuming after a restart.
func (db *DB) OpenRounds(ctx context.Context) ([]quiz.Round, error) {
	return collect(ctx, db.r, scanRound, `SELECT `+roundColumns+` FROM rounds WHERE state <> 'done' ORDER BY id`)
}

// FinishRound closes the round and counts it as played for everyone who
// answered in it, on the scope's board and the global one.
func (db *DB) FinishRound(ctx context.Context, r *quiz.Round, scope string) error {
	defer db.rounds.forget(r.ChatID)
	return db.update(ctx, func(tx *sql.Tx) error {
		return db.finishRound(ctx, tx, r, scope)
	})
}

func (db *DB) finishRound(ctx context.Context, tx *sql.Tx, r *quiz.Round, scope string) error {
	r.State = quiz.Done
	if err := updateRound(ctx, tx, r); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE rounds SET ended_at = ? WHERE id = ?`, formatTime(db.Now()), r.ID); err != nil {
		return err
	}
	for _, sc := range []string{scope, quiz.GlobalScope} {
		if _, err := tx.ExecContext(ctx, `UPDATE scores SET rounds = rounds + 1 WHERE scope = ? AND user_id IN
			(SELECT DISTINCT user_id FROM attempts WHERE round_id = ? AND user_id IS NOT NULL)`, sc, r.ID); err != nil {
			return err
		}
	}
	return nil
}
