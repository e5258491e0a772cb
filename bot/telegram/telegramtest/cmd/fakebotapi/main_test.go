package main

import (
	"testing"

	"quizbot/bot/telegram/telegramtest"
)

// TestClosedPollPrintedOnce: a closed quiz poll used to be printed again
// every 100 ms, flooding the terminal.
func TestClosedPollPrintedOnce(t *testing.T) {
	const bot = 7
	printed := map[int]shown{}
	poll := &telegramtest.Poll{ID: "p1", Question: "Which?", Options: []string{"a", "b"}, Votes: []int{0, 0}}
	msgs := []telegramtest.Message{{ID: 1, From: bot, Text: "hello"}, {ID: 2, From: bot, Poll: poll}, {ID: 3, From: 42, Text: "me"}}
	if got := toShow(printed, msgs, bot); len(got) != 2 {
		t.Fatalf("first tick printed %d messages; want the bot's 2", len(got))
	}
	if got := toShow(printed, msgs, bot); len(got) != 0 {
		t.Fatalf("second tick printed %d unchanged messages; want 0", len(got))
	}
	poll.Votes[1] = 1
	if got := toShow(printed, msgs, bot); len(got) != 1 || !got[0].again {
		t.Fatalf("a vote printed %d; want the poll again, once", len(got))
	}
	poll.Closed = true
	total := 0
	for range 50 {
		total += len(toShow(printed, msgs, bot))
	}
	if total != 1 {
		t.Errorf("a closed poll was printed %d times in 50 ticks; want once", total)
	}
}
