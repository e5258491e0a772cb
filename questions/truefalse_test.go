package questions

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestFalseFigureAsRound: "about 850" is moved to a figure as round as it
// ("1,300", not "1280"), written with the thousands comma the text uses
// elsewhere: read blind, "About 1280 people died" was spotted as the
// made-up one by its form alone.
func TestFalseFigureAsRound(t *testing.T) {
	sents := analyseText(t, "Example\n\nSome 60,000 people left the valleys around Mount Pinatubo. About 850 people died in the Pinatubo eruption of 1991.")
	p := newPool(sents)
	for i := range sents {
		for _, sp := range sents[i].Spans {
			if sp.Text != "850" {
				continue
			}
			opts := p.numberOptions(&sents[i], sp)
			if len(opts) == 0 {
				t.Fatal("no options for 850")
			}
			for _, o := range opts {
				v, ok := parseNumber(o)
				if !ok || int(v)%50 != 0 || v >= 1000 && !strings.Contains(o, ",") {
					t.Errorf("option %q for about 850; want a multiple of 50, with a comma from 1,000", o)
				}
			}
			return
		}
	}
	t.Fatal("no span 850")
}

// TestTrueFalseTwins: a sentence's figure is moved to make its false twin;
// its year never is (see truefalse.go).
func TestTrueFalseTwins(t *testing.T) {
	text := "Example\n\nThe Treaty of Paris ended the war in 1856. The canal is about 190 kilometres long. " +
		"The river is about 250 kilometres long. The old road is about 120 kilometres long. The railway is about 310 kilometres long."
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
			if strings.Contains(sents[i].Text, "1856") {
				t.Errorf("the year of %q moved: %q", sents[i].Text, c.Q.Stem)
			}
		}
		if !strings.HasPrefix(c.Q.Stem, TrueFalsePrefix) {
			t.Errorf("stem %q; want the true/false prefix", c.Q.Stem)
		}
	}
	if falses == 0 {
		t.Errorf("no false twin among four sentences with figures; want some")
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

// TestMotherAndSonAreNoSlip: "Maria" once beside "Mario" three times is
// two people, not a misspelling.
func TestMotherAndSonAreNoSlip(t *testing.T) {
	text := "Example\n\nThe doctor Mario Rossi worked in Rome. In 1920 Mario Rossi opened a clinic. " +
		"The clinic of Mario Rossi grew fast. In 1930 his sister Maria Rossi joined the clinic."
	if m := misspellings(analyseText(t, text)); m["Maria"] {
		t.Errorf("misspellings = %v; want no Maria", m)
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
		{"Sergeant Cuff", "character", []string{"Cuff"}}, // a rank alone names no one
		{"Inspector Lestrade", "character", []string{"Lestrade"}},
		{"Sapper Vodička", "character", []string{"Vodička"}}, // read blind, "Sapper" alone was a wrong key
		{"Centromere", "term", nil},
		{"Cold War", "term", nil}, // "War" alone is no answer
		{"Truman Doctrine", "term", nil},
		{"Old Major", "character", []string{"Major"}},
		{"Lord Henry Wotton", "character", []string{"Henry Wotton", "Lord Henry", "Henry", "Wotton"}},
		{"Rudolf of Rheinfelden", "person", []string{"Rudolf"}},
		{"Wernher von Braun", "person", []string{"von Braun", "Braun"}},
		{"Marshall Plan", "term", nil},
		{"Power law", "term", []string{"Power rule"}},
		{"Product rule", "term", []string{"Product law"}},
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

// TestNoWordTurns: a statement without a figure is asked true. Read blind,
// statements made false by turning a word to its opposite ("rises" to
// "falls", "northern" to "southern", "intrusive" to "extrusive") were
// usable 4 times in 30: nonsense ("the wool rises off"), false by common
// sense ("gravity decreases the speed"), or turned on a side detail.
func TestNoWordTurns(t *testing.T) {
	for _, sentence := range []string{
		"Warm air rises above the cold air of the valley.",
		"Cartilage is lighter than bone, which helps sharks swim easily.",
		"The river flows north into the Arctic Ocean.",
		"Intrusive igneous rocks cool slowly underground and have large crystals, while extrusive rocks cool fast.",
	} {
		// Two sentences before it: a text's opening lines are asked only
		// when they state something particular.
		sents := analyseText(t, "Example\n\nThe land has many features. People study them closely. "+sentence)
		c, ok := trueFalse(&sents[len(sents)-1], newPool(sents))
		if !ok {
			t.Errorf("%q not asked as a statement; want it asked true", sentence)
			continue
		}
		if c.Q.Answer != "True" || c.Q.Stem != TrueFalsePrefix+sentence {
			t.Errorf("%q asked as %q (%s); want the sentence itself, true", sentence, c.Q.Stem, c.Q.Answer)
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
	for _, text := range []string{
		"In March 1833 Isambard Kingdom Brunel was appointed engineer of the Great Western Railway.",
		"Rails were laid across the frozen Lake Baikal in 1904 to move troops and supplies.",
		"Komodo dragons can live for 30 years or more in the wild.",
		"The Nazi regime intended the 1936 Olympics to display German power.",
		"An aardvark can eat as many as 50,000 insects in a single night.", // 30,000 is as true
	} {
		if sp, w := twin(text); w != "" {
			t.Errorf("%s moved to %s; a date, a year, a floor (\"or more\") or a ceiling (\"as many as\") is not moved", sp.Text, w)
		}
	}
}

// TestRoundFigureTwins: a round figure that moves to few values as round
// as itself still gets a twin, a figure "nearly" reached moves too, and
// what something can reach moves only up (lower is reached as well).
func TestRoundFigureTwins(t *testing.T) {
	twin := func(text string) (string, string) {
		sents := analyseText(t, "Example\n\n"+text)
		sp, w := falseTwin(&sents[0], newPool(sents))
		return sp.Text, w
	}
	for text, right := range map[string]string{
		"A cheetah can run at about 100 kilometres an hour.": "100",
		"The Viking Age lasted for nearly 300 years.":        "300",
		"A large male jaguar can weigh about 100 kilograms.": "100",
		// A year is in no sum: the amount beside it moves.
		"From 1906, two archaeologists excavated at Boğazköy and found around 10,000 tablets.": "10,000",
	} {
		got, w := twin(text)
		if got != right || w == "" {
			t.Errorf("%s: twin %q -> %q; want %s moved", text, got, w, right)
			continue
		}
		if strings.Contains(text, " can ") {
			if x, _ := parseNumber(w); x <= 100 {
				t.Errorf("%s: moved down to %s, which it can reach too", text, w)
			}
		}
	}
	if _, w := twin("The bank keeps 100 pounds and lends out 900 to its customers."); w != "" {
		t.Errorf("keeps 100 and lends 900 moved to %s: a sum the reader can check", w)
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

func TestNoFamilyDetailStatement(t *testing.T) {
	text := "Example\n\nIgnaz Semmelweis was the fifth of ten children of a prosperous grocer. " +
		"In 1957 Rachel Carson's niece Marjorie died. Carson was the youngest of three children of Robert and Maria Carson. " +
		"Semmelweis introduced hand washing at the Vienna General Hospital in 1847."
	asked := 0
	for _, c := range textCandidates(t, text) {
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
	if asked != 1 {
		t.Errorf("%d statements asked; want the one on hand washing", asked)
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

// TestSideDetailsOfPlaceAndLife: a wedding's year is not asked as a gap,
// a likeness is no statement, a distance to the nearest town is not moved
// to make a false twin and the town is not asked; the rest of each
// sentence still is.
func TestSideDetailsOfPlaceAndLife(t *testing.T) {
	sents := analyseText(t, "Samuel Morse\n\nIn 1818 Morse married Lucretia Pickering Walker in Concord. "+
		"Morse received a patent for the telegraph in 1840.")
	sents = append(sents, analyseText(t, "Knossos\n\n"+
		"Knossos is a Bronze Age site on the island of Crete, about 5 kilometres south-east of the centre of Heraklion.")...)
	sents = append(sents, analyseText(t, "Steam locomotives\n\nSteam locomotives pulled most trains for over a century. "+
		"They were slowly replaced by diesel and electric engines. A steam locomotive burns coal to boil water in its boiler. "+
		"The steam pushes pistons that turn the driving wheels. A steam locomotive is like a giant kettle on wheels.")...)
	p := newPool(sents)
	var stems []string
	for i := range sents {
		for _, c := range candidates(&sents[i], p) {
			stems = append(stems, c.Q.Stem)
			switch {
			case c.Q.Kind != quiz.TrueFalse && c.Q.Answer == "1818":
				t.Errorf("a wedding's year asked: %s", c.Q.Stem)
			case strings.Contains(c.Q.Stem, "kettle"):
				t.Errorf("a likeness asked: %s", c.Q.Stem)
			case strings.Contains(c.Q.Stem, "Knossos") && (c.Q.Answer == "False" || c.Q.Answer == "Heraklion"):
				t.Errorf("the distance to the nearest town asked: %s => %s", c.Q.Stem, c.Q.Answer)
			}
		}
	}
	for _, want := range []string{"True or false: In 1818 Morse married", "True or false: Knossos is a Bronze Age site", "telegraph in _____",
		"True or false: A steam locomotive burns coal"} {
		found := false
		for _, s := range stems {
			found = found || strings.Contains(s, want)
		}
		if !found {
			t.Errorf("no candidate %q among %q", want, stems)
		}
	}
}

// TestWorkOpeningNotAskedTrue: the opening line that says what a work is
// and who wrote it is not asked as a statement; its date still is a gap.
func TestWorkOpeningNotAskedTrue(t *testing.T) {
	text := "The Lamp\n\nThe Lamp is a play in four acts by the Welsh dramatist Owen Rhys, first performed in 1921. " +
		"Owen Rhys wrote it in Cardiff after the war. The play follows a miner who loses his sight in a flood. " +
		"Its first audiences in London walked out in protest."
	sents := analyseText(t, text)
	p := newPool(sents)
	gap := false
	for _, c := range candidates(&sents[0], p) {
		if c.Q.Kind == quiz.TrueFalse {
			t.Errorf("the work's opening line is asked as a statement: %q", c.Q.Stem)
		}
		gap = gap || c.Q.Answer == "1921"
	}
	if !gap {
		t.Errorf("the year of the opening line is not asked")
	}
}

// A life's taste or mood ("fascinated by insects") and its wedding are no
// true/false statements; its deeds are.
func TestNoInterestStatementInLife(t *testing.T) {
	life := "Maria Sibylla Merian\n\nMaria Sibylla Merian was a German naturalist and artist. " +
		"She was born in Frankfurt in 1647, and her stepfather Jacob Marrel taught her to paint. " +
		"From an early age Merian was fascinated by insects. " +
		"In 1665 Merian married Johann Andreas Graff, a pupil of her stepfather. " +
		"In 1699 Merian sailed to Suriname with her daughter Dorothea to study its insects. " +
		"She died in Amsterdam in 1717."
	deeds := 0
	for _, c := range textCandidates(t, life) {
		if c.Q.Kind != quiz.TrueFalse {
			continue
		}
		if strings.Contains(c.Q.Stem, "fascinated") || strings.Contains(c.Q.Stem, "married") {
			t.Errorf("a taste or a wedding asked as true or false in a life: %s", c.Q.Stem)
		}
		if strings.Contains(c.Q.Stem, "Suriname") {
			deeds++
		}
	}
	if deeds == 0 {
		t.Error("the voyage to Suriname is not asked")
	}
}

// TestReaderAddressed: a statement whose subject is the reader ("You open
// the bottom gates", "At night you can see ...") is not asked; one that
// sets a case for the reader ("If you weigh 30 kilograms ...", "To see a
// rainbow, you need ...") states a fact and is.
func TestReaderAddressed(t *testing.T) {
	for text, want := range map[string]bool{
		"You open the bottom gates and steer your boat inside.":                         true,
		"At night you can see hundreds of stars twinkling in the sky.":                  true,
		"You have just seen a total solar eclipse.":                                     true,
		"If you weigh 30 kilograms on Earth, on Mars you would feel like 11 kilograms.": false,
		"To see a rainbow, you need two things: sunshine and raindrops.":                false,
		"Your ribs make a cage around your heart and lungs.":                            false,
		"Gears let you choose how hard the pedals are to push.":                         false,
	} {
		s := analyseText(t, "Example\n\n"+text)
		if got := addressesReader(s[0].Toks); got != want {
			t.Errorf("addressesReader(%q) = %v; want %v", text, got, want)
		}
	}
	for _, q := range devQuestions(t, "children_canal-locks.txt") {
		if strings.HasPrefix(q.Stem, TrueFalsePrefix+"You ") {
			t.Errorf("asked a step addressed to the reader: %s", q.Stem)
		}
	}
}

// TestHomeInName: a creature named after a place is not asked whether it
// lives there; where a creature not so named lives is asked.
func TestHomeInName(t *testing.T) {
	for text, want := range map[string]bool{
		"The Amazon river dolphin lives in the Amazon and Orinoco rivers of South America.": true,
		"Atlantic salmon live around the North Atlantic Ocean.":                             true,
		"The boto lives in the Amazon and Orinoco rivers of South America.":                 false,
		"The Amazon river dolphin can grow to 2.5 metres long.":                             false,
		"The Nile crocodile lives in rivers across much of Africa.":                         false,
		"Most pond skaters live on ponds, lakes, ditches and slow rivers.":                  true,
		"Sea otters live in the sea off the coasts of the North Pacific.":                   true,
		"Red foxes live in forests, fields and towns.":                                      false,
		"The Cuban solenodon lives in the forests and mountains of eastern Cuba.":           true,
		"The Hispaniolan solenodon lives on the island of Hispaniola.":                      true,
		"The Cuban solenodon lives in forests and eats insects.":                            false,
	} {
		if got := homeInName(text); got != want {
			t.Errorf("homeInName(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestNamesItsMeaning: a definition whose term is built from a word of its
// meaning gives itself away ("The treeline is the edge ... trees ...").
func TestNamesItsMeaning(t *testing.T) {
	for s, want := range map[string]bool{
		"The treeline is the edge of the habitat in which trees are able to grow.": true,
		"A magma is a body of molten rock.":                                        false,
		"The watershed is the line dividing two river basins.":                     false,
		"A bookcase is a piece of furniture that holds books.":                     true,
	} {
		if got := namesItsMeaning(s); got != want {
			t.Errorf("namesItsMeaning(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestKindOfItself: a kind the thing's own name already says is no
// statement to ask; a kind the name does not say is.
func TestKindOfItself(t *testing.T) {
	for s, want := range map[string]bool{
		"A sperm whale is a kind of whale.":                              true,
		"A strangler fig is a kind of fig tree.":                         true,
		"Diving beetles are a type of beetle.":                           true,
		"The famous mountain gorillas are a kind of eastern gorilla.":    false,
		"A giant squid is a kind of mollusc.":                            false,
		"A diving beetle is a kind of beetle that lives in fresh water.": false,
		"A sperm whale is a toothed whale.":                              false,
	} {
		if got := kindOfItself(s); got != want {
			t.Errorf("kindOfItself(%q) = %v; want %v", s, got, want)
		}
	}
	text := "Sperm whales\n\nA sperm whale is a kind of whale. Sperm whales dive deeper than almost any other mammal, " +
		"down to about 2,000 metres, to hunt giant squid in the dark.\n"
	for _, c := range textCandidates(t, text) {
		if strings.Contains(c.Q.Stem, "kind of whale") {
			t.Errorf("asked %q", c.Q.Stem)
		}
	}
}

// TestSimileNotAsked: a likeness that explains a word to a child is not a
// statement to ask; the fact beside it is.
func TestSimileNotAsked(t *testing.T) {
	text := "Example\n\nLeafcutter ants grow a fungus in underground gardens. A fungus is a living thing like a mushroom. " +
		"The ants feed the fungus with pieces of fresh leaves."
	asked := false
	for _, c := range textCandidates(t, text) {
		if strings.Contains(c.Q.Stem, "like a mushroom") {
			t.Errorf("a likeness asked: %s", c.Q.Stem)
		}
		if c.Q.Kind == quiz.TrueFalse && strings.Contains(c.Q.Stem, "pieces of fresh leaves") {
			asked = true
		}
	}
	if !asked {
		t.Errorf("the fact beside the likeness was not asked as true or false")
	}
	for text, want := range map[string]bool{
		"Nutrients are like natural plant food dissolved in the sea.":    true,
		"A steam locomotive is like a giant kettle on wheels.":           true,
		"The Earth is a bit like a peach.":                               true,
		"Limpets look like little pointed hats stuck to the rocks.":      true,
		"A baby kiwi looks like a small adult.":                          true,
		"A tadpole looks more like a little fish than a frog.":           false,
		"A nymph looks nothing like a grown-up dragonfly.":               false,
		"Cheetahs hunt like other big cats, by stalking their prey.":     false,
		"A tenor pan is tuned like a piano, with the notes in a circle.": false,
	} {
		if got := simile(text); got != want {
			t.Errorf("simile(%q) = %v; want %v", text, got, want)
		}
	}
}

func TestWorkByWithPossessiveNotAsked(t *testing.T) {
	for _, q := range devQuestions(t, "literature_charlie-and-the-great-glass-elevator.txt") {
		if q.Kind == quiz.TrueFalse && strings.Contains(q.Stem, "is a children's novel by") {
			t.Errorf("the work's opening line asked true: %s", q.Stem)
		}
	}
}

// TestNamedFor: a thing named for someone, said to be that someone's,
// answers itself; one said to be something else does not.
func TestNamedFor(t *testing.T) {
	for text, want := range map[string]bool{
		"Humayun's Tomb is the mausoleum of the second Mughal emperor, Nasir al-Din Muhammad Humayun, in Delhi.":   true,
		"Hadrian's Wall was begun in AD 122 on the orders of Hadrian.":                                             true,
		"Hadrian's Wall runs for 73 miles across northern England.":                                                false,
		"Humayun's son Akbar built the tomb for Humayun.":                                                          false,
		"The Nernst equation is named after the German physical chemist Walther Nernst, who published it in 1889.": true,
		"The Library of Ashurbanipal is named after Ashurbanipal, king of Assyria.":                                true,
		"Jupiter is named after the king of the gods in the stories of ancient Rome.":                              false,
	} {
		if got := namedFor(text); got != want {
			t.Errorf("namedFor(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestTwinWithinALife: what a person did "for about 50 years" is never
// moved past a working life: a hundred years is false by common sense. A
// river's age in years moves anywhere.
func TestTwinWithinALife(t *testing.T) {
	for text, want := range map[string]string{
		"Duke Ellington led a big band for about 50 years.": "30 70",
		"The dam held back the river for about 50 years.":   "100 30 70",
		"Wang Xizhi lived about 50 years ago.":              "100 30 70",
	} {
		sents := analyseText(t, "Example\n\nHe was a musician. "+text)
		s := &sents[len(sents)-1]
		found := false
		for _, sp := range s.Spans {
			if sp.Text == "50" {
				found = true
				if got := strings.Join(withinLife(s, sp, []string{"100", "30", "70"}), " "); got != want {
					t.Errorf("%q: 50 may move to %q; want %q", text, got, want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure 50 to move", text)
		}
	}
}

// TestSpanGivenTwice: a count of years whose sentence also says from when
// to when is not moved: the sentence would contradict itself.
func TestSpanGivenTwice(t *testing.T) {
	for text, want := range map[string]bool{
		"The saga covers roughly 150 years, from the late 9th century to the early 11th.": false,
		"The war lasted 30 years, from 1618 to 1648.":                                     false,
		"The saga covers roughly 150 years of family history.":                            true,
		// A track gauge moved is one no railway has.
		"The railway is built to a track gauge of 800 millimetres.": false,
		"The railway climbs 1,420 metres in 7.6 kilometres.":        true,
	} {
		sents := analyseText(t, "Example\n\n"+text)
		_, w := falseTwin(&sents[0], newPool(sents))
		if got := w != ""; got != want {
			t.Errorf("%q: twin %q; want a twin %v", text, w, want)
		}
	}
}

// In a text that mostly names and dates things, a true statement that
// names nothing of the topic is asked of nothing in particular ("Grain and
// timber flowed south to Ostby" of a canal's article): read blind, such
// statements were usable about half the time, those naming the topic three
// times in four.
func TestTrueStatementNamesTheTopic(t *testing.T) {
	text := "Varne Canal\n\nThe Varne Canal is a waterway in northern Wessland, opened by Queen Adela in 1821. " +
		"Barges on the Varne Canal carried coal from the northern mines to the port of Ostby. " +
		"Grain and timber from the Halden farms flowed south, while cloth moved north. " +
		"In 1870 the Varne Canal lost most of its trade to the new railway."
	// A text long enough to tell a side story besides its topic.
	for i := 1; i <= 24; i++ {
		text += fmt.Sprintf(" In %d the Varne Canal carried %d tonnes of slate to the mills of Wessland.", 1830+i, 1000*i)
	}
	topic, other := false, false
	for _, c := range textCandidates(t, text) {
		if c.Q.Kind != quiz.TrueFalse || c.Q.Answer != "True" {
			continue
		}
		topic = topic || strings.Contains(c.Q.Stem, "Barges on the Varne Canal")
		other = other || strings.Contains(c.Q.Stem, "Grain and timber")
	}
	if other {
		t.Error("a statement naming nothing of the canal is asked as true")
	}
	if !topic {
		t.Error("the barges on the canal are not asked as true")
	}
	// A place the text keeps naming is part of its story.
	often := strings.Replace(text, "In 1870", "In 1870, after floods at Halden and at Halden Mill,", 1)
	asked := false
	for _, c := range textCandidates(t, often) {
		asked = asked || c.Q.Kind == quiz.TrueFalse && strings.Contains(c.Q.Stem, "Grain and timber")
	}
	if !asked {
		t.Error("a statement naming Halden, named three times, is not asked")
	}
}

// TestFameNotAskedTrue: a thing's fame or a wonder at it ("Some of the most
// famous jumping spiders are ...", "sees incredibly well") is not asked as
// a statement, which the sound of it answers, with a figure or without;
// the text's other statements are.
func TestFameNotAskedTrue(t *testing.T) {
	for _, q := range devStatements(t, "children_jumping-spiders.txt") {
		if reRenown.MatchString(q.Stem) || reFluff.MatchString(q.Stem) {
			t.Errorf("asked %q", q.Stem)
		}
	}
	// With a figure too: "Berlioz's Memoirs, published in 1870, are among
	// the most vivid autobiographies written by a musician".
	for _, q := range devQuestions(t, "biography_hector-berlioz.txt") {
		if q.Kind == quiz.TrueFalse && reRenown.MatchString(q.Stem) {
			t.Errorf("asked %q", q.Stem)
		}
	}
}

// TestOtherThanWhat: "other" after a preposition means others than some
// the text named before, and is not asked as a statement; "X and other
// Y" names them.
func TestOtherThanWhat(t *testing.T) {
	const lead = "Water Hardness\n\nWater hardness is the amount of dissolved calcium and magnesium in water. Hard water leaves scale in kettles and pipes. " +
		"Temporary hardness is caused by calcium hydrogencarbonate, which breaks down when the water is boiled. "
	for _, c := range []struct {
		sentence string
		asked    bool
	}{
		{"Permanent hardness is caused by other calcium and magnesium compounds, mainly sulfates and chlorides.", false},
		{"Permanent hardness is caused by calcium and magnesium sulfates and chlorides, and by other compounds.", false},
		{"Permanent hardness is caused by calcium sulfate and other calcium and magnesium compounds.", true},
		{"Hard water, just like other water, freezes at 0 °C.", true},
	} {
		if ok := lastAsked(t, lead, c.sentence); ok != c.asked {
			t.Errorf("%q asked as true or false: %v; want %v", c.sentence, ok, c.asked)
		}
	}
}

// TestStudySetupNotAsked: how researchers went about a study is not asked
// as true or false; what they found is.
func TestStudySetupNotAsked(t *testing.T) {
	const lead = "Coconut Crabs\n\nCoconut crabs are the largest crabs that live on land. They live on islands in the Indian and Pacific Oceans. "
	for _, c := range []struct {
		sentence string
		asked    bool
	}{
		{"Scientists in Japan measured how hard coconut crabs can pinch.", false},
		{"In 2020 scientists fitted some coconut crabs with tiny recorders.", false},
		{"Scientists have found that coconut crabs can pinch harder than any other crab.", true},
	} {
		if ok := lastAsked(t, lead, c.sentence); ok != c.asked {
			t.Errorf("%q asked as true or false: %v; want %v", c.sentence, ok, c.asked)
		}
	}
}

// TestAcclaimNotAsked: the writer's ranking of the subject among the
// greatest or the most popular is not asked as true or false, nor what it
// shares "like many" of its kind; a ranking with a figure or a second
// fact is, unless it tells of fame, and what it has "like all" of its kind.
func TestAcclaimNotAsked(t *testing.T) {
	const lead = "The Lewis Chessmen\n\nThe Lewis chessmen are a group of chess pieces carved from walrus ivory. They were found on the Isle of Lewis in Scotland. "
	for _, c := range []struct {
		sentence string
		asked    bool
	}{
		{"The Lewis chessmen are among the most popular objects in the British Museum.", false},
		{"The Lewis chessmen are widely regarded as one of the finest works of medieval carving.", false},
		// Fame ("among the most popular", reRenown) is not asked even with
		// a figure beside it: read blind, none of 2 such was usable.
		{"The Lewis chessmen are among the most popular objects in the British Museum, which bought 82 pieces in 1831.", false},
		{"The Lewis chessmen are widely regarded as one of the finest works of medieval carving, and the British Museum bought 82 pieces in 1831.", true},
		{"The Lewis chessmen were carved from walrus ivory and whale teeth in Norway.", true},
		{"The Lewis chessmen are a set of pieces which are widely regarded as one of the finest works of medieval carving.", true},
		{"Like many medieval treasures, the Lewis chessmen were found by chance.", false},
		{"Like all chess sets, the Lewis chessmen include kings, queens, bishops, knights and rooks.", true},
	} {
		if ok := lastAsked(t, lead, c.sentence); ok != c.asked {
			t.Errorf("%q asked as true or false: %v; want %v", c.sentence, ok, c.asked)
		}
	}
}

// lastAsked reports whether the sentence, after the lead, is asked as true
// or false.
func lastAsked(t *testing.T, lead, sentence string) bool {
	t.Helper()
	sents := analyseText(t, lead+sentence)
	last := &sents[len(sents)-1]
	if last.Text != sentence {
		t.Fatalf("last sentence %q; want %q", last.Text, sentence)
	}
	_, ok := trueFalse(last, newPool(sents))
	return ok
}

// TestOpeningOnTheTopic: a concept text's first sentence, on its subject
// by name, is asked true though the tagger gives the name no kind ("The
// Heckscher–Ohlin model"); a general opening that names nothing is not.
func TestOpeningOnTheTopic(t *testing.T) {
	text := "The Heckscher–Ohlin Model\n\nThe Heckscher–Ohlin model is a theory of international trade which explains a country's pattern of trade by its endowments of factors of production. " +
		"A country with much land per worker will find land-intensive goods relatively cheap to produce.\n\n" +
		"Markets are perfectly competitive, and there are no transport costs or trade barriers in the standard version.\n"
	general := "Trade\n\nCountries have always traded with one another across borders and seas. " +
		"A country with much land per worker will find land-intensive goods relatively cheap to produce.\n"
	ranked := "The Ship of Theseus\n\nThe Ship of Theseus is one of the oldest puzzles in philosophy. " +
		"A ship whose planks are replaced one by one may or may not remain the same ship.\n"
	for text, want := range map[string]bool{text: true, general: false, ranked: false} {
		cands, err := allCandidates(context.Background(), []Source{{Name: "t.txt", Text: text}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, c := range cands {
			if c.Q.Kind == quiz.TrueFalse && c.Sent.Pos == 0 {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q: opening asked true %v; want %v", strings.SplitN(text, "\n", 2)[0], got, want)
		}
	}
}

// TestExampleFigureNotMoved: a figure inside an example the sentence gives
// ("such as 40 tonnes of food and 60 machines") is not moved for a false
// twin: only the text's table tells the moved point from the right one.
func TestExampleFigureNotMoved(t *testing.T) {
	checkSpan(t, "Points inside the frontier, such as 20 tonnes of food, are attainable but inefficient.", "20", "inExample", inExample, true)
	checkSpan(t, "In 1219 the armies of Genghis Khan invaded the lands of Khwarazm.", "1219", "inExample", inExample, false)
	for _, q := range devQuestions(t, "concept_production-possibility-frontier.txt") {
		if q.Kind == quiz.TrueFalse && q.Answer == "False" && strings.Contains(q.Stem, "such as") {
			t.Errorf("moved an example's figure: %q", q.Stem)
		}
	}
}

// TestAssumptionsNotAskedTrue: a model's premises, listed under
// "Assumptions", are not asked as statements about the world; the text's
// other statements are.
func TestAssumptionsNotAskedTrue(t *testing.T) {
	for _, q := range devStatements(t, "concept_production-possibility-frontier.txt") {
		if reAssumptions.MatchString(q.Section) {
			t.Errorf("asked a premise: %q", q.Stem)
		}
	}
}

// devStatements returns the true/false questions of a development text and
// fails the test when it has none, so that a rule on statements is never
// checked against an empty list.
func devStatements(t *testing.T, name string) []quiz.Question {
	t.Helper()
	var statements []quiz.Question
	for _, q := range devQuestions(t, name) {
		if q.Kind == quiz.TrueFalse {
			statements = append(statements, q)
		}
	}
	if len(statements) == 0 {
		t.Fatalf("no statements on %s", name)
	}
	return statements
}

// TestLabelLineNoStatement: a list's line that is a label and its gloss
// ("Drain: an artificial channel ...") is no true/false statement; a
// sentence with its verb before the colon states.
func TestLabelLineNoStatement(t *testing.T) {
	text := "Wetlands\n\nWetlands cover much of eastern England.\n\n## Key terms\n\n" +
		"- Drain (also called a cut or leam): an artificial channel dug to carry water off the land.\n" +
		"- Dyke: a bank of earth built to keep the water of a river off low land.\n"
	for _, c := range textCandidates(t, text) {
		if c.Q.Kind == quiz.TrueFalse && strings.Count(c.Q.Stem, ":") > 1 {
			t.Errorf("a label asked as true/false: %q", c.Q.Stem)
		}
	}
	for sentence, want := range map[string]bool{
		"Classes 7 and 8: objects, tools and languages borrowed from traders.":      true,
		"Ferns are vascular plants: they have xylem and phloem inside their stems.": false,
		"In 1630: the Earl of Bedford agreed to drain the Great Level.":             true,
		"The work had one aim: to keep the water off the land for good.":            false,
	} {
		if got := labelLine(analyseText(t, "Example\n\n"+sentence)[0].Q); got != want {
			t.Errorf("labelLine(%q) = %v; want %v", sentence, got, want)
		}
	}
}

// TestPluperfectNotStated: a sentence whose main verb is in the past
// perfect tells the background to another; it is not asked as a
// statement. A "had" that owns something, or one inside a clause, is no
// such verb.
func TestPluperfectNotStated(t *testing.T) {
	for s, want := range map[string]bool{
		"Margarete Steiff had built a business in Giengen making felt toys.":                   true,
		"French troops under General Claude Lecourbe had partly destroyed the Devil's Bridge.": true,
		"Triceratops had one short horn on its nose and two long horns above its eyes.":        false,
		"Drake allied himself with the Cimarrons, Africans who had escaped slavery.":           false,
		"Margarete Steiff built a business in Giengen making felt toys.":                       false,
		"By 1755 Cook had risen to mate and was offered the command of a ship.":                false,
		"The Qing had banned opium, but smuggling grew to around 20,000 chests a year.":        false,
	} {
		sents := analyseText(t, "Example\n\n"+s)
		if got := pluperfectMain(sents[0].Q); got != want {
			t.Errorf("pluperfectMain(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestPuzzleNotStated: a question people asked, which the text goes on to
// answer, is not asked as a statement.
func TestPuzzleNotStated(t *testing.T) {
	for _, s := range []string{
		"For hundreds of years people have wondered what the narwhal's tusk is for.",
		"For a long time scientists argued about what kind of animal a panda is.",
	} {
		sents := analyseText(t, "Narwhal\n\nThe narwhal is a whale of the Arctic. Males have a long tusk. "+s)
		if c, ok := trueFalse(&sents[2], newPool(sents)); ok {
			t.Errorf("%q asked: %q", s, c.Q.Stem)
		}
	}
	sents := analyseText(t, "Narwhal\n\nThe narwhal is a whale of the Arctic. Males have a long tusk. In 2014 scientists found that the tusk has about 10 million nerve endings.")
	if _, ok := trueFalse(&sents[2], newPool(sents)); !ok {
		t.Errorf("%q not asked; want a finding stated", sents[2].Text)
	}
}

// TestTwinNotAFigureTheTextStates: a false twin moves a figure to one the
// text never writes when it can: "around 300,000 termites" would be true by
// the text's own "up to about 300,000".
func TestTwinNotAFigureTheTextStates(t *testing.T) {
	text := "Aardwolves\n\nAardwolves are small animals of the hyena family that live in eastern and southern Africa. " +
		"An aardwolf can eat around 200,000 termites in a single night. Some scientists think it can eat even more, up to about 300,000. " +
		"An aardwolf weighs between 8 and 14 kilograms. A female usually has two to four cubs in a litter."
	sents := analyseText(t, text)
	p := newPool(sents)
	for i := range sents {
		if !strings.Contains(sents[i].Text, "200,000") {
			continue
		}
		sp, wrong := falseTwin(&sents[i], p)
		if sp.I < 0 || wrong == "" {
			t.Fatalf("%q: no false twin", sents[i].Text)
		}
		if writesFigure(strings.ToLower(text), wrong) {
			t.Errorf("%q: twin %q is a figure the text states", sents[i].Text, wrong)
		}
	}
}
