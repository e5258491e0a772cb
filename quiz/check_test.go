package quiz

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"Tobolsk", "tobolsk"},
		{"  TOBOLSK!!  ", "tobolsk"},
		{"Tobolsk.", "tobolsk"},
		{"Zürich", "zurich"},
		{"Ürümqi", "urumqi"},
		{"façade", "facade"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"Ærøskøbing", "aeroskobing"},
		{"ﬁnal", "final"},
		{"İstanbul", "istanbul"},
		{"the Yellow River", "yellow river"},
		{"The  Yellow\tRiver", "yellow river"},
		{"A Tale of Two Cities", "tale of 2 cities"},
		{"an apple", "apple"},
		{"the", "the"},
		{"the the cat", "cat"},
		{"Qing & Russia", "qing and russia"},
		{"Qing and Russia", "qing and russia"},
		{"O'Brien", "obrien"},
		{"O’Brien", "obrien"},
		{"Jean-Paul Sartre", "jean paul sartre"},
		{"3,000", "3000"},
		{"3000", "3000"},
		{"three thousand", "3000"},
		{"Three Thousand", "3000"},
		{"3 thousand", "3000"},
		{"1.5 million", "1500000"},
		{"2,5", "2 5"},
		{"3.5", "3.5"},
		{"one hundred and five", "105"},
		{"twenty-one", "21"},
		{"nineteen hundred", "1900"},
		{"two million three hundred thousand", "2300000"},
		{"one one", "1 1"},
		{"zero", "0"},
		{"a thousand", "1000"},
		{"a hundred and five", "105"},
		{"Hundred Years' War", "100 years war"},
		{"seven hundred thirty-six", "736"},
		{"fifty percent", "50 percent"},
		{"50%", "50 percent"},
		{"21st", "21"},
		{"4th century", "4 century"},
		{"twenty-first", "21"},
		{"Second Opium War", "2 opium war"},
		{"21 September 1757", "21 september 1757"},
		{"September 21, 1757", "21 september 1757"},
		{"21 Sept 1757", "21 september 1757"},
		{"Sept. 21, 1757", "21 september 1757"},
		{"the 21st of September 1757", "21 september 1757"},
		{"05 May 1757", "5 may 1757"},
		{"May 1757", "may 1757"},
		{"jan", "jan"},
		{"Jan 5", "5 january"},
		{"1757AD", "1757"}, // the common era is the year itself
		{"AD 79", "79"},
		{"79 CE", "79"},
		{"480 BCE", "480 bc"},
		{"480 B.C.", "480 bc"},
		{"480BC", "480 bc"},
		{"3km", "3 km"},
		{"rock 'n' roll", "rock n roll"},
		{"\xff\xfeabc", "abc"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q; want %q", tt.in, got, tt.want)
		}
		if got := Normalize(tt.want); got != tt.want {
			t.Errorf("Normalize(%q) = %q; want it unchanged (idempotent)", tt.want, got)
		}
	}
}

// gap is a fill-in question on the answer.
func gap(answer string) *Question {
	return &Question{Kind: FillBlank, Stem: "Portugal joined the community on " + Blank + ".", Answer: answer}
}

func typed(answer string, aliases ...string) *Question {
	return &Question{Kind: ShortAnswer, Stem: "Where did it happen?", Answer: answer, Aliases: aliases}
}

func TestCheckTyped(t *testing.T) {
	who := func(answer string) *Question {
		return &Question{Kind: ShortAnswer, Stem: "Who led the attack in 1757?", Answer: answer}
	}
	tests := []struct {
		q     *Question
		given string
		want  bool
	}{
		// Asked to the day, the year or the month and year is not enough,
		// in a gap or a question: readers called taking it a wrong key five
		// times in one set.
		{gap("1 January 1986"), "1986", false},
		{gap("1 January 1986"), "January 1986", false},
		{typed("1 January 1986"), "1986", false},
		{gap("1 January 1986"), "1 January 1986", true},
		// "Per cent", "percent" and "percentage" are one word, as the
		// text's own spelling is typed ("per cent changes" for
		// percentage changes was refused, read blind as a wrong key).
		{gap("percentage changes"), "per cent changes", true},
		{gap("percentage changes"), "percent changes", true},
		{gap("per cent changes"), "percentage changes", true},
		{gap("percentage changes"), "price changes", false},
		{gap("50 per cent"), "50%", true},
		{gap("50 per cent"), "50 percent", true},
		{gap("50 per cent"), "40 per cent", false},
		{gap("per capita income"), "per cent income", false},
		// A bare year the generator allows for one before the common era
		// is no licence to name the other era.
		{&Question{Kind: ShortAnswer, Stem: "In what year did Hannibal take command in Spain?", Answer: "221 BC", Aliases: []string{"221"}}, "221", true},
		{&Question{Kind: ShortAnswer, Stem: "In what year did Hannibal take command in Spain?", Answer: "221 BC", Aliases: []string{"221"}}, "221 AD", false},
		{&Question{Kind: ShortAnswer, Stem: "In what year did Hannibal take command in Spain?", Answer: "221 BC", Aliases: []string{"221"}}, "AD 221", false},
		// A step of a process typed with the word "stage" or "step"; a
		// compound written as one word.
		{typed("Propagation"), "propagation stage", true},
		{typed("Propagation"), "the propagation step", true},
		{typed("Propagation"), "termination stage", false},
		{typed("Gametophyte"), "gametophyte generation", true},
		{typed("Pupa"), "pupal stage", true},
		{typed("Pupa"), "larval stage", false},
		{typed("Gametophyte"), "sporophyte generation", false},
		{typed("Cross-links"), "crosslinks", true},
		{typed("Cross-links"), "crosslink", true}, // one or many, as for any word
		{typed("Mudflat"), "mud flats", true},
		{typed("Mudflat"), "mud-flats", true},
		{typed("Mudflat"), "mud banks", false},
		{typed("Negative feedback"), "negative feedback loop", true},
		{typed("Negative feedback"), "positive feedback loop", false},
		{typed("Compression"), "compressive force", true},
		{typed("Compression"), "compressive forces", true},
		{typed("Tension"), "tensile force", true},
		{typed("Tension"), "compressive force", false},
		{typed("Tension"), "tensile", false},
		// A name's particle written as another is a slip, not another
		// person; other short words still count.
		{typed("Vasco da Gama"), "Vasco de Gama", true},
		{typed("Vasco da Gama"), "Paulo da Gama", false},
		{typed("Lake Van"), "Lake Vas", false},
		// A generic head after a term: the kind of thing it is.
		{typed("Ironclad"), "ironclad ship", true},
		{typed("Lapita"), "Lapita people", true},
		{typed("Lapita"), "Lapita pottery", false},
		{typed("Self-Strengthening Movement"), "Self-Strengthening", true},
		{typed("Self-Strengthening Movement"), "Strengthening", false},
		// A date typed with its day of the week, as texts give it.
		{typed("28 December 1879"), "Sunday 28 December 1879", true},
		{typed("28 December 1879"), "on Sunday, December 28, 1879", true},
		{typed("28 December 1879"), "Sunday 29 December 1879", false},
		{typed("28 December 1879"), "Sunday", false},
		{typed("Sunday"), "Sunday", true},
		// A final "ie" spelt "y": two edits, more than a short name's budget.
		{typed("Lennie Small"), "Lenny", false},
		{&Question{Kind: ShortAnswer, Stem: "Which character is this?", Answer: "Lennie Small", Aliases: []string{"Lennie"}}, "Lenny", true},
		{typed("Mollie"), "Molly", true},
		{typed("Mollie"), "Mabel", false},
		{typed("pie"), "py", false},
		{typed("Richard II"), "Richard III", false},
		{typed("North Pacific Ocean"), "Pacific Ocean", true},
		{typed("North Pacific Ocean"), "the Pacific", true},
		{typed("North Korea"), "Korea", false},
		{typed("convection"), "conduction", false},
		{typed("convection"), "convecton", true},
		// The opposite prefix is another word, not a slip.
		{typed("microfibres"), "macrofibres", false},
		{typed("microfibres"), "microfibers", true},
		{typed("hypothermia"), "hyperthermia", false},
		{typed("North Pacific Ocean"), "Atlantic Ocean", false},
		{typed("Henry VIII"), "Henry VII", false},
		{typed("Richard II"), "Richard the Second", true},
		{typed("Richard II"), "Richrd II", true},
		// Exact, case, accents, punctuation, articles.
		{typed("Tobolsk"), "Tobolsk", true},
		{typed("Tobolsk"), "tobolsk", true},
		{typed("Tobolsk"), "  TOBOLSK. ", true},
		{typed("Ürümqi"), "urumqi", true},
		{typed("Urumqi"), "Ürümqi", true},
		{typed("the Yellow River"), "Yellow River", true},
		{typed("Yellow River"), "the yellow river", true},
		{typed("Qing & Russia"), "qing and russia", true},
		// Wrapped in stop words.
		{typed("Tobolsk"), "in Tobolsk", true},
		{typed("Tobolsk"), "I think it was Tobolsk", true},
		{typed("Tobolsk"), "Tobolsk Siberia", false},
		{typed("Tobolsk"), "Tobolsk or Kiakhta", false},
		{typed("Treaty of Nerchinsk"), "treaty nerchinsk", true},
		// Whole words only, and no typo forgiven up to 4 letters.
		{typed("air"), "chair", false},
		{typed("chair"), "air", false},
		{typed("air"), "the air", true},
		{typed("Ili"), "Illi", false},
		{typed("Tomsk"), "Omsk", false}, // the first letter is never forgiven
		{typed("chair"), "hair", false},
		{typed("Tomsk"), "Tomks", true},
		// Another country's name is no slip for a country.
		{typed("Iceland"), "Ireland", false},
		{typed("southern Iceland", "Iceland"), "Ireland", false},
		{typed("Iceland"), "Icelend", true},
		{typed("Iceland"), "iceland", true},
		// Each word keeps its first letter.
		{typed("Sergeant Cuff"), "Sergeant Bruff", false},
		{typed("Sergeant Cuff"), "Sergent Cuff", true},
		// A short word changed is another word, however long the rest.
		{typed("Group AB", "AB"), "group A", false},
		{typed("Group AB", "AB"), "group B", false},
		{typed("Group AB", "AB"), "grop AB", true},
		{typed("Ili"), "Ily", false},
		{typed("Qing"), "Qin", false},
		// 5–8 letters: one edit.
		{typed("Tobolsk"), "Tobolks", true}, // swap
		{typed("Tobolsk"), "Tobolk", true},  // deletion
		{typed("Tobolsk"), "Tobbolsk", true},
		{typed("Tobolsk"), "Tabolks", false}, // two edits
		{typed("Kiakhta"), "Kyakhta", true},
		{typed("smallpox"), "smalpox", true},
		{typed("smallpox"), "smolpocks", false},
		// 9 and more: two edits.
		{typed("Semipalatinsk"), "Semipalatynsk", true},
		{typed("Semipalatinsk"), "Semepalatynsk", true},
		{typed("Semipalatinsk"), "Semepalotynsk", false},
		{typed("Nerchinsk treaty"), "Nerchinks treaty", true},
		// Numbers and years exact.
		{typed("1757"), "1757", true},
		{typed("1757"), "1758", false},
		{typed("1757"), "1575", false},
		{typed("3,000"), "3000", true},
		{typed("3,000"), "three thousand", true},
		{typed("3,000"), "3 thousand", true},
		{typed("3,000"), "30000", false},
		{typed("3,000"), "300", false},
		{typed("3,000 troops"), "3000 troops", true},
		{typed("3,000 troops"), "3001 troops", false},
		{typed("21 September 1757"), "September 21, 1757", true},
		{typed("21 September 1757"), "21 Sept 1757", true},
		{typed("21 September 1757"), "21 Septmber 1757", true},
		{typed("21 September 1757"), "21 September 1758", false},
		{typed("21 September 1757"), "22 September 1757", false},
		{typed("September 1757"), "sept 1757", true},
		// Aliases.
		{typed("Kangxi Emperor", "Kangxi"), "kangxi", true},
		{typed("Kangxi Emperor", "Kangxi"), "Kanxi", true},
		{typed("Kangxi Emperor", "Kangxi"), "Kanx", false},
		{typed("Beijing", "Peking"), "peking", true},
		// Stop words alone, empty and garbage.
		{typed("The Who"), "the", false},
		{typed("A"), "a", true},
		{typed("A"), "the", false},
		{typed("vitamin A"), "a", false},
		{typed("The Who"), "the who", true},
		{typed("Tobolsk"), "", false},
		{typed("Tobolsk"), "   ", false},
		{typed("Tobolsk"), "of the", false},
		{typed("Tobolsk"), "?!?!", false},
		{typed("Tobolsk"), "\xff\xfe", false},
		{typed("Tobolsk"), strings.Repeat("Tobolsk ", 500), false},
		{typed(""), "anything", false},
		// Surname for a person asked with "Who".
		{who("Isaac Newton"), "Newton", true},
		{who("Isaac Newton"), "newtonn", true},
		{who("Isaac Newton"), "Isaac", false},
		{who("Galdan Khan"), "Khan", false},
		{who("Louis XIV"), "XIV", false},
		{who("William of Orange"), "Orange", false},
		{typed("Isaac Newton"), "Newton", false}, // not a "Who" question
		{&Question{Kind: ShortAnswer, Stem: "Who was the son of Alexei Golovin?", Answer: "Fyodor Golovin"}, "Golovin", false},
		{&Question{Kind: FillBlank, Stem: "Who killed " + Blank + "?", Answer: "Amursana"}, "Amursana", true},
	}
	for _, tt := range tests {
		if got := CheckTyped(tt.q, tt.given); got != tt.want {
			t.Errorf("CheckTyped(%q, %q) = %v; want %v", tt.q.Answer, tt.given, got, tt.want)
		}
	}
	if CheckTyped(nil, "x") {
		t.Errorf("CheckTyped(nil, %q) = true; want false", "x")
	}
}

func TestCheckChoice(t *testing.T) {
	mc := &Question{Kind: MultipleChoice, Answer: "Tobolsk",
		Options: []string{"Tobolsk", "Semipalatinsk", "Kiakhta", "Ili"}}
	nums := &Question{Kind: MultipleChoice, Answer: "3,000", Options: []string{"736", "3,000", "1", "1,500"}}
	tf := &Question{Kind: TrueFalse, Answer: "True", Options: []string{"True", "False"}}
	near := &Question{Kind: MultipleChoice, Answer: "Tobolsk", Options: []string{"Tobolsk", "Tobalsk", "Omsk", "Tomsk"}}
	tests := []struct {
		q     *Question
		given string
		want  int
		ok    bool
	}{
		{mc, "1", 0, true},
		{mc, "2", 1, true},
		{mc, " 4 ", 3, true},
		{mc, "5", -1, false},
		{mc, "0", -1, false},
		{mc, "a", 0, true},
		{mc, "B", 1, true},
		{mc, "c)", 2, true},
		{mc, "(d)", 3, true},
		{mc, "e", -1, false},
		{mc, "Kiakhta", 2, true},
		{mc, "kiakhta!", 2, true},
		{mc, "Kyakhta", 2, true},
		{mc, "in Kiakhta", 2, true},
		{mc, "semipalatynsk", 1, true},
		{mc, "ili", 3, true},
		{mc, "illi", -1, false},
		{mc, "Moscow", -1, false},
		{mc, "", -1, false},
		{mc, "the", -1, false},
		{nums, "3000", 1, true},
		{nums, "three thousand", 1, true},
		{nums, "1", 2, true}, // the option "1", not the first option
		{nums, "2", 1, true},
		{nums, "1500", 3, true},
		{nums, "1501", -1, false},
		{tf, "true", 0, true},
		{tf, "T", 0, true},
		{tf, "yes", 0, true},
		{tf, "false", 1, true},
		{tf, "f", 1, true},
		{tf, "No", 1, true},
		{tf, "1", 0, true},
		{tf, "2", 1, true},
		{tf, "b", 1, true},
		{tf, "maybe", -1, false},
		{near, "Tobolsk", 0, true},
		{near, "Tobalsk", 1, true},
		{near, "Tobilsk", -1, false}, // one edit from two options
		{near, "Tomsk", 3, true},
	}
	for _, tt := range tests {
		got, ok := CheckChoice(tt.q, tt.given)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CheckChoice(%v, %q) = %d, %v; want %d, %v", tt.q.Options, tt.given, got, ok, tt.want, tt.ok)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "abc", 0}, {"abc", "acb", 1}, {"abc", "ab", 1}, {"kitten", "sitting", 3},
		{"ca", "abc", 3}, {"ürümqi", "urumqi", 2},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, 10); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
	}
	if got := editDistance("kitten", "sitting", 1); got != 2 {
		t.Errorf("editDistance(kitten, sitting, max 1) = %d; want 2 (gave up)", got)
	}
	long := strings.Repeat("ab", 100)
	if got := editDistance(long, long+"x", 2); got != 1 {
		t.Errorf("editDistance(long, long+x) = %d; want 1", got)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Tobolsk", "21 September 1757", "three thousand", "the the a", "Ærø & ß", "1.5 million",
		"Sept 21", "21st of Sept", "\xff", "ǰ", "İ", "㎒", "one hundred and", "3,000,000", "05 may", "may 05 5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q; not valid UTF-8", s, n)
		}
		if n2 := Normalize(n); n2 != n {
			t.Fatalf("Normalize(%q) = %q, but Normalize(%q) = %q; want idempotent", s, n, n, n2)
		}
		if strings.Contains(n, "  ") || strings.TrimSpace(n) != n {
			t.Fatalf("Normalize(%q) = %q; want single spaces, none at the ends", s, n)
		}
	})
}

func FuzzCheckTyped(f *testing.F) {
	f.Add("Tobolsk", "tobolsk")
	f.Add("21 September 1757", "September 21, 1757")
	f.Add("3,000", "three thousand")
	f.Add("Isaac Newton", "Newton")
	f.Add("", "\xff")
	f.Fuzz(func(t *testing.T, answer, given string) {
		q := &Question{Kind: ShortAnswer, Stem: "Who did it?", Answer: answer, Aliases: []string{given}}
		if Normalize(given) != "" && len(contentTokens(normTokens(given))) > 0 && len(given) <= maxAnswerBytes && !CheckTyped(q, given) {
			t.Fatalf("CheckTyped with alias %q refused the alias itself", given)
		}
		q.Aliases = nil
		CheckTyped(q, given)
		mc := &Question{Kind: MultipleChoice, Answer: answer, Options: []string{answer, given, "x"}}
		if i, ok := CheckChoice(mc, given); ok && (i < 0 || i >= len(mc.Options)) {
			t.Fatalf("CheckChoice(%q) = %d; out of range", given, i)
		}
	})
}

func BenchmarkCheckTyped(b *testing.B) {
	q := &Question{Kind: ShortAnswer, Stem: "Where did Amursana die of smallpox in 1757?", Answer: "Tobolsk",
		Aliases: []string{"the city of Tobolsk"}}
	d := &Question{Kind: FillBlank, Stem: "Amursana died on " + Blank + ".", Answer: "21 September 1757"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		switch i % 4 {
		case 0:
			CheckTyped(q, "Tobolks")
		case 1:
			CheckTyped(q, "in Semipalatinsk")
		case 2:
			CheckTyped(d, "September 21, 1757")
		case 3:
			CheckTyped(q, "Tóbolsk")
		}
	}
}

// TestDayAndMonthOfDate: "15 February" answers "On the morning of _____ the
// church collapsed" (15 February 1945); "16 February" and "February" alone
// do not.
func TestDayAndMonthOfDate(t *testing.T) {
	q := &Question{Kind: FillBlank, Stem: "On the morning of _____ the church collapsed.", Answer: "15 February 1945"}
	for given, want := range map[string]bool{"15 February": true, "February 15": true, "the 15th of February": true,
		"16 February": false, "February": false, "15 February 1944": false} {
		if got := CheckTyped(q, given); got != want {
			t.Errorf("CheckTyped(%q) = %v; want %v", given, got, want)
		}
	}
}

// TestBritishXion: "inflexion" is the British spelling of inflection.
func TestBritishXion(t *testing.T) {
	q := &Question{Kind: ShortAnswer, Stem: "“A change in the form of a word.” Which term is this?", Answer: "Inflection"}
	if !CheckTyped(q, "inflexion") {
		t.Error("inflexion refused for Inflection")
	}
	if !CheckTyped(&Question{Kind: ShortAnswer, Stem: "x?", Answer: "reflection"}, "reflexion") {
		t.Error("reflexion refused for reflection")
	}
}

// TestEraTyped: a year before the common era is typed in any of its
// spellings and never without it; one after it with or without its era;
// "BC" without a year is British Columbia's initials.
func TestEraTyped(t *testing.T) {
	bc := &Question{Kind: ShortAnswer, Stem: "In what year did the Persians burn Athens?", Answer: "480 BC"}
	ad := &Question{Kind: ShortAnswer, Stem: "In what year did Vesuvius erupt?", Answer: "AD 79"}
	bcol := &Question{Kind: FillBlank, Stem: "Emily Carr painted the forests of _____.", Answer: "British Columbia"}
	for _, tt := range []struct {
		q     *Question
		given string
		want  bool
	}{
		{bc, "480 BCE", true}, {bc, "480 B.C.", true}, {bc, "480 bc", true}, {bc, "480", false}, {bc, "480 AD", false}, {bc, "490 BC", false},
		{ad, "79", true}, {ad, "79 CE", true}, {ad, "79 AD", true}, {ad, "79 BC", false}, {ad, "97", false},
		// Without a year, BC is an abbreviation like any other.
		{bcol, "BC", true}, {bcol, "B.C.", true}, {bcol, "AB", false},
	} {
		if got := CheckTyped(tt.q, tt.given); got != tt.want {
			t.Errorf("CheckTyped(%q for %q) = %v; want %v", tt.given, tt.q.Answer, got, tt.want)
		}
	}
}

// TestOtherMonthFromTheStem: "June 1970" for December 1970 is wrong, though
// the stem says "June" (of another year) and the bare year is an alias;
// read blind, accepting it was a wrong key.
func TestOtherMonthFromTheStem(t *testing.T) {
	q := &Question{Kind: FillBlank, Stem: "Workers had protested before: in Poznań in June 1956, on the Baltic coast in _____, when dozens of strikers were shot.",
		Answer: "December 1970", Aliases: []string{"1970"}}
	for given, want := range map[string]bool{"June 1970": false, "1970": true, "Dec 1970": true, "December 1970": true} {
		if got := CheckTyped(q, given); got != want {
			t.Errorf("CheckTyped(%q) = %v; want %v", given, got, want)
		}
	}
}

// TestCountryWithItsTitle: "Republic of Uzbekistan" is Uzbekistan (read
// blind, refusing it was a wrong key); another country with the same
// title is not.
func TestCountryWithItsTitle(t *testing.T) {
	q := &Question{Kind: FillBlank, Stem: "The Registan is the historic central square of Samarkand, in _____, framed on three sides.", Answer: "Uzbekistan"}
	for given, want := range map[string]bool{"Republic of Uzbekistan": true, "the Republic of Uzbekistan": true, "Uzbekistan": true, "Republic of Kazakhstan": false, "Republic of": false} {
		if got := CheckTyped(q, given); got != want {
			t.Errorf("CheckTyped(%q) = %v; want %v", given, got, want)
		}
	}
}

// TestKindHeads: "Round Table talks" is the Round Table and "tusche ink"
// Tusche (each refused once, read blind as wrong keys); the head is not
// dropped the other way, where a describing word is left: "silent" is no
// "silent film".
func TestKindHeads(t *testing.T) {
	table := &Question{Kind: ShortAnswer, Stem: "“The negotiations held in Warsaw in early 1989.” Which term is this?", Answer: "Round Table"}
	tusche := &Question{Kind: ShortAnswer, Stem: "“A greasy liquid drawing ink.” Which term is this?", Answer: "Tusche"}
	film := &Question{Kind: ShortAnswer, Stem: "“Motion pictures made before recorded sound.” Which term is this?", Answer: "Silent film"}
	for _, c := range []struct {
		q     *Question
		given string
		want  bool
	}{
		{table, "Round Table talks", true}, {table, "the round table negotiations", true}, {table, "Round Table failed", false},
		{tusche, "tusche ink", true}, {tusche, "ink", false}, {film, "silent", false},
		{&Question{Kind: ShortAnswer, Stem: "“Q = 0, and the gas cools as it expands.” Which term is this?", Answer: "Adiabatic"}, "adiabatic expansion", true},
		{&Question{Kind: ShortAnswer, Stem: "“The lowest partial, with frequency f.” Which term is this?", Answer: "Fundamental"}, "fundamental frequency", true},
		{&Question{Kind: ShortAnswer, Stem: "“The lowest partial, with frequency f.” Which term is this?", Answer: "Fundamental"}, "fundamental overtone", false},
		{&Question{Kind: ShortAnswer, Stem: "“A performance in which the audience moves about, following the action.” Which term is this?", Answer: "Promenade"}, "promenade staging", true},
	} {
		if got := CheckTyped(c.q, c.given); got != c.want {
			t.Errorf("CheckTyped(%q, %q) = %v; want %v", c.q.Answer, c.given, got, c.want)
		}
	}
}

// TestMonthIsNoUnit: a month typed with the year of a month-and-year key
// is no unit of the year its alias gives, though the sentence names that
// month elsewhere ("died in May 1252, and Alfonso was proclaimed king on
// 1 June"): read blind, accepting "June 1252" was a wrong key.
func TestMonthIsNoUnit(t *testing.T) {
	q := &Question{Kind: FillBlank, Stem: "Ferdinand III died in Seville in _____.", Answer: "May 1252", Aliases: []string{"1252"},
		Explanation: "Ferdinand III died in Seville in May 1252, and Alfonso was proclaimed king on 1 June."}
	for given, want := range map[string]bool{"May 1252": true, "1252": true, "in 1252": true, "June 1252": false, "1 June 1252": false} {
		if got := CheckTyped(q, given); got != want {
			t.Errorf("CheckTyped(%q) = %v; want %v", given, got, want)
		}
	}
}

// TestRegionAndMeasureHeads: "Kars region" is Kars Province, "austerity
// measures" is Austerity and "lee slope" the Lee side (each refused once,
// read blind as wrong keys); another place's region is not, nor the other
// side.
func TestRegionAndMeasureHeads(t *testing.T) {
	kars := &Question{Kind: FillBlank, Stem: "Ani is a ruined medieval city in _____ in north-eastern Turkey.", Answer: "Kars Province", Aliases: []string{"Kars"}}
	aust := &Question{Kind: ShortAnswer, Stem: "“Severe cuts in consumption and public spending.” Which term is this?", Answer: "Austerity"}
	lee := &Question{Kind: ShortAnswer, Stem: "“The down-ice face, sheltered from the full force of the ice.” Which term is this?", Answer: "Lee side", Aliases: []string{"Lee"}}
	for _, c := range []struct {
		q     *Question
		given string
		want  bool
	}{
		{kars, "Kars region", true}, {kars, "Kars district", true}, {kars, "Erzurum region", false},
		{aust, "austerity measures", true}, {aust, "austerity programme", true}, {aust, "inflation measures", false},
		{lee, "lee slope", true}, {lee, "lee face", true}, {lee, "stoss slope", false}, {lee, "lee", true},
	} {
		if got := CheckTyped(c.q, c.given); got != c.want {
			t.Errorf("CheckTyped(%q, %q) = %v; want %v", c.q.Answer, c.given, got, c.want)
		}
	}
}

// TestPartOfPlaceAndGeneHead: "central Anatolia" is in Anatolia,
// "complementary sex determiner gene" names the complementary sex
// determiner and "Velocity ratio (VR)" is the term as notes write it (each
// refused once, read blind as wrong keys); a part of another place, a term
// without its own words or a hedge between two answers is not.
func TestPartOfPlaceAndGeneHead(t *testing.T) {
	hatti := &Question{Kind: FillBlank, Stem: "The Hittites ruled a kingdom in _____ from about 1650 to 1180 BC.", Answer: "Anatolia"}
	csd := &Question{Kind: FillBlank, Stem: "In honeybees, sex depends on a single gene region known as the _____.", Answer: "complementary sex determiner"}
	dune := &Question{Kind: FillBlank, Stem: "A _____ forms where wind piles up sand.", Answer: "dune"}
	vr := &Question{Kind: ShortAnswer, Stem: "“Distance moved by effort ÷ distance moved by load.” Which term is this?", Answer: "Velocity ratio", Aliases: []string{"VR"}}
	for _, c := range []struct {
		q     *Question
		given string
		want  bool
	}{
		{hatti, "central Anatolia", true}, {hatti, "Central Anatolia", true}, {hatti, "northern Greece", false}, {hatti, "central", false},
		{csd, "complementary sex determiner gene", true}, {csd, "sex determiner gene", false},
		{dune, "central dune", false},
		{vr, "Velocity ratio (VR)", true}, {vr, "velocity ratio (mechanical advantage)", false}, {vr, "mechanical advantage (MA)", false},
	} {
		if got := CheckTyped(c.q, c.given); got != c.want {
			t.Errorf("CheckTyped(%q, %q) = %v; want %v", c.q.Answer, c.given, got, c.want)
		}
	}
}

// TestTypoIsASlip: a letter typed for another is forgiven when a hand or an
// ear makes the slip (a key beside it, a vowel for a vowel, "c" for "k"),
// not when it makes another word: "exact" for "epact", "interpolation"
// for "intercalation", "typical year" for "tropical year".
func TestTypoIsASlip(t *testing.T) {
	for _, c := range []struct {
		answer, given string
		want          bool
	}{
		{"Epact", "exact", false}, {"Epact", "epcat", true},
		{"Intercalation", "interpolation", false}, {"Intercalation", "interrelation", false},
		{"Intercalation", "intercalaton", true}, {"Intercalation", "intercallation", true},
		{"Tropical year", "typical year", false}, {"Tropical year", "tropicle year", true}, {"Tropical year", "tropical yeat", true},
		{"Separate", "seperate", true}, {"Photosynthesis", "fotosynthesis", false}, {"Cossacks", "Cosacks", true},
	} {
		q := &Question{Kind: ShortAnswer, Stem: "Which term is this?", Answer: c.answer}
		if got := CheckTyped(q, c.given); got != c.want {
			t.Errorf("CheckTyped(%q, %q) = %v; want %v", c.answer, c.given, got, c.want)
		}
	}
}

// TestNothingTypedIsWrong: an empty or blank answer is refused for every
// kind of key, including one whose year the stem shows and whose alias is
// that year (an empty answer was once completed to "1889" and accepted).
func TestNothingTypedIsWrong(t *testing.T) {
	for _, q := range []*Question{
		{Kind: FillBlank, Stem: "At the Battle of Gallabat in _____, Yohannes IV was killed; Menelik was crowned on 3 November 1889.", Answer: "March 1889", Aliases: []string{"1889"}},
		{Kind: ShortAnswer, Stem: "In what year did Hannibal take command in Spain?", Answer: "221 BC", Aliases: []string{"221"}},
		{Kind: ShortAnswer, Stem: "Which term is this?", Answer: "Negative feedback"},
		{Kind: FillBlank, Stem: "The river rises in the _____.", Answer: "Alps"},
	} {
		for _, given := range []string{"", " ", "  \t", "?", "-", "…"} {
			if CheckTyped(q, given) {
				t.Errorf("%q accepted for %q", given, q.Answer)
			}
		}
	}
}

// TestOfForDe: a name typed with "de" where the key has "of" (the text
// wrote both: refused once, read blind as a wrong key) is the same name;
// another name is not, nor "de" in place of another word.
func TestOfForDe(t *testing.T) {
	elie := &Question{Kind: ShortAnswer, Stem: "“Aiol's companion in the poem named after him.” Which character is this?", Answer: "Élie of Saint-Gilles"}
	for _, c := range []struct {
		given string
		want  bool
	}{
		{"Élie de Saint-Gilles", true}, {"elie de saint-gilles", true}, {"Élie of Saint-Gilles", true},
		{"Élie de Narbonne", false}, {"Aymeri de Saint-Gilles", false}, {"Élie de de Saint-Gilles", false},
	} {
		if got := CheckTyped(elie, c.given); got != c.want {
			t.Errorf("CheckTyped(%q) = %v; want %v", c.given, got, c.want)
		}
	}
}
