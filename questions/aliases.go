package questions

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"quizbot/quiz"
)

// dimensions make a unit of another: a cubic metre is no metre.
var dimensions = set("cubic", "square")

// aliases are the other answers a student could rightly type for a span:
// the name without its generic head ("Irtysh" for "Irtysh River", "Qing"
// for "Qing dynasty"), without a title ("Ban Di" for "General Ban Di"), a
// person's last name when no other person of the text shares it, a
// number without its thousands separators, a date in its other order, a
// plural term in the singular, a term's head word where the text gives it
// no other describing word. Numbers with units or "about" and small
// typos are quiz.CheckTyped's business.
func aliases(sp span, p *pool, doc int, text string) []string {
	var out []string
	add := func(a string) {
		a = strings.TrimSpace(a)
		if a == "" || strings.EqualFold(a, sp.Text) {
			return
		}
		for _, o := range out {
			if strings.EqualFold(o, a) {
				return
			}
		}
		out = append(out, a)
	}
	w := strings.Fields(sp.Text)
	switch sp.Type {
	case tNumber:
		if strings.Contains(sp.Text, ",") {
			add(strings.ReplaceAll(sp.Text, ",", ""))
		}
	case tYear:
		if v, era := yearValue(sp.Text); era != "" && (!reCommonEra.MatchString(text) || !commonEraYear(text, -v)) {
			// "221" for "221 BC" in a text all of whose years are before
			// the common era: the era goes without saying, and read blind
			// refusing the bare year was called a wrong key. So it was
			// where the text's later years are of the common era but none
			// is the same number ("331" for the founding of Alexandria in
			// 331 BC, in a history that runs to AD 642).
			add(strconv.Itoa(-v))
		}
	case tDate:
		f := strings.FieldsFunc(sp.Text, func(r rune) bool { return r == ' ' || r == ',' })
		if len(f) == 3 {
			if months[f[1]] > 0 {
				add(f[1] + " " + f[0] + ", " + f[2])
			} else {
				add(f[1] + " " + f[0] + " " + f[2])
			}
		}
	case tConcept:
		if strings.HasSuffix(sp.Text, "s") && !strings.HasSuffix(sp.Text, "ss") && !strings.HasSuffix(sp.Text, "ses") {
			add(strings.Join(append(w[:len(w)-1:len(w)-1], singular(w[len(w)-1])), " ")) // "colligative property", not "propertie"
		}
		if len(w) == 2 && !capitalized(w[0]) && len([]rune(w[1])) >= 5 && !sharedHead(text, sp.Text, w[1]) && !genericTermHeads[singular(strings.ToLower(w[1]))] && headAlone(text, w) &&
			!dimensions[strings.ToLower(w[0])] { // "metre" is no "cubic metre"
			// "marrow" for "bone marrow"; but not "force" for "balanced
			// force" where the text also speaks of a net force.
			add(w[1])
		}
		if len(w) == 2 && measureHeads[strings.ToLower(w[1])] && reAbstractModifier.MatchString(w[0]) && modifierAlone(text, w) {
			// "unemployment" for "the unemployment rate" where the text
			// also speaks of unemployment itself: a student who names
			// what the rate measures has the answer.
			add(w[0])
		}
		if len(w) == 2 && classNouns[singular(strings.ToLower(w[1]))] && reDescribing.MatchString(w[0]) {
			// "nocturnal" for "nocturnal animals" ("so they are called
			// _____"): the class says nothing the describing word does not.
			add(w[0])
		}
		if other := bracketTerm(sp.Text, text); other != "" {
			add(other) // "node" for "junction (or node)"
		}
		if in := strings.ToUpper(bracketAfter(sp.Text, text)); len(in) >= 2 && in == initials(w) {
			add(in) // "MPC" for "marginal propensity to consume (MPC)"
		}
	case tPerson, tName, tPlace, tGroup:
		if sp.Type == tPlace || sp.Type == tGroup {
			// The tagger calls some people places ("Mary"): a single
			// word that begins or ends one person's name is theirs.
			if len(w) == 1 {
				names := p.clusterNames(w, sp.Type, doc)
				if sp.Type == tPlace && len(names) > 0 && !p.inDoc(tPerson, names[0], doc) {
					// "Paris Conservatoire" is no other name of Paris:
					// only a person's name is the place the tagger
					// took it for (read blind, "Conservatoire" accepted
					// for Paris was a wrong key).
					break
				}
				for _, a := range names {
					add(a)
				}
			}
			break
		}
		if len(w) > 2 && titleWords[w[0]] && w[1] == "of" {
			// An office, not a titled name: "queen" for Queen of Tonga,
			// never "Tonga", the land (read blind, a key that let "King
			// of Tonga" through and refused "queen" was wrong).
			add(strings.ToLower(w[0]))
			break
		}
		if len(w) > 1 && titleWords[w[0]] {
			add(strings.Join(w[1:], " "))
			w = w[1:]
		}
		if len(w) >= 2 && sp.Type == tPerson && p != nil && p.standsAlone(w[0], doc) && !titleWords[w[0]] {
			add(w[0]) // "Napoleon" for "Napoleon Bonaparte", where the text calls him that too
		}
		if len(w) == 3 && hasEpithet(sp.Text) && sp.Type == tPerson && p != nil && p.onlyHolder(w[0], sp.Text, doc) {
			add(w[0]) // "Cyrus" for Cyrus the Great, where no other Cyrus is named
		}
		if len(w) >= 2 && sp.Type == tPerson {
			// Only a person is called by the last word of the name:
			// "Mons" is no answer for "Olympus Mons", nor "Gallery" for
			// "Julien Levy Gallery".
			last := w[len(w)-1]
			if !titleWords[last] && len([]rune(last)) >= 3 && !hasEpithet(sp.Text) && p != nil && p.onlyHolder(last, sp.Text, doc) {
				// but "Great" is no answer for Cyrus the Great
				add(last)
			}
		}
		if len(w) == 1 && p != nil {
			if full := p.fullName(w[0], doc); full != "" {
				add(full) // "Henry Dunant" for "Dunant"
			} else if full := p.fullNameByFirst(w[0], doc); full != "" {
				add(full) // "Victor Frankenstein" for "Victor"
				if f := strings.Fields(full); p.onlyHolder(f[len(f)-1], full, doc) {
					add(f[len(f)-1]) // and "Frankenstein"
				}
			}
		}
		for _, a := range p.clusterNames(w, sp.Type, doc) {
			add(a)
		}
		for _, a := range bornNames(sp.Text, text) {
			add(a) // "Arouet" for "Voltaire (François-Marie Arouet, 1694–1778)"
		}
		if len(w) == 2 && titleWords[strings.Fields(sp.Text)[0]] && p != nil {
			if full := p.fullName(w[1], doc); full != "" && full != sp.Text {
				add(full) // "Ferris Quill" for "Mr Quill"
			}
		}
	}
	if sp.Type == tPlace || sp.Type == tOrg || sp.Type == tEvent || sp.Type == tName {
		for _, o := range p.otherNames(sp.Text, doc) {
			add(o) // "Tokyo" for "Edo", renamed in the text
		}
		if bare := withoutHead(w); bare != "" && !otherHeadOf(text, bare, sp.Text) {
			add(bare)
		}
		if sp.Type == tPlace && len(w) == 2 && w[0] == "Old" {
			add(w[1]) // "Delhi" for Old Delhi, the old city of Delhi; never "York" for New York
		}
		if other := bracketName(sp.Text, text); other != "" {
			add(other) // "Braunschweig" for "Brunswick (Braunschweig)"
		}
		if short := everydayName(sp.Text, text); short != "" {
			add(short) // "Russia" for the Russian Empire, where the text says "Russia" too
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// reCommonEra is a year the (lower-cased) text marks as of the common
// era: "ad 14", "14 ce", "a.d. 79".
// commonEraYear reports the year n written in the text as one of the
// common era ("AD 331", "331 CE"), or with no era at all.
func commonEraYear(text string, n int) bool {
	y := strconv.Itoa(n)
	for _, m := range reYearEra.FindAllStringSubmatch(text, -1) {
		if m[1] == y && m[2] == "" {
			return true
		}
	}
	return false
}

// reYearEra is a number in lower-case text with the era before Christ
// when one follows it.
var reYearEra = regexp.MustCompile(`\b(\d+)\b( ?(?:bce|bc|b\.c\.))?`)

var reCommonEra = regexp.MustCompile(`\b(?:ad|a\.d\.) \d|\d (?:ad|ce|c\.e\.)\b`)

// bornNames returns the other name a text gives a person in brackets after
// the name it uses, with the life's years or after "born": "Voltaire
// (François-Marie Arouet, 1694–1778)", "George Eliot (born Mary Ann
// Evans)". Both the full name and its last word are answers. low is the
// text in lower case.
func bornNames(name, low string) []string {
	in := bracketAfter(name, low)
	if in == "" || len(in) > 80 {
		return nil
	}
	var other string
	if pre := bornPrefix(in); pre != "" {
		other, _, _ = strings.Cut(strings.TrimPrefix(in, pre), ",")
		other, _, _ = strings.Cut(other, ";")
	} else if n, rest, ok := strings.Cut(in, ", "); ok && len(rest) >= 4 && rest[0] >= '0' && rest[0] <= '9' {
		other = n // "voltaire (françois-marie arouet, 1694–1778)"
		if len(strings.Fields(other)) < 2 {
			return nil
		}
	}
	f := strings.Fields(other)
	if len(f) == 0 || len(f) > 4 {
		return nil
	}
	for _, w := range f {
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) >= 0 {
			return nil
		}
	}
	if len(f) == 1 {
		return f
	}
	return []string{strings.Join(f, " "), f[len(f)-1]}
}

// bracketName returns the one-word name a text gives a place or a thing in
// brackets right after the name it uses: "born in Brunswick
// (Braunschweig)". low is the text in lower case; the name comes back
// capitalised. A bracket that says more ("now Tokyo", "1776", "see
// below") is not a name.
func bracketName(name, low string) string {
	in := bracketAfter(name, low)
	if len(in) < 3 || len(in) > 30 {
		return ""
	}
	if strings.IndexFunc(in, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 || bracketWords[in] {
		return ""
	}
	return upperFirst(in)
}

// bracketAfter returns what stands in brackets right after the first
// mention of name in low (the text in lower case), or "".
func bracketAfter(name, low string) string {
	at := strings.Index(low, strings.ToLower(name)+" (")
	if at < 0 || at > 0 && isLetterByte(low[at-1]) {
		return ""
	}
	in := low[at+len(name)+2:]
	end := strings.IndexByte(in, ')')
	if end < 0 {
		return ""
	}
	return in[:end]
}

// bracketTerm returns the other name a text gives a term in brackets
// right after it: "node" for "a junction (or node)", "eyespot" for "an
// ocellus (also called an eyespot)". low is the text in lower case.
func bracketTerm(term, low string) string {
	in := bracketAfter(term, low)
	for _, lead := range []string{"also called ", "also known as ", "or ", "also ", "aka "} {
		if rest := strings.TrimPrefix(in, lead); rest != in && len(rest) >= 3 && len(rest) <= 30 &&
			strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != ' ' }) < 0 {
			return strings.TrimPrefix(strings.TrimPrefix(rest, "an "), "a ")
		}
	}
	return ""
}

// bracketWords are single words in brackets that are no name.
var bracketWords = set("now", "today", "formerly", "modern", "sic", "approx", "circa", "see", "below", "above", "left", "right", "pictured")

// bornPrefix returns the words that say a bracket holds a birth name.
func bornPrefix(in string) string {
	for _, p := range []string{"born ", "née ", "nee ", "real name "} {
		if strings.HasPrefix(in, p) {
			return p
		}
	}
	return ""
}

// genericTermHeads say only what kind of thing a term is: "properties" alone is
// no answer for "colligative properties", though "marrow" is for "bone
// marrow".
// classNouns name what a describing word sorts: living things.
var classNouns = set("animal", "creature", "plant", "organism")

// reDescribing is a word with an adjective's ending: "nocturnal",
// "carnivorous", "aquatic", "migratory", "cold-blooded". A noun before
// the class ("farm animals") is no answer alone.
var reDescribing = regexp.MustCompile(`^[a-z-]+(?:al|ous|ive|ic|ary|ory|ed)$`)

var genericTermHeads = set("property", "effect", "process", "system", "method", "type", "kind", "factor", "form",
	"feature", "change", "rate", "point", "value", "level", "state", "reaction", "structure", "function")

// withoutHead drops a generic head word from a name when what remains is
// still a name: "Irtysh River", "Lake Baikal", "Mount Tai", "Qing dynasty",
// "Treaty of Nerchinsk" (a student writing "Nerchinsk" in a gap that asks
// for the treaty knows it). "the" goes with it.
func withoutHead(w []string) string {
	if len(w) > 0 && strings.EqualFold(w[0], "the") {
		w = w[1:]
	}
	if len(w) < 2 {
		return ""
	}
	name := strings.Join(w, " ")
	first, last := w[0], w[len(w)-1]
	switch {
	case (placeWords[last] || orgWords[last] || eventWords[last]) && len(w) >= 3 && strings.EqualFold(w[len(w)-2], "of"):
		w = w[2:] // "Parliament" for "Houses of Parliament", never "Houses of"
	case placeWords[last] || orgWords[last] || eventWords[last]:
		w = w[:len(w)-1]
	case quiz.ShoreOf(strings.Join(w, " ")):
		return "" // "Mexico" is no answer for the Gulf of Mexico
	case (placeWords[first] || eventWords[first] || orgWords[first]) && len(w) >= 3 && strings.EqualFold(w[1], "of"):
		w = w[2:]
	case first == "Lake" || first == "Mount" || first == "Fort" || first == "Cape" || first == "Port":
		w = w[1:]
	default:
		return ""
	}
	rest := strings.Join(w, " ")
	if rest == "" || len([]rune(rest)) < 3 || !capitalized(rest) || len(w) == 1 && quiz.DescribingWord(rest) || ordinalNames[w[0]] {
		return "" // no "Cold" for the Cold War, no "Second World" for the Second World War
	}
	if quiz.RisingPeople(name, rest) {
		return "" // no "Dutch" for the Dutch Revolt: the people who rose, not the rising (read blind, a wrong key)
	}
	return rest
}

// otherHeadOf reports a name's bare part that the (lower-cased) text also
// gives another head: "Columbia" names the Columbia River and the Columbia
// Plateau alike, and read blind, taking "Columbia Plateau" for the river
// was a wrong key.
func otherHeadOf(text, bare, name string) bool {
	low := strings.ToLower(bare)
	own := strings.Fields(strings.ToLower(name))
	for i := strings.Index(text, low); i >= 0; {
		end := i + len(low)
		if (i == 0 || !isLetterByte(text[i-1])) && end < len(text) && text[end] == ' ' {
			next := strings.Fields(text[end+1 : min(len(text), end+30)])
			if len(next) > 0 {
				h := strings.TrimRight(next[0], ".,;:)")
				if headWords[h] && !slices.Contains(own, h) {
					return true
				}
			}
		}
		k := strings.Index(text[end:], low)
		if k < 0 {
			break
		}
		i = end + k
	}
	return false
}

// headWords are the generic heads of names, in lower case: "river",
// "plateau", "treaty".
var headWords = func() map[string]bool {
	m := map[string]bool{}
	for _, words := range []map[string]bool{placeWords, orgWords, eventWords} {
		for w := range words {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}()

// onlyHolder reports whether no other person of the document has last as
// a word of their name: "Curie" alone cannot tell Marie from Pierre.
func (p *pool) onlyHolder(last, name string, doc int) bool {
	for _, t := range []etype{tPerson, tName} {
		for _, it := range p.items[t] {
			if it.Doc != doc || it.Text == name {
				continue
			}
			for _, x := range strings.Fields(it.Text) {
				if x == last {
					return false
				}
			}
		}
	}
	return true
}

func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// fullName returns the one longer name of the document's people that ends
// with the surname given, or "".
func (p *pool) fullName(surname string, doc int) string {
	found := ""
	for _, it := range p.items[tPerson] {
		w := strings.Fields(it.Text)
		if it.Doc != doc || len(w) < 2 || w[len(w)-1] != surname {
			continue
		}
		if found != "" && found != it.Text {
			return "" // two people share it
		}
		found = it.Text
	}
	return found
}

// fullNameByFirst returns the one longer name of the document's people that
// starts with the first name given, or "".
func (p *pool) fullNameByFirst(first string, doc int) string {
	found := ""
	for _, it := range p.items[tPerson] {
		w := strings.Fields(it.Text)
		if it.Doc != doc || len(w) < 2 || w[0] != first {
			continue
		}
		if found != "" && found != it.Text {
			return ""
		}
		found = it.Text
	}
	return found
}

// standsAlone reports a first name the text also uses on its own for a
// person ("Napoleon" beside "Napoleon Bonaparte").
func (p *pool) standsAlone(first string, doc int) bool {
	for _, it := range p.items[tPerson] {
		if it.Doc == doc && it.Text == first {
			return true
		}
	}
	return false
}

// headAlone reports a two-word term whose head word the text also uses
// alone ("the marrow" after "bone marrow"): then the head is the text's
// own short name for it. A head never used alone is no name: "kulit" is
// not wayang kulit, nor "transmitters" spark transmitters.
func headAlone(text string, w []string) bool {
	low := strings.ToLower(text)
	first := strings.ToLower(w[0])
	h := singular(strings.ToLower(w[1]))
	for _, form := range []string{h, h + "s", h + "es"} {
		if wordCount(low, form) > wordCount(low, first+" "+form) {
			return true // "forces act in pairs" names the balanced force's head too
		}
	}
	return false
}

// measureHeads make a measure of what the word before them names: the
// unemployment rate, the literacy rate, the inflation level.
var measureHeads = set("rate", "level")

// reAbstractModifier is an abstract noun, which a measure can be of:
// "unemployment", "inflation", "mortality", "literacy". "exchange" of
// "exchange rate" or "sea" of "sea level" names no measured thing.
var reAbstractModifier = regexp.MustCompile(`^[a-z]{5,}(?:ment|tion|ity|acy)$`)

// modifierAlone reports a two-word term whose first word the text also
// uses without the second: "unemployment stayed high" beside "the
// unemployment rate".
func modifierAlone(text string, w []string) bool {
	low := strings.ToLower(text)
	first, head := strings.ToLower(w[0]), strings.ToLower(w[1])
	return wordCount(low, first) > wordCount(low, first+" "+head)+wordCount(low, first+" "+head+"s")
}

// sharedHead reports whether the text puts another describing word before
// a term's head word ("net force" beside "balanced force"): then the head
// alone does not say which one.
func sharedHead(text, term, head string) bool {
	first := strings.ToLower(strings.Fields(term)[0])
	text, head = strings.ToLower(text), strings.ToLower(head)
	for i := 0; ; {
		k := strings.Index(text[i:], " "+head)
		if k < 0 {
			return false
		}
		at, end := i+k, i+k+1+len(head)
		i = at + 1
		if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && unicode.IsLetter(r) {
			continue // "forces", not "force"
		}
		w := text[:at]
		if j := strings.LastIndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
			_, size := utf8.DecodeRuneInString(w[j:])
			w = w[j+size:] // the word just before: "net" in "the net force"
		}
		if w != "" && w != first && !functionWords[w] {
			return true
		}
	}
}

// confusable reports a typed question whose checker, forgiving typos,
// would take another word of the text for its answer: "conduction" for
// "convection" in a text on both. A student who confuses the two has not
// given the answer.
func (a *article) confusable(q *quiz.Question) bool {
	ans := strings.ToLower(q.Answer)
	if hasDigit(ans) || strings.Contains(ans, " ") {
		return false // dates and figures are checked exactly; a word of the text is no typo of several
	}
	first, _ := utf8.DecodeRuneInString(ans)
	n := utf8.RuneCountInString(ans)
	slack := 1 // the checker forgives one typo up to eleven letters, two above
	if n >= 12 {
		slack = 2
	}
	for w := range a.wordCounts() {
		if r, _ := utf8.DecodeRuneInString(w); r != first || strings.Contains(ans, w) || strings.Contains(w, ans) {
			continue
		}
		if d := utf8.RuneCountInString(w) - n; d < -slack || d > slack {
			continue
		}
		if nearSpelling(w, ans) && quiz.CheckTyped(q, w) {
			return true
		}
	}
	return false
}

// everydayName returns the short name of a state that the (lower-cased)
// text itself uses: "Russia" for the Russian Empire, "Persia" for the
// Persian Empire, "America" for the United States where the text says
// "went to America" (never where it only says "North America"). Read
// blind, refusing the text's own word was a wrong key each time (4 of 4).
func everydayName(name, low string) string {
	w := strings.Fields(name)
	short := ""
	switch {
	case len(w) == 2 && w[1] == "Empire" && strings.HasSuffix(w[0], "n") && len(w[0]) > 4:
		short = strings.TrimSuffix(w[0], "n")
	case name == "United States" || name == "United States of America":
		short = "America"
	default:
		return ""
	}
	s := strings.ToLower(short)
	for at := 0; ; {
		i := strings.Index(low[at:], s)
		if i < 0 {
			return ""
		}
		i += at
		at = i + len(s)
		if i > 0 && isLetterByte(low[i-1]) || at < len(low) && isLetterByte(low[at]) {
			continue // "russian", "americas"
		}
		before := strings.Fields(low[max(0, i-12):i])
		if len(before) > 0 && compassOf[before[len(before)-1]] {
			continue // "North America" is no name of the United States
		}
		return short
	}
}

// compassOf are the words that make a continent's part of "America".
var compassOf = set("north", "south", "central", "latin", "spanish", "british")

// unsaid drops the aliases whose every word the sentence already says
// outside the answer: "Degus can see a kind of light that people cannot
// see, called ultraviolet light" is not answered by "light", though the
// text uses the head alone ("shows up brightly in this light").
func unsaid(aliases []string, q []tok, sp span) []string {
	said := map[string]bool{}
	for k, t := range q {
		if k < sp.I || k >= sp.J {
			said[singular(strings.ToLower(t.Text))] = true
		}
	}
	return slices.DeleteFunc(aliases, func(a string) bool {
		for _, w := range strings.Fields(a) {
			if !said[singular(strings.ToLower(w))] {
				return false
			}
		}
		return true
	})
}
