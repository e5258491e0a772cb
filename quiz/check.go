package quiz

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// maxAnswerBytes bounds the work done on one typed answer: nobody types a
// correct answer longer than this, and a flood must not cost more.
const maxAnswerBytes = 1000

// Normalize reduces an answer to the form in which two ways of writing the
// same thing are equal: case and accents folded, punctuation dropped, spaces
// collapsed, a leading article removed, "&" read as "and", number words as
// digits ("three thousand" = "3,000" = "3000"), ordinal suffixes dropped
// ("21st" = "21") and dates in one order ("September 21, 1757" = "21 Sept
// 1757" = "21 september 1757"). Normalize(Normalize(s)) == Normalize(s).
func Normalize(s string) string {
	return strings.Join(normTokens(s), " ")
}

// normTokens is Normalize before the final join: the words of the answer.
func normTokens(s string) []string {
	toks := tokenize(fold(s))
	// Each rewrite can expose another one (a leading article before a number
	// that has just been read, "the the"); repeating to a fixed point is what
	// makes Normalize idempotent. Every rewrite shortens the list or turns
	// words into digits, so this ends quickly.
	for range 32 {
		next := rewrite(toks)
		if equalTokens(next, toks) {
			break
		}
		toks = next
	}
	return toks
}

// fold removes case and accents. It follows Unicode's compatibility caseless
// match (fold, NFKD, fold, NFKD) and then drops the non-spacing marks, so
// "É", "é" and "e" are one letter, and so are "ﬁ" and "fi".
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	s = strings.ToValidUTF8(s, " ")
	t := transform.Chain(cases.Fold(), norm.NFKD, cases.Fold(), norm.NFKD, runes.Remove(runes.In(unicode.Mn)))
	out, _, err := transform.String(t, s)
	if err != nil {
		return strings.ToLower(s)
	}
	return out
}

// letterMap spells the letters that carry no separable accent (so NFKD
// leaves them alone) the way an English speaker types them.
var letterMap = map[rune]string{
	'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'ħ': "h", 'ı': "i", 'ŧ': "t",
	'æ': "ae", 'œ': "oe", 'þ': "th", 'ß': "ss",
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mc, r)
}

// tokenize splits folded text into words of letters or of digits. Digits keep
// a decimal point ("3.5") and lose thousands separators ("3,000" = "3000");
// "&" and "%" become the words "and" and "percent"; an apostrophe inside a
// word disappears ("O'Brien" = "obrien"); an ordinal suffix glued to digits
// is dropped ("21st" = "21").
func tokenize(s string) []string {
	rs := []rune(s)
	toks := make([]string, 0, 8)
	var cur []rune
	curDigits := false
	flush := func() {
		if len(cur) > 0 {
			toks = append(toks, string(cur))
			cur = cur[:0]
		}
	}
	isASCIIDigit := func(r rune) bool { return r >= '0' && r <= '9' }
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if m, ok := letterMap[r]; ok {
			if curDigits {
				flush()
			}
			cur = append(cur, []rune(m)...)
			curDigits = false
			continue
		}
		if isWordRune(r) {
			d := unicode.IsDigit(r)
			if len(cur) > 0 && d != curDigits {
				// "21st", "4th": an ordinal suffix right after digits.
				if !d && curDigits && i+1 < len(rs) {
					if suf := string(rs[i : i+2]); (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") &&
						(i+2 == len(rs) || !isWordRune(rs[i+2])) {
						i++
						continue
					}
				}
				flush()
			}
			cur = append(cur, r)
			curDigits = d
			continue
		}
		next := rune(-1)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case isApostrophe(r) && len(cur) > 0 && !curDigits && unicode.IsLetter(next):
			continue
		case r == '.' && len(cur) > 0 && isASCIIDigit(cur[len(cur)-1]) && isASCIIDigit(next):
			cur = append(cur, r)
			continue
		case r == ',' && len(cur) > 0 && isASCIIDigit(cur[len(cur)-1]) && thousandsGroup(rs[i+1:]):
			continue
		}
		flush()
		switch r {
		case '&':
			toks = append(toks, "and")
		case '%':
			toks = append(toks, "percent")
		}
	}
	flush()
	return toks
}

// thousandsGroup reports whether rs starts with exactly three ASCII digits.
func thousandsGroup(rs []rune) bool {
	if len(rs) < 3 {
		return false
	}
	for _, r := range rs[:3] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return len(rs) == 3 || !unicode.IsDigit(rs[3])
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// rewrite applies one pass of the word-level rules: number words to digits,
// dates to "day month year", then the leading article.
func rewrite(toks []string) []string {
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); {
		if v, n := parseNumber(toks[i:]); n > 0 {
			out = append(out, v)
			i += n
			continue
		}
		if era, m := eraAt(toks[i:]); m > 0 && len(out) > 0 && isDigits(out[len(out)-1]) {
			// "480 BCE" and "480 B.C." are "480 bc"; "79 CE" and "79
			// AD" are the year 79.
			if era == "bc" {
				out = append(out, era)
			}
			i += m
			continue
		}
		if era, m := eraAt(toks[i:]); era == "ad" && i+m < len(toks) && isDigits(toks[i+m]) {
			i += m // "AD 79" is 79
			continue
		}
		if toks[i] == "per" && i+1 < len(toks) && toks[i+1] == "cent" {
			out = append(out, "percent") // "per cent changes" as the text writes it, "percent changes"
			i += 2
			continue
		}
		if toks[i] == "percentage" || toks[i] == "percentages" {
			out = append(out, "percent") // "percentage changes" is "per cent changes" too
			i++
			continue
		}
		out = append(out, toks[i])
		i++
	}
	out = sidesOfBody(rewriteDates(out))
	for len(out) > 1 && (out[0] == "the" || out[0] == "a" || out[0] == "an") {
		out = out[1:]
	}
	return out
}

// eraAt reads the era written after a year, in any of its spellings:
// "BCE", "B.C." and "B.C.E." are "bc"; "CE" and "A.D." are "ad".
func eraAt(toks []string) (string, int) {
	if len(toks) == 0 || toks[0] == "" || len(toks[0]) > 3 || toks[0][0] != 'a' && toks[0][0] != 'b' && toks[0][0] != 'c' {
		return "", 0
	}
	at := func(ws ...string) bool {
		if len(toks) < len(ws) {
			return false
		}
		for k, w := range ws {
			if toks[k] != w {
				return false
			}
		}
		return true
	}
	switch {
	case at("bc"):
		return "bc", 1
	case at("ad"):
		return "ad", 1
	case at("b", "c", "e"):
		return "bc", 3
	case at("b", "c"):
		return "bc", 2
	case at("bce"):
		return "bc", 1
	case at("a", "d"):
		return "ad", 2
	case at("ce"):
		return "ad", 1
	}
	return "", 0
}

// Number words. Ordinals count as their number ("twenty-first" = 21) and end
// a number.
var (
	unitWords = map[string]int64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
	}
	teenWords = map[string]int64{
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
		"seventeen": 17, "eighteen": 18, "nineteen": 19,
		"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
		"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	}
	tenWords = map[string]int64{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
		"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
		"eightieth": 80, "ninetieth": 90,
	}
	scaleWords = map[string]int64{"thousand": 1e3, "million": 1e6, "billion": 1e9}
)

func isOrdinalWord(w string) bool {
	return strings.HasSuffix(w, "th") || w == "first" || w == "second" || w == "third"
}

func isNumberWord(w string) bool {
	_, u := unitWords[w]
	_, t := teenWords[w]
	_, d := tenWords[w]
	return u || t || d
}

// parseNumber reads a number written in words ("three thousand", "one
// hundred and five", "nineteen hundred") or as digits times a scale ("3
// thousand", "1.5 million") at the start of toks. It returns the digits and
// how many tokens it used, or n == 0 when toks does not start with one.
func parseNumber(toks []string) (string, int) {
	if len(toks) == 0 {
		return "", 0
	}
	if isDigits(toks[0]) {
		v, n := toks[0], 1
		for ; n < len(toks); n++ {
			scale := scaleWords[toks[n]]
			if toks[n] == "hundred" {
				scale = 100
			}
			next, ok := scaleDecimal(v, scale)
			if scale == 0 || !ok {
				break
			}
			v = next
		}
		if n == 1 {
			return "", 0
		}
		return v, n
	}
	if toks[0] == "zero" {
		return "0", 1
	}
	const (
		none = iota
		unit
		teen
		ten
		hundred
		scale
	)
	var total, cur, lastScale int64
	last, used := none, 0
	ordinal := false
	for i := 0; i < len(toks) && !ordinal; i++ {
		w := toks[i]
		if v, ok := unitWords[w]; ok && v > 0 && (last == none || last == ten || last == hundred || last == scale) {
			cur += v
			last = unit
		} else if v, ok := teenWords[w]; ok && (last == none || last == hundred || last == scale) {
			cur += v
			last = teen
		} else if v, ok := tenWords[w]; ok && (last == none || last == hundred || last == scale) {
			cur += v
			last = ten
		} else if w == "hundred" && (last == none || (last == unit || last == teen) && cur > 0 && cur < 100) {
			cur = max(cur, 1) * 100 // a bare "hundred" is one hundred ("Hundred Years' War" = "100 years war")
			last = hundred
		} else if v, ok := scaleWords[w]; ok && last != scale && (last == none || cur > 0) && (lastScale == 0 || v < lastScale) {
			total += max(cur, 1) * v
			cur, lastScale = 0, v
			last = scale
		} else if w == "and" && (last == hundred || last == scale) && i+1 < len(toks) && isNumberWord(toks[i+1]) {
			continue // "one hundred and five"
		} else {
			break
		}
		used = i + 1
		ordinal = isOrdinalWord(w)
	}
	if used == 0 {
		return "", 0
	}
	return strconv.FormatInt(total+cur, 10), used
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	dot := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.' && !dot && i > 0 && i < len(s)-1:
			dot = true
		case c < '0' || c > '9':
			return false
		}
	}
	return true
}

// scaleDecimal multiplies the decimal digits d by scale (a power of ten)
// exactly, as text: "1.5" × 1e6 = "1500000". ok is false when the result is
// not a whole number or is absurdly long.
func scaleDecimal(d string, scale int64) (string, bool) {
	zeros := len(strconv.FormatInt(scale, 10)) - 1
	whole, frac, _ := strings.Cut(d, ".")
	frac = strings.TrimRight(frac, "0")
	if len(frac) > zeros || len(whole) > 15 {
		return "", false
	}
	s := strings.TrimLeft(whole+frac+strings.Repeat("0", zeros-len(frac)), "0")
	if s == "" {
		s = "0"
	}
	return s, true
}

var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// monthAbbrevs are read as months only next to a number, since "mar", "jan"
// and "dec" are also words and names.
var monthAbbrevs = map[string]string{
	"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
	"aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november", "dec": "december",
}

// dayNumber reports whether w can be a day of the month, and its plain form
// ("05" = "5").
func dayNumber(w string) (string, bool) {
	if len(w) == 0 || len(w) > 2 || !isDigits(w) || strings.Contains(w, ".") {
		return "", false
	}
	n, _ := strconv.Atoi(w)
	if n < 1 || n > 31 {
		return "", false
	}
	return strconv.Itoa(n), true
}

// rewriteDates puts dates in one order, "21 september 1757": month names
// spelled out, "September 21" turned round, "21 of September" without "of".
func rewriteDates(toks []string) []string {
	num := func(i int) bool { return i >= 0 && i < len(toks) && isDigits(toks[i]) }
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		w := toks[i]
		if full, ok := monthAbbrevs[w]; ok && (num(i-1) || num(i+1) || (i >= 2 && toks[i-1] == "of" && num(i-2))) {
			w = full
		}
		if !monthNames[w] {
			out = append(out, w)
			continue
		}
		n := len(out)
		// "21 of september" -> "21 september"
		if n >= 2 && out[n-1] == "of" {
			if d, ok := dayNumber(out[n-2]); ok {
				out[n-2], out[n-1] = d, w
				continue
			}
		}
		if n >= 1 {
			if d, ok := dayNumber(out[n-1]); ok {
				out[n-1] = d
				out = append(out, w)
				continue
			}
		}
		// "september 21[, 1757]" -> "21 september[ 1757]"
		if i+1 < len(toks) {
			if d, ok := dayNumber(toks[i+1]); ok {
				out = append(out, d, w)
				i++
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// stopWords carry no answer by themselves: an answer made only of them is
// refused, and they may surround a correct answer ("in Tobolsk").
var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "by": true, "with": true, "from": true, "is": true, "was": true, "are": true,
	"were": true, "be": true, "been": true, "it": true, "its": true, "this": true, "that": true, "as": true,
	"into": true, "i": true, "he": true, "she": true, "they": true, "we": true, "you": true, "his": true,
	"her": true, "their": true, "my": true, "our": true, "your": true, "think": true, "answer": true,
}

func contentTokens(toks []string) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if !stopWords[t] {
			out = append(out, t)
		}
	}
	return out
}

// CheckTyped judges a typed answer (fill_blank, short_answer) against the
// question's answer and aliases. Both sides are normalized; the answer may
// be wrapped in stop words ("in Tobolsk"); small typos are forgiven by the
// length of the expected answer (none up to 4 letters, 1 edit for 5 to 8, 2
// beyond; never in the first letter), but numbers and years must be exact and whole words must match
// ("air" is not "chair"). An answer made only of stop words is wrong, unless
// the expected answer is exactly those words ("A" for a vitamin). For a
// "Who ..." question whose answer is a two- or three-word name, the last name
// alone is accepted when the question does not already contain it.
func CheckTyped(q *Question, given string) bool {
	if q == nil || len(given) > maxAnswerBytes || !strings.ContainsFunc(given, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return false // nothing typed is never right, whatever the rules below make of it
	}
	for _, d := range numericDates(given) {
		if CheckTyped(q, d) {
			return true
		}
	}
	if name, ok := withoutAcronym(given); ok && CheckTyped(q, name) {
		return true
	}
	if head, ok := withoutQualifier(q, given); ok && CheckTyped(q, head) {
		return true
	}
	if y := shownYear(q, given); y != "" && CheckTyped(q, given+" "+y) {
		return true
	}
	if my := withoutDay(q, given); my != "" && CheckTyped(q, my) {
		return true
	}
	if y := yearOfDate(q, given); y != "" && CheckTyped(q, y) {
		return true
	}
	if d := withoutWeekday(q, given); d != "" && CheckTyped(q, d) {
		return true
	}
	if n := withoutKinWord(q, given); n != "" && CheckTyped(q, n) {
		return true
	}
	if n := withoutDescription(q, given); n != "" && CheckTyped(q, n) {
		return true
	}
	if n := withoutStateTitle(q, given); n != "" && CheckTyped(q, n) {
		return true
	}
	g := normTokens(given)
	if len(g) == 0 {
		return false
	}
	if beforeCommonEra(q.Answer) && commonEra(given) {
		return false // "221 AD" for 221 BC, though "221" alone may be an alias
	}
	gc := contentTokens(g)
	for i := -1; i < len(q.Aliases); i++ {
		want := q.Answer
		if i >= 0 {
			want = q.Aliases[i]
		}
		w := normTokens(want)
		if len(w) == 0 || clashingTitle(g, w) || eraClash(g, w) {
			continue
		}
		if len(gc) == 0 {
			// Only stop words: right only when the answer is exactly that
			// ("Vitamin ___?" "A"), never as a guess at something longer.
			if len(contentTokens(w)) == 0 && equalTokens(g, w) {
				return true
			}
			continue
		}
		if closeTokens(g, w) || withStageWord(gc, contentTokens(w)) || oneCompound(g, w) || forceOfKind(gc, contentTokens(w)) {
			return true
		}
		if wc := contentTokens(w); len(wc) > 0 && closeTokens(gc, wc) {
			return true
		}
		if surnameMatch(q, want, gc) {
			return true
		}
		if initialsOf(given, want) || withoutMiddleNames(g, want) || titledGiven(g, want) {
			return true
		}
		if numberWithWords(q, w, g) || approxTyped(g, w) || sameCountry(g, w) || sameName(g, w) && !commonTerm(q, want) || postTitled(g, w) || withoutDon(g, w) || sameRuler(g, w) || qualifiedTerm(q, g, w) || headInStem(q, g, w) || samePlural(g, w) || withoutManner(g, w) || stemHead(q, g, w) || meaningHead(q, g, w) || sameFormula(g, w) || withoutTopic(q, gc, contentTokens(w)) || withoutPlaceOf(g, w) || ofForDe(g, w) || partOfPlace(q, g, w) || commonTerm(q, want) && ofPhrase(g, w) {
			return true
		}
		if a, b := warNames[strings.Join(g, " ")], warNames[strings.Join(w, " ")]; a != "" && a == b {
			return true
		}
	}
	return false
}

// surnameMatch accepts the last name alone for a person asked with "Who",
// with or without its particle ("Beethoven" or "van Beethoven" for Ludwig
// van Beethoven, "Gogh" for van Gogh). It refuses titles ("Galdan Khan" is
// not "Khan"), names joined with other small words ("William of Orange"),
// and a last name the stem already shows (then it does not say which
// person). A character is left to the aliases the generator writes: a
// story's family shares its name.
func surnameMatch(q *Question, want string, given []string) bool {
	stem := strings.ToLower(strings.TrimSpace(q.Stem))
	if !strings.HasPrefix(stem, "who ") && !strings.HasPrefix(stem, "whom ") && !strings.HasPrefix(stem, "whose ") {
		return false
	}
	words := strings.Fields(want)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	first := len(words) - 1 // where the surname starts, particle included
	for first > 0 && nameParticles[words[first-1]] {
		first--
	}
	if first == len(words)-1 && len(words) > 3 {
		return false // four words, none a particle: not one person's name
	}
	for _, w := range words[:first] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	last := normTokens(words[len(words)-1])
	if len(last) != 1 || titleWords[last[0]] || isNumeric(last[0]) || letterCount(last[0]) < 3 {
		return false
	}
	for _, t := range normTokens(q.Stem) {
		if t == last[0] {
			return false
		}
	}
	if len(given) > 1 && len(given) == len(words)-first {
		// "van Beethoven": the particle typed as the name has it.
		return equalTokens(given[:len(given)-1], normTokens(strings.Join(words[first:len(words)-1], " "))) && closeTokens(given[len(given)-1:], last)
	}
	return len(given) == 1 && closeTokens(given, last)
}

// titleWords end many names without being a surname.
var titleWords = map[string]bool{
	"khan": true, "emperor": true, "empress": true, "king": true, "queen": true, "prince": true, "princess": true,
	"great": true, "elder": true, "younger": true, "jr": true, "sr": true, "ii": true, "iii": true, "iv": true,
	"v": true, "vi": true, "vii": true, "viii": true, "ix": true, "x": true, "xi": true, "xii": true, "xiii": true,
	"xiv": true, "xv": true, "xvi": true, "pope": true, "tsar": true, "czar": true, "sultan": true, "shah": true,
	"duke": true, "lama": true, "taiji": true, "noyan": true, "beg": true, "bey": true, "pasha": true,
}

func isNumeric(t string) bool {
	for _, r := range t {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// typoBudget is how many edits an answer of this many letters forgives.
func typoBudget(letters int) int {
	switch {
	case letters <= 4:
		return 0
	case letters <= 11:
		// Two edits in a word of ten letters make another word as often
		// as a slip: "conduction" for "convection".
		return 1
	}
	return 2
}

// closeTokens reports whether given matches want up to the typos that want's
// length allows, with the numbers in both identical.
func closeTokens(given, want []string) bool {
	if equalTokens(given, want) {
		return true
	}
	given, want = americanTokens(given), americanTokens(want)
	if equalTokens(given, want) || equalTokens(ieAsY(given), ieAsY(want)) {
		return true
	}
	var gn, wn []string
	letters := 0
	// A regnal number counts as a number: "Richard III" is one letter from
	// "Richard II" and another king.
	for _, t := range regnal(given) {
		if isNumeric(t) {
			gn = append(gn, t)
		}
	}
	for _, t := range regnal(want) {
		if isNumeric(t) {
			wn = append(wn, t)
		}
	}
	for _, t := range want {
		letters += letterCount(t)
	}
	if !equalTokens(gn, wn) {
		return false
	}
	budget := typoBudget(letters)
	if budget == 0 || len(given) == 0 || len(want) == 0 || countryName(given) {
		return false // "Ireland" for "Iceland" is another country, not a slip (check_place.go)
	}
	// People rarely mistype the first letter, and forgiving it confuses
	// different names ("Omsk" for "Tomsk", "hair" for "chair").
	// British "oe" and "ae" are American "e" ("oesophagus", "esophagus";
	// "aetiology", "etiology"): the same first letter once spelt alike.
	given = append([]string{britishOpening(given[0])}, given[1:]...)
	want = append([]string{britishOpening(want[0])}, want[1:]...)
	g0, _ := utf8.DecodeRuneInString(given[0])
	w0, _ := utf8.DecodeRuneInString(want[0])
	if g0 != w0 || negatedWord(given, want) || opposedWord(given, want) || shortWordChanged(given, want) || otherInitial(given, want) || workerForWork(given, want) {
		return false
	}
	return typoDistance(strings.Join(given, " "), strings.Join(want, " "), budget) <= budget
}

// slip reports a letter typed for another that a hand or an ear makes.
func slip(x, y rune) bool {
	if vowels[x] && vowels[y] || x == ' ' || y == ' ' || x == '-' || y == '-' {
		return true
	}
	if x > y {
		x, y = y, x
	}
	return keyNeighbours[[2]rune{x, y}] || sameSound[[2]rune{x, y}] || x >= 128 || y >= 128
}

var vowels = map[rune]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true}

// keyNeighbours are the pairs of letters side by side on a QWERTY
// keyboard, in a row or across rows, smaller letter first.
var keyNeighbours = func() map[[2]rune]bool {
	rows := []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}
	m := map[[2]rune]bool{}
	add := func(x, y byte) {
		a, b := rune(x), rune(y)
		if a > b {
			a, b = b, a
		}
		m[[2]rune{a, b}] = true
	}
	for r, row := range rows {
		for i := range len(row) {
			if i+1 < len(row) {
				add(row[i], row[i+1])
			}
			if r+1 < len(rows) {
				below := rows[r+1]
				// Each key touches the one below it and the one below
				// and to its left.
				if i < len(below) {
					add(row[i], below[i])
				}
				if i > 0 && i-1 < len(below) {
					add(row[i], below[i-1])
				}
			}
		}
	}
	return m
}()

// sameSound are letters written for one another by ear, smaller first.
var sameSound = map[[2]rune]bool{{'c', 'k'}: true, {'c', 's'}: true, {'s', 'z'}: true, {'i', 'y'}: true,
	{'k', 'q'}: true, {'g', 'j'}: true, {'f', 'v'}: true, {'d', 't'}: true, {'b', 'p'}: true, {'m', 'n'}: true, {'e', 'y'}: true}

// otherInitial reports a word, after the first, that begins with another
// letter in two answers of as many words: "Sergeant Bruff" is two letters
// from "Sergeant Cuff" and another man. The first letter is the one people
// do not mistype, in every word.
func otherInitial(given, want []string) bool {
	if len(given) != len(want) {
		return false
	}
	for i := 1; i < len(given); i++ {
		g, _ := utf8.DecodeRuneInString(given[i])
		w, _ := utf8.DecodeRuneInString(want[i])
		if g != w {
			return true
		}
	}
	return false
}

// shortWordChanged reports a word of three letters or fewer that differs
// between two answers of as many words: "group A" is no typo for "group
// AB", nor "Lake Van" for "Lake Vas"; a short word is another word, and
// the long words beside it made the whole look close.
func shortWordChanged(given, want []string) bool {
	if len(given) != len(want) {
		return false
	}
	for i := range given {
		if given[i] != want[i] && (letterCount(given[i]) <= 3 || letterCount(want[i]) <= 3) && !(nameParticles[given[i]] && nameParticles[want[i]]) {
			return true
		}
	}
	return false
}

// nameParticles join a given name to a family name; one written for
// another is a slip of spelling, not another person: "Vasco de Gama" for
// Vasco da Gama, "Ludwig von Beethoven". Japanese "no" joins a clan to a
// given name: "Taira Shigemori" for Taira no Shigemori.
var nameParticles = map[string]bool{"da": true, "de": true, "di": true, "do": true, "du": true, "dos": true, "das": true, "van": true, "von": true, "der": true, "den": true, "del": true, "della": true, "des": true, "ten": true, "ter": true, "zu": true, "af": true, "no": true}

// negatingPrefixes turn a word into its opposite: two letters are no typo
// when they make "active" of "inactive" or "legal" of "illegal".
var negatingPrefixes = []string{"in", "im", "il", "ir", "un", "non", "dis", "non-"}

// negatedWord reports a word of one answer that is the other's word with a
// negating prefix, in the same place.
func negatedWord(given, want []string) bool {
	if len(given) != len(want) {
		return false
	}
	for i := range given {
		for _, p := range negatingPrefixes {
			if given[i] != want[i] && (given[i] == p+want[i] || want[i] == p+given[i]) {
				return true
			}
		}
	}
	return false
}

// opposedPrefixes are prefixes a letter or two apart that mean opposite
// things: "macrofibres" is no slip for "microfibres".
var opposedPrefixes = [][2]string{{"micro", "macro"}, {"hyper", "hypo"}, {"inter", "intra"}, {"endo", "exo"}, {"endo", "ecto"}}

// opposedWord reports a word of one answer that is the other's with the
// opposite prefix, in the same place.
func opposedWord(given, want []string) bool {
	if len(given) != len(want) {
		return false
	}
	for i := range given {
		for _, p := range opposedPrefixes {
			for _, ab := range [][2]string{{p[0], p[1]}, {p[1], p[0]}} {
				g, okg := strings.CutPrefix(given[i], ab[0])
				w, okw := strings.CutPrefix(want[i], ab[1])
				if okg && okw && g == w {
					return true
				}
			}
		}
	}
	return false
}

// workerForWork reports a word that is the other's worker where the other
// is the work or its place: "collier" and "colliery", "potter" and
// "pottery", "baker" and "bakery". One letter apart, but another thing.
func workerForWork(given, want []string) bool {
	if len(given) != len(want) {
		return false
	}
	for i := range given {
		for _, ab := range [][2]string{{given[i], want[i]}, {want[i], given[i]}} {
			if strings.HasSuffix(ab[0], "er") && ab[0]+"y" == ab[1] {
				return true
			}
		}
	}
	return false
}

// honorifics are titles one letter apart that name different people.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true}

// clashingTitle reports a typed title that is not the answer's: "Mrs
// Bennet" for "Mr Bennet" names his wife, though the titles are small
// words the other comparisons leave out.
func clashingTitle(given, want []string) bool {
	var g, w string
	for _, t := range given {
		if honorifics[t] {
			g = t
			break
		}
	}
	for _, t := range want {
		if honorifics[t] {
			w = t
			break
		}
	}
	return g != "" && w != "" && g != w
}

// ieAsY spells a final "ie" or "ey" of a longer word "y": names and words
// spelt both ways ("Lennie" and "Lenny", "Mollie" and "Molly", "Charley"
// and "Charlie") are two edits apart, more than a short word's typo budget.
func ieAsY(toks []string) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		if utf8.RuneCountInString(t) >= 5 && strings.HasSuffix(t, "ie") {
			t = strings.TrimSuffix(t, "ie") + "y"
		} else if utf8.RuneCountInString(t) >= 6 && strings.HasSuffix(t, "ey") {
			t = strings.TrimSuffix(t, "ey") + "y" // "Charley" and "Charlie"
		}
		out[i] = t
	}
	return out
}

// britishOpening spells a word's British opening "oe" or "ae" as the
// American "e", when a letter follows.
func britishOpening(w string) string {
	if len(w) > 3 && (strings.HasPrefix(w, "oe") || strings.HasPrefix(w, "ae")) {
		return w[1:]
	}
	return w
}

// editDistance is the optimal-string-alignment (restricted Damerau–
// Levenshtein) distance between a and b in runes: insertions, deletions,
// substitutions and swaps of two neighbours. It gives up early with max+1
// once the distance is sure to exceed max.
func editDistance(a, b string, max int) int {
	return distance(a, b, max, false)
}

// EditDistance is editDistance for the generator, which tells a word from
// one it gives away ("coire" beside the answer "corrie").
func EditDistance(a, b string, max int) int {
	return editDistance(a, b, max)
}

// typoDistance is editDistance where a letter typed for another counts as
// one slip only when the hand or the ear could make it: a key beside it
// ("tge" for "the"), one vowel for another ("seperate"), or a letter of the
// same sound ("c" and "k"). Any other letter makes another word, counted
// as two: "exact" is no slip for "epact", "interpolation" none for
// "intercalation", "typical year" none for "tropical year".
func typoDistance(a, b string, max int) int {
	return distance(a, b, max, true)
}

// distance is the edit distance with adjacent swaps, cut off above max;
// weighted, an unlikely letter for another costs two.
func distance(a, b string, max int, weighted bool) int {
	var abuf, bbuf [64]rune
	ra, rb := appendRunes(abuf[:0], a), appendRunes(bbuf[:0], b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	n := len(rb)
	var buf [3 * 65]int
	var rows []int
	if 3*(n+1) <= len(buf) {
		rows = buf[:3*(n+1)]
	} else {
		rows = make([]int, 3*(n+1))
	}
	prev2, prev, cur := rows[:n+1], rows[n+1:2*(n+1)], rows[2*(n+1):]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= n; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			} else if weighted && !slip(ra[i-1], rb[j-1]) {
				cost = 2
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			low = min(low, v)
		}
		if low > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[n]
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// CheckChoice reads a typed answer to a multiple-choice or true/false
// question: an option's number ("2"), its letter ("b"), or its text (typos
// forgiven as in CheckTyped); for true/false also "t", "f", "yes", "no". It
// returns the option's index, or ok == false when the answer names no option
// or names two equally well. When an option's own text is a number or a
// letter, the option's text wins over the position ("2" picks the option
// "2", not the second option).
func CheckChoice(q *Question, given string) (index int, ok bool) {
	if q == nil || len(q.Options) == 0 || len(given) > maxAnswerBytes {
		return -1, false
	}
	g := normTokens(given)
	if len(g) == 0 {
		return -1, false
	}
	opts := make([][]string, len(q.Options))
	for i, o := range q.Options {
		opts[i] = normTokens(o)
		if equalTokens(opts[i], g) {
			return i, true
		}
	}
	if len(g) == 1 {
		w := g[0]
		if n, err := strconv.Atoi(w); err == nil && n >= 1 && n <= len(q.Options) {
			return n - 1, true
		}
		if len(w) == 1 && w[0] >= 'a' && int(w[0]-'a') < len(q.Options) {
			return int(w[0] - 'a'), true
		}
		if q.Kind == TrueFalse && len(q.Options) == 2 {
			switch w {
			case "t", "true", "yes", "y", "right", "correct":
				return 0, true
			case "f", "false", "no", "n", "wrong", "incorrect":
				return 1, true
			}
		}
	}
	// Typo-tolerant text: the closest option within its budget, if only one.
	// "in Tobolsk" names the option "Tobolsk" as it would in CheckTyped.
	best, bestD, tie := -1, 1<<30, false
	gc := contentTokens(g)
	for i, o := range opts {
		d := 1 << 30
		if closeTokens(g, o) {
			d = editDistance(strings.Join(g, " "), strings.Join(o, " "), 2)
		}
		if oc := contentTokens(o); len(gc) > 0 && len(oc) > 0 && closeTokens(gc, oc) {
			d = min(d, editDistance(strings.Join(gc, " "), strings.Join(oc, " "), 2))
		}
		if d == 1<<30 {
			continue
		}
		switch {
		case d < bestD:
			best, bestD, tie = i, d, false
		case d == bestD:
			tie = true
		}
	}
	if best < 0 || tie {
		return -1, false
	}
	return best, true
}

// beforeCommonEra reports an answer that is a year or a date BC, looked
// for cheaply first: most answers have no "BC" at all.
func beforeCommonEra(answer string) bool {
	if !strings.Contains(answer, "BC") && !strings.Contains(answer, "B.C") && !strings.Contains(answer, "bc") && !strings.Contains(answer, "b.c") {
		return false
	}
	return slices.Contains(normTokens(answer), "bc")
}

// forceOfKind accepts the adjective of a force's name with "force" or
// "stress" after it: "compressive force" for Compression, "tensile
// forces" for Tension (read blind, refusing them was a wrong key).
func forceOfKind(given, want []string) bool {
	if len(given) != 2 || len(want) != 1 || !forceWords[given[1]] {
		return false
	}
	root, ok := strings.CutSuffix(want[0], "ion")
	if !ok || len(root) < 4 {
		return false
	}
	adj := given[0]
	return strings.HasPrefix(adj, root) && (strings.HasSuffix(adj, "ive") || strings.HasSuffix(adj, "ile")) && len(adj) <= len(root)+4
}

var forceWords = map[string]bool{"force": true, "forces": true, "stress": true, "stresses": true}

// withStageWord accepts the key with the word for what it is a stage of
// after it: "propagation stage" or "the propagation step" for
// Propagation, a step of a process.
func withStageWord(given, want []string) bool {
	n := len(given)
	if n == 2 && len(want) == 1 && stageWords[given[1]] && strings.HasSuffix(want[0], "a") && given[0] == want[0]+"l" {
		return true // "pupal stage" for Pupa, as "larval stage" for Larva (refused, read blind as a wrong key)
	}
	return n >= 2 && n == len(want)+1 && stageWords[given[n-1]] && closeTokens(given[:n-1], want)
}

var stageWords = map[string]bool{"stage": true, "step": true, "phase": true, "generation": true} // "gametophyte generation": the stage of an alternation of generations

// oneCompound accepts a compound written as one word or with its hyphen:
// "crosslinks" for "cross-links" (tokenised "cross links"), and "mud flats"
// for "Mudflat" as "mudflats" is (read blind, refusing it was a wrong key).
func oneCompound(given, want []string) bool {
	return len(given) != len(want) && closeTokens([]string{strings.Join(given, "")}, []string{strings.Join(want, "")})
}

// commonEra reports an answer that says its year is of the common era
// ("221 AD", "AD 221", "221 CE"), which normalising drops.
func commonEra(given string) bool {
	toks := tokenize(fold(given))
	for i := range toks {
		if era, _ := eraAt(toks[i:]); era == "ad" {
			return true
		}
	}
	return false
}

// eraClash reports a date before Christ given for one after, or the
// other way round ("300 BC" for "300"). Without a figure on either side
// "BC" is an abbreviation like any other: British Columbia.
func eraClash(g, w []string) bool {
	if slices.Contains(g, "bc") == slices.Contains(w, "bc") {
		return false
	}
	return slices.ContainsFunc(g, isNumeric) || slices.ContainsFunc(w, isNumeric)
}
