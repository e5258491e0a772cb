package storage

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"quizbot/quiz"
)

// A teacher's housekeeping from the command line: topics renamed and
// deleted, retired questions brought back, the classes listed.

var _ quiz.Housekeeping = (*DB)(nil)

// RenameTopic gives a topic a new name; ECONFLICT when another topic has it.
func (db *DB) RenameTopic(ctx context.Context, old, name string) error {
	name, err := quiz.TopicName(name)
	if err != nil {
		return err
	}
	err = db.update(ctx, func(tx *sql.Tx) error {
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM topics WHERE name = ?`, strings.TrimSpace(old)).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return quiz.Errorf(quiz.ENOTFOUND, "there is no topic %q", old)
		} else if err != nil {
			return err
		}
		var other int64
		err = tx.QueryRowContext(ctx, `SELECT id FROM topics WHERE name = ?`, name).Scan(&other)
		if err == nil && other != id {
			return quiz.Errorf(quiz.ECONFLICT, "there is a topic %q already", name)
		} else if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE topics SET name = ? WHERE id = ?`, name, id); err != nil {
			return err
		}
		return nil
	})
	db.questions.Purge() // questions carry their topic's name; renames are rare
	return err
}

// DeleteTopic deletes a topic's questions that nobody has answered, with
// their review cards. Questions that were answered stay, out of play, since
// class reports and standings refer to them; the topic itself goes when no
// question is left in it.
func (db *DB) DeleteTopic(ctx context.Context, name string) (deleted, kept int, err error) {
	err = db.update(ctx, func(tx *sql.Tx) error {
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM topics WHERE name = ?`, strings.TrimSpace(name)).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return quiz.Errorf(quiz.ENOTFOUND, "there is no topic %q", name)
		} else if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM questions WHERE topic_id = ?
			AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.question_id = questions.id)`, id)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		deleted = int(n)
		res, err = tx.ExecContext(ctx, `UPDATE questions SET retired = 1 WHERE topic_id = ?`, id)
		if err != nil {
			return err
		}
		n, _ = res.RowsAffected()
		kept = int(n)
		if kept == 0 {
			_, err = tx.ExecContext(ctx, `DELETE FROM topics WHERE id = ?`, id)
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
	return db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE questions SET retired = 0 WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return quiz.Errorf(quiz.ENOTFOUND, "there is no question %s", id)
		}
		return nil
	})
}

// RetiredQuestions lists the questions out of play, for un-retiring.
func (db *DB) RetiredQuestions(ctx context.Context) ([]quiz.Question, error) {
	return db.queryQuestions(ctx, `SELECT `+questionColumns+`
		FROM questions q JOIN topics t ON t.id = q.topic_id WHERE q.retired = 1 ORDER BY t.name, q.rowid`)
}

// Classes lists every class, the latest first.
func (db *DB) Classes(ctx context.Context) ([]quiz.ClassSummary, error) {
	return collect(ctx, db.r, func(s scanner) (c quiz.ClassSummary, err error) {
		var started sql.NullString
		err = s.Scan(&c.ID, &c.Chat, &c.Topic, &c.Students, &started)
		c.Started = parseTime(started)
		return c, err
	}, `SELECT c.id, CASE WHEN ch.title <> '' THEN ch.title ELSE ch.platform || ' ' || ch.platform_id END,
		c.topic, (SELECT COUNT(*) FROM class_members m WHERE m.class_id = c.id), c.created_at
		FROM classes c JOIN chats ch ON ch.id = c.chat_id ORDER BY c.id DESC`)
}
