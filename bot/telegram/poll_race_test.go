package telegram

import (
	"context"
	"testing"
	"time"
)

// TestPollVoteBeforeSendReturns: a vote can reach the bot before the
// sendPoll call that opened the poll has returned its id, because the poll
// is in the chat the moment Telegram has it (a poll sent by a round's timer
// holds no update back, so getUpdates brings the vote at once). The lookup
// of a poll it does not know waits for the polls in flight to land, and the
// vote counts.
func TestPollVoteBeforeSendReturns(t *testing.T) {
	g := newGame(t, 4)
	b := g.bot
	b.sending.begin()
	go func() {
		time.Sleep(200 * time.Millisecond) // sendPoll's answer on its way back
		b.polls.Add("P1", &pollInfo{Chat: group.ID, Data: []string{"a", "b"}})
		b.sending.end()
	}()
	if info := b.poll(context.Background(), "P1"); info == nil || info.Chat != group.ID {
		t.Fatalf("poll P1 = %+v; want the poll that was in flight", info)
	}
	// With nothing in flight, an unknown poll is unknown at once.
	start := time.Now()
	if info := b.poll(context.Background(), "P2"); info != nil {
		t.Fatalf("poll P2 = %+v; want nil", info)
	}
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Errorf("an unknown poll with nothing in flight took %v", d)
	}
}
