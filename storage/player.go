package storage

import (
	"context"
	"database/sql"
	"errors"

	"quizbot/quiz"
)

// EnsureUser finds or creates the user by platform and platform id, keeping
// the display name current, and sets u.ID.
func (db *DB) EnsureUser(ctx context.Context, u *quiz.User) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `INSERT INTO users (platform, platform_id, name, created_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (platform, platform_id) DO UPDATE SET name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE users.name END
			RETURNING id`, u.Platform, u.PlatformID, u.Name, formatTime(db.Now())).Scan(&u.ID)
	})
}

// EnsureChat finds or creates the chat and fills in c's id and settings.
func (db *DB) EnsureChat(ctx context.Context, c *quiz.Chat) error {
	if c.Scope == "" {
		c.Scope = c.Platform + ":" + c.PlatformID
	}
	return db.update(ctx, func(tx *sql.Tx) error {
		var private, poll int
		err := tx.QueryRowContext(ctx, `INSERT INTO chats (platform, platform_id, private, title, scope, created_at) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (platform, platform_id) DO UPDATE SET title = excluded.title
			RETURNING id, private, scope, time_limit, poll`,
			c.Platform, c.PlatformID, boolInt(c.Private), c.Title, c.Scope, formatTime(db.Now())).
			Scan(&c.ID, &private, &c.Scope, &c.TimeLimit, &poll)
		c.Private, c.Poll = private == 1, poll == 1
		return err
	})
}

// UpdateChatSettings stores the chat's time limit and poll setting.
func (db *DB) UpdateChatSettings(ctx context.Context, c *quiz.Chat) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE chats SET time_limit = ?, poll = ? WHERE id = ?`, c.TimeLimit, boolInt(c.Poll), c.ID)
		return err
	})
}

// ChatByID returns a stored chat.
func (db *DB) ChatByID(ctx context.Context, id int64) (*quiz.Chat, error) {
	c := quiz.Chat{ID: id}
	var private, poll int
	err := db.r.QueryRowContext(ctx, `SELECT platform, platform_id, private, title, scope, time_limit, poll FROM chats WHERE id = ?`, id).
		Scan(&c.Platform, &c.PlatformID, &private, &c.Title, &c.Scope, &c.TimeLimit, &poll)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There is no such chat.")
	}
	c.Private, c.Poll = private == 1, poll == 1
	return &c, err
}
