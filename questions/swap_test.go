package questions

import (
	"os"
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestNoPersonSwapped: no false statement is made by putting another of
// the text's people in a person's place ("Nero is brought into the arena
// tied to the horns of a huge aurochs", of Lygia); the sentence is asked
// true. Each of these texts had such twins.
func TestNoPersonSwapped(t *testing.T) {
	for _, name := range []string{"literature_quo-vadis.txt", "literature_the-merchant-of-venice.txt", "literature_three-sisters.txt",
		"literature_the-lower-depths.txt", "encyclopedia_maurya-empire.txt", "biography_jose-de-san-martin.txt"} {
		for _, q := range devQuestions(t, name) {
			if q.Kind != quiz.TrueFalse || q.Answer != "False" {
				continue
			}
			for _, w := range strings.Fields(strings.TrimPrefix(q.Stem, TrueFalsePrefix)) {
				if w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,;:"), "'s"), "’s"); capitalized(w) && !strings.Contains(q.Explanation, w) {
					t.Errorf("%s: %q put in: %q", name, w, q.Stem)
				}
			}
		}
	}
}

// TestCredited: the maker the opening credits the work to is known by
// each word of the name; a character is not.
func TestCredited(t *testing.T) {
	a := &article{Paras: []para{{Text: "The School for Scandal is a comedy in five acts by Richard Brinsley Sheridan. Joseph Surface is a hypocrite."}}}
	for name, want := range map[string]bool{"Sheridan": true, "Richard Brinsley Sheridan": true, "Surface": false, "Joseph Surface": false, "Barrie": false} {
		if got := a.credited(name); got != want {
			t.Errorf("credited(%q) = %v; want %v", name, got, want)
		}
	}
	// "the first novel of the Chilean writer Isabel Allende" credits it too.
	b := &article{Paras: []para{{Text: "The House of the Spirits is the first novel of the Chilean writer Isabel Allende. Esteban Trueba is a landowner."}}}
	for name, want := range map[string]bool{"Allende": true, "Isabel Allende": true, "Esteban": false, "Esteban Trueba": false} {
		if got := b.credited(name); got != want {
			t.Errorf("credited(%q) = %v; want %v", name, got, want)
		}
	}
}

// TestAnimalNamed: a name the story gives an animal ("a stallion called
// Freyfaxi") is known as an animal's, and a person's name is not.
func TestAnimalNamed(t *testing.T) {
	text := devText(t, "literature_hrafnkels-saga.txt")
	sents := analyseText(t, text)
	a := sents[0].Art
	if !a.animalNamed("Freyfaxi") {
		t.Error("animalNamed(Freyfaxi) = false beside \"a stallion called Freyfaxi\"")
	}
	if a.animalNamed("Einarr") || a.animalNamed("Hrafnkell") {
		t.Error("a person taken for an animal")
	}
}

// TestPossessiveOfPluralName: a thing whose name ends in a plural word takes
// an apostrophe alone ("the Church of the Holy Apostles' design"); a person
// keeps "'s".
func TestPossessiveOfPluralName(t *testing.T) {
	church := nameToks(referent{Name: "Church of the Holy Apostles", Type: tPlace, The: true}, tok{}, true, true)
	if got := join(church); got != "The Church of the Holy Apostles'" {
		t.Errorf("possessive = %q; want \"The Church of the Holy Apostles'\"", got)
	}
	james := nameToks(referent{Name: "Henry James", Type: tPerson}, tok{}, true, true)
	if got := join(james); got != "Henry James's" {
		t.Errorf("possessive = %q; want \"Henry James's\"", got)
	}
}

// TestCountryTwin: a country the sentence names is swapped for another the
// text names for a false statement ("In South Africa ... the berg wind"
// made "In New Zealand ...").
func TestCountryTwin(t *testing.T) {
	swapped := false
	for _, c := range textCandidates(t, devText(t, "encyclopedia_foehn-wind.txt")) {
		if c.Q.Kind != quiz.TrueFalse || c.Q.Answer != "False" || !strings.Contains(c.Sent.Text, "berg wind") {
			continue
		}
		swapped = true
		if strings.Contains(c.Q.Stem, "South Africa") {
			t.Errorf("the country not swapped: %q", c.Q.Stem)
		}
	}
	if !swapped {
		t.Error("no false statement on the berg wind")
	}
}

// TestCountryTwinKeepsWhatItIs: a country the words before it describe
// ("the Caribbean island of Martinique") is not swapped for another: "the
// Caribbean island of Algeria" is false at sight.
func TestCountryTwinKeepsWhatItIs(t *testing.T) {
	b, err := os.ReadFile("testdata/dev/biography_behanzin.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	sents := analyseText(t, text)
	p := newPool(sents)
	for i := range sents {
		if !strings.Contains(sents[i].Text, "island of") {
			continue
		}
		if c, ok := trueFalse(&sents[i], p); ok && !strings.Contains(c.Q.Stem, "island of Martinique") {
			t.Errorf("%q: the island swapped for another country", c.Q.Stem)
		}
	}
}
