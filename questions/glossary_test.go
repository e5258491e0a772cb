package questions

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"quizbot/quiz"
)

const lessonNotes = `# Cell Division

## Key terms

- Chromosome: a long, coiled molecule of DNA carrying many genes.
- Centromere: the point where the two sister chromatids are held together.
- Spindle: a structure made of protein fibres that pulls the chromatids apart.
- Cytokinesis: the division of the cytoplasm to form two separate cells.
- Note: bring your textbook to every lesson of this unit.

## Stages of mitosis

1. Prophase: chromosomes condense and become visible under a microscope.
2. Metaphase: chromosomes line up along the middle of the cell.
3. Anaphase: the spindle fibres pull the sister chromatids to opposite poles.
4. Telophase: a nuclear membrane forms around each set of chromosomes.
`

func TestGlossary(t *testing.T) {
	a := clean("notes.md", lessonNotes)
	if len(a.Lists) != 2 {
		t.Fatalf("got %d lists; want 2 (key terms, stages): %+v", len(a.Lists), a.Lists)
	}
	if n := len(a.Lists[0].Entries); n != 4 {
		t.Errorf("key terms: got %d entries; want 4 (the note is not a term)", n)
	}
	if !a.Lists[1].Ordered {
		t.Errorf("stages: not ordered; want a numbered list")
	}
	// An item too short to ask does not cut its list in two: the entry
	// after it is still one of the list's.
	b := clean("roads.md", "# Roads\n\n## The layers\n\n- **Sub-base**: crushed stone that spreads the load and helps drainage\n"+
		"- **Binder course**: an intermediate asphalt layer\n- **Surface course**: a thin top layer designed for grip and low noise\n\nRoads last longer when water is kept out of every layer.\n")
	if len(b.Lists) != 1 || len(b.Lists[0].Entries) != 2 {
		t.Errorf("a short item split the list: %+v", b.Lists)
	}
	for _, tt := range []struct{ section, want string }{
		{"Stages of mitosis (remember PMAT)", "stage of mitosis"},
		{"Key terms", "term"},
		{"Common indicators", "term"}, // "Which indicator" would be wrong for an entry that is not one
		{"Main characters", "character"},
		{"Part 2: The physics of lifting people (20 minutes)", "term"}, // the physics is what it lists
		{"Leaders of the revolt", "person"},
		{"Why mitosis matters", "term"},
		{"Three routes to fixation", "route to fixation"},
		{"Two types to distinguish (write on board):", "term"}, // "Which type to distinguish is this?" is no question
		{"Four types of rock", "type of rock"},
		{"Two sides", "term"},
		{"Two types of wave:", "type of wave"},
		{"Key people:", "person"},
		{"Leaders of the revolution", "person"},
		{"Key figures", "term"}, // numbers as often as people
	} {
		if got := category(tt.section); got != tt.want {
			t.Errorf("category(%q) = %q; want %q", tt.section, got, tt.want)
		}
	}
}

func TestGlossaryQuestions(t *testing.T) {
	withoutWording(t)
	qs, err := Generate([]Source{{Name: "notes.md", Text: lessonNotes}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range qs {
		if q.Answer != "Metaphase" {
			continue
		}
		found = true
		want := "\u201cChromosomes line up along the middle of the cell.\u201d Which stage of mitosis is this?"
		if q.Stem != want {
			t.Errorf("stem %q; want %q", q.Stem, want)
		}
		if q.Kind == quiz.MultipleChoice {
			for _, o := range q.Options {
				if !strings.HasSuffix(o, "phase") {
					t.Errorf("option %q; want only the other stages", o)
				}
			}
		}
	}
	if !found {
		t.Errorf("no question asks for Metaphase from its description")
	}
}

// TestGlossaryNotTerms: a list of causes and a list of an office's duties
// hold no terms to ask for; a club's members are also typed "X club".
func TestGlossaryNotTerms(t *testing.T) {
	notes := "# The Revolution\n\n## Causes\n\n- **Debt:** France borrowed heavily for wars.\n- **Hunger:** The harvest of 1788 was very poor.\n" +
		"- **Taxes:** The poorest paid the most.\n\n## Officials\n\n- **Aedile:** looked after temples, markets and roads.\n" +
		"- **Praetor:** acted as a judge and could command an army.\n- **Censor:** counted the citizens and their property.\n\n" +
		"## Key terms\n\n- **Jacobins:** a radical political club led by Robespierre.\n- **Guillotine:** a machine for beheading people.\n" +
		"- **Estates-General:** an assembly of the three orders of society.\n- **Sans-culottes:** the working people of Paris.\n" +
		"- **Iconoclasm:** the destruction of religious images in churches.\n\n" +
		"## Beyond France\n\nThe ideas of the Revolution spread to Austria and to Britain within a few years.\n\n" +
		"- Austria: Emperor Leopold II, the queen's brother, threatened France in 1791.\n- Britain: William Pitt, the prime minister, led the coalitions against France.\n" +
		"- Prussia: Frederick William II sent an army that was stopped at Valmy in 1792.\n\n## The deal\n\n" +
		"- Public: The Soviet Union removes its missiles from Cuba; the USA promises not to invade Cuba.\n" +
		"- Secret: The USA agrees to remove the Jupiter missiles from Turkey, which it did by April 1963.\n" +
		"- Hotline: a direct telephone link set up between Washington and Moscow in 1963.\n\n" +
		"## Examples\n\n- Leisure clubs: golf courses, gyms and swimming pools charge membership fees and limit numbers to prevent crowding.\n" +
		"- Subscription media: a streaming service or pay-television channel can be watched by millions at once, and encrypted signals or passwords exclude non-subscribers.\n" +
		"- Toll roads and bridges: drivers can be excluded at toll booths.\n\n" +
		"## Main figures\n\n- The poetic voice: a reflective speaker who addresses the reader and himself.\n" +
		"- Death: personified as a visitor who speaks courteously and reasonably.\n" +
		"- Historical figures: Juan II, Enrique IV, the Infantes of Aragón and Álvaro de Luna, who illustrate the vanity of earthly power.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	club, icon := false, false
	for _, q := range qs {
		switch q.Answer {
		case "Debt", "Hunger", "Taxes", "Aedile", "Praetor", "Danton and Marat", "Austria", "Britain", "Public", "Secret",
			"Leisure clubs", "Subscription media", "Toll roads and bridges", "Historical figures":
			t.Errorf("asked for %q: %s", q.Answer, q.Stem)
		case "Death":
			if strings.Contains(q.Stem, "term") {
				t.Errorf("a main figure asked as a term: %s", q.Stem)
			}
		case "Jacobins":
			club = q.Kind == quiz.MultipleChoice || quiz.CheckTyped(&q, "the Jacobin Club")
		case "Iconoclasm":
			// An act "of" something is no kind: nobody types "iconoclasm
			// destruction".
			icon = q.Kind == quiz.ShortAnswer
			if strings.Join(q.Aliases, "|") != "" {
				t.Errorf("Iconoclasm typed with aliases %q", q.Aliases)
			}
		}
	}
	if !club {
		t.Errorf("the Jacobins are not asked, or 'the Jacobin Club' is refused")
	}
	if !icon {
		t.Errorf("Iconoclasm is not asked with a typed answer")
	}
}

// TestLabelTerm: a timeline's month and the notes' furniture are no terms.
func TestLabelTerm(t *testing.T) {
	for term, want := range map[string]bool{"September": true, "Discussion point": true, "Teacher note": true,
		"Key question": true, "Worked example": true, "Coalition government": false, "Industrialisation": false, "May Fourth Movement": false} {
		if got := labelTerm(term); got != want {
			t.Errorf("labelTerm(%q) = %v; want %v", term, got, want)
		}
	}
}

// TestStepLabel: a numbered step's instruction is no term; a term is.
func TestStepLabel(t *testing.T) {
	for term, want := range map[string]bool{"State the result": true, "Interpret": true, "Add their market shares": true,
		"Prophase": false, "Concentration ratio": false} {
		if got := stepLabel(term); got != want {
			t.Errorf("stepLabel(%q) = %v; want %v", term, got, want)
		}
	}
}

func TestEntryGivesAway(t *testing.T) {
	if !entryGivesAway(entry{Term: "Photosynthesis", Def: "the synthesis of sugars using light"}) {
		t.Errorf("a meaning that holds the term's root gives it away")
	}
	if entryGivesAway(entry{Term: "Centromere", Def: "the point where the two sister chromatids are held together"}) {
		t.Errorf("a plain meaning does not give the term away")
	}
	if !entryGivesAway(entry{Term: "GDR", Def: "The German Democratic Republic, or East Germany, a communist state founded in October 1949"}) {
		t.Errorf("an acronym whose meaning spells it out gives itself away")
	}
	if !entryGivesAway(entry{Term: "ICBM", Def: "intercontinental ballistic missile, a rocket that can carry a nuclear warhead between continents"}) {
		t.Errorf("ICBM spelled out in lower case; want a giveaway")
	}
	if !entryGivesAway(entry{Term: "rpm", Def: "revolutions per minute, a measure of how fast something turns"}) {
		t.Errorf("rpm spelled out by the meaning's first words; want a giveaway")
	}
	if entryGivesAway(entry{Term: "gel", Def: "a jelly-like solid that holds a liquid in a network of fibres"}) {
		t.Errorf("a short word in small letters is no abbreviation: gel")
	}
	if !entryGivesAway(entry{Term: "USSR", Def: "the Union of Soviet Socialist Republics"}) {
		t.Errorf("USSR spelled out; want a giveaway")
	}
	if !entryGivesAway(entry{Term: "Flexible pavement", Def: "a road whose layers flex slightly and spread the load downwards"}) {
		t.Errorf("\"flex\" in the meaning of \"Flexible pavement\"; want a giveaway")
	}
	if !entryGivesAway(entry{Term: "Massive star", Def: "a star with more than eight times the Sun's mass"}) {
		t.Errorf("\"mass\" in the meaning of \"Massive star\"; want a giveaway")
	}
	if !entryGivesAway(entry{Term: "Mr Samsa", Def: "the father, seemingly old and idle, who regains strength as Gregor declines"}) {
		t.Errorf("Mr Samsa as \"the father\"; want a giveaway")
	}
	if entryGivesAway(entry{Term: "Mr Rochester", Def: "the master of Thornfield, who hides a secret"}) || entryGivesAway(entry{Term: "Grete Samsa", Def: "the sister, who cares for him"}) {
		t.Errorf("a title with no bare role, or a given name with one; want no giveaway")
	}
	if entryGivesAway(entry{Term: "DNA", Def: "the molecule that carries genetic information"}) {
		t.Errorf("DNA not spelled out; want no giveaway")
	}
	if !entryGivesAway(entry{Term: "NATO", Def: "the North Atlantic Treaty Organization, a military alliance"}) {
		t.Errorf("an acronym whose meaning spells it out gives itself away")
	}
	if entryGivesAway(entry{Term: "DNA", Def: "the molecule that carries genetic information"}) {
		t.Errorf("an acronym with a plain meaning does not give itself away")
	}
	if !entryGivesAway(entry{Term: "Sverdrup", Alt: "Sv", Def: "unit of volume transport; 1 Sv = 1,000,000 m³ of water per second"}) {
		t.Errorf("a meaning that shows the term's other name gives it away")
	}
	_ = context.Background
}

func TestMeasureMeaning(t *testing.T) {
	for _, d := range []string{"Around 6 metres long in an adult", "about 25 cm long", "1.5 m tall",
		"About ±15 seconds per month, or roughly ±0.5 seconds per day", "Often ±10 seconds per day or more", "−4 to +6 seconds per day"} {
		if !measureMeaning(d) {
			t.Errorf("%q is a measure, not a meaning", d)
		}
	}
	for _, d := range []string{"A muscular tube about 25 cm long that carries food to the stomach", "the longest part of the gut, where food is absorbed",
		"3 or more sides joined at corners", "24 hours in a day, split into two halves"} {
		if measureMeaning(d) {
			t.Errorf("%q is a meaning", d)
		}
	}
}

// TestWorkingMeaning: a line of working is no meaning; a formula that
// defines is.
func TestWorkingMeaning(t *testing.T) {
	for _, d := range []string{"½ × 2 × 3² = 9 J", "I = 12 ÷ 4", "p = 2 × 3 = 6 kg m/s"} {
		if !workingMeaning(d) {
			t.Errorf("%q is working, not a meaning", d)
		}
	}
	for _, d := range []string{"Three whole numbers a, b and c that fit a² + b² = c²", "The product of mass and velocity (p = mv)", "A unit of energy; 1 kWh is 3.6 million joules"} {
		if workingMeaning(d) {
			t.Errorf("%q is a meaning", d)
		}
	}
}

// TestCharacterAliases: a surname the family shares is no answer for one
// of them, nor a title alone.
func TestCharacterAliases(t *testing.T) {
	notes := "# A novel\n\n## Main characters\n\n- **Elizabeth Bennet:** the clever second daughter of the family.\n" +
		"- **Jane Bennet:** the gentle eldest daughter, who loves a rich neighbour.\n- **Mr Bennet:** the ironic father of five daughters.\n" +
		"- **Mrs Bennet:** the anxious mother, set on marrying her daughters well.\n- **Fitzwilliam Darcy:** a proud and wealthy gentleman from Derbyshire.\n" +
		"- **Miss Bingley:** Mr Bingley's sister, who wants to marry Darcy.\n- **Madame Defarge:** a knitting revolutionary.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Kind == quiz.ShortAnswer && (quiz.CheckTyped(&q, "Miss") || quiz.CheckTyped(&q, "Madame")) {
			t.Errorf("a title alone accepted for %q", q.Answer)
		}
		if q.Kind != quiz.ShortAnswer || !strings.Contains(q.Answer, "Bennet") {
			continue
		}
		for _, bad := range []string{"Bennet", "Mr", "Mrs"} {
			if bad == "Bennet" && strings.HasPrefix(q.Answer, "M") {
				continue // "Mr Bennet" without his title is still him
			}
			if quiz.CheckTyped(&q, bad) {
				t.Errorf("%q accepted for %q", bad, q.Answer)
			}
		}
		if q.Answer == "Elizabeth Bennet" && !quiz.CheckTyped(&q, "Elizabeth") {
			t.Errorf("'Elizabeth' refused for Elizabeth Bennet")
		}
	}
}

// TestTitleOfAnotherTongue: a title of another tongue or calling that opens
// a character's name ("Mess", a Guernsey "Mister"; "Sieur") is no answer by
// itself; the surname is.
func TestTitleOfAnotherTongue(t *testing.T) {
	notes := "A Guide to the Novel\n\nPlot\n\nDéruchette lives with her uncle, Mess Lethierry, who owns a steamship. " +
		"The captain, Sieur Clubin, wrecks it on purpose. Lethierry is ruined, and Clubin drowns. Gilliatt saves the engine.\n\n" +
		"Main characters\n\nMess Lethierry – Déruchette's uncle, a blunt old sailor who loves his steamship.\n\n" +
		"Sieur Clubin – captain of the steamship, outwardly respectable and inwardly greedy.\n\n" +
		"Gilliatt – a solitary fisherman whom the islanders think a sorcerer.\n"
	qs, err := Generate([]Source{{Name: "notes.txt", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	right := map[string][]string{"Mess Lethierry": {"Lethierry"}, "Sieur Clubin": {"Clubin"}}
	wrong := map[string][]string{"Mess Lethierry": {"Mess"}, "Sieur Clubin": {"Sieur"}}
	if seen := checkTyped(t, qs, right, wrong); seen < 2 {
		t.Fatalf("%d checks ran: neither character asked", seen)
	}
}

// TestSharedParticleSurname: a family name of two words ("da Gama") two
// characters share names neither of them.
func TestSharedParticleSurname(t *testing.T) {
	notes := "A Guide to the Epic\n\nMain characters\n\n" +
		"Vasco da Gama: the brave, eloquent captain who represents the whole nation.\n\n" +
		"Paulo da Gama: Vasco's brother, who explains the scenes on the banners at Calicut.\n\n" +
		"Fernão Veloso: a sailor who tells the tale of the Twelve of England.\n"
	qs, err := Generate([]Source{{Name: "notes.txt", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	for _, q := range qs {
		if q.Kind != quiz.ShortAnswer || !strings.HasSuffix(q.Answer, "da Gama") {
			continue
		}
		asked++
		other := "Vasco da Gama"
		if q.Answer == other {
			other = "Paulo da Gama"
		}
		for _, bad := range []string{"da Gama", other} {
			if quiz.CheckTyped(&q, bad) {
				t.Errorf("%q accepted for %q", bad, q.Answer)
			}
		}
	}
	if asked == 0 {
		t.Fatal("no question asks for either brother")
	}
}

// TestOtherEntryNoAlias: a character's other name that is another
// character's is no answer for her: not "Roubaud" (her husband's entry,
// a line the list leaves out) for Séverine Roubaud, not "Mrs Henry" (so
// not "Henry") for the wife of Henry Durie.
func TestOtherEntryNoAlias(t *testing.T) {
	notes := "A Guide to the Novel\n\nMain characters\n\n" +
		"Séverine Roubaud: the judge's gentle goddaughter, a victim and an accomplice.\n\n" +
		"Roubaud: her husband, a railwayman whose jealousy makes him a killer.\n\n" +
		"Henry Durie: the younger brother, honest, dutiful and plain.\n\n" +
		"Alison Graeme (Mrs Henry): proud and passionate, she marries without love.\n\n" +
		"Ephraim Mackellar: the steward who tells most of the story.\n"
	_, a, err := analyse(context.Background(), Source{Name: "notes.txt", Text: notes}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := othersOut(a.entryLabels(), entry{Term: "Séverine Roubaud"}, []string{"Séverine", "Roubaud"}); !slices.Equal(got, []string{"Séverine"}) {
		t.Errorf("aliases of Séverine Roubaud = %q; want only Séverine", got)
	}
	if got := othersOut(a.entryLabels(), entry{Term: "Alison Graeme"}, []string{"Alison", "Graeme", "Mrs Henry"}); !slices.Equal(got, []string{"Alison", "Graeme"}) {
		t.Errorf("aliases of Alison Graeme = %q; want Alison, Graeme", got)
	}
	// In play: the typed question on her refuses her husband's name.
	for _, q := range typedQuestions(t, notes) {
		if q.Answer == "Alison Graeme" && (quiz.CheckTyped(&q, "Henry") || !quiz.CheckTyped(&q, "Alison")) {
			t.Errorf("Alison Graeme: Henry accepted or Alison refused (aliases %q)", q.Aliases)
		}
	}
}

// TestPortugueseTitle: "Dona" is a title, not Dona Plácida's name.
func TestPortugueseTitle(t *testing.T) {
	notes := "# A novel\n\n## Main characters\n\n- Virgília: the married woman Brás loves.\n- Lobo Neves: her ambitious husband.\n" +
		"- Dona Plácida: the poor woman who guards the lovers' secret.\n- Marcela: a courtesan of his youth.\n"
	q, ok := typedQuestions(t, notes)["Dona Plácida"]
	if !ok {
		t.Fatal("no typed question for Dona Plácida")
	}
	if quiz.CheckTyped(&q, "Dona") || !quiz.CheckTyped(&q, "Plácida") {
		t.Errorf("Dona Plácida: the title alone accepted or the name refused (aliases %q)", q.Aliases)
	}
}

// TestAfrikaansTitle: "Tant'" is a title (aunt), not Tant' Sannie's name.
func TestAfrikaansTitle(t *testing.T) {
	notes := "# A novel\n\n## Main characters\n\n- Lyndall: an orphan girl who wants freedom.\n- Waldo: the dreamy son of the overseer.\n" +
		"- Tant' Sannie: the Boer widow who owns the farm.\n- Otto: the kindly German overseer.\n"
	q, ok := typedQuestions(t, notes)["Tant' Sannie"]
	if !ok {
		t.Fatal("no typed question for Tant' Sannie")
	}
	if quiz.CheckTyped(&q, "Tant") || quiz.CheckTyped(&q, "Tant'") || !quiz.CheckTyped(&q, "Sannie") {
		t.Errorf("Tant' Sannie: the title alone accepted or the name refused (aliases %q)", q.Aliases)
	}
}

// TestPossessiveCharacterNoName: "Peter's grandmother" beside "Clara's
// grandmother" is not typed "Peter" (another character), and "Fräulein"
// alone names nobody.
func TestPossessiveCharacterNoName(t *testing.T) {
	notes := "# A novel\n\n## Main characters\n\n- Heidi: an orphan girl who is sent to live with her grandfather.\n" +
		"- Peter: the goatherd, good-natured but slow at lessons.\n" +
		"- Peter's grandmother: a blind, poor and pious old woman who is comforted by Heidi's visits.\n" +
		"- Fräulein Rottenmeier: the rigid housekeeper, who embodies the stiffness of city life.\n" +
		"- Clara's grandmother: a wise, kind woman who teaches Heidi to read.\n" +
		"- Deputy Governor Danforth: the chief judge, more concerned with the court's authority than with truth.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	typed := 0
	for _, q := range qs {
		if q.Kind != quiz.ShortAnswer {
			continue
		}
		switch q.Answer {
		case "Peter's grandmother", "Clara's grandmother":
			typed++
			if who := strings.Split(q.Answer, "'")[0]; quiz.CheckTyped(&q, who) {
				t.Errorf("%q accepted for %q (aliases %v)", who, q.Answer, q.Aliases)
			}
		case "Deputy Governor Danforth":
			if quiz.CheckTyped(&q, "Deputy") || !quiz.CheckTyped(&q, "Danforth") {
				t.Errorf("Danforth: the title alone is accepted or the surname refused (aliases %v)", q.Aliases)
			}
		case "Fräulein Rottenmeier":
			typed++
			if quiz.CheckTyped(&q, "Fräulein") || !quiz.CheckTyped(&q, "Rottenmeier") {
				t.Errorf("Fräulein Rottenmeier: the title alone is accepted or the surname refused (aliases %v)", q.Aliases)
			}
		}
	}
	if typed < 2 {
		t.Errorf("only %d of the three characters asked as typed answers", typed)
	}
}

// TestProseForms: the notes' prose writes "orographic rain" for the
// list's "Orographic rainfall", and a student who learnt it so is right.
func TestProseForms(t *testing.T) {
	notes := "# Relief and climate\n\nWhere moist air meets mountains it is forced upwards, cools and condenses, so orographic rain falls on the windward slopes.\n\n## Key terms\n\n" +
		"- Orographic rainfall: water formed when moist air is forced to rise over high ground.\n" +
		"- Windward: the side of a mountain that faces the wind.\n" +
		"- Rain shadow: the dry area on the sheltered side of a mountain range.\n" +
		"- Leeward: the sheltered side of a mountain.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	typed := false
	for _, q := range qs {
		if q.Kind == quiz.ShortAnswer && q.Answer == "Orographic rainfall" {
			typed = true
			if !quiz.CheckTyped(&q, "orographic rain") {
				t.Errorf("'orographic rain' refused (aliases %v)", q.Aliases)
			}
		}
	}
	if !typed {
		t.Errorf("Orographic rainfall not asked as a typed answer")
	}
	// The adjective the prose always puts before a term is the notes' own
	// form of it; one the prose also leaves off names a kind of it.
	notes = "# The end of Rome\n\nIn 476 Odoacer deposed the last emperor and sent the imperial regalia to Constantinople. " +
		"Stars form in a nebula of gas and dust; a dying star sheds its outer layers as a planetary nebula.\n\n## Key terms\n\n" +
		"- Regalia: the symbols of a ruler's power.\n- Nebula: a cloud of gas and dust in space.\n" +
		"- Tetrarchy: rule by four emperors.\n- Foederati: groups settled on Roman land in return for military service.\n"
	if qs, err = Generate([]Source{{Name: "notes.md", Text: notes}}); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, q := range qs {
		switch {
		case q.Kind != quiz.ShortAnswer:
		case q.Answer == "Regalia":
			checked++
			if !quiz.CheckTyped(&q, "imperial regalia") {
				t.Errorf("'imperial regalia' refused (aliases %v)", q.Aliases)
			}
		case q.Answer == "Nebula":
			checked++
			if quiz.CheckTyped(&q, "planetary nebula") {
				t.Errorf("'planetary nebula' accepted for Nebula (aliases %v)", q.Aliases)
			}
		}
	}
	if checked < 2 {
		t.Errorf("only %d of Regalia and Nebula asked as typed answers", checked)
	}
}

// TestTitleOfOtherSex: "Mr Spenlow" is Dora Spenlow's father, and the
// list says she is a wife: he is no other name of hers.
func TestTitleOfOtherSex(t *testing.T) {
	notes := "# David Copperfield\n\nDavid works for Mr Spenlow and falls in love with his daughter, Dora Spenlow. " +
		"When Mr Spenlow dies suddenly, David marries Dora.\n\n## Main characters\n\n" +
		"- Dora Spenlow: David's first wife, affectionate but childlike.\n" +
		"- Agnes Wickfield: calm and wise, often called David's good angel.\n" +
		"- Uriah Heep: the fawning clerk who schemes to take over the business.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for _, q := range qs {
		if q.Kind == quiz.ShortAnswer && q.Answer == "Dora Spenlow" {
			asked = true
			if quiz.CheckTyped(&q, "Mr Spenlow") || !quiz.CheckTyped(&q, "Dora") {
				t.Errorf("Dora Spenlow: 'Mr Spenlow' accepted or 'Dora' refused (aliases %v)", q.Aliases)
			}
		}
	}
	if !asked {
		t.Errorf("Dora Spenlow not asked as a typed answer")
	}
	if meaningGender("the boss's son, insecure and quick to violence") != 'm' || meaningGender("a friend who loves her mother") != 0 {
		t.Errorf("meaningGender reads the wrong noun")
	}
}

// TestWalkThroughTermsAskedFromTheGlossary: a numbered walk-through
// labels its steps with terms ("6. Effector: a muscle in the arm
// contracts"); the glossary's meaning is the one asked.
func TestWalkThroughTermsAskedFromTheGlossary(t *testing.T) {
	notes := "# Reflexes\n\n## A reflex arc\n\n1. Stimulus: heat from the pan.\n2. Receptor: pain receptors in the skin.\n" +
		"3. Effector: a muscle in the arm contracts.\n\n## Key terms\n\n" +
		"- Stimulus: a change in the environment that an organism can detect.\n" +
		"- Receptor: a cell or group of cells that detects a stimulus.\n" +
		"- Effector: a muscle or gland that brings about a response.\n- Synapse: the gap between two neurones.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if strings.Contains(q.Stem, "muscle in the arm") || strings.Contains(q.Stem, "heat from the pan") {
			t.Errorf("a walk-through's step asked as a meaning: %q", q.Stem)
		}
	}
}

// TestSurnameOfTheOneCalledSo: a surname shared with a mother called by
// her title is the son's when the story calls him by it alone; a surname
// the story never uses alone stays nobody's.
func TestSurnameOfTheOneCalledSo(t *testing.T) {
	notes := "Pygmalion\n\nHiggins bets that he can pass a flower seller off as a duchess. Higgins teaches her for months, and Higgins wins the bet.\n\n" +
		"Main characters\n\nHenry Higgins: a brilliant, self-centred professor of phonetics.\n\nMrs Higgins: Henry's sensible mother, who sees the experiment's human cost.\n\n" +
		"Eliza Doolittle: a spirited flower seller who learns to speak like a lady.\n\nAlfred Doolittle: Eliza's father, a witty dustman.\n"
	qs, err := Generate([]Source{{Name: "pygmalion.txt", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	for _, q := range qs {
		switch q.Answer {
		case "Henry Higgins":
			asked++
			if q.Kind == quiz.ShortAnswer && !quiz.CheckTyped(&q, "Higgins") {
				t.Errorf("'Higgins' refused for Henry Higgins, whom the story calls so")
			}
		case "Eliza Doolittle", "Alfred Doolittle":
			asked++
			if q.Kind == quiz.ShortAnswer && quiz.CheckTyped(&q, "Doolittle") {
				t.Errorf("'Doolittle' accepted for %s; it names both", q.Answer)
			}
		}
	}
	if asked == 0 {
		t.Fatalf("no character asked: %v", qs)
	}
}

// TestGlossaryNamesInMeaning: a meaning that opens with the thing's name in
// the text's language ("The Assembly, ...") gives that name as an answer,
// and "Which type of weathering is this?" takes "physical weathering".
func TestGlossaryNamesInMeaning(t *testing.T) {
	notes := "# Athens\n\n## Key words\n\n- Ekklesia: the Assembly, open to all citizens, which made the laws.\n" +
		"- Boule: the Council of 500, which prepared business for the Assembly.\n- Polis: a Greek city-state, made up of a town and its countryside.\n" +
		"- Metic: a free foreigner living in Athens, who paid taxes but could not vote.\n\n" +
		"## Types of weathering\n\n- Physical: rock is broken into pieces without changing its chemistry.\n" +
		"- Chemical: rain that is slightly acidic reacts with the minerals in rock.\n- Biological: plants and animals break rock apart as they grow and burrow.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Ekklesia": "Assembly", "Boule": "the Council of 500", "Physical": "physical weathering", "Biological": "biological weathering", "Polis": "polis"}
	for _, q := range qs {
		typed, ok := want[q.Answer]
		if !ok || q.Kind != quiz.ShortAnswer {
			continue
		}
		delete(want, q.Answer)
		if !quiz.CheckTyped(&q, typed) {
			t.Errorf("%s: %q refused (aliases %q)", q.Stem, typed, q.Aliases)
		}
	}
	if len(want) > 2 {
		t.Fatalf("too few asked as typed answers to tell: %v left", want)
	}
}

// TestClassNounAlias: a term that describes a class its meaning names
// ("Events that ...") is also typed with that noun.
func TestClassNounAlias(t *testing.T) {
	notes := "# Probability\n\n## Key terms\n\n- Mutually exclusive: Events that cannot happen at the same time.\n" +
		"- Equally likely: Outcomes that each have the same chance of happening.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Mutually exclusive": "mutually exclusive events", "Equally likely": "equally likely outcomes"}
	for _, q := range qs {
		if typed, ok := want[q.Answer]; ok {
			delete(want, q.Answer)
			if q.Kind == quiz.ShortAnswer && !quiz.CheckTyped(&q, typed) {
				t.Errorf("%q refused for %q", typed, q.Answer)
			}
			if q.Kind == quiz.ShortAnswer && quiz.CheckTyped(&q, "events") {
				t.Errorf("the class noun alone accepted for %q", q.Answer)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("not asked: %v", want)
	}
}

// TestAliasNotTheTopic: the text's own subject is no alias for a term
// that holds it ("Italy" for "Young Italy" in notes on Italy).
func TestAliasNotTheTopic(t *testing.T) {
	withoutWording(t)
	notes := "# The Unification of Italy\n\n## Key terms\n\n- Young Italy: the nationalist movement founded by Giuseppe Mazzini in 1831.\n" +
		"- Carbonari: secret revolutionary societies active in the 1820s and 1830s.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for _, q := range qs {
		if q.Answer == "Young Italy" && q.Kind == quiz.ShortAnswer {
			asked = true
			if quiz.CheckTyped(&q, "Italy") {
				t.Errorf("'Italy' accepted for 'Young Italy' (aliases %v)", q.Aliases)
			}
		}
	}
	if !asked {
		t.Errorf("Young Italy not asked as a typed answer")
	}
}

// TestMeaningText: a meaning that quotes words or opens in lower case
// reads as one quotation with a capital, and a method's verb is also
// typed as its noun.
func TestMeaningText(t *testing.T) {
	if got, want := meaningText(`"shield money" paid to the king instead of military service`), "\u2018Shield money\u2019 paid to the king instead of military service"; got != want {
		t.Errorf("meaningText = %q; want %q", got, want)
	}
	for term, want := range map[string]string{"Eliminate": "elimination", "Simplify": "simplification", "Substitute": "", "Factorise": "factorisation", "Graph": "", "Codominant": "codominance", "Servant": "", "Converge": "convergence", "Merge": ""} {
		if got := nominalised(term); got != want && !(term == "Substitute" && got == "") {
			t.Errorf("nominalised(%q) = %q; want %q", term, got, want)
		}
	}
	notes := "# Simultaneous equations\n\n## Methods\n\n- Eliminate: remove one unknown by adding or subtracting the two equations.\n" +
		"- Substitute: put the expression for one unknown into the other equation.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Answer == "Eliminate" && q.Kind == quiz.ShortAnswer && !quiz.CheckTyped(&q, "elimination") {
			t.Errorf("'elimination' refused for 'Eliminate' (aliases %v)", q.Aliases)
		}
	}
}

// TestNamedFromGivesAway: a term formed from a name its meaning shows is
// given away; a term that only shares a chemical root is not.
func TestNamedFromGivesAway(t *testing.T) {
	for _, tt := range []struct {
		e    entry
		want bool
	}{
		{entry{Term: "Taborites", Def: "The radical Hussites, based at the new town of Tábor in southern Bohemia"}, true},
		{entry{Term: "Utraquists", Def: `The moderate Hussites, named from the Latin sub utraque specie ("under both kinds")`}, true},
		{entry{Term: "Lancastrian", Def: "A supporter of Henry VI and his descendants, of the House of Lancaster"}, true},
		{entry{Term: "Nitrification", Def: "The oxidation of ammonium ions to nitrite and then to nitrate by Nitrosomonas and Nitrobacter"}, false},
		{entry{Term: "Ammonification", Def: "The breakdown of proteins by decomposers, releasing ammonium back into the soil"}, false},
	} {
		if got := entryGivesAway(tt.e); got != tt.want {
			t.Errorf("entryGivesAway(%s: %s) = %v; want %v", tt.e.Term, tt.e.Def, got, tt.want)
		}
	}
}

// TestItemsAreNoMeaning: a list's label over its examples ("animals:
// horses, cattle, pigs") is not asked as a term from them: anyone names
// the kind of horses and pigs without reading. A description with
// figures, a definition and a character's traits are meanings.
func TestItemsAreNoMeaning(t *testing.T) {
	for def, want := range map[string]bool{
		"wheat, rice, barley, sugar cane, bananas, citrus fruit, coffee (first grown in Ethiopia)": true,
		"horses, cattle, pigs, sheep, goats, chickens":                                             true,
		"A, B, AB or O": true,
		"smallpox, measles, influenza, typhus; from Africa, malaria and yellow fever":   true,
		"High and steep, about 10–14 per minute, with a weak swash and strong backwash": false,
		"a large farm growing a single cash crop for sale":                              false,
		"the money, goods and land a defeated country must give":                        false,
		"a food that provides most of a population's energy":                            false,
	} {
		if got := itemsMeaning(def); got != want {
			t.Errorf("itemsMeaning(%q) = %v; want %v", def, got, want)
		}
	}
	notes := "# Trade across the ocean\n\n## What crossed\n\n- crops: wheat, rice, barley, sugar cane, bananas\n" +
		"- animals: horses, cattle, pigs, sheep, goats, chickens\n- diseases: smallpox, measles, influenza, typhus\n\n" +
		"## Glossary\n\n- Plantation: a large farm growing a single cash crop for sale.\n" +
		"- Staple crop: a food that provides most of a population's energy.\n- Indemnity: money a defeated country is forced to pay to the winner.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	terms := 0
	for _, q := range qs {
		switch strings.ToLower(q.Answer) {
		case "crops", "animals", "diseases":
			t.Errorf("asked the kind of a list's examples: %s", q.Stem)
		case "plantation", "staple crop", "indemnity":
			terms++
		}
	}
	if terms == 0 {
		t.Errorf("no glossary term asked from %d questions; want the glossary asked", len(qs))
	}
}

// TestOtherNames: a character the text also calls by another name is
// answered by it too; a name given to someone else is not taken.
func TestOtherNames(t *testing.T) {
	a := clean("t.txt", "Silas Marner\n\nGodfrey's younger brother Dunstan, known as Dunsey, knows the secret. "+
		"Years later, under the name Monsieur Madeleine, Valjean has become a prosperous manufacturer. "+
		"Vautrin turns out to be Jacques Collin, an escaped convict. The inn, known as the Rainbow, stands in the village. "+
		"Brownlow confronts Monks, who turns out to be Edward Leeford. Rose is revealed to be Agnes's younger sister.")
	for term, want := range map[string]string{"Dunstan Cass": "Dunsey", "Jean Valjean": "Monsieur Madeleine", "Vautrin": "Jacques Collin", "Godfrey Cass": "",
		"Monks": "Edward Leeford", "Rose Maylie": ""} {
		got := strings.Join(a.otherNamesOf(term), "|")
		if got != want {
			t.Errorf("otherNamesOf(%q) = %q; want %q", term, got, want)
		}
	}
}

// TestListedNameAliases: the names a character or person list gives are
// answers (a birth surname, a title the person comes to hold, "Van
// Helsing"); pieces of the description and a regnal number alone are not.
func TestListedNameAliases(t *testing.T) {
	notes := "# A novel and its time\n\n## Main characters\n\n" +
		"- **Mina Harker (née Murray):** intelligent and resourceful; she organises the evidence for the others.\n" +
		"- **Arthur Holmwood:** Lucy's loyal fiancé, who becomes Lord Godalming on his father's death.\n" +
		"- **Abraham Van Helsing:** a Dutch doctor and scholar who leads the hunt for the Count.\n" +
		"- **Crooks:** the proud, well-read stable hand, excluded because of his race.\n" +
		"- **Curley:** the boss's son, insecure and quick to violence towards bigger men.\n" +
		"- **Dr John Seward:** director of the asylum, who records his diary on a phonograph.\n\n" +
		"## Key people\n\n- **Richard II:** King of England, aged fourteen when the revolt broke out.\n" +
		"- **Wat Tyler:** leader of the Kent rebels who met the king at Smithfield.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	right := map[string][]string{"Mina Harker": {"Mina Murray"}, "Arthur Holmwood": {"Lord Godalming"},
		"Abraham Van Helsing": {"Van Helsing"}}
	wrong := map[string][]string{"Richard II": {"II", "Richard III"}, "Crooks": {"crook proud"},
		"Dr John Seward": {"Dr John"}, "Mina Harker": {"née Murray"}}
	seen := checkTyped(t, qs, right, wrong)
	if seen < 6 {
		t.Errorf("only %d checks ran: the list's questions were not made", seen)
	}
}

// TestBracketPlaceIsNoName: a bracket after a term that says where or when
// ("from the north") is no other name for it.
func TestBracketPlaceIsNoName(t *testing.T) {
	for line, alt := range map[string]string{
		"Arctic maritime (from the north): a very cold air mass that brings snow showers in winter.": "",
		"Mixed flat (middle): a mixture of sand and mud, often with many worm casts on its surface.": "",
		"Precipitation (chemistry): the formation of a solid from substances dissolved in a liquid.": "",
		"Pound sterling (GBP): the currency of the United Kingdom and its dependencies.":             "GBP",
		// What the bracket says the name is goes; so does the term itself.
		"Lazzo (plural lazzi): a rehearsed comic routine that an actor could insert into a scene.": "lazzi",
		"Scenario (Italian scenario or canovaccio): a plot outline pinned up backstage.":           "canovaccio",
		// A sentence after the meaning may give the other name.
		"Corrie: an armchair-shaped hollow on a mountainside with a steep back wall. Also called a cirque (in France).": "cirque",
		"Drumlin: a smooth, egg-shaped hill of glacial till. Sometimes called a whaleback by walkers.":                  "whaleback",
		// "or" opens the other name; it is no part of it.
		"Wastage (or peat shrinkage): the lowering of the land as drained peat dries out and breaks down.": "peat shrinkage",
	} {
		e, ok := parseEntry(line)
		if !ok || e.Alt != alt {
			t.Errorf("parseEntry(%q) = %+v, %v; want alt %q", line, e, ok, alt)
		}
	}
}

// TestAlsoCalledTwoNames: "Also called X or Y" after a meaning gives both
// other names, and both are right answers.
func TestAlsoCalledTwoNames(t *testing.T) {
	for line, want := range map[string][2]string{
		"Fog interception: the capture of cloud droplets by leaves and mosses, which then drip to the ground. Also called horizontal precipitation or fog drip.": {"horizontal precipitation", "fog drip"},
		"Corrie: an armchair-shaped hollow on a mountainside with a steep back wall. Also called a cirque (in France) or a cwm (in Wales).":                      {"cirque", "cwm"},
		"Drumlin: a smooth, egg-shaped hill of glacial till. Sometimes called a whaleback by walkers.":                                                           {"whaleback", ""},
	} {
		e, ok := parseEntry(line)
		if !ok || e.Alt != want[0] || e.Or != want[1] {
			t.Errorf("parseEntry(%q) = %+v, %v; want other names %q", line, e, ok, want)
		}
	}
	text := "# Cloud forests\n\n## Key terms\n\n" +
		"- Fog interception: the capture of cloud droplets by leaves, needles and mosses, which then drip to the ground. Also called horizontal precipitation or fog drip.\n" +
		"- Epiphyte: a plant that grows on another plant for support but does not take food or water from it.\n" +
		"- Endemic species: a species found naturally in only one place or region of the world.\n" +
		"- Condensation level: the height at which rising air has cooled enough for its water vapour to condense.\n"
	qs, err := Generate([]Source{{Name: "cloud.md", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for i := range qs {
		if q := &qs[i]; q.Answer == "Fog interception" {
			asked = true
			if !quiz.CheckTyped(q, "fog drip") || !quiz.CheckTyped(q, "horizontal precipitation") {
				t.Errorf("%q => %q %q: want fog drip and horizontal precipitation accepted", q.Stem, q.Answer, q.Aliases)
			}
		}
	}
	if !asked {
		t.Error("fog interception not asked")
	}
}

// TestShortMeaningKeepsItsExample: a meaning too short to tell a term
// from its neighbours keeps the example that does ("a feature of a plant's
// body" is any feature); a long one is asked without it.
func TestShortMeaningKeepsItsExample(t *testing.T) {
	for line, def := range map[string]string{
		"Structural defence: a feature of a plant's body, such as thorns or a waxy coat.":                                "a feature of a plant's body, such as thorns or a waxy coat",
		"Chemical defence: something a plant makes, such as a bitter poison in its leaves.":                              "something a plant makes, such as a bitter poison in its leaves",
		"Mimicry: when a harmless animal looks like a harmful one so that predators leave it alone, such as a hoverfly.": "when a harmless animal looks like a harmful one so that predators leave it alone",
	} {
		e, ok := parseEntry(line)
		if !ok || e.Def != def {
			t.Errorf("parseEntry(%q) = %+v, %v; want meaning %q", line, e, ok, def)
		}
	}
}

// TestDivisionsAndFactRowsAreNoTerms: a book's division with its title is
// a heading, a fact file's measurement row and a class task are no
// meaning; a method's steps are.
func TestDivisionsAndFactRowsAreNoTerms(t *testing.T) {
	for _, line := range []string{
		"Book the Third: The Track of a Storm",
		"Act IV: The Siege of Arras and its aftermath",
		"Top speed: About 100 kilometres an hour over short distances.",
		"Weight: up to 65 kilograms for a large adult male.",
		"Quick test: Score cattle, gold coins and banknotes from 1 to 5 on each.",
		"Slapstick: from the batacchio, a wooden bat of two slats that made a loud crack when it struck.",
	} {
		if e, ok := parseEntry(line); ok {
			t.Errorf("parseEntry(%q) = %+v; want no entry", line, e)
		}
	}
	for _, line := range []string{"Act: a law passed by Parliament and signed by the monarch.",
		"Hydraulic mining: from 1853, high-pressure jets of water blasted away whole hillsides.",
		"Expenditure method: Add up all spending on final output in the economy."} {
		if _, ok := parseEntry(line); !ok {
			t.Errorf("parseEntry(%q) refused; want a term", line)
		}
	}
}

// TestCalledAlso: another name the meaning gives is an answer too.
func TestCalledAlso(t *testing.T) {
	for def, want := range map[string]string{
		"housing built without legal permission, often lacking piped water (sometimes called a slum or shanty town).":          "slum|shanty town",
		"a Turkish dynasty, also known as the Seljuk Turks, ruling much of the Middle East.":                                   "Seljuk Turks",
		"the total value of goods produced in a country.":                                                                      "",
		`the United States government and the states that remained loyal to it during the Civil War; also called "the North".`: "North",
	} {
		if got := strings.Join(calledAlso(def), "|"); got != want {
			t.Errorf("calledAlso(%q) = %q; want %q", def, got, want)
		}
	}
	// Shown, the other name would answer the question; it is an answer instead.
	if got := withoutOtherNames(`the states that remained loyal to it during the Civil War; also called "the North"`); got != "the states that remained loyal to it during the Civil War" {
		t.Errorf("withoutOtherNames = %q", got)
	}
}

// TestSamePlurality: options that differ in number from the answer would
// give it away under a plural or singular meaning.
func TestSamePlurality(t *testing.T) {
	if samePlurality("Ribosomes", []string{"Nucleus", "Cell membrane", "Cytoplasm"}) {
		t.Errorf("a plural answer among singular options passed")
	}
	if !samePlurality("Ribosomes", []string{"Centrioles", "Vacuoles", "Chloroplasts"}) || !samePlurality("Nucleus", []string{"Cytoplasm", "Cell wall", "Virus"}) {
		t.Errorf("options of one number refused")
	}
}

// TestCaseLabelsAreNoTerms: "Positive: two real solutions" names a case of
// something above the list, not a term.
func TestCaseLabelsAreNoTerms(t *testing.T) {
	for _, line := range []string{"Positive: two real solutions; the graph crosses the axis twice", "Zero: one repeated solution; the graph touches the axis"} {
		if e, ok := parseEntry(line); ok {
			t.Errorf("%q read as the term %q", line, e.Term)
		}
	}
	if _, ok := parseEntry("Discriminant: the expression b² − 4ac, which tells how many real solutions there are"); !ok {
		t.Errorf("a real term refused")
	}
}

// TestNumberedHeadingCategory: a numbered heading names what its list
// holds as an unnumbered one does: "4. The laws of logarithms" asks "Which
// law of logarithms is this?".
func TestNumberedHeadingCategory(t *testing.T) {
	for h, want := range map[string]string{
		"4. The laws of logarithms (15 minutes)": "law of logarithms",
		"Types of rock":                          "type of rock",
		"Key words":                              "term",
	} {
		if got := category(h); got != want {
			t.Errorf("category(%q) = %q; want %q", h, got, want)
		}
	}
}

// TestRegionDateAndNounMeaning: a region or a date is no term; a thing
// named like a method ("Filtrate") is not typed as the method's noun.
func TestRegionDateAndNounMeaning(t *testing.T) {
	for term, want := range map[string]bool{"West Africa": true, "Northern Australia": true, "Mid-September": true,
		"October to December": true, "Rain shadow": false, "East India Company": false} {
		if got := regionOrDate(term); got != want {
			t.Errorf("regionOrDate(%q) = %v; want %v", term, got, want)
		}
	}
	// Seasons say when only in a list that goes through the year.
	year := &glossary{Entries: []entry{{Term: "Spring"}, {Term: "Late summer"}, {Term: "Autumn"}}}
	water := &glossary{Entries: []entry{{Term: "Spring"}, {Term: "Aquifer"}, {Term: "Water table"}}}
	if !seasonal(year, "Late summer") || seasonal(year, "Aquifer") || seasonal(water, "Spring") {
		t.Error("seasonal: a season is no term in a list of seasons, and stays one in a list of terms")
	}
	if !nounMeaning("The liquid that passes through the filter paper") || nounMeaning("Remove one variable by adding the equations") {
		t.Error("nounMeaning: a meaning with an article is a thing's, one with a verb a method's")
	}
}

// TestNoBareHeadOrSharedGivenName: "Front" is no answer for "Popular
// Front", nor "John" for John Willoughby where the story has a Sir John.
func TestNoBareHeadOrSharedGivenName(t *testing.T) {
	withoutWording(t)
	notes := "# The Spanish Civil War\n\n## Key terms\n\n" +
		"- **Popular Front:** the left-wing electoral alliance that won the election in February 1936.\n" +
		"- **Condor Legion:** the German air and ground unit sent to help Franco.\n" +
		"- **Falange:** Spain's fascist party, founded in 1933.\n" +
		"- **Non-intervention:** the policy of keeping out of the war and stopping arms sales to both sides.\n"
	story := "# Sense and Sensibility\n\nAt Barton the Dashwoods are drawn into the sociable world of Sir John, who lends them a cottage. " +
		"Marianne falls for the dashing John Willoughby, who rescues her when she twists her ankle.\n\n## Main characters\n\n" +
		"- **John Willoughby:** charming and attractive, but selfish and dependent on money.\n" +
		"- **Elinor Dashwood:** the eldest sister, sensible, self-controlled and loyal.\n" +
		"- **Colonel Brandon:** a reserved, steady and generous friend of Sir John, who quietly loves Marianne.\n" +
		"- **Marianne Dashwood:** the middle sister, romantic and spontaneous.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}, {Name: "story.md", Text: story}})
	if err != nil {
		t.Fatal(err)
	}
	right := map[string][]string{"Popular Front": {"popular front"}, "Condor Legion": {"condor legion"}, "John Willoughby": {"Willoughby"}}
	wrong := map[string][]string{"Popular Front": {"Front"}, "Condor Legion": {"Legion"}, "John Willoughby": {"John", "Sir John"}}
	seen := checkTyped(t, qs, right, wrong)
	if seen < 7 {
		t.Errorf("only %d checks ran: the lists' questions were not made", seen)
	}
}

// TestEntryAskedOnce: a list's term asked from its meaning is not asked
// again from a sentence that restates the meaning.
func TestEntryAskedOnce(t *testing.T) {
	notes := "# Right-angled trigonometry\n\n## Naming the sides\n\n" +
		"Mark the right angle and the angle you are working with, θ (theta).\n\n" +
		"- The **hypotenuse** is the longest side, opposite the right angle. It never changes.\n" +
		"- The **opposite** side is across from θ.\n\n## Glossary\n\n" +
		"- **Hypotenuse:** the longest side of a right-angled triangle, opposite the right angle.\n" +
		"- **Opposite:** the side across from the angle being used.\n" +
		"- **Adjacent:** the side next to the angle being used, which is not the hypotenuse.\n" +
		"- **Inverse function:** sin⁻¹, cos⁻¹ or tan⁻¹, which finds an angle from a ratio.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	var asked []string
	for _, q := range qs {
		if strings.EqualFold(q.Answer, "hypotenuse") {
			asked = append(asked, q.Stem)
		}
	}
	if len(asked) != 1 {
		t.Errorf("the hypotenuse asked %d times, want once: %q", len(asked), asked)
	}
}

// TestEntryForms: a term may open with a word that is also a verb ("Test
// Acts", "Ship money") unless an object follows it ("Pass the ball"); a
// short example between commas is taken out and the meaning kept; "St."
// ends no meaning; a list of examples is cut.
func TestEntryForms(t *testing.T) {
	for _, c := range []struct{ line, term, def string }{
		{"Ship money: a tax traditionally paid by coastal areas in wartime.", "Ship money", "a tax traditionally paid by coastal areas in wartime"},
		{"Sanctions: penalties, such as trade bans, placed on a country by others to force a change in policy.", "Sanctions",
			"penalties placed on a country by others to force a change in policy"},
		{"Seasonal: jobs that disappear at certain times of year, such as seaside tourism, fruit picking and ski resorts.", "Seasonal",
			"jobs that disappear at certain times of year"},
		{"Buck: a large, powerful dog, half St. Bernard and half Scotch shepherd. He is four years old.", "Buck",
			"a large, powerful dog, half St. Bernard and half Scotch shepherd"},
		{"Pass the ball: give it to the player who stands nearest to you.", "", ""},
		{"Sixth: a speedy and public trial by an impartial jury.", "", ""}, // the sixth what is in the heading
		{"McAdam's principle survives: every layer is designed to keep water away from the subgrade.", "", ""},
		{"Double coincidence of wants: each side must want what the other offers.", "Double coincidence of wants", "each side must want what the other offers"},
		{"Basic needs: food, water and shelter that every person must have.", "Basic needs", "food, water and shelter that every person must have"},
		{"Zenobia (Zeena) Frome: Ethan's sickly, complaining wife, seven years older than him.", "Zenobia Frome",
			"Ethan's sickly, complaining wife, seven years older than him"},
	} {
		e, ok := parseEntry(c.line)
		if ok != (c.term != "") || e.Term != c.term || e.Def != c.def {
			t.Errorf("parseEntry(%q) = %q, %q, %v; want %q, %q", c.line, e.Term, e.Def, ok, c.term, c.def)
		}
	}
	// "also spelled", "also called" only say what the bracket holds.
	for line, alt := range map[string]string{
		"Lead (also spelled lede): the opening sentence or paragraph of a news story.":          "lede",
		"Byline (also called credit line): the line that names the writer of the story.":        "credit line",
		"Lazzo (plural lazzi): a comic routine that the actors of the commedia dell'arte knew.": "lazzi",
	} {
		if e, _ := parseEntry(line); e.Alt != alt {
			t.Errorf("parseEntry(%q) gives the other name %q; want %q", line, e.Alt, alt)
		}
	}
	// A word in brackets inside a term names the word before it otherwise.
	if e, _ := parseEntry("Surface (wearing) course: a thin top layer designed for grip and low noise."); e.Term != "Surface course" || e.Alt != "wearing course" {
		t.Errorf("parseEntry(Surface (wearing) course) = %q, %q; want \"Surface course\", \"wearing course\"", e.Term, e.Alt)
	}
	for def, want := range map[string]string{
		"a territory set aside for a Black ethnic group":                      "territory",
		"a large family of languages of central, eastern and southern Africa": "family", // not "large"
		"a traditional wooden sailing ship of the Indian Ocean":               "",       // not "wooden"
		"a large landed estate, usually owned by a wealthy family":            "",       // not "large"
		"an assembly of Mongol leaders that chose a new khan":                 "assembly",
		"the \"New Stone Age\", the period when farming appeared":             "",    // not `age"`
		"a \"quiet\" revolution of ideas":                                     "",    // a quoted word
		"the new reactive end attacks another monomer, then another":          "",    // a clause
		"a greasy liquid drawing ink used on lithographic stones":             "ink", // not "liquid"
		"a Turkish dynasty ruling much of the Middle East":                    "dynasty",
		"a Shia Muslim dynasty ruling Egypt, which took Jerusalem":            "dynasty",
		"a person working a claim on the goldfields":                          "", // no "digger person"
		"the right to vote in elections":                                      "", // no "franchise right"
		"the Shimazu family, who had invaded the Ryukyu Kingdom":              "", // a name's family, no kind
		"a semicircular or semi-elliptical window above the front door":       "", // not "semicircular"
		"the two side passages through which the chorus entered":              "", // a clause may follow; not "through"
		"the channel through which molten metal flows":                        "channel",
		"a nuclear membrane forms around each set of chromosomes":             "",         // not "forms"
		"the boundary beyond which trees cannot grow":                         "boundary", // not "beyond"
		"The gradual sinking of the land surface":                             "",         // not "gradual"
	} {
		if h := defNoun(def); h != want {
			t.Errorf("defNoun(%q) = %q; want %q", def, h, want)
		}
	}
}

// TestStemIn: an option whose word the meaning holds in another form
// would also be right.
func TestStemIn(t *testing.T) {
	def := "Bacteria and fungi feed on dead remains and respire, returning CO₂ to the air"
	for term, want := range map[string]bool{"Respiration": true, "Feeding": true, "Photosynthesis": false, "Combustion": false} {
		if got := stemIn(def, term); got != want {
			t.Errorf("stemIn(%q) = %v; want %v", term, got, want)
		}
	}
}

// checkTyped checks the typed answers of the short-answer questions: each
// of right[answer] accepted, each of wrong[answer] refused. It returns how
// many checks ran.
func checkTyped(t *testing.T, qs []quiz.Question, right, wrong map[string][]string) int {
	t.Helper()
	seen := 0
	for _, q := range qs {
		if q.Kind != quiz.ShortAnswer {
			continue
		}
		for _, s := range right[q.Answer] {
			seen++
			if !quiz.CheckTyped(&q, s) {
				t.Errorf("%q refused for %q (aliases %q)", s, q.Answer, q.Aliases)
			}
		}
		for _, s := range wrong[q.Answer] {
			seen++
			if quiz.CheckTyped(&q, s) {
				t.Errorf("%q accepted for %q (aliases %q)", s, q.Answer, q.Aliases)
			}
		}
	}
	return seen
}

// TestTitleCharacterNotAsked: in a guide to a book named after a
// character, "Which character is this?" is not asked of that character
// (the title gives the answer: read blind, usable once in ten); the other
// characters still are.
func TestTitleCharacterNotAsked(t *testing.T) {
	emma := "# Emma\n\nJane Austen's Emma (1815) is a comic novel about a young woman who meddles in the love lives of her friends in the village of Highbury.\n\n## Characters\n\n" +
		"- **Emma Woodhouse:** the heroine, clever and generous but vain of her judgement.\n" +
		"- **Mr Knightley:** a neighbour and family friend, sensible and honest, who tells Emma her faults.\n" +
		"- **Harriet Smith:** a pretty, simple girl whom Emma takes up as a friend.\n" +
		"- **Frank Churchill:** a charming young man who hides a secret engagement.\n"
	goriot := "# Le Père Goriot\n\n## Main characters\n\n- **Jean-Joachim Goriot:** a retired noodle maker who gives all his money to his two daughters.\n" +
		"- **Eugène de Rastignac:** a poor law student from the provinces who wants to rise in Paris society.\n" +
		"- **Madame Vauquer:** the mean widow who keeps the boarding house where they all lodge.\n" +
		"- **Delphine de Nucingen:** Goriot's younger daughter, married to a rich banker.\n"
	for text, own := range map[string]string{emma: "Emma", goriot: "Goriot"} {
		qs, err := Generate([]Source{{Name: "notes.md", Text: text}})
		if err != nil {
			t.Fatal(err)
		}
		others := 0
		for _, q := range qs {
			if strings.Contains(q.Answer, own) {
				t.Errorf("%q asks for the title's own character", q.Stem)
			}
			if strings.Contains(q.Stem, "Which character") {
				others++
			}
		}
		if others == 0 {
			t.Errorf("no other character asked: %v", qs)
		}
	}
}

// TestSymbolInFormulaLine: a unit's symbol that the notes give in brackets
// on a formula line ("the pascal (Pa); 1 Pa = 1 N/m²") is accepted for the
// unit; a bracket that is not its short form is not.
func TestSymbolInFormulaLine(t *testing.T) {
	notes := "# Pressure\n\n## Formulae\n\n- p = F / A\n- The unit of pressure is the pascal (Pa); 1 Pa = 1 N/m²\n" +
		"- Pressure is measured with a manometer (SI); 1 bar = 100 000 Pa\n\n" +
		"Pressure is the force acting on each square metre of a surface. A sharp knife cuts well because its edge has a small area. " +
		"Pressure in a liquid increases with depth, because there is more liquid above pushing down.\n\n## Key words\n\n" +
		"- Pascal: the unit of pressure, equal to one newton per square metre.\n- Manometer: a U-shaped tube of liquid that measures gas pressure.\n" +
		"- Barometer: an instrument that measures the pressure of the air.\n- Hydraulics: the use of pressure in liquids to move and lift loads.\n"
	typed := typedQuestions(t, notes)
	pascal, ok := typed["Pascal"]
	if !ok {
		t.Fatalf("the pascal is not asked as a typed answer: %v", typed)
	}
	if !quiz.CheckTyped(&pascal, "Pa") {
		t.Errorf("the symbol Pa refused for the pascal; aliases %v", pascal.Aliases)
	}
	if m, ok := typed["Manometer"]; ok && quiz.CheckTyped(&m, "SI") {
		t.Errorf("SI accepted for the manometer; aliases %v", m.Aliases)
	}
}

// typedQuestions generates the questions of lesson notes and returns the
// short-answer ones by their answer.
func typedQuestions(t *testing.T, notes string) map[string]quiz.Question {
	t.Helper()
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	typed := map[string]quiz.Question{}
	for _, q := range qs {
		if q.Kind == quiz.ShortAnswer {
			typed[q.Answer] = q
		}
	}
	return typed
}

// TestFactFileNotTerms: the labels of a fact file ("Smallest: ...") are no
// terms to ask for; the same lines under "Key words" are.
func TestFactFileNotTerms(t *testing.T) {
	lines := "- Biggest: Blakiston's fish owl (about 70 centimetres long)\n- Smallest: elf owl (about 13 centimetres long)\n" +
		"- Feet: two toes forward, two toes back\n- Food: mice, voles, insects and fish\n"
	for _, c := range []struct {
		heading string
		asked   bool
	}{{"Owl Fact File", false}, {"Key words", true}} {
		text := "Owls\n\nOwls are birds that hunt at night. They have huge eyes that face forwards, so they can judge distances well.\n\n" +
			c.heading + "\n" + lines
		_, a, err := analyse(context.Background(), Source{Name: "owls.txt", Text: text}, 0)
		if err != nil {
			t.Fatal(err)
		}
		var asked []string
		for k := range a.Lists {
			for _, cand := range entryCandidates(listOf{Art: a, G: &a.Lists[k]}, map[string]bool{}) {
				asked = append(asked, cand.Q.Answer)
			}
		}
		if got := len(asked) > 0; got != c.asked {
			t.Errorf("under %q the labels asked: %v; want asked %v", c.heading, asked, c.asked)
		}
	}
}

// TestNamesAfterTitles: a name led by two titles is typed without them; a
// doctor of a story is called by his first name; a surname the family
// shares ("the Bertram daughters") is no answer for one of them.
func TestNamesAfterTitles(t *testing.T) {
	withoutWording(t)
	for _, c := range []struct {
		text, answer string
		right, wrong []string
	}{
		{"# The Somme\n\nThe battle began on 1 July 1916 after a week of bombardment. The British attacked north of the river, the French south of it.\n\n" +
			"## Key people\n\n- General Sir Douglas Haig: commander of the British Expeditionary Force from December 1915.\n" +
			"- General Sir Henry Rawlinson: commander of the British Fourth Army, which made the main attack.\n",
			"General Sir Douglas Haig", []string{"Haig", "Douglas Haig", "Sir Douglas Haig"}, []string{"General", "Sir"}},
		{"# A play\n\nThe play is set in a small spa town in Norway. Dr Thomas Stockmann finds that the water of the baths is poisoned, and Thomas tells the town. The town turns on Thomas.\n\n" +
			"## Characters\n\n- Dr Thomas Stockmann: an energetic, warm-hearted and idealistic doctor.\n" +
			"- Peter Stockmann: the mayor, his cautious older brother.\n- Morten Kiil: a shrewd old tanner.\n",
			"Dr Thomas Stockmann", []string{"Thomas", "Thomas Stockmann"}, []string{"Dr", "Peter"}},
		{"# A novel\n\nFanny grows up with the Bertram daughters at Mansfield. Both Bertram girls are vain, and Edmund alone is kind to her.\n\n" +
			"## Characters\n\n- Edmund Bertram: Fanny's cousin and friend, thoughtful and honest.\n" +
			"- Sir Thomas Bertram: the stern master of Mansfield.\n- Lady Bertram: his indolent wife.\n",
			"Edmund Bertram", []string{"Edmund"}, []string{"Bertram"}},
		// A joined name is called by its first part where the story does.
		{"# An epic\n\nTariel loves Nestan-Darejan, the princess of India. Her father has Nestan shut away, and Tariel searches the world until the knights free Nestan from a fortress. The poem ends with three weddings.\n\n" +
			"## Characters\n\n- Tariel: an Indian knight who has lost his beloved.\n- Nestan-Darejan: the proud daughter of the king of India.\n- Avtandil: an Arabian knight and Tariel's sworn brother.\n",
			"Nestan-Darejan", []string{"Nestan", "Nestan Darejan"}, []string{"Darejan", "Tariel"}},
	} {
		qs, err := Generate([]Source{{Name: "notes.md", Text: c.text}})
		if err != nil {
			t.Fatal(err)
		}
		asked := typedFor(qs, c.answer)
		for _, q := range asked {
			for _, r := range c.right {
				if !quiz.CheckTyped(&q, r) {
					t.Errorf("%q refused for %q; aliases %v", r, q.Answer, q.Aliases)
				}
			}
			for _, w := range c.wrong {
				if quiz.CheckTyped(&q, w) {
					t.Errorf("%q accepted for %q; aliases %v", w, q.Answer, q.Aliases)
				}
			}
		}
		if len(asked) == 0 {
			t.Errorf("%q is not asked as a typed answer", c.answer)
		}
	}
}

// TestTermTailAlias: a term's last word is an answer only where the text
// uses it alone: "Walpole" for Robert Walpole, not "Corpus" for Habeas
// Corpus nor "Forum" for Civic Forum.
func TestTermTailAlias(t *testing.T) {
	notes := "# Liberty in Britain\n\nIn 1679 Parliament passed the Habeas Corpus Act. Robert Walpole led the government from 1721, and Walpole kept Britain out of war. " +
		"In 1989 Civic Forum led the protests in Prague.\n\n## Key words\n\n" +
		"- Habeas Corpus: the right not to be held in prison without being brought before a court.\n" +
		"- Robert Walpole: the first man to act as prime minister of Great Britain.\n" +
		"- Civic Forum: the movement that led the protests of November 1989.\n" +
		"- Rotten borough: a place that elected an MP although almost nobody lived there.\n"
	typed := typedQuestions(t, notes)
	for answer, c := range map[string]struct {
		typed string
		want  bool
	}{"Habeas Corpus": {"Corpus", false}, "Civic Forum": {"Forum", false}, "Robert Walpole": {"Walpole", true}} {
		q, ok := typed[answer]
		if !ok {
			if answer != "Civic Forum" {
				t.Errorf("%s is not asked as a typed answer: %v", answer, typed)
			}
			continue
		}
		if got := quiz.CheckTyped(&q, c.typed); got != c.want {
			t.Errorf("CheckTyped(%s, %q) = %v; want %v (aliases %v)", answer, c.typed, got, c.want, q.Aliases)
		}
	}
}

// TestGivenNameWithTitle: "Mrs. Rachel Lynde" in the story is Rachel Lynde
// of the list, not another Rachel: "Rachel" is hers.
func TestGivenNameWithTitle(t *testing.T) {
	asked := typedFor(devQuestions(t, "literature_anne-of-green-gables.txt"), "Rachel Lynde")
	for _, q := range asked {
		if !quiz.CheckTyped(&q, "Rachel") {
			t.Errorf("\"Rachel\" refused for Rachel Lynde; aliases %v", q.Aliases)
		}
	}
	if len(asked) == 0 {
		t.Errorf("Rachel Lynde is not asked as a typed answer")
	}
}

// TestFactLabelsAreNoTerms: "Form: long narrative poem" and "Setting:
// Grand-Pré in 1755" head a work's fact file; "Setting: the time and place
// in which a story happens" defines a term.
func TestFactLabelsAreNoTerms(t *testing.T) {
	asked := func(text string) map[string]bool {
		cands, err := allCandidates(context.Background(), []Source{{Name: "t.txt", Text: text}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, c := range cands {
			if c.Entry {
				out[c.Q.Answer] = true
			}
		}
		return out
	}
	guide := asked("Evangeline: A Guide\n\nAuthor: Henry Wadsworth Longfellow\n\n" +
		"Form: long narrative poem in unrhymed dactylic hexameter\n\n" +
		"Setting: Grand-Pré in Acadia in 1755, then many parts of North America\n\n" +
		"Evangeline is a poem by Henry Wadsworth Longfellow, published in 1847. It tells of two lovers parted when the British expel the Acadians.")
	if guide["Form"] || guide["Setting"] || guide["Author"] {
		t.Errorf("a fact file's labels asked as terms: %v", guide)
	}
	terms := asked("Poetry words\n\nPoets choose their words with care, and readers name what they do.\n\n" +
		"Stanza: a group of lines forming a unit of a poem\n\n" +
		"Form: the overall shape and pattern of a poem, such as a sonnet\n\n" +
		"Rhyme: the repetition of the same sounds at the ends of lines\n\n" +
		"Metre: the regular pattern of stressed and unstressed syllables in a line")
	if !terms["Form"] {
		t.Errorf("a defined \"Form\" not asked: %v", terms)
	}
	// The stages of an event told in notes are no terms; a glossary's
	// "Event" that says what kind of thing it is stays.
	riot := asked("The Nika riot\n\nThe Nika riot of 532 nearly ended the reign of Justinian.\n\n" +
		"- **Cause:** Members of both factions were hanged for murder. Two men survived when the gallows failed.\n" +
		"- **Outbreak:** At the races on 13 January, Blues and Greens united against the emperor.\n" +
		"- **Crisis:** The historian Procopius reports that Justinian considered fleeing.\n" +
		"- **End:** Troops under Belisarius attacked the crowd trapped in the Hippodrome.\n" +
		"- **Acclamation:** A formal, rhythmic chant of praise to the emperor.\n")
	for _, label := range []string{"Cause", "Outbreak", "Crisis", "End"} {
		if riot[label] {
			t.Errorf("the stage %q asked as a term: %v", label, riot)
		}
	}
	if !riot["Acclamation"] {
		t.Errorf("the notes' term not asked beside the stages: %v", riot)
	}
	chance := asked("Probability words\n\nProbability measures how likely something is.\n\n" +
		"Outcome: one possible result of an experiment\n\n" +
		"Event: one outcome or a group of outcomes\n\n" +
		"Sample space: the set of all possible outcomes\n\n" +
		"Turning point: an event after which things change in a lasting way\n")
	if !chance["Event"] || !chance["Turning point"] {
		t.Errorf("a defined \"Event\" or \"Turning point\" not asked: %v", chance)
	}
}

// TestOnItsOwnTyped: a list's "Amber on its own" is typed "amber", though
// the title names amber too. (Numbered, the list would be the lights'
// sequence, whose labels are not asked as terms.)
func TestOnItsOwnTyped(t *testing.T) {
	text := "Red, Amber, Green: Traffic Lights\n\nTraffic lights tell drivers when to stop and when to go.\n\n" +
		"In Britain, the lights change in this order:\n\n" +
		"- Red - stop.\n- Red and amber together - get ready, but do not go yet.\n" +
		"- Green - go if the way is clear.\n- Amber on its own - stop, unless you are too close to stop safely.\n"
	cands, err := allCandidates(context.Background(), []Source{{Name: "t.txt", Text: text}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range cands {
		if c.Q.Answer == "Amber on its own" && c.Q.Kind != quiz.MultipleChoice {
			found = true
			if !quiz.CheckTyped(&c.Q, "amber") {
				t.Errorf("%q refuses \"amber\" (aliases %q)", c.Q.Stem, c.Q.Aliases)
			}
		}
	}
	if !found {
		t.Error("\"Amber on its own\" not asked as a typed term")
	}
}

// TestEntryAliasesFromTheMeaning: "known as laughing gas" in a meaning is
// another name for the term; "(verb)" after a term says what word it is,
// and is no answer.
func TestEntryAliasesFromTheMeaning(t *testing.T) {
	if got := calledAlso("a gas, known as laughing gas, that reduces pain"); len(got) != 1 || got[0] != "laughing gas" {
		t.Errorf("calledAlso = %q; want [laughing gas]", got)
	}
	e, ok := parseEntry("Mint (verb): to make coins, usually under the authority of a ruler.")
	if !ok || e.Term != "Mint" {
		t.Fatalf("parseEntry = %+v, %v; want the term Mint", e, ok)
	}
	if e.Alt != "" {
		t.Errorf("Mint has the other name %q", e.Alt)
	}
}

// TestListLabelsAndHonorifics: "Eastward:" heads a step of a spread, not a
// term; "Sahib" is no answer for "Lurgan Sahib".
func TestListLabelsAndHonorifics(t *testing.T) {
	if e, ok := parseEntry("Eastward: the Aramaic alphabet developed from Phoenician."); ok {
		t.Errorf("parseEntry took %q for a term", e.Term)
	}
	// "Oba" is the king: read blind, taking it for Elesin Oba, the king's
	// horseman, was called a wrong key.
	for _, a := range append(append(termAliases("Lurgan Sahib", "character"), termAliases("Zio Crocifisso", "character")...), termAliases("Elesin Oba", "character")...) {
		if a == "Sahib" || a == "Zio" || a == "Oba" {
			t.Errorf("termAliases(Lurgan Sahib) holds %q", a)
		}
	}
	// An epithet is no name: "Great" is not Mher the Great.
	for _, a := range append(termAliases("Mher the Great", "character"), termAliases("Mher the Younger", "character")...) {
		if a == "Great" || a == "Younger" {
			t.Errorf("termAliases(Mher the ...) holds %q", a)
		}
	}
}

// TestFactFileFirstLineIsNoHeading: a fact file's first line ("Where it
// lives: New Zealand"), taken for the heading of the lines after it, makes
// them facts to read, not terms to ask.
func TestFactFileFirstLineIsNoHeading(t *testing.T) {
	for _, q := range devQuestions(t, "children_tuatara.txt") {
		if strings.HasSuffix(q.Stem, "Which term is this?") {
			t.Errorf("asked a fact file's line as a term: %s => %s", q.Stem, q.Answer)
		}
	}
	if factHeading("Key vocabulary") || !factHeading("Where it lives: New Zealand") {
		t.Errorf("factHeading: a list's first line is a fact file's, a heading of terms is not")
	}
}

// TestFamilyNameOfCharacter: a character listed by one name whose meaning
// places them in the one family the text names may be typed with the
// family's name; with two families named, neither is offered.
func TestFamilyNameOfCharacter(t *testing.T) {
	guide := "# The House by the Medlar Tree\n\nThe Toscano family are fishermen in a village near Catania, and they lose their boat in a storm in 1865.\n\n## Characters\n\n" +
		"- **Lia:** the youngest granddaughter, whose fate is left half in shadow.\n" +
		"- **Luca:** the second grandson, who dies in the navy at the battle of Lissa.\n" +
		"- **Piedipapera:** a lame carter and gossip who spreads every rumour in the village.\n" +
		"- **Zio Crocifisso:** the moneylender who pretends not to hear what he does not want to hear.\n"
	aliases := func(text string) map[string][]string {
		qs, err := Generate([]Source{{Name: "notes.md", Text: text}})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][]string{}
		for _, q := range qs {
			if strings.Contains(q.Stem, "Which character") {
				out[q.Answer] = q.Aliases
			}
		}
		return out
	}
	got := aliases(guide)
	if !slices.Contains(got["Lia"], "Lia Toscano") || !slices.Contains(got["Luca"], "Luca Toscano") {
		t.Errorf("aliases %v; want Lia Toscano and Luca Toscano", got)
	}
	if slices.Contains(got["Piedipapera"], "Piedipapera Toscano") {
		t.Errorf("a carter outside the family got its name: %v", got["Piedipapera"])
	}
	two := strings.Replace(guide, "in 1865.", "in 1865, and the Cipolla family hope to marry their son to Mena.", 1)
	for answer, as := range aliases(two) {
		for _, a := range as {
			if strings.HasSuffix(a, " Toscano") || strings.HasSuffix(a, " Cipolla") {
				t.Errorf("%s: alias %q with two families named", answer, a)
			}
		}
	}
}

// TestPartitiveMeaningNoAlias: a meaning headed by a count or a cut of
// what follows ("A series of rulers", "The flat lower part of a turtle's
// shell") gives no "term + head" alias, and so no answer that is the head
// alone: "series" is not a dynasty.
func TestPartitiveMeaningNoAlias(t *testing.T) {
	notes := "# Shang China\n\n## Key vocabulary\n\n- **Dynasty:** a series of rulers from the same family.\n" +
		"- **Plastron:** the flat lower part of a turtle's shell.\n- **Jacobins:** a radical political club led by Robespierre.\n" +
		"- **Divination:** seeking knowledge of the future by supernatural means.\n- **Inscription:** words carved into a hard surface.\n" +
		"- **Province:** a region governed by an official on the ruler's behalf.\n- **Caliph:** a Muslim religious and political leader.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	for _, q := range qs {
		switch q.Answer {
		case "Dynasty", "Plastron", "Province", "Caliph":
			asked++
			for _, a := range q.Aliases {
				if strings.Contains(a, "religious") {
					t.Errorf("alias %q of %q: a describing word is no kind", a, q.Answer)
				}
			}
			for _, wrong := range []string{"series", "part", "region"} {
				if q.Kind != quiz.MultipleChoice && quiz.CheckTyped(&q, wrong) {
					t.Errorf("%q accepted for %q", wrong, q.Answer)
				}
			}
			if q.Kind != quiz.MultipleChoice && !quiz.CheckTyped(&q, q.Answer) {
				t.Errorf("%q refused", q.Answer)
			}
		}
	}
	if asked == 0 {
		t.Error("neither Dynasty nor Plastron is asked")
	}
}

// TestMeaningOpensWithName: a meaning that opens with the term's other
// name ("The Armed Forces Movement, a group of ...") is asked from the
// rest, the name typed as well; one whose rest says too little or leans on
// the name is not asked, and a role ("The Governor of Messina") stays in
// the question.
func TestMeaningOpensWithName(t *testing.T) {
	withoutWording(t)
	notes := "# The Carnation Revolution\n\nOn 25 April 1974 junior officers overthrew the Estado Novo in Lisbon. Crowds filled the streets, and soldiers put carnations in their rifles. " +
		"The coup was planned by the MFA, and the PREC followed it.\n\n## Key terms\n\n" +
		"- MFA: The Armed Forces Movement, a group of mostly junior officers who planned the coup.\n" +
		"- PREC: The \"Ongoing Revolutionary Process\", the turbulent period from 1974 to 1975.\n" +
		"- Boule: The Council of 500, which prepared business for the Assembly.\n" +
		"- Sąjūdis: The Reform Movement of Lithuania, founded in 1988.\n" +
		"- Governor: The Governor of Lisbon, appointed by the crown to rule the city.\n" +
		"- Lei Áurea: The \"Golden Law\" of 1888, which abolished slavery in Brazil.\n"
	typed := typedQuestions(t, notes)
	for answer, name := range map[string]string{"MFA": "Armed Forces Movement", "PREC": "Ongoing Revolutionary Process"} {
		q, ok := typed[answer]
		if !ok {
			t.Errorf("%s not asked; want it asked from the rest of its meaning", answer)
			continue
		}
		if strings.Contains(q.Stem, name) {
			t.Errorf("%q shows %q, which answers it", q.Stem, name)
		}
		if !quiz.CheckTyped(&q, name) {
			t.Errorf("%q refused for %s; aliases %v", name, answer, q.Aliases)
		}
	}
	for _, answer := range []string{"Boule", "Sąjūdis", "Lei Áurea"} {
		if q, ok := typed[answer]; ok {
			t.Errorf("asked %q for %s; want it left out", q.Stem, answer)
		}
	}
}

// TestNoOtherEntryAccepted: a typed question is never marked right for
// another entry of its list: not "Beggars" (an entry of its own) for the
// Sea Beggars; an alias that lets another entry in goes, the others stay.
func TestNoOtherEntryAccepted(t *testing.T) {
	g := &glossary{Entries: []entry{
		{Term: "Beggars", Def: "name taken by the rebels after a courtier dismissed the noble petitioners as beggars"},
		{Term: "Sea Beggars", Def: "rebel privateers who raided Spanish shipping and coastal towns"},
		{Term: "Bond", Def: "a force that holds atoms together"},
		{Term: "Covalent bond", Def: "a shared pair of electrons between two atoms"},
	}}
	sea := quiz.Question{Kind: quiz.ShortAnswer, Stem: "“Rebel privateers who raided Spanish shipping and coastal towns.” Which term is this?", Answer: "Sea Beggars"}
	if !otherEntryAccepted(g, g.Entries[1], &sea) {
		t.Errorf("\"Beggars\" not found to answer the Sea Beggars' question")
	}
	cov := quiz.Question{Kind: quiz.ShortAnswer, Stem: "“A shared pair of electrons between two atoms.” Which term is this?", Answer: "Covalent bond", Aliases: []string{"Covalent", "bond"}}
	if got := aliasesForOnlyThis(g, g.Entries[3], cov); len(got) != 1 || got[0] != "Covalent" {
		t.Errorf("aliases kept for Covalent bond = %q; want [Covalent]", got)
	}
}

// TestDescribingTerm: only a term that describes takes the class it
// describes after it as an alias ("mutually exclusive events"); a noun
// does not ("crystallinity regions").
func TestDescribingTerm(t *testing.T) {
	for term, want := range map[string]bool{"Mutually exclusive": true, "Endothermic": true, "Independent": true,
		"Crystallinity": false, "Propagation": false, "Cross-linking": false} {
		if got := describingTerm(term); got != want {
			t.Errorf("describingTerm(%q) = %v; want %v", term, got, want)
		}
	}
}

// TestCharactersUnderSubheadings: "The masters" under "The stock
// characters" lists characters, asked as such ("Which character is
// this?"); read blind, "Which term is this?" for Pantalone was failed as
// broken grammar 7 times in 7.
func TestCharactersUnderSubheadings(t *testing.T) {
	text := "# Commedia dell'arte\n\n## The stock characters\n\n### The masters\n\n" +
		"- **Pantalone**: an elderly Venetian merchant, miserly and lecherous, in red tights and a black cloak.\n" +
		"- **Il Dottore**: a pompous Bolognese scholar in a black gown, full of garbled Latin.\n" +
		"- **Il Capitano**: a boastful soldier, often Spanish, who tells of great victories but runs away.\n\n" +
		"## Key terms\n\n### Staging\n\n" +
		"- **Lazzo**: a rehearsed comic routine that an actor could insert into a scene.\n" +
		"- **Scenario**: a plot outline pinned up backstage, listing entrances and exits.\n"
	a := clean("notes.md", text)
	kinds := map[string]string{}
	for i := range a.Lists {
		for _, e := range a.Lists[i].Entries {
			kinds[e.Term] = a.Lists[i].kind()
		}
	}
	for term, want := range map[string]string{"Pantalone": "character", "Il Capitano": "character", "Lazzo": "term"} {
		if kinds[term] != want {
			t.Errorf("%s is listed as a %q; want %q", term, kinds[term], want)
		}
	}
}

// TestWorkTitleKeepsItsCapital and the prose's bracketed spelling of a
// character: "In what year did rhinoceros grow out of ...?" was failed as
// broken grammar; "Utnapishtim", which the text gives after Ūta-napišti,
// refused as a wrong key.
func TestWorkTitleKeepsItsCapital(t *testing.T) {
	for _, q := range devQuestions(t, "literature_rhinoceros.txt") {
		if strings.Contains(q.Stem, "did rhinoceros") {
			t.Errorf("%q: the play's title lost its capital", q.Stem)
		}
	}
	found := false
	for _, q := range devQuestions(t, "literature_the-epic-of-gilgamesh.txt") {
		if q.Answer == "Ūta-napišti" {
			found = true
			if !quiz.CheckTyped(&q, "Utnapishtim") {
				t.Errorf("%q refuses Utnapishtim", q.Stem)
			}
		}
	}
	if !found {
		t.Error("Ūta-napišti not asked")
	}
}

// TestClauseMeaning: a line whose "meaning" is a statement with its own
// subject is no meaning ("Size: A llama is much bigger"); a description,
// a relative clause or a process told in the passive is.
func TestClauseMeaning(t *testing.T) {
	for def, want := range map[string]bool{
		"A llama is much bigger": true,
		"This measures the total energy output across all wavelengths":  true,
		"The sea is a constant threat, and the dike is both protection": true,
		"Large boulders are rolled along the sea bed":                   false,
		"A person who is appointed to rule in place of a monarch":       false,
		"How many times larger an image is than the real object":        false,
		"The longest side; it is always opposite the right angle":       false,
		"A plot outline pinned up backstage":                            false,
		"The female digs into the soil next to an old tree stump":       true,
		"A creamy-white grub hatches out":                               true,
		"The new beetle waits in the soil through the winter":           true,
		"The greenhouse gas emissions from cars and power stations":     false,
		"A series of locks that lifts boats over a hill":                false,
		"a creamy-white grub that hatches from the egg":                 false,
		"The Armed Forces Movement, a group of junior officers":         false,
	} {
		if got := clauseMeaning(def); got != want {
			t.Errorf("clauseMeaning(%q) = %v; want %v", def, got, want)
		}
	}
}

// TestProseGloss: the English the prose gives a term in quotes is typed
// for it: "Dutch learning" for Rangaku (refused once, read blind as a
// wrong key).
func TestProseGloss(t *testing.T) {
	notes := "# Sakoku\n\nThrough Dejima, Japanese scholars obtained Western books on medicine and astronomy. " +
		"The study of these books became known as rangaku, or \"Dutch learning\".\n\n## Key terms\n\n" +
		"- Rangaku: Western knowledge studied in Japan through Dutch books.\n" +
		"- Daimyo: a regional lord who governed a domain under the shogun.\n" +
		"- Shogun: the military ruler of Japan.\n- Sakoku: the policy of closing the country to most foreigners.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for _, q := range qs {
		if q.Kind == quiz.ShortAnswer && q.Answer == "Rangaku" {
			asked = true
			if !quiz.CheckTyped(&q, "Dutch learning") {
				t.Errorf("'Dutch learning' refused (aliases %v)", q.Aliases)
			}
		}
	}
	if !asked {
		t.Errorf("Rangaku not asked as a typed answer")
	}
	// A gloss in small letters is the word's meaning, not its name.
	opera := "# Opera\n\nThe text of an opera is the libretto (\"little book\"), written by a librettist. " +
		"The score then says da capo (\"from the head\"), so the singer returns to the start.\n\n## Key terms\n\n" +
		"- Libretto: the words of an opera.\n- Da capo: an aria in ABA form.\n- Tenor: high male voice, often the hero.\n" +
		"- Countertenor: male voice singing in the alto range.\n"
	qs, err = Generate([]Source{{Name: "opera.md", Text: opera}})
	if err != nil {
		t.Fatal(err)
	}
	meanings := 0
	for _, q := range qs {
		if q.Kind != quiz.ShortAnswer || q.Answer != "Libretto" && q.Answer != "Da capo" {
			continue
		}
		meanings++
		for _, typed := range []string{"little book", "from the head"} {
			if quiz.CheckTyped(&q, typed) {
				t.Errorf("%q accepted for %s (aliases %v)", typed, q.Answer, q.Aliases)
			}
		}
	}
	if meanings == 0 {
		t.Error("neither libretto nor da capo asked")
	}
}

// TestCountedHeading: "The four gateways" over four entries asks "Which
// gateway is this?"; a count that does not match its entries ("The three
// ratios" over four) says nothing of each, and the entries stay terms.
func TestCountedHeading(t *testing.T) {
	for _, c := range []struct {
		heading string
		entries int
		want    string
	}{
		{"The four gateways", 4, "gateway"}, {"Four gateways", 4, "gateway"}, {"The 3 estates", 3, "estate"},
		{"The three ratios", 4, "term"}, {"Gateways", 4, "term"}, {"The four seasons of the year", 4, "season of the year"},
	} {
		g := &glossary{Section: c.heading, Entries: make([]entry, c.entries)}
		if got := g.kind(); got != c.want {
			t.Errorf("kind of %q over %d entries = %q; want %q", c.heading, c.entries, got, c.want)
		}
	}
}

// TestHeadless: a term whose head only says what kind of thing its first
// word is may be typed without it; a first word that may be describing
// may not.
func TestHeadless(t *testing.T) {
	for term, want := range map[string]string{"Corvée labour": "Corvée", "Forced labour": "", "Skilled labour": "",
		"Police state": "", "Welfare state": "", "Summit level": "", "Buffer zone": "", "Child labour labour": ""} {
		if got := headless(term); got != want {
			t.Errorf("headless(%q) = %q; want %q", term, got, want)
		}
	}
}

// TestSharedSurnameOfTheOneCalledSo: in a list where a man and his daughter
// share a surname, the surname the story uses alone is his when she is
// called by her given name and he is not.
func TestSharedSurnameOfTheOneCalledSo(t *testing.T) {
	notes := "# Ghosts\n\nThe maid is called Regine, and the pastor trusts Regine. The carpenter Engstrand, who wants to open a home for seamen, " +
		"blames the fire on Manders, and in the end Engstrand takes the money. Mrs Alving burns her letters.\n\n## Characters\n\n" +
		"- Jakob Engstrand: a carpenter with a limp, pious in speech and cunning in practice.\n" +
		"- Regine Engstrand: Mrs Alving's maid, ambitious and practical.\n" +
		"- Helene Alving: a widow who has hidden the truth about her late husband.\n" +
		"- Pastor Manders: a rigid clergyman and Mrs Alving's adviser.\n"
	qs, err := Generate([]Source{{Name: "ghosts.txt", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	for _, q := range qs {
		if q.Kind != quiz.ShortAnswer {
			continue
		}
		switch q.Answer {
		case "Jakob Engstrand":
			asked++
			if !quiz.CheckTyped(&q, "Engstrand") {
				t.Errorf("'Engstrand' refused for Jakob Engstrand (aliases %v)", q.Aliases)
			}
		case "Regine Engstrand":
			asked++
			if quiz.CheckTyped(&q, "Engstrand") {
				t.Errorf("'Engstrand' accepted for Regine Engstrand (aliases %v)", q.Aliases)
			}
		}
	}
	if asked == 0 {
		t.Errorf("neither Engstrand asked typed")
	}
}

// TestGivenNameBeforePossessive: "Bev Shaw's table" is Bev Shaw's own
// name with a possessive, not another Bev, so "Bev" stays an answer.
func TestGivenNameBeforePossessive(t *testing.T) {
	a := &article{Paras: []para{{Text: "He carries the dog to Bev Shaw's table."}}}
	if a.otherBearer("Bev", "Bev Shaw") {
		t.Error("otherBearer(Bev) true for Bev Shaw's own possessive")
	}
	b := &article{Paras: []para{{Text: "He visits Bev Jones's farm."}}}
	if !b.otherBearer("Bev", "Bev Shaw") {
		t.Error("otherBearer(Bev) false beside Bev Jones's farm")
	}
}

// TestPatronymicNoName: "Róich" in "Fergus mac Róich" is his father's
// name, not an answer for him; "Fergus" is. "Padre" in "Padre José" is a
// title.
func TestPatronymicNoName(t *testing.T) {
	got := termAliases("Fergus mac Róich", "character")
	if slices.Contains(got, "Róich") || !slices.Contains(got, "Fergus") {
		t.Errorf("termAliases(Fergus mac Róich) = %v; want Fergus, not Róich", got)
	}
	if got := termAliases("Padre José", "character"); slices.Contains(got, "Padre") {
		t.Errorf("termAliases(Padre José) = %v; \"Padre\" is a title, no name", got)
	}
}

// TestTaleHeroNames: a hero named by a tale's title ("Little Red Cap")
// is not typed by one word of it, and the other title the text gives in
// quotes before the name in brackets (""Cinderella" (Aschenputtel)")
// answers too.
func TestTaleHeroNames(t *testing.T) {
	notes := "Grimms' Fairy Tales\n\nThe tales are often harsh. In \"Little Red Cap\" a girl strays from the path and is swallowed by a wolf. " +
		"\"Cinderella\" (Aschenputtel) receives her dresses from a hazel tree on her mother's grave. Holmes is not in it.\n\nMain characters\n\n" +
		"- Little Red Cap: a trusting girl who learns the danger of leaving the path.\n" +
		"- Aschenputtel: a mistreated daughter helped by her dead mother's spirit and by birds.\n" +
		"- The wolf: a talking beast who deceives the girl and her grandmother.\n" +
		"- The huntsman: a passing hunter who cuts the wolf open.\n"
	typed := typedQuestions(t, notes)
	if q, ok := typed["Little Red Cap"]; ok && quiz.CheckTyped(&q, "Cap") {
		t.Errorf("'Cap' accepted for Little Red Cap (aliases %v)", q.Aliases)
	}
	if q, ok := typed["Aschenputtel"]; !ok || !quiz.CheckTyped(&q, "Cinderella") {
		t.Errorf("'Cinderella' refused for Aschenputtel (asked %v, aliases %v)", ok, q.Aliases)
	}
}

// TestNoJunkNames: the names a character or a term is also typed by are
// its own: not the father's "Mr Ramsay" for his son James where the
// father has a line of his own, not "King VI" for Alfonso VI, not an
// adverb shared by two entries ("Absolutely" of "Absolutely stable" and
// "Absolutely unstable"), not "core inner" from "the inner filling".
func TestNoJunkNames(t *testing.T) {
	if got := othersOut([]string{"Mr Ramsay", "James Ramsay"}, entry{Term: "James Ramsay"}, []string{"James", "Mr Ramsay"}); !slices.Equal(got, []string{"James"}) {
		t.Errorf("othersOut = %v; want [James]", got)
	}
	a := &article{Paras: []para{{Text: "In 1081 King Alfonso VI exiled him, and later King Alfonso VI forgave him."}}}
	if got := a.titledSurname("Alfonso VI"); got != "" {
		t.Errorf("titledSurname(Alfonso VI) = %q; want none", got)
	}
	g := &glossary{Entries: []entry{{Term: "Absolutely stable"}, {Term: "Absolutely unstable"}, {Term: "Conditionally unstable"}}}
	for _, e := range g.Entries {
		if got := siblingHeadAliases(g, e); got != nil {
			t.Errorf("siblingHeadAliases(%q) = %v; want none", e.Term, got)
		}
	}
	// "Second" alone is any second thing: read blind, the checker took
	// "second House" for the second reading.
	readings := &glossary{Entries: []entry{{Term: "First reading"}, {Term: "Second reading"}, {Term: "Third reading"}}}
	for _, e := range readings.Entries {
		if got := siblingHeadAliases(readings, e); got != nil {
			t.Errorf("siblingHeadAliases(%q) = %v; want none", e.Term, got)
		}
	}
	series := &glossary{Entries: []entry{{Term: "Series circuit"}, {Term: "Parallel circuit"}}}
	if got := siblingHeadAliases(series, series.Entries[0]); !slices.Equal(got, []string{"Series"}) {
		t.Errorf("siblingHeadAliases(Series circuit) = %v; want [Series]", got)
	}
	// "Bedstone" is a stone as much as "Runner stone" is: read blind,
	// refusing "runner" for the runner stone was a wrong key.
	stones := &glossary{Entries: []entry{{Term: "Stone nut"}, {Term: "Runner stone"}, {Term: "Bedstone"}}}
	if got := siblingHeadAliases(stones, stones.Entries[1]); !slices.Equal(got, []string{"Runner"}) {
		t.Errorf("siblingHeadAliases(Runner stone) = %v; want [Runner]", got)
	}
	lone := &glossary{Entries: []entry{{Term: "Stone nut"}, {Term: "Runner stone"}, {Term: "Stone"}}}
	if got := siblingHeadAliases(lone, lone.Entries[1]); got != nil {
		t.Errorf("siblingHeadAliases(Runner stone, no other stone) = %v; want none", got)
	}
	limbs := &glossary{Entries: []entry{{Term: "Rising limb"}, {Term: "Falling limb", Alt: "recession limb"}}}
	if got := siblingHeadAliases(limbs, limbs.Entries[1]); !slices.Equal(got, []string{"Falling", "recession"}) {
		t.Errorf("siblingHeadAliases(Falling limb (recession limb)) = %v; want [Falling recession]", got)
	}
	if got := defNoun("the inner filling that makes a casting hollow"); got != "" {
		t.Errorf("defNoun(the inner filling ...) = %q; want none", got)
	}
	for term, want := range map[string]string{"Absolutely stable": "absolute stability", "Conditionally unstable": "conditional instability",
		"Neutrally buoyant": "", "Stable": "", "Highly visible": "high visibility"} {
		if got := stateNoun(term); got != want {
			t.Errorf("stateNoun(%q) = %q; want %q", term, got, want)
		}
	}
}

// TestFamilySurnameIsNoOnesAlone: where the story names more of a family
// than the list's pair ("Hanno Buddenbrook", "Tony Buddenbrook"), the
// surname alone is the family's, not the one brother's.
func TestFamilySurnameIsNoOnesAlone(t *testing.T) {
	notes := "# Buddenbrooks\n\nThe novel follows the merchant family over four generations; the house of Buddenbrook declines, and the name of Buddenbrook fades. " +
		"The firm passes to Thomas, and the town respects Thomas. Tony Buddenbrook marries twice, and Hanno Buddenbrook loves music.\n\n## Characters\n\n" +
		"- Thomas Buddenbrook: the Consul's elder son, later senator, whose outward success hides exhaustion.\n" +
		"- Christian Buddenbrook: Thomas's younger brother, restless, comic and self-absorbed.\n" +
		"- Gerda Arnoldsen: Thomas's wife, a gifted violinist who remains aloof.\n"
	qs, err := Generate([]Source{{Name: "b.txt", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Kind == quiz.ShortAnswer && q.Answer == "Christian Buddenbrook" && quiz.CheckTyped(&q, "Buddenbrook") {
			t.Errorf("'Buddenbrook' accepted for Christian Buddenbrook (aliases %v)", q.Aliases)
		}
	}
}

// TestOtherPerson: a character named in the meaning, or of the other sex,
// is no option for it.
func TestOtherPerson(t *testing.T) {
	igor := entry{Term: "Igor Sviatoslavich", Def: "Prince of Novgorod-Seversky, brave but reckless in his pursuit of glory"}
	vsevolod := entry{Term: "Vsevolod", Def: "Igor's brother, called Buy-Tur, a ferocious fighter"}
	wife := entry{Term: "Yaroslavna", Def: "Igor's wife, whose lament on the walls of Putivl is famous"}
	bard := entry{Term: "Boyan", Def: "the legendary bard of earlier times"}
	for _, c := range []struct {
		e, o entry
		want bool
	}{
		{vsevolod, igor, true}, // "Igor's brother" is not Igor
		{igor, wife, true},     // a wife for a prince
		{igor, bard, false},
		{igor, vsevolod, false},
	} {
		if got := otherPerson(c.e, c.o); got != c.want {
			t.Errorf("otherPerson(%s, %s) = %v; want %v", c.e.Term, c.o.Term, got, c.want)
		}
	}
}

// TestActionNotTerm: a line that names what people do ("Changing crops –
// many farmers now alternate rice and shrimp") is no term to ask for;
// a thing named with an -ing word is.
func TestActionNotTerm(t *testing.T) {
	for _, c := range []struct {
		term, def string
		want      bool
	}{
		{"Changing crops", "many farmers now alternate rice and shrimp in the dry season", true},
		{"Storing fresh water", "rainwater jars, ponds and household tanks", true},
		{"Spinning jenny", "a machine that spins several threads at once", false},
		{"Printing press", "invented by Gutenberg around 1440", false},
		{"Creaming or sedimentation", "droplets rise or sink because their density differs", false},
	} {
		if got := actionTerm(entry{Term: c.term, Def: c.def}); got != c.want {
			t.Errorf("actionTerm(%q) = %v; want %v", c.term, got, c.want)
		}
	}
}

// TestWorkPartNotAnswer: which act of a play is set where is no fact to
// ask; the act's events are.
func TestWorkPartNotAnswer(t *testing.T) {
	text := "The Weavers\n\nThe Weavers is a play in five acts by Gerhart Hauptmann, first performed in 1893.\n\n" +
		"Act One takes place in the office of the manufacturer Dreissiger in Peterswaldau. " +
		"Act Three is set in the village inn. Act Four moves to the comfortable drawing room of Dreissiger."
	for _, c := range textCandidates(t, text) {
		if strings.HasPrefix(c.Q.Answer, "Act ") {
			t.Errorf("an act asked as the answer: %s => %s", c.Q.Stem, c.Q.Answer)
		}
	}
	for s, want := range map[string]bool{"Act One": true, "Chapter 12": true, "Book II": true, "Actium": false, "Part of the Empire": false} {
		if got := reWorkPart.MatchString(s); got != want {
			t.Errorf("reWorkPart(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestThemeNotTerm: a guide's list of themes is no glossary: "Which term
// is this?" on a theme ("Transience: roses fade, kings die …") has no one
// right answer.
func TestThemeNotTerm(t *testing.T) {
	for _, q := range devQuestions(t, "literature_rubaiyat-of-omar-khayyam.txt") {
		if q.Answer == "Transience" || q.Answer == "Carpe diem" || q.Answer == "Doubt" {
			t.Errorf("a theme asked as a term: %s => %s", q.Stem, q.Answer)
		}
	}
}

func TestAnotherOfKindNotAsked(t *testing.T) {
	for _, q := range devQuestions(t, "literature_the-thing-about-jellyfish.txt") {
		if q.Answer == "Justin Maxfield" || q.Answer == "Sarah Johnson" {
			t.Errorf("a classmate told from another classmate: %s => %s", q.Stem, q.Answer)
		}
	}
	g := &glossary{Entries: []entry{{Term: "Ann", Def: "a classmate who is kind"}, {Term: "Bea", Def: "another classmate who waves"}, {Term: "Cy", Def: "her teacher, who is strict"}}}
	for i, want := range []bool{true, true, false} {
		if got := anotherOfKind(g, g.Entries[i]); got != want {
			t.Errorf("anotherOfKind(%s) = %v, want %v", g.Entries[i].Term, got, want)
		}
	}
}

func TestConditionLabelNotTerm(t *testing.T) {
	withoutWording(t)
	for _, q := range devQuestions(t, "concept_metacentric-height.txt") {
		if strings.HasPrefix(q.Answer, "GM ") {
			t.Errorf("a symbol's state asked as a term: %s => %s", q.Stem, q.Answer)
		}
	}
	for term, want := range map[string]bool{"GM positive": true, "pH low": true, "DNA polymerase": false, "Kinetic energy": false, "Group positive": false} {
		if got := conditionLabel(term); got != want {
			t.Errorf("conditionLabel(%q) = %v, want %v", term, got, want)
		}
	}
	for def, want := range map[string]bool{"the couple turns the vessel further over": true, "the study of how rocks form": false, "the wearing away of rock": false, "the secular lands, rights and revenues attached to a church office": false} {
		if got := clauseMeaning(def); got != want {
			t.Errorf("clauseMeaning(%q) = %v, want %v", def, got, want)
		}
	}
}

// TestOwnWordsNoAnswer: a term asked from its meaning does not take the
// meaning's own words as its answer, though the text glosses the term with
// them elsewhere.
func TestOwnWordsNoAnswer(t *testing.T) {
	withoutWording(t)
	notes := "# The Khmer Empire\n\n## Timeline\n\n- **802** – Jayavarman II is proclaimed *chakravartin* (\"universal ruler\") on the sacred mountain of Phnom Kulen.\n" +
		"- **1113** – Suryavarman II takes the throne and begins Angkor Wat.\n\n## Key words\n\n" +
		"- **Chakravartin:** a universal ruler, lord of all other kings.\n- **Baray:** a huge rectangular reservoir dug beside a temple.\n" +
		"- **Devaraja:** the cult of the god-king that tied the ruler to Shiva.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	right := map[string][]string{"Chakravartin": {"chakravartin"}}
	wrong := map[string][]string{"Chakravartin": {"universal ruler", "universal", "ruler"}}
	if seen := checkTyped(t, qs, right, wrong); seen < 4 {
		t.Fatal("chakravartin not asked")
	}
}

// TestNameOfCommonWords: a character named with common words that the
// story only writes whole ("Grey Beaver", "One Eye") is not answered by
// one of its words; a name the story also halves keeps its halves.
func TestNameOfCommonWords(t *testing.T) {
	notes := "A Guide to the Novel\n\nPlot\n\nThe cub is born in a cave to Kiche and One Eye, an old grey wolf. One of his sisters dies, and only one cub lives. " +
		"Grey Beaver, a Native man, takes the cub and his mother. Weedon Scott later buys him, and Scott teaches him to trust people.\n\n" +
		"Main characters\n\nOne Eye – an old wolf, the cub's father.\n\nGrey Beaver – the cub's first master, stern but just.\n\n" +
		"Weedon Scott – a mining expert who rescues the cub.\n"
	qs, err := Generate([]Source{{Name: "notes.txt", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	right := map[string][]string{"Weedon Scott": {"Scott"}}
	wrong := map[string][]string{"One Eye": {"One", "Eye"}, "Grey Beaver": {"Grey", "Beaver"}}
	if seen := checkTyped(t, qs, right, wrong); seen < 3 {
		t.Fatalf("%d checks ran: the characters were not asked", seen)
	}
}

// TestTermAskedOnceInEitherNumber: a hazard listed as "Lahars" and defined
// again as "Lahar" in the glossary is one term, asked once.
func TestTermAskedOnceInEitherNumber(t *testing.T) {
	notes := "# Volcanic hazards\n\n## Hazards\n\n" +
		"- **Lahars** – volcanic mudflows formed when ash mixes with water from rain, melted snow or a crater lake.\n" +
		"- **Tephra falls** – ash and rock fragments that rain down and can bury roofs far from the vent.\n" +
		"- **Lava flows** – streams of molten rock that move slowly enough to walk away from.\n\n## Key terms\n\n" +
		"- Lahar: a mudflow of volcanic ash and water.\n- Tephra: any material thrown into the air by an eruption.\n" +
		"- Magma: molten rock below the surface.\n- Vent: the opening through which an eruption comes.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	lahar := 0
	for _, q := range qs {
		if strings.EqualFold(strings.TrimSuffix(q.Answer, "s"), "lahar") {
			lahar++
		}
	}
	if lahar != 1 {
		t.Errorf("lahar asked %d times; want once", lahar)
	}
}

// TestTitledLongName: a character listed as "Dr Arturo Díaz Vigil", whom
// the story calls Dr Vigil, is typed by the title and surname or the
// surname alone (refused once, read blind as a wrong key).
func TestTitledLongName(t *testing.T) {
	asked := false
	for _, q := range devQuestions(t, "literature_under-the-volcano.txt") {
		if q.Answer != "Dr Arturo Díaz Vigil" {
			continue
		}
		asked = true
		for _, typed := range []string{"Vigil", "Dr Vigil", "Doctor Vigil", "Arturo Díaz Vigil"} {
			if !quiz.CheckTyped(&q, typed) {
				t.Errorf("%q refused (aliases %v)", typed, q.Aliases)
			}
		}
		if quiz.CheckTyped(&q, "Arturo") {
			t.Errorf("the given name alone accepted (aliases %v)", q.Aliases)
		}
	}
	if !asked {
		t.Fatal("Dr Vigil not asked")
	}
}

// TestTitleOpenedByAWord: "Retired Emperor Go-Shirakawa" is not "Retired"
// (accepted once, read blind as a wrong key); he is Go-Shirakawa or
// Emperor Go-Shirakawa.
func TestTitleOpenedByAWord(t *testing.T) {
	asked := false
	for _, q := range devQuestions(t, "literature_the-tale-of-the-heike.txt") {
		if q.Answer != "Retired Emperor Go-Shirakawa" {
			continue
		}
		asked = true
		if quiz.CheckTyped(&q, "Retired") || quiz.CheckTyped(&q, "the retired emperor") {
			t.Errorf("a word of the title accepted (aliases %v)", q.Aliases)
		}
		for _, typed := range []string{"Go-Shirakawa", "Emperor Go-Shirakawa"} {
			if !quiz.CheckTyped(&q, typed) {
				t.Errorf("%q refused (aliases %v)", typed, q.Aliases)
			}
		}
	}
	if !asked {
		t.Fatal("Go-Shirakawa not asked")
	}
}

// TestOtherNamesLeftOutOfTheMeaning: "(also called a sink or pothole)" is
// not shown in the question, whose answer it would give, and the names it
// gives are answers (refusing them was read blind as a wrong key).
func TestOtherNamesLeftOutOfTheMeaning(t *testing.T) {
	asked := false
	for _, q := range devQuestions(t, "lesson_limestone-karst-landscapes.md") {
		if q.Answer != "Swallow hole" {
			continue
		}
		asked = true
		if strings.Contains(q.Stem, "pothole") {
			t.Errorf("%q shows the other names", q.Stem)
		}
		for _, typed := range []string{"sink", "pothole", "swallow hole"} {
			if !quiz.CheckTyped(&q, typed) {
				t.Errorf("%q refused (aliases %v)", typed, q.Aliases)
			}
		}
	}
	if !asked {
		t.Fatal("swallow hole not asked")
	}
}

// TestPeriodMeaningNotAsked: a meaning that dates itself by what the notes
// said before ("The finest white bread of the period") is not asked; one
// that says all it needs ("The main meal of the day") is.
func TestPeriodMeaningNotAsked(t *testing.T) {
	withoutWording(t)
	notes := "# Food in medieval England\n\n## Key terms\n\n" +
		"- Wastel: the finest white bread of the period\n- Dinner: the main meal of the day, eaten at noon\n" +
		"- Pottage: a thick soup of grain and vegetables\n- Trencher: a slice of stale bread used as a plate\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	var dinner bool
	for _, q := range qs {
		if q.Answer == "Wastel" {
			t.Errorf("asked %q; the period is never named", q.Stem)
		}
		dinner = dinner || q.Answer == "Dinner"
	}
	if !dinner {
		t.Errorf("the meal of the day not asked (%d questions)", len(qs))
	}
}

// TestPointingMeaningNotAsked: a meaning that points at something the
// notes named before ("the final debate and vote on the bill in that
// House") is not asked; the entries beside it are.
func TestPointingMeaningNotAsked(t *testing.T) {
	withoutWording(t)
	notes := "# How a bill becomes law\n\n## Key terms\n\n" +
		"- Bill: a proposal for a new law that Parliament debates\n- Third reading: the final debate and vote on the bill in that House\n" +
		"- Royal Assent: the monarch's formal agreement to a bill\n- Committee stage: a detailed examination of a bill, line by line\n" +
		"- Statute: a law whose force differs from that of a custom\n- Session: the parliamentary year that opened in 1911; bills not passed in that year fell\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	var other bool
	asked := map[string]bool{}
	for _, q := range qs {
		if q.Answer == "Third reading" {
			t.Errorf("asked %q; the House is never named", q.Stem)
		}
		other = other || q.Answer == "Royal Assent" || q.Answer == "Committee stage"
		asked[q.Answer] = true
	}
	if !other {
		t.Errorf("neither Royal Assent nor the committee stage asked (%d questions)", len(qs))
	}
	// "that of" is a pronoun, and "that year" the year the meaning gives.
	for _, term := range []string{"Statute", "Session"} {
		if !asked[term] {
			t.Errorf("%s not asked (%d questions)", term, len(qs))
		}
	}
}

// TestLessonAsideLeftOut: "(here, four)" fits a meaning to the lesson's own
// song; asked alone, "here" is nowhere, so the bracket is not shown.
func TestLessonAsideLeftOut(t *testing.T) {
	withoutWording(t)
	asked := false
	for _, q := range devQuestions(t, "lesson_twelve-bar-blues.md") {
		if q.Answer == "Bar" {
			asked = true
			if strings.Contains(q.Stem, "here") {
				t.Errorf("%q shows the lesson's aside", q.Stem)
			}
		}
	}
	if !asked {
		t.Fatal("bar not asked")
	}
	if got := withoutOtherNames("a fixed number of beats (here, four)"); got != "a fixed number of beats" {
		t.Errorf("withoutOtherNames = %q", got)
	}
	if got := withoutOtherNames(`more than half lit but not full (say "GIB-us")`); got != "more than half lit but not full" {
		t.Errorf("withoutOtherNames = %q", got)
	}
}

// TestSurnameWithoutParticle: a character known by a surname with its
// particle ("van Ruijven") may be typed without it; a kin particle's name
// is another person's.
func TestSurnameWithoutParticle(t *testing.T) {
	if got := termAliases("van Ruijven", "character"); !slices.Contains(got, "Ruijven") {
		t.Errorf("termAliases(van Ruijven) = %v; want Ruijven", got)
	}
	if got := termAliases("bin Laden", "person"); slices.Contains(got, "Laden") {
		t.Errorf("termAliases(bin Laden) = %v; want no Laden", got)
	}
}

// TestNobleGivenName: a character titled before a given name is called
// by title and given name, or the given name alone ("Duke Leto").
func TestNobleGivenName(t *testing.T) {
	got := termAliases("Duke Leto Atreides", "character")
	for _, want := range []string{"Duke Leto", "Leto", "Leto Atreides"} {
		if !slices.Contains(got, want) {
			t.Errorf("termAliases(Duke Leto Atreides) = %v; want %q among them", got, want)
		}
	}
	if got := termAliases("Dr John Watson", "character"); slices.Contains(got, "John") {
		t.Errorf("termAliases(Dr John Watson) = %v; a doctor is not called by his given name", got)
	}
}

// TestWorkedStepIsNoTerm: "Velocity: v₁ = q / y₁ = 20 m/s" is a step of a
// worked example, not what velocity is; a meaning with its formula, and a
// law written as one, stay.
func TestWorkedStepIsNoTerm(t *testing.T) {
	for _, line := range []string{"Velocity: v₁ = q / y₁ = 15 / 0.75 = 20 m/s.", "Downstream velocity: v₂ = 15 / 7.45 ≈ 2.0 m/s, giving Fr₂ ≈ 0.24 (subcritical, as expected)."} {
		if e, ok := parseEntry(line); ok {
			t.Errorf("%q read as the term %q", line, e.Term)
		}
	}
	for _, line := range []string{"Speed: the distance an object travels in each unit of time (v = d / t).",
		"Power: the rate of transferring energy, measured in watts (W), where 1 W = 1 J/s.",
		"Product law: log_a(mn) = log_a m + log_a n."} {
		if _, ok := parseEntry(line); !ok {
			t.Errorf("%q refused", line)
		}
	}
}

// TestGivenNameWithoutMiddle: "Nina Zarechnaya" in the prose is Nina
// Mikhailovna Zarechnaya without her patronymic, not another Nina, so
// "Nina" stays an answer for her.
func TestGivenNameWithoutMiddle(t *testing.T) {
	a := &article{Paras: []para{{Text: "Nina Zarechnaya dreams of the stage."}}}
	if a.otherBearer("Nina", "Nina Mikhailovna Zarechnaya") {
		t.Error("otherBearer(Nina) true for Nina Zarechnaya herself")
	}
	b := &article{Paras: []para{{Text: "Nina Petrovna visits the estate."}}}
	if !b.otherBearer("Nina", "Nina Mikhailovna Zarechnaya") {
		t.Error("otherBearer(Nina) false beside Nina Petrovna")
	}
	c := &article{Paras: []para{{Text: "His father, Marc Isambard Brunel, was an engineer."}}}
	if !c.otherBearer("Isambard", "Isambard Kingdom Brunel") {
		t.Error("otherBearer(Isambard) false beside his father Marc Isambard Brunel")
	}
}

// TestGenusShort: a species' name set in italics is also typed with its
// genus shortened ("B. cereus"), as biology writes it; a term not so set
// gets no such form, nor one set in bold.
func TestGenusShort(t *testing.T) {
	withoutWording(t)
	notes := "# Food safety\n\n## Key terms\n\n" +
		"- *Bacillus cereus*: a bacterium found in rice whose spores survive cooking.\n" +
		"- *Staphylococcus aureus*: a bacterium carried on skin and passed to food by unwashed hands.\n" +
		"- **Danger zone**: the range of temperatures, 8 to 63 °C, in which bacteria multiply fastest.\n" +
		"- Binary fission: the way a bacterium splits in two to multiply.\n" +
		"- *Artesian water*: groundwater under pressure that rises without pumping.\n\n" +
		"Wash hands in warm water for twenty seconds. Cooked rice kept warm grows B. cereus. Water from an artesian well is safe.\n"
	typed := typedQuestions(t, notes)
	q, ok := typed["Bacillus cereus"]
	if !ok {
		t.Fatalf("Bacillus cereus not asked; asked %d", len(typed))
	}
	for _, s := range []string{"B. cereus", "B cereus"} {
		if !quiz.CheckTyped(&q, s) {
			t.Errorf("%q refused for Bacillus cereus (aliases %q)", s, q.Aliases)
		}
	}
	if quiz.CheckTyped(&q, "S. cereus") {
		t.Error(`"S. cereus" accepted for Bacillus cereus`)
	}
	d, ok := typed["Danger zone"]
	if !ok {
		t.Fatal("Danger zone not asked")
	}
	if quiz.CheckTyped(&d, "D. zone") {
		t.Errorf("a term in plain type shortened like a species: %q", d.Aliases)
	}
	w, ok := typed["Artesian water"]
	if !ok {
		t.Fatal("Artesian water not asked")
	}
	for _, s := range []string{"A. water", "water"} {
		if quiz.CheckTyped(&w, s) {
			t.Errorf("%q accepted for Artesian water, a term in italics whose second word the notes use alone (aliases %q)", s, w.Aliases)
		}
	}
}

// TestLabelNames: a lesson that defines "Theatre in the round" and then
// teaches it under "**In the round.**" takes that name for it; a label
// that only shares a describing word is no name.
func TestLabelNames(t *testing.T) {
	byAnswer := map[string][]string{}
	for _, q := range devQuestions(t, "lesson_types-of-stage.md") {
		byAnswer[q.Answer] = q.Aliases
	}
	aliases, ok := byAnswer["Theatre in the round"]
	if !ok {
		t.Fatal("Theatre in the round was not asked")
	}
	if !slices.Contains(aliases, "In the round") {
		t.Errorf("Theatre in the round: aliases %q; want the label \"In the round\"", aliases)
	}
	a := &article{Raw: "- **Second reading**: the main debate.\n\n2. **Second.** The bill is debated.\n\n3. **Open stage.** Any stage.\n\n4. **Ripening** – the cheese is stored.",
		Lists: []glossary{{Entries: []entry{{Term: "Ripening the milk"}, {Term: "Ripening"}}}}}
	for _, term := range []string{"Second reading", "Ripening the milk"} {
		if got := a.labelNames(term); len(got) != 0 {
			t.Errorf("labelNames(%s) = %q; want none", term, got)
		}
	}
	if got := a.labelNames("Open stage design"); !slices.Equal(got, []string{"Open stage"}) {
		t.Errorf("labelNames(Open stage design) = %q; want [Open stage]", got)
	}
}

// TestSpelledAlso: a term whose line gives another spelling ("Lead (also
// spelled lede)") accepts it, though cleaning drops the bracket as a gloss.
func TestSpelledAlso(t *testing.T) {
	notes := "# Writing a news story\n\nYear 9 English, 60 minutes.\n\n## Key terms\n\n" +
		"- **Hard news**: reporting of recent, significant events such as accidents, elections or court cases.\n" +
		"- **Lead (also spelled lede)**: the opening sentence or paragraph of a news story, which gives the core of the news.\n" +
		"- **Headline**: the short title above a story, written to summarise it and catch attention.\n" +
		"- **Byline**: the line that names the writer of the story.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range qs {
		if q.Answer == "Lead" && q.Kind != quiz.MultipleChoice {
			found = true
			if !quiz.CheckTyped(&q, "lede") || quiz.CheckTyped(&q, "led") {
				t.Errorf("Lead asked as %q with aliases %q: want \"lede\" right and \"led\" wrong", q.Stem, q.Aliases)
			}
		}
	}
	if !found {
		t.Fatalf("Lead not asked as a typed term; questions: %d", len(qs))
	}
}

// TestGivenNameBesideTitle: a book named with the hero's given name and a
// common word ("Stephen Hero", where the text also writes "the hero") is
// no other Stephen; "Stephen Daly" is.
func TestGivenNameBesideTitle(t *testing.T) {
	const text = "Joyce reworked the abandoned Stephen Hero into the novel. The hero's surname points to the myth."
	a := &article{Raw: text, Paras: []para{{Text: text}}}
	if a.otherBearer("Stephen", "Stephen Dedalus") {
		t.Error("otherBearer(Stephen) true beside the book Stephen Hero")
	}
	b := &article{Raw: text + " Stephen Daly is his uncle.", Paras: []para{{Text: text + " Stephen Daly is his uncle."}}}
	if !b.otherBearer("Stephen", "Stephen Dedalus") {
		t.Error("otherBearer(Stephen) false beside Stephen Daly")
	}
}

// TestAliasNotAnotherEntry: a term's alias that is another entry of the
// same notes is dropped: "Keep" is no answer for "Shell keep" where the
// lesson's key terms define the keep on a line of its own, bold or not.
func TestAliasNotAnotherEntry(t *testing.T) {
	withoutWording(t)
	asked := typedFor(devQuestions(t, "lesson_motte-and-bailey-castles.md"), "Shell keep")
	for _, q := range asked {
		if quiz.CheckTyped(&q, "keep") {
			t.Errorf("%q takes %q, another term of the notes (aliases %q)", q.Stem, "keep", q.Aliases)
		}
		if !quiz.CheckTyped(&q, "shell keep") {
			t.Errorf("%q refuses its own answer", q.Stem)
		}
	}
	if len(asked) == 0 {
		t.Fatal("no typed question on the shell keep")
	}
}

// typedFor returns the short-answer questions among qs whose key is answer.
func typedFor(qs []quiz.Question, answer string) []quiz.Question {
	var typed []quiz.Question
	for _, q := range qs {
		if q.Answer == answer && q.Kind == quiz.ShortAnswer {
			typed = append(typed, q)
		}
	}
	return typed
}

// TestNumberedStagesNotAskedAsTerms: a numbered list under a heading
// that is not a glossary's walks through stages, and a stage's line ("rains
// stop and the grass begins to cure") fits more than its label; the same
// labels numbered under "Key terms" are terms and are asked.
func TestNumberedStagesNotAskedAsTerms(t *testing.T) {
	stages := "1. Wet season: heavy rains arrive and the grasses grow quickly, often reaching two metres.\n" +
		"2. Early dry season: the rains stop and the grass begins to cure, but it still holds some moisture.\n" +
		"3. Ignition: a lightning strike or a human-lit fire sets the dry grass alight across the plain.\n" +
		"4. Regrowth: grasses resprout from their bases, producing a green flush that draws in grazing animals.\n"
	asked := func(heading string) []string {
		notes := "# Savanna fire\n\nSavannas are grasslands with scattered trees. Fire shapes them every year.\n\n## " + heading + "\n\n" + stages
		qs, _ := Generate([]Source{{Name: "notes.md", Text: notes}}) // no question at all is no term asked
		var labels []string
		for _, q := range qs {
			if strings.HasSuffix(q.Stem, "is this?") {
				labels = append(labels, q.Answer)
			}
		}
		return labels
	}
	if got := asked("The savanna fire cycle"); len(got) > 0 {
		t.Errorf("stages asked as terms: %q", got)
	}
	if got := asked("Key terms (10 minutes)"); len(got) == 0 {
		t.Errorf("a numbered glossary's terms were not asked")
	}
	for h, want := range map[string]bool{"Key terms": true, "3. Vocabulary (10 minutes)": true, "Glossary:": true,
		"The savanna fire cycle": false, "Stages": false, "How terms are made": false} {
		if termsHeading(h) != want {
			t.Errorf("termsHeading(%q) = %v; want %v", h, !want, want)
		}
	}
}

// TestLatinPlurals: "indices" is one "index", where "prices" is "price".
func TestLatinPlurals(t *testing.T) {
	for in, want := range map[string]string{"indices": "index", "matrices": "matrix", "prices": "price", "devices": "device", "Indices": "Index"} {
		if got := singular(in); got != want {
			t.Errorf("singular(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestComparisonRowsNotTerms: the rows of a comparison name what is
// compared; the two halves of each line are two answers, not a meaning.
func TestComparisonRowsNotTerms(t *testing.T) {
	notes := "# Island arcs\n\n## Key terms\n\n- Subduction: the sinking of one tectonic plate beneath another into the mantle.\n" +
		"- Andesite: a grey volcanic rock with a medium silica content, typical of arc volcanoes.\n" +
		"- Stratovolcano: a steep, cone-shaped volcano built of alternating layers of lava and ash.\n\n" +
		"## Comparing arc volcanoes and hotspot volcanoes\n\n" +
		"- Setting: arcs lie at plate boundaries; hotspot chains such as Hawaii lie in the middle of plates.\n" +
		"- Cause of melting: water added to the mantle at arcs; hot rising mantle at hotspots.\n" +
		"- Magma: often andesitic and gas-rich at arcs; runny basalt at hotspots.\n" +
		"- Volcano shape: steep stratovolcanoes at arcs; broad, gently sloping shield volcanoes at hotspots.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	terms := 0
	for _, q := range qs {
		switch q.Answer {
		case "Setting", "Cause of melting", "Magma", "Volcano shape":
			t.Errorf("a comparison's row asked as a term: %q", q.Stem)
		case "Subduction", "Andesite", "Stratovolcano":
			terms++
		}
	}
	if terms == 0 {
		t.Error("the key terms were not asked")
	}
	if !comparisonRow("Arcs vs hotspots", "a; b") || comparisonRow("Comparing arcs and hotspots", "one line") || comparisonRow("Magma types", "a; b") {
		t.Error("comparisonRow: wrong reading")
	}
}

// TestMeaningWithoutItsExample: "with features such as ..." goes whole:
// "with features" alone says nothing; kept short, the example stays.
func TestMeaningWithoutItsExample(t *testing.T) {
	for line, want := range map[string]string{
		"Karst: a landscape shaped by the dissolving of soluble rock, with features such as caves, sinkholes and dry valleys.": "a landscape shaped by the dissolving of soluble rock",
		"Habitat: the place where an animal lives, with features such as water and shelter.":                                   "the place where an animal lives, with features such as water and shelter",
		"Herbivore: an animal that eats only plants and never meat, such as a rabbit or a deer.":                               "an animal that eats only plants and never meat",
	} {
		e, ok := parseEntry(line)
		if !ok || e.Def != want {
			t.Errorf("parseEntry(%q) = %q, %v; want %q", line, e.Def, ok, want)
		}
	}
}

// TestEvidenceLabelsAndListedWords: the labels of a lesson's evidence are
// no terms ("Pottery: pieces of porcelain found at Kilwa show how far its
// trade reached"), and a meaning that opens with the first of several
// describing words ("the Muslim, trading, city-dwelling culture") keeps
// it: it is no other name of the term, and no right answer.
func TestEvidenceLabelsAndListedWords(t *testing.T) {
	withoutWording(t)
	text := "# Kilwa and the gold trade\n\n## Key terms\n\n" +
		"- Swahili: the Muslim, trading, city-dwelling culture of the East African coast, and the Bantu language its people spoke.\n" +
		"- Monsoon: a seasonal wind that reverses direction during the year and carries ships across the ocean.\n" +
		"- Sultan: the Muslim ruler of a state such as Kilwa, who collected duties on the gold that passed through it.\n\n" +
		"## The evidence\n\n" +
		"- Ruins: the Great Mosque, with its domed extension, and the palace of Husuni Kubwa show how much wealth the rulers could spend.\n" +
		"- Pottery: pieces of Chinese porcelain and Islamic glazed wares found at Kilwa show how far its trade reached.\n" +
		"- Coins: Kilwa minted its own copper coins, something very few African states of the time did.\n"
	qs, err := Generate([]Source{{Name: "kilwa.md", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	swahili := false
	for i := range qs {
		q := &qs[i]
		switch q.Answer {
		case "Ruins", "Pottery", "Coins":
			t.Errorf("%q => %q: an evidence label asked as a term", q.Stem, q.Answer)
		case "Swahili":
			swahili = true
			if !strings.Contains(q.Stem, "Muslim, trading") || quiz.CheckTyped(q, "Muslim") {
				t.Errorf("%q => %q %q: want the meaning whole and \"Muslim\" refused", q.Stem, q.Answer, q.Aliases)
			}
		}
	}
	if !swahili {
		t.Error("Swahili not asked")
	}
}

// TestFormulaMeaningNotAsked: a meaning that writes its compound's formula
// ("the compound CaCO₃") names the answer; it is not asked for its term.
func TestFormulaMeaningNotAsked(t *testing.T) {
	text := "# Tufa towers\n\n## Key terms\n\n" +
		"- Calcium carbonate: the compound CaCO₃, the main mineral in limestone, chalk, seashells and tufa.\n" +
		"- Tufa: a porous rock of calcium carbonate that forms where spring water meets lake water.\n" +
		"- Spring: a place where groundwater flows out of the ground onto the surface or a lake bed.\n" +
		"- Alkaline: having a pH above 7, as the water of a lake with much dissolved carbonate is.\n"
	qs, err := Generate([]Source{{Name: "tufa.md", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	for _, q := range qs {
		if strings.Contains(q.Stem, "CaCO₃") && q.Answer == "Calcium carbonate" {
			t.Errorf("%q => %q: the formula names the answer", q.Stem, q.Answer)
		}
		if strings.Contains(q.Stem, "Which term") {
			asked++
		}
	}
	if asked == 0 {
		t.Error("no term asked at all")
	}
}

// TestAttributeAndPlaceLabelsNotTerms: a list that describes the subject
// by its properties ("Shape: a sinuous ridge") or tells where to find it
// ("Ireland: …") gives no term; a list of key terms with such a word
// ("Weight: the force of gravity on an object") still does.
func TestAttributeAndPlaceLabelsNotTerms(t *testing.T) {
	text := "# Kames\n\n## What a kame looks like\n\n" +
		"- Shape: an irregular hummock, like a heap of sand tipped from a lorry.\n" +
		"- Size: commonly 5 to 30 metres high and up to a few hundred metres across.\n" +
		"- Material: layers of sand and gravel sorted by running water.\n\n" +
		"## Where to find kames\n\n" +
		"- Scotland: kames are common in the valleys of the Southern Uplands below the old ice margins.\n" +
		"- Finland: many kames stand beside the great end moraines left by the retreating ice sheet.\n\n" +
		"## Where are they found?\n\n" +
		"- Active kames: areas near the margins of today's ice sheets, such as Greenland and Svalbard.\n" +
		"- Relict kames: areas that were covered by ice during the last glacial period, including much of Scotland.\n\n" +
		"## Key terms\n\n" +
		"- Weight: the force of gravity on an object, measured in newtons.\n" +
		"- Meltwater: water released by the melting of a glacier or an ice sheet.\n" +
		"- Moraine: a ridge of unsorted debris left at the edge of a glacier.\n"
	qs, err := Generate([]Source{{Name: "kames.md", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	terms := map[string]bool{}
	for _, q := range qs {
		if strings.Contains(q.Stem, "Which term") {
			terms[q.Answer] = true
		}
	}
	for _, bad := range []string{"Shape", "Size", "Material", "Scotland", "Finland", "Active kames", "Relict kames"} {
		if terms[bad] {
			t.Errorf("%q asked as a term: %v", bad, terms)
		}
	}
	if !terms["Weight"] && !terms["Meltwater"] && !terms["Moraine"] {
		t.Errorf("no key term asked: %v", terms)
	}
}

// TestTermTheTitleHolds: "Sultan" in a lesson on the Zafari Sultanate is
// given away by the quiz's own title; its other terms are asked.
func TestTermTheTitleHolds(t *testing.T) {
	text := "# The Zafari Sultanate (1504–1821)\n\n## Key terms\n\n" +
		"- Sultan: the title of the Zafari monarch, who claimed authority over many lesser kings.\n" +
		"- Gezira: the fertile clay plain between the Blue Nile and the White Nile.\n" +
		"- Vassal: a ruler who keeps his lands in return for loyalty and tribute to a stronger one.\n" +
		"- Caravan: a group of merchants travelling together with camels across the desert.\n"
	qs, err := Generate([]Source{{Name: "zafari.md", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	for _, q := range qs {
		if strings.Contains(q.Stem, "Which term") {
			asked++
			if q.Answer == "Sultan" {
				t.Errorf("%q => %q: the title gives it away", q.Stem, q.Answer)
			}
		}
	}
	if asked == 0 {
		t.Error("no term asked at all")
	}
}

// TestViewLabelsNotTerms: the views a lesson draws a ria in ("Plan view",
// "Cross-section", "Long profile") and the parts of a kame terrace it
// describes ("Shape", "Sediment", "Internal structure") are no terms: read
// blind, each such question was refused the ria or the kame terrace.
func TestViewLabelsNotTerms(t *testing.T) {
	for _, c := range []struct {
		file   string
		labels []string
	}{
		{"lesson_ria-coastlines.md", []string{"Plan view", "Cross-section", "Long profile"}},
		{"lesson_kame-terraces.md", []string{"Shape", "Sediment", "Internal structure"}},
	} {
		b, err := os.ReadFile(filepath.Join("testdata", "dev", c.file))
		if err != nil {
			t.Fatal(err)
		}
		qs, err := Generate([]Source{{Name: c.file, Text: string(b)}})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			if slices.Contains(c.labels, q.Answer) {
				t.Errorf("%s: %q asked as a term", c.file, q.Answer)
			}
		}
	}
}

// TestTitlePluralGivesAway: a lesson titled with its term's plural
// ("Roches Moutonnées") does not ask for the term ("Roche moutonnée"): the
// title answers it. "roches" is the plural of "roche", not of "roch".
func TestTitlePluralGivesAway(t *testing.T) {
	notes := "# Roches Moutonnées: Reading the Direction of Ancient Ice\n\n## Key terms\n\n" +
		"- Roche moutonnée: an asymmetrical mound of bare bedrock shaped by a glacier, with a gentle slope up-valley.\n" +
		"- Plucking: erosion in which meltwater freezes onto the bedrock and the moving glacier pulls blocks away.\n" +
		"- Regelation: the refreezing of meltwater when the pressure on the ice is reduced.\n" +
		"- Striations: parallel scratches on rock made by debris dragged along by the ice.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	asked := map[string]bool{}
	for _, q := range qs {
		asked[q.Answer] = true
	}
	if !asked["Plucking"] {
		t.Errorf("no question asks for Plucking; got %v", asked)
	}
	if asked["Roche moutonnée"] {
		t.Errorf("a question asks for Roche moutonnée, which the title names")
	}
}

// TestOrOtherName: a meaning that gives the term's other name between
// commas ("The front end, or terminus, of a glacier") lets a student type
// that name.
func TestOrOtherName(t *testing.T) {
	notes := "# Sandurs\n\n## Key terms\n\n" +
		"- Snout: the front end, or terminus, of a glacier.\n" +
		"- Jökulhlaup: a sudden flood released when meltwater dammed by ice breaks out.\n" +
		"- Kettle hole: a hollow left when a block of buried ice melts.\n" +
		"- Braided river: a river split into many channels around bars of gravel.\n"
	qs, err := Generate([]Source{{Name: "notes.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Answer == "Snout" && q.Kind == quiz.ShortAnswer {
			if !quiz.CheckTyped(&q, "terminus") {
				t.Errorf("\"terminus\" refused for Snout; aliases %q", q.Aliases)
			}
			if strings.Contains(q.Stem, "terminus") {
				t.Errorf("stem %q gives the other name away", q.Stem)
			}
			return
		}
	}
	t.Skip("no short-answer question asks for Snout")
}
