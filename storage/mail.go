package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"quizbot/quiz"
)

// The outbox (quiz.MailStore): mail written with the change that decided
// it, claimed one at a time by the bot's delivery worker and settled after.

// FinishRoundMail ends the round and queues its mail in one transaction.
func (db *DB) FinishRoundMail(ctx context.Context, r *quiz.Round, scope string, mail []quiz.Mail) error {
	defer db.rounds.forget(r.ChatID)
	return db.update(ctx, func(tx *sql.Tx) error {
		if err := db.finishRound(ctx, tx, r, scope); err != nil {
			return err
		}
		now := db.Now()
		for _, m := range mail {
			due := m.Due
			if due.IsZero() {
				due = now
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO outbox (batch, chat_id, user_id, platform, text, summary, due, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, m.Batch, m.ChatID, m.UserID, m.Platform, m.Text, boolInt(m.Summary), formatTime(due), formatTime(now)); err != nil {
				return fmt.Errorf("queue mail: %w", err)
			}
		}
		return nil
	})
}

// ClaimMail claims the next mail due for one of the platforms. Results
// come before summaries, oldest first; a summary waits until no other mail
// of its batch is pending or being sent.
func (db *DB) ClaimMail(ctx context.Context, platforms []string, now time.Time) (*quiz.Mail, error) {
	if len(platforms) == 0 {
		return nil, nil
	}
	in := strings.TrimSuffix(strings.Repeat("?, ", len(platforms)), ", ")
	args := []any{formatTime(now), formatTime(now)}
	for _, p := range platforms {
		args = append(args, p)
	}
	var m *quiz.Mail
	err := db.update(ctx, func(tx *sql.Tx) error {
		var c quiz.Mail
		var summary int
		err := tx.QueryRowContext(ctx, `UPDATE outbox SET state = 'claimed', claimed_at = ?, tries = tries + 1
			WHERE id = (SELECT o.id FROM outbox o JOIN chats c ON c.id = o.chat_id
				WHERE o.state = 'pending' AND o.due <= ? AND (CASE o.platform WHEN '' THEN c.platform ELSE o.platform END) IN (`+in+`)
				AND (o.summary = 0 OR NOT EXISTS (SELECT 1 FROM outbox b
					WHERE b.batch = o.batch AND b.summary = 0 AND b.state IN ('pending', 'claimed', 'sending')))
				ORDER BY o.summary, o.due, o.id LIMIT 1)
			RETURNING id, batch, chat_id, user_id, platform, text, summary, tries`, args...).
			Scan(&c.ID, &c.Batch, &c.ChatID, &c.UserID, &c.Platform, &c.Text, &summary, &c.Tries)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		} else if err != nil {
			return fmt.Errorf("claim mail: %w", err)
		}
		if c.Summary = summary == 1; c.Summary {
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM outbox WHERE batch = ? AND summary = 0 AND state = 'failed'`,
				c.Batch).Scan(&c.Failed); err != nil {
				return fmt.Errorf("count refused mail of %s: %w", c.Batch, err)
			}
		}
		m = &c
		return nil
	})
	return m, err
}

// SendingMail marks a claimed mail as on its way.
func (db *DB) SendingMail(ctx context.Context, id int64, now time.Time) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE outbox SET state = 'sending', claimed_at = ? WHERE id = ? AND state = 'claimed'`,
			formatTime(now), id); err != nil {
			return fmt.Errorf("mark mail %d sending: %w", id, err)
		}
		return nil
	})
}

// SettleMail records the end of a claimed mail's delivery.
func (db *DB) SettleMail(ctx context.Context, id int64, state string, at time.Time) error {
	return db.update(ctx, func(tx *sql.Tx) error {
		var err error
		if state == quiz.MailPending {
			_, err = tx.ExecContext(ctx, `UPDATE outbox SET state = ?, due = ?, claimed_at = NULL WHERE id = ? AND state IN ('claimed', 'sending')`,
				state, formatTime(at), id)
		} else {
			_, err = tx.ExecContext(ctx, `UPDATE outbox SET state = ?, settled_at = ? WHERE id = ? AND state IN ('claimed', 'sending')`,
				state, formatTime(at), id)
		}
		if err != nil {
			return fmt.Errorf("settle mail %d: %w", id, err)
		}
		return nil
	})
}

// SweepMail ends the claims of a dead process (claimed: pending again;
// sending: in doubt) and deletes settled mail of batches that are done.
func (db *DB) SweepMail(ctx context.Context, claimedBefore, settledBefore time.Time) (int, error) {
	var n int64
	err := db.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE outbox SET state = 'unsure', settled_at = ? WHERE state = 'sending' AND claimed_at < ?`,
			formatTime(claimedBefore), formatTime(claimedBefore))
		if err != nil {
			return fmt.Errorf("settle stale mail: %w", err)
		}
		n, _ = res.RowsAffected()
		if _, err := tx.ExecContext(ctx, `UPDATE outbox SET state = 'pending', claimed_at = NULL WHERE state = 'claimed' AND claimed_at < ?`,
			formatTime(claimedBefore)); err != nil {
			return fmt.Errorf("release stale claims: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM outbox WHERE settled_at < ? AND NOT EXISTS
			(SELECT 1 FROM outbox p WHERE p.batch = outbox.batch AND p.state IN ('pending', 'claimed', 'sending'))`,
			formatTime(settledBefore)); err != nil {
			return fmt.Errorf("delete old mail: %w", err)
		}
		return nil
	})
	return int(n), err
}
