package questions

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"quizbot/quiz"
)

func TestTrueFalseTwins(t *testing.T) {
	text := "Example\n\nThe Treaty of Paris ended the war in 1856. Florence Nightingale arrived at Scutari in November 1854. " +
		"The Russian fleet was sunk at Sevastopol in 1855. Alexander II freed the serfs of Russia in 1861."
	sents := analyseText(t, text)
	p := newPool(sents)
	falses := 0
	for i := range sents {
		c, ok := trueFalse(&sents[i], p)
		if !ok {
			continue
		}
		if c.Q.Answer == "False" {
			falses++
			if c.Q.Stem == TrueFalsePrefix+join(sents[i].Q) {
				t.Errorf("false twin %q equals its true sentence", c.Q.Stem)
			}
		}
		if !strings.HasPrefix(c.Q.Stem, TrueFalsePrefix) {
			t.Errorf("stem %q; want the true/false prefix", c.Q.Stem)
		}
	}
	if falses == 0 {
		t.Errorf("no false twin among four dated sentences; want some")
	}
}

func TestMisspellings(t *testing.T) {
	text := "Example\n\nThe emperor Qianlong ruled China. In 1755 Qianlong sent an army west. " +
		"The army of Qianlong took Ili in 1755. Before that, Qialong had proclaimed four khans."
	sents := analyseText(t, text)
	m := misspellings(sents)
	if !m["Qialong"] || m["Qianlong"] {
		t.Errorf("misspellings = %v; want Qialong alone", m)
	}
	if !sents[0].Usable && sents[3].Usable {
		t.Errorf("the sentence with the slip is usable")
	}
}

func TestTermAliases(t *testing.T) {
	for _, tt := range []struct {
		term, cat string
		want      []string
	}{
		{"Universal indicator", "indicator", []string{"Universal"}},
		{"Abel Magwitch", "term", []string{"Magwitch"}},
		{"Mr Jaggers", "character", []string{"Mister Jaggers", "Jaggers"}},
		{"Nora Helmer", "character", []string{"Nora", "Helmer"}},
		{"Centromere", "term", nil},
		{"Cold War", "term", nil}, // "War" alone is no answer
	} {
		got := termAliases(tt.term, tt.cat)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("termAliases(%q, %q) = %q; want %q", tt.term, tt.cat, got, tt.want)
		}
	}
	if !kindOf(entry{Term: "Alkali", Def: "a base that dissolves in water"}, entry{Term: "Base", Def: "a substance that reacts with an acid"}) {
		t.Errorf("an alkali is defined as a base; want kindOf true")
	}
}

func TestOpposite(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"Warm air rises above the cold air of the valley.", "Warm air falls above the cold air of the valley."},
		{"The femur is the longest bone in the human body.", ""}, // a superlative turned is absurd
		{"Cartilage is lighter than bone, which helps sharks swim easily.", "Cartilage is heavier than bone, which helps sharks swim easily."},
		{"Marius falls in with the Friends of the ABC, a republican student society.", ""}, // an idiom
		{"After 1945 the whole spit fell within the Soviet Union.", ""},                    // "fell within": a territory's fate, not a direction
		{"The river flows north into the Arctic Ocean.", "The river flows south into the Arctic Ocean."},
		{"The tower is higher than 300 metres above the sea.", ""},                              // a bound on a figure
		{"The larger moon is farther and colder than the smaller one.", ""},                     // two turns at once
		{"Back in his village, Don Quixote falls ill and renounces the books of chivalry.", ""}, // an idiom turned is nonsense
		{"Specialisation and trade can wipe out the gains from trade for some workers.", ""},    // a noun, not a direction
		{"Rulers gained power at the expense of the Pope.", ""},
		{"Modern paper machines can be longer than a football pitch.", ""},             // "can be shorter" may be true too
		{"Amursana was made Vice-general of the Left of the Northern Route Army.", ""}, // a name, not a direction
		{"Roebling designed the structure to be several times stronger than his calculations required.", ""},
		{"The new bridge was much stronger than the engineers had expected.", ""}, // a margin turned is absurd
		{"Asphalt absorbs most of the sunlight that falls on it.", ""},            // "falls on" is lands on: "rises on" is nonsense
	}
	for _, tt := range tests {
		sents := analyseText(t, "Example\n\n"+tt.sentence)
		if got := opposite(sents[0].Q); got != tt.want {
			t.Errorf("opposite(%q) = %q; want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestFigureTwins: a moved figure stays on its side of the sentence's
// other figures; a figure given again in other units is not moved; a
// month or a full date is not moved within its year, nor a year inside an
// event the sentence names.
func TestFigureTwins(t *testing.T) {
	twin := func(text string) (span, string) {
		sents := analyseText(t, "Example\n\n"+text)
		return falseTwin(&sents[0], newPool(sents))
	}
	sents := analyseText(t, "Example\n\nThe Göta Canal is about 190 kilometres long, of which roughly 87 kilometres were dug by hand.")
	for _, sp := range sents[0].Spans {
		if sp.Text == "190" {
			if got := keepsOrder(sents[0].Q, sp, []string{"80", "290", "87"}); strings.Join(got, " ") != "290" {
				t.Errorf("190 may move to %q; want only 290, above the 87 of which it is made", got)
			}
		}
	}
	for text, want := range map[string]bool{
		"A skydiver falling belly-down reaches 55 m/s, which is roughly 200 km/h.": true,
		"The canal is 190 km (118 miles) long.":                                    true,
		"The canal is 190 km long and has 58 locks.":                               false,
	} {
		if got := reConversion.MatchString(text); got != want {
			t.Errorf("reConversion(%q) = %v; want %v", text, got, want)
		}
	}
	if sp, w := twin("In March 1833 Isambard Kingdom Brunel was appointed engineer of the Great Western Railway."); w != "" {
		t.Errorf("%s moved to %s", sp.Text, w)
	}
	if sp, w := twin("On 30 November 1853 the Russian Black Sea Fleet destroyed an Ottoman squadron at the Battle of Sinop."); w != "" {
		t.Errorf("%s moved to %s; a full date's twin would move only its month", sp.Text, w)
	}
	if sp, w := twin("In 1904, during the Russo-Japanese War, rails were laid across the ice of Lake Baikal."); w != "" {
		t.Errorf("%s moved to %s; a moved year may fall outside the war the sentence names", sp.Text, w)
	}
	if _, w := twin("Rails were laid across the frozen Lake Baikal in 1904 to move troops and supplies."); w == "" {
		t.Errorf("1904 not moved in a sentence that names no event around it")
	}
}

func TestFarEnough(t *testing.T) {
	if got := farEnough("5", []string{"4", "6", "7", "8"}); strings.Join(got, " ") != "7 8" {
		t.Errorf("farEnough(5) = %q; want 7 and 8", got)
	}
	if got := farEnough("3,000", []string{"2,500", "4,500", "1,500"}); strings.Join(got, " ") != "4,500 1,500" {
		t.Errorf("farEnough(3,000) = %q; want 4,500 and 1,500", got)
	}
}

// TestYearTwinKeepsItsPlace: a moved year is none of the sentence's other
// years and stays on its side of each.
func TestYearTwinKeepsItsPlace(t *testing.T) {
	for _, text := range []string{
		"Example\n\nHis son Salim rebelled in 1599 and again in 1602, but the two were reconciled before the emperor died.",
		"Example\n\nSystematic excavations began in 1922 and were continued on a large scale from 1924 under John Marshall.",
	} {
		sents := analyseText(t, text)
		for _, sp := range sents[0].Spans {
			if sp.Type != tYear {
				continue
			}
			for _, w := range twinYear(&sents[0], sp) {
				y, _ := strconv.Atoi(sp.Text)
				v, _ := strconv.Atoi(w)
				for _, z := range sentenceYears(sents[0].Q) {
					if z != y && (v == z || (y < z) != (v < z)) {
						t.Errorf("%s: %s moved to %s, against the sentence's %d", text, sp.Text, w, z)
					}
				}
			}
		}
	}
}

func TestNoFamilyDetailStatement(t *testing.T) {
	text := "Example\n\nIgnaz Semmelweis was the fifth of ten children of a prosperous grocer. " +
		"In 1957 Rachel Carson's niece Marjorie died. Carson was the youngest of three children of Robert and Maria Carson. " +
		"Semmelweis introduced hand washing at the Vienna General Hospital in 1847."
	sents := analyseText(t, text)
	p := newPool(sents)
	asked := 0
	for i := range sents {
		for _, c := range candidates(&sents[i], p) {
			if strings.Contains(c.Q.Stem, "niece") {
				t.Errorf("a niece's life asked: %s", c.Q.Stem)
			}
			if c.Q.Kind != quiz.TrueFalse {
				continue
			}
			asked++
			if strings.Contains(c.Q.Stem, "children") {
				t.Errorf("a family detail asked as true or false: %s", c.Q.Stem)
			}
		}
	}
	if asked != 1 {
		t.Errorf("%d statements asked; want the one on hand washing", asked)
	}
}

// TestYearTwinNotCaughtByArithmetic: no year is moved in a sentence that
// gives an age (the birth year shows the twin false), and under a heading
// with years the twin stays within them.
func TestYearTwinNotCaughtByArithmetic(t *testing.T) {
	for _, text := range []string{
		"Example\n\nAfter a dispute, Villar resigned, and in 1885 the 31-year-old Antoni Gaudí took charge of the Sagrada Família.",
		"Example\n\nIn 1913, aged eleven, Rachel Carson had a story published in St. Nicholas, a popular children's magazine.",
	} {
		years := 0
		for _, s := range analyseText(t, text) {
			for _, sp := range s.Spans {
				if sp.Type == tYear {
					years++
					if w := twinYear(&s, sp); len(w) > 0 {
						t.Errorf("%s moved to %v beside an age", sp.Text, w)
					}
				}
			}
		}
		if years == 0 {
			t.Errorf("%s: no year", text)
		}
	}
	sents, _, err := analyse(context.Background(), Source{Name: "t.md", Text: "# Wars\n\n## Phase 2 (1469–1471)\n\nWarwick allied with Margaret of Anjou and restored Henry VI to the throne in 1470.\n"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range sents {
		for _, sp := range s.Spans {
			if sp.Type != tYear {
				continue
			}
			found = true
			for _, w := range twinYear(&s, sp) {
				if y, _ := strconv.Atoi(w); y < 1469 || y > 1471 {
					t.Errorf("%s moved to %s, outside the heading %q", sp.Text, w, s.Section)
				}
			}
		}
	}
	if !found {
		t.Error("no year in the section's sentence")
	}
	// Under a title that spans years, a year within them stays within them.
	for _, s := range analyseText(t, "# The Hungarian Revolution, 1848–1849\n\nIn 1849 Lajos Kossuth declared the independence of Hungary in Debrecen.") {
		for _, sp := range s.Spans {
			if sp.Text == "1849" {
				for _, w := range twinYear(&s, sp) {
					if y, _ := strconv.Atoi(w); y < 1848 || y > 1849 {
						t.Errorf("1849 moved to %s, outside the title's 1848–1849", w)
					}
				}
			}
		}
	}
	// A year of a life stays within it.
	life := "Alfred Nobel\n\nAlfred Nobel (21 October 1833 – 10 December 1896) was a Swedish chemist and engineer. He was born in Stockholm. "
	for _, place := range []string{"Paris", "Berlin", "Vienna", "Rome", "London", "Hamburg", "Oslo", "Geneva"} {
		life += "In 1895 he gave a lecture in " + place + ". "
	}
	life += "He died in San Remo in 1896."
	moved := 0
	for _, s := range analyseText(t, life) {
		for _, sp := range s.Spans {
			if sp.Type != tYear || sp.Text == "1833" {
				continue
			}
			for _, w := range twinYear(&s, sp) {
				moved++
				if y, _ := strconv.Atoi(w); y > 1896 {
					t.Errorf("%s moved to %s, after the death in 1896", sp.Text, w)
				}
			}
		}
	}
	if moved < 3 {
		t.Errorf("%d years moved; want the life's years moved", moved)
	}
}

// A statement that names nothing is not asked in a text that names and
// dates nearly everything, and is in a text of general truths.
func TestUnanchoredStatement(t *testing.T) {
	vague := "Troops were sent out in case a nearby post was under attack."
	asked := func(text string) bool {
		sents := analyseText(t, text)
		p := newPool(sents)
		for i := range sents {
			if sents[i].Text == vague {
				_, ok := trueFalse(&sents[i], p)
				return ok
			}
		}
		t.Fatalf("no sentence %q in %q", vague, text)
		return false
	}
	named := "Fort Edmonton\n\nFort Edmonton was built by the Hudson's Bay Company in 1795. In 1801 the fort was moved " +
		"upstream to Rossdale. In 1823 John Rowand took charge of the post. " + vague + " The Cree traded furs at Fort Edmonton every spring. " +
		"In 1870 the Hudson's Bay Company sold its lands to Canada."
	if asked(named) {
		t.Errorf("%q asked in an article that names and dates nearly everything", vague)
	}
	general := "Defending a frontier\n\nA frontier is hard to watch everywhere at once. Small posts stand far apart. " +
		"Messages travel slowly between them. " + vague + " Signal fires could warn the next post quickly."
	if !asked(general) {
		t.Errorf("%q not asked in a text of general statements", vague)
	}
}
