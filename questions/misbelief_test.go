package questions

import (
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestMisbeliefAskedFalse: a belief the text calls a mistake is asked as a
// false statement of its own, with the correction as the explanation, and
// the sentence that reports it is not asked as true.
func TestMisbeliefAskedFalse(t *testing.T) {
	text := "Sea breezes\n\n" +
		"A sea breeze is a wind that blows from the sea towards the land on a sunny afternoon. " +
		"Land warms faster than water, so the air above the land rises and cooler air from the sea flows in to replace it. " +
		"At night the pattern reverses and a land breeze blows out to sea. " +
		"Sea breezes keep coastal towns cooler than inland towns in summer.\n\n" +
		"A common mistake is to think that sea breezes are caused by waves. " +
		"They are not; they are driven by the difference in temperature between land and sea. " +
		"Another is that sea breezes are strongest in winter. " +
		"A popular belief is that sea air is good for the lungs. Doctors have studied the idea for a century. " +
		"Many people think sea breezes blow all night. " +
		"Some people think the coast is the nicest place to live in summer, and many towns grew there. " +
		"It is a myth that sea breezes always bring rain."
	var falses []quiz.Question
	for _, c := range usableCandidates(t, text) {
		if strings.Contains(c.Q.Stem, "mistake") || strings.Contains(c.Q.Stem, "people think") {
			t.Errorf("the report of a belief is asked: %q => %s", c.Q.Stem, c.Q.Answer)
		}
		if c.Q.Kind == quiz.TrueFalse && c.Q.Answer == "False" {
			falses = append(falses, c.Q)
		}
		if c.Sent.Myth && c.Q.Kind != quiz.TrueFalse {
			t.Errorf("a wrong belief is asked as a %s: %q", c.Q.Kind, c.Q.Stem)
		}
	}
	want := TrueFalsePrefix + "Sea breezes are caused by waves."
	found, second := false, false
	for _, q := range falses {
		switch {
		case q.Stem == want:
			found = true
			if !strings.Contains(q.Explanation, "driven by the difference in temperature") {
				t.Errorf("explanation %q; want the correction that follows the belief", q.Explanation)
			}
		case q.Stem == TrueFalsePrefix+"Sea breezes are strongest in winter.":
			second = true
		case strings.Contains(q.Stem, "all night"), strings.Contains(q.Stem, "nicest"), strings.Contains(q.Stem, "lungs"):
			// "Many people think" with nothing after it saying they are wrong.
			t.Errorf("a belief the text does not correct is asked as false: %q", q.Stem)
		case strings.Contains(q.Stem, "always bring rain"):
			// Any student marks "always" false without the text.
			t.Errorf("a belief with a sweeping word is asked as false: %q", q.Stem)
		}
	}
	if !found {
		t.Errorf("false statements %v; want %q", falses, want)
	}
	if !second {
		t.Errorf("false statements %v; want the second belief, \"Another is that ...\", asked too", falses)
	}
}

// TestMisbeliefFrames: which sentences report a belief, and where it starts.
func TestMisbeliefFrames(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"A frequent mistake is to think that inversions create pollution.", "Inversions create pollution."},
		{"One misconception is that stainless steel never rusts.", "Stainless steel never rusts."},
		{"It is a common myth that goldfish remember things for three seconds.", "Goldfish remember things for three seconds."},
		{"Finally, many people believe new antibiotics will always arrive in time.", "New antibiotics will always arrive in time."},
		{"The first misunderstanding is that the two numbers must add up to 100.", "The two numbers must add up to 100."},
		{"One misunderstanding is that only large spills matter.", "Only large spills matter."},
		{"A popular belief is that the sky is blue because it reflects the oceans.", "The sky is blue because it reflects the oceans."},
		{"Another is that stainless steel never rusts.", "Stainless steel never rusts."},
		{"The idea is that each worker becomes faster at one task.", ""},
		{"One mistake is to think that the heuristic means people are foolish or that memory is always wrong.", ""},
		{"The mistake cost the company a great deal of money.", ""},
		{"Many people visit the lake every summer.", ""},
	} {
		got := ""
		if x, _ := believed(analyseText(t, "Example\n\n"+c.text)[0].Toks); x != nil {
			got = join(x)
		}
		if got != c.want {
			t.Errorf("believed(%q) = %q; want %q", c.text, got, c.want)
		}
	}
	// A fragment that stops after "Many people" is no belief, and no crash.
	if x, _ := believed([]tok{{Text: "Many", Tag: "JJ"}, {Text: "people", Tag: "NNS"}}); x != nil {
		t.Errorf("believed(\"Many people\") = %v; want nil", x)
	}
}
