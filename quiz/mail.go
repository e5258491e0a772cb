package quiz

import (
	"context"
	"time"
)

// Mail is a message that a change in the store decided on, such as each
// student's private result when a class ends, written in the same
// transaction as the change and delivered afterwards from the store's
// outbox: a restart in between loses none of it.
type Mail struct {
	ID int64
	// Batch ties mail of one event together ("class 12"): a summary of the
	// batch goes out once the rest of it is settled.
	Batch  string
	ChatID int64  // the chat it is about (Chat.ID)
	UserID string // the platform's user id: privately to that user; "" for the chat
	// Platform is UserID's platform when it is not the chat's (a guest
	// from another platform); "" for the chat's.
	Platform string
	Text     string
	// Summary mail waits until every other mail of its batch is settled
	// (sent, refused, or in doubt) and is sent only if some were refused;
	// its Text holds one %d for how many (Failed).
	Summary bool
	Due     time.Time // when it may be sent; zero: at once
	Failed  int       // for a claimed summary: the batch's mail refused for good
	Tries   int       // for a claimed mail: deliveries tried, this one included
}

// Mail states, as stored.
const (
	MailPending = "pending" // waiting for its turn (Due)
	MailClaimed = "claimed" // a worker prepares its delivery: nothing has left yet
	MailSending = "sending" // its message may be on its way
	MailSent    = "sent"
	MailFailed  = "failed" // refused for good, or tried too often
	MailUnsure  = "unsure" // claimed by a process that died: it may have arrived
	MailDropped = "dropped"
)

// MailStore is the outbox of mail decided in the store.
//
// A mail is claimed before its delivery is prepared, marked MailSending
// before its message leaves, and settled after; a mail is never claimed
// twice, so no mail is sent twice. A process that dies mid-delivery leaves
// its claims: those not yet sending go back to pending, those sending are
// in doubt (SweepMail) and not sent again.
type MailStore interface {
	// FinishRoundMail is FinishRound that also queues mail, in the same
	// transaction.
	FinishRoundMail(ctx context.Context, r *Round, scope string, mail []Mail) error
	// ClaimMail claims (MailClaimed) the oldest pending mail due by now for
	// one of the platforms, or returns nil when there is none. A summary is
	// claimed only when the rest of its batch is settled, with Failed
	// counted.
	ClaimMail(ctx context.Context, platforms []string, now time.Time) (*Mail, error)
	// SendingMail marks a claimed mail MailSending: its message leaves now.
	SendingMail(ctx context.Context, id int64, now time.Time) error
	// SettleMail records how the delivery of a claimed or sending mail
	// ended at time at: state MailSent, MailFailed or MailDropped, or
	// MailPending to try again at that time.
	SettleMail(ctx context.Context, id int64, state string, at time.Time) error
	// SweepMail ends the claims of a process that died, those made before
	// claimedBefore: mail it only claimed is pending again, mail it was
	// sending is MailUnsure (it may have arrived). It also deletes mail
	// settled before settledBefore, of batches that are done.
	SweepMail(ctx context.Context, claimedBefore, settledBefore time.Time) (unsure int, err error)
}
