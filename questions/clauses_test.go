package questions

import (
	"strings"
	"testing"
)

// TestClauses: independent clauses are asked one by one; the halves of an
// opening condition are not clauses of their own.
func TestClauses(t *testing.T) {
	for _, c := range []struct {
		s     string
		parts int
	}{
		{"The heart has four chambers, and each chamber has a valve.", 2},
		{"They are leftovers from the time when the Sun and the planets were forming.", 1},
		{"Kilwa sat at about the southern limit that vessels from Arabia and the Persian Gulf could reach in a single season.", 1},
		{"The harbour has a reef that shelters it and the town has a market.", 2},
		{"Much of the novel's power comes from the contrast between peaceful country life and the crimes hidden beneath it.", 1},
		{"Westinghouse licensed the patents that same year, and Tesla spent a period as a consultant.", 2},
		{"In 1953 carvings of Bronze Age axe heads and a dagger were identified on some of the sarsens.", 1},
		{"If the table has 100 slots and a name hashes to 8,361, the entry goes in slot 61.", 1},
		{"The greater flamingo can stand about one and a half metres high, which is as tall as many grown-ups.", 1},
		{"The tunnel took 2 and a half years to dig, which was less than planned.", 1},
		{"It carried gold during the Gold Rush, later served the canal projects, and today operates as the Panama Canal Railway.", 1},
		{"The mill closed in 1950, and today's visitors see only its walls.", 2},
	} {
		sents := analyseText(t, "Example\n\n"+c.s)
		if got := len(clauses(sents[0].Toks)); got != c.parts {
			t.Errorf("clauses(%q) = %d parts; want %d", c.s, got, c.parts)
		}
	}
}

// TestDatedLabelKeepsClauses: a timeline line's date dates every clause of
// the line, so no clause after the first is asked without it.
func TestDatedLabelKeepsClauses(t *testing.T) {
	text := "# Notes\n\n## Key dates\n\n- July 1947: the foreign minister Molotov walks out of talks in Paris; sixteen western European states meet to draw up a joint plan.\n"
	for _, s := range analyseText(t, text) {
		if s.Usable && strings.HasPrefix(strings.ToLower(join(s.Q)), "sixteen") {
			t.Errorf("%q usable without its date", join(s.Q))
		}
	}
	label := []tok{{Text: "1947", Tag: "CD"}, {Text: ":", Tag: ":"}, {Text: "the", Tag: "DT"}, {Text: "plan", Tag: "NN"}, {Text: "ends", Tag: "VBZ"}, {Text: ".", Tag: "."}}
	if !datedLabel(label) {
		t.Errorf("datedLabel(1947: ...) = false")
	}
	if datedLabel(analyseText(t, "Example\n\nIn 1947 he wrote: the plan ends.")[0].Q) {
		t.Errorf("datedLabel(In 1947 he wrote: ...) = true")
	}
}

// TestCommaSplice: a clause cut from a list of clauses that still holds two
// joined by a bare comma is broken English; an opening "When" clause, a
// relative clause and a list of quoted sayings are not splices.
func TestCommaSplice(t *testing.T) {
	for s, want := range map[string]bool{
		"Males are called bulls, females are called cows.":                                                                          true,
		"When the French Revolution broke out in 1789, Sophie was thirteen.":                                                        false,
		"In the Gregorian calendar, which is used in most of the world, a year has 365 days.":                                       false,
		"The Prelude compares Dorothea to Saint Teresa, a woman whose passion found an outlet.":                                     false,
		`Children hear slogans, a method called hypnopaedia: "Everyone belongs to everyone else", "Ending is better than mending".`: false,
	} {
		sents := analyseText(t, "Example\n\n"+s)
		if got := commaSplice(sents[0].Toks); got != want {
			t.Errorf("commaSplice(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestSetupClauseNotAsked: the first clause of "X, and Y" is the setup of
// what the second says and is not asked as a true statement on its own
// ("By the early 1900s Petipa was in his eighties, and his style seemed
// old-fashioned to a new generation").
func TestSetupClauseNotAsked(t *testing.T) {
	for _, q := range devQuestions(t, "biography_marius-petipa.txt") {
		if strings.Contains(q.Stem, "Petipa was in his eighties") {
			t.Errorf("asked the setup clause: %s", q.Stem)
		}
	}
	sents := analyseText(t, "Petipa\n\nMarius Petipa was a French ballet master. By the early 1900s Petipa was in his eighties, and his style seemed old-fashioned to a new generation.")
	if n := len(sents); n != 3 || !sents[1].Setup || sents[2].Setup {
		t.Errorf("%d sentences, setup %v; want the clause before \", and\" marked as a setup", n, sents[1].Setup)
	}
}

// TestClauseOwnerNamed: cut from "Hekla is a stratovolcano, but its lava is
// mainly andesite", the second clause is asked as "Hekla's lava is mainly
// andesite", not with an "its" that leans on the clause it was cut from; a
// person's "his" is left as it is, since the clause cannot say whose.
func TestClauseOwnerNamed(t *testing.T) {
	text := "Mount Hekla\n\nMount Hekla is a volcano in the south of Iceland. " +
		"Hekla is a stratovolcano, but its lava is mostly andesite and flows slowly down the valleys.\n"
	found := false
	for _, s := range analyseText(t, text) {
		if join(s.Q) == "Hekla's lava is mostly andesite and flows slowly down the valleys." {
			found = found || s.Usable
		}
		if strings.HasPrefix(join(s.Q), "Its lava") && s.Usable {
			t.Errorf("asked with its \"its\": %q", join(s.Q))
		}
	}
	if !found {
		t.Error("the second clause not asked as \"Hekla's lava is mostly andesite ...\"")
	}
	bio := "Arne Holm\n\nArne Holm was a Norwegian painter of the fjords. " +
		"Holm painted the coast near Bergen, but his brother Nils sold most of the pictures in Oslo.\n"
	for _, s := range analyseText(t, bio) {
		if strings.HasPrefix(join(s.Q), "Holm's brother") {
			t.Errorf("a person's \"his\" named in a cut clause: %q", join(s.Q))
		}
	}
}
