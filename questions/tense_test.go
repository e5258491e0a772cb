package questions

import (
	"strings"
	"testing"
)

// TestPastOf: a present-tense verb's past, regular and irregular, as
// British notes spell it; no past for a word it cannot be sure of.
func TestPastOf(t *testing.T) {
	for word, want := range map[string]string{
		"builds": "built", "patents": "patented", "marries": "married", "stops": "stopped", "admits": "admitted",
		"travels": "travelled", "visits": "visited", "opens": "opened", "reaches": "reached", "goes": "went",
		"is": "was", "are": "were", "has": "had", "rebuilds": "rebuilt", "Becomes": "Became", "flees": "fled",
		"sinks": "sank", "uses": "used", "signs": "signed", "withdraws": "withdrew", "relays": "relayed",
		"lies": "", "across": "", "thesis": "", "Ñames": "Ñamed", // a capital beyond ASCII stays whole
	} {
		got, ok := pastOf(word, true)
		if want == "" && ok {
			t.Errorf("pastOf(%q) = %q; want none", word, got)
		}
		if want != "" && got != want {
			t.Errorf("pastOf(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
	// A past the tagger took for a present stays as it is ("In 1972,
	// hunters shot ...", read blind as "shotted"); a past that is also a
	// verb of its own ("they found a city") is that verb.
	for word, want := range map[string]string{"shot": "shot", "built": "built", "walk": "walked", "found": "founded"} {
		if got, _ := pastOf(word, false); got != want {
			t.Errorf("pastOf(%q, false) = %q; want %q", word, got, want)
		}
	}
}

// TestTimelineLine: a timeline line whose date is followed by the event's
// own sentence ("1712 – Thomas Newcomen builds …") is asked, in the past
// and with its date, and its year can be the question; a note without a
// subject, an article or a verb, a headline's passive without its "was"
// ("Haber awarded the Nobel Prize"), a heading before a semicolon, and a line
// that repeats its date are not dated twice or turned into sentences; a
// name that opens with a common noun ("Cyclone Nargis") is a name.
func TestTimelineLine(t *testing.T) {
	text := "# Steam power\n\nSteam engines changed how goods were made and moved.\n\n## Timeline\n\n" +
		"- 1712 – Thomas Newcomen builds a steam engine to pump water out of mines.\n" +
		"- 1769: James Watt patents a separate condenser that saves fuel.\n" +
		"- **1825** – the Stockton and Darlington Railway opens to steam trains.\n" +
		"- 1297: confirmed by Edward I and entered on the statute rolls.\n" +
		"- 1839: First national petition, with almost 1.3 million signatures, presented to the House of Commons.\n" +
		"- 1952: the Defiance Campaign; volunteers deliberately break apartheid laws and thousands are arrested.\n" +
		"- 711 – In 711 Muslim forces cross the Strait of Gibraltar into Spain.\n" +
		"- September 1931: Britain leaves the gold standard.\n" +
		"- 2008: Cyclone Nargis hits Myanmar; over 130,000 people are killed.\n" +
		"- 31 October 1940: Official British end date of the battle.\n" +
		"- 1918: Fritz Haber awarded the Nobel Prize in Chemistry.\n" +
		"- 1605: Ambon captured from the Portuguese.\n" +
		"- 1919: Bauhaus founded in Weimar by Walter Gropius.\n" +
		"- 1740: Thousands of Chinese residents were massacred in Batavia.\n" +
		"- 1869: At Acosta Ñu a Paraguayan force is destroyed.\n" +
		"- 1854: The Kansas–Nebraska Act lets settlers vote on slavery.\n\n" +
		"1829: Stephenson's Rocket wins the Rainhill Trials near Liverpool.\n"
	want := map[string]bool{
		"In 1712, Thomas Newcomen built a steam engine to pump water out of mines.":  true,
		"In 1769, James Watt patented a separate condenser that saved fuel.":         true,
		"In 1825, the Stockton and Darlington Railway opened to steam trains.":       true,
		"In 1829, Stephenson's Rocket won the Rainhill Trials near Liverpool.":       true,
		"In 711 Muslim forces crossed the Strait of Gibraltar into Spain.":           true,
		"In 1854, the Kansas–Nebraska Act let settlers vote on slavery.":             true,
		"In 1740, thousands of Chinese residents were massacred in Batavia.":         true,
		"In 1869, at Acosta Ñu a Paraguayan force was destroyed.":                    true,
		"In September 1931, Britain left the gold standard.":                         true,
		"In 1297, confirmed by Edward I and entered on the statute rolls.":           false,
		"In 1839, First national petition, with almost 1.3 million signatures, pre…": false,
	}
	asked := map[string]bool{}
	nargis := false
	for _, s := range analyseText(t, text) {
		if s.Usable {
			asked[join(s.Q)] = true
		}
		nargis = nargis || strings.HasPrefix(s.Text, "In 2008, Cyclone Nargis hits Myanmar")
		if strings.HasPrefix(s.Text, "On 31 October 1940") || strings.HasPrefix(s.Text, "In 1918, Fritz Haber") || strings.HasPrefix(s.Text, "In 1605, Ambon") || strings.HasPrefix(s.Text, "In 1919, Bauhaus") {
			t.Errorf("%q: a verbless note turned into a sentence", s.Text)
		}
		if strings.HasPrefix(s.Text, "In 1839, First") || strings.HasPrefix(s.Text, "In 1297,") || strings.HasPrefix(s.Text, "In 1952, the Defiance") {
			t.Errorf("%q: a note turned into a sentence", s.Text)
		}
	}
	if !nargis {
		t.Errorf("the Nargis line not dated: its name is taken for a note's common noun")
	}
	for sent, ok := range want {
		if ok && !asked[sent] {
			t.Errorf("%q not asked; asked: %v", sent, asked)
		}
	}
	qs, err := Generate([]Source{{Name: "steam.md", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	years := 0
	for _, q := range qs {
		if q.Answer == "1712" || q.Answer == "1769" || q.Answer == "1825" || q.Answer == "1829" {
			years++
		}
		if strings.Contains(q.Stem, "In 711, in 711") || strings.Contains(q.Stem, "builds") {
			t.Errorf("%q: date twice or present tense", q.Stem)
		}
	}
	if years < 2 {
		t.Errorf("%d questions ask a line's year; want at least 2: %v", years, qs)
	}
}

// TestTimelineMixedTense: a present-tense verb the tagger misses leaves
// the line unasked rather than half in the past ("Italy sides with
// Prussia … and received Venetia"), and a noun the tagger took for a verb
// keeps its form ("Byzantine envoys appeal", not "envoyed").
func TestTimelineMixedTense(t *testing.T) {
	text := "# Notes\n\n## Key dates\n\n" +
		"- 1866: Italy sides with Prussia against Austria and receives Venetia, despite defeats on land and at sea.\n" +
		"- March 1770: British soldiers fire into a crowd and five colonists die.\n" +
		"- 1761: John Harrison's marine timekeeper H4 is tested on a voyage to Jamaica and keeps accurate time.\n" +
		"- 1629: Charles dissolves Parliament and begins eleven years of Personal Rule.\n" +
		"- 1095: Byzantine envoys appeal for help at the Council of Piacenza.\n"
	asked := false
	for _, s := range analyseText(t, text) {
		if !s.Usable {
			continue
		}
		q := join(s.Q)
		for _, w := range []string{" sides ", " die.", " keeps ", " receives ", "envoyed"} {
			if strings.Contains(q, w) {
				t.Errorf("%q asked in mixed tenses", q)
			}
		}
		if q == "In 1629, Charles dissolved Parliament and began eleven years of Personal Rule." {
			asked = true
		}
	}
	if !asked {
		t.Errorf("the Personal Rule line not asked in the past")
	}
}

// TestArmyIsNoVerb: in "British forces under Lord Chelmsford invade
// Zululand" the tagger took "forces" for the verb; put in the past it read
// "British forced under ... invade" (failed blind as broken grammar).
func TestArmyIsNoVerb(t *testing.T) {
	cands := devCandidates(t, "lesson_the-anglo-zulu-war.md")
	for _, c := range cands {
		if strings.Contains(c.Q.Stem, "forced under") {
			t.Errorf("%q: the army made a verb", c.Q.Stem)
		}
	}
}

// TestLabelledItemInThePast: under a label that cannot open the sentence
// ("1865–1866 – Debates in the colonies."), an item's present is still a
// timeline's present: asked in the past, or not at all.
func TestLabelledItemInThePast(t *testing.T) {
	text := "# Confederation\n\n## Timeline\n\n" +
		"1. **1864 – Conferences.** Delegates meet at Charlottetown and Quebec to discuss a union of the colonies.\n" +
		"2. **1865–1866 – Debates in the colonies.** The Province of Canada approves the plan. " +
		"In New Brunswick an anti-Confederation government wins an election in 1865 but is replaced by a pro-union government in 1866.\n"
	for _, s := range analyseText(t, text) {
		if q := join(s.Q); s.Usable && (strings.Contains(q, " wins ") || strings.Contains(q, " is replaced ")) {
			t.Errorf("%q asked in the present", q)
		}
	}
}

// TestDelegatesAreNoVerb: "In October 1884, delegates from 25 countries
// met ..." was asked as "delegated from 25 countries met" (failed blind
// as broken grammar): a word tagged as a present verb between a comma and
// "from" is the subject's noun.
func TestDelegatesAreNoVerb(t *testing.T) {
	text := "The Meridian Conference\n\nThe International Meridian Conference was a meeting about time. " +
		"In October 1884, delegates from 25 countries met in Washington, D.C., and chose the meridian through Greenwich as the world's prime meridian. " +
		"Most of the world's shipping already used charts based on Greenwich. France abstained and kept the Paris meridian until 1911.\n"
	qs, err := Generate([]Source{{Name: "meridian.txt", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for _, q := range qs {
		if strings.Contains(q.Stem, "delegated") {
			t.Errorf("%q: the delegates made a verb", q.Stem)
		}
		asked = asked || strings.Contains(q.Stem, "delegates from 25 countries")
	}
	if !asked {
		t.Error("the conference's sentence is not asked")
	}
}

// TestTimelinePresentStaysOut: a timeline's line in the present whose
// verb the tagger took for a past ("stucco fronts and bow windows become
// fashionable") is not asked in the present because of a noun read as a
// verb before it.
func TestTimelinePresentStaysOut(t *testing.T) {
	for _, q := range devQuestions(t, "lesson_georgian-houses.md") {
		if strings.Contains(q.Stem, "become fashionable") {
			t.Errorf("asked in the present: %q", q.Stem)
		}
	}
}
