package questions

import (
	"regexp"
	"slices"

	"quizbot/quiz"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lesson notes carry much of their content in lists, not sentences:
// "Chromosome: a long, coiled molecule of DNA", "1. Prophase – chromosomes
// condense". Each such item is a fact (a term and what it means), and the
// items of one list are siblings: the other stages, the other key terms.
// Those siblings are the best wrong options there are.

// entry is one "Term: meaning" item of a list.
type entry struct {
	Term string
	Alt  string // another name given in brackets: "Potential difference (voltage)"
	Or   string // a second other name: "Also called horizontal precipitation or fog drip"
	Def  string // the meaning, as written, without its final stop
}

// glossary is one list of entries under one heading.
type glossary struct {
	Section string
	Parent  string // the heading above Section's, if any: "The stock characters" above "The masters (Vecchi)"
	Ordered bool   // a numbered list: the order is itself a fact
	Entries []entry
}

var (
	// "Term: meaning", "Term – meaning", "Term - meaning"; the term is a
	// short name, the meaning runs on.
	reEntry = regexp.MustCompile(`^([\p{L}][\p{L}\p{M}'’()/-]*(?: [\p{L}\p{M}'’()/-]+){0,4})\s*(?::|\s[–—-])\s+(\S.{6,})$`)
	// Words that open a "Label: text" line that is not a definition.
	notTerms = set("eastward", "westward", "northward", "southward", "eastwards", "westwards", "northwards", "southwards",
		"note", "notes", "example", "examples", "e.g", "eg", "tip", "tips", "remember", "warning", "answer",
		"answers", "question", "questions", "homework", "objective", "objectives", "aim", "aims", "date", "time",
		"materials", "method", "results", "result", "conclusion", "summary", "hint", "key", "source", "sources",
		"see", "task", "activity", "exercise", "starter", "plenary", "extension", "lesson", "unit", "topic",
		"class", "year", "teacher", "name", "title", "subject", "duration", "level", "caution", "important",
		"why", "how", "what", "when", "where", "who", "step", "part", "figure", "table", "chapter", "section")
	// Last words of a two-word label that is not a term ("Common mistake",
	// "Fun fact", "Worked example"). Heads that end real terms ("boiling
	// point", "standard error", "Turing test", "drip tips") are not here.
	labelHeads = set("mistake", "mistakes", "misconception", "misconceptions", "reminder", "fact", "facts", "idea",
		"ideas", "question", "questions", "note", "notes", "task", "tasks", "example", "examples",
		"activity", "challenge", "warning")
	// One-word labels of the cases of something named above the list
	// ("Positive:", "Zero:", "Negative:" under "The discriminant").
	caseWords = set("positive", "negative", "zero", "high", "low", "medium", "yes", "no", "true", "false", "none",
		"increase", "decrease", "equal", "same", "different", "small", "large", "greater", "smaller", "less", "more")
	// Meanings that lean on something outside the entry: "Her husband, a
	// bank manager", "A close friend of the family".
	rePronounDef = regexp.MustCompile(`(?i)^(?:his|her|their|its|he|she|they|it)\b|\bthe family\b`)
	// Meanings that are not definitions but examples or asides.
	reNotDef = regexp.MustCompile(`(?i)^(?:for example|e\.g\.|eg\b|such as|see\b|like\b|as in\b|(?:about|around|up to|over|roughly|approximately|nearly|almost|more than|less than|at least) [\d−-])`)
	// A book's or a play's division, not a term: "Book the Third: The
	// Track of a Storm" is a heading.
	reDivision = regexp.MustCompile(`(?i)^(?:book|part|chapter|act|volume|section|scene|canto) (?:the )?(?:[ivxlc]+|\d+|first|second|third|fourth|fifth|sixth|seventh|one|two|three|four|five|six|seven)$`)
)

// reOrdinalLabel is a list's label that only counts ("- **Sixth**: a speedy
// and public trial …" under "What the ten amendments say"): the Sixth what
// is in the heading. Read blind, all three asked as terms were wrong keys.
var reOrdinalLabel = regexp.MustCompile(`(?i)^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))$`)

// reMidExample is an example of two to four words set between commas
// inside a meaning: ", such as trade bans, ".
var reMidExample = regexp.MustCompile(`, (?:such as|e\.g\.|for example) [\p{L}'’-]+(?: [\p{L}'’-]+){1,3}, `)

// withoutMidExample takes such an example out when the meaning goes on
// after it ("placed on a country by others"). When what follows is more of
// a list ("such as seaside tourism, fruit picking and ski resorts") it is
// all example, and the cut below takes it.
func withoutMidExample(def string) string {
	m := reMidExample.FindStringIndex(def)
	if m == nil {
		return def
	}
	rest := def[m[1]:]
	if i := strings.IndexAny(rest, ",;"); i >= 0 {
		rest = rest[:i]
	}
	if strings.Contains(rest, " and ") || strings.Contains(rest, " or ") {
		return def
	}
	return def[:m[0]] + " " + def[m[1]:]
}

// sentenceEnd is where a meaning's first sentence ends, or -1: not at
// "St." or "Mr." or an initial ("half St. Bernard").
func sentenceEnd(def string) int {
	for i := strings.Index(def, ". "); i > 0; {
		w := def[:i]
		if k := strings.LastIndexAny(w, " ("); k >= 0 {
			w = w[k+1:]
		}
		if r, n := utf8.DecodeRuneInString(w); !(n == len(w) && unicode.IsUpper(r)) && !abbreviations[strings.ToLower(w)] {
			return i
		}
		j := strings.Index(def[i+2:], ". ")
		if j < 0 {
			return -1
		}
		i += 2 + j
	}
	return -1
}

// abbreviations end with a stop that ends no sentence.
var abbreviations = set("st", "mr", "mrs", "ms", "dr", "mt", "ft", "no", "vs", "etc", "approx", "c", "ca", "jr", "sr", "capt", "col", "gen", "lt", "prof", "rev")

// objectOpeners follow a verb that opens an instruction ("Pass the
// ball:", "Write it down:"); "Pass laws" is a term.
var objectOpeners = set("the", "a", "an", "your", "our", "their", "this", "these", "those", "it", "them", "each",
	"every", "all", "both", "up", "out", "down", "in", "on", "off", "back", "over", "through", "to", "with")

// prepositions open a bracket that says where or when, not a name.
var prepositions = set("from", "in", "at", "on", "to", "of", "for", "by", "with", "near", "since", "until", "before", "after")

// reNameLabel opens a bracketed name with what it is: "plural lazzi",
// "Italian scenario or canovaccio", "Greek", "Gaelic baile".
var reNameLabel = regexp.MustCompile(`^(?:(?:plural|singular|also|or|spelled|spelt|written|called|known as|abbreviated|short for)\s+|(?:(?:Old|Middle|Ancient|Modern|Classical)\s+)?(?:Latin|Greek|Hebrew|Sanskrit|Persian|Turkish|Norse|Hindi|Urdu|Māori|Maori|Zulu|Swahili|Quechua|Nahuatl|Inuktitut|[A-Z][a-z]+(?:ian|ish|ese|ch|ic))\s+)+`)

// spelledAlso is the other spelling a term's bracket gives in the text as
// written, "**Lead (also spelled lede)**": cleaning drops such brackets as
// glosses from the prose, and read blind, refusing "lede" was a wrong key.
func spelledAlso(raw, term string) string {
	if !strings.Contains(raw, "spel") {
		return "" // the common case, found without the expression
	}
	for _, m := range reSpelledAlso.FindAllStringSubmatch(raw, -1) {
		if before := strings.ToLower(m[1]); before == strings.ToLower(term) || strings.HasSuffix(before, " "+strings.ToLower(term)) {
			return m[2]
		}
	}
	return ""
}

// reSpelledAlso is a bracket giving the words before it another spelling.
var reSpelledAlso = regexp.MustCompile(`(?i)([\p{L}'’-]+(?: [\p{L}'’-]+){0,3})\*{0,2}\s*\((?:also |or )?spel(?:led|t) ([\p{L}'’-]+(?: [\p{L}'’-]+){0,2})\)`)

// otherName is the name a bracket after a term gives (see parseEntry)
// without its label and without the term itself: "Lazzo (plural lazzi)"
// is also "lazzi", "Scenario (Italian scenario or canovaccio)" also
// "canovaccio". Read blind, "canovaccio" refused was a wrong key.
func otherName(term, alt string) string {
	alt = strings.TrimSpace(reNameLabel.ReplaceAllString(alt, ""))
	for _, part := range strings.Split(alt, " or ") {
		if part = strings.TrimSpace(part); part != "" && !strings.EqualFold(part, term) {
			return part
		}
	}
	return ""
}

// reAlsoCalled is a sentence after a meaning that gives the term's other
// name: "Also called a cirque (in France) or a cwm (in Wales)".
var reAlsoCalled = regexp.MustCompile(`\. (?:It is )?(?:[Aa]lso|[Ss]ometimes|[Oo]ften) (?:called|known as) (?:an? |the )?([\p{L}-]+(?: [\p{L}-]+)?)\b(?:[^.]*? or (?:an? |the )?([\p{L}-]+(?: [\p{L}-]+)?)\b)?`)

// reWithWhat is a meaning's last phrase that only its example filled in:
// ", with features", " including many animals".
var reWithWhat = regexp.MustCompile(`,?\s+(?:with|including|especially)\s+(?:many\s+|several\s+|other\s+|distinctive\s+)?[\p{L}-]+s$`)

// minBareMeaning is the fewest words a meaning keeps without its example
// ("such as ...", "for example ..."). Shorter, the example is what tells it
// from its neighbours: "a feature of an animal's body" alone could be any
// adaptation (read blind, it was ambiguous beside "a feature of a living
// thing"), and "something an animal does" names nothing until "such as
// hiding in a burrow during the day". An "e.g." always goes: its full stop
// would end the quoted meaning.
const minBareMeaning = 8

// parseEntry reads a list line as a term and its meaning.
func parseEntry(line string) (entry, bool) {
	m := reEntry.FindStringSubmatch(line)
	if m == nil {
		return entry{}, false
	}
	term, def := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	alt := ""
	later := "" // "Also called a cirque (in France) or a cwm (in Wales)." after the meaning
	or := ""    // "... or fog drip": the sentence's second name
	if am := reAlsoCalled.FindStringSubmatch(def); am != nil {
		later, or = oneName(am[1]), oneName(am[2])
	}
	if i, j := strings.Index(term, "("), strings.LastIndex(term, ")"); i > 0 && j > i {
		alt = strings.TrimSpace(term[i+1 : j])
		term = strings.Join(strings.Fields(term[:i]+" "+term[j+1:]), " ") // "Zenobia (Zeena) Frome" is "Zenobia Frome"
		if f := strings.Fields(alt); len(f) > 1 && prepositions[strings.ToLower(f[0])] || partsOfSpeech[strings.ToLower(strings.Trim(alt, "."))] || positionWords[alt] || fieldWords[strings.ToLower(alt)] {
			// "Arctic maritime (from the north)": where it comes from, not
			// another name; "Mint (verb)": what word it is; "Mixed flat
			// (middle)": where it lies (read blind, "middle" accepted for
			// it was a wrong key); "Precipitation (chemistry)": in which
			// subject ("chemistry" was accepted too).
			alt = ""
		}
		alt = otherName(term, alt)
		if before, after := strings.Fields(m[1][:i]), strings.TrimSpace(m[1][j+1:]); len(strings.Fields(alt)) == 1 && after != "" && len(before) > 0 && alt == strings.ToLower(alt) {
			// "Surface (wearing) course": the bracket names the word
			// before it otherwise, and "wearing course" is the other name.
			alt = strings.Join(append(before[:len(before)-1], alt), " ") + " " + after
		}
	} else if strings.ContainsAny(term, "()") {
		return entry{}, false
	}
	if reDivision.MatchString(term) || reOrdinalLabel.MatchString(term) {
		return entry{}, false
	}
	first := strings.ToLower(strings.Fields(term)[0])
	if f := strings.Fields(strings.ToLower(term)); first == "the" || instructionVerbs[first] || baseVerbs[first] && len(f) > 1 && objectOpeners[f[1]] {
		return entry{}, false // "Write the equation: ...", "The Church: ...": a step or a label, not a term
	}
	if f := strings.Fields(strings.ToLower(term)); len(f) == 1 && caseWords[f[0]] {
		return entry{}, false // "Positive: two real solutions": a case of something the line does not name
	}
	if f := strings.Fields(strings.ToLower(term)); len(f) >= 3 && thirdPerson(f[len(f)-1]) && !prepositions[f[len(f)-2]] && !articles[f[len(f)-2]] {
		return entry{}, false // "McAdam's principle survives: every layer …": a sentence's subject and verb, not a term
	}
	if f := strings.Fields(strings.ToLower(term)); len(f) > 1 && labelHeads[f[len(f)-1]] {
		return entry{}, false // "Common mistake: students often think ...", "Fun fact: ...": a label, not a term
	}
	if notTerms[strings.Trim(first, ".")] || hasDigit(term) || reNotDef.MatchString(def) || hasDigit(def[:1]) || rePronounDef.MatchString(def) {
		return entry{}, false
	}
	if f := strings.Fields(strings.ToLower(def)); len(f) > 1 && (f[0] == "from" && !hasDigit(f[1]) || f[0] == "named" && f[1] == "after") {
		return entry{}, false // "Slapstick: from the batacchio, a wooden bat ...": where the word comes from, not what it means
	}
	if workedStep(def) {
		return entry{}, false // "Velocity: v₁ = q / y₁ = 20 m/s": a worked step, not what velocity is
	}
	if f := strings.Fields(strings.ToLower(def)); len(f) > 0 && taskVerbs[f[0]] {
		return entry{}, false // "Quick test: Score cattle, gold coins and banknotes from 1 to 5": a task, not a meaning
	}
	// The meaning's first sentence is the fact; what follows elaborates,
	// and so do examples ("e.g. cotton").
	// "penalties, such as trade bans, placed on a country": a short example
	// between commas, and the meaning goes on after it.
	def = withoutMidExample(def)
	for _, cut := range []string{" (e.g.", ", e.g.", " e.g.", " (for example", ", for example", " such as "} {
		if i := strings.Index(def, cut); i > 0 && (strings.Contains(cut, "e.g.") || len(strings.Fields(def[:i])) >= minBareMeaning) {
			if cut == " such as " && reWithWhat.MatchString(def[:i]) {
				// "a landscape shaped by the dissolving of soluble rock, with
				// features such as caves": "with features" alone says
				// nothing (read blind, the meaning ending so was broken),
				// so it goes with its example, or both stay.
				if bare := reWithWhat.ReplaceAllString(def[:i], ""); len(strings.Fields(bare)) >= minBareMeaning {
					def = bare
				}
				continue
			}
			def = def[:i]
		}
	}
	if i := sentenceEnd(def); i > 0 {
		def = def[:i]
	}
	def = strings.TrimRight(def, ".,;: ") // "a solid with a crystal structure," cut before its example
	if len(strings.Fields(def)) < 5 || len(strings.Fields(def)) > 40 {
		return entry{}, false
	}
	if alt == "" && later != "" && !strings.EqualFold(later, term) {
		alt = later
	}
	if p := bornPrefix(strings.ToLower(alt)); p != "" {
		// "Mina Harker (née Murray)" was Mina Murray: a bare surname joins
		// the given names; a full birth name stands as it is.
		alt = strings.TrimSpace(alt[len(p):])
		if w := strings.Fields(term); len(strings.Fields(alt)) == 1 && len(w) > 1 {
			alt = strings.Join(w[:len(w)-1], " ") + " " + alt
		}
	}
	if strings.EqualFold(or, term) || strings.EqualFold(or, alt) {
		or = ""
	}
	return entry{Term: term, Alt: alt, Or: or, Def: def}, true
}

// oneName cuts a name of two words caught with the word after it: "Also
// known as moraine because ..." names moraine.
func oneName(name string) string {
	if f := strings.Fields(name); len(f) == 2 && (functionWords[strings.ToLower(f[1])] || prepositions[strings.ToLower(f[1])]) {
		return f[0]
	}
	return name
}

// category names what the entries of a list are, from its heading:
// "Stages of mitosis (remember PMAT)" gives "stage of mitosis"; a heading
// that does not say gives "term".
// kind is what the list's entries are: its own heading's category, or,
// when that says only "term", its parent heading's people ("The masters"
// under "The stock characters" are characters, not terms).
func (g *glossary) kind() string {
	c := category(g.Section)
	if c == "term" {
		if k := countedKind(g.Section, len(g.Entries)); k != "" {
			return k
		}
	}
	if c == "term" && g.Parent != "" {
		if p := category(g.Parent); p == "character" || p == "person" {
			return p
		}
	}
	return c
}

func category(section string) string {
	h := strings.TrimRight(strings.TrimSpace(reParen.ReplaceAllString(section, "")), ":")
	f := strings.Fields(h)
	for k, w := range f {
		if !reAcronym.MatchString(w) {
			f[k] = strings.ToLower(w) // "Ways to measure GDP" keeps its acronym
		}
	}
	if strings.Contains(strings.ToLower(h), "character") {
		return "character"
	}
	if m := reFiguresHeading.FindStringSubmatch(strings.ToLower(h)); m != nil {
		// "Main figures" of a poem are its characters ("Rodrigo Manrique:
		// the poet's father, presented as the model Christian knight"),
		// "Historical figures" people: asked "Which term is this?", read
		// blind as a wrong key and a person called a term.
		if m[1] == "main" || m[1] == "central" || m[1] == "principal" {
			return "character"
		}
		return "person"
	}
	for _, w := range f {
		if peopleWords[w] {
			return "person" // "Key people": "Which term is this?" for Wernher von Braun is no question
		}
		if w == "of" || w == "for" || w == "to" || w == "about" || w == "with" {
			break // "The physics of lifting people": the people are not what the heading lists
		}
	}
	for _, w := range f {
		if w == "and" || w == "or" || w == "&" {
			return "term" // "Commanders and leaders" names two kinds
		}
	}
	if len(f) >= 3 && reSectionNumber.MatchString(f[0]) {
		f = f[1:] // "4. The laws of logarithms"
	}
	if len(f) >= 3 && f[0] == "the" {
		f = f[1:]
	}
	if len(f) >= 4 && countWords[f[0]] {
		f = f[1:] // "Three routes to fixation"
	}
	if len(f) == 3 && f[1] == "to" && (objectiveFrame[f[2]] || headingVerbs[f[2]]) {
		return "term" // "Two types to distinguish", "Dates to remember": the verb names no kind
	}
	if len(f) >= 3 && (f[1] == "of" || f[1] == "to" || f[1] == "for") && strings.HasSuffix(f[0], "s") && len(f) <= 6 {
		return singular(f[0]) + " " + f[1] + " " + strings.Join(f[2:], " ")
	}
	// A heading such as "Waves" or "Wave processes" may hold things of
	// other kinds too (fetch is not a wave): only "Types of X" and the
	// like say what every entry is.
	return "term"
}

// workedStep reports a meaning that is a symbol set equal to a figure
// ("v₁ = q / y₁ = 15 / 0.75 = 20 m/s", "Q = 0, so …"): a step of a worked
// example. A law written as a formula ("log_a(mn) = log_a m + log_a n") and
// a meaning that ends on its formula ("…, where 1 W = 1 J/s") stay.
func workedStep(def string) bool {
	i := strings.IndexAny(def, "=≈")
	return i > 0 && len(strings.Fields(def[:i])) <= 2 && hasDigit(def[i:])
}

// headingVerbs close a heading that says what to do with its list.
var headingVerbs = set("distinguish", "remember", "note", "revise", "watch", "avoid", "master", "memorise", "memorize")

var reParen = regexp.MustCompile(`\([^)]*\)`)

// reSectionNumber numbers a heading: "4.", "2)", "IV.".
var reSectionNumber = regexp.MustCompile(`^(?:\d+|[ivxlc]+)[.)]$`)

// peopleWords head a list of people. "Figures" is left out: "Key figures"
// lists numbers as often as people.
// groupLabel is a list's entry for several people under one label in
// small letters ("Historical figures: Juan II, Enrique IV ..."): no one
// character to name.
func groupLabel(term string) bool {
	f := strings.Fields(term)
	last := f[len(f)-1]
	return len(f) > 1 && !capitalized(last) && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// reFiguresHeading is a heading over people called figures; "Key figures"
// alone may be numbers.
var reFiguresHeading = regexp.MustCompile(`^(?:the )?(main|central|principal|historical|leading|political|religious|major|other) figures$`)

var peopleWords = set("people", "persons", "individuals", "leaders", "personalities", "biographies", "who's",
	"conspirators", "plotters", "rulers", "monarchs", "explorers", "scientists", "inventors", "artists",
	"writers", "authors", "generals", "commanders", "founders", "suspects", "thinkers", "philosophers", "reformers")

// countedKind is what each entry is when a heading counts them all: "The
// four gateways" over four places gives "gateway"; "The three ratios"
// over three ratios and a memory aid gives "".
func countedKind(section string, entries int) string {
	f := strings.Fields(strings.ToLower(strings.TrimRight(strings.TrimSpace(section), ":")))
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
	}
	if len(f) != 2 && (len(f) != 3 || strings.HasSuffix(f[1], "s")) || !countWords[f[0]] || !reCountedKind.MatchString(f[len(f)-1]) {
		return ""
	}
	if n, ok := quiz.ParseNumber(f[0]); !ok || int(n) != entries {
		return ""
	}
	return singular(f[len(f)-1])
}

// reCountedKind is a plural noun a counted heading names its entries by.
var reCountedKind = regexp.MustCompile(`^\pL{3,}[^s']s$`)

// latinPlurals are the plurals in -ices whose singular is no "-ice" ("prices",
// "devices"): read blind, the key "price indices" was given the alias
// "price indice".
var latinPlurals = map[string]string{"indices": "index", "matrices": "matrix", "vertices": "vertex", "vortices": "vortex",
	"appendices": "appendix", "apices": "apex", "cortices": "cortex", "helices": "helix"}

// countWords count a heading's entries ("Three routes to fixation").
var countWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10")

var whWords = set("why", "how", "what", "when", "where", "who", "which")

// termsHeading reports a heading that says its list holds terms ("Key
// terms", "3. Vocabulary (10 minutes)"). Only under such a heading is a
// numbered list's label a term to ask for by its meaning: elsewhere the
// numbers walk through the stages of something ("2. Early dry season: rains
// stop and the grass begins to cure", "4. Ignition: ...", "Respiration"
// in a carbon cycle's steps), and each line tells what happens then, which
// fits more than one label. Read blind, such labels asked as terms were
// usable 15 times in 41 of the development questions; a list that names
// its own kind ("Stages of mitosis") asks "Which stage of mitosis is this?"
// and stays (8 in 12).
func termsHeading(section string) bool {
	h := strings.ToLower(strings.TrimSpace(reHeadingTail.ReplaceAllString(section, "")))
	h = strings.TrimSpace(strings.TrimLeft(h, "0123456789.) "))
	return glossaryHeadings[strings.TrimRight(h, ": ")]
}

// reHeadingTail is what a lesson's heading adds after its subject: a time
// or a note in brackets ("(10 minutes)", "(write on board)").
var reHeadingTail = regexp.MustCompile(`\s*\([^()]*\)\s*:?\s*$`)

// glossaryHeadings say only that a list holds terms.
var glossaryHeadings = set("key terms", "terms", "keywords", "key words", "vocabulary", "glossary", "definitions",
	"key vocabulary", "words to know", "key ideas", "key concepts", "terminology")

func singular(w string) string {
	if one, ok := latinPlurals[strings.ToLower(w)]; ok {
		if w != strings.ToLower(w) {
			one = upperFirst(one)
		}
		return one // "price index" for "price indices", never "price indice"
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us"):
		return strings.TrimSuffix(w, "s") // not "polis", "basis", "virus"
	}
	return w
}

// entryStem writes the question for an entry: the meaning quoted, then
// the question. One form fits every meaning, whether it is a noun phrase
// ("a long, coiled molecule of DNA") or a clause ("chromosomes condense"),
// so no rewriting can break its grammar.
func entryStem(g *glossary, e entry) string {
	return quoteDef(meaningText(withoutOtherNames(e.Def))+".") + " Which " + g.kind() + " is this?"
}

// reOtherNamesAside is a bracket that gives the term's other names: "(also
// called a sink or pothole)", or a last clause that does: "the states
// that remained loyal; also called "the North"".
var reOtherNamesAside = regexp.MustCompile(`\s*\((?:also|sometimes|often|usually|commonly|informally) (?:called|known as|named|termed) [^()]*\)|[;,]\s*(?:also|sometimes|often|usually|commonly|informally) (?:called|known as|named|termed) [^;()]*$`)

// reLessonAside is a bracket that fits a meaning to the lesson's own case:
// "a fixed number of beats (here, four)". Asked alone, "here" is nowhere.
// So is one that says how to pronounce the term: "More than half lit but
// not full (say "GIB-us")" spells the answer.
var reLessonAside = regexp.MustCompile(`\s*\((?:here|in this (?:lesson|text|unit|song|example|case)|say|pronounced|pronunciation)\b[^()]*\)`)

// withoutOtherNames drops such a bracket from a meaning asked for its term:
// shown, it answers the question; left out, its names are answers too
// ("sink" for a swallow hole; refusing them was read blind as a wrong key).
// A bracket on the lesson's own case or on how to say the term goes too.
func withoutOtherNames(def string) string {
	if d := strings.TrimSpace(reLessonAside.ReplaceAllString(def, "")); d != "" {
		def = d
	}
	if out := strings.TrimSpace(reOtherNamesAside.ReplaceAllString(def, "")); out != "" {
		return out
	}
	return def
}

func quoteDef(s string) string { return "\u201c" + s + "\u201d" }

// meaningText writes a meaning to stand inside the question's quotation
// marks with a capital; one that opens with quoted words has them in
// single quotes ("'Shield money' paid to the king ..."), not a quotation
// mark doubled.
func meaningText(def string) string {
	if !strings.HasPrefix(def, `"`) {
		return upperFirst(def)
	}
	def = reQuotedWords.ReplaceAllString(def, "\u2018$1\u2019")
	for i, r := range def {
		if unicode.IsLetter(r) {
			return def[:i] + string(unicode.ToUpper(r)) + def[i+utf8.RuneLen(r):]
		}
	}
	return def
}

var reQuotedWords = regexp.MustCompile(`"([^"]+)"`)

// factLabels head the lines of a work's or a place's fact file ("Form:
// long narrative poem in hexameter", "Setting: Grand-Pré in 1755",
// "Imports: cotton cloth from India; glass beads"): a fact to be read, not
// a term. Defined ("Setting: the time and place of a story") it is one.
var factLabels = set("form", "setting", "genre", "author", "published", "imports", "exports", "location",
	"population", "language", "languages", "religion", "capital", "currency", "founded", "built", "height", "length")

// stageLabels head the stages of an event told in notes ("Cause: Members
// of both factions were hanged for murder. ...", "Outbreak: ...", "Crisis:
// ...", "End: ..."): read blind, all five such questions of a lesson's
// riot were unusable, the riot itself the answer a student would give. A
// meaning that says what kind of thing it is ("Event: one outcome or a
// group of outcomes", "Turning point: an event after which things change")
// is a glossary's, and stays.
var stageLabels = set("cause", "causes", "outbreak", "event", "events", "crisis", "end", "ending", "aftermath", "background",
	"context", "significance", "impact", "consequences", "legacy", "origins", "trigger", "build-up", "turning point")

// stageLine reports an entry that tells a stage of an event rather than
// defining a term.
func stageLine(e entry) bool {
	if !stageLabels[strings.ToLower(e.Term)] {
		return false
	}
	f := strings.Fields(strings.ToLower(e.Def))
	return len(f) > 0 && f[0] != "a" && f[0] != "an" && f[0] != "one"
}

// nominalised is the noun a method's verb makes ("Eliminate" is also
// typed "elimination", "Simplify" "simplification") or a property's
// adjective ("Codominant" is also typed "codominance"), or "".
func nominalised(term string) string {
	w := strings.ToLower(term)
	if strings.Contains(w, " ") || len(w) < 6 {
		return ""
	}
	switch {
	case strings.HasSuffix(w, "ate"):
		return w[:len(w)-1] + "ion"
	case strings.HasSuffix(w, "ify"):
		return w[:len(w)-1] + "ication"
	case strings.HasSuffix(w, "ise") || strings.HasSuffix(w, "ize"):
		return w[:len(w)-1] + "ation"
	case strings.HasSuffix(w, "erge"):
		return w + "nce" // "converge", "diverge", "emerge"
	case strings.HasSuffix(w, "ant") && len(w) >= 8:
		return w[:len(w)-1] + "ce" // "dominant", "resistant"; not "servant"
	}
	return ""
}

// stateNoun is the noun of a state named by an adverb and an adjective:
// "Absolutely stable" is also typed "absolute stability", "Conditionally
// unstable" "conditional instability" (each refused once, read blind as
// a wrong key), whatever the meaning's form.
func stateNoun(term string) string {
	f := strings.Fields(strings.ToLower(term))
	if len(f) != 2 || !strings.HasSuffix(f[0], "ly") || len(f[0]) <= 4 {
		return ""
	}
	if n := abilityNoun(f[1]); n != "" {
		return strings.TrimSuffix(f[0], "ly") + " " + n
	}
	return ""
}

// abilityNoun is the noun of an adjective in "-able" or "-ible":
// "stability", "instability" (not "unstability"), "visibility".
func abilityNoun(adj string) string {
	if adj == "unstable" {
		return "instability"
	}
	for _, suf := range []string{"able", "ible"} {
		if strings.HasSuffix(adj, suf) && len(adj) > len(suf)+1 {
			return strings.TrimSuffix(adj, "le") + "ility"
		}
	}
	return ""
}

// altSurname returns, for a character or person called by one name with
// a full name in brackets ("Dill (Charles Baker Harris)"), that name with
// the surname ("Dill Harris") and the surname when no one else holds it.
func altSurname(art *article, g *glossary, e entry) []string {
	c := g.kind()
	f := strings.Fields(e.Alt)
	if c != "character" && c != "person" || len(strings.Fields(e.Term)) != 1 || len(f) < 2 || !capitalized(f[len(f)-1]) {
		return nil
	}
	surname := f[len(f)-1]
	return append([]string{e.Term + " " + surname}, sharedNamesOut(art, g, e, []string{surname})...)
}

// familyName returns, for a character called by one name whose meaning
// places them in a family ("Lia: the youngest granddaughter"), that name
// with the one family name the text gives ("The Toscano family are known
// in the village ..."): "Lia Toscano" is a right answer.
func familyName(art *article, g *glossary, e entry) []string {
	if g.kind() != "character" || len(strings.Fields(e.Term)) != 1 || !reFamilyMember.MatchString(e.Def) {
		return nil
	}
	if n := art.onlyFamily(); n != "" && n != e.Term {
		return []string{e.Term + " " + n}
	}
	return nil
}

// onlyFamily returns the one family the text names ("The Toscano family"),
// or "" for none or several (which one would a character belong to?),
// found once per text.
func (a *article) onlyFamily() string {
	if a.family == nil {
		names := map[string]bool{}
		for _, m := range reFamilyOf.FindAllStringSubmatch(a.Raw, -1) {
			names[m[1]] = true
		}
		name := ""
		if len(names) == 1 {
			for n := range names {
				name = n
			}
		}
		a.family = &name
	}
	return *a.family
}

var (
	reFamilyOf     = regexp.MustCompile(`\b[Tt]he (\p{Lu}[\p{L}'’-]+) family\b`)
	reFamilyMember = regexp.MustCompile(`(?i)\b(?:son|daughter|grandson|granddaughter|grandfather|grandmother|father|mother|brother|sister|grandchild|child)\b`)
)

// nounMeaning reports a meaning that opens with an article: it says what a
// thing is ("Filtrate: the liquid that passes through"), and the thing is
// no method whose noun ("filtration") would answer for it.
func nounMeaning(def string) bool {
	f := strings.Fields(strings.ToLower(def))
	return len(f) > 0 && articles[f[0]]
}

// giveaway reports whether the meaning shows the term or a word of its
// family ("photosynthesis" in "the process of synthesising"): the question
// would answer itself.
func entryGivesAway(e entry) bool {
	if spelledOut(e.Term, e.Def) {
		return true
	}
	if e.Alt != "" && quiz.ContainsWords(e.Def, e.Alt) {
		return true // "Sverdrup (Sv): ...; 1 Sv = 1,000,000 m³ per second": the other name, an answer, stands in the meaning
	}
	def := strings.ToLower(e.Def)
	for _, w := range strings.Fields(strings.ToLower(e.Term)) {
		w = strings.Trim(w, "()'’")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		r := []rune(w)
		root := string(r[:min(len(r), max(4, len(r)-3))])
		for _, d := range strings.FieldsFunc(def, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if strings.HasPrefix(d, root) || utf8.RuneCountInString(d) >= 5 && strings.Contains(w, d) {
				return true // "synthesis" inside "photosynthesis"
			}
			if utf8.RuneCountInString(d) == 4 && strings.HasPrefix(w, d) && wordEndings[w[len(d):]] {
				return true // "layers flex" for "Flexible pavement"
			}
		}
	}
	return namedFrom(e) || titledRole(e)
}

// otherPerson reports a character who cannot be the one a meaning
// describes: named in it ("Igor's brother" is not Igor) or of the other
// sex ("Igor's wife" offered for "Prince of Novgorod-Seversky, brave but
// reckless in his pursuit of glory"). Read blind, both were failed as
// wrong options.
func otherPerson(e, o entry) bool {
	for _, w := range strings.Fields(o.Term) {
		if r := []rune(w); len(r) >= 3 && unicode.IsUpper(r[0]) && !titleWords[w] && !nobleTitles[w] && quiz.ContainsWords(e.Def, w) {
			return true
		}
	}
	a, b := personSex(e.Def), personSex(o.Def)
	return a != 0 && b != 0 && a != b
}

// reAnotherOfKind is a meaning that opens "another" of some kind: "Sarah
// Johnson: another classmate who reaches out to Suzy".
var reAnotherOfKind = regexp.MustCompile(`^(?i:another) (?:[\pL'’-]+ ){0,2}?(\pL+?)s? (?:who|whom|whose|that|with|from|of|in|at)\b`)

// anotherOfKind reports an entry whose meaning is "another" of the kind
// an entry of the same list is, and that entry: "Justin Maxfield: a
// classmate who treats Suzy kindly", "Sarah Johnson: another classmate who
// reaches out to Suzy". The second leans on the first, and each
// description fits both; read blind, both were failed as ambiguous.
func anotherOfKind(g *glossary, e entry) bool {
	if reAnotherOfKind.MatchString(e.Def) {
		return true
	}
	f := strings.Fields(strings.ToLower(e.Def))
	for _, o := range g.Entries {
		m := reAnotherOfKind.FindStringSubmatch(o.Def)
		if m == nil || o.Term == e.Term {
			continue
		}
		for k := 1; k < len(f) && k <= 3; k++ {
			if w := strings.Trim(f[k], ",;:."); w == strings.ToLower(m[1]) || w == strings.ToLower(m[1])+"s" {
				return articles[f[0]]
			}
		}
	}
	return false
}

// personSex is the sex a list's meaning gives its person: by its first role
// noun, else by its pronouns.
func personSex(def string) byte {
	if g := meaningGender(def); g != 0 {
		return g
	}
	return defPronounSex(def)
}

// wordEndings turn a short verb or noun into the term's word: "flex" into
// "flexible", "mass" into "massive".
var wordEndings = set("ible", "able", "ive", "ing", "ed", "er", "y", "al", "ic")

// titledRole reports a family's member listed by title and surname whose
// meaning opens with the bare role: "Mr Samsa: the father, seemingly old
// and idle" in a story of Gregor Samsa. "The father" is the answer in
// other words; read blind, both parents so asked were failed as given away.
func titledRole(e entry) bool {
	f := strings.Fields(strings.ToLower(e.Def))
	return titleLed(e.Term) && len(f) > 1 && f[0] == "the" && kinNouns[strings.Trim(f[1], ",;:")]
}

// namedFrom reports a term formed from a name its meaning shows: the
// "Taborites" are "based at the town of Tábor", the "Utraquists" "named
// from the Latin sub utraque", a "Lancastrian" a supporter "of the House of
// Lancaster". The shown word is a name (capitalised) or follows "named",
// and the term begins with two thirds of it or more.
func namedFrom(e entry) bool {
	named := false
	for i, d := range strings.FieldsFunc(e.Def, func(r rune) bool { return !unicode.IsLetter(r) }) {
		r, _ := utf8.DecodeRuneInString(d)
		if i > 0 && (unicode.IsUpper(r) || named) && utf8.RuneCountInString(d) >= 5 {
			dn := quiz.Normalize(d)
			for _, w := range strings.Fields(quiz.Normalize(e.Term)) {
				if p := commonPrefix(w, dn); p >= 5 && 3*p >= 2*utf8.RuneCountInString(dn) {
					return true
				}
			}
		}
		named = named || strings.EqualFold(d, "named") || strings.EqualFold(d, "called")
	}
	return false
}

// commonPrefix counts the runes two words begin with alike.
func commonPrefix(a, b string) int {
	n := 0
	for ra, rb := []rune(a), []rune(b); n < len(ra) && n < len(rb) && ra[n] == rb[n]; n++ {
	}
	return n
}

// spelledOut reports an acronym whose meaning spells out its letters ("GDR:
// The German Democratic Republic, or East Germany"): the initials of the
// meaning's capitalised words, "of" and "and" left out, hold the acronym.
func spelledOut(term, def string) bool {
	if n := utf8.RuneCountInString(term); n < 2 || n > 6 {
		return false
	}
	if strings.ToLower(term) == term {
		return lowerInitials(term, def)
	}
	if strings.ToUpper(term) != term {
		return false
	}
	var initials strings.Builder
	for _, w := range strings.FieldsFunc(def, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		for _, part := range strings.Split(w, "-") {
			if r, _ := utf8.DecodeRuneInString(part); unicode.IsUpper(r) {
				initials.WriteRune(r)
			}
		}
	}
	if strings.Contains(initials.String(), term) {
		return true
	}
	// The meaning may open with the words spelled in lower case, a word
	// giving more than its first letter: "ICBM: intercontinental
	// ballistic missile, a rocket that ...".
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(def), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w != "of" && w != "and" && w != "the" && w != "for" && w != "a" && w != "an" {
			words = append(words, w)
		}
	}
	return spellsOut([]rune(strings.ToLower(term)), words)
}

// lowerInitials reports an abbreviation in small letters whose meaning
// opens with the words it stands for: "rpm: revolutions per minute, a
// measure of how fast something turns". Only the opening words, one
// letter each, so a short word ("gel", "ion") is not read as one.
func lowerInitials(term, def string) bool {
	rs := []rune(term)
	words := strings.FieldsFunc(strings.ToLower(def), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) < len(rs) {
		return false
	}
	for i, r := range rs {
		if f, _ := utf8.DecodeRuneInString(words[i]); f != r {
			return false
		}
	}
	return true
}

// spellsOut reports whether the words, from the first, spell the letters:
// each word gives its first letter and may give more of its own before
// the next word's turn ("intercontinental" gives I and C of ICBM).
func spellsOut(letters []rune, words []string) bool {
	k := 0
	for wi, w := range words {
		if k == len(letters) {
			return wi >= 2
		}
		r := []rune(w)
		if r[0] != letters[k] {
			return false
		}
		k++
		for i := 1; i < len(r) && k < len(letters); i++ {
			if wi+1 < len(words) && []rune(words[wi+1])[0] == letters[k] {
				break // the next word gives it
			}
			if r[i] == letters[k] {
				k++
			}
		}
	}
	return k == len(letters) && len(words) >= 2
}

// measureMeaning reports a "meaning" that is only a measure ("Around 6
// metres long in an adult") or a rate ("About ±15 seconds per month",
// "−4 to +6 seconds per day"): a note on the term, not what it is.
func measureMeaning(def string) bool {
	return reMeasureMeaning.MatchString(def) || reRateMeaning.MatchString(def)
}

var reRateMeaning = regexp.MustCompile(`(?i)^(?:(?:around|about|roughly|approximately|nearly|almost|often|usually|typically|up to|at most|at least)\s+)?[±+−-]?\s*[\d.,]+(?:\s*(?:to|–|-)\s*[±+−-]?\s*[\d.,]+)?\s*\p{L}+\s+(?:per|a|an|each)\s+\p{L}+`)

var reMeasureMeaning = regexp.MustCompile(`(?i)^(?:around|about|roughly|approximately|nearly|almost|over|under|up to|more than|less than|at least|some)?\s*[\d.,]+\s*(?:%|per ?cent|\p{L}+)?\s*(?:long|wide|high|tall|deep|across|thick|heavy|old|in (?:length|diameter|size))\b`)

// workingMeaning reports a "meaning" that is a line of working ("KE
// before: ½ × 2 × 3² = 9 J", "Current: I = 12 ÷ 4"): a step of a worked
// example that ends in its figure, not what a term means. A formula that
// defines ("a² + b² = c²") stays.
func workingMeaning(def string) bool {
	return strings.Contains(def, "=") && reWorkedFigure.MatchString(def)
}

// reWorkedFigure is arithmetic on figures, or a figure that ends the line.
var reWorkedFigure = regexp.MustCompile(`\d\s*[×÷]\s*\d|=\s*[−-]?\d[\d.,]*\s*\p{L}{0,3}\.?$`)

// itemsMeaning reports a "meaning" that is a list of examples ("crops:
// wheat, rice, barley, sugar cane"): the term is the kind of its items,
// which anyone names without reading ("Which term is this?" for horses,
// cattle and pigs). A lone "A" is an item ("A, B, AB or O"), not an
// article.
func itemsMeaning(def string) bool {
	parts := reListSep.Split(strings.TrimSuffix(reParens.ReplaceAllString(def, ""), "."), -1)
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		ws := strings.Fields(p)
		if len(ws) == 0 || len(ws) > 4 || len(ws) > 1 && articles[strings.ToLower(ws[0])] || hasDigit(p) {
			return false // a definition, or a description with figures ("about 10–14 per minute")
		}
	}
	return true
}

var (
	reListSep = regexp.MustCompile(`\s*(?:[,;]|\band\b)\s*(?:and\s+)?`) // "a, b; c and d"
	reParens  = regexp.MustCompile(`\s*\([^)]*\)`)
	articles  = set("a", "an", "the")
)

// listOf is one list with the article it belongs to.
type listOf struct {
	Art *article
	Doc int
	G   *glossary
}

// rePeriodMeaning is a meaning that dates itself by what the notes said
// before: "The finest white bread of the period" (read blind: which
// period?). "The main meal of the day" says all it needs.
var rePeriodMeaning = regexp.MustCompile(`\b(?:of|in|at) the (?:period|time|era)\s*[.;,]?$`)

// rePointingMeaning is a meaning that points at something the notes named
// before it: "The final debate and vote on the bill in that House" (read
// blind: which House?). After a preposition "that" is no relative pronoun.
// The submatch is the noun pointed at.
var rePointingMeaning = regexp.MustCompile(`(?i)\b(?:in|on|at|of|from|to|by|for|with|into|within|through)\s+(?:that|those)\s+(\pL+)`)

// pronounThat are words after which "that" and "those" stand alone.
var pronounThat = set("of", "which", "who", "whom", "is", "are", "was", "were", "in", "on", "at", "to", "for", "and", "or", "with")

var reYearWithin = regexp.MustCompile(`\b\d{3,4}\b`)

// pointingMeaning reports a meaning that points back (rePointingMeaning).
// "This" is left alone ("in this case", "in this period": the entry's
// own), and so is "that year" after a year the meaning gives itself ("in
// 1848; it survived the failures of that year").
func pointingMeaning(def string) bool {
	m := rePointingMeaning.FindStringSubmatchIndex(def)
	if m == nil {
		return false
	}
	next := strings.ToLower(def[m[2]:m[3]])
	if pronounThat[next] {
		return false // "differs from that of the continuous phase": a pronoun, said in the meaning
	}
	return !timeNouns[next] || !reYearWithin.MatchString(def[:m[0]])
}

// entryCandidates asks for each entry's term from its meaning: with the
// list's other terms as options when there are enough of them, typed
// otherwise (and for every third entry, so that a long list is not all
// multiple choice). An ordered list also asks which item follows which.
func entryCandidates(l listOf, asked map[string]bool) []candidate {
	g := l.G
	var out []candidate
	labels := l.Art.entryLabels() // the notes' entry labels, no alias of another (othersOut)
	people := g.kind() == "character" || g.kind() == "person"
	describes := attributeList(g) || rePlacesHeading.MatchString(g.Section) // a list of the subject's properties or places, no terms
	for i, e := range g.Entries {
		key := strings.ToLower(e.Term)
		if describes || entryGivesAway(e) || asked[singular(key)] || labelTerm(e.Term) || actionTerm(e) || layoutLabel(e.Term) || factLabels[key] && !nounMeaning(e.Def) || stageLine(e) || regionOrDate(e.Term) || seasonal(g, e.Term) || g.Ordered && (stepLabel(e.Term) || l.Art.definedUnordered(key) || g.kind() == "term" && !termsHeading(g.Section)) || l.Art.topicWord(stem(key)) || l.Art.topicPhrase(key) || l.Art.titleHolds(key) || planHeading(g.Section) || factHeading(g.Section) || comparisonRow(g.Section, e.Def) || reThemeHeading.MatchString(g.Section) ||
			reasonHeading.MatchString(g.Section) || exampleHeading(g.Section) || verbMeaning(e.Def) || twoThings(e.Term) ||
			g.kind() == "term" && l.Art.properName(e.Term) && !reDefines.MatchString(e.Def) || statementMeaning(e.Def) || g.kind() == "term" && clauseMeaning(e.Def) || measureMeaning(e.Def) || workingMeaning(e.Def) ||
			g.kind() != "character" && itemsMeaning(e.Def) || l.Art.countedElsewhere(e.Def) || g.kind() == "character" && (l.Art.namesTitle(e.Term) || l.Art.kinGivesAway(e) || groupLabel(e.Term)) || conditionLabel(e.Term) || anotherOfKind(g, e) || rePeriodMeaning.MatchString(e.Def) || pointingMeaning(e.Def) || reFormula.MatchString(e.Def) {
			continue // one term is asked once, from the first list that defines it
		}
		asked[singular(key)] = true // "Lahars" in a list of hazards and "Lahar" in the glossary are one term
		s := &sentence{Art: l.Art, Doc: l.Doc, Pos: i, Section: g.Section, Text: e.Term + ": " + e.Def + ".", Usable: true}
		base := quiz.Question{Explanation: s.Text, Source: l.Art.Title, Section: g.Section}
		other := ""
		if m := reOrOtherName.FindStringSubmatchIndex(e.Def); m != nil && !people {
			// "The front end, or terminus, of a glacier": the other name
			// answers too, and left in the question it would answer it. A
			// character's "The gracioso, or comic peasant, ..." is a role.
			other = e.Def[m[2]:m[3]]
			e.Def = e.Def[:m[2]-len(", or ")] + e.Def[m[3]+1:]
		}
		stem := entryStem(g, e)
		name, rest := definedByName(e.Def)
		if f := strings.Fields(name); name != "" && !titleWords[f[0]] && !nobleTitles[f[0]] && titleLong[f[0]] == "" && !strings.HasPrefix(rest, "not ") {
			// "MFA: The Armed Forces Movement, a group of mostly junior
			// officers who planned the coup": the meaning opens with the
			// term's other name, which would answer the question it asks.
			// Asked from the rest, the name is typed as well; a rest that
			// says too little ("founded in 1988") or leans on the name
			// ("which prepared business for the Assembly") is not asked.
			// A role ("The Governor of Messina") is no other name, nor is the
			// subject of a statement ("The Bible, not the Pope, is ...").
			r := strings.Fields(rest)
			if len(r) < 4 || relativeWords[strings.ToLower(r[0])] || reCommaRelative.MatchString(rest) {
				continue
			}
			stem = entryStem(g, entry{Term: e.Term, Def: rest})
		}
		var opts []string
		for k, o := range g.Entries {
			if k != i && len(opts) < 3 && !nearDuplicate(strings.ToLower(o.Term), strings.ToLower(e.Term)) &&
				!kindOf(o, e) && !kindOf(e, o) && !quiz.ContainsWords(e.Def, o.Term) && !stemIn(e.Def, o.Term) &&
				!(people && otherPerson(e, o)) {
				opts = append(opts, o.Term)
			}
		}
		q := base
		q.Stem, q.Answer = stem, e.Term
		if len(opts) == 3 && i%3 != 2 && sameDefHead(g, e, opts) && samePlurality(e.Term, opts) {
			q.Kind = quiz.MultipleChoice
			q.Options = append(opts, e.Term)
			shuffle(q.Options, s.Text)
		} else {
			q.Kind = quiz.ShortAnswer
			q.Aliases = append(sharedNamesOut(l.Art, g, e, l.Art.nameTailOut(e.Term, g.kind(), termAliases(e.Term, g.kind()))), siblingHeadAliases(g, e)...)
			for _, n := range l.Art.labelNames(e.Term) {
				if !slices.ContainsFunc(q.Aliases, func(a string) bool { return strings.EqualFold(a, n) }) {
					q.Aliases = append(q.Aliases, n)
				}
			}
			if g.kind() != "character" {
				// A character's own name stays an answer even in the title
				// ("Goriot" in a quiz on Le Père Goriot).
				q.Aliases = l.Art.notTopic(q.Aliases)
			}
			if m := reOnItsOwn.FindStringSubmatch(e.Term); m != nil {
				// "Amber on its own" is typed "amber", though the title
				// ("Red, Amber, Green") names it too.
				q.Aliases = append(q.Aliases, m[1])
			}
			if g := quotedGloss(l.Art.Raw, span{Text: e.Term}); g != "" && !strings.EqualFold(g, e.Term) {
				q.Aliases = append(q.Aliases, g) // "New State" for the Estado Novo ("New State")
			}
			if sp := spelledAlso(l.Art.Raw, e.Term); sp != "" && !strings.EqualFold(sp, e.Alt) {
				q.Aliases = append(q.Aliases, sp) // "Lead (also spelled lede)": the cleaned text lost the bracket
			}
			if e.Alt != "" {
				q.Aliases = append(q.Aliases, e.Alt)
				q.Aliases = append(q.Aliases, altSurname(l.Art, g, e)...)
			}
			if e.Or != "" {
				q.Aliases = append(q.Aliases, e.Or)
			}
			if other != "" {
				q.Aliases = append(q.Aliases, other) // "terminus" for Snout
			}
			q.Aliases = append(q.Aliases, familyName(l.Art, g, e)...)
			if c := g.kind(); c == "character" || c == "person" {
				if n := bracketName(e.Term, l.Art.lower()); n != "" && !slices.Contains(q.Aliases, n) {
					q.Aliases = append(q.Aliases, n) // "Ūta-napišti (Utnapishtim)" in the prose
				}
				if l.Art.taleTitle(e.Term) {
					// "In "Snow White" a queen asks her magic mirror ...": the
					// name is a tale's title, and "Snow" or "White" alone
					// names nobody.
					uses := wordCount(l.Art.Raw, e.Term)
					q.Aliases = slices.DeleteFunc(q.Aliases, func(a string) bool {
						return !strings.Contains(a, " ") && wordCount(l.Art.Raw, a) <= uses
					}) // "Holmes", which the story writes alone, stays
				}
				if n := l.Art.quotedBefore(e.Term); n != "" && !slices.Contains(q.Aliases, n) {
					q.Aliases = append(q.Aliases, n) // ""Cinderella" (Aschenputtel)"
				}
			}
			if given := l.Art.calledByGiven(e.Term); given != "" && g.kind() == "character" {
				q.Aliases = append(q.Aliases, sharedNamesOut(l.Art, g, e, []string{given})...)
			}
			if first := l.Art.firstCalledAlone(e.Term); first != "" && g.kind() == "character" && !slices.Contains(q.Aliases, first) {
				q.Aliases = append(q.Aliases, sharedNamesOut(l.Art, g, e, []string{first})...)
			}
			if c := g.kind(); c == "character" || c == "person" {
				if m := reBecomesTitle.FindStringSubmatch(e.Def); m != nil {
					q.Aliases = append(q.Aliases, m[1])
				}
				sex := meaningGender(e.Def)
				q.Aliases = l.Art.withoutSurnameOfOtherSex(q.Aliases, e.Term, sex)
				for _, n := range l.Art.otherNamesOf(e.Term) {
					if !slices.Contains(q.Aliases, n) && !titleOfOtherSex(n, sex) {
						q.Aliases = append(q.Aliases, n)
					}
				}
				if t := l.Art.titleCalledAlone(e.Term); t != "" {
					q.Aliases = append(q.Aliases, t)
				}
			}
			if n := nominalised(e.Term); n != "" && !nounMeaning(e.Def) {
				q.Aliases = append(q.Aliases, n)
			}
			if n := stateNoun(e.Term); n != "" {
				q.Aliases = append(q.Aliases, n)
			}
			if name != "" {
				q.Aliases = append(q.Aliases, name) // "Ekklesia: The Assembly, open to all citizens" is also typed "Assembly"
			}
			q.Aliases = append(q.Aliases, calledAlso(e.Def)...)
			if long := l.Art.spelledOut(e.Term); long != "" {
				q.Aliases = append(q.Aliases, long) // "phosphoenolpyruvate carboxylase" for "PEP carboxylase"
			}
			for _, short := range l.Art.bracketShort(e.Term) {
				if !slices.Contains(q.Aliases, short) {
					q.Aliases = append(q.Aliases, short)
				}
			}
			if short := l.Art.genusShort(e.Term); short != "" {
				q.Aliases = append(q.Aliases, short)
			}
			q.Aliases = append(q.Aliases, l.Art.longerNames(e.Term, g.kind())...)
			if c := g.kind(); c != "character" && c != "person" {
				q.Aliases = append(q.Aliases, l.Art.proseForms(g, e.Term)...)
				q.Aliases = append(q.Aliases, l.Art.proseGloss(e.Term)...)
				if short := headless(e.Term); short != "" {
					q.Aliases = append(q.Aliases, short)
				}
			}
			if m := reKindOf.FindStringSubmatch(g.kind()); m != nil && !strings.Contains(strings.ToLower(e.Term), m[1]) {
				q.Aliases = append(q.Aliases, e.Term+" "+m[1]) // "Physical" is also typed "physical weathering"
			}
			if c := g.kind(); c == "character" || c == "person" {
				// A person is not typed with the noun of their description:
				// no "Curley son" from "the boss's son".
			} else if h := defNoun(e.Def); h != "" && !strings.Contains(strings.ToLower(e.Def), h+" of ") && !strings.Contains(strings.ToLower(e.Term), h) && len(strings.Fields(e.Term)) == 1 && !partitive(e.Def, h) && !adjectival(h) && !quiz.GenericWord(e.Term) {
				// "Jacobins: a radical political club" is also typed
				// "Jacobin club"; an act of something is no kind ("the
				// destruction of religious images" makes no "iconoclasm
				// destruction").
				q.Aliases = append(q.Aliases, singular(strings.ToLower(e.Term))+" "+h)
			}
			if h := classNoun(e.Def); h != "" && !strings.Contains(strings.ToLower(e.Term), singular(h)) && describingTerm(e.Term) {
				// "Mutually exclusive: Events that cannot happen at the
				// same time" is also typed "mutually exclusive events".
				q.Aliases = append(q.Aliases, strings.ToLower(e.Term)+" "+h)
			}
			if c := g.kind(); c == "character" {
				q.Aliases = l.Art.wordNameOut(e.Term, q.Aliases)
			} else if c != "person" {
				// The question's own words are no answer for a term: not
				// "universal ruler" for chakravartin ("universal ruler")
				// asked as "A universal ruler, lord of all other kings".
				// A person's other name may stand in the description
				// ("who becomes Lord Godalming").
				q.Aliases = slices.DeleteFunc(q.Aliases, func(a string) bool { return quiz.ContainsWords(q.Stem, a) })
			}
		}
		q.Aliases = othersOut(labels, e, q.Aliases)
		if c := g.kind(); q.Kind == quiz.ShortAnswer && c != "character" && c != "person" && otherEntryAccepted(g, e, &q) {
			// People's names are othersOut's and sharedNamesOut's: the
			// story's "Higgins" is Henry, though "Mrs Higgins" has the
			// word too.
			if q.Aliases = aliasesForOnlyThis(g, e, q); otherEntryAccepted(g, e, &q) {
				continue
			}
		}
		q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
		out = append(out, candidate{Q: q, Sent: s, Span: span{I: -1, Text: e.Term, Type: tConcept}, Entry: true})
	}
	return out
}

// otherEntryAccepted reports a typed question that the checker would
// also mark right for another entry of the list: "Beggars" is an entry of
// its own beside "Sea Beggars", and "Sea" is a word the checker lets go
// (the Red Sea is "Red"). Read blind, such a key was called wrong; without
// the aliases that let the other in, or where the options show both, or
// not at all.
func otherEntryAccepted(g *glossary, e entry, q *quiz.Question) bool {
	for _, o := range g.Entries {
		if o.Term != e.Term && quiz.CheckTyped(q, o.Term) {
			return true
		}
	}
	return false
}

// aliasesForOnlyThis keeps the aliases of q that no other entry's term
// answers: "Ionic" goes from "Ionic bond" where "Ionic compound" is
// another entry.
func aliasesForOnlyThis(g *glossary, e entry, q quiz.Question) []string {
	var keep []string
	for _, a := range q.Aliases {
		one := q
		one.Aliases = []string{a}
		if !otherEntryAccepted(g, e, &one) {
			keep = append(keep, a)
		}
	}
	return keep
}

// othersOut drops an alias that is another entry of the notes (labels,
// from entryLabels): "Keep" for "Shell keep" where "Keep:" has a line of
// its own; and a person's other name so: "Roubaud" for "Séverine Roubaud" when
// her husband's line opens "Roubaud:", and "Mrs Henry" for Alison Graeme,
// whose husband is Henry Durie (the checker reads a title as a small word,
// so "Henry" would be right for both), and "Mr Ramsay" for his son James
// where "Mr Ramsay" has a line of his own. A title before a family name ("Mr
// Bingley" beside "Miss Bingley") says which one and stays.
func othersOut(labels []string, e entry, aliases []string) []string {
	out := aliases[:0:0]
	for _, al := range aliases {
		w := strings.Fields(al)
		k := leadingTitles(w)
		name := w[k:]
		other := false
		for _, t := range labels {
			if t != e.Term && len(name) > 0 && (strings.EqualFold(strings.Join(name, " "), t) || strings.EqualFold(al, t) || k > 0 && len(name) == 1 && givenName(t) == name[0]) {
				other = true
				break
			}
		}
		if !other {
			out = append(out, al)
		}
	}
	return out
}

// entryLabels lists the labels of the notes' entries, with the lines the
// lists left out ("Roubaud: her husband, ..." opens with a pronoun).
func (a *article) entryLabels() []string {
	var labels []string
	for _, l := range a.Lists {
		for _, o := range l.Entries {
			labels = append(labels, o.Term)
		}
	}
	for _, line := range strings.Split(a.Raw, "\n") {
		if m := reEntryLabel.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
			labels = append(labels, m[1])
		}
	}
	return labels
}

// reEntryLabel is a line of notes that opens with a capitalized label of
// up to four words and a colon or a dash: "Roubaud: her husband".
var reEntryLabel = regexp.MustCompile(`^(?:[-*•] )?(?:\*\*|__)?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})(?:\*\*|__)?(?::| [–—-] )`)

// stemIn reports an option of one word whose stem the meaning holds:
// "Respiration" is no wrong option for "Bacteria and fungi feed on dead
// remains and respire".
func stemIn(def, term string) bool {
	if strings.Contains(term, " ") {
		return false
	}
	st := stem(strings.ToLower(term))
	for _, w := range strings.FieldsFunc(strings.ToLower(def), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 4 && stem(w) == st {
			return true
		}
		if p := commonPrefix(w, strings.ToLower(term)); p >= 6 && 4*p >= 3*min(len(w), len(term)) {
			return true // "respire" and "Respiration", "decompose" and "Decomposition"
		}
		if g := strings.TrimSuffix(strings.ToLower(term), "ing"); len(g) >= 3 && len(g) < len(term) && (w == g || w == g+"s") {
			return true // "feed" and "Feeding"
		}
	}
	return false
}

// reDefName is a meaning that opens with the thing's own name in the
// text's language, and says nothing more before its comma: "The Assembly,
// open to all citizens", "The Council of 500, which ...".
var reDefName = regexp.MustCompile(`^[Tt]he (?:["“]([^"”]+)["”](?: of \d{3,4})?|((?:\p{Lu}[\p{L}'-]*)(?: (?:of|\p{Lu}[\p{L}'-]*|\d+))*))(?:,\s*|$)`)

// reCountedBefore is a group the notes counted somewhere else: "a
// greenstone hunter, one of the twelve" (twelve what?).
var reCountedBefore = regexp.MustCompile(`(?i)\bthe (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)(?:[.,;:)]|$)`)

// countedElsewhere reports a meaning that counts such a group, unless
// the title counts it ("the oldest of the three" in The Three Musketeers).
func (a *article) countedElsewhere(def string) bool {
	m := reCountedBefore.FindStringSubmatch(def)
	return m != nil && !slices.Contains(strings.Fields(strings.ToLower(a.Title)), strings.ToLower(m[1]))
}

// relativeWords open a clause that leans on the noun before it.
var relativeWords = set("which", "who", "whom", "whose", "that", "where")

// reCommaRelative is a relative clause after a comma: ", which made the
// laws".
var reCommaRelative = regexp.MustCompile(`, (?:which|who|whom|whose|where)\b`)

// definedByName splits a meaning that opens with the term's other name
// ("The Armed Forces Movement, a group of ...", "The "Seventeen
// Gentlemen", the VOC's board of directors") into that name and the rest.
func definedByName(def string) (name, rest string) {
	m := reDefName.FindStringSubmatchIndex(def)
	if m == nil {
		return "", ""
	}
	if m[2] >= 0 {
		name = def[m[2]:m[3]]
	} else {
		name = def[m[4]:m[5]]
	}
	if m[2] < 0 && reListedOn.MatchString(def[m[1]:]) {
		// "the Muslim, trading, city-dwelling culture of ...": the first of
		// the words that describe it, not its name.
		return "", ""
	}
	return name, def[m[1]:]
}

// reOrOtherName is a meaning that gives the term's other name between
// commas after its first words: "The front end, or terminus, of a glacier".
var reOrOtherName = regexp.MustCompile(`^(?:[Tt]he |[Aa]n? )?[\p{L} -]{2,30}, or ([\p{Ll}-]{4,}(?: [\p{Ll}-]+)?), `)

// reListedOn is a describing word and a comma after the one before it:
// "trading, city-dwelling culture".
var reListedOn = regexp.MustCompile(`^[\p{Ll}-]+,`)

// reKindOf is a list heading's category that names what every entry is a
// kind of: "type of weathering", "kind of rock".
var reKindOf = regexp.MustCompile(`^(?:type|kind|form|sort) of (\w+)$`)

// reFormula is a chemical formula or a worked symbol in a meaning ("CaCO₃",
// "N₂", "V₁ = q / y₁"): "The compound CaCO₃, the main mineral in limestone"
// names calcium carbonate outright, and a worked line is no meaning. Read
// blind, "Which term is this?" on such meanings was usable 4 times in 14.
var reFormula = regexp.MustCompile(`\p{L}[₀-₉]`)

// positionWords say where an entry lies among the others: "Mud flat
// (upper)", "Mixed flat (middle)".
var positionWords = set("upper", "middle", "lower", "inner", "outer", "top", "bottom", "high", "low", "central", "front", "back")

// fieldWords are the subjects a bracket after a term says it belongs to:
// "Precipitation (chemistry)".
var fieldWords = set("chemistry", "biology", "physics", "geology", "geography", "economics", "mathematics", "maths", "math",
	"music", "law", "medicine", "history", "literature", "linguistics", "grammar", "ecology", "astronomy", "botany", "zoology")

// partsOfSpeech label a word in a list of terms: "Mint (verb)".
var partsOfSpeech = set("verb", "noun", "adjective", "adverb", "adj", "adv", "plural", "singular", "abbreviation")

// reCalledAlso is another name a meaning gives its term: "(sometimes
// called a slum or shanty town)", "also known as the Seljuk Turks", "a
// gas, known as laughing gas, that ..." (but "the broken pieces, called
// nibs," further on names something else).
var reCalledAlso = regexp.MustCompile(`(?i)(?:\b(?:also|sometimes|often|usually|commonly|informally)|^(?:an? |the )?[\p{L}-]+(?: [\p{L}-]+)?,) (?:called|known as|named|termed) ["“]?(?:an? |the )?([\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?)["”]?(?:,? or ["“]?(?:an? |the )?([\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?)["”]?)?(?:[).,;:]|$)`)

// calledAlso returns the other names a meaning gives its term.
func calledAlso(def string) []string {
	m := reCalledAlso.FindStringSubmatch(def)
	if m == nil {
		return nil
	}
	var out []string
	for _, n := range m[1:] {
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}

// sharedNamesOut drops the aliases that another entry's name also holds:
// "Bennet" names Elizabeth, Jane and their father alike, "da Gama" Vasco and
// Paulo. A surname shared only with entries called by a title ("Mrs
// Higgins" beside "Henry Higgins") is the given-named one's when the text
// calls someone by it alone: the story says "Higgins" of him (but never "Woodhouse" of Emma).
func sharedNamesOut(art *article, g *glossary, e entry, aliases []string) []string {
	out := aliases[:0:0]
	for _, a := range aliases {
		shared := false
		holders := 0 // the other entries of every list holding the name: a surname is one of a pair's only ("Jakob" and "Regine Engstrand"), not a family's
		for _, l := range art.Lists {
			for _, o := range l.Entries {
				if o.Term != e.Term && holdsWords(o.Term, a) {
					holders++
				}
			}
		}
		for _, o := range g.Entries {
			if o.Term != e.Term && holdsWords(o.Term, a) &&
				(titleLed(o.Term) == titleLed(e.Term) || titleLed(e.Term) || art.bareUses(a) < 2) && !(a == lastWord(e.Term) && holders == 1 && !art.otherOfFamily(a, e.Term, o.Term) && art.surnameIs(e, o)) {
				shared = true
			}
		}
		if !shared && !(a == givenName(e.Term) && art.otherBearer(a, e.Term)) && !(a == lastWord(e.Term) && art.bareUses(a) < 2 && art.otherOfFamily(a, e.Term)) {
			out = append(out, a)
		}
	}
	return out
}

// surnameIs reports a surname the story uses alone for e rather than for o,
// who shares it: o is called by a given name ("Regine"), e is not, and
// the surname stands alone ("Engstrand, who wants to open a home"). Read
// blind, refusing "Engstrand" for Jakob Engstrand and "Stroeve" for Dirk
// Stroeve was a wrong key.
func (a *article) surnameIs(e, o entry) bool {
	mine, theirs := givenName(e.Term), givenName(o.Term)
	return mine != "" && theirs != "" && theirs != lastWord(e.Term) && a.bareUses(theirs) >= 2 && a.bareUses(mine) < 2 && a.bareUses(lastWord(e.Term)) >= 1
}

// holdsWords reports a name whose words include a run of words: "Vasco da
// Gama" holds "da Gama", "Mr Bennet" holds "Bennet". Unlike
// quiz.ContainsWords it counts whole words only as spaces part them:
// "Clara's father" does not hold "Clara".
func holdsWords(name, run string) bool {
	return strings.Contains(" "+strings.Join(strings.Fields(name), " ")+" ", " "+run+" ")
}

// calledByGiven returns the first name of a character listed with a title
// ("Dr Thomas Stockmann") when the story calls him by it alone ("Thomas
// tells the town") at least twice; "Dr John" is no way to call Dr John
// Seward, and a story that never says "John" alone does not call him so.
func (a *article) calledByGiven(term string) string {
	w := strings.Fields(term)
	if len(w) != 3 || !titleWords[w[0]] || nobleTitles[w[0]] || nameParticles[strings.ToLower(w[1])] || len([]rune(w[1])) < 3 {
		return ""
	}
	if a.bareUses(w[1]) < 2 {
		return ""
	}
	return w[1]
}

// nameTailOut drops the last-word alias of a list's term that the text
// never uses alone: "Corpus" is not Habeas Corpus, "Estate" not the Third
// Estate, "Europe" not the Concert of Europe. A surname is kept where the
// list is of people, the term opens with a title ("Bennet" for "Mr
// Bennet") or the text calls it so ("Walpole" for "Robert Walpole").
func (a *article) nameTailOut(term, cat string, aliases []string) []string {
	w := strings.Fields(term)
	if len(w) < 2 || cat == "person" || cat == "character" || titleWords[w[0]] || titleLong[w[0]] != "" {
		return aliases
	}
	tail := w[len(w)-1]
	if a.usesAlone(tail, w[len(w)-2]) {
		return aliases
	}
	out := aliases[:0:0]
	for _, al := range aliases {
		if al != tail {
			out = append(out, al)
		}
	}
	return out
}

// wordNameOut drops the halves of a character's name made of common words
// that the text only ever writes whole: "Grey" or "Beaver" is nobody in
// White Fang, where Grey Beaver is always Grey Beaver, nor "One" or "Eye"
// for One Eye. A name of common words is one the text also writes a word of
// in small letters ("grey").
func (a *article) wordNameOut(term string, aliases []string) []string {
	w := strings.Fields(term)
	if len(w) != 2 || a.usesAlone(w[1], w[0]) || a.usesAloneBefore(w[0], w[1]) || !commonWordToo(a, w[0]) && !commonWordToo(a, w[1]) {
		return aliases
	}
	return slices.DeleteFunc(aliases, func(al string) bool { return al == w[0] || al == w[1] })
}

// usesAloneBefore reports a word the text writes without the word that
// comes after it in a term: "Kikuji" alone, not only "Kikuji Mitani". The
// word as the end of another name ("Part One") does not count, nor a
// common word opening a sentence ("One of them").
func (a *article) usesAloneBefore(word, after string) bool {
	re, err := regexp.Compile(`(\S*)\s*\b` + regexp.QuoteMeta(word) + `\b\s*(\S*)`)
	if err != nil {
		return false
	}
	common := commonWordToo(a, word)
	for _, m := range re.FindAllStringSubmatch(a.Raw, -1) {
		if capitalized(m[1]) && !strings.ContainsAny(m[1], ".!?:") || common && (m[1] == "" || strings.ContainsAny(m[1], ".!?:")) {
			continue
		}
		if !strings.EqualFold(strings.Trim(m[2], ".,;:()\"'*’"), after) {
			return true
		}
	}
	return false
}

// usesAlone reports a word the text writes without the word that comes
// before it in a term: "Walpole" alone, not only "Robert Walpole".
func (a *article) usesAlone(word, before string) bool {
	re, err := regexp.Compile(`(\S*)\s*\b` + regexp.QuoteMeta(word) + `\b`)
	if err != nil {
		return false
	}
	for _, m := range re.FindAllStringSubmatch(a.Raw, -1) {
		if !strings.EqualFold(strings.Trim(m[1], ".,;:()\"'*"), before) {
			return true
		}
	}
	return false
}

// givenName is a name's first word after its titles when a surname
// follows it: "Thomas" in "Dr Thomas Stockmann", none in "Mr Elton".
func givenName(term string) string {
	w := strings.Fields(term)
	if k := leadingTitles(w); k+1 < len(w) {
		return w[k]
	}
	return ""
}

// otherOfFamily reports a surname the text also gives someone the list
// leaves out: "Lajeunesse" is not Basil Lajeunesse where the story has
// "Gabriel Lajeunesse", whose entry ("her fiancé") could not stand alone.
func (a *article) otherOfFamily(surname string, terms ...string) bool {
	re, err := regexp.Compile(`(\p{Lu}[\p{L}'’-]+) ` + regexp.QuoteMeta(surname) + `\b`)
	if err != nil {
		return false
	}
	var own []string // the words of the names the family's others are not
	for _, t := range terms {
		own = append(own, strings.Fields(t)...)
	}
	for _, m := range re.FindAllStringSubmatchIndex(a.Raw, -1) {
		w := a.Raw[m[2]:m[3]]
		before := strings.TrimRight(a.Raw[:m[0]], " ")
		if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?:\n\"“(") {
			continue // "Then Scrooge ...": a sentence's first word, not a name
		}
		if !slices.Contains(own, w) && !titleWords[w] && !nobleTitles[w] && !ranks[w] && titleLong[w] == "" && !functionWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// lastWord is a name's last word, or the word that ends s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// otherBearer reports a given name the text also gives someone else:
// "John" is no answer for John Willoughby where the story has a "Sir
// John" and a "John Dashwood".
func (a *article) otherBearer(given, term string) bool {
	re, err := regexp.Compile(`(?:(\p{Lu}[\p{L}]*\.?) )?\b` + regexp.QuoteMeta(given) + `\b(?: (\p{Lu}[\p{L}'’-]+))?`)
	if err != nil {
		return false
	}
	for _, p := range a.Paras {
		for _, m := range re.FindAllStringSubmatch(p.Text, -1) {
			before, after := m[1], strings.TrimSuffix(strings.TrimSuffix(m[2], "'s"), "’s")
			if after != "" && strings.Contains(term, given+" "+after) {
				continue // "Mrs. Rachel Lynde" is Rachel Lynde, with her title
			}
			if after == lastWord(term) && (before == "" || functionWords[strings.ToLower(before)]) {
				continue // "Nina Zarechnaya" is Nina Mikhailovna Zarechnaya; "Marc Isambard Brunel" is not Isambard Kingdom Brunel
			}
			if before != "" && (titleWords[before] || nobleTitles[before] || titleLong[before] != "") && !strings.Contains(term, before+" "+given) {
				return true // "Sir John"
			}
			if after != "" && !strings.Contains(term, given+" "+after) && !a.smallWord(after) {
				return true // "John Dashwood"; not "Stephen Hero", a title whose "hero" the text writes small too
			}
		}
	}
	return false
}

// smallWord reports a capitalised word the text also writes in small
// letters, as a common word: "hero" in "The hero's surname" beside the
// book "Stephen Hero".
func (a *article) smallWord(w string) bool {
	low := strings.ToLower(w)
	if low == w || !strings.Contains(a.Raw, low) {
		return false
	}
	re, err := regexp.Compile(`(?:^|[^\p{L}])` + regexp.QuoteMeta(low) + `(?:[^\p{L}]|$)`)
	return err == nil && re.MatchString(a.Raw)
}

// bareUses counts the times the text writes a name with no capitalised
// word before it: "Higgins insists", not "Mrs Higgins", "Henry Higgins" or
// "the Bertram daughters".
func (a *article) bareUses(name string) int {
	re, err := regexp.Compile(`(?:^|[^\p{L}'’])(\p{L}+[.]?\s+)?` + regexp.QuoteMeta(name) + `\b`)
	if err != nil {
		return 0
	}
	n := 0
	for _, p := range a.Paras {
		for _, m := range re.FindAllStringSubmatch(p.Text, -1) {
			before := strings.TrimSpace(m[1])
			if familyDeterminers[strings.ToLower(before)] {
				continue // "the Bertram daughters", "both Bertram girls": the family, not one of them
			}
			if before == "" || !capitalized(before) {
				n++
			}
		}
	}
	return n
}

// familyDeterminers before a surname make it the family's: "the Bertram
// daughters".
var familyDeterminers = set("the", "both", "a", "an", "all", "his", "her", "their")

// titleLed reports a name that opens with a title: "Mrs Higgins", "Sir
// Henry Baskerville", "Colonel Pickering".
func titleLed(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && (titleWords[f[0]] || titleLong[f[0]] != "" || strings.TrimSuffix(f[0], ".") != f[0])
}

// kindOf reports whether entry a is defined as a kind of entry b ("Alkali:
// a base that dissolves in water" is a kind of "Base"): offered beside b,
// a would also be right.
func kindOf(a, b entry) bool {
	f := strings.Fields(strings.ToLower(a.Def))
	if len(f) < 2 || f[0] != "a" && f[0] != "an" && f[0] != "the" {
		return false
	}
	t := strings.ToLower(b.Term)
	return stem(f[1]) == stem(t) || len(f) > 2 && stem(f[2]) == stem(t)
}

// reOnItsOwn is a term that a list sets apart from another holding it
// ("Red and amber together", then "Amber on its own"): the thing is named
// without the words that set it apart.
var reOnItsOwn = regexp.MustCompile(`(?i)^(.+?) (?:on (?:its|their|his|her) own|by itself|by themselves|alone)$`)

// termAliases are the other ways to type a term: without the category
// word ("Universal" for "Universal indicator" in a list of indicators), a
// person's surname ("Magwitch" for "Abel Magwitch"), without a title
// ("Jaggers" for "Mr Jaggers").
func termAliases(term, cat string) []string {
	w := strings.Fields(term)
	var out []string
	if len(w) < 2 {
		return nil
	}
	if k := leadingTitles(w); k >= 2 && k < len(w) && (cat == "person" || cat == "character") {
		// "General Sir Douglas Haig" is typed "Sir Douglas Haig",
		// "Douglas Haig" or "Haig".
		out = append(out, strings.Join(w[1:], " "), strings.Join(w[k:], " "))
		if len(w)-k >= 2 {
			out = append(out, w[len(w)-1])
		}
		return out
	}
	if other, ok := lawRule[strings.ToLower(w[len(w)-1])]; ok {
		// "Power law" is as often called the power rule in class.
		out = append(out, strings.Join(w[:len(w)-1], " ")+" "+other)
	}
	if last := strings.ToLower(w[len(w)-1]); last == cat || stem(last) == stem(cat) {
		out = append(out, strings.Join(w[:len(w)-1], " "))
	}
	if len(w) >= 4 && titleWords[w[0]] && capitalized(w[len(w)-1]) && (cat == "person" || cat == "character") {
		// "Dr Arturo Díaz Vigil", whom the story calls Dr Vigil, is typed
		// "Dr Vigil", "Doctor Vigil", "Vigil" or without the title.
		last := w[len(w)-1]
		out = append(out, strings.Join(w[1:], " "), w[0]+" "+last, last)
		if long, ok := titleLong[w[0]]; ok {
			out = append(out, long+" "+last)
		}
		return out
	}
	if len(w) == 3 && w[1] == "of" && capitalized(w[0]) && (cat == "person" || cat == "character") {
		return append(out, w[0]) // "Rudolf" for "Rudolf of Rheinfelden"; "Rheinfelden" is a place
	}
	if len(w) == 2 && nameParticles[w[0]] && !kinParticles[w[0]] && capitalized(w[1]) && (cat == "person" || cat == "character") {
		return append(out, w[1]) // "Ruijven" for "van Ruijven"; but "bin Laden" is his father's name
	}
	if capitalized(w[0]) && capitalized(w[len(w)-1]) && len(w) <= 3 {
		if len(w) == 3 && nameParticles[strings.ToLower(w[1])] {
			out = append(out, w[1]+" "+w[2]) // "von Braun" as well as "Braun", "Van Helsing"
		}
		if titleWords[w[0]] && len(w) > 2 {
			out = append(out, strings.Join(w[1:], " "))
			if cat == "character" && nobleTitles[w[0]] {
				// "Lord Henry" for "Lord Henry Wotton", "Duke Leto" or "Leto"
				// for "Duke Leto Atreides", as the story calls them; not "Dr
				// John".
				out = append(out, w[0]+" "+w[1], w[1])
			}
		}
		if long, ok := titleLong[w[0]]; ok {
			out = append(out, long+" "+strings.Join(w[1:], " ")) // "Doctor Rank" for "Dr Rank"
		}
		if !titleWords[w[0]] && !epithets[w[0]] && !nameParticles[strings.ToLower(w[0])] && len([]rune(w[0])) >= 3 && cat == "character" { // never "Ibn" ("son of") for Ibn Salam
			if titleWords[w[1]] && len(w) > 2 {
				// "Retired Emperor Go-Shirakawa": the first word is part of
				// the title, and "Emperor Go-Shirakawa" is the name
				out = append(out, strings.Join(w[1:], " "))
			} else {
				out = append(out, w[0]) // characters are called by their first names: "Nora"
			}
		}
		if !cueName(term) && !termHeads[w[len(w)-1]] && !reRoman.MatchString(w[len(w)-1]) && !trailingHonorifics[w[len(w)-1]] && !(len(w) == 3 && patronymics[w[1]]) && w[len(w)-2] != "the" {
			// "Bennet" for "Mr Bennet", but not "War" for "Cold War", nor
			// "Great" for "Mher the Great" (read blind, a wrong key).
			out = append(out, w[len(w)-1])
		}
	}
	return out
}

// kinParticles name a parent or a line, not a place: without them what is
// left is another person's name.
var kinParticles = set("ibn", "bin", "y", "al", "el")

// leadingTitles counts the titles a name opens with: two in "General Sir
// Douglas Haig".
func leadingTitles(w []string) int {
	k := 0
	for k < len(w) && titleWords[w[k]] {
		k++
	}
	return k
}

// lawRule pairs the two words a mathematical rule is named with.
var lawRule = map[string]string{"law": "rule", "rule": "law", "laws": "rules", "rules": "laws"}

// reAcronym is a word of capitals: "GDP", "UK", "DNA's".
var reAcronym = regexp.MustCompile(`^\p{Lu}{2,}(?:'s|s)?$`)

// nobleTitles go before a given name in the way people are called ("Lord
// Henry", "Sir Walter"); "Dr" and "Mr" go before a surname.
var nobleTitles = set("Lord", "Lady", "Sir", "Dame", "Prince", "Princess", "King", "Queen", "Duke", "Duchess", "Count", "Countess", "Baron", "Baroness")

// reBecomesTitle is a title a description says the person comes to hold:
// "Lucy's fiancé, who becomes Lord Godalming on his father's death".
var reBecomesTitle = regexp.MustCompile(`\b(?:becomes|became|is made|was made|is created|was created) ((?:Lord|Lady|Sir|Dame|Earl|Duke|Duchess|Count|Countess|Baron|Baroness|King|Queen|Emperor|Empress|Pope) \p{Lu}[\p{L}'’-]+(?: (?:of )?\p{Lu}[\p{L}'’-]+)?)`)

// reRoman is a regnal number: "II" is no answer for "Richard II", and it
// would take "Richard III" too.
var reRoman = regexp.MustCompile(`^[IVXLC]+$`)

// trailingHonorifics close a name without being one (honorificTitles open
// one): "Sahib" is no answer for "Lurgan Sahib", and it would take "the
// Sahiba" too.
var trailingHonorifics = set("Sahib", "Sahiba", "Memsahib", "Begum", "Bey", "Pasha", "Effendi", "Agha", "Babu", "Ji", "San", "Sensei", "Oba", "Shah", "Khan", "Emir", "Raja", "Rajah")

// patronymics join a given name to the parent's: in "Fergus mac Róich"
// Róch is his father, and "Róich" no name of his.
var patronymics = set("mac", "mic", "nic", "ní", "ua", "ap", "ferch", "verch")

// epithets open a character's name without being a name to answer with:
// "Old" is no answer for "Old Major".
var epithets = set("Old", "Young", "Little", "Big", "Uncle", "Aunt", "Father", "Mother", "Brother", "Sister",
	"Granny", "Grandpa", "Grandma", "Farmer", "Mister", "Mistress", "Master", "Zio", "Zia", "Padron", "Mastro",
	"Compare", "Comare", "Nonna", "Nonno", "Don", "Donna", "Tío", "Tía", "Fra", "Friar", "Judge", "Red", "Black", "White",
	"Padre", "Fray", "Sor", "Madre", "Abbé", "Père", "Mère")

// termHeads end a capitalised term that names a plan, a law or an idea,
// not a person: "Doctrine" alone is not "Truman Doctrine".
var termHeads = set("Doctrine", "Plan", "Pact", "Declaration", "Charter", "Movement", "Policy", "Airlift", "Deal",
	"Blockade", "Programme", "Program", "Mission", "Project", "Law", "Laws", "Bill", "Decree", "Manifesto",
	"Proclamation", "Plot", "Principle", "Effect", "Theory", "System", "Curtain", "Era", "Age", "Code", "Rule")

// sameDefHead reports whether the options' meanings open with the same
// noun as the answer's ("a substance that ..." for each acid and base): if
// only the answer is "a scale" or "a cell", its meaning gives it away.
func sameDefHead(g *glossary, e entry, opts []string) bool {
	head := defHead(e.Def)
	for _, o := range g.Entries {
		for _, t := range opts {
			if o.Term == t && defHead(o.Def) != head {
				return false
			}
		}
	}
	return true
}

// samePlurality reports whether every option is plural when the term is,
// and singular when it is not: "Tiny structures where proteins are made"
// with "Ribosomes" the one plural among the options gives it away.
func samePlurality(term string, opts []string) bool {
	for _, o := range opts {
		if looksPlural(o) != looksPlural(term) {
			return false
		}
	}
	return true
}

// looksPlural reports a term whose last word reads as a plural noun.
func looksPlural(term string) bool {
	f := strings.Fields(strings.ToLower(term))
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return len(w) > 3 && singular(w) != w
}

// defHead is the noun a meaning opens with after its article ("a long,
// coiled molecule" gives "molecule" only roughly: the first word after the
// article and its adjectives, here "long,"): good enough to tell "a
// substance" from "a scale". A clause ("chromosomes condense") gives "".
func defHead(def string) string {
	f := strings.Fields(strings.ToLower(def))
	if len(f) < 2 || f[0] != "a" && f[0] != "an" && f[0] != "the" && f[0] != "one" {
		return ""
	}
	return strings.Trim(f[1], ",;")
}

// defNoun is the head noun of a meaning that is a noun phrase: the last
// word before what qualifies it ("a radical political club led by ..."
// gives "club"), or "" for a clause.
func defNoun(def string) string {
	cased := strings.Fields(def)
	f := make([]string, len(cased))
	for i, w := range cased {
		f[i] = strings.ToLower(w)
	}
	if len(f) < 2 || f[0] != "a" && f[0] != "an" && f[0] != "the" {
		return ""
	}
	head := ""
	aside := false
	for k, w := range f[1:] {
		if aside || strings.HasPrefix(w, "(") {
			// "a Soviet (now Russian) space traveller" goes on after its
			// aside; "an unfree peasant (serf) bound to ..." ends at a
			// one-word one, a name for the noun before it.
			if !aside && strings.HasSuffix(strings.TrimRight(w, ",;:."), ")") {
				break
			}
			aside = !strings.Contains(w, ")")
			continue
		}
		bare := strings.Trim(w, ",;:.\"“”‘’")
		if defStops[bare] {
			if (bare == "or" || bare == "and") && (adjectival(head) || strings.HasSuffix(head, "ular") || strings.HasSuffix(head, "ical")) {
				return "" // "a semicircular or semi-elliptical window": no "fanlight semicircular"
			}
			if placeStops[bare] && k > 1 {
				return "" // "a nuclear membrane forms around", "the solid left behind": a clause
			}
			break
		}
		if k >= 4 {
			// "the new reactive end attacks another monomer": a clause, not
			// a noun phrase; no "propagation monomer".
			return ""
		}
		if strings.HasSuffix(bare, "ing") && bare == w && k+2 < len(f) && compoundHead(cased[k+2:]) {
			continue // "a greasy liquid drawing ink used on ...": the noun is "ink"
		}
		if irregularParticiples[bare] || strings.HasSuffix(bare, "ed") || strings.HasSuffix(bare, "ing") || strings.HasSuffix(bare, "ly") {
			// A participle or an adverb ends the phrase; the noun is the
			// word before it, unless that is an adjective ("a traditional
			// wooden sailing ship": no "dhow wooden"). An "-ly" word before
			// "of" is the noun itself: "a large family of languages".
			if strings.HasSuffix(bare, "ly") && bare == w && k+2 < len(f) && defStops[strings.Trim(f[k+2], ",;:.")] {
				return bare
			}
			if strings.HasSuffix(bare, "ing") && bare == w && k+2 < len(f) && f[k+2] == "of" {
				return "" // "The gradual sinking of the land surface": a process named by its gerund; no "subsidence gradual"
			}
			if adjectival(head) {
				return ""
			}
			break
		}
		head = bare
		if orig := cased[k+1]; orig != strings.ToLower(orig) {
			head = "" // "the Shimazu family": a name, not a kind
		}
		if strings.ContainsAny(w, "\"“”") {
			return "" // "the eastward "return voyage"": a quoted name, not a kind
		}
		if bare != w {
			if k == 0 {
				return "" // "the proud, well-read stable hand": an adjective before more of them
			}
			break // a comma or semicolon ends the phrase
		}
	}
	if vagueHeads[head] {
		return "" // "a person working a claim": no "digger person"
	}
	return head
}

// headless returns a two-word term without a head that only says what
// kind of thing its first word is: "corvée" for "Corvée labour" (refused
// once, read blind as a wrong key); a word that may describe is no term
// alone ("forced labour", "skilled labour"). "State" is no such head: a
// "police state" or a "welfare state" is no "police".
func headless(term string) string {
	w := strings.Fields(term)
	if len(w) != 2 || !kindOnlyHeads[strings.ToLower(w[1])] {
		return ""
	}
	first := strings.ToLower(w[0])
	if namesNothingAlone(first) || reClassifying.MatchString(first) || countWords[first] {
		return ""
	}
	for _, suf := range []string{"ed", "ing", "ous", "ent", "ant", "ful", "less", "ive", "ian", "ese", "ish"} {
		if strings.HasSuffix(first, suf) {
			return ""
		}
	}
	return w[0]
}

// kindOnlyHeads say only what kind of thing the word before them is.
var kindOnlyHeads = set("labour", "labor")

// vagueHeads are nouns too general to name a kind: "the right to vote" is
// no "franchise right".
var vagueHeads = set("person", "people", "one", "thing", "things", "someone", "something", "right", "way", "kind", "type", "form", "part")

// compoundHead reports the words after an "-ing" word (as written) as
// the noun it modifies, ending the phrase: "ink used on", "ship." in "a
// sailing ship".
func compoundHead(rest []string) bool {
	w := strings.Trim(rest[0], ",;:.")
	if defStops[w] || articles[w] || objectOpeners[w] || w == "away" || w != strings.ToLower(w) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") {
		return false // "ruling much of", "the wearing away of", "ruling Egypt"
	}
	if w != rest[0] || len(rest) == 1 {
		return true
	}
	next := strings.ToLower(strings.Trim(rest[1], ",;:."))
	return next != "of" && (defStops[next] || irregularParticiples[next] || strings.HasSuffix(next, "ed"))
}

// describingTerm reports a term that describes rather than names: its
// last word is an adjective ("Mutually exclusive", "Endothermic"), so the
// class it describes may follow it ("mutually exclusive events"). A noun
// takes no other noun after it: no "crystallinity regions".
func describingTerm(term string) bool {
	w := strings.Fields(strings.ToLower(term))
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	for _, suf := range []string{"ive", "al", "ous", "ic", "ent", "ant", "able", "ible", "ary", "ful", "less", "ed"} {
		if strings.HasSuffix(last, suf) {
			return true
		}
	}
	return false
}

// classNoun is the plural noun a meaning opens with when it names the
// class its term describes: "Events that cannot happen at the same time"
// gives "events", or "".
func classNoun(def string) string {
	f := strings.Fields(strings.ToLower(def))
	if len(f) < 3 || !strings.HasSuffix(f[0], "s") || strings.HasSuffix(f[0], "ss") || len(f[0]) < 4 {
		return ""
	}
	switch f[1] {
	case "that", "which", "who", "whose", "where", "with", "in", "of":
		return f[0]
	}
	return ""
}

// adjectival reports a word that is plainly an adjective: one of the vague
// ones of size and degree (annotate.go), or one with an ending nouns
// rarely have.
func adjectival(w string) bool {
	if vague[w] || quiz.DescribingWord(w) || sideAdjectives[w] {
		return true
	}
	for _, suf := range []string{"en", "ous", "ive", "ary", "ful", "less", "able", "ible"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// sideAdjectives say where a thing is: "the inner filling" is no "core
// inner".
var sideAdjectives = set("inner", "outer", "innermost", "outermost", "front", "rear", "top", "bottom")

var defStops = func() map[string]bool {
	m := set("of", "for", "that", "which", "who", "whose", "where", "with", "in", "on", "by", "from", "to", "at", "and", "or", "between", "into", "made", "used",
		"beyond", "above", "below", "beneath", "among", "towards", "toward", "after", "before", "inside", "outside", "near", "per", "via", "upon", "onto")
	for w := range placeStops {
		m[w] = true
	}
	return m
}()

// placeStops end a definition's noun only right after it ("the channel
// through which metal flows"); further on they end a clause ("a nuclear
// membrane forms around each set").
var placeStops = set("through", "within", "across", "behind", "under", "over", "along", "around", "during", "without", "against", "like", "than")

// titleLong spells out abbreviated titles.
var titleLong = map[string]string{"Dr": "Doctor", "Dr.": "Doctor", "Mr": "Mister", "Mr.": "Mister", "St": "Saint", "St.": "Saint", "Prof": "Professor", "Prof.": "Professor"}

// partitive reports a meaning whose head counts or cuts what follows it,
// or is no noun: "A series of rulers from the same family" is no "dynasty
// series", "The flat lower part of a turtle's shell" no "plastron part",
// and "A response is ..." no "response is". A checker that lets a generic
// head go ("dynasty" of "Qing dynasty") took "series" alone for Dynasty.
func partitive(def, head string) bool {
	if head == "is" || head == "are" || head == "was" || head == "were" {
		return true
	}
	return (measureNouns[head] || head == "part" || head == "parts") && strings.Contains(strings.ToLower(def), head+" of ")
}

// labelNames are the shorter names a text's bold labels give a term:
// lesson notes that define "Theatre in the round" and "Thrust stage" go on
// to "5. **In the round.**" and "3. **Thrust.**", and a student types the
// name the lesson taught under its heading. A label is a name of the term
// when its words open or close the term's.
func (a *article) labelNames(term string) []string {
	tw := strings.Fields(strings.ToLower(term))
	var out []string
	for _, label := range a.boldLabels() {
		lw := strings.Fields(strings.ToLower(label))
		if len(lw) == 0 || len(lw) >= len(tw) || slices.Contains(out, label) || a.listsTerm(label, true) {
			continue // "**Ripening**" is stage 10, not "Ripening the milk"
		}
		if slices.Equal(lw, tw[:len(lw)]) || slices.Equal(lw, tw[len(tw)-len(lw):]) {
			if len(lw) == 1 && (namesNothingAlone(lw[0]) || functionWords[lw[0]]) {
				continue // "Second" of "Second reading" is any second thing
			}
			out = append(out, label)
		}
	}
	return out
}

// boldLabels are the labels the text sets in bold at the head of a list
// item or a paragraph, found once: every entry of its lists asks.
func (a *article) boldLabels() []string {
	if a.bold == nil {
		a.bold = []string{}
		for _, m := range reBoldLabel.FindAllStringSubmatch(a.Raw, -1) {
			a.bold = append(a.bold, strings.TrimSpace(strings.TrimRight(m[1], ".:")))
		}
	}
	return a.bold
}

// listsTerm reports a term one of the text's lists defines; with ordered
// false, only a list without numbers counts.
func (a *article) listsTerm(term string, ordered bool) bool {
	for _, g := range a.Lists {
		if g.Ordered && !ordered {
			continue
		}
		for _, e := range g.Entries {
			if strings.EqualFold(e.Term, term) {
				return true
			}
		}
	}
	return false
}

// reBoldLabel is a label set in bold at the head of a list item or a
// paragraph: "**In the round.**".
var reBoldLabel = regexp.MustCompile(`(?m)^(?:\d+\.\s+|[-*]\s+)?\*\*([^*\n]{2,40})\*\*`)

// namesNothingAlone reports a word that is no answer on its own: a
// describing word ("forced" of "forced labour") or an ordinal ("second"
// of "Second reading").
func namesNothingAlone(w string) bool {
	return quiz.DescribingWord(w) || ordinals[w]
}

// siblingHeadAliases: in a list of "Series circuit", "Parallel circuit",
// the shared head word says nothing, so "series" alone is the answer too.
func siblingHeadAliases(g *glossary, e entry) []string {
	w := strings.Fields(e.Term)
	if len(w) != 2 {
		return nil
	}
	if capitalized(w[1]) {
		return nil // "Mr Bennet" beside "Mrs Bennet": the head is the name, and "Mr" is no answer
	}
	if strings.HasSuffix(w[0], "'s") || strings.HasSuffix(w[0], "’s") {
		return nil // "Peter's grandmother" beside "Clara's grandmother": "Peter's" would take "Peter", another character
	}
	if strings.HasSuffix(strings.ToLower(w[0]), "ly") {
		return nil // "Conditionally unstable": an adverb alone describes nothing
	}
	head, first := strings.ToLower(w[1]), strings.ToLower(w[0])
	if namesNothingAlone(first) {
		return nil // "Second reading" beside "Third reading": "second" alone is any second thing ("second House")
	}
	n := 0
	for _, o := range g.Entries {
		f := strings.Fields(strings.ToLower(o.Term))
		if len(f) == 2 && f[1] == head || len(f) == 1 && len(head) >= 4 && len(f[0]) > len(head)+2 && strings.HasSuffix(f[0], head) {
			// "Bedstone" beside "Runner stone": a stone too, written as one
			// word ("Breaking out" has no head noun to share).
			n++
		}
		if len(f) == 2 && f[0] == first && f[1] != head {
			return nil // "Absolutely stable" beside "Absolutely unstable": the first word is both's
		}
	}
	if n < 2 {
		return nil
	}
	if a := strings.Fields(e.Alt); len(a) == 2 && strings.EqualFold(a[1], head) {
		return []string{w[0], a[0]} // and "recession" for "Falling limb (recession limb)"
	}
	return []string{w[0]}
}

// reasonHeading is over a list of causes, effects or reasons: "Debt:
// France borrowed heavily" explains, it does not name a term, and "Which
// term is this?" has no one answer.
var reasonHeading = regexp.MustCompile(`(?i)\b(?:causes?|reasons?|effects?|consequences?|results?|factors?|impacts?|problems?|advantages?|disadvantages?|why)\b`)

// twoThings reports an entry that names two ("Perrault and François",
// "Thumbs up / thumbs down"): "Which character is this?" has no one answer.
func twoThings(term string) bool {
	t := " " + strings.ToLower(term) + " "
	return strings.Contains(t, " and ") || strings.Contains(t, " & ") || strings.Contains(t, "/")
}

// verbMeaning reports a meaning that opens with a verb in the past
// ("Looked after temples", "Acted as a judge"): an office's duties, which
// "Which term is this?" does not fit.
func verbMeaning(def string) bool {
	f := strings.Fields(strings.ToLower(def))
	if len(f) < 2 || !strings.HasSuffix(f[0], "ed") || utf8.RuneCountInString(f[0]) < 5 {
		return false
	}
	switch strings.Trim(f[1], ",;") {
	case "after", "as", "by", "to", "the", "a", "an", "for", "over", "with", "on", "in", "up", "out", "from", "into", "and":
		return true
	}
	return false
}

// reExampleHeading is over a list of cases of what the text teaches:
// "Examples", "- Leisure clubs: golf courses, gyms and swimming pools
// charge membership fees". Each line's label names a case, not a term,
// and its words describe the case: read blind, "Which term is this?" on
// them was a wrong key (the student rightly types "club goods").
// "Related terms and examples" still lists terms.
func exampleHeading(h string) bool {
	return reExampleHeading.MatchString(h) && !reTermsToo.MatchString(h) || reEvidenceHeading.MatchString(h)
}

// reEvidenceHeading is over the kinds of evidence a lesson draws on ("The
// evidence", "Sources"): "Pottery: pieces of Chinese porcelain found at
// Kilwa show how far its trade reached" tells what a find shows, and
// "Which term is this?" asked of it (read blind, both such questions) had no
// answer a teacher would give.
var reEvidenceHeading = regexp.MustCompile(`(?i)^(?:\d+\.\s*)?(?:the |our |primary )?(?:evidence|sources)(?:\s*\([^)]*\))?:?$`)

var (
	reExampleHeading = regexp.MustCompile(`(?i)\bexamples?\b|\bcase stud(?:y|ies)\b`)
	reTermsToo       = regexp.MustCompile(`(?i)\bterms?\b|\bvocabulary\b|\bglossary\b|\bdefinitions?\b|\bwords\b`)
)

// factHeading reports a heading over a fact file ("Parrot Fact File",
// "Quick facts", "At a glance"): its labels name what is measured
// ("Smallest: buff-faced pygmy parrot", "Feet: two toes forward"), not
// terms to learn, and "Which term is this?" asked of them has no answer a
// teacher would give. Read blind, both such questions of a children's
// text failed.
func factHeading(h string) bool {
	if i := strings.Index(h, ": "); i > 0 && len(strings.Fields(h[:i])) <= 3 && !strings.HasSuffix(h, ":") {
		return true // "Where it lives: New Zealand" taken for the heading of the lines after it: a fact file's first line
	}
	return reFactHeading.MatchString(h)
}

// comparisonRow reports a row of a comparison ("Comparing arc volcanoes and
// hotspot volcanoes": "Cause of melting: water added to the mantle at arcs;
// hot rising mantle at hotspots"): its label names what is compared, not a
// term, and the two halves of its line are two answers. Read blind, "Which
// term is this?" asked of one was failed.
func comparisonRow(heading, def string) bool {
	return strings.Contains(def, ";") && reComparing.MatchString(heading)
}

var reComparing = regexp.MustCompile(`(?i)^(?:comparing|comparison|compare|contrasting)\b|\b(?:vs\.?|versus|compared)\b|\bdifferences? between\b`)

var reFactHeading = regexp.MustCompile(`(?i)\bfacts?\b|\bfact ?(?:file|box|sheet)\b|\bat a glance\b|\bprofile\b`)

// reThemeHeading heads a guide's list of its themes ("Transience: roses
// fade, kings die …", "Doubt: religious systems promise answers they
// cannot deliver"). A theme's name is the guide's word for an idea, not a
// term with one right answer: read blind, "Which term is this?" on three
// of them was refused "impermanence", "scepticism" and "seize the day".
var reThemeHeading = regexp.MustCompile(`(?i)\bthemes?\b`)

// planHeading reports a heading over the running of a lesson rather than
// its content: "Assessment", "Lesson plan", "Homework", "Success criteria".
// Its list items ("Exit ticket: ...") are not terms to learn.
func planHeading(h string) bool {
	return rePlanHeading.MatchString(h)
}

var rePlanHeading = regexp.MustCompile(`(?i)\b(?:plan|activit(?:y|ies)|assessment|homework|objectives?|resources?|timing|starter|plenary|success criteria|materials|equipment|differentiation|extension|learning outcomes?|lesson)\b`)

// actionTerm reports a line that names a course of action, not a thing
// ("Changing crops – many farmers now alternate rice and shrimp …",
// "Storing fresh water – rainwater jars, ponds …"): a verb in -ing with
// its object, and a meaning that says what is done rather than what it
// is. Read blind, its "Which term is this?" had no one right answer.
// "Spinning jenny: a machine that …", "Printing press" and "Creaming or
// sedimentation" are things.
func actionTerm(e entry) bool {
	f := strings.Fields(e.Term)
	if len(f) < 2 || !strings.HasSuffix(strings.ToLower(f[0]), "ing") || nounMeaning(e.Def) || strings.Contains(e.Term, " or ") {
		return false
	}
	last := strings.ToLower(f[1])
	return len(f) >= 3 || strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// labelTerm reports a "term" that is a label of the notes, not a thing to
// know: a month or weekday heading a timeline line ("September: the
// Bolsheviks win majorities ..."), or the notes' own furniture
// ("Discussion point: Can a voting system be fair?").
func labelTerm(t string) bool {
	low := strings.ToLower(strings.TrimSpace(t))
	if f := strings.Fields(t); len(f) >= 1 && len(f) <= 2 && months[f[0]] > 0 {
		return true
	}
	return reLabelTerm.MatchString(low)
}

var reLabelTerm = regexp.MustCompile(`^(?:(?:key |discussion |teacher(?:'s)? |thinking |exam |practice |review |worked )?(?:point|question|questions|note|notes|task|tasks|prompt|hint|answer|answers|example|examples|tip|reminder|idea)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|summary|recap|extension|homework|plenary|starter|check|warning|remember|think|discuss)$`)

// definedUnordered reports a term that a list without numbers defines: a
// numbered list may walk through an example ("6. Effector: a muscle in the
// arm contracts"), and the glossary's "Effector: a muscle or gland that
// brings about a response" is the term's meaning, asked in its place.
func (a *article) definedUnordered(key string) bool {
	return a.listsTerm(key, false)
}

// stepLabel reports a numbered step's label that tells what to do ("3.
// State the result: the ratio is 75%", "4. Interpret: ..."): an
// instruction, not a term. Only numbered lists are steps; "Simplify" in a
// glossary of algebra is a term.
func stepLabel(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	return len(f) > 0 && (instructionVerbs[f[0]] || stepVerbs[f[0]])
}

// taskVerbs open a class task's instruction, never a meaning (a method's
// steps, "Add up all spending ...", still say which method).
var taskVerbs = set("score", "rank", "sort", "match", "complete", "answer", "choose", "decide", "suggest",
	"predict", "design", "plan", "rewrite", "annotate", "highlight", "underline", "circle", "tick")

// stepVerbs open the steps of worked examples, besides the instructions of
// practicals (instructionVerbs).
var stepVerbs = set("state", "interpret", "identify", "show", "evaluate", "analyse", "analyze", "apply", "summarise",
	"summarize", "conclude", "choose", "decide", "predict", "sketch", "estimate", "convert", "substitute", "rearrange",
	"solve", "work", "give", "select", "sum", "divide", "multiply", "subtract")

// notTopic drops the aliases that are only the text's own subject: in
// notes on the unification of Italy, "Italy" is no answer for "Young
// Italy".
func (a *article) notTopic(aliases []string) []string {
	out := aliases[:0]
	for _, al := range aliases {
		w := strings.Fields(strings.ToLower(al))
		if len(w) == 1 && a.topicWord(stem(w[0])) || a.topicPhrase(al) {
			continue
		}
		out = append(out, al)
	}
	return out
}

// topicPhrase reports a term every word of which is in the title: in a
// quiz on the Industrial Revolution, "Industrial Revolution" is no answer.
func (a *article) topicPhrase(term string) bool {
	w := strings.Fields(term)
	if len(w) < 2 {
		return false
	}
	for _, x := range w {
		if !a.topicWord(stem(x)) {
			return false
		}
	}
	return true
}

// titleHolds reports a term the title makes a word of: "Sultan" in a lesson
// on the Funj Sultanate, "King" in one on a kingdom. Asked "Which term is
// this?", the quiz's own title gives it away (read blind, so failed).
func (a *article) titleHolds(term string) bool {
	if strings.Contains(term, " ") || len(term) < 4 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(a.Title)) {
		if rest, ok := strings.CutPrefix(w, term); ok && titleSuffixes[rest] {
			return true
		}
	}
	return false
}

// titleSuffixes make a realm or a rank of a title: "sultan" + "ate".
var titleSuffixes = set("ate", "ates", "dom", "doms", "ship", "hood")

// conditionStates are the words that, after a symbol, name a state of a
// quantity rather than a term: "GM positive", "GM zero", "pH low".
var conditionStates = set("positive", "negative", "zero", "high", "low", "large", "small", "equal", "constant", "above", "below", "greater", "less", "rising", "falling")

// conditionLabel reports a list's label that is a symbol and the state of
// what it stands for ("GM positive (M above G): weight and buoyancy form a
// couple that turns the vessel back upright"). It names a case, not a
// term; read blind, "Which term is this?" on both such labels was failed,
// as "stable" and "positive GM" are as right.
func conditionLabel(term string) bool {
	f := strings.Fields(term)
	if len(f) != 2 || !conditionStates[strings.ToLower(f[1])] {
		return false
	}
	for _, r := range f[0] {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return len([]rune(f[0])) <= 2 // "pH"
		}
	}
	return len([]rune(f[0])) <= 4
}

// statementMeaning reports an entry whose "meaning" is a statement about
// someone named ("Secret: The USA agrees to remove the missiles", "Public:
// The Soviet Union removes its missiles"): a note under a label, not a
// term's meaning, and "Which term is this?" has no answer.
func statementMeaning(def string) bool {
	f := strings.Fields(def)
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	names := 0
	for names < len(f) && capitalized(f[names]) && !strings.ContainsAny(f[names], ",;:") {
		names++
	}
	if names == 0 || names >= len(f) {
		return false
	}
	w := f[names]
	return !capitalized(w) && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed") || irregular[w] != "")
}

// clauseMeaning reports a "meaning" that is a clause with its own subject
// and verb rather than a description of the term: "Size: A llama is much
// bigger", "This measures the total energy output ...", "Magnitudes are
// measured through filters": its subject opens it, its verb follows
// within three words. Read blind, "Which term is this?" on such lines was
// failed 4 times in 4 ("nonsense on a clue label"); a passive is left.
func clauseMeaning(def string) bool {
	f := strings.Fields(strings.ToLower(def))
	if len(f) > 1 && (f[0] == "this" || f[0] == "these" || f[0] == "it" || f[0] == "they") {
		return true
	}
	// A meaning written as a sentence opens with a capital: "Egg: The female
	// digs into the soil", "Larva: A creamy-white grub hatches out" tell
	// what happens at a stage, and the stage is no answer to them.
	sentence := def != "" && unicode.IsUpper([]rune(def)[0]) && articles[f[0]]
	if len(f) > 3 && f[0] == "the" && thirdPerson(f[2]) && !prepositions[f[1]] && !capitalized(strings.Fields(def)[2]) && (familyDeterminers[f[3]] || f[3] == "its" || prepositions[f[3]]) {
		// In small letters after its label too: "GM negative (M below G):
		// the couple turns the vessel further over" says what happens,
		// and leans on a couple named before.
		return true
	}
	words := strings.Fields(def) // f in its own case
	for k := 1; k < len(f) && k <= 3; k++ {
		switch w := strings.Trim(f[k-1], ",;:"); {
		case w != f[k-1] || meaningOpeners[w]:
			return false // "How many times larger an image is", "The longest side; it is"
		}
		if w := strings.Trim(f[k], ",;:."); sentence && k >= 2 && !articles[f[k-1]] && !prepositions[f[k-1]] && !capitalized(words[k]) &&
			(thirdPerson(w) || f[0] != "the" && reVerbS.MatchString(w)) {
			return true // after "A" or "An", a word in -s is the verb: "A creamy-white grub hatches out"
		}
		switch f[k] {
		case "is", "are", "was", "were":
			// A passive tells a process by what happens in it ("Large
			// boulders are rolled along the sea bed": traction), which
			// readers took for a meaning as often as not.
			next := ""
			if k+1 < len(f) {
				next = strings.Trim(f[k+1], ",;:.")
			}
			return next != "" && !strings.HasSuffix(next, "ed") && !irregularParticiples[next]
		}
	}
	return false
}

// reVerbS is a word in the -s of a verb's third person, not "-ss", "-us"
// or "-is".
var reVerbS = regexp.MustCompile(`^\p{L}{2,}[^sui]s$`)

// meaningOpeners open a clause inside a meaning: "How many times larger an
// image is ...", "Whatever is in shortest supply".
var meaningOpeners = set("how", "what", "whatever", "while", "when", "where", "which", "who", "that", "whose", "if", "as")

// reDefines opens a meaning that describes its term ("The Aztec capital,
// ...", "A council of nobles", "everyone who ..."), as against a note of
// what happened there ("Henry VIII broke with Rome").
var reDefines = regexp.MustCompile(`^(?:[\p{Ll}]|(?:A|An|The|Any|Everyone|Everything|Anyone|One|Someone|Something)\b)`)

// properName reports a list entry the text also writes as a name inside
// its sentences ("England: Henry VIII broke with Rome ..."): a country or
// a person is not a term, and "Which term is this?" would ask for it
// wrongly. The list's own lines are not counted, since a list capitalises
// every entry.
func (a *article) properName(term string) bool {
	if term == "" || !capitalized(term) {
		return false
	}
	re, err := regexp.Compile(`[\p{Ll},;] ` + regexp.QuoteMeta(term) + `\b`)
	if err != nil {
		return false
	}
	for _, p := range a.Paras {
		if re.MatchString(p.Text) {
			return true
		}
	}
	return false
}

// regionOrDate reports a list label that is a region ("West Africa",
// "Northern Australia") or a date ("Mid-September", "October to
// December"): a line of notes about where or when, not a term to ask for.
// Read blind, "Which term is this?" for such labels was broken 5 times in 5.
func regionOrDate(term string) bool {
	f := strings.Fields(term)
	if len(f) == 2 && regionWords[strings.ToLower(f[0])] && capitalized(f[1]) {
		return true
	}
	for _, w := range strings.FieldsFunc(term, func(r rune) bool { return r == ' ' || r == '-' }) {
		if months[w] > 0 {
			return true
		}
	}
	return false
}

// seasonal reports a list that goes through the year ("Spring: A queen
// bumblebee wakes up", "Late summer: The colony raises new queens"): two
// or more of its labels name a season, and those say when, not a term.
// Read blind, "Which term is this?" for them was broken 4 times in 4. A
// spring in a list of terms on water ("Spring: a place where groundwater
// flows out") is alone there and stays.
func seasonal(g *glossary, term string) bool {
	if !seasonWord(term) {
		return false
	}
	n := 0
	for _, e := range g.Entries {
		if seasonWord(e.Term) {
			n++
		}
	}
	return n >= 2
}

func seasonWord(term string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(term), func(r rune) bool { return r == ' ' || r == '-' }) {
		if seasons[w] {
			return true
		}
	}
	return false
}

var seasons = set("spring", "summer", "autumn", "fall", "winter", "midsummer", "midwinter")

// regionWords open the name of a region. annotate's compassWords also
// holds the nouns of a place's parts ("mouth", "banks"), which open no
// region's name.
var regionWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
	"north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest")

// rankTitles are the titles a story calls its one holder by, alone: "the
// Baron", "the Captain" ("the Mr" is nobody).
var rankTitles = set("Baron", "Baroness", "Count", "Countess", "Duke", "Duchess", "Prince", "Princess", "Marquis",
	"Earl", "Captain", "Colonel", "General", "Major", "Admiral", "Professor", "Doctor", "Judge", "Commander", "Governor")

// titleCalledAlone returns "the Baron" for Baron Tuzenbakh when the text
// calls him so ("the Baron" with no name after it) and no other entry of
// its lists holds that title: read blind, refusing it was a wrong key.
func (a *article) titleCalledAlone(term string) string {
	title, _, ok := strings.Cut(term, " ")
	if !ok || !rankTitles[title] {
		return ""
	}
	for _, l := range a.Lists {
		for _, e := range l.Entries {
			if e.Term != term && strings.HasPrefix(e.Term, title+" ") {
				return ""
			}
		}
	}
	// The optional tail takes in a name or "of" after the title, so a
	// match that still ends with the title is "the Baron" alone.
	alone := regexp.MustCompile(`\bthe ` + title + `\b(?: \p{Lu}| of\b)?`)
	for _, p := range a.Paras {
		for _, m := range alone.FindAllString(p.Text, -1) {
			if strings.HasSuffix(m, title) {
				return "the " + title
			}
		}
	}
	return ""
}

// firstCalledAlone returns the first part of a character's name of two
// words or two joined parts when the story calls the character by it
// alone at least twice: "Nestan" for Nestan-Darejan ("frees Nestan from a
// fortress"). Which part of a name is the one in use differs between
// languages; the story's own usage tells.
func (a *article) firstCalledAlone(term string) string {
	w := strings.Fields(term)
	var first string
	switch {
	case len(w) == 2 && capitalized(w[0]) && capitalized(w[1]) && !titleWords[w[0]] && titleLong[w[0]] == "":
		first = w[0]
	case len(w) == 1 && strings.Count(w[0], "-") == 1:
		first, _, _ = strings.Cut(w[0], "-")
		if !capitalized(first) {
			return ""
		}
	default:
		return ""
	}
	if utf8.RuneCountInString(first) < 3 {
		return ""
	}
	n := 0
	for _, p := range a.Paras {
		for rest, at := p.Text, 0; ; {
			k := strings.Index(rest[at:], first)
			if k < 0 {
				break
			}
			start, end := at+k, at+k+len(first)
			at = end
			before, _ := utf8.DecodeLastRuneInString(rest[:start])
			after, _ := utf8.DecodeRuneInString(rest[end:])
			if unicode.IsLetter(before) || unicode.IsLetter(after) || after == '-' {
				continue // inside a word, or "Nestan-Darejan"
			}
			if before == ' ' && capitalized(lastWord(rest[:start])) || after == ' ' && capitalized(firstWord(rest[end:])) {
				continue // "Kim Trọng", "Thúy Vân": the whole name
			}
			n++
		}
	}
	if n < 2 {
		return ""
	}
	return first
}

// firstWord is the word that opens s.
func firstWord(s string) string {
	f, _, _ := strings.Cut(strings.TrimLeft(s, " "), " ")
	return f
}

// taleTitle reports a name of two words or more that the text also writes
// in quotation marks, as the title of the tale it is the hero of.
func (a *article) taleTitle(term string) bool {
	quoted := strings.Count(a.Raw, `"`+term+`"`) + strings.Count(a.Raw, "“"+term+"”")
	// Written unquoted only in its own entry: Sherlock Holmes, whom the
	// story names everywhere, is no title.
	return strings.Contains(term, " ") && quoted > 0 && wordCount(a.Raw, term)-quoted <= 1
}

// quotedBefore returns the quoted name the text gives right before a name
// in brackets: "Cinderella" in ""Cinderella" (Aschenputtel)".
func (a *article) quotedBefore(term string) string {
	re, err := regexp.Compile(`["“]([\p{L}' -]{3,30})["”] \(` + regexp.QuoteMeta(term) + `\)`)
	if err != nil {
		return ""
	}
	if m := re.FindStringSubmatch(a.Raw); m != nil {
		return m[1]
	}
	return ""
}

// wordCount counts a word or phrase in a text, as whole words: an ASCII
// letter, digit or underscore may not touch either end. It is called for
// every glossary entry, so it scans with strings.Index rather than
// compiling a pattern per call.
func wordCount(text, w string) int {
	if w == "" {
		return 0
	}
	n := 0
	for i := 0; i <= len(text)-len(w); {
		k := strings.Index(text[i:], w)
		if k < 0 {
			break
		}
		at := i + k
		if boundary(text, at) && boundary(text, at+len(w)) {
			n++
			i = at + len(w)
			continue
		}
		i = at + 1
	}
	return n
}

// boundary reports an ASCII word boundary at byte i of text, as the
// pattern \b does: a letter, digit or underscore on exactly one side.
func boundary(text string, i int) bool {
	before := i > 0 && asciiWord(text[i-1])
	after := i < len(text) && asciiWord(text[i])
	return before != after
}

// asciiWord is what \b counts as part of a word.
func asciiWord(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// attributeList reports a list that describes the text's subject by its
// properties ("What an esker looks like": "Shape: a sinuous ridge",
// "Direction: roughly parallel to the former ice flow", "Material: layers
// of sand and gravel"): two or more of its labels name a property, and its
// lines describe the subject, not the label. Read blind, "Which term is
// this?" asked of them was answered "esker" and refused, 2 times in 2. A
// list of terms ("Key terms": "Weight: the force of gravity on an object")
// defines them and stays.
func attributeList(g *glossary) bool {
	if termsHeading(g.Section) || reTermsToo.MatchString(g.Section) {
		return false
	}
	n := 0
	for _, e := range g.Entries {
		if attributeLabels[strings.ToLower(e.Term)] {
			n++
		}
	}
	return n >= 2
}

// attributeLabels name a property of a thing: its look, size and make, and
// the views a lesson draws it in ("Plan view: a branching, tree-like
// pattern", "Long profile: depth decreases from the mouth").
var attributeLabels = set("shape", "size", "slopes", "slope", "direction", "material", "materials", "colour", "color",
	"colours", "colors", "weight", "width", "depth", "height", "length", "diet", "habitat", "lifespan", "texture",
	"surface", "structure", "orientation", "crest", "sides", "appearance", "composition", "sediment", "sediments",
	"internal structure", "surface features", "plan view", "cross-section", "cross section", "long profile")

// rePlacesHeading is over a list of where to find the subject ("Where to
// find eskers": "Ireland: the word esker comes from the Irish eiscir";
// "Where are they found?": "Relict lobes: areas that had a periglacial
// climate"): its labels are places, or kinds told by their places, not
// terms defined.
var rePlacesHeading = regexp.MustCompile(`(?i)^(?:#+\s*)?where\b.{0,40}\b(?:find|found|see|spot|visit|live|grow|occur)s?\b`)
