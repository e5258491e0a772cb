package quiz

import (
	"math"
	"testing"
	"time"
)

func TestBuildReport(t *testing.T) {
	mc := Question{ID: "q1", Kind: MultipleChoice, Stem: "Which?", Options: []string{"a", "b", "c"}, Answer: "b"}
	typed := Question{ID: "q2", Kind: ShortAnswer, Stem: "Who?", Answer: "Kangxi"}
	members := []User{{ID: 1, Name: "Ann"}, {ID: 2, Name: "Bob"}, {ID: 3, Name: "Cy"}}
	s := time.Second
	atts := []Attempt{
		{UserID: 1, UserName: "Ann", QuestionID: "q1", Option: 1, Answer: "b", Correct: true, Points: 900, Elapsed: 2 * s},
		{UserID: 2, UserName: "Bob", QuestionID: "q1", Option: 0, Answer: "a", Elapsed: 4 * s},
		{UserID: 1, UserName: "Ann", QuestionID: "q2", Option: -1, Answer: "Kangxi", Correct: true, Points: 800, Elapsed: 6 * s},
		// Bob meets q1 again in the homework: his totals count it, the
		// item statistics keep his first answer.
		{UserID: 2, UserName: "Bob", QuestionID: "q1", Option: 1, Answer: "b", Correct: true, Points: 700, Elapsed: 10 * s},
		// A forgotten player's answer is left out.
		{UserID: 0, QuestionID: "q1", Option: 2, Answer: "c", Elapsed: s},
		// Dee answered without joining (homework only): she gets a row.
		{UserID: 4, UserName: "Dee", QuestionID: "q2", Option: -1, Answer: "Qianlong", Elapsed: 8 * s},
	}
	rep := BuildReport(Class{ID: 7}, []Question{mc, typed, mc}, members, atts)
	if len(rep.Items) != 2 {
		t.Fatalf("items = %d; want 2 (q1 listed twice counts once)", len(rep.Items))
	}
	wantStudents := []struct {
		name                      string
		points, correct, answered int
		avg                       float64
		answers                   [2]string
	}{
		{"Ann", 1700, 2, 2, 4, [2]string{"b", "Kangxi"}},
		{"Bob", 700, 1, 2, 7, [2]string{"a", ""}},
		{"Cy", 0, 0, 0, 0, [2]string{"", ""}},
		{"Dee", 0, 0, 1, 8, [2]string{"", "Qianlong"}},
	}
	if len(rep.Students) != len(wantStudents) {
		t.Fatalf("students = %d; want %d", len(rep.Students), len(wantStudents))
	}
	for i, w := range wantStudents {
		g := rep.Students[i]
		if g.Name != w.name || g.Points != w.points || g.Correct != w.correct || g.Answered != w.answered ||
			math.Abs(g.AvgSeconds-w.avg) > 1e-9 || g.Answers[0] != w.answers[0] || g.Answers[1] != w.answers[1] {
			t.Errorf("student %d = %+v; want %+v", i, g, w)
		}
	}
	// q1 first answers: Ann right (option b), Bob wrong (option a).
	// Totals right first time: Ann 2, Bob 0. r = (2−0)/1 · √(.5·.5) = 1.
	q1 := rep.Items[0]
	if q1.Answered != 2 || q1.PercentCorrect != 50 || math.Abs(q1.Discrimination-1) > 1e-9 || q1.AvgSeconds != 3 ||
		q1.OptionCounts[0] != 1 || q1.OptionCounts[1] != 1 || q1.OptionCounts[2] != 0 || q1.Flagged {
		t.Errorf("q1 = %+v", q1)
	}
	// q2: Ann right, Dee wrong; Dee's total is 0. Typed: no option counts.
	q2 := rep.Items[1]
	if q2.Answered != 2 || q2.PercentCorrect != 50 || q2.OptionCounts != nil || q2.AvgSeconds != 7 {
		t.Errorf("q2 = %+v", q2)
	}
}

func TestBuildReportEmpty(t *testing.T) {
	rep := BuildReport(Class{ID: 1}, nil, nil, nil)
	if len(rep.Students) != 0 || len(rep.Items) != 0 {
		t.Errorf("empty report = %+v", rep)
	}
	q := Question{ID: "x", Kind: TrueFalse, Options: []string{"True", "False"}, Answer: "True"}
	rep = BuildReport(Class{ID: 1}, []Question{q}, []User{{ID: 1, Name: "A"}}, nil)
	if it := rep.Items[0]; it.Answered != 0 || it.Flagged || it.PercentCorrect != 0 {
		t.Errorf("an unanswered question = %+v; want no statistics and no flag", it)
	}
}
