package questions

import (
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestShownElsewhere: a figure one question asks does not stand in the stem
// of another question on the same text ("In what year was Jayavarman
// crowned king?" beside "... from 1181 until his death").
func TestShownElsewhere(t *testing.T) {
	qs := rank(devCandidates(t, "biography_jayavarman-vii.txt"))
	if len(qs) < 3 {
		t.Fatalf("%d questions; want a few", len(qs))
	}
	for _, q := range qs {
		if q.Kind == quiz.TrueFalse || !strings.ContainsAny(q.Answer, "0123456789") {
			continue
		}
		for _, o := range qs {
			if o.ID != q.ID && strings.Contains(o.Stem, q.Answer) {
				t.Errorf("%q (%s) is shown in %q", q.Stem, q.Answer, o.Stem)
			}
		}
	}

	// A figure inside a longer one is not shown: "1181" in "11812".
	asked := &candidate{Q: quiz.Question{Kind: quiz.ShortAnswer, Stem: "In what year was he crowned?", Answer: "1181"}}
	if showsAnswer(asked, &candidate{Q: quiz.Question{Stem: "It held 11812 people."}}) {
		t.Error("1181 seen in 11812")
	}
	if !showsAnswer(asked, &candidate{Q: quiz.Question{Stem: "He ruled from 1181 until his death."}}) {
		t.Error("1181 not seen in a stem that writes it")
	}
}
