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
// (same id) are left as they are.
func (db *DB) ImportQuestions(ctx context.Context, source string, qs []quiz.Question) (added int, err error) {
	for i := range qs {
		if strings.TrimSpace(qs[i].Topic) == "" {
			return 0, quiz.Errorf(quiz.EINVALID, "question %d (%q) has no topic", i+1, qs[i].Stem)
		}
		if err := qs[i].Validate(); err != nil {
			return 0, quiz.Errorf(quiz.EINVALID, "question %d (%q): %s", i+1, qs[i].Stem, quiz.ErrorMessage(err))
		}
	}
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
		added = 0
		now := db.Now()
		for _, key := range order {
			id, err := ensureTopic(ctx, tx, strings.TrimSpace(groups[key][0].Topic), source, now)
			if err != nil {
				return err
			}
			n, err := insertQuestions(ctx, tx, id, groups[key], now)
			if err != nil {
				return err
			}
			added += n
		}
		return nil
	})
	if err != nil {
		added = 0
	}
	return added, err
}

// ExportQuestions returns the questions in play, of one topic or of all
// (""), by topic and then in the order they were stored.
func (db *DB) ExportQuestions(ctx context.Context, topic string) ([]quiz.Question, error) {
	return collect(ctx, db.pool, scanQuestion, `SELECT `+questionColumns+`
		FROM questions q JOIN topics t ON t.id = q.topic_id
		WHERE NOT q.retired AND ($1::text = '' OR lower(t.name) = lower($1::text))
		ORDER BY lower(t.name), t.name, q.stored`, topic)
}
