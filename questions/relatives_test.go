package questions

import "testing"

// TestRelativeByName: a relative the text brought in by the relation is not
// asked about by a bare given name; with the relation, or when the text
// keeps using the name, it is.
func TestRelativeByName(t *testing.T) {
	text := "Leoš Janáček\n\nLeoš Janáček was a Czech composer born in 1854. In 1881 Janáček married Zdenka Schulzová. " +
		"Their daughter Olga was born in 1882. Olga died of typhoid fever in February 1903. " +
		"The composer Antonín Dvořák praised Janáček's early choral works in 1877."
	want := map[string]bool{
		"Olga died of typhoid fever in February 1903.":                              true,
		"Their daughter Olga was born in 1882.":                                     false,
		"The composer Antonín Dvořák praised Janáček's early choral works in 1877.": false,
	}
	for _, s := range analyseText(t, text) {
		if w, ok := want[s.Text]; ok {
			if got := relativeByName(&s); got != w {
				t.Errorf("relativeByName(%q) = %v; want %v", s.Text, got, w)
			}
			delete(want, s.Text)
		}
	}
	for s := range want {
		t.Errorf("no sentence %q", s)
	}
	story := "Wuthering Heights\n\nHeathcliff loves Catherine, the daughter of Mr Earnshaw. Catherine marries Edgar. " +
		"Catherine dies in childbirth. Heathcliff mourns Catherine for years. Catherine haunts the moors."
	for _, s := range analyseText(t, story) {
		if s.Text == "Catherine dies in childbirth." && relativeByName(&s) {
			t.Errorf("%q: a name the story keeps using is known by it", s.Text)
		}
	}
}

// TestKinGivesAway: "Margaret's father" is Mr Hale where the text names
// Margaret Hale; Sir Walter Elliot, "Anne's father", has a name to know.
func TestKinGivesAway(t *testing.T) {
	sents := analyseText(t, "North and South\n\nMargaret Hale moves north with her father. Mr Hale teaches John Thornton. Anne Elliot is another heroine.")
	a := sents[0].Art
	for _, c := range []struct {
		e    entry
		want bool
	}{
		{entry{Term: "Mr Hale", Def: "Margaret's gentle, indecisive father, whose crisis of conscience sets the story in motion"}, true},
		{entry{Term: "Mrs Thornton", Def: "John's proud, stern and devoted mother, who distrusts Margaret"}, true},
		{entry{Term: "Sir Walter Elliot", Def: "Anne's father, obsessed with rank and appearance"}, false},
		{entry{Term: "Mr Bell", Def: "Margaret's godfather, an Oxford fellow"}, false},
	} {
		if got := a.kinGivesAway(c.e); got != c.want {
			t.Errorf("kinGivesAway(%q: %q) = %v; want %v", c.e.Term, c.e.Def, got, c.want)
		}
	}
}

// TestTitleCharacter: the character a work's title names is no question
// ("The protagonist, a determined scientist" in a guide to Anil's Ghost).
func TestTitleCharacter(t *testing.T) {
	for _, c := range []struct {
		title, name string
		want        bool
	}{
		{"Anil's Ghost: a study guide", "Anil Tissera", true},
		{"Ethan Frome by Edith Wharton", "Zenobia Frome", true},
		{"Anil's Ghost: a study guide", "Sarath Diyasena", false},
	} {
		a := &article{Title: c.title}
		if got := a.namesTitle(c.name); got != c.want {
			t.Errorf("%q namesTitle(%q) = %v; want %v", c.title, c.name, got, c.want)
		}
	}
}

// TestCountedElsewhere: "one of the twelve" counts a group the meaning
// never names, unless the title does ("the oldest of the three" in The
// Three Musketeers).
func TestCountedElsewhere(t *testing.T) {
	for _, c := range []struct {
		title, def string
		want       bool
	}{
		{"The Luminaries: a study guide", "A Maori greenstone hunter and friend of Crosbie Wells, one of the twelve.", true},
		{"The Three Musketeers", "The oldest of the three, a nobleman hiding his real name.", false},
		{"The Luminaries: a study guide", "A shipping agent with two ships.", false},
	} {
		a := &article{Title: c.title}
		if got := a.countedElsewhere(c.def); got != c.want {
			t.Errorf("%q countedElsewhere(%q) = %v; want %v", c.title, c.def, got, c.want)
		}
	}
}
