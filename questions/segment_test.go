package questions

import (
	"context"
	"strings"
	"testing"
)

// TestMiddleInitial: a name's middle initial, or a title before it, does
// not end a sentence; a roman numeral or "Jr." does.
func TestMiddleInitial(t *testing.T) {
	for text, want := range map[string]int{
		"Tesla\n\nIn 1887 Tesla founded a company with two backers, Alfred S. Brown and Charles F. Peck. He filed patents that year.":                            2,
		"The Time Machine\n\nThe Time Machine is a short novel by the English writer H. G. Wells, first published as a book in 1895. It is told within a frame.": 2,
		"Wars\n\nHe served in World War I. Then he went home to Ohio.":                                                                                           2,
		"Guide\n\nClaudia is eleven. Mrs. Basil E. Frankweiler is a wealthy widow of eighty-two. She tells the story.":                                           3, // the title is hers
		"Guide\n\nThe boy was named after his uncle, Martin Luther King Jr. He later changed it.":                                                                2,
	} {
		if got := len(analyseText(t, text)); got != want {
			for _, s := range analyseText(t, text) {
				t.Logf("%q", s.Text)
			}
			t.Errorf("%d sentences; want %d", got, want)
		}
	}
}

// TestInitialsJoinSentence: "the English writer J. B. Priestley" is one
// sentence, though the first initial follows a word in lower case.
func TestInitialsJoinSentence(t *testing.T) {
	sents := analyseText(t, "A play\n\nAn Inspector Calls is a play in three acts by the English writer J. B. Priestley. It was written in 1945.")
	if len(sents) == 0 || !strings.HasSuffix(sents[0].Text, "J. B. Priestley.") {
		t.Errorf("first sentence = %q; want it to end with the whole name", sents[0].Text)
	}
}

// TestSaintAbbreviationJoinsSentence: "Sault Ste. Marie" and "St. Louis"
// do not end a sentence at their abbreviation.
func TestSaintAbbreviationJoinsSentence(t *testing.T) {
	sents := analyseText(t, "Locks\n\nThe Soo Locks are a set of parallel navigation locks on the St. Marys River at Sault Ste. Marie, Michigan, in the United States. They let ships pass the rapids.")
	if len(sents) == 0 || !strings.HasSuffix(sents[0].Text, "in the United States.") {
		t.Errorf("first sentence = %q; want it whole", sents[0].Text)
	}
}

// TestFormulaKeepsCase: a formula keeps its lower case and its brackets:
// "log_a(mn)" is neither "Log_a" nor stripped of "(mn)" as a language tag.
func TestFormulaKeepsCase(t *testing.T) {
	if got := upperFirst("log_a(mn) = log_a m + log_a n"); got != "log_a(mn) = log_a m + log_a n" {
		t.Errorf("upperFirst = %q", got)
	}
	if got := cleanLine("Multiplication law: log_a(mn) = log_a m + log_a n. Berlin (de) is big."); !strings.Contains(got, "log_a(mn)") || strings.Contains(got, "(de)") {
		t.Errorf("clean = %q; want (mn) kept and (de) dropped", got)
	}
	// A Greek letter of a formula stays; a word in Greek script goes.
	if got := cleanLine("For an ideal gas, ΔU = 0 and p = ρgh; the word δημοκρατία is Greek."); got != "For an ideal gas, ΔU = 0 and p = ρgh; the word is Greek." {
		t.Errorf("clean = %q; want ΔU and ρgh kept, δημοκρατία dropped", got)
	}
}

// TestRelativeClauseIsNoMainVerb: "High up in the mountains of Asia, where
// the air is thin." has no verb of its own, nor has a list's item whose
// relative clause holds a clause of its own ("Depressions, where wind
// erosion has lowered the land until it reaches the water table."); a
// sentence with a verb of its own beside such clauses stays.
func TestRelativeClauseIsNoMainVerb(t *testing.T) {
	for _, text := range []string{
		"Snow leopards\n\nHigh up in the mountains of Asia, where the air is thin.",
		"Oases\n\n- *Depressions*, where wind erosion has lowered the land surface until it reaches the water table.",
	} {
		for _, s := range analyseText(t, text) {
			if wellFormed(s.Toks) {
				t.Errorf("wellFormed(%q) = true; want false: its only verbs are the place's", s.Text)
			}
		}
	}
	for _, text := range []string{
		"Oases\n\nFarmers who dig wells until they reach the water table can grow dates.",
		"Oases\n\nWind erosion lowered the land, where it reaches the water table, until springs appeared.",
	} {
		if s := analyseText(t, text); len(s) != 1 || !wellFormed(s[0].Toks) {
			t.Errorf("a sentence with a verb of its own beside a relative clause was refused: %q", text)
		}
	}
	sents := analyseText(t, "Snow leopards\n\nSnow leopards live in the mountains of Central Asia, where the air is thin.")
	if len(sents) != 1 || !wellFormed(sents[0].Toks) {
		t.Errorf("a sentence with its own verb and a \"where\" clause was refused")
	}
}

// TestVerblessNote: a note's item whose part before a semicolon has no
// verb is no sentence; a title before one, or a clause with its verb, is.
func TestVerblessNote(t *testing.T) {
	for text, want := range map[string]bool{
		"Example\n\nIn 1815, End of the Napoleonic Wars; Corn Law passed in Parliament.":                      false,
		"Example\n\nFrankenstein; or, The Modern Prometheus is a novel by Mary Shelley, published in London.": true,
		"Example\n\nThe war with France ended in 1815; the Corn Law passed through Parliament soon after.":    true,
	} {
		s := analyseText(t, text)
		if got := wellFormed(s[0].Toks); got != want {
			t.Errorf("wellFormed(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestIncludingFragment: a list's item of a name and what it includes is
// no sentence ("Italic, including the Romance languages descended from
// Latin", read blind as a fragment); a sentence that goes on after the
// inner phrase is one.
func TestIncludingFragment(t *testing.T) {
	for text, want := range map[string]bool{
		"Languages\n\nItalic, including the Romance languages descended from Latin.":                      false,
		"Languages\n\nSeveral branches, including Italic, descended from a single parent language.":       true,
		"Languages\n\nThe family has ten branches, including Italic and the Romance languages of Europe.": true,
	} {
		s := analyseText(t, text)
		if got := wellFormed(s[0].Toks); got != want {
			t.Errorf("wellFormed(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestModulusKept: "(mod 12)" is part of the statement it closes; other
// brackets are dropped.
func TestModulusKept(t *testing.T) {
	s := analyseText(t, "Clocks\n\nOn a clock, 3 hours before 1 o'clock is 10 o'clock: −2 ≡ 10 (mod 12). Euclid (about 300 BC) studied remainders.")
	if got := join(s[0].Q); !strings.HasSuffix(got, "(mod 12).") {
		t.Errorf("Q = %q; want the modulus kept", got)
	}
	if got := join(s[1].Q); strings.Contains(got, "300") {
		t.Errorf("Q = %q; want the bracket dropped", got)
	}
}

// TestVerblessLabel: a note's "Label: examples" line is no statement even
// when the tagger takes the label's first word for a verb (it tagged
// "Classes" VBZ in a text on noun classes); a statement with its verb
// before the colon stays one.
func TestVerblessLabel(t *testing.T) {
	tagged := func(s string) []tok {
		var out []tok
		for _, f := range strings.Fields(s) {
			i := strings.LastIndex(f, "/")
			out = append(out, tok{Text: f[:i], Tag: f[i+1:], Sp: true})
		}
		return out
	}
	if q := tagged("Classes/VBZ 3/CD and/CC 4/CD :/: many/JJ trees/NNS ,/, plants/NNS and/CC body/NN parts/NNS ./."); wellFormed(q) {
		t.Errorf("%q well formed; want a label's line refused", join(q))
	}
	if q := tagged("Silkworms/NNS eat/VBP only/RB one/CD thing/NN :/: the/DT leaves/NNS of/IN the/DT mulberry/NN tree/NN ./."); !wellFormed(q) {
		t.Errorf("%q not well formed; want a statement", join(q))
	}
}

// TestParticipleItem: a list item that is a noun and what was done to it
// is no statement, whatever the tagger makes of its participles; a
// sentence with an opening phrase, or a verb after its subject, is one.
func TestParticipleItem(t *testing.T) {
	for text, want := range map[string]bool{
		"The Mishneh Torah, completed around 1180 and written in clear Hebrew.":             false,
		"Capital of about 6.4 million guilders, raised from investors across the Republic.": false,
		"About a hundred years ago, bearded vultures disappeared from the Alps.":            true,
		"The Mishneh Torah was completed around 1180 and written in clear Hebrew.":          true,
	} {
		sents := analyseText(t, "Example\n\n"+text)
		if len(sents) != 1 {
			t.Fatalf("%q: %d sentences", text, len(sents))
		}
		if got := wellFormed(sents[0].Toks); got != want {
			t.Errorf("%q well formed = %v; want %v", text, got, want)
		}
	}
}

// TestDatesInBrackets: a life's dates written with a spaced dash, "(16 May
// 1718 – 9 January 1799)", are a range, not a heading's dash: the lead
// sentence that says who the person was is asked (read blind, such
// statements were usable 37 times in 44). A dash outside brackets before
// any verb still marks a heading.
func TestDatesInBrackets(t *testing.T) {
	for _, x := range []string{
		"Maria Gaetana Agnesi (16 May 1718 – 9 January 1799) was an Italian mathematician from Milan.",
		"Ulugh Beg (1394 – 1449) was a Timurid ruler and astronomer.",
		"Nansen (born 10 October 1861 – died 13 May 1930) was a Norwegian explorer.",
	} {
		sents := analyseText(t, "Life\n\n"+x)
		if len(sents) != 1 || !wellFormed(sents[0].Toks) || !sents[0].Usable {
			t.Errorf("%q not usable; want its dates read as a range", x)
		}
	}
	sents := analyseText(t, "Notes\n\nThe causes – economic, political and religious (1517 – 1555).")
	if len(sents) == 1 && wellFormed(sents[0].Toks) {
		t.Errorf("%q well formed; want the heading's dash refused", sents[0].Text)
	}
	cands, err := allCandidates(context.Background(), []Source{{Name: "agnesi.txt", Text: "Maria Gaetana Agnesi\n\nMaria Gaetana Agnesi (16 May 1718 – 9 January 1799) was an Italian mathematician, linguist and philanthropist from Milan. She wrote the first textbook of calculus by a woman."}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for _, c := range cands {
		asked = asked || strings.HasPrefix(c.Sent.Text, "Maria Gaetana Agnesi (16 May 1718")
	}
	if !asked {
		t.Error("the lead sentence with the dates in brackets is not asked")
	}
}

// TestRetagMainVerb: a sentence whose main verb the tagger took for
// something else still has one: a past after a relative clause, a present
// taken for a noun or a plural. A participle phrase after a comma is no
// main verb.
func TestRetagMainVerb(t *testing.T) {
	for _, x := range []string{
		"On 17 September 1925 the bus on which Kahlo was travelling collided with a tram.",
		"A jellyfish swims by squeezing its bell.",
		"The Heckscher-Ohlin theorem states that a country will export goods that use its relatively abundant factor intensively.",
		"Wild giant sequoias grow in just one place.",
		"After about two months, the chick hatches.",
		"Adult jaguars like to live on their own.",
		"Every evening, an orangutan builds a nest high in a tree.",
		"Pandas eat bamboo for up to 14 hours a day.",
		"In 1957, a rocket carried the first satellite, Sputnik 1, into space.",
		"Around 1963, a young female monkey climbed into a hot spring pool.",
		"A Komodo dragon usually hunts by hiding and waiting.",
		"Built in the early 2nd century AD, the complex used sixteen waterwheels arranged in two parallel rows.",
	} {
		sents := analyseText(t, "Notes\n\n"+x)
		if len(sents) != 1 || !wellFormed(sents[0].Toks) {
			t.Errorf("%q not well formed; want its main verb found", x)
		}
	}
	sents := analyseText(t, "Notes\n\nSt. Mary's Basilica, which contains a carved wooden altarpiece by Veit Stoss, completed in 1489.")
	if len(sents) == 1 && wellFormed(sents[0].Toks) {
		t.Errorf("%q well formed; want the participle after the comma taken for no main verb", sents[0].Text)
	}
	// A lesson's note under its example's name: "A drowned river valley"
	// is an article and a participle, not a letter and its verb.
	for _, note := range []string{"A drowned river valley forming a sheltered, deep-water harbour.",
		"Fed mainly by Skeiðarárjökull, an outlet glacier of Vatnajökull, through braided rivers such as the Skeiðará."} {
		sents = analyseText(t, "Notes\n\n"+note)
		if len(sents) == 1 && wellFormed(sents[0].Toks) {
			t.Errorf("%q well formed; want no main verb in the note", sents[0].Text)
		}
	}
}

// TestStopAfterShortName: the tokenizer glues the full stop to a short
// capitalised last word ("Sea.", "War.", "Sun."), which left the sentence
// without its end; it is parted again.
func TestStopAfterShortName(t *testing.T) {
	sents := analyseText(t, "Samos\n\nThe tunnel lies on the Greek island of Samos, in the eastern Aegean Sea. It was cut in the 6th century BC.")
	if len(sents) != 2 {
		t.Fatalf("%d sentences", len(sents))
	}
	ts := sents[0].Toks
	if got := ts[len(ts)-2].Text + "|" + ts[len(ts)-1].Text; got != "Sea|." {
		t.Errorf("sentence ends %q; want Sea|.", got)
	}
	if !wellFormed(sents[0].Toks) {
		t.Errorf("%q is no sentence", sents[0].Text)
	}
}

// TestInstructionWithQuantity: "Put lots of valleys and mountains
// together" tells the reader what to do; it states nothing.
func TestInstructionWithQuantity(t *testing.T) {
	for _, text := range []string{"Put lots of valleys and mountains together, and you can make almost anything.", "Add plenty of water to the flour and stir well."} {
		if s := analyseText(t, "Origami\n\n"+text); !instruction(s[0].Q) {
			t.Errorf("%q is no instruction", text)
		}
	}
}

// TestNumeralEndsSentence: a sentence that ends with a regnal number
// ("… and Vasudeva I.") ends there, though the segmenter ran on into the
// next one; the name is "Vasudeva I", not "Vasudeva I. Vasudeva I".
func TestNumeralEndsSentence(t *testing.T) {
	sents := analyseText(t, "Kushans\n\nKanishka's successors included Vasishka, Huvishka and Vasudeva I. "+
		"Vasudeva I, whose name is Indian, is generally identified with a king who sent an embassy to China in 229 AD.")
	if len(sents) != 2 {
		var got []string
		for _, s := range sents {
			got = append(got, join(s.Toks))
		}
		t.Fatalf("sentences %q; want two, parted after \"Vasudeva I.\"", got)
	}
	if !strings.HasPrefix(join(sents[1].Toks), "Vasudeva I, whose") {
		t.Errorf("second sentence %q; want it to open with Vasudeva I", join(sents[1].Toks))
	}
}

// TestListParticipleIsNoVerb: "Loose granular soil, such as young river,
// beach or reclaimed sand, or non-plastic silt." is a list item, its
// "reclaimed" the sand's; "Hunayn, a physician, translated dozens of
// books" has its verb.
func TestListParticipleIsNoVerb(t *testing.T) {
	for text, want := range map[string]bool{
		"Loose granular soil, such as young river, beach or reclaimed sand, or non-plastic silt.": false,
		"Hunayn ibn Ishaq, a Christian physician, translated dozens of Galen's medical books.":    true,
		"The farmers drained the marsh and reclaimed land from the sea in the 1650s.":             true,
	} {
		sents := analyseText(t, "Soils\n\n"+text)
		if len(sents) != 1 || wellFormed(sents[0].Toks) != want {
			t.Errorf("wellFormed(%q) = %v; want %v", text, !want, want)
		}
	}
}

// TestPastTakenForAdjective: a past verb the tagger calls an adjective
// between a subject and its object is the sentence's verb, and the
// sentence is asked.
func TestPastTakenForAdjective(t *testing.T) {
	s := analyseText(t, "Duties\n\nThe Townshend Acts of 1767 taxed glass, paint, paper, lead and tea.")
	if len(s) == 0 || !wellFormed(s[len(s)-1].Toks) {
		t.Fatalf("%q is no statement", "The Townshend Acts of 1767 taxed glass, paint, paper, lead and tea.")
	}
	for _, k := range s[len(s)-1].Toks {
		if k.Text == "taxed" && k.Tag != "VBD" {
			t.Errorf("taxed tagged %s; want VBD", k.Tag)
		}
	}
}

// TestOrdinalNameNotAnaphoric: "The First Council of Nicaea" and "The
// Second Punic War" open with a name; "The first was", "The second of
// them" and "First Bach studied" point back.
func TestOrdinalNameNotAnaphoric(t *testing.T) {
	for text, want := range map[string]bool{
		"The First Council of Nicaea was a gathering of bishops held in 325.": false,
		"The Second Punic War began in 218 BC.":                               false,
		"Second Vatican Council documents were published in 1965.":            false,
		"The first was built in 1820.":                                        true,
		"The second of them opened in 1830.":                                  true,
		"First Bach studied the organ at Lüneburg.":                           true,
	} {
		s := analyseText(t, "Example\n\n"+text)
		if len(s) == 0 {
			t.Fatalf("no sentence in %q", text)
		}
		if got := anaphoric(s[0].Toks); got != want {
			t.Errorf("anaphoric(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestRunInHeading: a paragraph that opens with its heading ("Order
// batching. Firms often order ...") gives its sentences that label, and a
// sentence under it that names the label's words is on the text's topic; a
// paragraph that opens with a short sentence of its own has no label.
func TestRunInHeading(t *testing.T) {
	text := "The Bullwhip Effect\n\nThe bullwhip effect is the tendency for orders to vary more as one moves up a supply chain.\n\n" +
		"Order batching. Firms often order in large batches to cut ordering and transport costs. A supplier sees a large order followed by weeks of nothing.\n\n" +
		"Pandas eat bamboo. They spend most of the day feeding.\n"
	sents := analyseText(t, text)
	labels := map[string]string{}
	for _, s := range sents {
		labels[join(s.Toks)] = s.Label
	}
	if got := labels["Firms often order in large batches to cut ordering and transport costs."]; got != "Order batching" {
		t.Errorf("label of the sentence under the run-in heading = %q; want \"Order batching\"", got)
	}
	if got := labels["They spend most of the day feeding."]; got != "" {
		t.Errorf("label after \"Pandas eat bamboo.\" = %q; want none", got)
	}
	for _, c := range textCandidates(t, text) {
		if strings.HasPrefix(c.Q.Stem, "True or false: Firms often order") && offTopic(&c) {
			t.Errorf("%q off the topic under its heading \"Order batching\"", c.Q.Stem)
		}
	}
}

// TestRepeatedWhWord: a wh-word twice in a row is a broken sentence ("who
// had who married"), unless the verb between takes a question ("which
// asks which services ...").
func TestRepeatedWhWord(t *testing.T) {
	for text, want := range map[string]bool{
		"Example\n\nThe model became a foundation of fiscal federalism, which asks which services should be run locally.": true,
		"Example\n\nThe king had a daughter who had who married a prince of the neighbouring realm.":                      false,
	} {
		if s := analyseText(t, text); len(s) != 1 || wellFormed(s[0].Toks) != want {
			t.Errorf("wellFormed(%q) != %v", text, want)
		}
	}
}
