package questions

import "testing"

// TestTermTwins: a sentence that teaches a term is made false with another
// term the text teaches, of the same kind and written the same way; a
// living thing is not swapped for a lifeless one, nor a counted term
// ("a stanza") for one without an article.
func TestTermTwins(t *testing.T) {
	twin := func(text, in string) string {
		sents := analyseText(t, "Example\n\n"+text)
		p := newPool(sents)
		for i := range sents {
			if sents[i].Text == in {
				_, w := termTwin(&sents[i], p)
				return w
			}
		}
		t.Fatalf("no sentence %q", in)
		return ""
	}
	gas := "A microstate is the complete description of every particle of a gas. " +
		"A macrostate is the description we can measure, such as the temperature and the pressure of a gas."
	if w := twin(gas, "A macrostate is the description we can measure, such as the temperature and the pressure of a gas."); w != "A microstate" {
		t.Errorf("macrostate swapped for %q; want A microstate", w)
	}
	body := "A joey is a baby kangaroo that lives in its mother's pouch. A tendon is a tough cord that joins a muscle to a bone."
	if w := twin(body, "A tendon is a tough cord that joins a muscle to a bone."); w != "" {
		t.Errorf("tendon swapped for %q; a living thing is no cord", w)
	}
	verse := "A stanza is a group of lines that belong together in a poem. Marking the metre of a line is called scansion."
	if w := twin(verse, "Marking the metre of a line is called scansion."); w != "" {
		t.Errorf("scansion swapped for %q; want none: \"called stanza\" is no English", w)
	}
	circuit := "A useful check is the energy balance. A point where three or more conductors meet is called a junction. " +
		"A stretch of wire that carries one current is called a branch."
	if w := twin(circuit, "A stretch of wire that carries one current is called a branch."); w != "a junction" {
		t.Errorf("branch swapped for %q; want a junction (\"useful check\" is praise, not a term)", w)
	}
}

// TestArticleFor: the article follows the sound, not the letter.
func TestArticleFor(t *testing.T) {
	for w, want := range map[string]string{"oasis": "an", "lodge": "a", "unit": "a", "useful check": "a", "hour": "an",
		"eukaryote": "a", "umbrella": "an", "honest broker": "an", "hydrogen": "a", "one-way valve": "a"} {
		if got := articleFor(w); got != want {
			t.Errorf("articleFor(%q) = %q, want %q", w, got, want)
		}
	}
}
