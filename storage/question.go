package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

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
	err = db.update(ctx, func(tx *sql.Tx) error {
		topicID, err := ensureTopic(ctx, tx, name, source, formatTime(db.Now()))
		if err != nil {
			return err
		}
		added, err = insertQuestions(ctx, tx, topicID, qs, formatTime(db.Now()))
		return err
	})
	return added, err
}

func ensureTopic(ctx context.Context, tx *sql.Tx, name, source, now string) (int64, error) {
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO topics (name, source, created_at) VALUES (?, ?, ?)`, name, source, now); err != nil {
		return 0, err
	}
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM topics WHERE name = ?`, name).Scan(&id)
	return id, err
}

func insertQuestions(ctx context.Context, tx *sql.Tx, topicID int64, qs []quiz.Question, now string) (int, error) {
	stmt, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO questions
		(id, topic_id, kind, stem, options, answer, aliases, explanation, source, section, difficulty, quality, time_limit, tolerance, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return 0, err
	}
	defer stmt.Close()
	added := 0
	for _, q := range qs {
		if q.ID == "" {
			q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
		}
		res, err := stmt.ExecContext(ctx, q.ID, topicID, string(q.Kind), q.Stem, jsonList(q.Options), q.Answer,
			jsonList(q.Aliases), q.Explanation, q.Source, q.Section, q.Difficulty, q.Quality, q.TimeLimit, q.Tolerance, now)
		if err != nil {
			return 0, err
		}
		n, _ := res.RowsAffected()
		added += int(n)
	}
	return added, nil
}

func jsonList(l []string) string {
	if len(l) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(l)
	return string(b)
}

// Topics lists the topics in play (not drafts) with their number of
// questions in play.
func (db *DB) Topics(ctx context.Context) ([]quiz.Topic, error) {
	return collect(ctx, db.r, func(s scanner) (t quiz.Topic, err error) {
		err = s.Scan(&t.ID, &t.Name, &t.Source, &t.Questions)
		return t, err
	}, `SELECT t.id, t.name, t.source, (SELECT COUNT(*) FROM questions q WHERE q.topic_id = t.id AND q.retired = 0)
		FROM topics t WHERE t.draft = 0 ORDER BY t.name`)
}

// CountQuestions counts the questions in play.
func (db *DB) CountQuestions(ctx context.Context) (int, error) {
	var n int
	err := db.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM questions WHERE retired = 0`).Scan(&n)
	return n, err
}

const questionColumns = `q.id, q.kind, q.stem, q.options, q.answer, q.aliases, q.explanation, q.source, q.section,
	q.difficulty, q.quality, q.time_limit, q.tolerance, t.name`

func scanQuestion(s scanner) (quiz.Question, error) {
	var q quiz.Question
	var kind, options, aliases string
	err := s.Scan(&q.ID, &kind, &q.Stem, &options, &q.Answer, &aliases, &q.Explanation, &q.Source, &q.Section,
		&q.Difficulty, &q.Quality, &q.TimeLimit, &q.Tolerance, &q.Topic)
	q.Kind = quiz.Kind(kind)
	if err == nil {
		if err = decodeJSON(options, &q.Options); err == nil {
			err = decodeJSON(aliases, &q.Aliases)
		}
		if err != nil {
			err = fmt.Errorf("load question %s: %w", q.ID, err)
		}
	}
	return q, err
}

// Question returns one question, retired or not; from memory when it was
// read lately (cache.go).
func (db *DB) Question(ctx context.Context, id string) (*quiz.Question, error) {
	if q, ok := db.questions.Get(id); ok {
		return q, nil
	}
	q, err := scanQuestion(db.r.QueryRowContext(ctx, `SELECT `+questionColumns+`
		FROM questions q JOIN topics t ON t.id = q.topic_id WHERE q.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
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
	return db.queryQuestions(ctx, `SELECT `+questionColumns+`
		FROM questions q JOIN topics t ON t.id = q.topic_id
		WHERE q.retired = 0 AND t.draft = 0 AND (? = '' OR t.name = ?)
		ORDER BY q.id IN (SELECT question_id FROM asked WHERE chat_id = ? ORDER BY id DESC LIMIT 200), random()
		LIMIT ?`, topic, topic, chatID, limit)
}

// RetireQuestion takes a question out of play; its history stays.
func (db *DB) RetireQuestion(ctx context.Context, id string) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE questions SET retired = 1 WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return quiz.Errorf(quiz.ENOTFOUND, "There is no question %s.", id)
		}
		return nil
	})
}

// queryQuestions runs a read that selects questionColumns.
func (db *DB) queryQuestions(ctx context.Context, query string, args ...any) ([]quiz.Question, error) {
	return collect(ctx, db.r, scanQuestion, query, args...)
}
