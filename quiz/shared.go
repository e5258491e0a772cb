package quiz

import (
	"context"
	"time"
)

// Shared is a store that several quizbot processes use at once (the
// PostgreSQL store), any of which may receive any chat's updates. The bot
// runs a chat's work under LockChat, so that the chat's work is serialised
// across processes as it is within one, and asks DueRounds now and then to
// take over the rounds of a process that died.
type Shared interface {
	// LockChat waits until no process works on the chat, and holds it
	// until unlock is called (or the process dies).
	LockChat(ctx context.Context, chatID int64) (unlock func(), err error)
	// DueRounds returns up to limit open rounds whose deadline is before
	// the given time, the most overdue first.
	DueRounds(ctx context.Context, before time.Time, limit int) ([]Round, error)
}
