package postgres

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"quizbot/quiz"
)

var _ quiz.TeacherStore = (*DB)(nil)

// CreateSignIn stores a one-time sign-in link by its token's hash.
func (db *DB) CreateSignIn(ctx context.Context, userID int64, tokenHash string, expires time.Time) error {
	return db.update(ctx, func(tx pgx.Tx) error {
		// Links nobody used are worth nothing once expired; clear them here,
		// where new ones are made, rather than on a timer.
		if _, err := tx.Exec(ctx, `DELETE FROM signin_links WHERE expires_at < $1`, db.Now()); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `INSERT INTO signin_links (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`,
			tokenHash, userID, expires)
		return err
	})
}

// RedeemSignIn uses up a sign-in link and returns its user. Two processes
// redeeming one link at once: the row lock lets one update it, and the
// other then finds it used.
func (db *DB) RedeemSignIn(ctx context.Context, tokenHash string) (userID int64, err error) {
	err = db.update(ctx, func(tx pgx.Tx) error {
		now := db.Now()
		err := tx.QueryRow(ctx, `UPDATE signin_links SET used_at = $1
			WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING user_id`, now, tokenHash).Scan(&userID)
		if errors.Is(err, pgx.ErrNoRows) {
			return quiz.ErrBadSignIn
		}
		return err
	})
	return userID, err
}

// CreateSession stores a teacher's session by its cookie token's hash.
func (db *DB) CreateSession(ctx context.Context, tokenHash string, s *quiz.Session) error {
	return db.update(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM web_sessions WHERE expires_at < $1`, db.Now()); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `INSERT INTO web_sessions (token_hash, user_id, csrf, created_at, expires_at)
			VALUES ($1, $2, $3, $4, $5)`, tokenHash, s.Teacher.ID, s.CSRF, db.Now(), s.Expires)
		return err
	})
}

// Session returns the session with that token hash; nil when there is none
// or it expired.
func (db *DB) Session(ctx context.Context, tokenHash string) (*quiz.Session, error) {
	var s quiz.Session
	err := db.pool.QueryRow(ctx, `SELECT u.id, u.platform, u.platform_id, u.name, s.csrf, s.expires_at
		FROM web_sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2`,
		tokenHash, db.Now()).Scan(&s.Teacher.ID, &s.Teacher.Platform, &s.Teacher.PlatformID, &s.Teacher.Name, &s.CSRF, &s.Expires)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	s.Expires = s.Expires.UTC()
	return &s, nil
}

// DeleteSession ends a session (signing out).
func (db *DB) DeleteSession(ctx context.Context, tokenHash string) error {
	_, err := db.pool.Exec(ctx, `DELETE FROM web_sessions WHERE token_hash = $1`, tokenHash)
	return err
}

const topicColumns = `t.id, t.name, t.source,
	(SELECT count(*) FROM questions q WHERE q.topic_id = t.id AND NOT q.retired), COALESCE(t.owner_id, 0), t.draft`

func scanTopic(s scanner) (t quiz.Topic, err error) {
	err = s.Scan(&t.ID, &t.Name, &t.Source, &t.Questions, &t.OwnerID, &t.Draft)
	return t, err
}

// Topic returns one topic, a draft too, with its number of questions in
// play.
func (db *DB) Topic(ctx context.Context, id int64) (*quiz.Topic, error) {
	t, err := scanTopic(db.pool.QueryRow(ctx, `SELECT `+topicColumns+` FROM topics t WHERE t.id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There is no topic %d.", id)
	} else if err != nil {
		return nil, err
	}
	return &t, nil
}

// TeacherTopics lists the shared topics and the user's own, drafts first.
func (db *DB) TeacherTopics(ctx context.Context, userID int64) ([]quiz.Topic, error) {
	return collect(ctx, db.pool, scanTopic, `SELECT `+topicColumns+` FROM topics t
		WHERE t.owner_id IS NULL OR t.owner_id = $1 ORDER BY t.draft DESC, lower(t.name), t.name`, userID)
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
	err = db.update(ctx, func(tx pgx.Tx) error {
		now := db.Now()
		err := tx.QueryRow(ctx, `INSERT INTO topics (name, source, created_at, owner_id, draft) VALUES ($1, $2, $3, $4, true)
			ON CONFLICT DO NOTHING RETURNING id`, name, source, now, ownerID).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
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
	tag, err := db.pool.Exec(ctx, `UPDATE topics SET draft = false WHERE id = $1`, id)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return quiz.Errorf(quiz.ENOTFOUND, "There is no topic %d.", id)
	}
	return nil
}

func scanReviewQuestion(s scanner) (quiz.ReviewQuestion, error) {
	var rq quiz.ReviewQuestion
	q, err := scanQuestion(scanFunc(func(dest ...any) error {
		return s.Scan(append(dest, &rq.TopicID, &rq.Retired)...)
	}))
	rq.Question = q
	return rq, err
}

// scanFunc lets scanQuestion's columns be followed by more.
type scanFunc func(dest ...any) error

func (f scanFunc) Scan(dest ...any) error { return f(dest...) }

// readOnly runs f in a read-only transaction that sees one snapshot, so
// that a list and its statistics agree.
func (db *DB) readOnly(ctx context.Context, f func(tx pgx.Tx) error) error {
	return pgx.BeginTxFunc(ctx, db.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, f)
}

// TopicQuestions lists the topic's questions, retired ones last, each with
// its statistics from every answer given to it.
func (db *DB) TopicQuestions(ctx context.Context, topicID int64) (qs []quiz.ReviewQuestion, err error) {
	err = db.readOnly(ctx, func(tx pgx.Tx) error {
		var id int64
		if err := tx.QueryRow(ctx, `SELECT id FROM topics WHERE id = $1`, topicID).Scan(&id); errors.Is(err, pgx.ErrNoRows) {
			return quiz.Errorf(quiz.ENOTFOUND, "There is no topic %d.", topicID)
		} else if err != nil {
			return err
		}
		qs, err = collect(ctx, tx, scanReviewQuestion, `SELECT `+questionColumns+`, q.topic_id, q.retired
			FROM questions q JOIN topics t ON t.id = q.topic_id WHERE q.topic_id = $1
			ORDER BY q.retired, q.quality DESC, q.id`, topicID)
		if err != nil {
			return err
		}
		stats, err := topicStats(ctx, tx, topicID)
		if err != nil {
			return err
		}
		for i := range qs {
			qs[i].Stats = quiz.StatsOf(stats, qs[i].ID)
		}
		return nil
	})
	return qs, err
}

// ReviewQuestion returns one question as a teacher reviews it.
func (db *DB) ReviewQuestion(ctx context.Context, id string) (rq *quiz.ReviewQuestion, err error) {
	err = db.readOnly(ctx, func(tx pgx.Tx) error {
		q, err := scanReviewQuestion(tx.QueryRow(ctx, `SELECT `+questionColumns+`, q.topic_id, q.retired
			FROM questions q JOIN topics t ON t.id = q.topic_id WHERE q.id = $1`, id))
		if errors.Is(err, pgx.ErrNoRows) {
			return quiz.Errorf(quiz.ENOTFOUND, "There is no question %s.", id)
		} else if err != nil {
			return err
		}
		stats, err := topicStats(ctx, tx, q.TopicID)
		if err != nil {
			return err
		}
		q.Stats = quiz.StatsOf(stats, q.ID)
		rq = &q
		return nil
	})
	return rq, err
}

// topicStats reads each player's first answer to each of the topic's
// questions and works out their statistics (quiz.TopicStats).
func topicStats(ctx context.Context, tx pgx.Tx, topicID int64) (map[string]quiz.ItemStats, error) {
	firsts, err := collect(ctx, tx, func(s scanner) (f quiz.FirstAnswer, err error) {
		err = s.Scan(&f.Question, &f.User, &f.Correct, &f.Millis)
		return f, err
	}, `SELECT a.question_id, a.user_id, a.correct, a.response_ms FROM attempts a
		WHERE a.id IN (SELECT min(a2.id) FROM attempts a2 JOIN questions q ON q.id = a2.question_id
			WHERE q.topic_id = $1 AND a2.user_id IS NOT NULL GROUP BY a2.question_id, a2.user_id)
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
	// This process forgets its copy (cache.go) before the write and again
	// after it, so that a read racing the write cannot keep the old text;
	// other processes' copies expire within questioncache.TTL.
	db.questions.Forget(q.ID)
	defer db.questions.Forget(q.ID)
	tag, err := db.pool.Exec(ctx, `UPDATE questions SET kind = $1, stem = $2, options = $3, answer = $4, aliases = $5,
		explanation = $6, retired = $7, edited_at = $8 WHERE id = $9`, string(q.Kind), strings.TrimSpace(q.Stem),
		list(q.Options), strings.TrimSpace(q.Answer), list(q.Aliases), q.Explanation, retired, db.Now(), q.ID)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return quiz.Errorf(quiz.ENOTFOUND, "There is no question %s.", q.ID)
	}
	return nil
}

// AddQuestion files a question written by hand under the topic; its id is
// derived from its text, so the same question cannot be added twice.
func (db *DB) AddQuestion(ctx context.Context, topicID int64, q *quiz.Question) error {
	if err := q.Validate(); err != nil {
		return err
	}
	q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
	return db.update(ctx, func(tx pgx.Tx) error {
		var name string
		if err := tx.QueryRow(ctx, `SELECT name FROM topics WHERE id = $1`, topicID).Scan(&name); errors.Is(err, pgx.ErrNoRows) {
			return quiz.Errorf(quiz.ENOTFOUND, "There is no topic %d.", topicID)
		} else if err != nil {
			return err
		}
		q.Topic = name
		now := db.Now()
		n, err := insertQuestions(ctx, tx, topicID, []quiz.Question{*q}, now)
		if err != nil {
			return err
		}
		if n == 0 {
			return quiz.Errorf(quiz.ECONFLICT, "This question is stored already.")
		}
		_, err = tx.Exec(ctx, `UPDATE questions SET edited_at = $1 WHERE id = $2`, now, q.ID)
		return err
	})
}

// TeacherClasses lists the classes the user opened, latest first.
func (db *DB) TeacherClasses(ctx context.Context, userID int64) ([]quiz.Class, error) {
	return collect(ctx, db.pool, func(s scanner) (quiz.Class, error) {
		c, err := scanClass(s)
		if c == nil {
			return quiz.Class{}, err
		}
		return *c, err
	}, `SELECT `+classColumns+` FROM classes c JOIN chats ch ON ch.id = c.chat_id
		WHERE c.teacher_id = $1 ORDER BY c.id DESC LIMIT 200`, userID)
}

// ClassRound returns the class's live round, whatever its state.
func (db *DB) ClassRound(ctx context.Context, classID int64) (*quiz.Round, error) {
	r, err := scanRound(db.pool.QueryRow(ctx, `SELECT `+roundColumns+` FROM rounds
		WHERE class_id = $1 AND mode = $2 ORDER BY id DESC LIMIT 1`, classID, quiz.ModeClass))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	return &r, nil
}
