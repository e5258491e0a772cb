package bot_test

import (
	"strings"
	"testing"
	"time"

	"quizbot/bot/bottest"
)

// TestReviewRightAfterARound: the round's end tells the player to /review;
// doing so at once offers what was missed and what was skipped.
func TestReviewRightAfterARound(t *testing.T) {
	e := newEnv(t, 8)
	me := user("1")
	sent := e.send(private, me, "/quiz 3")
	for i := 0; i < 3; i++ {
		qm, ok := bottest.LastQuestion(sent)
		if !ok {
			t.Fatalf("question %d not sent:\n%s", i+1, bottest.Text(sent))
		}
		q := e.question(qm)
		switch {
		case i == 2:
			sent = e.send(private, me, "/skip")
		case q.Kind.Choice():
			sent = e.press(private, me, rightButton(qm, q))
		default:
			sent = e.send(private, me, q.Answer)
		}
		e.clock.Advance(3 * time.Second)
		sent = append(sent, e.out.Take()...)
		if i == 0 {
			// The first is answered right; miss the second instead.
			qm, _ = bottest.LastQuestion(sent)
			q = e.question(qm)
			if q.Kind.Choice() {
				sent = e.press(private, me, wrongButton(qm, q))
			} else {
				sent = e.send(private, me, "definitely not it")
			}
			e.clock.Advance(3 * time.Second)
			sent = append(sent, e.out.Take()...)
			i++
		}
	}
	if text := bottest.Text(sent); !strings.Contains(text, "/review") {
		t.Fatalf("the round's end does not mention /review:\n%s", text)
	}
	text := bottest.Text(e.send(private, me, "/review"))
	if !strings.Contains(text, "Review: 2 questions due") {
		t.Fatalf("/review right after a round with a miss and a skip: %s", text)
	}
}
