package questions

import (
	"slices"
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestHeadAliasOnlyWhenItSaysWhich: a term's head word alone is accepted
// ("marrow" for "bone marrow") unless the text puts another describing word
// before it ("net force" beside "balanced force") or never uses it alone.
func TestHeadAliasOnlyWhenItSaysWhich(t *testing.T) {
	for _, tt := range []struct {
		text, term, head string
		want             bool
	}{
		{"Inside many bones there is a soft part called bone marrow. The marrow makes blood cells.", "bone marrow", "marrow", true},
		{"At that point the net force is zero. A balanced force means no change in speed.", "balanced force", "force", false},
		{"The forces balance—balanced force means no change; forces act in pairs.", "balanced force", "force", true},
		// A head the text never uses alone is no name of the term.
		{"Early sets used spark transmitters, which sent bursts of waves.", "spark transmitters", "transmitters", false},
		{"Energy passes up a food chain.", "food chain", "chain", false},
		// A head that only says what kind of thing the term is answers nothing.
		{"The effects are called colligative properties.", "colligative properties", "properties", false},
		// A plural in "-ies" is one "-y".
		{"The effects are called colligative properties.", "colligative properties", "colligative property", true},
		{"The effects are called colligative properties.", "colligative properties", "colligative propertie", false},
		// A describing word before a class of living things is the
		// answer alone: read blind, refusing "nocturnal" was a wrong key.
		{"Badgers come out mostly at night, so they are called nocturnal animals.", "nocturnal animals", "nocturnal", true},
		{"Cows and sheep are farm animals.", "farm animals", "farm", false},
		// What a rate measures, where the text speaks of it alone, answers
		// for the rate; a word that names no measured thing does not.
		{"Okun's law links output to the unemployment rate. In jobless recoveries unemployment stayed high.", "unemployment rate", "unemployment", true},
		{"The unemployment rate fell. The unemployment rate rose again.", "unemployment rate", "unemployment", false},
		{"The exchange rate fell. Exchange controls followed.", "exchange rate", "exchange", false},
		// A unit's dimension is the unit: a metre is no cubic metre.
		{"Metal holds 10^12 metres of dislocation line in every cubic metre. A metre is a long way.", "cubic metre", "metre", false},
	} {
		got := slices.Contains(aliases(span{Text: tt.term, Type: tConcept}, nil, 0, tt.text), tt.head)
		if got != tt.want {
			t.Errorf("%q among the aliases of %q = %v; want %v", tt.head, tt.term, got, tt.want)
		}
	}
}

// TestBracketTerm: the other name a text gives a term in brackets is an
// answer too; a bracket that says something else is not.
func TestBracketTerm(t *testing.T) {
	for _, tt := range []struct{ text, term, other string }{
		{"a point where three or more conductors meet is called a junction (or node).", "junction", "node"},
		{"each simple eye is an ocellus (also called an eyespot).", "ocellus", "eyespot"},
		{"the loop (see figure 2) closes the circuit.", "loop", ""},
		{"a ray bends at the boundary (at 30 degrees).", "boundary", ""},
	} {
		got := aliases(span{Text: tt.term, Type: tConcept}, nil, 0, tt.text)
		if tt.other == "" && len(got) > 0 || tt.other != "" && !slices.Contains(got, tt.other) {
			t.Errorf("aliases of %q in %q = %q; want %q", tt.term, tt.text, got, tt.other)
		}
	}
}

// TestBareYearBeforeCommonEra: "221" answers "221 BC" in a text whose
// years are all before the common era, or where no year of the common era
// is 221; not in one that also counts AD 221.
func TestBareYearBeforeCommonEra(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"in 221 bc hannibal took command in spain. carthage fell in 146 bc.", true},
		{"in 221 bc hannibal took command in spain. in ad 221 a new emperor ruled.", false},
		{"in 221 bc hannibal took command in spain. the city fell to the arabs in ad 642.", true},
		{"in 221 bc hannibal took command in spain. the walls were rebuilt in 221 under the empire, around ad 300.", false},
		{"octavian won in 221 bc and died in 14 ce; the city was sacked in 221 ce.", false},
	} {
		got := slices.Contains(aliases(span{Text: "221 BC", Type: tYear}, nil, 0, tt.text), "221")
		if got != tt.want {
			t.Errorf("\"221\" among the aliases of 221 BC in %q = %v; want %v", tt.text, got, tt.want)
		}
	}
}

// TestBornNames: the name a text gives in brackets after the one it uses
// is an answer too; a description in brackets is not.
func TestBornNames(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"Voltaire", "the french writer voltaire (françois-marie arouet, 1694–1778). it appeared", "françois-marie arouet|arouet"},
		{"George Eliot", "george eliot (born mary ann evans) wrote novels", "mary ann evans|evans"},
		{"Voltaire", "voltaire (a french writer) wrote it", ""},
		{"Voltaire", "voltaire (1694–1778) wrote it", ""},
	} {
		if got := strings.Join(bornNames(tt.name, tt.text), "|"); got != tt.want {
			t.Errorf("bornNames(%q) = %q; want %q", tt.name, got, tt.want)
		}
	}
}

// TestOtherCalendar: a date the text also gives in another calendar, in
// brackets after it, is rightly answered either way.
func TestOtherCalendar(t *testing.T) {
	text := "Example\n\nSteno was born in Copenhagen on 1 January 1638 (11 January in the Gregorian calendar)."
	sents := analyseText(t, text)
	for _, sp := range sents[0].Spans {
		if sp.Text == "1 January 1638" {
			if got := otherCalendar(sents[0].Text, sp); got != "11 January 1638" {
				t.Errorf("otherCalendar = %q; want \"11 January 1638\"", got)
			}
			return
		}
	}
	t.Errorf("no date span in %q", sents[0].Text)
}

// TestBracketName: a one-word name in brackets after a place is another
// answer for it; a bracket that holds anything else is not.
func TestBracketName(t *testing.T) {
	low := strings.ToLower("Gauss was born in Brunswick (Braunschweig) in 1777. He studied at Göttingen (1795) and in Helmstedt (now part of Lower Saxony).")
	for name, want := range map[string]string{"Brunswick": "Braunschweig", "Göttingen": "", "Helmstedt": ""} {
		if got := bracketName(name, low); got != want {
			t.Errorf("bracketName(%q) = %q; want %q", name, got, want)
		}
	}
}

// TestWithoutHeadOf: "Houses of Parliament" is also "Parliament", never
// "Houses of".
func TestWithoutHeadOf(t *testing.T) {
	if got := withoutHead(strings.Fields("Houses of Parliament")); got != "Parliament" {
		t.Errorf("withoutHead(Houses of Parliament) = %q; want Parliament", got)
	}
	// A describing word alone names nothing.
	for name, want := range map[string]string{"Cold War": "", "Great War": "", "Crimean War": "Crimean", "Red Sea": "",
		"Dutch Revolt": "", "Russian Revolution": "", "Glorious Revolution": "", "Taiping Rebellion": "Taiping", "Gulf of Mexico": "", "Bay of Biscay": "",
		"Second World War": ""} {
		if got := withoutHead(strings.Fields(name)); got != want {
			t.Errorf("withoutHead(%s) = %q; want %q", name, got, want)
		}
	}
}

// TestMrOf: a man the text also calls "Mr Elliot" is answered so, when no
// other untitled man shares the surname.
func TestMrOf(t *testing.T) {
	text := "Persuasion\n\nAnne Elliot is the daughter of Sir Walter Elliot. She meets her cousin William Elliot at Lyme. " +
		"In Bath Mr Elliot courts Anne, but she distrusts him. Anne marries Wentworth."
	sents := analyseText(t, text)
	a := sents[0].Art
	if got := a.mrOf("William Elliot"); got != "Mr Elliot" {
		t.Errorf("mrOf(William Elliot) = %q; want Mr Elliot", got)
	}
	if got := a.mrOf("Anne Elliot"); got != "" {
		t.Errorf("mrOf(Anne Elliot) = %q; want none", got)
	}
	// The prose never says "she" of Anne: her list entry does.
	sents = analyseText(t, "Persuasion: a guide\n\nAnne Elliot and William Elliot meet at Lyme. In Bath Mr Elliot courts Anne. Anne marries Wentworth.\n\n"+
		"Main characters\n\nAnne Elliot: the heroine, intelligent, gentle and overlooked by her own family.\n\n"+
		"William Elliot: Anne's cousin and the heir to Kellynch, polished but calculating.\n\n"+
		"Frederick Wentworth: a naval captain, once rejected by Anne.")
	if got := sents[0].Art.mrOf("William Elliot"); got != "Mr Elliot" {
		t.Errorf("mrOf(William Elliot) = %q; want Mr Elliot where the list says who Anne is", got)
	}
	sents = analyseText(t, "Brothers\n\nJohn Dashwood and Edward Dashwood were brothers. Mr Dashwood sold the house.")
	if got := sents[0].Art.mrOf("John Dashwood"); got != "" {
		t.Errorf("mrOf(John Dashwood) = %q; want none beside Edward Dashwood", got)
	}
}

// TestOtherNamesInStory: a false name ("using the false name John
// Johnson"), a short given name the text uses ("Huck") and a rank with the
// surname ("Sergeant Troy") answer for the full name.
func TestOtherNamesInStory(t *testing.T) {
	text := "The Story\n\nGuy Fawkes, using the false name John Johnson, guarded the powder. " +
		"Tom meets Huckleberry Finn at school. Huck sleeps in a barrel. Tom and Huck find gold. " +
		"Bathsheba marries Sergeant Francis Troy, a dashing soldier."
	a := analyseText(t, text)[0].Art
	for term, want := range map[string]string{"Guy Fawkes": "John Johnson", "Huckleberry Finn": "Huck", "Francis Troy": "Sergeant Troy"} {
		if got := a.otherNamesOf(term); !slices.Contains(got, want) {
			t.Errorf("otherNamesOf(%q) = %q; want %q among them", term, got, want)
		}
	}
	if got := a.otherNamesOf("Tom Sawyer"); len(got) != 0 {
		t.Errorf("otherNamesOf(Tom Sawyer) = %q; want none", got)
	}
	c := analyseText(t, "Cry\n\nThe priest Theophilus Msimangu meets Kumalo. The city frightens him. The boy is lost, and the priest helps.")[0].Art
	if got := c.otherNamesOf("Theophilus Msimangu"); slices.Contains(got, "The") {
		t.Errorf("otherNamesOf(Theophilus Msimangu) = %q; want no \"The\"", got)
	}
	b := analyseText(t, "Of Mice and Men\n\nCurley picks fights. Curley boxes. Curley's wife is lonely.")[0].Art
	if got := b.otherNamesOf("Curley's wife"); len(got) != 0 {
		t.Errorf("otherNamesOf(Curley's wife) = %q; want none", got)
	}
}

// TestLongerNames: the text's own longer form of a term answers for it —
// a title, an epithet of age, a realm, a generic head before "of", a
// person's middle name or patronymic, the surname after an epithet's
// name ("Old Martin Ruiz") — but
// not an instance of a general term ("Concordat of Worms" beside
// "Concordat of London") nor a degree ("high resistance").
func TestLongerNames(t *testing.T) {
	text := "Notes\n\nYoung Fortinbras of Norway wants revenge. The Earl of Gloucester is blinded. " +
		"Queen Gertrude marries Claudius. The rate of natural increase fell. A high resistance warms the wire. " +
		"The Concordat of Worms ended the quarrel; the Concordat of London came first. " +
		"Yevgeny Vasilyevich Bazarov is a blunt medical student. Anna Sergeyevna Odintsova is a widow. " +
		"The story is framed by Old Martin Ruiz, a veteran. Young Martin is his page. Only the seventeen-year-old Setanta is free."
	a := analyseText(t, text)[0].Art
	for _, c := range []struct {
		term, cat string
		want      []string
	}{
		{"Fortinbras", "character", []string{"Young Fortinbras", "Fortinbras of Norway"}},
		{"Gloucester", "character", []string{"Earl of Gloucester"}},
		{"Gertrude", "character", []string{"Queen Gertrude"}},
		{"Natural increase", "term", []string{"rate of natural increase"}},
		{"Resistance", "term", nil},
		{"Concordat", "term", nil},
		{"Yevgeny Bazarov", "character", []string{"Yevgeny Vasilyevich Bazarov"}},
		{"Anna Sergeyevna Odintsova", "character", nil},
		{"Nobel Prize", "term", nil},
		{"Old Martin", "character", []string{"Old Martin Ruiz", "Martin Ruiz"}},
		{"Young Martin", "character", nil},
		{"Setanta", "character", nil},
	} {
		if got := a.longerNames(c.term, c.cat); !slices.Equal(got, c.want) {
			t.Errorf("longerNames(%q) = %q; want %q", c.term, got, c.want)
		}
	}
}

// TestNicknameForms: a nickname in quotes inside a full name, or a full
// name in brackets after a nickname, gives the names a student would type.
func TestNicknameForms(t *testing.T) {
	a := analyseText(t, "A novel\n\nThe narrator is Jean Louise \"Scout\" Finch, who lives in Maycomb. Her brother is Jem.")[0].Art
	got := a.otherNamesOf("Scout Finch")
	for _, want := range []string{"Jean Louise Finch", "Jean Louise"} {
		if !slices.Contains(got, want) {
			t.Errorf("otherNamesOf(Scout Finch) = %q; want it to hold %q", got, want)
		}
	}
}

// TestKnownAsFullName: "Miss Matilda Jenkyns, known as Miss Matty" names
// Miss Matty Jenkyns both ways, and not her brother Peter Jenkyns.
func TestKnownAsFullName(t *testing.T) {
	text := "Cranford\n\nThe elder sister is Miss Deborah Jenkyns. After her death, attention turns to her younger sister, " +
		"Miss Matilda Jenkyns, known as Miss Matty. Miss Matty's brother Peter ran away to sea. Peter Jenkyns returns home at last."
	a := analyseText(t, text)[0].Art
	got := a.otherNamesOf("Miss Matty Jenkyns")
	for _, want := range []string{"Miss Matty", "Matilda Jenkyns"} {
		if !slices.Contains(got, want) {
			t.Errorf("otherNamesOf(Miss Matty Jenkyns) = %q; want %q among them", got, want)
		}
	}
	if got := a.otherNamesOf("Peter Jenkyns"); slices.Contains(got, "Miss Matty") {
		t.Errorf("otherNamesOf(Peter Jenkyns) = %q; want no Miss Matty", got)
	}
}

// TestOtherOfFamily: "Lajeunesse" is not Basil Lajeunesse's alone where
// the story names Gabriel Lajeunesse; a sentence's first word before
// "Scrooge" is no other Scrooge.
func TestOtherOfFamily(t *testing.T) {
	a := analyseText(t, "Evangeline\n\nEvangeline is betrothed to Gabriel Lajeunesse. His father Basil Lajeunesse is the blacksmith.")[0].Art
	if !a.otherOfFamily("Lajeunesse", "Basil Lajeunesse") {
		t.Error("otherOfFamily(Lajeunesse, Basil Lajeunesse) = false; want true beside Gabriel Lajeunesse")
	}
	b := analyseText(t, "A Christmas Carol\n\nEbenezer Scrooge is a miser. Then Scrooge meets a ghost. When Scrooge wakes, it is Christmas.")[0].Art
	if b.otherOfFamily("Scrooge", "Ebenezer Scrooge") {
		t.Error("otherOfFamily(Scrooge, Ebenezer Scrooge) = true; want false (\"Then\", \"When\" open sentences)")
	}
}

// TestEpithetNames: "Cyrus the Great" is one name, answered by "Cyrus"
// where no other Cyrus is named, never by "Great"; a capitalised word
// after "the" that is no epithet starts no name ("in Venice the Dionysian
// takes revenge").
func TestEpithetNames(t *testing.T) {
	text := "The Persian Empire\n\nThe Achaemenid Persian Empire was founded by Cyrus the Great around 550 BC. " +
		"It became the largest state the world had yet seen. Cyrus conquered the kingdom of Lydia in about 547 BC. " +
		"The Greek cities of Ionia came under Persian rule. Darius later divided the empire into provinces."
	sents := analyseText(t, text)
	q := quiz.Question{Kind: quiz.FillBlank, Answer: "Cyrus the Great",
		Aliases: aliases(span{Text: "Cyrus the Great", Type: tPerson}, newPool(sents), 0, text)}
	if !quiz.CheckTyped(&q, "Cyrus") || quiz.CheckTyped(&q, "Great") {
		t.Errorf("Cyrus the Great keyed %q: want Cyrus accepted and Great refused", q.Aliases)
	}
	for _, s := range analyseText(t, "Death in Venice\n\nAschenbach travels south. In Venice the Dionysian takes revenge. Edward the Confessor died in 1066.") {
		for _, n := range names(s.Toks) {
			if n.Text == "Venice the Dionysian" || n.Text == "Edward" {
				t.Errorf("name %q in %q", n.Text, s.Text)
			}
		}
	}
}

// TestOldCityAlias: "Delhi" answers for Old Delhi, a place; a place named
// "New" keeps its word ("York" is not New York).
func TestOldCityAlias(t *testing.T) {
	text := "The Red Fort\n\nThe Red Fort is a palace in Old Delhi, India. Shah Jahan moved the capital from Agra. He founded a new city near New York."
	p := newPool(analyseText(t, text))
	if got := aliases(span{Text: "Old Delhi", Type: tPlace}, p, 0, text); !slices.Contains(got, "Delhi") {
		t.Errorf("aliases(Old Delhi) = %q; want Delhi among them", got)
	}
	if got := aliases(span{Text: "New York", Type: tPlace}, p, 0, text); slices.Contains(got, "York") {
		t.Errorf("aliases(New York) = %q; want no York", got)
	}
}

// TestOfficeAliases: an office named by its land is typed by its title,
// never by the land: "queen" for Queen of Tonga, not "Tonga" or "of Tonga".
func TestOfficeAliases(t *testing.T) {
	for _, typ := range []etype{tPerson, tName} {
		got := aliases(span{Text: "Queen of Tonga", Type: typ}, nil, 0, "Sālote Tupou III was Queen of Tonga from 1918 until her death in 1965.")
		if !slices.Contains(got, "queen") || slices.Contains(got, "Tonga") || slices.Contains(got, "of Tonga") {
			t.Errorf("aliases of Queen of Tonga (%v) = %q; want \"queen\" and not the land", typ, got)
		}
	}
	if got := aliases(span{Text: "King Louis XIV", Type: tPerson}, nil, 0, "King Louis XIV built Versailles."); !slices.Contains(got, "Louis XIV") {
		t.Errorf("aliases of King Louis XIV = %q; want the name without the title", got)
	}
}

// TestPlaceNotItsInstitution: a city is not typed by the name of an
// institution in it ("Conservatoire" for Paris, where the text names the
// Paris Conservatoire), while a person the tagger took for a place keeps
// the full name ("Mary Anning" for "Mary").
func TestPlaceNotItsInstitution(t *testing.T) {
	text := "Adolphe Sax\n\nAdolphe Sax was a Belgian instrument maker who spent most of his working life in Paris. " +
		"In 1842 he moved to Paris and opened his own workshop. " +
		"He was appointed to teach saxophone at the Paris Conservatoire in 1857."
	p := newPool(analyseText(t, text))
	if got := aliases(span{Text: "Paris", Type: tPlace}, p, 0, text); slices.Contains(got, "Conservatoire") || slices.Contains(got, "Paris Conservatoire") {
		t.Errorf("aliases(Paris) = %q; want no Conservatoire", got)
	}
	mary := "Fossil hunters\n\nOne of the most famous fossil hunters was a girl called Mary Anning, who lived in Lyme Regis. " +
		"Mary found the first complete skeleton of a plesiosaur in 1823."
	sents, _, err := analyse(t.Context(), Source{Name: "t.txt", Text: mary}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := aliases(span{Text: "Mary", Type: tPlace}, newPool(sents), 0, mary); !slices.Contains(got, "Mary Anning") {
		t.Errorf("aliases(Mary) = %q; want Mary Anning among them", got)
	}
}

// TestEverydayName: a state's short name is an answer where the text uses
// it: "Russia" for the Russian Empire, "America" for the United States.
func TestEverydayName(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"Russian Empire", "he was born in the russian empire. in 1880 russia built a railway.", "Russia"},
		{"Russian Empire", "he was born in the russian empire and wrote in russian.", ""},
		{"United States", "in 1846 he sailed to america and settled in boston.", "America"},
		{"United States", "the species lives across north america and the united states.", ""},
		{"Ottoman Empire", "the ottoman empire ruled from istanbul.", ""},
		{"Brazil", "he went to brazil and to america.", ""},
	} {
		if got := everydayName(c.name, c.text); got != c.want {
			t.Errorf("everydayName(%q, %q) = %q; want %q", c.name, c.text, got, c.want)
		}
	}
}

// TestBareNameOfTwoPlaces: where the text names the Columbia River and the
// Columbia Plateau, neither is taken for the other (read blind, the checker
// took "Columbia Plateau" for the river, a wrong key): "Columbia" is no
// alias of either, and the checker tells the two kinds of place apart.
func TestBareNameOfTwoPlaces(t *testing.T) {
	withoutWording(t)
	asked := 0
	for _, q := range devQuestions(t, "encyclopedia_grand-coulee-dam.txt") {
		if q.Kind == quiz.TrueFalse || !strings.HasPrefix(q.Answer, "Columbia ") {
			continue
		}
		asked++
		other := "Columbia Plateau"
		if q.Answer == other {
			other = "Columbia River"
		}
		if quiz.CheckTyped(&q, other) {
			t.Errorf("%q takes %q (aliases %q)", q.Stem, other, q.Aliases)
		}
		if !quiz.CheckTyped(&q, "the "+q.Answer) {
			t.Errorf("%q refuses its own answer", q.Stem)
		}
	}
	if asked == 0 {
		t.Fatal("no question asks for a Columbia")
	}
	// "Columbia" alone stays an answer where the text names one Columbia.
	one := strings.ToLower("Grand Coulee Dam is a dam on the Columbia River. Farmers east of the river wanted water.")
	two := one + " the columbia plateau is dry."
	if otherHeadOf(one, "Columbia", "Columbia River") || !otherHeadOf(two, "Columbia", "Columbia River") {
		t.Errorf("otherHeadOf: one Columbia %v, two %v; want false, true", otherHeadOf(one, "Columbia", "Columbia River"), otherHeadOf(two, "Columbia", "Columbia River"))
	}
}

// TestOrdinalInEventName: "the Second World War", where the tagger reads
// "Second" as an adjective, is one event, not a "World War" (read blind, a
// bare "World War" among the options for an 1808 war was called absurd).
func TestOrdinalInEventName(t *testing.T) {
	sents := analyseText(t, "Åland\n\nThe demilitarisation of Åland was reaffirmed after the Second World War by a treaty signed in Paris in 1947.")
	found := false
	for _, sp := range sents[0].Spans {
		if sp.Text == "World War" {
			t.Errorf("span %q cuts the ordinal off", sp.Text)
		}
		found = found || sp.Text == "Second World War"
	}
	if !found {
		t.Errorf("no span \"Second World War\" in %q", sents[0].Text)
	}
}

// TestNoParticleAlone: "Ibn" ("son of") is no name of Ibn Salam: a name
// particle is never a character's alias on its own.
func TestNoParticleAlone(t *testing.T) {
	found := false
	for _, q := range devQuestions(t, "literature_layla-and-majnun.txt") {
		if strings.HasPrefix(q.Answer, "Ibn ") {
			found = true
		}
		for _, a := range q.Aliases {
			if nameParticles[strings.ToLower(a)] {
				t.Errorf("%q => %s: alias %q is a particle", q.Stem, q.Answer, a)
			}
		}
	}
	if !found {
		t.Fatal("no question on Ibn Salam to check")
	}
}

// TestAliasTheSentenceSays: the head word "light" is no answer to "a kind
// of light … called _____", though the text uses it alone elsewhere.
func TestAliasTheSentenceSays(t *testing.T) {
	text := "Degus\n\nDegus are small rodents from Chile. Degus can see a kind of light that people cannot see, called ultraviolet light. " +
		"Their pee shows up brightly in this light. Ultraviolet light also helps them find food, and light of that kind is all around them."
	found := false
	for _, c := range textCandidates(t, text) {
		if c.Q.Answer != "ultraviolet light" {
			continue
		}
		found = true
		if slices.Contains(c.Q.Aliases, "light") && strings.Contains(c.Q.Stem, "kind of light") {
			t.Errorf("%q accepts %q", c.Q.Stem, "light")
		}
	}
	if !found {
		t.Fatal("no question asks for ultraviolet light")
	}
}
