package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"quizbot/quiz"
)

// Standing returns the player's line and rank on the scope's board; Rank is
// 0 when the player has no score there. The rank is counted by the server
// in the same statement (one more than the players with more points, an
// index-only count over scores_rank), so it holds whichever process wrote
// the points (cache.go says why there is no board in memory here).
func (db *DB) Standing(ctx context.Context, scope string, userID int64) (quiz.Standing, error) {
	s := quiz.Standing{UserID: userID}
	err := db.pool.QueryRow(ctx, `SELECT u.name, s.points, s.correct, s.answered, s.rounds, s.streak, s.best_streak,
		(SELECT 1 + count(*) FROM scores o WHERE o.scope = s.scope AND o.points > s.points)
		FROM scores s JOIN users u ON u.id = s.user_id WHERE s.scope = $1 AND s.user_id = $2`, scope, userID).
		Scan(&s.Name, &s.Points, &s.Correct, &s.Answered, &s.Rounds, &s.Streak, &s.BestStreak, &s.Rank)
	if errors.Is(err, pgx.ErrNoRows) {
		return s, nil
	}
	return s, err
}

// Top returns the first n lines of the scope's board.
func (db *DB) Top(ctx context.Context, scope string, n int) ([]quiz.Standing, error) {
	out, err := collect(ctx, db.pool, func(r scanner) (s quiz.Standing, err error) {
		err = r.Scan(&s.UserID, &s.Name, &s.Points, &s.Correct, &s.Answered, &s.Rounds, &s.Streak, &s.BestStreak)
		return s, err
	}, `SELECT s.user_id, u.name, s.points, s.correct, s.answered, s.rounds, s.streak, s.best_streak
		FROM scores s JOIN users u ON u.id = s.user_id WHERE s.scope = $1
		ORDER BY s.points DESC, s.correct DESC, s.user_id LIMIT $2`, scope, n)
	for i := range out {
		out[i].Rank = i + 1
		if i > 0 && out[i-1].Points == out[i].Points {
			out[i].Rank = out[i-1].Rank
		}
	}
	return out, err
}

// TopicResults returns the player's accuracy per topic.
func (db *DB) TopicResults(ctx context.Context, userID int64) ([]quiz.TopicResult, error) {
	return collect(ctx, db.pool, func(s scanner) (r quiz.TopicResult, err error) {
		err = s.Scan(&r.Topic, &r.Correct, &r.Answered)
		return r, err
	}, `SELECT t.name, SUM(a.correct::int), count(*) FROM attempts a
		JOIN questions q ON q.id = a.question_id JOIN topics t ON t.id = q.topic_id
		WHERE a.user_id = $1 GROUP BY t.name ORDER BY t.name`, userID)
}

// DailyAccuracy returns the player's share of correct answers per day
// (UTC), for the progress chart.
func (db *DB) DailyAccuracy(ctx context.Context, userID int64) ([]time.Time, []float64, error) {
	type day struct {
		at  time.Time
		acc float64
	}
	rows, err := collect(ctx, db.pool, func(s scanner) (d day, err error) {
		err = s.Scan(&d.at, &d.acc)
		return d, err
	}, `SELECT (created_at AT TIME ZONE 'UTC')::date AS day, AVG(correct::int)::float8 FROM attempts
		WHERE user_id = $1 GROUP BY day ORDER BY day`, userID)
	if err != nil {
		return nil, nil, err
	}
	var days []time.Time
	var acc []float64
	for _, d := range rows {
		days, acc = append(days, time.Date(d.at.Year(), d.at.Month(), d.at.Day(), 0, 0, 0, 0, time.UTC)), append(acc, d.acc)
	}
	return days, acc, nil
}

// ForgetUser removes the player's scores and review cards everywhere and
// detaches their answers, which stay as anonymous question statistics.
func (db *DB) ForgetUser(ctx context.Context, userID int64) error {
	return db.update(ctx, func(tx pgx.Tx) error {
		for _, q := range []string{
			`DELETE FROM scores WHERE user_id = $1`,
			`DELETE FROM cards WHERE user_id = $1`,
			`UPDATE attempts SET user_id = NULL WHERE user_id = $1`,
			`UPDATE rounds SET starter_id = NULL WHERE starter_id = $1`,
			`DELETE FROM users WHERE id = $1`,
		} {
			if _, err := tx.Exec(ctx, q, userID); err != nil {
				return err
			}
		}
		return nil
	})
}
