package questions

import (
	"strings"
	"testing"
)

func TestLifespan(t *testing.T) {
	for _, c := range []struct {
		para       string
		born, died int
		ok         bool
	}{
		{"Srinivasa Ramanujan (22 December 1887 – 26 April 1920) was an Indian mathematician.", 1887, 1920, true},
		{"Gregor Mendel (1822–1884) was a friar.", 1822, 1884, true},
		{"Harriet Tubman (born Araminta Ross, c. 1822 – 10 March 1913) was an abolitionist.", 1822, 1913, true},
		{"Ibn Battuta (24 February 1304 – c. 1368/1369) was a traveller.", 1304, 1369, true},
		{"The Crimean War (1853–1856) was fought between Russia and an alliance.", 0, 0, false}, // three years: no life
		{"Hokusai was a Japanese artist.", 0, 0, false},
		{"Sor Juana Inés de la Cruz (1648?–1695) was a nun and poet.", 1648, 1695, true}, // a year not sure of
		{"Wangari Maathai was a Kenyan biologist. She was born in the village of Ihithe in 1940. She died of cancer in Nairobi in 2011.", 1940, 2011, true},
	} {
		a := &article{Main: "X", Paras: []para{{Text: c.para}}}
		born, died, ok := a.lifespan()
		if ok != c.ok || born != c.born || died != c.died {
			t.Errorf("%q: got %d–%d %v; want %d–%d %v", c.para, born, died, ok, c.born, c.died, c.ok)
		}
	}
}

// TestOtherLife: a year in a sentence naming someone whose years the text
// gives in brackets is bounded by that life, even when the text is not
// that person's life; a sentence about someone else is not.
func TestOtherLife(t *testing.T) {
	const text = "Three Sisters\n\nThree Sisters is a play by Anton Chekhov (1860–1904), first performed in 1901 at the Moscow Art Theatre. " +
		"Chekhov wrote the play in 1900, largely in Yalta. Stanislavski directed the first production in 1901.\n"
	sents := analyseText(t, text)
	var wrote, directed *sentence
	for i := range sents {
		switch {
		case strings.Contains(sents[i].Text, "wrote the play"):
			wrote = &sents[i]
		case strings.Contains(sents[i].Text, "directed"):
			directed = &sents[i]
		}
	}
	if wrote == nil || directed == nil {
		t.Fatal("sentences not found")
	}
	if from, to, ok := wrote.lifeOf(1900); !ok || from != 1861 || to != 1904 {
		t.Errorf("lifeOf(1900) for Chekhov = %d–%d %v; want 1861–1904", from, to, ok)
	}
	if _, _, ok := directed.lifeOf(1901); ok {
		t.Error("Stanislavski's sentence bounded by Chekhov's life")
	}
}
