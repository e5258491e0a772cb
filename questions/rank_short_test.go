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

// TestThingsItStatementAsked: a statement whose "it" names the thing the
// article is about is asked like one that names it itself: the Seikan
// Tunnel's record is its key fact.
func TestThingsItStatementAsked(t *testing.T) {
	for _, q := range devQuestions(t, "encyclopedia_seikan-tunnel.txt") {
		if q.Kind == quiz.TrueFalse && strings.Contains(q.Stem, "When the Seikan Tunnel opened in March 1988") {
			return
		}
	}
	t.Error("encyclopedia_seikan-tunnel.txt: the tunnel's record, told with \"it\", is not asked")
}
