package quiz

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name may be written with or without the generic word that says what
// it is ("Mount Aconcagua" for "Aconcagua", "Danube River" for "Danube",
// "Nerchinsk Treaty" for "Treaty of Nerchinsk") and a person with or
// without a title ("Tsar Alexander II"). A student who writes either has
// given the answer; the generator cannot list every form as an alias.

// genericWords say what a name is without being the name.
var genericWords = map[string]bool{
	"river": true, "lake": true, "mount": true, "mountain": true, "mountains": true, "range": true, "sea": true,
	"ocean": true, "island": true, "islands": true, "desert": true, "plateau": true, "valley": true, "bay": true,
	"gulf": true, "strait": true, "peninsula": true, "basin": true, "city": true, "town": true, "fort": true,
	"treaty": true, "battle": true, "siege": true, "war": true, "revolt": true, "rebellion": true, "of": true,
	"the": true, "dynasty": true, "empire": true, "kingdom": true, "province": true, "county": true,
	"university": true, "museum": true, "cathedral": true, "church": true, "palace": true, "castle": true,
	"tsar": true, "czar": true, "king": true, "queen": true, "emperor": true, "empress": true, "general": true,
	"president": true, "sir": true, "saint": true, "st": true, "dr": true, "mr": true, "mrs": true, "ms": true,
	"lord": true, "lady": true, "prince": true, "princess": true, "pope": true, "sultan": true, "captain": true,
	"prize": true, "award": true, "medal": true, "hall": true, "house": true, "manor": true, "abbey": true,
	"park": true, "estate": true, "lodge": true, "cottage": true, "grange": true, "villa": true, "tower": true, "bridge": true, "canal": true, "beach": true, "miss": true,
	"madame": true, "monsieur": true, "dona": true, "dom": true, "herr": true, "frau": true, "count": true, "baron": true, "earl": true, "duke": true, "mme": true, "mlle": true,
	"viscount": true, "vicomte": true, "marquis": true, "marquess": true, "comte": true, // not a countess, who is no count
	"league": true, "union": true, "duchy": true, "principality": true, "reverend": true, "rev": true, "doctor": true, "professor": true, "colonel": true,
	"col": true, "capt": true, "lt": true, "lieut": true, "sgt": true, "adm": true, "prof": true, "insp": true,
	"lieutenant": true, "sergeant": true, "admiral": true, "inspector": true, "commander": true,
	"co": true, "mt": true, // "Co. Antrim", "Mt Aconcagua"
	"father": true, "fr": true, // "Fr. Felician", a priest
	"pasha": true, "bey": true, "effendi": true, // "Midhat" for Midhat Pasha
}

// postTitles follow a name as the title its bearer is known by: Ahmed
// Cevdet Pasha is Cevdet Pasha, Mustafa Reşid Pasha is Reşid Pasha.
var postTitles = map[string]bool{"pasha": true, "bey": true, "effendi": true, "agha": true, "aga": true}

// postTitled accepts the name before a title that follows it, with the
// title: "Cevdet Pasha" for "Ahmed Cevdet Pasha".
func postTitled(given, want []string) bool {
	n := len(want)
	return n >= 3 && len(given) == 2 && postTitles[want[n-1]] && given[1] == want[n-1] && closeTokens(given[:1], want[n-2:n-1])
}

// withoutDon accepts a name without the "Don" or "Donna" before it,
// "Calogero Sedàra" for Don Calogero Sedàra, "Juan" for Don Juan (read
// blind, refusing the name a play's guide calls him throughout was a wrong
// key). ("Don" is no generic word: it is also the River Don.)
func withoutDon(given, want []string) bool {
	return len(want) >= 2 && (want[0] == "don" || want[0] == "donna" || want[0] == "dona") && equalTokens(given, want[1:])
}

// sameName reports whether given and want name the same thing once the
// generic words are set aside on both sides: what is left must be equal
// and not empty, and want must have had a generic word or given one (so
// "Paris" is never taken for "Paris Commune").
func sameName(given, want []string) bool {
	if shoreOf(want) && !shoreOf(given) || shoreOf(given) && !shoreOf(want) {
		return false // "Mexico" is not the Gulf of Mexico
	}
	if kinOf(given) && !kinOf(want) {
		return false // "Kikuji's father" is not Kikuji
	}
	if t := officeTitle(want); t != "" && officeTitle(given) != t {
		return false // "King of Tonga" and "Tonga" are not the Queen of Tonga
	}
	if otherLandform(given, want) {
		return false // "Columbia Plateau" is not the Columbia River
	}
	g, gn := withoutGeneric(given)
	w, wn := withoutGeneric(want)
	if wn > 0 && len(w) > 1 && compass[w[0]] && (slices.Contains(want, "ocean") || slices.Contains(want, "sea")) {
		w, wn = w[1:], wn+1 // "Pacific Ocean" for "North Pacific Ocean" (but "Korea" is not "North Korea")
	}
	if len(g) == 0 || len(w) == 0 || gn+wn == 0 || bareModifier(w) || risingPeople(want, w) {
		return false
	}
	return closeTokens(g, w)
}

// otherLandform reports two names that each say what kind of place they
// are, and say different kinds: the Columbia River, the Columbia Plateau
// and the Columbia Basin share their name and nothing else (read blind,
// taking one for another was a wrong key). Titles are left alone: "Tsar
// Nicholas" and "Emperor Nicholas" are one man.
func otherLandform(given, want []string) bool {
	kinds := func(toks []string) []string {
		var out []string
		for _, t := range toks {
			if k := landforms[t]; k != "" {
				out = append(out, k)
			}
		}
		return out
	}
	g, w := kinds(given), kinds(want)
	if len(g) == 0 || len(w) == 0 {
		return false
	}
	for _, t := range g {
		if slices.Contains(w, t) {
			return false
		}
	}
	return true
}

// landforms are the generic words that name a kind of place, each with
// the kind it says ("Faroe Island" is the Faroe Islands misspelt, "Mount
// Kenya" is no other place than the Kenya mountain).
var landforms = map[string]string{
	"river": "river", "lake": "lake", "mount": "mountain", "mountain": "mountain", "mountains": "mountain",
	"range": "range", "sea": "sea", "ocean": "ocean", "island": "island", "islands": "island", "desert": "desert",
	"plateau": "plateau", "valley": "valley", "bay": "bay", "gulf": "gulf", "strait": "strait", "straits": "strait",
	"peninsula": "peninsula", "basin": "basin", "canal": "canal", "beach": "beach", "bridge": "bridge",
}

// RisingPeople reports that rest, left alone of the rising named name, is
// only the adjective of the people who rose: the generator writes no such
// alias. See risingPeople.
func RisingPeople(name, rest string) bool {
	return risingPeople(normTokens(name), normTokens(rest))
}

// risingPeople reports a rising's name whose other words are only the
// adjective of the people who rose: "Dutch" alone (or "Dutch War") is not
// the Dutch Revolt, nor "Russian" the Russian Revolution (read blind,
// accepting it was a wrong key). A war is as often named for its place:
// "Crimean" answers for the Crimean War.
func risingPeople(want, rest []string) bool {
	if len(rest) != 1 {
		return false
	}
	rising := false
	for _, t := range want {
		rising = rising || risingWords[t]
	}
	if !rising {
		return false
	}
	for _, end := range []string{"ish", "ch", "ian", "an", "ese", "ous", "ic", "al"} {
		if strings.HasSuffix(rest[0], end) {
			return true
		}
	}
	return false
}

var risingWords = map[string]bool{"revolt": true, "rebellion": true, "revolution": true, "uprising": true, "rising": true,
	"mutiny": true, "insurrection": true}

// officeTitle returns the title of an office named by its land, "queen" of
// "Queen of Tonga", or "": the title is what is asked, not a generic word.
func officeTitle(toks []string) string {
	if len(toks) > 0 && toks[0] == "the" {
		toks = toks[1:]
	}
	if len(toks) >= 3 && toks[1] == "of" && rulerTitles[toks[0]] {
		return toks[0]
	}
	return ""
}

// rulerTitles are the titles of an office held over a land.
var rulerTitles = map[string]bool{"king": true, "queen": true, "emperor": true, "empress": true, "tsar": true, "czar": true,
	"sultan": true, "president": true, "prince": true, "princess": true, "duke": true, "duchess": true, "earl": true,
	"count": true, "countess": true, "baron": true, "lord": true, "lady": true, "pope": true, "shah": true, "khan": true}

// kinOf reports "father" used for a parent, not a priest's title: after
// a name ("Kikuji's father") or before "of" ("father of Kikuji").
func kinOf(toks []string) bool {
	for i, t := range toks {
		if t == "father" && (i > 0 || i+1 < len(toks) && toks[i+1] == "of") {
			return true
		}
	}
	return false
}

// waterHeads name a body of water or an island by the land it lies off:
// the Gulf of Mexico is not Mexico, the Bay of Biscay not Biscay, the
// Isle of Man not Man.
var waterHeads = map[string]bool{"gulf": true, "bay": true, "sea": true, "strait": true, "straits": true,
	"isle": true, "sound": true, "firth": true, "bight": true}

// shoreOf reports a name made of a water head, "of" and the land's name.
func shoreOf(toks []string) bool {
	if len(toks) > 0 && toks[0] == "the" {
		toks = toks[1:]
	}
	return len(toks) >= 3 && waterHeads[toks[0]] && toks[1] == "of"
}

// ShoreOf reports a name such as "Gulf of Mexico", whose last words are
// another place's name and no answer for it.
func ShoreOf(name string) bool {
	return shoreOf(normTokens(name))
}

// bareModifier reports what is left of a name when its kind is taken away
// and only a describing word remains: "Cold" of the Cold War, "Young" of
// Young Italy, "Red" of the Red Sea. Alone it names nothing.
func bareModifier(w []string) bool {
	return len(w) == 1 && bareModifiers[w[0]]
}

// DescribingWord reports a word that, left alone of a name, names nothing:
// "Cold" of the Cold War. The generator keeps such words out of aliases.
func DescribingWord(w string) bool {
	return bareModifiers[strings.ToLower(w)]
}

var bareModifiers = map[string]bool{"cold": true, "young": true, "old": true, "new": true, "great": true,
	"holy": true, "little": true, "big": true, "civil": true, "first": true, "second": true, "third": true,
	"last": true, "late": true, "early": true, "high": true, "low": true, "upper": true, "lower": true,
	"grand": true, "royal": true, "free": true, "united": true, "red": true, "white": true, "black": true,
	"green": true, "yellow": true, "long": true, "short": true, "dead": true, "middle": true, "modern": true,
	"ancient": true, "central": true}

// compass words open the part of an ocean or a sea that a text names.
var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true}

// GenericWord reports a word the checker lets go from a name ("River",
// "Treaty", "Province"): a generator writing an alias "province region"
// would make "region" alone right.
func GenericWord(w string) bool {
	return genericWords[strings.ToLower(w)]
}

func withoutGeneric(toks []string) ([]string, int) {
	out := make([]string, 0, len(toks))
	n := 0
	for _, t := range toks {
		if genericWords[t] {
			n++
			continue
		}
		out = append(out, t)
	}
	return out, n
}

// warNames are the usual other names of the world wars, keyed by their
// normalized words.
var warNames = normalizedKeys(map[string]string{
	"first world war": "ww1", "world war i": "ww1", "world war 1": "ww1", "world war one": "ww1", "wwi": "ww1",
	"ww1": "ww1", "great war": "ww1", "second world war": "ww2", "world war ii": "ww2", "world war 2": "ww2",
	"world war two": "ww2", "wwii": "ww2", "ww2": "ww2",
})

func normalizedKeys(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[Normalize(k)] = v
	}
	return out
}

// Regnal numbers are written either way: "Charles II", "Charles the
// Second", "Charles 2"; and a ruler's epithet may follow the name the key
// gives ("William the Conqueror" for "William").

var romanNumerals = map[string]string{"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7",
	"viii": "8", "ix": "9", "x": "10", "xi": "11", "xii": "12", "xiii": "13", "xiv": "14", "xv": "15", "xvi": "16",
	"xvii": "17", "xviii": "18", "xix": "19", "xx": "20"}

// regnal writes a name's trailing number as digits, without "the".
func regnal(toks []string) []string {
	if len(toks) < 2 {
		return toks
	}
	out := append([]string(nil), toks...)
	last := out[len(out)-1]
	if n, ok := romanNumerals[last]; ok {
		out[len(out)-1] = n
	}
	if len(out) >= 3 && out[len(out)-2] == "the" && isDigits(out[len(out)-1]) {
		out = append(out[:len(out)-2], out[len(out)-1])
	}
	return out
}

// sameRuler reports a regnal or epithet form of the expected name.
func sameRuler(given, want []string) bool {
	g, w := regnal(given), regnal(want)
	if len(w) >= 2 && isDigits(w[len(w)-1]) && equalTokens(g, w) {
		return true
	}
	// "William the Conqueror" for "William": the key, then "the" and one word.
	return len(g) == len(want)+2 && equalTokens(g[:len(want)], want) && g[len(want)] == "the"
}

// qualifiedTerm accepts one describing word before a one-word answer when
// the source says it: "electric current" for "current" where the text
// speaks of electric charge, "tectonic plates" for "plates" in notes
// titled "Plate tectonics".
func qualifiedTerm(q *Question, given, want []string) bool {
	// A generic head word adds nothing a student must know: "fault line"
	// for "fault", "convection" for "convection current".
	if n := len(want); n >= 2 && len(given) == n && regionHeads[given[n-1]] && regionHeads[want[n-1]] && equalTokens(given[:n-1], want[:n-1]) {
		return true // "Kars region" for "Kars Province"
	}
	if n := len(want); n >= 2 && len(given) == n && faceHeads[given[n-1]] && faceHeads[want[n-1]] && equalTokens(given[:n-1], want[:n-1]) {
		return true // "lee slope" for "Lee side", "stoss face" for "Stoss side"
	}
	if n := len(want); n >= 2 && len(given) == n && equalTokens(given[:n-1], want[:n-1]) && methodHeads[given[n-1]] && strings.HasSuffix(want[n-1], "ing") {
		return true // "lost-wax method" for "Lost-wax casting": the craft named by its method
	}
	if genericTail(given, want) || genericTail(want, given) {
		return true // also "giant covalent structure" for "giant covalent", "Czech language" for "Czech", "Republican side" for "Republicans", "Bantu languages" and "Bantu language family" for "Bantu"
	}
	if n := len(want); len(given) == n+1 && kindHeads[given[n]] && samePlural(given[:n], want) {
		return true // "Round Table talks" for "Round Table", "tusche ink" for "Tusche"; not back: "silent" is no "silent film"
	}
	if len(given) == len(want)+2 && (genericHeads[given[0]] || measureHeads[given[0]]) && given[1] == "of" && equalTokens(given[2:], want) {
		return true // "policy of containment" for "containment", "rate of natural increase" for "natural increase"
	}
	// A measure's head may go when two words or more are left: "infant
	// mortality" for "infant mortality rate", but "birth" is no "birth
	// rate". So may a system's from the key ("bone rank" for "Bone-rank
	// system", not "nervous" for "Nervous system"); typed after a key it
	// names something else ("low pressure system" for "Low pressure").
	if len(want) >= 3 && len(given) == len(want)-1 && equalTokens(want[:len(given)], given) && (measureHeads[want[len(given)]] || want[len(given)] == "system") ||
		len(given) >= 3 && len(want) == len(given)-1 && equalTokens(given[:len(want)], want) && measureHeads[given[len(want)]] {
		return true
	}
	if len(want) == 2 && (len(given) == 3 || len(given) == 4 && given[2] == "the") && (given[1] == "of" || given[1] == "over") &&
		given[0] == want[1] && samePlural(given[len(given)-1:], want[:1]) {
		return true // "molecule of water" for "water molecule", "worship of ancestors" for "ancestor worship", "dispute over succession"
	}
	if len(want) == 3 && (want[1] == "to" || want[1] == "of" || want[1] == "for") && len(given) == 2 &&
		samePlural(given[:1], want[2:]) && samePlural(given[1:], want[:1]) {
		return true // "entry barriers" for "barriers to entry"
	}
	// A describing word before the key that the question itself says:
	// "Egyptian New Kingdom" for "New Kingdom", the period of Egyptian
	// history; "electric current" for "current", "magnetic poles" for "pole".
	if len(given) == len(want)+1 && (equalTokens(given[1:], want) || len(want) == 1 && samePlural(want, given[1:])) {
		if monthWord(given[0]) || isDigits(given[0]) {
			return false // "June 1970" for December 1970, through its alias "1970", where the stem says "June 1956"
		}
		if a := normTokens(q.Answer); len(a) > len(want) && equalTokens(a[len(a)-len(want):], want) && a[len(a)-len(want)-1] != given[0] {
			return false // "phase velocity" for "group velocity", through its alias "velocity"
		}
		if listedPart(q.Stem, given[0]) {
			return false // "clay loam" for loam, "a mixture of sand, silt and clay": another class of soil
		}
		return saysWord(q, given[0])
	}
	// A word put inside the key that the question itself says: "overshot
	// water wheel" for "Overshot wheel", of a wheel that "water" turns.
	if n := len(want); n >= 2 && len(given) == n+1 && equalTokens(given[:n-1], want[:n-1]) && given[n] == want[n-1] &&
		!stopWords[given[n-1]] && !isDigits(given[n-1]) && !monthNames[given[n-1]] {
		return saysWord(q, given[n-1])
	}
	if n := len(want); len(given) >= n+2 && len(given) <= n+3 && equalTokens(given[:n], want) && given[n] == "of" &&
		(len(given) == n+2 || given[n+1] == "the") {
		return saysWord(q, given[len(given)-1]) // "New Kingdom of Egypt"
	}
	if agentTerm(q, given, want) {
		return true
	}
	if len(want) != 1 || len(given) != 2 {
		return false
	}
	// "ionic bonding" for "ionic" under "Types of bonding", "common land"
	// for the common, "land over which villagers shared rights"; not "crook
	// proud" for "crooks", nor "common rights": a noun further into the
	// definition makes another term, the heading's kind or the
	// definition's own the same one.
	return want[0] == given[0] && (headingSays(q, given[1]) || definitionOpens(q, given[1]))
}

// definitionOpens reports whether the quoted definition of a "Which term
// is this?" question opens with the word, after at most an article and
// two more words: what the term is a kind of.
func definitionOpens(q *Question, word string) bool {
	open, end := strings.Index(q.Stem, "“"), strings.Index(q.Stem, "”")
	if open < 0 || end < open {
		return false
	}
	words := normTokens(q.Stem[open:end])
	if len(words) > 0 && (words[0] == "a" || words[0] == "an" || words[0] == "the") {
		words = words[1:]
	}
	for i := 0; i < len(words) && i < 3; i++ {
		if words[i] == word || samePlural(words[i:i+1], []string{word}) || sameRoot(words[i], word) {
			return true
		}
	}
	return false
}

// sameRoot reports two forms of one word: they share at least four letters
// and differ only past the shorter one's first letters but one ("caliphs"
// and "caliphate", "Chinese" and "China").
func sameRoot(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 4 && n >= min(len(a), len(b))-1
}

// headingSays reports whether the question's section or source uses the
// word or one of its forms.
func headingSays(q *Question, word string) bool {
	return says(q.Section+" "+q.Source, word)
}

// listedPart reports a word the stem names as one item of a list of three
// or more ("sand, silt and clay"): what the answer is made of or stands
// beside, which put before it names something else.
func listedPart(stem, word string) bool {
	for _, m := range reListOfThree.FindAllString(strings.ToLower(stem), -1) {
		for _, item := range reListSplit.Split(m, -1) {
			if f := strings.Fields(item); len(f) > 0 && f[len(f)-1] == word {
				return true
			}
		}
	}
	return false
}

var (
	reListOfThree = regexp.MustCompile(`\pL[\pL -]*(?:, \pL[\pL -]*)+,? (?:and|or) \pL+`)
	reListSplit   = regexp.MustCompile(`, (?:and |or )?| (?:and|or) `)
)

// saysWord reports whether the question's sentence, section or source
// uses the word or one of its forms: "Egypt" where it says "Egyptian".
func saysWord(q *Question, word string) bool {
	return says(q.Stem+" "+q.Explanation+" "+q.Section+" "+q.Source, word)
}

// says reports whether the text uses the word or a form of it sharing its
// first five letters.
func says(text, word string) bool {
	root := word
	if len(root) > 5 {
		root = root[:5]
	}
	for _, t := range normTokens(text) {
		if t == word || strings.HasPrefix(t, root) && len(root) >= 4 {
			return true
		}
	}
	return false
}

// agentTerm accepts the thing the question names, described by what the
// key says it does: "refracting telescope" for "refractor" in "A telescope
// that uses lenses is called a _____", "insulating material" for
// "insulator" after "A material that ...".
func agentTerm(q *Question, given, want []string) bool {
	if len(want) != 1 || len(given) != 2 || !strings.HasSuffix(given[0], "ing") {
		return false
	}
	root := strings.TrimSuffix(given[0], "ing")
	if len(root) < 4 || want[0] != root+"or" && want[0] != root+"er" {
		return false
	}
	stem := tokenize(fold(q.Stem)) // with its article, which normTokens drops
	if len(stem) < 2 || stem[0] != "a" && stem[0] != "an" && stem[0] != "the" {
		return false
	}
	return samePlural(given[1:], stem[1:2])
}

// genericTail reports a longer answer that is a shorter one and one or two
// generic head words after it, in the singular or the plural: "Czech
// language", "Bantu languages", "Bantu language family".
func genericTail(long, short []string) bool {
	n := len(long) - len(short)
	if n < 1 || n > 2 || !samePlural(long[:len(short)], short) {
		return false
	}
	for _, w := range long[len(short):] {
		if !genericHeads[w] && !genericHeads[singularWord(w)] {
			return false
		}
	}
	return true
}

// methodHeads name a craft or a procedure by how it is done.
var methodHeads = map[string]bool{"method": true, "process": true, "technique": true}

// headInStem accepts a term without its head word when the question
// already says it: "ballast" for "ballast tanks" after "special tanks
// called _____".
func headInStem(q *Question, given, want []string) bool {
	n := len(want)
	if n < 2 || len(given) != n-1 || !equalTokens(given, want[:n-1]) || allGeneric(given) {
		return false // "Mrs" alone is no name, though "Mrs Henry" follows "marries Henry"
	}
	head := want[n-1]
	for _, t := range normTokens(q.Stem) {
		if samePlural([]string{t}, []string{head}) {
			return true
		}
	}
	return false
}

// allGeneric reports words that only say what kind of thing or person a
// name is: "Mrs", "the river".
func allGeneric(toks []string) bool {
	for _, t := range toks {
		if !genericWords[t] {
			return false
		}
	}
	return true
}

// kindHeads say what kind of thing a term is when typed after it, but
// leave a describing word when dropped from one: "actuality film" is the
// Actuality, "silent" is no "silent film".
var kindHeads = map[string]bool{"talks": true, "staging": true, "negotiations": true, "film": true, "films": true, "ink": true,
	"technique": true, "style": true, "dance": true, "instrument": true, "process": true, "expansion": true,
	"frequency": true, "tone": true, "note": true}

// genericHeads are head words that only say what kind of thing a term is.
var genericHeads = map[string]bool{"line": true, "current": true, "currents": true, "zone": true, "process": true,
	"structure": true, "theory": true, "method": true, "vessel": true, "vessels": true, "tissue": true,
	"language": true, "effect": true, "government": true, "policy": true, "layer": true, "side": true,
	"function": true, "species": true, "deposit": true, "deposits": true, "script": true, "writing": true,
	"principle": true, "alphabet": true, "family": true, "wave": true, "waves": true,
	"gene": true, "genes": true, "region": true, "mechanism": true, "loop": true, // "negative feedback loop" for "Negative feedback"
	"ship": true, "people": true, "culture": true, "movement": true, "landscape": true, "topography": true, "terrain": true, // "ironclad ship" for "Ironclad", "Lapita people" for "Lapita", "Self-Strengthening" for the Self-Strengthening Movement
	"measure": true, "programme": true, "program": true, // "austerity measures" for "Austerity"
	"animal": true, "animals": true, "creature": true, "creatures": true} // "nocturnal" for "nocturnal animals"

// regionHeads say that a place name is a division of a country: "Kars
// region" names what "Kars Province" does (read blind, refusing it was a
// wrong key).
var regionHeads = map[string]bool{"province": true, "region": true, "area": true, "district": true, "county": true,
	"prefecture": true, "governorate": true, "oblast": true}

// faceHeads name the side of a landform or a building that a term's first
// word says which: "lee slope" and "lee face" name what "Lee side" does
// (read blind, refusing them was a wrong key).
var faceHeads = map[string]bool{"side": true, "slope": true, "face": true, "flank": true}

// measureHeads say that a term is a measure of what comes before them.
var measureHeads = map[string]bool{"rate": true, "level": true, "ratio": true, "index": true, "limit": true} // "limit of resolution" for "Resolution"

// samePlural accepts the singular for the plural and the other way round,
// word by word: "factory" for "factories", "ion" for "ions", in either
// spelling ("molt" for "Moulting").
func samePlural(given, want []string) bool {
	if len(given) != len(want) {
		return false
	}
	// As written first: the spelling rules are for whole words, and
	// "independence" is not spelt "independense".
	return sameWords(given, want) || sameWords(americanTokens(given), americanTokens(want))
}

// sameWords is samePlural on words spelt one way.
func sameWords(given, want []string) bool {
	for i := range given {
		if g, w := singularWord(given[i]), singularWord(want[i]); g != w && gerundRoot(g) != gerundRoot(w) && stateRoot(g) != stateRoot(w) && !classicalPair(given[i], want[i]) &&
			qualityRoot(given[i]) != qualityRoot(want[i]) && !sameAction(g, w) && !sameAction(w, g) {
			return false
		}
	}
	return true
}

// classicalPairs are the Latin and Greek plurals science keeps: codex and
// codices, stoma and stomata, nucleus and nuclei; and a zoological family
// in English and in Latin, mustelids and Mustelidae (read blind, refusing
// the Latin name was a wrong key).
var classicalPairs = [][2]string{{"ex", "ices"}, {"ix", "ices"}, {"a", "ata"}, {"um", "a"}, {"us", "i"}, {"on", "a"},
	{"a", "ae"}, {"is", "es"}, {"ids", "idae"}, {"id", "idae"}}

// classicalPair reports whether a and b are one word in the singular and
// the plural of such a pair, with at least three letters before the ending.
func classicalPair(a, b string) bool {
	for _, p := range classicalPairs {
		for _, x := range [][2]string{{a, b}, {b, a}} {
			sg, pl := x[0], x[1]
			if strings.HasSuffix(sg, p[0]) && strings.HasSuffix(pl, p[1]) {
				stem := strings.TrimSuffix(sg, p[0])
				if letterCount(stem) >= 3 && stem == strings.TrimSuffix(pl, p[1]) {
					return true
				}
			}
		}
	}
	return false
}

// gerundRoot takes "-ing" off a word of five letters or more before it:
// "ionic bonding" is "ionic bond", "simplifying" is "simplify". Names are
// not words of this kind, and numbers are never touched.
func gerundRoot(w string) string {
	if r := strings.TrimSuffix(w, "ing"); r != w && letterCount(r) >= 4 && !isNumeric(r) {
		return r
	}
	if r := strings.TrimSuffix(w, "e"); r != w && letterCount(r) >= 5 && !isNumeric(r) {
		return r // "factorise" and "factorising" share "factoris"
	}
	return w
}

// sameAction reports a process named by its noun and by its verb:
// "pasteurisation" and "pasteurising" (or "pasteurization"), "coagulation"
// and "coagulating" or "coagulate", "spoilage" and "spoiling". Read blind,
// a key refusing the other form of the process it asks for was wrong.
func sameAction(noun, verb string) bool {
	if r := strings.TrimSuffix(noun, "age"); r != noun && letterCount(r) >= 5 && r == gerundRoot(verb) {
		return true // "spoil-age" and "spoil-ing", "shrink-age" and "shrink-ing"
	}
	if !strings.HasSuffix(noun, "tion") && !strings.HasSuffix(noun, "sion") {
		return false
	}
	v := strings.ReplaceAll(gerundRoot(verb), "iz", "is")
	for _, suf := range []string{"ation", "ion", "tion"} {
		r := strings.ReplaceAll(strings.TrimSuffix(noun, suf), "iz", "is")
		if r != noun && letterCount(r) >= 5 && r == v {
			return true // "reduc-tion" and "reduc-ing"
		}
		if suf == "ation" && r != noun && letterCount(r) >= 4 && r+"is" == v {
			return true // "oxid-ation" and "oxidis-ing"
		}
	}
	return false
}

// stateRoot takes "-ment" or "-ed" off a word of five letters or more
// before it: a term for a state and for those in it are one answer to its
// meaning ("unemployment" for "Unemployed", "underemployed" for
// "Underemployment"). A student will hardly type "-ed" for a thing named
// "-ment" that is not the same state.
func stateRoot(w string) string {
	for _, suf := range []string{"ment", "ed"} {
		if r := strings.TrimSuffix(w, suf); r != w && letterCount(r) >= 5 && !isNumeric(r) {
			return r
		}
	}
	return w
}

// qualityRoot takes off the endings that turn a quality into its noun and
// a science into its things, with six letters or more before them:
// "codominant" and "codominance" share "codomin", "hieroglyphics" and
// "hieroglyphs" share "hieroglyph". The "-ency" and "-ancy" of an office
// ("presidency" for "president") are not among them.
func qualityRoot(w string) string {
	for _, suf := range []string{"ics", "ance", "ant", "ence", "ent"} {
		if r := strings.TrimSuffix(w, suf); r != w && letterCount(r) >= 6 && !isNumeric(r) {
			return r
		}
	}
	return singularWord(w)
}

// withoutManner accepts a term typed without the adverb that opens it:
// "inactive" for "Economically inactive". The adverb says in what way; the
// word after it is the term.
func withoutManner(given, want []string) bool {
	return len(want) == len(given)+1 && adverb(want[0]) && samePlural(given, want[1:])
}

// adverb reports whether w ends the way only adverbs of manner do:
// "economically", "actively", "seriously" (not "family" or "supply").
func adverb(w string) bool {
	for _, suf := range []string{"ally", "ively", "ously", "fully", "ently", "antly"} {
		if strings.HasSuffix(w, suf) && letterCount(w) >= len(suf)+3 {
			return true
		}
	}
	return false
}

func singularWord(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// withoutQualifier returns a typed place without the larger place a student
// may add after a comma ("Berlin, Germany" for "Berlin"): one to three
// words, none of them small words that would turn it into another answer
// ("Berlin, not Paris"). An answer that itself holds a comma keeps it.
func withoutQualifier(q *Question, given string) (string, bool) {
	i := strings.IndexByte(given, ',')
	if i <= 0 || strings.Contains(q.Answer, ",") {
		return "", false
	}
	tail := normTokens(given[i+1:])
	for len(tail) > 1 && (tail[0] == "in" || tail[0] == "the") {
		tail = tail[1:] // "Kalanaur, in the Punjab"
	}
	if len(tail) == 0 || len(tail) > 3 || len(contentTokens(tail)) != len(tail) {
		return "", false
	}
	for _, t := range tail {
		if isNumeric(t) || t == "or" || t == "and" || t == "not" || t == "no" {
			return "", false
		}
	}
	return given[:i], true
}

// initialsOf reports a typed acronym of a name of two or more capitalised
// words: "NYC" for "New York City", "UK" for "United Kingdom", "USA" for
// "United States of America" ("of", "the" and "and" have no letter).
func initialsOf(given, want string) bool {
	g := strings.ReplaceAll(strings.TrimSpace(given), ".", "")
	if n := utf8.RuneCountInString(g); n < 2 || n > 6 || strings.ToUpper(g) != g || strings.ContainsAny(g, " -") {
		return false
	}
	var b strings.Builder
	words := 0
	for _, w := range strings.Fields(want) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "&":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false // a common phrase is not written as its initials
		}
		b.WriteRune(r)
		words++
	}
	return words >= 2 && strings.EqualFold(b.String(), g)
}

// sameFamily reports a word of n letters in the family of a title word of
// m letters (0: none) that shares its first five.
func sameFamily(n, m int) bool {
	return m > 0 && n-m <= 2 && m-n <= 2
}

// withoutTopic accepts an answer that differs from the key only by words
// of the quiz's title: in a quiz on the nitrogen cycle, "fixation" for
// "nitrogen fixation", "nitrogen assimilation" for "assimilation" and, in
// one on glaciers, "glacial erratic" for "erratic" (a word of the title's
// family counts as one of its words), and in one on tropical storms "eye
// of the storm" for "Eye" (a title word in the singular too). What is left
// on each side must be a word of its own, so the topic alone ("nitrogen")
// answers nothing. A describing word is never let go: in a quiz on the
// Great Northern War, "power" is not a great power.
func withoutTopic(q *Question, given, want []string) bool {
	// A title word counts whole, and a long one also by its first five
	// letters, which its family shares when it is about as long: "glacial"
	// is of "glaciers", but "classifier" is no word of "Noun Classes".
	words, families := map[string]bool{}, map[string]int{}
	for _, t := range contentTokens(normTokens(q.Source)) {
		if isNumeric(t) {
			continue // a year in the title dates the topic; what it dates is asked (shownYear)
		}
		words[t] = true
		if r := []rune(t); len(r) >= 6 {
			families[string(r[:5])] = len(r)
		}
	}
	if len(words) == 0 {
		return false
	}
	// Words the title sets side by side ("Sea and Land Breezes", "The
	// Carbon-to-Nitrogen Ratio") tell its things apart: the key's may not
	// go ("circulation" is not the sea-breeze circulation, nor is "land
	// breeze circulation"; "nitrogen compounds" are no carbon compounds).
	title := normTokens(q.Source)
	for i, t := range title {
		if t != "and" && t != "or" && t != "versus" && t != "vs" && t != "to" || i == 0 || i+1 == len(title) {
			continue
		}
		if slices.Contains(want, title[i-1]) || slices.Contains(want, title[i+1]) {
			return false
		}
	}
	strip := func(ts []string) []string {
		var out []string
		for _, t := range ts {
			if r := []rune(t); bareModifiers[t] || !words[t] && !words[t+"s"] && !words[t+"es"] && (len(r) < 6 || !sameFamily(len(r), families[string(r[:5])])) {
				out = append(out, t)
			}
		}
		return out
	}
	g, w := strip(given), strip(want)
	if len(g) == len(given) && len(w) == len(want) || len(g) == 0 || len(w) == 0 {
		return false
	}
	if len(w) < len(want) && bareModifier(w) {
		return false // "Young" of "Young Italy" in a lesson on Italy
	}
	for _, t := range w {
		if letterCount(t) < 4 && !isNumeric(t) && len(w) < len(want) {
			return false // "air" left of "air mass" is no answer; a key of three letters ("Eye") is
		}
	}
	return closeTokens(g, w)
}

// stemHead accepts a term typed with the head noun that opens the
// question's meaning: "area of low pressure" for "Low pressure" asked as "An area of
// rising air", "economically inactive people" for "Economically inactive"
// asked as "People who are neither working nor looking for work".
func stemHead(q *Question, given, want []string) bool {
	n := len(want)
	var head string
	switch {
	case len(given) == n+2 && given[1] == "of" && samePlural(given[2:], want):
		head = given[0]
	case len(given) == n+1 && samePlural(given[:n], want):
		head = given[n]
	default:
		return false
	}
	if stopWords[head] {
		return false
	}
	// The head opens the meaning and a phrase or clause hangs on it
	// ("An area of ...", "People who ..."): "proud" in "The proud,
	// well-read stable hand" is no head, and "crook proud" no answer.
	st := normTokens(q.Stem)
	stem := contentTokens(st)
	if len(stem) == 0 || !samePlural([]string{stem[0]}, []string{head}) {
		return false
	}
	i := slices.Index(st, stem[0])
	return i+1 < len(st) && headLinks[st[i+1]]
}

// meaningHead accepts a term typed with a noun its quoted meaning opens
// with: "feature article" for Feature asked as “A longer, more descriptive
// article exploring …”, "lead paragraph" for Lead asked as “The opening
// sentence or paragraph of a news story …”. Read blind, refusing them was
// a wrong key. Only the meaning's opening words count, up to the first
// word that hangs a phrase on them: "lead story" is another thing.
func meaningHead(q *Question, given, want []string) bool {
	n := len(want)
	if len(given) != n+1 || !samePlural(given[:n], want) || stopWords[given[n]] || !strings.HasPrefix(strings.TrimSpace(q.Stem), "“") || !strings.Contains(q.Stem, "Which term") {
		return false // a character's "The proud, well-read stable hand" gives no "Crooks proud"
	}
	seen := 0
	for _, t := range normTokens(q.Stem) {
		if headLinks[t] || seen == 4 {
			return false
		}
		if stopWords[t] {
			continue
		}
		if samePlural([]string{t}, []string{given[n]}) {
			return true
		}
		seen++
	}
	return false
}

// headLinks are the words that hang a phrase or a clause on a noun.
var headLinks = map[string]bool{"of": true, "who": true, "that": true, "which": true, "where": true, "whose": true,
	"with": true, "without": true, "in": true, "on": true, "for": true, "from": true}

// withoutPlaceOf accepts a name of two words or more without the "of"
// phrase that places it: "Four Articles" for "Four Articles of Prague",
// "Great Fire" for "Great Fire of London". A name of one word before "of"
// is no name without it ("Treaty of Paris" is not "Treaty"), nor one that
// ends in a kind of thing ("Second Battle").
func withoutPlaceOf(given, want []string) bool {
	of := slices.Index(want, "of")
	if of < 2 || len(given) != of || !equalTokens(given, want[:of]) {
		return false
	}
	return !genericWords[given[of-1]] && !titleWords[given[of-1]]
}

// kinWords go before a character's name in how a story calls them ("Uncle
// Ben", "Aunt Polly"); typed before the right name, they leave it right.
// Titles are left alone: "Mrs Bennet" is not "Mr Bennet".
var kinWords = map[string]bool{"uncle": true, "aunt": true, "auntie": true, "cousin": true, "grandpa": true,
	"grandma": true, "granny": true, "grandfather": true, "grandmother": true}

// withoutKinWord returns the name typed after a kin word, or "" when the
// answer itself opens with one.
func withoutKinWord(q *Question, given string) string {
	f := strings.Fields(given)
	if len(f) < 2 || !kinWords[strings.ToLower(f[0])] {
		return ""
	}
	if a := strings.Fields(q.Answer); len(a) > 0 && kinWords[strings.ToLower(a[0])] {
		return ""
	}
	return strings.Join(f[1:], " ")
}

// withoutDescription returns the name typed after what it is ("the
// prophet Tiresias", "the blind seer Tiresias", as a text calls him), or
// "" when what was typed is not so made: "the" and up to three words in
// small letters, none a word that makes it someone else ("the son of
// Laius", "the not Tiresias"), before a capitalised name. The answer must
// be a name itself, so that a term keeps its own words.
func withoutDescription(q *Question, given string) string {
	f := strings.Fields(given)
	if len(f) < 3 || !strings.EqualFold(f[0], "the") || !properName(q.Answer) {
		return ""
	}
	for k := 1; k < len(f) && k <= 4; k++ {
		r, _ := utf8.DecodeRuneInString(f[k])
		if unicode.IsUpper(r) {
			if k == 1 {
				return ""
			}
			return strings.Join(f[k:], " ")
		}
		if notDescribing[strings.ToLower(f[k])] || strings.ContainsAny(f[k], "'’,") {
			return ""
		}
	}
	return ""
}

// notDescribing are words that make a description someone else's or no
// description at all.
var notDescribing = map[string]bool{"of": true, "and": true, "or": true, "not": true, "no": true, "but": true, "to": true,
	"from": true, "by": true, "with": true, "for": true, "than": true, "like": true, "who": true, "which": true}

// properName reports an answer whose every word is capitalised.
func properName(s string) bool {
	f := strings.Fields(s)
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return len(f) > 0
}

// withoutMiddleNames accepts a person's name typed without a middle name
// or patronymic, each word up to its own typo: "Nikolay Kirsanov" for
// "Nikolai Petrovich Kirsanov". The first and the last word must both be
// there, and want must be a name (every word capitalised).
func withoutMiddleNames(given []string, want string) bool {
	words := strings.Fields(want)
	if len(given) < 2 || len(words) < 3 || len(given) >= len(words) {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !nameParticles[w] {
			return false // "Gustav Aschenbach" for Gustav von Aschenbach; not a term
		}
	}
	if r, _ := utf8.DecodeRuneInString(words[len(words)-1]); !unicode.IsUpper(r) {
		return false
	}
	w := normTokens(want)
	if len(w) != len(words) || !closeTokens(given[:1], w[:1]) || !closeTokens(given[len(given)-1:], w[len(w)-1:]) {
		return false
	}
	if postTitles[w[len(w)-1]] {
		return false // "Ahmed Pasha" is another man than Ahmed Cevdet Pasha, known as Cevdet Pasha
	}
	// The words between must follow in order: "Nikolai Petrovich" is not
	// the end of someone else's name.
	k := 1
	for _, g := range given[1 : len(given)-1] {
		for k < len(w)-1 && !closeTokens([]string{g}, w[k:k+1]) {
			k++
		}
		if k == len(w)-1 {
			return false
		}
		k++
	}
	return true
}

// givenTitles go with a person's given name: "Sir Percival" is Sir
// Percival Glyde, "Don Eligio" Don Eligio Pellegrinotto, "Lady Catherine"
// Lady Catherine de Bourgh ("Mr" and "Mrs" go with the surname).
var givenTitles = map[string]bool{"sir": true, "dame": true, "lady": true, "lord": true, "don": true, "dona": true,
	"doña": true, "dom": true, "father": true, "brother": true, "sister": true, "mother": true, "saint": true,
	"fra": true, "padre": true, "prince": true, "princess": true, "uncle": true, "aunt": true}

// titledGiven accepts a name's title and given name for the whole name.
func titledGiven(given []string, want string) bool {
	words := strings.Fields(want)
	if len(given) != 2 || len(words) < 3 {
		return false
	}
	for _, w := range words[:2] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	w := normTokens(want)
	return len(w) == len(words) && givenTitles[w[0]] && given[0] == w[0] && closeTokens(given[1:], w[1:2])
}

// reTypedAcronym is a name typed with its acronym after it in brackets,
// as notes write a term: "Velocity ratio (VR)".
var reTypedAcronym = regexp.MustCompile(`^\s*(.+?)\s*\(\s*[\p{Lu}]{2,6}\s*\)\s*$`)

// withoutAcronym returns the name without its bracketed acronym. Only
// capitals may stand in the brackets: "Paris (London)" hedges between
// two answers and is judged as typed.
func withoutAcronym(given string) (string, bool) {
	m := reTypedAcronym.FindStringSubmatch(given)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// ofForDe accepts a name written with "of" where the key has "de", or the
// other way round: "Élie de Saint-Gilles" for "Élie of Saint-Gilles", as
// a text may write the same person both ways (read blind, refusing it was
// a wrong key). Only between two words of a name, never at its ends.
func ofForDe(given, want []string) bool {
	if len(given) != len(want) || len(want) < 3 {
		return false
	}
	swapped := false
	for i := range want {
		switch {
		case given[i] == want[i]:
		case i > 0 && i < len(want)-1 && (given[i] == "de" && want[i] == "of" || given[i] == "of" && want[i] == "de"):
			swapped = true
		default:
			return false
		}
	}
	return swapped
}
