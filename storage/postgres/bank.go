package postgres

import (
	"context"
	"strings"

	"github.com/jackc/pgx/v5"

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
// the bank updated, as the SQLite store does. This process forgets the
// updated questions; other processes' copies expire (cache.go).
func (db *DB) ImportBank(ctx context.Context, source string, qs []quiz.Question) (added, updated int, err error) {
	if err := quiz.ValidateBank(qs); err != nil {
		return 0, 0, err
	}
	var touched []string
	groups := quiz.GroupByTopic(qs)
	err = db.update(ctx, func(tx pgx.Tx) error {
		added, updated, touched = 0, 0, touched[:0]
		now := db.Now()
		for _, group := range groups {
			id, err := ensureTopic(ctx, tx, strings.TrimSpace(group[0].Topic), source, now)
			if err != nil {
				return err
			}
			var fresh []quiz.Question
			for _, q := range group {
				if q.Ref == "" {
					fresh = append(fresh, q)
					continue
				}
				tag, err := tx.Exec(ctx, `UPDATE questions SET topic_id = $1, kind = $2, stem = $3, options = $4, answer = $5,
					aliases = $6, explanation = $7, time_limit = $8, tolerance = $9 WHERE id = $10`,
					id, string(q.Kind), q.Stem, list(q.Options), q.Answer, list(q.Aliases), q.Explanation, q.TimeLimit, q.Tolerance, q.Ref)
				if err != nil {
					return err
				}
				if tag.RowsAffected() == 0 {
					fresh = append(fresh, q)
					continue
				}
				updated++
				touched = append(touched, q.Ref)
			}
			n, err := insertQuestions(ctx, tx, id, fresh, now)
			if err != nil {
				return err
			}
			added += n
		}
		return nil
	})
	db.questions.Forget(touched...)
	if err != nil {
		return 0, 0, err
	}
	return added, updated, nil
}

// ExportQuestions returns the questions in play, of one topic or of all
// (""), by topic and then in the order they were stored.
func (db *DB) ExportQuestions(ctx context.Context, topic string) ([]quiz.Question, error) {
	return collect(ctx, db.pool, scanQuestion, `SELECT `+questionColumns+`
		FROM questions q JOIN topics t ON t.id = q.topic_id
		WHERE NOT q.retired AND ($1::text = '' OR lower(t.name) = lower($1::text))
		ORDER BY lower(t.name), t.name, q.stored`, topic)
}
