package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"

	"quizbot/quiz"
)

// ClassReport reads, in one snapshot (a repeatable-read transaction), what
// a class report needs: the questions of the class's live rounds and
// homework (in the order they were set), its students and every answer, and
// works the report out.
func (db *DB) ClassReport(ctx context.Context, classID int64) (*quiz.Report, error) {
	tx, err := db.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(ctx)
	class, err := scanClass(tx.QueryRow(ctx, `SELECT `+classColumns+` FROM classes c JOIN chats ch ON ch.id = c.chat_id
		WHERE c.id = $1`, classID))
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
		q, err := scanQuestion(tx.QueryRow(ctx, `SELECT `+questionColumns+`
			FROM questions q JOIN topics t ON t.id = q.topic_id WHERE q.id = $1`, id))
		if errors.Is(err, pgx.ErrNoRows) {
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
	atts, err := queryAttempts(ctx, tx, `WHERE a.round_id IN (SELECT id FROM rounds WHERE class_id = $1) ORDER BY a.id`, classID)
	if err != nil {
		return nil, err
	}
	return quiz.BuildReport(*class, qs, members, atts), nil
}

// classQuestionIDs lists the questions of the class's live rounds, then of
// its homework, each once.
func classQuestionIDs(ctx context.Context, tx pgx.Tx, classID int64) ([]string, error) {
	lists, err := collect(ctx, tx, func(s scanner) (ids []string, err error) { err = s.Scan(&ids); return ids, err },
		`SELECT question_ids FROM (
			SELECT 0 AS k, id, question_ids FROM rounds WHERE class_id = $1 AND mode = $2
			UNION ALL SELECT 1, id, question_ids FROM assignments WHERE class_id = $1) AS l ORDER BY k, id`,
		classID, quiz.ModeClass)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, ids := range lists {
		for _, id := range ids {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out, nil
}
