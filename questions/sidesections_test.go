package questions

import (
	"regexp"
	"testing"
)

// TestSideSection: a question from a section describing a thing's
// fabric, or gathering fun facts, is held back; one from its history ("Origins
// and construction" too), or a list's entry, is not.
func TestSideSection(t *testing.T) {
	for _, c := range []struct {
		section string
		entry   bool
		want    bool
	}{
		{"Construction", false, true}, {"Design and construction", false, true}, {"Location and setting", false, true},
		{"The site today", false, true}, {"Architecture", false, true},
		{"History", false, false}, {"Later history", false, false}, {"", false, false}, {"Construction", true, false},
		{"Setting", false, false},                                                              // a story's setting is no fabric
		{"Origins and construction", false, false}, {"History and construction", false, false}, // the thing's story
		{"Fun facts", false, true}, {"Fun puffin facts", false, true}, {"Did you know?", false, true}, {"Facts about puffins", false, false},
	} {
		cand := &candidate{Entry: c.entry, Sent: &sentence{Section: c.section}}
		if got := sideSection(cand); got != c.want {
			t.Errorf("sideSection(%q, entry %v) = %v; want %v", c.section, c.entry, got, c.want)
		}
	}
}

// TestWeighingSection: a reference article's "Legacy", "Significance" or
// "Landmarks" section is held back; a life's "Legacy" and a concept text's
// "Significance" are not.
func TestWeighingSection(t *testing.T) {
	railway := &article{specifics: 0.8, Kind: "railway"}
	life := &article{specifics: 0.8, Main: "Ada Lovelace", MainType: tPerson}
	concept := &article{specifics: 0.3}
	for _, c := range []struct {
		section string
		art     *article
		want    bool
	}{
		{"Legacy", railway, true}, {"Significance", railway, true}, {"Influence and legacy", railway, true}, {"Landmarks", railway, true},
		{"History", railway, false}, {"Legacy", life, false}, {"Significance", concept, false},
	} {
		cand := &candidate{Sent: &sentence{Section: c.section, Art: c.art}}
		if got := sideSection(cand); got != c.want {
			t.Errorf("sideSection(%q, %+v) = %v; want %v", c.section, c.art, got, c.want)
		}
	}
}

// TestLayoutList: a list that walks through a house floor by floor asks
// nothing of its floors; a list of the house's terms ("Piano nobile",
// "Fanlight") is still asked.
func TestLayoutList(t *testing.T) {
	withoutWording(t)
	notes := "# Georgian houses\n\n## The plan of a townhouse\n\nA typical townhouse was tall and narrow:\n\n" +
		"- **Basement**: kitchen, scullery and storage, reached by steps down into the area.\n" +
		"- **Ground floor**: entrance hall and dining room.\n" +
		"- **First floor**: the drawing room, where guests were entertained.\n" +
		"- **Attic**: servants' bedrooms under the roof.\n\n## Key words\n\n" +
		"- **Fanlight**: a semicircular window above the front door, lighting the hallway.\n" +
		"- **Piano nobile**: the principal floor, containing the grandest rooms and the tallest windows.\n" +
		"- **Stucco**: a smooth render, painted to imitate stone.\n"
	qs, err := Generate([]Source{{Name: "houses.md", Text: notes}})
	if err != nil {
		t.Fatal(err)
	}
	terms := 0
	for _, q := range qs {
		switch q.Answer {
		case "Basement", "Ground floor", "First floor", "Attic":
			t.Errorf("a floor asked as a term: %q", q.Stem)
		case "Fanlight", "Piano nobile", "Stucco":
			terms++
		}
	}
	if terms == 0 {
		t.Error("no term of the key words asked")
	}
	for term, want := range map[string]bool{"Ground floor": true, "Attic": true, "Piano nobile": false, "Floor plan": false, "Sea level": false, "Short story": false, "Trophic level": false} {
		if got := layoutLabel(term); got != want {
			t.Errorf("layoutLabel(%q) = %v; want %v", term, got, want)
		}
	}
}

// TestExamplesDatesAreSide: the dates of the cases a concept text gives
// under "Examples" are not asked ("In what year did the United Kingdom
// introduce its National Minimum Wage?" in a text on price floors); the
// concept's own statements are.
func TestExamplesDatesAreSide(t *testing.T) {
	asked := 0
	for _, q := range devQuestions(t, "concept_price-ceilings-and-price-floors.txt") {
		asked++
		if reExamplesHeading.MatchString(q.Section) && regexp.MustCompile(`\b(?:1\d{3}|20\d{2})\b`).MatchString(q.Explanation) {
			t.Errorf("asked a dated example: %q", q.Stem)
		}
	}
	if asked < 2 {
		t.Fatalf("only %d questions on price ceilings and floors", asked)
	}
	for _, h := range []string{"Examples", "Examples in everyday life", "Real-world examples", "Worked example"} {
		if !reExamplesHeading.MatchString(h) {
			t.Errorf("%q is a section of examples", h)
		}
	}
	for _, h := range []string{"Case study: Lagos, Nigeria", "Definition", "Counterexamples"} {
		if reExamplesHeading.MatchString(h) {
			t.Errorf("%q is no section of examples", h)
		}
	}
}
