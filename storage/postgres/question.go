package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"quizbot/quiz"
)

// SaveTopic files the questions under the named topic, creating it if
// needed. Questions already stored (same id) are left as they are, so
// ingesting the same text twice adds nothing and keeps players' history.
// Every question must pass the flaw checker; one that does not fails the
// whole call and nothing is stored.
func (db *DB) SaveTopic(ctx context.Context, name, source string, qs []quiz.Question) (added int, err error) {
	name, err = quiz.TopicName(name)
	if err != nil {
		return 0, err
	}
	if err := quiz.ValidateAll(qs); err != nil {
		return 0, err
	}
	err = db.update(ctx, func(tx pgx.Tx) error {
		topicID, err := ensureTopic(ctx, tx, name, source, db.Now())
		if err != nil {
			return err
		}
		added, err = insertQuestions(ctx, tx, topicID, qs, db.Now())
		return err
	})
	return added, err
}

// ensureTopic returns the id of the topic with the name (in any case),
// creating it if needed.
func ensureTopic(ctx context.Context, tx pgx.Tx, name, source string, now time.Time) (int64, error) {
	if _, err := tx.Exec(ctx, `INSERT INTO topics (name, source, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
		name, source, now); err != nil {
		return 0, err
	}
	var id int64
	err := tx.QueryRow(ctx, `SELECT id FROM topics WHERE lower(name) = lower($1)`, name).Scan(&id)
	return id, err
}

// insertQuestions stores the questions not stored yet, sent to the server
// in one batch rather than a round trip each.
func insertQuestions(ctx context.Context, tx pgx.Tx, topicID int64, qs []quiz.Question, now time.Time) (int, error) {
	var b pgx.Batch
	for _, q := range qs {
		if q.ID == "" {
			q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
		}
		b.Queue(`INSERT INTO questions (id, topic_id, kind, stem, options, answer, aliases, explanation, source, section,
			difficulty, quality, time_limit, tolerance, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
			ON CONFLICT (id) DO NOTHING`, q.ID, topicID, string(q.Kind), q.Stem, list(q.Options), q.Answer,
			list(q.Aliases), q.Explanation, q.Source, q.Section, q.Difficulty, q.Quality, q.TimeLimit, q.Tolerance, now)
	}
	res := tx.SendBatch(ctx, &b)
	added := 0
	for range qs {
		tag, err := res.Exec()
		if err != nil {
			res.Close()
			return 0, err
		}
		added += int(tag.RowsAffected())
	}
	return added, res.Close()
}

// list stores a nil list as an empty array, as the column's default.
func list(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

// Topics lists the topics in play (not drafts) with their number of
// questions in play.
func (db *DB) Topics(ctx context.Context) ([]quiz.Topic, error) {
	return collect(ctx, db.pool, func(s scanner) (t quiz.Topic, err error) {
		err = s.Scan(&t.ID, &t.Name, &t.Source, &t.Questions)
		return t, err
	}, `SELECT t.id, t.name, t.source, (SELECT count(*) FROM questions q WHERE q.topic_id = t.id AND NOT q.retired)
		FROM topics t WHERE NOT t.draft ORDER BY lower(t.name), t.name`)
}

// CountQuestions counts the questions in play.
func (db *DB) CountQuestions(ctx context.Context) (int, error) {
	var n int
	err := db.pool.QueryRow(ctx, `SELECT count(*) FROM questions WHERE NOT retired`).Scan(&n)
	return n, err
}

const questionColumns = `q.id, q.kind, q.stem, q.options, q.answer, q.aliases, q.explanation, q.source, q.section,
	q.difficulty, q.quality, q.time_limit, q.tolerance, t.name`

func scanQuestion(s scanner) (quiz.Question, error) {
	var q quiz.Question
	var kind string
	err := s.Scan(&q.ID, &kind, &q.Stem, &q.Options, &q.Answer, &q.Aliases, &q.Explanation, &q.Source, &q.Section,
		&q.Difficulty, &q.Quality, &q.TimeLimit, &q.Tolerance, &q.Topic)
	q.Kind = quiz.Kind(kind)
	// Empty lists come back empty, not nil, as from the SQLite store.
	q.Options, q.Aliases = list(q.Options), list(q.Aliases)
	return q, err
}

// Question returns one question, retired or not; from memory when it was
// read lately (cache.go).
func (db *DB) Question(ctx context.Context, id string) (*quiz.Question, error) {
	if q, ok := db.questions.Get(id); ok {
		return q, nil
	}
	q, err := scanQuestion(db.pool.QueryRow(ctx, `SELECT `+questionColumns+`
		FROM questions q JOIN topics t ON t.id = q.topic_id WHERE q.id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There is no question %s.", id)
	} else if err != nil {
		return nil, err
	}
	db.questions.Put(q)
	return &q, nil
}

// Candidates returns up to limit random questions in play for the topic
// ("" = every topic), those not among the chat's last 200 first.
func (db *DB) Candidates(ctx context.Context, chatID int64, topic string, limit int) ([]quiz.Question, error) {
	return collect(ctx, db.pool, scanQuestion, `SELECT `+questionColumns+`
		FROM questions q JOIN topics t ON t.id = q.topic_id
		WHERE NOT q.retired AND NOT t.draft AND ($1::text = '' OR lower(t.name) = lower($1::text))
		ORDER BY q.id IN (SELECT question_id FROM asked WHERE chat_id = $2 ORDER BY id DESC LIMIT 200), random()
		LIMIT $3`, topic, chatID, limit)
}

// RetireQuestion takes a question out of play; its history stays.
func (db *DB) RetireQuestion(ctx context.Context, id string) error {
	tag, err := db.pool.Exec(ctx, `UPDATE questions SET retired = true WHERE id = $1`, id)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return quiz.Errorf(quiz.ENOTFOUND, "There is no question %s.", id)
	}
	return nil
}
