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
	for i := range qs {
		if strings.TrimSpace(qs[i].Topic) == "" {
			return 0, 0, quiz.Errorf(quiz.EINVALID, "question %d (%q) has no topic", i+1, qs[i].Stem)
		}
		if err := qs[i].Validate(); err != nil {
			return 0, 0, quiz.Errorf(quiz.EINVALID, "question %d (%q): %s", i+1, qs[i].Stem, quiz.ErrorMessage(err))
		}
	}
	var touched []string
	groups := map[string][]quiz.Question{}
	var order []string
	for _, q := range qs {
		key := strings.ToLower(strings.TrimSpace(q.Topic))
		if _, ok := groups[key]; !ok {
			order = append(order, key)
		}
		groups[key] = append(groups[key], q)
	}
	err = db.update(ctx, func(tx pgx.Tx) error {
		added, updated, touched = 0, 0, touched[:0]
		now := db.Now()
		for _, key := range order {
			id, err := ensureTopic(ctx, tx, strings.TrimSpace(groups[key][0].Topic), source, now)
			if err != nil {
				return err
			}
			var fresh []quiz.Question
			for _, q := range groups[key] {
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
	db.questions.forget(touched...)
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
