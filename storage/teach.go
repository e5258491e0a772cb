package storage

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"quizbot/quiz"
)

var _ quiz.TeacherStore = (*DB)(nil)

// CreateSignIn stores a one-time sign-in link by its token's hash.
func (db *DB) CreateSignIn(ctx context.Context, userID int64, tokenHash string, expires time.Time) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		// Links nobody used are worth nothing once expired; clear them here,
		// where new ones are made, rather than on a timer.
		if _, err := tx.ExecContext(ctx, `DELETE FROM signin_links WHERE expires_at < ?`, formatTime(db.Now())); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO signin_links (token_hash, user_id, expires_at) VALUES (?, ?, ?)`,
			tokenHash, userID, formatTime(expires))
		return err
	})
}

// RedeemSignIn uses up a sign-in link and returns its user.
func (db *DB) RedeemSignIn(ctx context.Context, tokenHash string) (userID int64, err error) {
	err = db.update(ctx, func(tx *sql.Tx) error {
		now := formatTime(db.Now())
		err := tx.QueryRowContext(ctx, `UPDATE signin_links SET used_at = ?
			WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING user_id`, now, tokenHash, now).Scan(&userID)
		if errors.Is(err, sql.ErrNoRows) {
			return quiz.ErrBadSignIn
		}
		return err
	})
	return userID, err
}

// CreateSession stores a teacher's session by its cookie token's hash.
func (db *DB) CreateSession(ctx context.Context, tokenHash string, s *quiz.Session) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM web_sessions WHERE expires_at < ?`, formatTime(db.Now())); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO web_sessions (token_hash, user_id, csrf, created_at, expires_at)
			VALUES (?, ?, ?, ?, ?)`, tokenHash, s.Teacher.ID, s.CSRF, formatTime(db.Now()), formatTime(s.Expires))
		return err
	})
}

// Session returns the session with that token hash; nil when there is none
// or it expired.
func (db *DB) Session(ctx context.Context, tokenHash string) (*quiz.Session, error) {
	var s quiz.Session
	var exp sql.NullString
	err := db.r.QueryRowContext(ctx, `SELECT u.id, u.platform, u.platform_id, u.name, s.csrf, s.expires_at
		FROM web_sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?`,
		tokenHash, formatTime(db.Now())).Scan(&s.Teacher.ID, &s.Teacher.Platform, &s.Teacher.PlatformID, &s.Teacher.Name, &s.CSRF, &exp)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	s.Expires = parseTime(exp)
	return &s, nil
}

// DeleteSession ends a session (signing out).
func (db *DB) DeleteSession(ctx context.Context, tokenHash string) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM web_sessions WHERE token_hash = ?`, tokenHash)
		return err
	})
}

const topicColumns = `t.id, t.name, t.source,
	(SELECT COUNT(*) FROM questions q WHERE q.topic_id = t.id AND q.retired = 0), COALESCE(t.owner_id, 0), t.draft`

func scanTopic(s scanner) (t quiz.Topic, err error) {
	err = s.Scan(&t.ID, &t.Name, &t.Source, &t.Questions, &t.OwnerID, &t.Draft)
	return t, err
}

// Topic returns one topic, a draft too, with its number of questions in
// play.
func (db *DB) Topic(ctx context.Context, id int64) (*quiz.Topic, error) {
	t, err := scanTopic(db.r.QueryRowContext(ctx, `SELECT `+topicColumns+` FROM topics t WHERE t.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There is no topic %d.", id)
	} else if err != nil {
		return nil, err
	}
	return &t, nil
}

// TeacherTopics lists the shared topics and the user's own, drafts too.
func (db *DB) TeacherTopics(ctx context.Context, userID int64) ([]quiz.Topic, error) {
	return collect(ctx, db.r, scanTopic, `SELECT `+topicColumns+` FROM topics t
		WHERE t.owner_id IS NULL OR t.owner_id = ? ORDER BY t.draft DESC, t.name`, userID)
}

// CreateDraftTopic stores a new topic as its owner's draft.
func (db *DB) CreateDraftTopic(ctx context.Context, ownerID int64, name, source string, qs []quiz.Question) (*quiz.Topic, error) {
	name, err := quiz.TopicName(name)
	if err != nil {
		return nil, err
	}
	if err := quiz.ValidateAll(qs); err != nil {
		return nil, err
	}
	var id int64
	err = db.update(ctx, func(tx *sql.Tx) error {
		now := formatTime(db.Now())
		err := tx.QueryRowContext(ctx, `INSERT INTO topics (name, source, created_at, owner_id, draft) VALUES (?, ?, ?, ?, 1)
			ON CONFLICT (name) DO NOTHING RETURNING id`, name, source, now, ownerID).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return quiz.Errorf(quiz.ECONFLICT, "There is a topic %q already: give this one another name.", name)
		} else if err != nil {
			return err
		}
		_, err = insertQuestions(ctx, tx, id, qs, now)
		return err
	})
	if err != nil {
		return nil, err
	}
	return db.Topic(ctx, id)
}

// PublishTopic puts a draft topic in play.
func (db *DB) PublishTopic(ctx context.Context, id int64) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE topics SET draft = 0 WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return quiz.Errorf(quiz.ENOTFOUND, "There is no topic %d.", id)
		}
		return nil
	})
}

func scanReviewQuestion(s scanner) (quiz.ReviewQuestion, error) {
	var rq quiz.ReviewQuestion
	var retired int
	q, err := scanQuestion(scanFunc(func(dest ...any) error {
		return s.Scan(append(dest, &rq.TopicID, &retired)...)
	}))
	rq.Question, rq.Retired = q, retired != 0
	return rq, err
}

// scanFunc lets scanQuestion's columns be followed by more.
type scanFunc func(dest ...any) error

func (f scanFunc) Scan(dest ...any) error { return f(dest...) }

// TopicQuestions lists the topic's questions, retired ones last, each with
// its statistics from every answer given to it.
func (db *DB) TopicQuestions(ctx context.Context, topicID int64) ([]quiz.ReviewQuestion, error) {
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, `SELECT id FROM topics WHERE id = ?`, topicID).Scan(&topicID); errors.Is(err, sql.ErrNoRows) {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There is no topic %d.", topicID)
	} else if err != nil {
		return nil, err
	}
	qs, err := collect(ctx, tx, scanReviewQuestion, `SELECT `+questionColumns+`, q.topic_id, q.retired
		FROM questions q JOIN topics t ON t.id = q.topic_id WHERE q.topic_id = ? ORDER BY q.retired, q.quality DESC, q.id`, topicID)
	if err != nil {
		return nil, err
	}
	stats, err := topicStats(ctx, tx, topicID)
	if err != nil {
		return nil, err
	}
	for i := range qs {
		qs[i].Stats = quiz.StatsOf(stats, qs[i].ID)
	}
	return qs, nil
}

// ReviewQuestion returns one question as a teacher reviews it.
func (db *DB) ReviewQuestion(ctx context.Context, id string) (*quiz.ReviewQuestion, error) {
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return reviewQuestion(ctx, tx, id)
}

func reviewQuestion(ctx context.Context, tx *sql.Tx, id string) (*quiz.ReviewQuestion, error) {
	rq, err := scanReviewQuestion(tx.QueryRowContext(ctx, `SELECT `+questionColumns+`, q.topic_id, q.retired
		FROM questions q JOIN topics t ON t.id = q.topic_id WHERE q.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There is no question %s.", id)
	} else if err != nil {
		return nil, err
	}
	stats, err := topicStats(ctx, tx, rq.TopicID)
	if err != nil {
		return nil, err
	}
	rq.Stats = quiz.StatsOf(stats, rq.ID)
	return &rq, nil
}

// topicStats reads each player's first answer to each of the topic's
// questions and works out their statistics (quiz.TopicStats).
func topicStats(ctx context.Context, tx *sql.Tx, topicID int64) (map[string]quiz.ItemStats, error) {
	firsts, err := collect(ctx, tx, func(s scanner) (f quiz.FirstAnswer, err error) {
		err = s.Scan(&f.Question, &f.User, &f.Correct, &f.Millis)
		return f, err
	}, `SELECT a.question_id, a.user_id, a.correct, a.response_ms FROM attempts a
		WHERE a.id IN (SELECT MIN(a2.id) FROM attempts a2 JOIN questions q ON q.id = a2.question_id
			WHERE q.topic_id = ? AND a2.user_id IS NOT NULL GROUP BY a2.question_id, a2.user_id)
		ORDER BY a.question_id, a.user_id`, topicID)
	if err != nil {
		return nil, err
	}
	return quiz.TopicStats(firsts), nil
}

// EditQuestion stores a teacher's change to a question. The id stays, so
// that its answers, review cards and reports stay with it.
func (db *DB) EditQuestion(ctx context.Context, q *quiz.Question, retired bool) error {
	if err := q.Validate(); err != nil {
		return err
	}
	// The question's text may be read from memory (cache.go): forget it
	// before, and again once the change is committed, so that a read racing
	// the write cannot keep the old text; other processes on the file
	// forget theirs within questioncache.TTL.
	db.questions.Forget(q.ID)
	defer db.questions.Forget(q.ID)
	return db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE questions SET kind = ?, stem = ?, options = ?, answer = ?, aliases = ?,
			explanation = ?, retired = ?, edited_at = ? WHERE id = ?`, string(q.Kind), strings.TrimSpace(q.Stem),
			jsonList(q.Options), strings.TrimSpace(q.Answer), jsonList(q.Aliases), q.Explanation, boolInt(retired),
			formatTime(db.Now()), q.ID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return quiz.Errorf(quiz.ENOTFOUND, "There is no question %s.", q.ID)
		}
		return nil
	})
}

// AddQuestion files a question written by hand under the topic; its id is
// derived from its text, so the same question cannot be added twice.
func (db *DB) AddQuestion(ctx context.Context, topicID int64, q *quiz.Question) error {
	if err := q.Validate(); err != nil {
		return err
	}
	q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
	return db.update(ctx, func(tx *sql.Tx) error {
		var name string
		if err := tx.QueryRowContext(ctx, `SELECT name FROM topics WHERE id = ?`, topicID).Scan(&name); errors.Is(err, sql.ErrNoRows) {
			return quiz.Errorf(quiz.ENOTFOUND, "There is no topic %d.", topicID)
		} else if err != nil {
			return err
		}
		q.Topic = name
		n, err := insertQuestions(ctx, tx, topicID, []quiz.Question{*q}, formatTime(db.Now()))
		if err != nil {
			return err
		}
		if n == 0 {
			return quiz.Errorf(quiz.ECONFLICT, "This question is stored already.")
		}
		_, err = tx.ExecContext(ctx, `UPDATE questions SET edited_at = ? WHERE id = ?`, formatTime(db.Now()), q.ID)
		return err
	})
}

// TeacherClasses lists the classes the user opened, latest first.
func (db *DB) TeacherClasses(ctx context.Context, userID int64) ([]quiz.Class, error) {
	return collect(ctx, db.r, func(s scanner) (quiz.Class, error) {
		c, err := scanClass(s)
		if c == nil {
			return quiz.Class{}, err
		}
		return *c, err
	}, `SELECT `+classColumns+` FROM classes c JOIN chats ch ON ch.id = c.chat_id
		WHERE c.teacher_id = ? ORDER BY c.id DESC LIMIT 200`, userID)
}

// ClassRound returns the class's live round, whatever its state.
func (db *DB) ClassRound(ctx context.Context, classID int64) (*quiz.Round, error) {
	r, err := scanRound(db.r.QueryRowContext(ctx, `SELECT `+roundColumns+` FROM rounds
		WHERE class_id = ? AND mode = ? ORDER BY id DESC LIMIT 1`, classID, quiz.ModeClass))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	return &r, nil
}
