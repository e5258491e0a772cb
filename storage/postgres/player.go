package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"

	"quizbot/quiz"
)

// EnsureUser finds or creates the user by platform and platform id, keeping
// the display name current, and sets u.ID.
func (db *DB) EnsureUser(ctx context.Context, u *quiz.User) error {
	return db.pool.QueryRow(ctx, `INSERT INTO users (platform, platform_id, name, created_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (platform, platform_id) DO UPDATE SET name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE users.name END
		RETURNING id`, u.Platform, u.PlatformID, u.Name, db.Now()).Scan(&u.ID)
}

// EnsureChat finds or creates the chat and fills in c's id and settings.
func (db *DB) EnsureChat(ctx context.Context, c *quiz.Chat) error {
	if c.Scope == "" {
		c.Scope = c.Platform + ":" + c.PlatformID
	}
	return db.pool.QueryRow(ctx, `INSERT INTO chats (platform, platform_id, private, title, scope, created_at)
		VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (platform, platform_id) DO UPDATE SET title = excluded.title
		RETURNING id, private, scope, time_limit, poll`,
		c.Platform, c.PlatformID, c.Private, c.Title, c.Scope, db.Now()).
		Scan(&c.ID, &c.Private, &c.Scope, &c.TimeLimit, &c.Poll)
}

// UpdateChatSettings stores the chat's time limit and poll setting.
func (db *DB) UpdateChatSettings(ctx context.Context, c *quiz.Chat) error {
	_, err := db.pool.Exec(ctx, `UPDATE chats SET time_limit = $1, poll = $2 WHERE id = $3`, c.TimeLimit, c.Poll, c.ID)
	return err
}

// ChatByID returns a stored chat.
func (db *DB) ChatByID(ctx context.Context, id int64) (*quiz.Chat, error) {
	c := quiz.Chat{ID: id}
	err := db.pool.QueryRow(ctx, `SELECT platform, platform_id, private, title, scope, time_limit, poll FROM chats WHERE id = $1`, id).
		Scan(&c.Platform, &c.PlatformID, &c.Private, &c.Title, &c.Scope, &c.TimeLimit, &c.Poll)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There is no such chat.")
	}
	return &c, err
}
