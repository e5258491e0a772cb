package questions

import (
	"strings"
	"testing"
)

// TestMentionsTopic: the words that say what a question is about.
func TestMentionsTopic(t *testing.T) {
	a := &article{Title: "Network effects", Kind: "effect"}
	for _, c := range []struct {
		text, section string
		want          bool
	}{
		{"Markets with strong network effects tend to tip.", "", true},
		{"Each new subscriber makes every existing line a little more worthwhile.", "", false},
		{"A games console with many owners draws more game developers.", "", false},
		{"A games console with many owners draws more game developers.", "Consoles and games", true},
		{"A fall in the general price level is called deflation.", "", true},
		{"Lock-in happens when leaving costs more than staying.", "", true},
		{"Several social networks lost their users within a few years.", "", true}, // "networks"
	} {
		if got := a.mentionsTopic(c.text, c.section); got != c.want {
			t.Errorf("mentionsTopic(%q, %q) = %v, want %v", c.text, c.section, got, c.want)
		}
	}
	for title, text := range map[string]string{"Sorting": "Bubble sort is slow.", "Honeybees": "Worker bees are all female.", "Our Star, the Sun": "Sunlight takes 8 minutes.", "How Egyptian Mummies Were Made": "Making a mummy took about 70 days.", "Ponies": "A pony is small."} {
		if !(&article{Title: title}).mentionsTopic(text, "") {
			t.Errorf("%q should name a text called %q", text, title)
		}
	}
}

// TestOffTopicNotAsked: a concept text's examples that do not name the
// concept are not asked; its statements of the concept are.
func TestOffTopicNotAsked(t *testing.T) {
	qs := devQuestions(t, "concept_network-effects.txt")
	named := 0
	for _, q := range qs {
		if strings.Contains(q.Stem, "subscriber") || strings.Contains(q.Stem, "games console") {
			t.Errorf("asked an example that does not name the topic: %s", q.Stem)
		}
		if strings.Contains(strings.ToLower(q.Stem), "network") {
			named++
		}
	}
	if named < 2 { // "For governments, network effects raise questions about competition", read blind as unusable, is too short to ask
		t.Errorf("%d questions name network effects, want at least 2", named)
	}
}

// TestPointerWordsDefineNothing: "That means they are females!" makes no
// term of "that", so "On top are long hairs ..." does not name the topic
// through it; "Calves are born in spring" still makes "calves" a word the
// text defines.
func TestPointerWordsDefineNothing(t *testing.T) {
	text := "Reindeer\n\nReindeer are deer of the far north. Babies are called calves. The reindeer in pictures have antlers in December. " +
		"That means they are probably females! Their fur has two layers. On top are long hairs that are hollow. " +
		"Calves are born in spring."
	a := analyseText(t, text)[0].Art
	if a.mentionsTopic("On top are long hairs that are hollow, like tiny straws.", "Built for the cold") {
		t.Error(`"On top are long hairs that are hollow" names the topic; want not (through "that")`)
	}
	if !a.mentionsTopic("Calves drink their mother's milk.", "") {
		t.Error(`"Calves drink their mother's milk" should name a word the text defines`)
	}
}

// TestDefinitionOnTopic: a sentence that says what a term is belongs to
// the text's topic whatever the title's words; a comparison is no term.
func TestDefinitionOnTopic(t *testing.T) {
	for text, want := range map[string]bool{
		"True or false: A magma is a body of molten rock.":           true,
		"A _____ is a body of molten rock. magma":                    true,
		"True or false: A useful comparison is an iceberg in water.": false,
		"True or false: Magma rises through cracks.":                 false,
	} {
		if got := definition(text); got != want {
			t.Errorf("definition(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestTopicSymbol: the short name a text gives its subject ("usually
// written G", "(LTP)") names it, also with the change in it ("ΔG"); a
// longer word that holds the letters does not.
func TestTopicSymbol(t *testing.T) {
	text := "Gibbs Free Energy\n\nGibbs free energy, usually written G, is a thermodynamic quantity that tells whether a process can happen on its own. Heat flows from hot bodies to cold ones.\n"
	a := analyseText(t, text)[0].Art
	for s, want := range map[string]bool{
		"If ΔH is positive and ΔS is negative, ΔG is always positive.": true,
		"G falls as the reaction goes on.":                             true,
		"Gases expand when heated.":                                    false,
		"A negative ΔH shows heat leaving the system.":                 false,
	} {
		if got := a.mentionsTopic(s, ""); got != want {
			t.Errorf("mentionsTopic(%q) = %v; want %v", s, got, want)
		}
	}
	b := analyseText(t, "Long-Term Potentiation\n\nLong-term potentiation (LTP) is a lasting strengthening of synapses. The best studied form of LTP occurs in the hippocampus.\n")[0].Art
	if !b.mentionsTopic("Most forms of LTP need calcium.", "") {
		t.Error("\"LTP\" not taken for long-term potentiation")
	}
	// The text opens on something else, so the title names the subject;
	// a sentence opening with its symbol names it, and points back to
	// no other formula.
	kText := "The Equilibrium Constant\n\nMany reactions do not run until the reactants are used up. " +
		"The equilibrium constant, K, is a number that describes the composition of a mixture at equilibrium. " +
		"K depends on temperature and on nothing else.\n"
	k := analyseText(t, kText)[0].Art
	if !k.mentionsTopic("K changes only with temperature.", "") {
		t.Error("\"K\" set off by commas not taken for the equilibrium constant")
	}
	usableAsWritten(t, kText, map[string]bool{"K depends on temperature and on nothing else.": true})
	c := analyseText(t, "Photosynthesis\n\nPhotosynthesis (Greek: light and putting together) is the process by which plants make sugar. Greek writers knew nothing of it.\n")[0].Art
	if c.mentionsTopic("Greek writers described the olive.", "") {
		t.Error("\"(Greek: ...)\" taken for a symbol of photosynthesis")
	}
}
