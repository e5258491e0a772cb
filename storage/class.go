package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"quizbot/quiz"
)

// CreateClass stores a class and, when r is not nil, its live round, in one
// transaction, so that a chat busy with another round gets no empty class.
func (db *DB) CreateClass(ctx context.Context, c *quiz.Class, r *quiz.Round) error {
	defer func() {
		if r != nil {
			db.rounds.forget(r.ChatID)
		}
	}()
	return db.update(ctx, func(tx *sql.Tx) error {
		if c.CreatedAt.IsZero() {
			c.CreatedAt = db.Now()
		}
		err := tx.QueryRowContext(ctx, `INSERT INTO classes (chat_id, teacher_id, topic, code, created_at)
			VALUES (?, NULLIF(?, 0), ?, ?, ?) RETURNING id`, c.ChatID, c.TeacherID, c.Topic, c.Code, formatTime(c.CreatedAt)).Scan(&c.ID)
		if err != nil || r == nil {
			return err
		}
		r.ClassID = c.ID
		return insertRound(ctx, tx, r, formatTime(db.Now()))
	})
}

const classColumns = `c.id, c.chat_id, COALESCE(c.teacher_id, 0), c.topic, c.code, c.created_at, ch.title, ch.platform`

func scanClass(s scanner) (*quiz.Class, error) {
	var c quiz.Class
	var at sql.NullString
	err := s.Scan(&c.ID, &c.ChatID, &c.TeacherID, &c.Topic, &c.Code, &at, &c.ChatTitle, &c.Platform)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	c.CreatedAt = parseTime(at)
	return &c, nil
}

// Class returns a class; ENOTFOUND when there is none with that id.
func (db *DB) Class(ctx context.Context, id int64) (*quiz.Class, error) {
	c, err := scanClass(db.r.QueryRowContext(ctx, `SELECT `+classColumns+` FROM classes c JOIN chats ch ON ch.id = c.chat_id
		WHERE c.id = ?`, id))
	if err == nil && c == nil {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There is no class %d.", id)
	}
	return c, err
}

// LatestClass returns the chat's latest class (any chat's for chatID 0), or
// nil.
func (db *DB) LatestClass(ctx context.Context, chatID int64) (*quiz.Class, error) {
	return scanClass(db.r.QueryRowContext(ctx, `SELECT `+classColumns+` FROM classes c JOIN chats ch ON ch.id = c.chat_id
		WHERE ? = 0 OR c.chat_id = ? ORDER BY c.id DESC LIMIT 1`, chatID, chatID))
}

// JoinClass adds a student to a class; joined is false for a member.
func (db *DB) JoinClass(ctx context.Context, classID, userID int64) (joined bool, err error) {
	err = db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO class_members (class_id, user_id, joined_at) VALUES (?, ?, ?)`,
			classID, userID, formatTime(db.Now()))
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		joined = n == 1
		return nil
	})
	return joined, err
}

// IsMember reports whether the user joined the class.
func (db *DB) IsMember(ctx context.Context, classID, userID int64) (bool, error) {
	var n int
	err := db.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM class_members WHERE class_id = ? AND user_id = ?`, classID, userID).Scan(&n)
	return n > 0, err
}

// ClassMembers returns the class's students in the order they joined.
func (db *DB) ClassMembers(ctx context.Context, classID int64) ([]quiz.User, error) {
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return classMembers(ctx, tx, classID)
}

// CountAnswered counts the players who answered question seq of the round
// and the class's students, in one read.
func (db *DB) CountAnswered(ctx context.Context, roundID int64, seq int, classID int64) (answered, members int, err error) {
	err = db.r.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(DISTINCT user_id) FROM attempts WHERE round_id = ? AND seq = ?),
		(SELECT COUNT(*) FROM class_members WHERE class_id = ?)`, roundID, seq, classID).Scan(&answered, &members)
	return answered, members, err
}

// CreateAssignment stores homework for a class.
func (db *DB) CreateAssignment(ctx context.Context, a *quiz.Assignment) error {
	if len(a.QuestionIDs) == 0 {
		return quiz.Errorf(quiz.EINVALID, "Homework needs at least one question.")
	}
	return db.update(ctx, func(tx *sql.Tx) error {
		if a.CreatedAt.IsZero() {
			a.CreatedAt = db.Now()
		}
		ids, _ := json.Marshal(a.QuestionIDs)
		return tx.QueryRowContext(ctx, `INSERT INTO assignments (class_id, topic, question_ids, due, created_at)
			VALUES (?, ?, ?, ?, ?) RETURNING id`, a.ClassID, a.Topic, string(ids), formatTime(a.Due), formatTime(a.CreatedAt)).Scan(&a.ID)
	})
}

const assignmentColumns = `a.id, a.class_id, a.topic, a.question_ids, a.due, a.created_at, ch.title, ch.platform`

func scanAssignment(s scanner) (quiz.Assignment, error) {
	var a quiz.Assignment
	var ids string
	var due, at sql.NullString
	err := s.Scan(&a.ID, &a.ClassID, &a.Topic, &ids, &due, &at, &a.ChatTitle, &a.Platform)
	if err == nil {
		if err = decodeJSON(ids, &a.QuestionIDs); err != nil {
			err = fmt.Errorf("load assignment %d: question ids: %w", a.ID, err)
		}
	}
	a.Due, a.CreatedAt = parseTime(due), parseTime(at)
	return a, err
}

const assignmentFrom = ` FROM assignments a JOIN classes c ON c.id = a.class_id JOIN chats ch ON ch.id = c.chat_id `

// Assignment returns homework by id; ENOTFOUND when there is none.
func (db *DB) Assignment(ctx context.Context, id int64) (*quiz.Assignment, error) {
	a, err := scanAssignment(db.r.QueryRowContext(ctx, `SELECT `+assignmentColumns+assignmentFrom+`WHERE a.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There is no homework %d.", id)
	} else if err != nil {
		return nil, err
	}
	return &a, nil
}

// OpenAssignments lists the homework on the platform not yet due, of
// classes in chats where the user joined a class or answered a question.
func (db *DB) OpenAssignments(ctx context.Context, platform string, userID int64, now time.Time) ([]quiz.Assignment, error) {
	return collect(ctx, db.r, scanAssignment, `SELECT `+assignmentColumns+assignmentFrom+`
		WHERE ch.platform = ? AND a.due > ? AND (
			c.chat_id IN (SELECT c2.chat_id FROM class_members m JOIN classes c2 ON c2.id = m.class_id WHERE m.user_id = ?)
			OR c.chat_id IN (SELECT chat_id FROM attempts WHERE user_id = ?))
		ORDER BY a.due, a.id`, platform, formatTime(now), userID, userID)
}

// HomeworkAnswered lists the questions the user answered in the class's
// homework rounds.
func (db *DB) HomeworkAnswered(ctx context.Context, classID, userID int64) ([]string, error) {
	return collect(ctx, db.r, func(s scanner) (id string, err error) { err = s.Scan(&id); return id, err },
		`SELECT DISTINCT a.question_id FROM attempts a JOIN rounds r ON r.id = a.round_id
		WHERE r.class_id = ? AND r.mode = ? AND a.user_id = ?`, classID, quiz.ModeHomework, userID)
}

// ClassByCode returns the latest class that took the code, or nil.
func (db *DB) ClassByCode(ctx context.Context, code string) (*quiz.Class, error) {
	if code == "" {
		return nil, nil
	}
	return scanClass(db.r.QueryRowContext(ctx, `SELECT `+classColumns+` FROM classes c JOIN chats ch ON ch.id = c.chat_id
		WHERE c.code = ? ORDER BY c.id DESC LIMIT 1`, code))
}
