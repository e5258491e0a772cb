package questions

import (
	"testing"

	"quizbot/quiz"
)

func TestRenamedPlace(t *testing.T) {
	text := "Meiji Japan\n\nIn 1603 Tokugawa Ieyasu set up his government at Edo. " +
		"In 1868 Emperor Meiji moved from Kyoto to Edo, which was renamed Tokyo. " +
		"The port of Bombay (now Mumbai) traded with Yokohama and Osaka. " +
		"The first railway, between Tokyo and Yokohama, opened in 1872. Merchants in Osaka and Kyoto grew rich. " +
		"The terminus grew into a town that Americans called Aspinwall; the local government named it Colón. " +
		"The Kiel Canal, opened in 1895 as the Kaiser Wilhelm Canal, links the North Sea with the Baltic."
	sents := analyseText(t, text)
	p := newPool(sents)
	if !p.sameThing("Edo", "Tokyo", 0) || !p.sameThing("Mumbai", "Bombay", 0) || !p.sameThing("Colón", "Aspinwall", 0) ||
		!p.sameThing("Kiel Canal", "Kaiser Wilhelm Canal", 0) {
		t.Fatalf("renames not found: %v", p.renames)
	}
	if p.sameThing("Edo", "Kyoto", 0) {
		t.Errorf("two places taken for one")
	}
	asked := 0
	for i := range sents {
		for _, sp := range sents[i].Spans {
			if sp.Text != "Edo" {
				continue
			}
			asked++
			q := quiz.Question{Kind: quiz.FillBlank, Answer: sp.Text, Aliases: aliases(sp, p, 0, "")}
			if !quiz.CheckTyped(&q, "Tokyo") {
				t.Errorf("%q: 'Tokyo' refused for 'Edo' (aliases %v)", sents[i].Text, q.Aliases)
			}
			for _, d := range p.distractors(&sents[i], sp, 3) {
				if d == "Tokyo" {
					t.Errorf("'Tokyo' offered as a wrong option for 'Edo'")
				}
			}
		}
	}
	if asked == 0 {
		t.Errorf("no span of Edo to check")
	}
}
