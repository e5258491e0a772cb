package questions

import (
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestTopicNounNamed: in an article about a named thing, "the canal" is
// written as the canal's name, with "the" as the article writes it, unless
// the phrase or the sentence says it may be another.
func TestTopicNounNamed(t *testing.T) {
	for _, c := range []struct{ text, sentence, want string }{
		{"Rideau Canal\n\nThe Rideau Canal is a canal in Ontario. For a century the canal carried timber and grain.",
			"carried timber", "For a century the Rideau Canal carried timber and grain."},
		{"Rideau Canal\n\nThe Rideau Canal is a canal in Ontario. The canal is managed by Parks Canada.",
			"managed", "The Rideau Canal is managed by Parks Canada."},
		{"Sutton Hoo\n\nSutton Hoo is the site of two early medieval cemeteries near Woodbridge. Today the site is cared for by the National Trust.",
			"cared for", "Today Sutton Hoo is cared for by the National Trust."},
		// The last word of the name is what it is: "the tunnel".
		{"Thames Tunnel\n\nThe Thames Tunnel is an underwater passage beneath the River Thames in London. Despite floods the tunnel reached Wapping in 1841.",
			"reached", "Despite floods the Thames Tunnel reached Wapping in 1841."},
		// A plural name would need another verb.
		{"Andes\n\nThe Andes is the longest mountain range in the world. The range runs through seven countries.",
			"seven", "The range runs through seven countries."},
		// The head of "X of Y": "the treaty".
		{"Treaty of Waitangi\n\nThe Treaty of Waitangi is an agreement signed in 1840 in New Zealand. The treaty is short and has five articles.",
			"five articles", "The Treaty of Waitangi is short and has five articles."},
		{"Tower of Hercules\n\nThe Tower of Hercules is an ancient Roman lighthouse in Spain. The tower rises about 55 metres above the ground.",
			"55 metres", "The Tower of Hercules rises about 55 metres above the ground."},
		// The town the first sentence puts the subject in, and the thing
		// built called by what it is.
		{"Aqueduct of Segovia\n\nThe Aqueduct of Segovia is a Roman aqueduct in the city of Segovia, in Spain. The structure suffered its worst damage in 1072, when raiders attacked the city.",
			"worst damage", "The Aqueduct of Segovia suffered its worst damage in 1072, when raiders attacked Segovia."},
		{"Puente Nuevo\n\nThe Puente Nuevo is a bridge in the town of Ronda, in Spain. Rockfalls closed the road into the town in 1790.",
			"Rockfalls", "Rockfalls closed the road into Ronda in 1790."},
		{"Iwakura Mission\n\nThe Iwakura Mission was a Japanese diplomatic voyage to the United States and Europe. From London the party crossed to France.",
			"crossed", "From London the Iwakura Mission crossed to France."},
		// "The term" is the subject's own name, unless the sentence
		// before brought in another word.
		{"Little Ice Age\n\nThe Little Ice Age was a cold period in Europe. The term was introduced by the geologist François Matthes in 1939.",
			"introduced", "The term Little Ice Age was introduced by the geologist François Matthes in 1939."},
		{"Little Ice Age\n\nThe Little Ice Age was a cold period in Europe. Its coldest spells are called minima. The term was introduced by the astronomer Walter Maunder in 1890.",
			"introduced", "The term was introduced by the astronomer Walter Maunder in 1890."},
		// Said which: another canal, or a part of one.
		{"Rideau Canal\n\nThe Rideau Canal is a canal in Ontario. The canal at Kingston Mills has four locks.",
			"four locks", "The canal at Kingston Mills has four locks."},
		{"Rideau Canal\n\nThe Rideau Canal is a canal in Ontario. Engineers built a model of the canal in 1827.",
			"model", "Engineers built a model of the canal in 1827."},
		// A clause after it picks out one of several: "the canal it inherited".
		{"Welland Canal\n\nThe Welland Canal is a ship canal in Ontario. Because each generation of shipping outgrew the canal it inherited, it was rebuilt three times.",
			"outgrew", "Because each generation of shipping outgrew the canal it inherited, it was rebuilt three times."},
		// Another place before it: the city may be either.
		{"Ravenna\n\nRavenna is a city in northern Italy. In 540 an army came from Constantinople, and the city fell.",
			"army", "In 540 an army came from Constantinople, and the city fell."},
		// A capital, a port or a town is "the city" after.
		{"Fatehpur Sikri\n\nFatehpur Sikri is a former Mughal capital in the state of Uttar Pradesh, northern India, about 40 kilometres west of Agra. The city was laid out along the top of a rocky ridge.",
			"rocky ridge", "Fatehpur Sikri was laid out along the top of a rocky ridge."},
		// A title in capitals that the text writes in small letters is no name.
		{"Rent Control: How Limits on Rents Work\n\nRent control is a law that limits how much landlords may charge. The term covers a family of policies rather than one rule.",
			"family", "The term covers a family of policies rather than one rule."},
		// A railway is "the line" too.
		{"Panama Railroad\n\nThe Panama Railroad is a railway that crosses the Isthmus of Panama. The line is about 47 miles long.",
			"47 miles", "The Panama Railroad is about 47 miles long."},
		// A person is no "the man" of his own article.
		{"Samuel Parris\n\nSamuel Parris was a man of Salem. In 1692 the man accused his neighbours.",
			"accused", "In 1692 the man accused his neighbours."},
	} {
		found := false
		for _, s := range analyseText(t, c.text) {
			if strings.Contains(s.Text, c.sentence) {
				found = true
				if s.Text != c.want {
					t.Errorf("%q\n got %q\nwant %q", c.sentence, s.Text, c.want)
				}
			}
		}
		if !found {
			t.Errorf("no sentence with %q in %q", c.sentence, c.text)
		}
	}
}

// TestTopicNounInQuestions: a statement from a church's article names the
// church (read blind, "For centuries the church belonged to a Benedictine
// monastery" was failed as dangling).
func TestTopicNounInQuestions(t *testing.T) {
	named := 0
	for _, q := range devQuestions(t, "encyclopedia_thames-tunnel.txt") {
		if strings.Contains(q.Stem, "Thames Tunnel") {
			named++
		}
		if strings.Contains(strings.ToLower(q.Stem), "the tunnel ") {
			t.Errorf("unnamed tunnel: %s", q.Stem)
		}
	}
	if named < 3 {
		t.Errorf("%d questions name the Thames Tunnel; want at least 3", named)
	}
}

// TestGuideToAWork: a guide titled "The Playboy of the Western World: A
// Guide to the Play" is about the play its first sentence opens with, and
// the "It" of the next sentence is the play.
func TestGuideToAWork(t *testing.T) {
	s := analyseText(t, "The Playboy of the Western World: A Guide to the Play\n\n"+
		"The Playboy of the Western World is a comedy in three acts by the Irish playwright John Millington Synge. "+
		"It was first performed at the Abbey Theatre in Dublin in January 1907.")
	want := "The Playboy of the Western World was first performed at the Abbey Theatre in Dublin in January 1907."
	if len(s) < 2 || s[1].Text != want || !s[1].Usable {
		t.Fatalf("second sentence = %+v; want usable %q", s[1:], want)
	}
}

// TestPartOfTopicUnnamed: in an article on a named dam, a sentence whose
// subject is one of its parts and which names neither the dam nor what it
// is is not asked for a gap; named, it is.
func TestPartOfTopicUnnamed(t *testing.T) {
	text := "Itaipu Dam\n\nThe Itaipu Dam is a hydroelectric dam on the Paraná River on the border between Brazil and Paraguay. " +
		"Brazil and Paraguay signed the Itaipu Treaty in 1973. Construction began in January 1975 near Foz do Iguaçu. " +
		"The gates of the diversion channel were closed on 13 October 1982. The Itaipu Dam began generating electricity in May 1984. " +
		"Paraguay sells most of its share of the power to Brazil under the 1973 treaty."
	for _, c := range textCandidates(t, text) {
		if c.Q.Kind != quiz.TrueFalse && strings.Contains(c.Q.Stem, "diversion channel") {
			t.Errorf("asked %q: the channel of what?", c.Q.Stem)
		}
	}
	var a article
	a.Main, a.MainType, a.Title, a.specifics = "Itaipu Dam", tPlace, "Itaipu Dam", 0.9
	for s, want := range map[string]bool{
		"The gates of the diversion channel were closed on 13 October 1982.": true,
		"The reservoir covers about 680 square kilometres.":                  true,
		"The dam's reservoir covers about 680 square kilometres.":            false,
		"Paraguay sells most of its share of the power to Brazil.":           false,
		"In 1984 the turbines began to turn.":                                false,
	} {
		sents := analyseText(t, "Example\n\n"+s)
		if got := a.partOfTopicUnnamed(sents[0].Q); got != want {
			t.Errorf("partOfTopicUnnamed(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestRealmNamed: a text about a realm names "the state" as the realm,
// though it tells of a ruler with his dates and "he", as a life would.
func TestRealmNamed(t *testing.T) {
	text := "Great Moravia\n\nGreat Moravia was a West Slavic state that flourished in Central Europe during the 9th century, " +
		"and it reached its height under Prince Svatopluk I (ruled 870–894). " +
		"Svatopluk I expanded the realm, and he made peace with the Franks. He died in 894, and his sons quarrelled. " +
		"He left the realm divided between them. " +
		"The state is remembered above all for the mission of the Byzantine brothers Constantine and Methodius."
	for _, s := range analyseText(t, text) {
		if strings.Contains(s.Text, "remembered above all") && !strings.HasPrefix(s.Text, "Great Moravia is remembered") {
			t.Errorf("%q; want \"the state\" named as Great Moravia", s.Text)
		}
	}
}

// TestTitleRulerNamed: in an article on a king's tomb, "the king" is the
// king the title and the first sentence name ("The king's mummy" is
// Tutankhamun's); in an article that names its king only later, or on a
// tomb no king's name is in, "the king" is left as it is.
func TestTitleRulerNamed(t *testing.T) {
	tomb := "Tomb of Tutankhamun\n\nThe tomb of Tutankhamun is the burial place of the Egyptian king Tutankhamun in the Valley of the Kings. " +
		"It was found by Howard Carter in 1922. " +
		"The king's mummy still lies in the tomb, since 2007 in a glass case."
	other := "Tomb of the Unknown Scribe\n\nThe tomb of the Unknown Scribe is the burial place of a scribe of the Egyptian king Horemheb in Saqqara. " +
		"It was found by a French team in 1975. " +
		"The king's name appears on a door jamb."
	found := 0
	for _, s := range analyseText(t, tomb) {
		if strings.Contains(s.Text, "mummy") {
			found++
			if !strings.HasPrefix(s.Text, "Tutankhamun's mummy still lies") {
				t.Errorf("%q; want \"the king\" named as Tutankhamun", s.Text)
			}
		}
	}
	for _, s := range analyseText(t, other) {
		if strings.Contains(s.Text, "door jamb") {
			found++
			if strings.Contains(s.Text, "Horemheb") {
				t.Errorf("%q; want \"the king\" left alone: the title names no king", s.Text)
			}
		}
	}
	if found != 2 {
		t.Fatalf("found %d of the 2 sentences", found)
	}
}

// TestNameTopicPart: a part of the article's own building, ship or site
// left unnamed is named with it ("The main arch of the Varne Bridge
// spans"); a part of another thing, a part of an event's topic, and the
// stand-in for the subject ("The present structure") are not.
func TestNameTopicPart(t *testing.T) {
	bridge := "Varne Bridge\n\nThe Varne Bridge is a steel arch bridge over the river Wend in Ostland, opened in 1932. " +
		"The main arch spans 503 metres and carries four road lanes. " +
		"The present structure is the third crossing on the site. " +
		"The arch of the old Wend ferry pier collapsed in 1911. " +
		"A programme of repairs to the arch, deck and approach viaducts began in 1990. " +
		"Anna Berg's novel The Arch, about a riveter who fell from the bridge, was published in 1950."
	eruption := "1815 eruption of Mount Varne\n\nThe 1815 eruption of Mount Varne was the largest volcanic eruption in recorded history. " +
		"Witnesses described three columns of fire rising from the summit."
	want := map[string]string{
		"The main arch":         "The main arch of the Varne Bridge spans 503 metres",
		"The present structure": "",
		"old Wend ferry pier":   "The arch of the old Wend ferry pier collapsed",
		"three columns of fire": "rising from the summit.",
		"programme of repairs":  "repairs to the arch, deck and approach viaducts began",
		"Anna Berg's novel":     "novel The Arch, about",
	}
	found := 0
	for _, text := range []string{bridge, eruption} {
		for _, s := range analyseText(t, text) {
			for part, got := range want {
				if !strings.Contains(s.Text, part) {
					continue
				}
				found++
				if got != "" && !strings.Contains(s.Text, got) {
					t.Errorf("%q; want it to read %q", s.Text, got)
				}
			}
		}
	}
	if found != len(want) {
		t.Errorf("found %d of %d sentences", found, len(want))
	}
	for _, c := range textCandidates(t, bridge) {
		if strings.Contains(c.Q.Answer, "structure") {
			t.Errorf("the stand-in asked: %q => %q", c.Q.Stem, c.Q.Answer)
		}
	}
}
