package storage

import (
	"context"
	"database/sql"
	"strings"

	"quizbot/quiz"
)

// ImportQuestions stores a question bank under the questions' own topics,
// in one transaction: a bank is stored whole or not at all. Every question
// must have a topic and pass the flaw checker. Questions already stored
// (same id) are left as they are, except those the file names by their
// stored id (Ref), which are updated (ImportBank).
func (db *DB) ImportQuestions(ctx context.Context, source string, qs []quiz.Question) (added int, err error) {
	added, _, err = db.ImportBank(ctx, source, qs)
	return added, err
}

// ImportBank is ImportQuestions that also says how many stored questions
// the bank updated: a question whose Ref is a stored question's id replaces
// that question's text, options, answers, explanation, limits and topic,
// and keeps its id, so that its history and review cards stay with it.
func (db *DB) ImportBank(ctx context.Context, source string, qs []quiz.Question) (added, updated int, err error) {
	if err := quiz.ValidateBank(qs); err != nil {
		return 0, 0, err
	}
	groups := quiz.GroupByTopic(qs)
	var touched []string
	err = db.update(ctx, func(tx *sql.Tx) error {
		touched = touched[:0]
		now := formatTime(db.Now())
		for _, group := range groups {
			id, err := ensureTopic(ctx, tx, strings.TrimSpace(group[0].Topic), source, now)
			if err != nil {
				return err
			}
			var fresh []quiz.Question
			for _, q := range group {
				ok, err := updateQuestion(ctx, tx, id, q)
				if err != nil {
					return err
				}
				if ok {
					updated++
					touched = append(touched, q.Ref)
				} else {
					fresh = append(fresh, q)
				}
			}
			n, err := insertQuestions(ctx, tx, id, fresh, now)
			if err != nil {
				return err
			}
			added += n
		}
		return nil
	})
	for _, id := range touched {
		db.questions.Forget(id)
	}
	if err != nil {
		return 0, 0, err
	}
	return added, updated, nil
}

// updateQuestion replaces the stored question q.Ref names, if there is one.
func updateQuestion(ctx context.Context, tx *sql.Tx, topicID int64, q quiz.Question) (bool, error) {
	if q.Ref == "" {
		return false, nil
	}
	res, err := tx.ExecContext(ctx, `UPDATE questions SET topic_id = ?, kind = ?, stem = ?, options = ?, answer = ?,
		aliases = ?, explanation = ?, time_limit = ?, tolerance = ? WHERE id = ?`,
		topicID, string(q.Kind), q.Stem, jsonList(q.Options), q.Answer, jsonList(q.Aliases), q.Explanation,
		q.TimeLimit, q.Tolerance, q.Ref)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// ExportQuestions returns the questions in play, of one topic or of all
// (""), by topic and then in the order they were stored.
func (db *DB) ExportQuestions(ctx context.Context, topic string) ([]quiz.Question, error) {
	return db.queryQuestions(ctx, `SELECT `+questionColumns+`
		FROM questions q JOIN topics t ON t.id = q.topic_id
		WHERE q.retired = 0 AND (? = '' OR t.name = ?) ORDER BY t.name, q.rowid`, topic, topic)
}
