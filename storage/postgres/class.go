package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"quizbot/quiz"
)

// CreateClass stores a class and, when r is not nil, its live round, in one
// transaction, so that a chat busy with another round gets no empty class.
func (db *DB) CreateClass(ctx context.Context, c *quiz.Class, r *quiz.Round) error {
	if c.CreatedAt.IsZero() {
		c.CreatedAt = db.Now()
	}
	return db.update(ctx, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO classes (chat_id, teacher_id, topic, code, created_at)
			VALUES ($1, NULLIF($2, 0), $3, $4, $5) RETURNING id`, c.ChatID, c.TeacherID, c.Topic, c.Code, c.CreatedAt).Scan(&c.ID)
		if err != nil || r == nil {
			return err
		}
		r.ClassID = c.ID
		return insertRound(ctx, tx, r, db.Now())
	})
}

const classColumns = `c.id, c.chat_id, COALESCE(c.teacher_id, 0), c.topic, c.code, c.created_at, ch.title, ch.platform`

func scanClass(s scanner) (*quiz.Class, error) {
	var c quiz.Class
	err := s.Scan(&c.ID, &c.ChatID, &c.TeacherID, &c.Topic, &c.Code, &c.CreatedAt, &c.ChatTitle, &c.Platform)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	c.CreatedAt = c.CreatedAt.UTC()
	return &c, nil
}

// Class returns a class; ENOTFOUND when there is none with that id.
func (db *DB) Class(ctx context.Context, id int64) (*quiz.Class, error) {
	c, err := scanClass(db.pool.QueryRow(ctx, `SELECT `+classColumns+` FROM classes c JOIN chats ch ON ch.id = c.chat_id
		WHERE c.id = $1`, id))
	if err == nil && c == nil {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There is no class %d.", id)
	}
	return c, err
}

// LatestClass returns the chat's latest class (any chat's for chatID 0), or
// nil.
func (db *DB) LatestClass(ctx context.Context, chatID int64) (*quiz.Class, error) {
	return scanClass(db.pool.QueryRow(ctx, `SELECT `+classColumns+` FROM classes c JOIN chats ch ON ch.id = c.chat_id
		WHERE $1::bigint = 0 OR c.chat_id = $1 ORDER BY c.id DESC LIMIT 1`, chatID))
}

// JoinClass adds a student to a class; joined is false for a member.
func (db *DB) JoinClass(ctx context.Context, classID, userID int64) (joined bool, err error) {
	tag, err := db.pool.Exec(ctx, `INSERT INTO class_members (class_id, user_id, joined_at) VALUES ($1, $2, $3)
		ON CONFLICT DO NOTHING`, classID, userID, db.Now())
	return err == nil && tag.RowsAffected() == 1, err
}

// IsMember reports whether the user joined the class.
func (db *DB) IsMember(ctx context.Context, classID, userID int64) (bool, error) {
	var ok bool
	err := db.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM class_members WHERE class_id = $1 AND user_id = $2)`,
		classID, userID).Scan(&ok)
	return ok, err
}

// ClassMembers returns the class's students in the order they joined.
func (db *DB) ClassMembers(ctx context.Context, classID int64) ([]quiz.User, error) {
	return classMembers(ctx, db.pool, classID)
}

func classMembers(ctx context.Context, q querier, classID int64) ([]quiz.User, error) {
	return collect(ctx, q, func(s scanner) (u quiz.User, err error) {
		err = s.Scan(&u.ID, &u.Platform, &u.PlatformID, &u.Name)
		return u, err
	}, `SELECT u.id, u.platform, u.platform_id, u.name FROM class_members m
		JOIN users u ON u.id = m.user_id WHERE m.class_id = $1 ORDER BY m.joined_at, m.joined`, classID)
}

// CountAnswered counts the players who answered question seq of the round
// and the class's students, in one read.
func (db *DB) CountAnswered(ctx context.Context, roundID int64, seq int, classID int64) (answered, members int, err error) {
	err = db.pool.QueryRow(ctx, `SELECT
		(SELECT COUNT(DISTINCT user_id) FROM attempts WHERE round_id = $1 AND seq = $2),
		(SELECT COUNT(*) FROM class_members WHERE class_id = $3)`, roundID, seq, classID).Scan(&answered, &members)
	return answered, members, err
}

// CreateAssignment stores homework for a class.
func (db *DB) CreateAssignment(ctx context.Context, a *quiz.Assignment) error {
	if len(a.QuestionIDs) == 0 {
		return quiz.Errorf(quiz.EINVALID, "Homework needs at least one question.")
	}
	if a.CreatedAt.IsZero() {
		a.CreatedAt = db.Now()
	}
	return db.pool.QueryRow(ctx, `INSERT INTO assignments (class_id, topic, question_ids, due, created_at)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`, a.ClassID, a.Topic, a.QuestionIDs, a.Due, a.CreatedAt).Scan(&a.ID)
}

const assignmentColumns = `a.id, a.class_id, a.topic, a.question_ids, a.due, a.created_at, ch.title, ch.platform`

func scanAssignment(s scanner) (quiz.Assignment, error) {
	var a quiz.Assignment
	err := s.Scan(&a.ID, &a.ClassID, &a.Topic, &a.QuestionIDs, &a.Due, &a.CreatedAt, &a.ChatTitle, &a.Platform)
	a.Due, a.CreatedAt = a.Due.UTC(), a.CreatedAt.UTC()
	return a, err
}

const assignmentFrom = ` FROM assignments a JOIN classes c ON c.id = a.class_id JOIN chats ch ON ch.id = c.chat_id `

// Assignment returns homework by id; ENOTFOUND when there is none.
func (db *DB) Assignment(ctx context.Context, id int64) (*quiz.Assignment, error) {
	a, err := scanAssignment(db.pool.QueryRow(ctx, `SELECT `+assignmentColumns+assignmentFrom+`WHERE a.id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There is no homework %d.", id)
	} else if err != nil {
		return nil, err
	}
	return &a, nil
}

// OpenAssignments lists the homework on the platform not yet due, of
// classes in chats where the user joined a class or answered a question.
func (db *DB) OpenAssignments(ctx context.Context, platform string, userID int64, now time.Time) ([]quiz.Assignment, error) {
	return collect(ctx, db.pool, scanAssignment, `SELECT `+assignmentColumns+assignmentFrom+`
		WHERE ch.platform = $1 AND a.due > $2 AND (
			c.chat_id IN (SELECT c2.chat_id FROM class_members m JOIN classes c2 ON c2.id = m.class_id WHERE m.user_id = $3)
			OR c.chat_id IN (SELECT chat_id FROM attempts WHERE user_id = $3))
		ORDER BY a.due, a.id`, platform, now, userID)
}

// HomeworkAnswered lists the questions the user answered in the class's
// homework rounds.
func (db *DB) HomeworkAnswered(ctx context.Context, classID, userID int64) ([]string, error) {
	return collect(ctx, db.pool, func(s scanner) (id string, err error) { err = s.Scan(&id); return id, err },
		`SELECT DISTINCT a.question_id FROM attempts a JOIN rounds r ON r.id = a.round_id
		WHERE r.class_id = $1 AND r.mode = $2 AND a.user_id = $3`, classID, quiz.ModeHomework, userID)
}

// ClassByCode returns the latest class that took the code, or nil.
func (db *DB) ClassByCode(ctx context.Context, code string) (*quiz.Class, error) {
	if code == "" {
		return nil, nil
	}
	return scanClass(db.pool.QueryRow(ctx, `SELECT `+classColumns+` FROM classes c JOIN chats ch ON ch.id = c.chat_id
		WHERE c.code = $1 ORDER BY c.id DESC LIMIT 1`, code))
}
