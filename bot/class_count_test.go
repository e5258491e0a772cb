package bot

import (
	"testing"

	"quizbot/quiz"
)

// TestCountAgainForTheLatestQuestion: answers that come while a count of
// their round runs ask for another count, of the question the latest of
// them was to. A count still running for a question just revealed once
// counted the next question's first answers as its own (the round it was
// started with), so they were never counted: no live count, and no reveal
// if the last answer came then.
func TestCountAgainForTheLatestQuestion(t *testing.T) {
	var c coalesce
	chat := &quiz.Chat{ID: 1}
	q1, q2 := &quiz.Round{ID: 7, Seq: 0}, &quiz.Round{ID: 7, Seq: 1}
	if !c.start(chat, q1) {
		t.Fatal("the first answer did not start a count")
	}
	if c.start(chat, q2) {
		t.Fatal("an answer during a count started another at once")
	}
	if c.start(chat, q1) {
		t.Fatal("a late answer to the earlier question started another count at once")
	}
	_, r, again := c.more(7)
	if !again || r.Seq != 1 {
		t.Fatalf("after the count: again %v, question %v; want again, for question 1 (the latest)", again, r)
	}
	if _, _, again := c.more(7); again {
		t.Fatal("counted again with no answer since")
	}
	if !c.start(chat, q2) {
		t.Fatal("an answer after the count ended did not start one")
	}
}
