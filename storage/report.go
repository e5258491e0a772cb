package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"quizbot/quiz"
)

// ClassReport reads, in one snapshot, what a class report needs: the
// questions of the class's live rounds and homework (in the order they were
// set), its students and every answer, and works the report out.
func (db *DB) ClassReport(ctx context.Context, classID int64) (*quiz.Report, error) {
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	class, err := scanClass(tx.QueryRowContext(ctx, `SELECT `+classColumns+` FROM classes c JOIN chats ch ON ch.id = c.chat_id
		WHERE c.id = ?`, classID))
	if err != nil {
		return nil, err
	} else if class == nil {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There is no class %d.", classID)
	}
	ids, err := classQuestionIDs(ctx, tx, classID)
	if err != nil {
		return nil, err
	}
	qs := make([]quiz.Question, 0, len(ids))
	for _, id := range ids {
		q, err := scanQuestion(tx.QueryRowContext(ctx, `SELECT `+questionColumns+`
			FROM questions q JOIN topics t ON t.id = q.topic_id WHERE q.id = ?`, id))
		if errors.Is(err, sql.ErrNoRows) {
			continue
		} else if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	members, err := classMembers(ctx, tx, classID)
	if err != nil {
		return nil, err
	}
	atts, err := classAttempts(ctx, tx, classID)
	if err != nil {
		return nil, err
	}
	return quiz.BuildReport(*class, qs, members, atts), nil
}

// classQuestionIDs lists the questions of the class's live rounds, then of
// its homework, each once.
func classQuestionIDs(ctx context.Context, tx *sql.Tx, classID int64) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT question_ids FROM (
		SELECT 0 AS k, id, question_ids FROM rounds WHERE class_id = ? AND mode = ?
		UNION ALL SELECT 1, id, question_ids FROM assignments WHERE class_id = ?) ORDER BY k, id`,
		classID, quiz.ModeClass, classID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	seen := map[string]bool{}
	var out []string
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			return nil, err
		}
		var ids []string
		if err := decodeJSON(raw, &ids); err != nil {
			return nil, fmt.Errorf("question ids: %w", err)
		}
		for _, id := range ids {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out, rows.Err()
}

func classMembers(ctx context.Context, tx *sql.Tx, classID int64) ([]quiz.User, error) {
	return collect(ctx, tx, func(s scanner) (u quiz.User, err error) {
		err = s.Scan(&u.ID, &u.Platform, &u.PlatformID, &u.Name)
		return u, err
	}, `SELECT u.id, u.platform, u.platform_id, u.name FROM class_members m
		JOIN users u ON u.id = m.user_id WHERE m.class_id = ? ORDER BY m.joined_at, m.rowid`, classID)
}

// classAttempts returns every answer given in the class's rounds, live and
// homework, in order.
func classAttempts(ctx context.Context, tx *sql.Tx, classID int64) ([]quiz.Attempt, error) {
	return queryAttempts(ctx, tx, `WHERE a.round_id IN (SELECT id FROM rounds WHERE class_id = ?) ORDER BY a.id`, classID)
}
