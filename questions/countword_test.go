package questions

import (
	"strings"
	"testing"
)

// TestCountWordTwins: a count in words that the sentence states is moved
// for the false twin; one in a side phrase, in a range, listed after it or
// written twice is not.
func TestCountWordTwins(t *testing.T) {
	moved := map[string]bool{
		"There are five kinds of rhino in the world.":                                                             true,
		"A giraffe has seven bones in its neck.":                                                                  true,
		"Seven crusades were sent against Bohemia.":                                                               false, // the text's own framing
		"Three quantities decide how much power a site can produce.":                                              false,
		"Cyrano de Bergerac is a verse play in five acts.":                                                        false, // a side phrase
		"Baby orangutans stay with their mothers for seven or eight years.":                                       false,
		"Two-toed sloths have two long claws on each front foot.":                                                 false, // the name says it
		"Only two states stayed independent: Ethiopia and Liberia.":                                               false, // counted in the sentence
		"To see a rainbow, you need two things, sunshine and raindrops.":                                          false,
		"Two years after the war, much of Europe was still in crisis.":                                            false, // dates something else
		"Having two ears helps you find out where a sound is coming from.":                                        false, // everyone knows how many
		"Most sea stars have five arms on a round central disc.":                                                  true,
		"Designers spoke of a factor of adhesion of about 4, meaning the weight was about four times the effort.": false, // told twice
		"The complex used sixteen waterwheels arranged in two parallel rows of eight.":                            false, // two times eight
		"The mill had twelve wheels in two rows down a steep hillside.":                                           true,
	}
	for text, want := range moved {
		sents := analyseText(t, "Example\n\n"+text)
		if len(sents) != 1 {
			t.Fatalf("%q: %d sentences", text, len(sents))
		}
		sp, wrong := countWordTwin(sents[0].Q)
		if got := sp.I >= 0; got != want {
			t.Errorf("%q: moved = %v (%q); want %v", text, got, wrong, want)
			continue
		}
		if !want {
			continue
		}
		right := countValue(sp.Text)
		w := countValue(wrong)
		if w == 0 || w == right || float64(abs(w-right))/float64(right) < 0.4 {
			t.Errorf("%q: %q moved to %q; want another count at least 40 %% away", text, sp.Text, wrong)
		}
		if first := sents[0].Q[0].Text; sp.I == 0 && strings.ToLower(first) != first && wrong != upperFirst(wrong) {
			t.Errorf("%q: the moved count %q lost its capital", text, wrong)
		}
	}
}

// TestCountWordTwinIsAsked: the twin reaches the true/false question, keyed
// False and no longer saying the right count.
func TestCountWordTwinIsAsked(t *testing.T) {
	sents := analyseText(t, "Rhinos\n\nThere are five kinds of rhino in the world.")
	c, ok := trueFalse(&sents[0], newPool(sents))
	if !ok || c.Q.Answer != "False" || strings.Contains(c.Q.Stem, "five") || !strings.Contains(c.Q.Stem, "kinds of rhino") {
		t.Fatalf("question %+v (made %v); want a false twin with another count", c.Q, ok)
	}
}

// TestFigureInWordsStays: a figure the sentence also writes in words is
// moved in neither form; either left alone would give the twin away.
func TestFigureInWordsStays(t *testing.T) {
	text := "Rationing\n\nThe wartime ration allowed 15 grams of tea a week, so fifteen grams had to last seven days."
	sents := analyseText(t, text)
	sp, wrong := falseTwin(&sents[0], newPool(sents))
	if wrong != "" {
		t.Errorf("%q moved to %q; want no twin: the sentence says it twice", sp.Text, wrong)
	}
}
