package questions

import (
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestShortStatementsHeld: in a text of long sentences, a true statement
// of ten words or fewer with no figure is not asked; in a text for
// children, written short throughout, it is.
func TestShortStatementsHeld(t *testing.T) {
	short := func(file string) []string {
		var out []string
		for _, q := range devQuestions(t, file) {
			if q.Kind == quiz.TrueFalse && q.Answer == "True" && shortStatement(q.Stem) {
				out = append(out, q.Stem)
			}
		}
		return out
	}
	for _, f := range []string{"biography_jagadish-chandra-bose.txt", "encyclopedia_arecibo-observatory.txt", "biography_octavia-hill.txt"} {
		if s := short(f); len(s) > 0 {
			t.Errorf("%s: short statements asked: %s", f, strings.Join(s, " | "))
		}
	}
	if s := short("children_pipe-organs.txt"); len(s) == 0 {
		t.Errorf("children_pipe-organs.txt: no short statement asked; a text for children is written short")
	}
}

// TestLongStatementsAsked: a true statement of more than thirty words is
// asked like any other. Read blind (sets 55 to 75), true statements of 21
// to 35 words were usable 79 % of the time, against 62 % for those of 11
// to 15: the Seikan Tunnel's record, in 31 words, is its key fact.
func TestLongStatementsAsked(t *testing.T) {
	for _, q := range devQuestions(t, "encyclopedia_seikan-tunnel.txt") {
		if q.Kind == quiz.TrueFalse && strings.Contains(q.Stem, "longest railway tunnel in the world") {
			return
		}
	}
	t.Error("encyclopedia_seikan-tunnel.txt: the tunnel's record (31 words) is not asked")
}
