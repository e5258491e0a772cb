package questions

import (
	"strings"
	"testing"

	"quizbot/quiz"
)

func TestGateRefusesDanglingReferences(t *testing.T) {
	cases := []struct {
		stem string
		want bool // refused
	}{
		{"With a thousand of the prince's men, he then marched to _____.", true},
		{"With a thousand of Anna's men, he then marched to _____.", true},
		{"After the war, they returned to _____.", true},
		{"Marie Curie was told to leave, but sensing danger, she fled to _____.", false},
		{"_____, sensing danger, said he would leave.", false},
		{"The area is the _____ of the boreal forest.", true},
		{"Ecologically, the region is the _____ of the forest.", true},
		{"The river is 2,850 kilometres long and drains a basin of about _____ square kilometres.", true},
		{"The Russians rejected a demand for surrender in _____.", false},
		{"The army linked up with the Western _____ under Yong Chang.", true},
		{"The army set out from _____ in March 1755.", false},
		{"In _____ the observatory was founded.", false},
		{"Socially and politically, from about 600 AD, it was the _____ of the world.", true},
		{"True or false: When a hedgehog is scared, it tucks in its head and legs.", false},
		{"True or false: The specific heat capacity of a substance is the energy needed to warm one kilogram of it by one degree.", false},
		{"True or false: A snail needs calcium from its food to build it.", true},
		{"True or false: An otter can tuck food into it while it dives for more.", true},
	}
	for _, c := range cases {
		got := danglingPronoun(c.stem) || reVagueSubject.MatchString(c.stem) || splitsName(c.stem)
		if got != c.want {
			t.Errorf("refused(%q) = %v; want %v", c.stem, got, c.want)
		}
	}
}

func TestGateRefusesANameOfTheAnswerInTheStem(t *testing.T) {
	if !nameGivesAway("It was ceded in the 1689 _____, in exchange for the city of Nerchinsk.", "Treaty of Nerchinsk") {
		t.Error("Treaty of Nerchinsk with Nerchinsk in the stem passed")
	}
	if nameGivesAway("It was ceded in the 1689 _____, in exchange for trade.", "Treaty of Nerchinsk") {
		t.Error("a clean stem was refused")
	}
}

// TestGateRefusesTheAnswersPeopleInTheStem: "a Japanese merchant" gives
// away Japan; another country's people, or the same name, do not count.
func TestGateRefusesTheAnswersPeopleInTheStem(t *testing.T) {
	for stem, answer := range map[string]string{
		"Ino Tadataka was a Japanese merchant who produced the first map of _____.": "Japan",
		"The Egyptian New Kingdom ruled from _____ in its early years.":             "Egypt",
		"Laki is a volcanic fissure in _____, studied by Icelandic scientists.":     "Iceland",
	} {
		q := quiz.Question{Kind: quiz.FillBlank, Stem: stem, Answer: answer, Explanation: strings.Replace(stem, quiz.Blank, answer, 1)}
		if gate(&q) == nil {
			t.Errorf("gate passed %q for %q", stem, answer)
		}
	}
	for stem, answer := range map[string]string{
		"The Japanese envoy sailed to _____ in 1613.":                   "Spain",
		"Hokusai was born in Edo, the old name of _____.":               "Tokyo",
		"The Iceland Commonwealth was set up in _____ by the settlers.": "Norway",
	} {
		if demonymGivesAway(stem, answer) {
			t.Errorf("demonymGivesAway(%q, %q) = true", stem, answer)
		}
	}
}

// TestGateTakesFormulaSymbols: a Greek letter that is a formula's symbol
// ("ΔG", "μ") may stand in a question; a word of Greek may not, nor a
// formula whose terms cleaning took out.
func TestGateTakesFormulaSymbols(t *testing.T) {
	for stem, want := range map[string]bool{
		"If ΔH is negative and ΔS is positive, ΔG is negative at every temperature.":  true,
		"Because μ is only about a quarter, a locomotive must be heavy to pull hard.": true,
		"The word comes from the Greek λόγος, meaning word.":                          false,
		"The diameter is about 0.0357 × √, where the fibre density is in grams.":      false,
	} {
		q := quiz.Question{Kind: quiz.TrueFalse, Stem: "True or false: " + stem, Answer: "True", Options: []string{"True", "False"}, Explanation: stem}
		if err := gate(&q); (err == nil) != want {
			t.Errorf("gate(%q) = %v; want passed %v", stem, err, want)
		}
	}
}
