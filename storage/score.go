package storage

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"quizbot/quiz"
)

// Standing returns the player's line and rank on the scope's board; Rank is
// 0 when the player has no score there. The rank comes from the board kept
// in memory (rank.go).
func (db *DB) Standing(ctx context.Context, scope string, userID int64) (quiz.Standing, error) {
	s := quiz.Standing{UserID: userID}
	err := db.r.QueryRowContext(ctx, `SELECT u.name, s.points, s.correct, s.answered, s.rounds, s.streak, s.best_streak
		FROM scores s JOIN users u ON u.id = s.user_id WHERE s.scope = ? AND s.user_id = ?`, scope, userID).
		Scan(&s.Name, &s.Points, &s.Correct, &s.Answered, &s.Rounds, &s.Streak, &s.BestStreak)
	if errors.Is(err, sql.ErrNoRows) {
		return s, nil
	} else if err != nil {
		return s, err
	}
	s.Rank, err = db.rank(ctx, scope, s.Points)
	return s, err
}

// Top returns the first n lines of the scope's board.
func (db *DB) Top(ctx context.Context, scope string, n int) ([]quiz.Standing, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT s.user_id, u.name, s.points, s.correct, s.answered, s.rounds, s.streak, s.best_streak
		FROM scores s JOIN users u ON u.id = s.user_id WHERE s.scope = ? ORDER BY s.points DESC, s.correct DESC, s.user_id LIMIT ?`, scope, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []quiz.Standing
	for rows.Next() {
		var s quiz.Standing
		if err := rows.Scan(&s.UserID, &s.Name, &s.Points, &s.Correct, &s.Answered, &s.Rounds, &s.Streak, &s.BestStreak); err != nil {
			return nil, err
		}
		s.Rank = len(out) + 1
		if len(out) > 0 && out[len(out)-1].Points == s.Points {
			s.Rank = out[len(out)-1].Rank
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// TopicResults returns the player's accuracy per topic.
func (db *DB) TopicResults(ctx context.Context, userID int64) ([]quiz.TopicResult, error) {
	return collect(ctx, db.r, func(s scanner) (r quiz.TopicResult, err error) {
		err = s.Scan(&r.Topic, &r.Correct, &r.Answered)
		return r, err
	}, `SELECT t.name, SUM(a.correct), COUNT(*) FROM attempts a
		JOIN questions q ON q.id = a.question_id JOIN topics t ON t.id = q.topic_id
		WHERE a.user_id = ? GROUP BY t.name ORDER BY t.name`, userID)
}

// DailyAccuracy returns the player's share of correct answers per day, for
// the progress chart.
func (db *DB) DailyAccuracy(ctx context.Context, userID int64) ([]time.Time, []float64, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT substr(created_at, 1, 10) AS day, AVG(correct) FROM attempts
		WHERE user_id = ? GROUP BY day ORDER BY day`, userID)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var days []time.Time
	var acc []float64
	for rows.Next() {
		var day string
		var a float64
		if err := rows.Scan(&day, &a); err != nil {
			return nil, nil, err
		}
		t, _ := time.Parse("2006-01-02", day)
		days, acc = append(days, t), append(acc, a)
	}
	return days, acc, rows.Err()
}

// ForgetUser removes the player's scores and review cards everywhere and
// detaches their answers, which stay as anonymous question statistics.
func (db *DB) ForgetUser(ctx context.Context, userID int64) (err error) {
	defer db.rounds.forget() // their rounds lose their starter
	db.group.exclusive(func() {
		if err = db.forgetUser(ctx, userID); err == nil {
			db.ranks.forget(userID)
		}
	})
	return err
}

func (db *DB) forgetUser(ctx context.Context, userID int64) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{
			`DELETE FROM scores WHERE user_id = ?`,
			`DELETE FROM cards WHERE user_id = ?`,
			`UPDATE attempts SET user_id = NULL WHERE user_id = ?`,
			`UPDATE rounds SET starter_id = NULL WHERE starter_id = ?`,
			`DELETE FROM users WHERE id = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, userID); err != nil {
				return err
			}
		}
		return nil
	})
}
