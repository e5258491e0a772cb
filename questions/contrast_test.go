package questions

import (
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestKindHabitAskedOfSubject: "Most owls hunt at night. Snowy owls are
// different." is asked as the false statement "Snowy owls hunt at night",
// explained by both sentences and the one that says what they do instead;
// the habit of the kind is never asked as true, nor one framed "In most
// kinds of owl, ..." or answered "it is the other way round". A singular
// subject, a negated habit, a framed habit and a comparison among the
// members themselves give no false statement.
func TestKindHabitAskedOfSubject(t *testing.T) {
	text := "Snowy Owls\n\n" +
		"Snowy owls are large white owls that live in the Arctic tundra. " +
		"A grown-up snowy owl has a wingspan of about one and a half metres.\n\n" +
		"Most owls hunt at night. Snowy owls are different. They hunt in the daytime too, because the Arctic summer sun never sets.\n\n" +
		"Many birds fly south for the winter, and snowy owls often do the same. " +
		"Most birds do not eat lemmings. Snowy owls are different. A single owl can eat more than 1,600 lemmings in a year.\n\n" +
		"Most birds of prey build nests in trees. The snowy owl is different. It makes a shallow hollow on a mound of the tundra.\n\n" +
		"In most birds of prey, the females are bigger than the males. With snowy owls it is the other way round.\n\n" +
		"In most kinds of owl, the female sits on the eggs. Snowy owls are different. The male often takes a turn too.\n\n" +
		"Snowy owls lay between three and eleven eggs. Each one is very different in size."
	var falses []quiz.Question
	for _, c := range usableCandidates(t, text) {
		for _, habit := range []string{"Most owls", "Most birds", "lemmings.", "build nests in trees", "birds of prey", "kinds of owl"} {
			if strings.Contains(c.Q.Stem, habit) {
				t.Errorf("the kind's habit is asked: %q => %s", c.Q.Stem, c.Q.Answer)
			}
		}
		if c.Q.Kind == quiz.TrueFalse && c.Q.Answer == "False" {
			falses = append(falses, c.Q)
		}
	}
	found := false
	for _, q := range falses {
		if q.Stem == TrueFalsePrefix+"Snowy owls hunt at night." {
			found = true
			for _, want := range []string{"Most owls hunt at night.", "Snowy owls are different.", "hunt in the daytime too"} {
				if !strings.Contains(q.Explanation, want) {
					t.Errorf("explanation %q lacks %q", q.Explanation, want)
				}
			}
		}
	}
	if !found {
		t.Errorf("no false statement \"Snowy owls hunt at night.\"; false ones: %v", stems(falses))
	}
	if len(falses) != 1 {
		t.Errorf("false statements %v; want only the owls' hunting", stems(falses))
	}
}

// stems lists the stems of qs.
func stems(qs []quiz.Question) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.Stem
	}
	return out
}
