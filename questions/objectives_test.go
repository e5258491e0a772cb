package questions

import (
	"testing"

	"quizbot/quiz"
)

// TestOffObjectives: in a lesson with learning objectives, a question that
// shares no word with them is off them; one that does is not, in any
// form of the word ("pressure", "dams", "Hekla's"). A lesson without
// objectives has nothing off them.
func TestOffObjectives(t *testing.T) {
	body := "## Background\n\nWater pressure increases with depth. In 1928 the St Francis Dam in California collapsed.\n"
	lesson := &article{Raw: "# Dams\n\n## Learning objectives\n\n- Explain why water pressure increases with depth.\n" +
		"- Describe how a dam resists the force of water.\n- Match each type of dam to a valley.\n\n" + body}
	plain := &article{Raw: "# Dams\n\n" + body}
	// Notes without "#" headings: the objectives end at the blank line
	// after their list, not at the next "#".
	unmarked := &article{Raw: "Dams\n\nLearning objectives\n\n- Explain why water pressure increases with depth.\n" +
		"- Describe how a dam resists the force of water.\n- Match each type of dam to a valley.\n\n" +
		"In 1928 the St Francis Dam in California collapsed.\n"}
	ask := func(a *article, stem, answer string) *candidate {
		return &candidate{Q: quiz.Question{Kind: quiz.ShortAnswer, Stem: stem, Answer: answer}, Sent: &sentence{Art: a}}
	}
	for _, c := range []struct {
		c    *candidate
		want bool
	}{
		{ask(lesson, "True or false: Water pressure increases with depth.", "True"), false},
		{ask(lesson, "Which valleys suit arch dams?", "Narrow ones"), false},
		{ask(lesson, "In what year did the St Francis reservoir fail?", "1928"), true},
		{ask(lesson, "“Explain what students use.” Which term is this?", "Key"), true}, // the objectives' frame is no word of them
		{ask(plain, "In what year did the St Francis reservoir fail?", "1928"), false},
		// A word of three letters is a word of the objectives too: "Tea Act".
		{ask(&article{Raw: "# Tea\n\n## Objectives\n\n- explain why the Tea Act of 1773 angered colonists\n- describe the night of 16 December\n\n" + body},
			"True or false: The Tea Act let the Company sell tea through its own agents.", "True"), false},
		{ask(unmarked, "In what year did the St Francis reservoir fail?", "1928"), true},
		// A possessive names its owner: "Hekla's lava" is on Hekla.
		{ask(&article{Raw: "# Hekla\n\n## Objectives\n\n- locate Hekla on a map of Iceland\n- explain why volcanoes erupt in Iceland\n\n" + body},
			"True or false: Hekla's lava flows slowly.", "True"), false},
	} {
		if got := offObjectives(c.c); got != c.want {
			t.Errorf("offObjectives(%q) = %v; want %v", c.c.Q.Stem, got, c.want)
		}
	}
}
