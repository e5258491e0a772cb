package postgres

import (
	"context"
	"errors"
	"strings"

	"github.com/jackc/pgx/v5"

	"quizbot/quiz"
)

// A teacher's housekeeping from the command line: topics renamed and
// deleted, retired questions brought back, the classes listed.

var _ quiz.Housekeeping = (*DB)(nil)

// topicByName returns the id of the topic with the name, in any case.
func topicByName(ctx context.Context, tx pgx.Tx, name string) (int64, error) {
	var id int64
	err := tx.QueryRow(ctx, `SELECT id FROM topics WHERE lower(name) = lower($1)`, strings.TrimSpace(name)).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, quiz.Errorf(quiz.ENOTFOUND, "there is no topic %q", name)
	}
	return id, err
}

// RenameTopic gives a topic a new name; ECONFLICT when another topic has it.
func (db *DB) RenameTopic(ctx context.Context, old, name string) error {
	name, err := quiz.TopicName(name)
	if err != nil {
		return err
	}
	err = db.update(ctx, func(tx pgx.Tx) error {
		id, err := topicByName(ctx, tx, old)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `UPDATE topics SET name = $1 WHERE id = $2`, name, id)
		if isUnique(err, "topics_name") {
			return quiz.Errorf(quiz.ECONFLICT, "there is a topic %q already", name)
		}
		return err
	})
	db.questions.Purge() // questions carry their topic's name; renames are rare
	return err
}

// DeleteTopic deletes a topic's questions that nobody has answered, with
// their review cards. Questions that were answered stay, out of play, since
// class reports and standings refer to them; the topic itself goes when no
// question is left in it.
func (db *DB) DeleteTopic(ctx context.Context, name string) (deleted, kept int, err error) {
	err = db.update(ctx, func(tx pgx.Tx) error {
		id, err := topicByName(ctx, tx, name)
		if err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `DELETE FROM questions WHERE topic_id = $1
			AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.question_id = questions.id)`, id)
		if err != nil {
			return err
		}
		deleted = int(tag.RowsAffected())
		if tag, err = tx.Exec(ctx, `UPDATE questions SET retired = true WHERE topic_id = $1`, id); err != nil {
			return err
		}
		kept = int(tag.RowsAffected())
		if kept == 0 {
			_, err = tx.Exec(ctx, `DELETE FROM topics WHERE id = $1`, id)
		}
		return err
	})
	db.questions.Purge() // deleted and retired questions must not be served from memory
	if err != nil {
		return 0, 0, err
	}
	return deleted, kept, nil
}

// UnretireQuestion puts a retired question back in play.
func (db *DB) UnretireQuestion(ctx context.Context, id string) error {
	tag, err := db.pool.Exec(ctx, `UPDATE questions SET retired = false WHERE id = $1`, id)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return quiz.Errorf(quiz.ENOTFOUND, "there is no question %s", id)
	}
	return nil
}

// RetiredQuestions lists the questions out of play, for un-retiring.
func (db *DB) RetiredQuestions(ctx context.Context) ([]quiz.Question, error) {
	return collect(ctx, db.pool, scanQuestion, `SELECT `+questionColumns+`
		FROM questions q JOIN topics t ON t.id = q.topic_id WHERE q.retired ORDER BY lower(t.name), t.name, q.stored`)
}

// Classes lists every class, the latest first.
func (db *DB) Classes(ctx context.Context) ([]quiz.ClassSummary, error) {
	return collect(ctx, db.pool, func(s scanner) (c quiz.ClassSummary, err error) {
		err = s.Scan(&c.ID, &c.Chat, &c.Topic, &c.Students, &c.Started)
		c.Started = c.Started.UTC()
		return c, err
	}, `SELECT c.id, CASE WHEN ch.title <> '' THEN ch.title ELSE ch.platform || ' ' || ch.platform_id END,
		c.topic, (SELECT count(*) FROM class_members m WHERE m.class_id = c.id), c.created_at
		FROM classes c JOIN chats ch ON ch.id = c.chat_id ORDER BY c.id DESC`)
}
