package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"quizbot/quiz"
)

// The outbox (quiz.MailStore), shared by every process on the database: a
// claim takes the row under FOR UPDATE SKIP LOCKED, so two processes never
// claim the same mail and neither waits for the other.

// FinishRoundMail ends the round and queues its mail in one transaction.
func (db *DB) FinishRoundMail(ctx context.Context, r *quiz.Round, scope string, mail []quiz.Mail) error {
	return db.update(ctx, func(tx pgx.Tx) error {
		if err := db.finishRound(ctx, tx, r, scope); err != nil {
			return err
		}
		now := db.Now()
		for _, m := range mail {
			due := m.Due
			if due.IsZero() {
				due = now
			}
			if _, err := tx.Exec(ctx, `INSERT INTO outbox (batch, chat_id, user_id, platform, text, summary, due, created_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, m.Batch, m.ChatID, m.UserID, m.Platform, m.Text, m.Summary, due, now); err != nil {
				return fmt.Errorf("queue mail: %w", err)
			}
		}
		return nil
	})
}

// ClaimMail claims the next mail due for one of the platforms: results
// before summaries, oldest first; a summary once no other mail of its batch
// is pending or being sent.
func (db *DB) ClaimMail(ctx context.Context, platforms []string, now time.Time) (*quiz.Mail, error) {
	if len(platforms) == 0 {
		return nil, nil
	}
	var m *quiz.Mail
	err := db.update(ctx, func(tx pgx.Tx) error {
		var c quiz.Mail
		err := tx.QueryRow(ctx, `UPDATE outbox SET state = 'claimed', claimed_at = $1, tries = tries + 1
			WHERE id = (SELECT o.id FROM outbox o JOIN chats c ON c.id = o.chat_id
				WHERE o.state = 'pending' AND o.due <= $1 AND (CASE o.platform WHEN '' THEN c.platform ELSE o.platform END) = ANY($2)
				AND (NOT o.summary OR NOT EXISTS (SELECT 1 FROM outbox b
					WHERE b.batch = o.batch AND NOT b.summary AND b.state IN ('pending', 'claimed', 'sending')))
				ORDER BY o.summary, o.due, o.id LIMIT 1 FOR UPDATE OF o SKIP LOCKED)
			RETURNING id, batch, chat_id, user_id, platform, text, summary, tries`, now, platforms).
			Scan(&c.ID, &c.Batch, &c.ChatID, &c.UserID, &c.Platform, &c.Text, &c.Summary, &c.Tries)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		} else if err != nil {
			return fmt.Errorf("claim mail: %w", err)
		}
		if c.Summary {
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM outbox WHERE batch = $1 AND NOT summary AND state = 'failed'`,
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
	return db.update(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE outbox SET state = 'sending', claimed_at = $1 WHERE id = $2 AND state = 'claimed'`,
			now, id); err != nil {
			return fmt.Errorf("mark mail %d sending: %w", id, err)
		}
		return nil
	})
}

// SettleMail records the end of a claimed mail's delivery.
func (db *DB) SettleMail(ctx context.Context, id int64, state string, at time.Time) error {
	return db.update(ctx, func(tx pgx.Tx) error {
		var err error
		if state == quiz.MailPending {
			_, err = tx.Exec(ctx, `UPDATE outbox SET state = $1, due = $2, claimed_at = NULL WHERE id = $3 AND state IN ('claimed', 'sending')`,
				state, at, id)
		} else {
			_, err = tx.Exec(ctx, `UPDATE outbox SET state = $1, settled_at = $2 WHERE id = $3 AND state IN ('claimed', 'sending')`,
				state, at, id)
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
	err := db.update(ctx, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE outbox SET state = 'unsure', settled_at = $1 WHERE state = 'sending' AND claimed_at < $1`,
			claimedBefore)
		if err != nil {
			return fmt.Errorf("settle stale mail: %w", err)
		}
		n = tag.RowsAffected()
		if _, err := tx.Exec(ctx, `UPDATE outbox SET state = 'pending', claimed_at = NULL WHERE state = 'claimed' AND claimed_at < $1`,
			claimedBefore); err != nil {
			return fmt.Errorf("release stale claims: %w", err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM outbox o WHERE settled_at < $1 AND NOT EXISTS
			(SELECT 1 FROM outbox p WHERE p.batch = o.batch AND p.state IN ('pending', 'claimed', 'sending'))`, settledBefore); err != nil {
			return fmt.Errorf("delete old mail: %w", err)
		}
		return nil
	})
	return int(n), err
}
