package questions

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"quizbot/quiz"
)

// analyseText runs one text through clean, segment, annotate and resolve.
func analyseText(t *testing.T, text string) []sentence {
	t.Helper()
	sents, _, err := analyse(context.Background(), Source{Name: "t.txt", Text: text}, 0)
	if err != nil {
		t.Fatalf("analyse: %v", err)
	}
	return sents
}

// textCandidates analyses a text and returns every sentence's candidates.
func textCandidates(t *testing.T, text string) []candidate {
	t.Helper()
	return sentenceCandidates(t, text, false)
}

// usableCandidates returns the candidates of one text's usable sentences,
// each with its sentence (c.Sent), before the whole document's passes.
func usableCandidates(t *testing.T, text string) []candidate {
	t.Helper()
	return sentenceCandidates(t, text, true)
}

// sentenceCandidates returns the candidates of a text's sentences, of the
// usable ones only when onlyUsable.
func sentenceCandidates(t *testing.T, text string, onlyUsable bool) []candidate {
	t.Helper()
	sents := analyseText(t, text)
	p := newPool(sents)
	var out []candidate
	for i := range sents {
		if sents[i].Usable || !onlyUsable {
			out = append(out, candidates(&sents[i], p)...)
		}
	}
	return out
}

// devText reads one development text.
func devText(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/dev/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// devCandidates returns every candidate of one development text, with the
// whole document's passes (links, resolution, asides) run over them, ready
// for rank.
func devCandidates(t *testing.T, name string) []candidate {
	t.Helper()
	cands, err := allCandidates(context.Background(), []Source{{Name: name, Text: devText(t, name)}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cands
}

// devQuestions generates the questions of one development text.
func devQuestions(t *testing.T, name string) []quiz.Question {
	t.Helper()
	qs, err := Generate([]Source{{Name: name, Text: devText(t, name)}})
	if err != nil {
		t.Fatal(err)
	}
	return qs
}

// checkSpan analyses one sentence and tests pred on its span with the
// given text: the sentence must have that span.
func checkSpan(t *testing.T, sentence, answer, name string, pred func([]tok, span) bool, want bool) {
	t.Helper()
	found := false
	for _, s := range analyseText(t, "Example\n\n"+sentence) {
		for _, sp := range s.Spans {
			if sp.Text == answer {
				found = true
				if got := pred(s.Q, sp); got != want {
					t.Errorf("%s(%q in %q) = %v; want %v", name, answer, s.Text, got, want)
				}
			}
		}
	}
	if !found {
		t.Errorf("%q: no span %q", sentence, answer)
	}
}

func docVotes(t *testing.T, text string) votes {
	t.Helper()
	a := clean("t.txt", text)
	sents, err := segment(context.Background(), &a, 0)
	if err != nil {
		t.Fatal(err)
	}
	v := votes{}
	for _, s := range sents {
		vote(v, s.Toks)
	}
	voteDiscourse(v, sents)
	return v
}

// paraText is a cleaned text's paragraphs, one to a line.
func paraText(a article) string {
	var all []string
	for _, p := range a.Paras {
		all = append(all, p.Text)
	}
	return strings.Join(all, "\n")
}

// TestSourcesInProse: a "Sources" heading over prose (where a collection's
// tales came from) is a section of the text, and what follows is kept; a
// "Sources" or "Notes" heading over citations ends it.
func TestSourcesInProse(t *testing.T) {
	text := "Grimms' Fairy Tales\n\nAuthors\n\nThe tales were compiled by the brothers Jacob and Wilhelm Grimm in Kassel.\n\n" +
		"Sources\n\nThe brothers presented the tales as the voice of the German people, but most came from educated middle-class informants. " +
		"Many of them were young women in Kassel, and the Wild family supplied dozens of stories.\n\n" +
		"Notes\n\nGrimm, Jacob (1812). Kinder- und Hausmärchen. Vol. 1. Retrieved 2 May 2020.\n\nLegacy\n\nThe tales were translated widely.\n"
	got := paraText(clean("t.txt", text))
	if !strings.Contains(got, "middle-class informants") {
		t.Errorf("the Sources section in prose was dropped: %q", got)
	}
	if strings.Contains(got, "Retrieved") || strings.Contains(got, "translated widely") {
		t.Errorf("the text goes on past its Notes: %q", got)
	}
}

func TestClean(t *testing.T) {
	text := "Example Topic\n\nThe river was crossed in 1812 by a large army.[1] It froze in winter.[ 2 ]\n" +
		"Map of the river\nThe river was crossed in 1812 by a large army.[1] It froze in winter.[ 2 ]\n\n" +
		"Cite error: there are ref tags on this page.\n\nHistory\n\nThe town grew quickly after the railway arrived in 1850.[A]\n\n" +
		"See also\n\n  • Another river\n\nReferences\n\n1. Smith, John (1999). A Book. ISBN 978-0-00-000000-0. Retrieved 1 May 2020.\n"
	a := clean("t.txt", text)
	if a.Title != "Example Topic" {
		t.Errorf("title = %q; want %q", a.Title, "Example Topic")
	}
	got := paraText(a)
	for _, bad := range []string{"[1]", "[ 2 ]", "[A]", "Cite error", "ISBN", "Retrieved", "Another river", "Map of the river"} {
		if strings.Contains(got, bad) {
			t.Errorf("cleaned text holds %q: %q", bad, got)
		}
	}
	if n := strings.Count(got, "The river was crossed"); n != 1 {
		t.Errorf("duplicated paragraph kept %d times; want 1", n)
	}
	if len(a.Paras) != 2 || a.Paras[1].Section != "History" {
		t.Errorf("paragraphs = %+v; want two, the second under History", a.Paras)
	}
	// A capital in brackets standing alone is a concentration, not a note.
	rate := clean("t.txt", "Enzyme Kinetics\n\nWhen [S] is much larger than Km, the rate is independent of [S].\n")
	if got := paraText(rate); !strings.Contains(got, "When [S] is") || !strings.Contains(got, "independent of [S].") {
		t.Errorf("cleaned text lost the concentration: %q", got)
	}
	for _, s := range analyseText(t, "Enzyme Kinetics\n\nWhen [S] is much larger than Km, the rate is independent of [S].\n") {
		if q := join(simplify(s.Toks)); !strings.Contains(q, "When [S] is") {
			t.Errorf("simplified sentence lost the concentration: %q", q)
		}
	}
}

func FuzzClean(f *testing.F) {
	f.Add("Title\n\nA sentence with a citation.[1] Another (Chinese: 中文) one.\n\nReferences\n1. x")
	f.Add("# Heading\n\n**Bold** [link](http://x) ![img](a.png)\n\x00\xff")
	f.Add("\"Quoted line that runs on and on\" and more.\n  • bullet\n")
	f.Fuzz(func(t *testing.T, text string) {
		a := clean("fuzz", text)
		for _, p := range a.Paras {
			if !utf8.ValidString(p.Text) || !utf8.ValidString(p.Section) {
				t.Fatalf("invalid UTF-8 out: %q", p.Text)
			}
		}
		if !utf8.ValidString(a.Title) {
			t.Fatalf("invalid UTF-8 title: %q", a.Title)
		}
	})
}

func TestTypeVotes(t *testing.T) {
	text := "Example\n\nIvan Petrov was born in Tobolsk in 1801. Petrov married Anna Lind in 1830. " +
		"The Treaty of Varna was signed at Ostrog in 1840. The army crossed the Kama River near Ostrog. " +
		"Bakhtin, who led the rebels, fled to Ostrog. The Cossacks were driven back. Some 9,000 Daurs lived on the plain. " +
		"The Qing sent troops. Zorba opened the meeting."
	v := docVotes(t, text)
	tests := []struct {
		name string
		want etype
	}{
		{"Ivan Petrov", tPerson}, // "was born"
		{"Petrov", tPerson},      // surname of a person
		{"Anna Lind", tPerson},   // "married X"
		{"Tobolsk", tPlace},      // "born in X"
		{"Ostrog", tPlace},       // "at/near/fled to X"
		{"Kama River", tPlace},   // "X River"
		{"Treaty of Varna", tEvent},
		{"Bakhtin", tPerson}, // "X, who"
		{"Cossacks", tGroup}, // "the X were"
		{"Daurs", tGroup},    // "9,000 X"
		{"Qing", tName},      // no cue: uncertain
		{"Zorba", tName},     // sentence opener only
	}
	for _, tt := range tests {
		if got := v.typeOf(tt.name); got != tt.want {
			t.Errorf("typeOf(%q) = %s; want %s (votes %v)", tt.name, got, tt.want, v[tt.name])
		}
	}
}

// TestRoleMakesPerson: a name beside a person's role is a person's,
// however unfamiliar the name: "X, a hot-tempered officer", "the rebel X".
// A name beside a noun that is no role stays uncertain.
func TestRoleMakesPerson(t *testing.T) {
	v := docVotes(t, "Example\n\nZorba opened the meeting. Wei Tong, a hot-tempered officer, rode north. "+
		"Later the rebel Fang Ru held the pass. Then the river Kosva froze. Ulan Tar, a quiet valley, lay beyond.")
	for name, want := range map[string]etype{"Wei Tong": tPerson, "Fang Ru": tPerson, "Kosva": tName, "Ulan Tar": tName} {
		if got := v.typeOf(name); got != want {
			t.Errorf("typeOf(%q) = %s; want %s (votes %v)", name, got, want, v[name])
		}
	}
}

func TestAnnotate(t *testing.T) {
	sents := analyseText(t, "Example\n\nA fleet of twelve ships left Ostrog on 21 September 1757 with 3,000 sailors. "+
		"The Treaty of Nerchinsk was signed in 1689. The governor was left in charge of the new colony. "+
		"A large band of Russians attacked the town of Ostrog in 1690. The crew suffered heavy losses in the campaign. "+
		"The cell keeps its genes in small organelles called chloroplasts.")
	spans := map[string]etype{}
	for _, s := range sents {
		for _, sp := range s.Spans {
			spans[sp.Text] = sp.Type
		}
	}
	for text, want := range map[string]etype{"21 September 1757": tDate, "3,000": tNumber, "1689": tYear, "1690": tYear, "chloroplasts": tConcept} {
		if got, ok := spans[text]; !ok || got != want {
			t.Errorf("span %q: got %v (found %v); want %s", text, got, ok, want)
		}
	}
	for _, bad := range []string{"charge", "band", "heavy losses", "losses", "small organelles"} {
		if _, ok := spans[bad]; ok {
			t.Errorf("span %q found; want no gap on an idiom, a measure word or a vague phrase", bad)
		}
	}
}

func TestResolve(t *testing.T) {
	sents := analyseText(t, "Example\n\nIvan Petrov was born in Tobolsk in 1801. He moved to Ostrog in 1820 with his family. "+
		"The river froze early that winter and the boats stayed in port. He later wrote about the cold in a long letter.")
	// The third sentence's two clauses are asked apart: five in all.
	if len(sents) != 5 {
		t.Fatalf("got %d sentences; want 5", len(sents))
	}
	if got := sents[1].Text; !strings.HasPrefix(got, "Ivan Petrov moved to Ostrog") || !sents[1].Usable {
		t.Errorf("sentence 2 = %q usable %v; want the pronoun named and usable", got, sents[1].Usable)
	}
	if got := join(sents[3].Q); got != "The boats stayed in port." {
		t.Errorf("second clause = %q; want it asked as a sentence of its own", got)
	}
	if last := sents[4]; last.Usable && !strings.Contains(last.Text, "Petrov") {
		t.Errorf("last sentence = %q is usable with a dangling pronoun", last.Text)
	}
}

func TestWhQuestions(t *testing.T) {
	tests := []struct{ text, answer, want string }{
		{"Ivan Petrov was born in Tobolsk in 1801. Petrov committed suicide on 4 October 1855.", "Petrov", "Who committed suicide on 4 October 1855?"},
		{"Ivan Petrov was born in Tobolsk in 1801. In 1830 Petrov built a school in Ostrog.", "1830", "In what year did Petrov build a school in Ostrog?"},
		// A number is asked with a gap: "how many" left in place reads as an echo.
		{"Ivan Petrov was born in Tobolsk in 1801. In 1820 Moscow sent 3,000 soldiers to the front.", "3,000", ""},
		// A second clause keeps its own verb: no "did ... come to power, and Hughes began".
		{"The opera house rose slowly. In 1965 a new state government came to power, and the minister, Davis Hughes, began to question the cost.", "1965", ""},
		// Nor does a second verb after an aside: no "did Linde leave Zurich and, with Reuleaux's help, began".
		{"Linde studied in Zurich. In 1864 Linde left Zurich and, with Franz Reuleaux's help, began practical training at a cotton mill.", "1864", ""},
		// A name given inside the subject is not its verb.
		{"Lighthouses guide ships. In 1822 a French scientist called Augustin Fresnel invented a special lens made of rings of glass.", "1822",
			"In what year did a French scientist called Augustin Fresnel invent a special lens made of rings of glass?"},
		{"Hovercraft ride on air. On 25 July 1959, a hovercraft called the SR.N1 crossed the English Channel from Calais to Dover.", "25 July 1959",
			"On what date did a hovercraft called the SR.N1 cross the English Channel from Calais to Dover?"},
		// After an opening phrase, ", a" opens the subject, not an aside: the
		// verb after the name given is the sentence's.
		{"Windmills turn to face the wind. In 1745, an Englishman named Edmund Lee invented the fantail.", "1745",
			"In what year did an Englishman named Edmund Lee invent the fantail?"},
		// A participle is not the clause's verb; two verbs, or a second year, make no wh-question.
		{"Japan changed fast. In 1873 a national army based on conscription was introduced.", "1873", ""},
		{"Germany lost the war. In 1945 the Allies split defeated Germany into four zones.", "1945", ""},
		{"Zheng He sailed west. In 1433 Zheng He died near Calicut and may have been buried at sea.", "1433", ""},
		{"Africa was rich. In 1867 diamonds were found near Kimberley and gold on the Witwatersrand in 1886.", "1867", ""},
		{"Gaya was a league of small states. Silla absorbed Geumgwan Gaya in 532 and Daegaya in 562.", "532", ""},
		{"Bees matter. A major international assessment published in 2016 found that most crops benefit from bees.", "2016", ""},
		// A time phrase inside the subject dates the subject, not the verb:
		// "In what year was the squid caught taken to Te Papa?"
		{"Squid are big. The squid caught in 2007 was taken to Te Papa in Wellington.", "2007", ""},
		// A past verb that opens a phrase of the subject is not its verb.
		{"The Dutch held Luanda. In August 1648 an expedition sent from Brazil under Salvador Correia de Sá recaptured Luanda.", "August 1648", ""},
		{"Atoms have shells. In 1913 Niels Bohr proposed that electrons moved around the nucleus only at fixed distances.", "1913",
			"In what year did Niels Bohr propose that electrons moved around the nucleus only at fixed distances?"},
		// A second past verb of the same subject joins "did" in its base form.
		{"Breguet made watches. In 1795 Breguet returned to Paris and rebuilt his business.", "1795",
			"In what year did Breguet return to Paris and rebuild his business?"},
		// A second verb of the same subject cannot follow "did".
		{"Vasa sank in 1628. The purpose-built Vasa Museum opened on 15 June 1990 and has become one of the most visited museums in Scandinavia.", "15 June 1990", ""},
		{"The canal was dug by hand. Work began in 1667 and proceeded in two phases, the first from Toulouse to Trèbes.", "1667", ""},
		// A participle before its noun is not the verb either.
		{"The canal was costly. The completed waterway was formally inaugurated on 26 September 1832.", "26 September 1832",
			"On what date was the completed waterway formally inaugurated?"},
		// A date in a clause of its own dates that clause.
		{"The dam is high. The scheme was enlarged several times before work began in 1957.", "1957", ""},
		{"The dam is high. The scheme was enlarged after the engineers had finished their survey in 1951.", "1951", ""},
		{"Margaret ruled well. Margaret held real power until her death in 1412.", "1412", ""},
		// A common noun that opens the sentence, written nowhere else, loses its capital.
		{"The canal carries barges. Responsibility passed to the New York Power Authority in 2017.", "2017",
			"In what year did responsibility pass to the New York Power Authority?"},
		{"The bridge was old. London Bridge remained the only bridge over the Thames until Westminster Bridge opened in 1750.", "1750", ""},
		{"The tower was tall. The lighthouse remained in use after the Arab conquest of Egypt in 1641.", "1641", ""},
		{"The calendar was long. The Long Count recorded days from a starting date in 1850.", "1850", ""},
		{"The Greeks won. In 490 BC the Athenians defeated the Persian army at Marathon.", "490 BC", "In what year did the Athenians defeat the Persian army at Marathon?"},
		{"People often get this wrong. Czechoslovakia did not split in 1989.", "1989", ""},
		// A past perfect is asked in the simple past.
		{"The dam is high. Carlo Semenza had died in 1961.", "1961", "In what year did Carlo Semenza die?"},
		// What a bare verb's comma adds is said of the event: it is left out.
		{"The firm grew. Bentley died in 1780, a heavy personal loss.", "1780", "In what year did Bentley die?"},
		{"Herman Hollerith was an American inventor. Hollerith was born in Buffalo in 1860, the son of German immigrants.", "1860", "In what year was Hollerith born in Buffalo?"},
		{"Charles Parsons was an engineer. Parsons was born in London on 13 June 1854, the youngest son of William Parsons, the third Earl of Rosse.", "13 June 1854", "On what date was Parsons born in London?"},
		{"Kublai was a khan. Kublai was born on 23 September 1215, the fourth son of Tolui, Genghis Khan's youngest son, and of Sorghaghtani Beki.", "23 September 1215", "On what date was Kublai born?"},
		{"The book sold well. Nathaniel Hawthorne had in fact lost his post in 1849.", "1849", ""},
		// A second clause whose verb the tagger read as a participle.
		{"Abolition took years. In 1792 the Commons voted for gradual abolition, but the House of Lords delayed the measure.", "1792", ""},
		// A relative clause after "and" is no second clause.
		{"The bridge was debated. In 1921 the engineer Joseph Strauss put forward a cantilever and suspension design that critics considered ugly.", "1921",
			"In what year did the engineer Joseph Strauss put forward a cantilever and suspension design that critics considered ugly?"},
		// "X was the Y ... on a date" defines X: no "On what date was X the Y?".
		{"Airships were popular. The Hindenburg disaster was the destruction by fire of the airship Hindenburg on 6 May 1937.", "6 May 1937", ""},
		// A stretch of time as the subject only "sees" what happened in it.
		{"Skyscrapers grew taller. The late 1920s saw a race to build the tallest skyscraper in New York.", "New York", ""},
		{"Skyscrapers grew taller. The nineteenth century saw a boom in railway building in Britain.", "Britain", ""},
		// A second past the tagger took for a noun is still a second verb.
		{"Icebergs are big. In 1912 the great ship Titanic hit an iceberg in the North Atlantic Ocean and sank.", "1912", ""},
		// A description of the opening year is not the clause asked about.
		{"Alexander Fleming was a Scottish doctor. He worked at St Mary's Hospital in London for most of his life. In 1928, the year he was appointed professor of bacteriology, Fleming was studying staphylococci.", "1928", ""},
		{"The bridge was old. The bridge was finished in 1566, a date given in its inscription.", "1566", "In what year was the bridge finished, a date given in its inscription?"},
		{"Coleman flew. Elizabeth Coleman was born on 26 January 1892, the date most sources give, in Atlanta, Texas.", "26 January 1892", ""},
		{"The sanctuary lies in Vietnam. In 1471 Đại Việt captured the Cham capital of Vijaya.", "1471", "In what year did Đại Việt capture the Cham capital of Vijaya?"},
	}
	for _, tt := range tests {
		sents := analyseText(t, tt.text)
		got := ""
		for _, s := range sents {
			for _, sp := range s.Spans {
				if sp.Text == tt.answer {
					got = whQuestion(s.Q, sp)
				}
			}
		}
		if got != tt.want {
			t.Errorf("whQuestion(%q, %q) = %q; want %q", tt.text, tt.answer, got, tt.want)
		}
	}
	for past, want := range map[string]string{"built": "build", "captured": "capture", "married": "marry", "fled": "flee", "zorbled": ""} {
		if got := baseForm(past); got != want {
			t.Errorf("baseForm(%q) = %q; want %q", past, got, want)
		}
	}
}

func TestDistractors(t *testing.T) {
	sents := analyseText(t, "Example\n\nIvan Petrov was born in Tobolsk in 1801. Petrov moved to Ostrog in 1820 with 3,000 rubles. "+
		"Anna Lind was born in Kazan in 1805. Lind married Petrov in Ostrog in 1830. Boris Kuzmin, who led the Don Cossacks, fled to Omsk in 1840. "+
		"Kuzmin died in Perm in 1850.")
	p := newPool(sents)
	find := func(text string) (*sentence, span) {
		for i := range sents {
			for _, sp := range sents[i].Spans {
				if sp.Text == text {
					return &sents[i], sp
				}
			}
		}
		t.Fatalf("no span %q", text)
		return nil, span{}
	}
	s, sp := find("1820")
	for _, d := range p.distractors(s, sp, 3) {
		if d == "1820" || len(d) != 4 {
			t.Errorf("year distractor %q for 1820; want another four-digit year", d)
		}
	}
	s, sp = find("3,000")
	ds := p.distractors(s, sp, 3)
	if len(ds) != 3 {
		t.Fatalf("number distractors = %q; want 3", ds)
	}
	for _, d := range ds {
		if !strings.Contains(d, ",") || d == "3,000" {
			t.Errorf("number distractor %q for 3,000; want a different number in the same format", d)
		}
	}
	s, sp = find("Omsk")
	for _, d := range p.distractors(s, sp, 3) {
		if sents[0].Art != nil && (d == "Petrov" || d == "Anna Lind" || d == "Lind" || d == "Ivan Petrov") {
			t.Errorf("place distractor %q for Omsk is a person", d)
		}
	}
	if !sharesName("the daughter of Tsering Rabtan", "Khong Tayiji Tsering Rabtan") || sharesName("born in 1801", "1,801") {
		t.Error("sharesName: want a shared name word caught and numbers ignored")
	}
}

// TestRetagOpeners: a common word that opens a sentence is no name, so no
// pronoun is named after it; a name that opens one stays a name.
func TestRetagOpeners(t *testing.T) {
	sents := analyseText(t, "Gregor Brandt\n\nGregor Brandt was a monk who studied peas in his garden at Brno. "+
		"Money was always short in the monastery, and the monks earned money by teaching. "+
		"His physics teacher recommended him to the abbey in 1843. Brno was a busy town where Brandt taught.")
	for _, s := range sents {
		if strings.Contains(s.Text, "Money's") {
			t.Errorf("a pronoun was named after a common word: %q", s.Text)
		}
		if s.Toks[0].Text == "Money" && s.Toks[0].Tag == "NNP" {
			t.Errorf("'Money' opening a sentence is still tagged as a name")
		}
		if s.Toks[0].Text == "Brno" && s.Toks[0].Tag != "NNP" {
			t.Errorf("'Brno' opening a sentence lost its name tag: %s", s.Toks[0].Tag)
		}
	}
}

// TestMainSubjectForms: the subject of a life is found past an appositive
// ("Catherine II, known as Catherine the Great, was ...") and past a long
// formal name, and its gender from its shorter names.
func TestMainSubjectForms(t *testing.T) {
	sents := analyseText(t, "Catherine the Great\n\nCatherine II, known as Catherine the Great, was Empress of Russia from 1762 until 1796. "+
		"Catherine was born in Stettin in 1729 and married Peter in 1745. Catherine wrote many letters to Voltaire. "+
		"Catherine founded the Smolny Institute in 1764. She bought the Hermitage collection in 1764.")
	if got := sents[0].Art.Main; got != "Catherine II" {
		t.Fatalf("main subject %q; want Catherine II", got)
	}
	if g := sents[0].Art.Ent.genderOf("Catherine II"); g != 'f' {
		t.Errorf("gender of Catherine II %q; want f", g)
	}
	sents = analyseText(t, "Simón Bolívar\n\nSimón José Antonio de la Santísima Trinidad Bolívar y Palacios was a Venezuelan leader. "+
		"Bolívar was born in Caracas in 1783. Bolívar studied in Madrid and Paris. Bolívar led armies across the Andes in 1819. "+
		"He died near Santa Marta in 1830.")
	if got := sents[0].Art.Main; got != "Bolívar" {
		t.Errorf("main subject %q; want Bolívar", got)
	}
	// A first name the tagger does not take for a name: still a life.
	sents = analyseText(t, "Jürgen Wullenwever\n\nJürgen Wullenwever (c. 1492 – 24 September 1537) was a German merchant and politician. "+
		"He was driven from office and imprisoned. He owed his rise to popular support. On 24 September 1537 he was beheaded near Wolfenbüttel.")
	if a := sents[0].Art; a.MainType != tPerson {
		t.Errorf("Jürgen Wullenwever read as %v; want a person", a.MainType)
	}
	if last := sents[len(sents)-1]; !strings.Contains(last.Text, "Wullenwever was beheaded") {
		t.Errorf("his \"he\" not named: %q", last.Text)
	}
}

// TestNamedTermBeforeItsVerb: a term named just before a verb the tagger
// took for a plural noun is asked without the verb.
func TestNamedTermBeforeItsVerb(t *testing.T) {
	text := "Hummingbirds\n\nWhen a hummingbird pushes its beak into a flower, yellow dust called pollen sticks to its head.\n\nPollen carried from flower to flower helps plants make seeds, and pollen is what bees collect too."
	sents := analyseText(t, text)
	for _, sp := range sents[0].Spans {
		if got := join(sents[0].Q[sp.I:sp.J]); got == "pollen sticks" {
			t.Errorf("span %q swallows the verb", got)
		}
	}
}

// TestNotesWithoutSubject: a note whose subject is its heading ("Met about
// forty times a year") is not a statement; a sentence that opens with its
// subject is.
func TestNotesWithoutSubject(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Met about forty times a year on a hill called the Pnyx.", false},
		{"Often contain fossils and show layers called strata.", false},
		{"Stress that a percentage change always gives a geometric sequence.", false},
		{"Continues north-east as the North Atlantic Drift, towards north-west Europe.", false},
		{"Separates an insoluble solid from a liquid, such as sand from water.", false},
		{"Begins as the Florida Current, flowing through the Straits of Florida.", false},
		{"Changes in temperature cause the rock to expand and contract.", true},
		{"A Reichstag elected every four years by all adults aged 20 and over.", false},
		{"A storm destroyed the harbour and was followed by floods.", true},
		{"A fire started by a lamp destroyed the mill in 1851.", true},
		{"Often form coloured compounds and act as catalysts, e.g. iron in the Haber process.", false},
		{"Deserts cover about one-fifth of all the land on Earth.", true},
		{"Sometimes a small insect got stuck in sticky tree sap called resin.", true},
		{"Built in 1889 for the World's Fair, the tower was the tallest structure in the world.", true},
		{"Held in Athens in 1896, the first modern Games had 241 athletes.", true},
		{"Always go with an adult, stay away from the bottom of cliffs, and look carefully among the pebbles.", false},
		{"Never look straight at the Sun, even through dark glasses.", false},
		{"Judge, using evidence, whether the code treated everyone equally.", false},
		{"On sunny days, wear a hat and sun cream to protect your skin.", false},
		{"Best when one variable is already on its own in an equation.", false},
		{"Useful for checking an answer quickly by drawing both lines.", false},
		{"On sunny days, lizards bask on warm rocks to heat their bodies.", true},
		{"Always hungry, the young birds call to their parents all day long.", true},
		{"Students write a headline announcing the events of 1795.", false},
		{"Students explain in two sentences why the Hussites refused to accept Sigismund.", false},
		{"Students in medieval universities studied Latin grammar and logic.", true},
		{"In pairs, students read extracts from Lin Zexu's letter to Queen Victoria.", false},
		{"Students then compare the two treaties in a table.", false},
		{"Amharic adds extra consonants for sounds that Ge'ez lacked, such as (šä, \"sh\"), (čä, \"ch\") and (ǧä, \"j\").", false},
		{"Mention that in Hong Kong, scaffolds of bamboo poles tied with plastic strips are still used.", false},
		{"The class compares the two treaties in a table.", false},
		{"Pairs stay together for life and raise one chick a year.", true},
		{"Students of Bologna elected a rector every year until 1580.", true},
		{"Medical students and doctors often went straight from the mortuary to the wards.", true},
		// A list's item whose only verbs stand in an aside, a participle's
		// phrase or brackets; a verb the tagger took for a noun still counts.
		{"Climate change, which can shift flowering times out of step with the times bees are active.", false},
		{"Maasvlakte 2, constructed between 2008 and 2013 on about 2,000 hectares of land raised from the sea.", false},
		{"S cones, most sensitive to short wavelengths, with a peak near 420 nm (perceived as violet-blue).", false},
		{"Climate change, which can shift flowering times, is a threat to bees.", true},
		{"Bernarda, aged sixty, returns with the women mourners and orders silence.", true},
		{"The Almohads, who took Fez in the 12th century, built a new minaret.", true},
	} {
		sents := analyseText(t, "Example\n\n"+c.s)
		if got := wellFormed(sents[0].Toks); got != c.want {
			t.Errorf("wellFormed(%q) = %v; want %v", c.s, got, c.want)
		}
	}
}

// TestDatedOpeningAnswerable: a date that opens a sentence ("In 1855
// Semmelweis became ...") is its fact, though a name follows it; a year
// inside a name ("the 1915 Çanakkale Bridge") is not.
func TestDatedOpeningAnswerable(t *testing.T) {
	tests := []struct {
		text, answer string
		want         bool
	}{
		{"Example\n\nIn 1855 Ignaz Semmelweis became professor of obstetrics at the University of Pest.", "1855", true},
		{"Example\n\nIn March 1847 Jakob Kolletschka was accidentally cut by a student's scalpel during a post-mortem.", "March 1847", true},
		{"Example\n\nIn 2022 the 1915 Çanakkale Bridge opened across the Dardanelles in Turkey.", "1915", false},
	}
	for _, tt := range tests {
		checkSpan(t, strings.TrimPrefix(tt.text, "Example\n\n"), tt.answer, "answerable", answerable, tt.want)
	}
}

// TestAbbreviationEndsSentence: a sentence that ends with an abbreviation
// ends with its stop, once.
func TestAbbreviationEndsSentence(t *testing.T) {
	sents := analyseText(t, "Example\n\nIn May 1934 a storm carried soil eastward; dust fell on Chicago and reached New York and Washington, D.C.\n")
	for _, s := range sents {
		if strings.Contains(join(s.Q), "..") || strings.Contains(s.Text, "..") {
			t.Errorf("%q / %q: a doubled stop", join(s.Q), s.Text)
		}
	}
}

// TestDatedListItems: a list item opened by a dated label keeps the date
// as the section of its sentences, so a question on them says when; an
// item whose date is followed by its sentence opens with the date and
// keeps its heading's section.
func TestDatedListItems(t *testing.T) {
	text := "# Italy\n\n## Timeline\n\n1. **1859: war with Austria.** French and Piedmontese armies win at Magenta and Solferino.\n" +
		"2. **1866: Venetia.** Italy sides with Prussia against Austria and receives Venetia.\n- 1870 — Rome. Italian soldiers enter Rome through a breach at Porta Pia.\n" +
		"3. **445 BC – Lex Canuleia.** Marriage between patricians and plebeians was made legal.\n" +
		"\n## The response\n\n1. 1934 – President Franklin D. Roosevelt launched the Shelterbelt Project.\n"
	a := clean("t.md", text)
	checkSections(t, a, map[string]string{"French and Piedmontese": "1859: war with Austria", "Italy sides": "1866: Venetia", "Italian soldiers": "1870 — Rome",
		"Marriage between": "445 BC – Lex Canuleia", "In 1934, President Franklin D. Roosevelt": "The response"})
	// A year before Christ is a year, not a day: "In 445 BC, marriage …".
	if got := dateOpening("445 BC"); got != "In 445 BC" {
		t.Errorf("dateOpening(445 BC) = %q", got)
	}
}

// checkSections checks the section of each paragraph that opens with a
// key of want, and that every such paragraph is there.
func checkSections(t *testing.T, a article, want map[string]string) {
	t.Helper()
	for _, p := range a.Paras {
		for k, sec := range want {
			if strings.HasPrefix(p.Text, k) {
				if p.Section != sec {
					t.Errorf("%q: section %q; want %q", p.Text, p.Section, sec)
				}
				delete(want, k)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("not kept as prose: %v", want)
	}
}

// TestQuestionHeadings: a heading written as a question, on a line of its
// own, is the section of the paragraphs after it.
func TestQuestionHeadings(t *testing.T) {
	text := "Our Star\n\nThe Sun is a star.\n\nHow far away is it?\n\nThe Sun is about 150 million kilometres from Earth.\n\n" +
		"What is the Sun made of?\n\nThe Sun is a giant ball of very hot gas. Is it on fire? No, it is not.\n"
	a := clean("t.txt", text)
	for _, p := range a.Paras {
		if strings.HasSuffix(p.Text, "?") && !strings.Contains(p.Text, ".") {
			t.Errorf("heading kept as prose: %q", p.Text)
		}
	}
	checkSections(t, a, map[string]string{"The Sun is about 150": "How far away is it?", "The Sun is a giant": "What is the Sun made of?"})
}

// TestEstimatedYearIsBound: a year guessed at ("around the year 1400") has
// no single right value; a year stated is one.
func TestEstimatedYearIsBound(t *testing.T) {
	checkSpan(t, "Johannes Gutenberg was born in Mainz, a prosperous city on the Rhine, around the year 1400.", "1400", "bound", bound, true)
	checkSpan(t, "Johannes Gutenberg printed the Gutenberg Bible in Mainz in the year 1455.", "1455", "bound", bound, false)
}

// TestNameTakenForAdjective: a word the text uses as a name, tagged as an
// adjective before a name ("The Hubble/JJ Space Telescope"), is part of
// that name, so the article's subject is found.
func TestNameTakenForAdjective(t *testing.T) {
	text := "Hubble Space Telescope\n\nThe Hubble Space Telescope (HST) is a reflecting optical telescope in low Earth orbit. " +
		"It was named after the astronomer Edwin Hubble. Hubble was designed to be visited and upgraded by astronauts. Hubble's observations have contributed to almost every branch of astronomy."
	_, a, err := analyse(context.Background(), Source{Name: "t.txt", Text: text}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if a.Main != "Hubble Space Telescope" {
		t.Errorf("main subject = %q; want Hubble Space Telescope", a.Main)
	}
}

// TestItAfterAnOpeningPhrase: the subject "it" after an opening phrase or
// a "When", and "its" after a sentence about the subject under a shorter name, are
// the article's subject.
func TestItAfterAnOpeningPhrase(t *testing.T) {
	text := "Hubble Space Telescope\n\nThe Hubble Space Telescope is a reflecting optical telescope in low Earth orbit. " +
		"Launched in 1990, it was the first large optical observatory placed above the atmosphere. " +
		"It was named after the astronomer Edwin Hubble. Hubble was carried into orbit by the shuttle Discovery. " +
		"Its cost at launch is usually put at roughly 1.5 billion dollars. " +
		"The Hubble Space Telescope has made more than 1.5 million observations. In 2009 it was repaired by astronauts from the shuttle Atlantis. " +
		"The Hubble Space Telescope orbits at about 540 kilometres. When it was launched it carried a flawed mirror."
	sents := analyseText(t, text)
	wantOpening(t, sents[8], "When the Hubble Space Telescope was launched it") // the "it" of a clause before the main one
	wantOpening(t, sents[1], "Launched in 1990, the Hubble Space Telescope was")
	wantOpening(t, sents[4], "The Hubble Space Telescope's cost")
	wantOpening(t, sents[6], "In 2009 the Hubble Space Telescope was") // a date alone opens it, with no comma
}

// TestExceededIsBound: "exceeded 40 metres a day" is a bound, so 120 is
// no false twin of it.
func TestExceededIsBound(t *testing.T) {
	checkSpan(t, "In 1953 the Kutiah Glacier in Pakistan surged at a speed that exceeded 112 metres per day.", "112", "bound", bound, true)
}

// TestItAfterTheKind: "the tower" in an article about a tower is the
// article's subject, so the "it" after it is too.
func TestItAfterTheKind(t *testing.T) {
	text := "Leaning Tower of Pisa\n\nThe Leaning Tower of Pisa is the freestanding bell tower of Pisa Cathedral in Italy. " +
		"Construction began in August 1173. The tower is built of white and grey marble around a hollow core. " +
		"It has eight storeys and a bell chamber at the top."
	sents := analyseText(t, text)
	if last := sents[len(sents)-1]; !strings.HasPrefix(last.Text, "The Leaning Tower of Pisa has") {
		t.Errorf("got %q; want the tower's name for it", last.Text)
	}
}

// TestCleanStrayComma: a comma left before a full stop by the writer
// ("at the age of twenty,.") is not copied into a question.
func TestCleanStrayComma(t *testing.T) {
	if got := cleanLine("Brunel became resident engineer in 1827, at the age of twenty,."); got != "Brunel became resident engineer in 1827, at the age of twenty." {
		t.Errorf("cleanLine = %q", got)
	}
}

// TestPieceOfALongerName: a place inside a name joined by "de" ("Voies
// navigables de France", "Petilla de Aragón") is not an answer of its own.
func TestPieceOfALongerName(t *testing.T) {
	checkSpan(t, "Today the Canal du Midi, managed by Voies navigables de France, serves mainly pleasure boats.", "France", "answerable", answerable, false)
	checkSpan(t, "Santiago Ramón y Cajal was born in the small village of Petilla de Aragón in Navarre, northern Spain.", "Petilla", "answerable", answerable, false)
}

// TestTeachersNote: "Ask students …" and "Discuss briefly why …" are a
// teacher's instructions, not facts.
func TestTeachersNote(t *testing.T) {
	for _, text := range []string{
		"Ask students which point they think MPs in 1838 would have found most alarming, and why.",
		"Discuss briefly why the transition was dangerous: political violence between 1990 and 1994 killed thousands.",
	} {
		for _, s := range analyseText(t, "Example\n\n"+text) {
			if s.Usable {
				t.Errorf("%q asked; want a teacher's note left out", s.Text)
			}
		}
	}
}

// TestItAfterSomethingOfTheSubject: after "Venus's atmosphere ...", an
// "It" is the atmosphere, not Venus, and stays unnamed.
func TestItAfterSomethingOfTheSubject(t *testing.T) {
	text := "Venus\n\nVenus is the second planet from the Sun. " +
		"Venus's atmosphere is made mostly of carbon dioxide. It traps heat and keeps the surface hotter than an oven."
	sents := analyseText(t, text)
	if last := sents[len(sents)-1]; strings.Contains(last.Text, "Venus traps") {
		t.Errorf("got %q; the \"It\" after Venus's atmosphere is not Venus", last.Text)
	}
}

// TestEarlyYears: a year of three figures is a year after a dating word
// with nothing after it to count ("In 711, Muslim forces crossed ...");
// a count ("in 300 cases", "fell by 400.", "about 930,") is not.
func TestEarlyYears(t *testing.T) {
	sents := analyseText(t, "Example\n\nIn 711, Muslim forces crossed the Strait of Gibraltar. Honorius moved the court to Ravenna in 402. "+
		"The disease was found in 300 cases. The herd fell by 400. It reached about 930, a record.")
	got := map[string]etype{}
	for _, s := range sents {
		for _, sp := range s.Spans {
			got[sp.Text] = sp.Type
		}
	}
	for _, y := range []string{"711", "402"} {
		if got[y] != tYear {
			t.Errorf("%q: type %v; want a year", y, got[y])
		}
	}
	for _, n := range []string{"300", "400", "930"} {
		if typ, ok := got[n]; ok && typ == tYear {
			t.Errorf("%q taken for a year", n)
		}
	}
}

// TestTheyAfterAPluralTitle: an article opening "The Hanging Gardens are
// ..." is about them even when the name was not read as one; its "they"
// after an opening phrase, and its "the gardens", are the gardens.
func TestTheyAfterAPluralTitle(t *testing.T) {
	text := "Hanging Gardens\n\nThe Hanging Gardens were terraced gardens of ancient Babylon, in modern Iraq. " +
		"Built in the sixth century BC, they rose in stepped tiers watered by pumps from the Euphrates. " +
		"Greek writers listed them among the Seven Wonders of the World. " +
		"No trace of them has been found by archaeologists."
	sents := analyseText(t, text)
	wantOpening(t, sents[1], "Built in the sixth century BC, the Hanging Gardens rose")
	if strings.Contains(sents[3].Text, "Hanging") {
		t.Errorf("an object \"them\" named: %q", sents[3].Text)
	}
	// A title that is one thing is not "they": the pronoun stays.
	text = "Great Bath\n\nThe Great Bath is a brick pool at Mohenjo-daro. Built around 2500 BC, they used it for rites."
	sents = analyseText(t, text)
	if strings.Contains(sents[1].Text, "Great Bath used") {
		t.Errorf("a singular subject named for they: %q", sents[1].Text)
	}
}

// TestSheAfterAnOpeningClause: the "she" of a main clause after an opening
// one is its subject ("Because no school would accept a Black woman,
// Bessie Coleman learned to fly in France, and in 1921 she ..."): the
// describing name "Black" and the place "France" are no rivals. "The first
// African American woman to earn a licence" is the one who did.
func TestSheAfterAnOpeningClause(t *testing.T) {
	text := "Bessie Coleman (1892–1926)\n\nBessie Coleman was an American aviator and the first African American woman to earn a pilot's licence. " +
		"Because no flying school at home would accept a Black woman, she learned to fly in France, and in 1921 she received an international licence. " +
		"She died in a crash in 1926. Her mother was a maid."
	sents := analyseText(t, text)
	if !sents[0].Usable {
		t.Errorf("first sentence unusable: %q", sents[0].Text)
	}
	wantOpening(t, sents[1], "Because no flying school at home would accept a Black woman, Bessie Coleman learned")
	text = "Jan Hus (1370–1415)\n\nJan Hus was a Czech preacher. He went to Constance in 1414. " +
		"Although Sigismund, King of the Romans, had granted him a safe conduct, he was arrested and burned."
	sents = analyseText(t, text)
	if last := sents[len(sents)-1]; last.Usable && !strings.Contains(last.Text, "Hus") {
		t.Errorf("the \"he\" after an apposition in an opening clause taken as the king: %q", last.Text)
	}
}

// TestCapitalOfCountryNotAsked: "Lisbon, the capital of _____" is known
// without the text.
func TestCapitalOfCountryNotAsked(t *testing.T) {
	qs := devQuestions(t, "encyclopedia_aguas-livres-aqueduct.txt")
	for _, q := range qs {
		if q.Answer == "Portugal" {
			t.Errorf("asked %q; want no gap on the country a capital is of", q.Stem)
		}
	}
}

// TestArticleIntoName: an opening "A" the tagger runs into a name ("A Home
// Rule Act was passed in 1914") loses its capital inside a question.
func TestArticleIntoName(t *testing.T) {
	withoutWording(t)
	asked := false
	for _, q := range devQuestions(t, "encyclopedia_easter-rising.txt") {
		if strings.Contains(q.Stem, "Home Rule Act passed") {
			asked = true
			if strings.Contains(q.Stem, " A Home") {
				t.Errorf("%q: the article kept its capital", q.Stem)
			}
		}
	}
	if !asked {
		t.Fatal("the Home Rule Act's year was not asked")
	}
}

// TestYearBesideAYear: a year joined to the next ("developed in 1913 and
// 1914") is no gap: read blind, "_____ and 1914" gave 1913 away. A year
// alone, or the second of the pair (a bound, asked typed at most), stays
// as it was.
func TestYearBesideAYear(t *testing.T) {
	checkSpan(t, "Edward Ardern and William Lockett developed activated sludge in 1913 and 1914 at Davyhulme near Manchester.", "1913", "answerable", answerable, false)
	checkSpan(t, "Edward Ardern and William Lockett developed activated sludge in 1913 at Davyhulme near Manchester.", "1913", "answerable", answerable, true)
}

// TestMainSubjectKeepsItsThe: a name the text cites in quotes (`The name
// "Liberty Bell" was given to it`) still takes its "the" when it stands for
// an "it": read blind, "when Liberty Bell was hung" was broken English.
func TestMainSubjectKeepsItsThe(t *testing.T) {
	sents := analyseText(t, "Liberty Bell\n\nThe Liberty Bell is a large bronze bell that hung in the Pennsylvania State House in Philadelphia. "+
		"In March 1753, when it was hung and tested, it cracked at one of its first strokes. "+
		"The name \"Liberty Bell\" was given to it by opponents of slavery in the 1830s.")
	found := false
	for _, s := range sents {
		if strings.Contains(s.Text, "was hung and tested") {
			found = true
			if !strings.Contains(s.Text, "when the Liberty Bell was hung") {
				t.Errorf("got %q; want \"when the Liberty Bell was hung\"", s.Text)
			}
		}
	}
	if !found {
		t.Fatal("no sentence with \"was hung and tested\"")
	}
}

// TestKnownInAsNotAsked: where or in which language a name is used is no
// fact to ask ("known in _____ as Motecuhzoma Xocoyotzin").
func TestKnownInAsNotAsked(t *testing.T) {
	text := "Moctezuma II\n\nMoctezuma II, known in Nahuatl as Motecuhzoma Xocoyotzin, was the ninth ruler of Tenochtitlan, from 1502 to 1520. " +
		"He was a son of the ruler Axayacatl. Moctezuma II made Tenochtitlan the centre of an empire that stretched to the Gulf of Mexico."
	qs, err := Generate([]Source{{Name: "m.txt", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Answer == "Nahuatl" {
			t.Errorf("the language of a name asked: %q", q.Stem)
		}
	}
}

// TestNoGapOnAPlaceAfterItsPreposition: "born in _____, then part of the
// Russian Empire" asks a side place the words around it narrow down; the
// sentence is asked otherwise. A gap on the empire itself stays.
func TestNoGapOnAPlaceAfterItsPreposition(t *testing.T) {
	b, err := os.ReadFile("testdata/texts/curie.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	qs, err := Generate([]Source{{Name: "curie.txt", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Kind == quiz.FillBlank && q.Answer == "Warsaw" {
			t.Errorf("a place after its preposition asked as a gap: %q", q.Stem)
		}
	}
	sents := analyseText(t, text)
	for _, s := range sents {
		for _, sp := range s.Spans {
			if sp.Text == "Warsaw" && !placeGap(s.Q, sp) || sp.Text == "1891" && placeGap(s.Q, sp) {
				t.Errorf("placeGap(%q) wrong in %q", sp.Text, s.Text)
			}
		}
	}
}
