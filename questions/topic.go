package questions

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A text of general truths (a concept explained, a text for children) is
// about one thing, and its sentences that name neither it nor anyone are
// examples, steps of an argument or asides: "Each new subscriber makes
// every existing line a little more worthwhile" in a text on network
// effects, "A large male can weigh more than 2,000 kilograms" in one on
// rhinos. Read blind over sets 20 to 40, statements of concept texts that
// named the topic were usable 59 times in 84, those that did not 49 in
// 106; in texts for children 165 in 209 against 33 in 59. Articles and
// lives, which name and date things in most sentences, are left alone:
// there a sentence that names other things is mostly a fact of its own.
// On the development texts (verdicts of sets 20 to 40) the rule took away
// 39 judged-unusable and 29 judged-usable questions of concept texts; on
// the three sets read blind after it, concept texts were usable 14 times
// in 20 (37 % over the five sets before).

// offTopic reports a question from a text of general truths that names
// neither the text's topic (its title, kind, section heading or the
// heading run into its paragraph), a term, nor a person, place or group. A list's
// term asked from its meaning is the notes' own topic and always kept.
func offTopic(c *candidate) bool {
	a := c.Sent.Art
	return !c.Entry && a.specifics <= 0.5 && !namesSomeone(c.Sent) && !a.mentionsTopic(c.Q.Stem+" "+c.Q.Answer, c.Sent.Section+" "+c.Sent.Label)
}

// namesSomeone reports a sentence that names a person, a place or a group:
// "George and Lennie" in a story's summary says whom it is about.
func namesSomeone(s *sentence) bool {
	for _, sp := range s.Spans {
		switch sp.Type {
		case tPerson, tPlace, tOrg, tGroup, tEvent:
			return true
		}
	}
	return false
}

// mentionsTopic reports whether a question's words name what its text is
// about: a word of the title, of the subject's name, of its kind or of the
// sentence's section heading, or a term the text defines; a statement that
// names a term of its own ("is called deflation") says what it is about.
func (a *article) mentionsTopic(text, section string) bool {
	own := contentWords(a.Title + " " + a.Main + " " + a.Kind + " " + section)
	if len(own) == 0 || reDefining.MatchString(text) || definition(text) {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, t := range own {
			if sameRoot(w, t) {
				return true
			}
		}
		if len(w) >= 4 && a.defined(stem(w)) {
			return true
		}
	}
	for _, re := range a.topicSymbols() {
		if re.MatchString(text) {
			return true
		}
	}
	return false
}

// subjectName is the subject's name, or the title's without "The" where
// the text opens on something else ("Many reactions do not run until
// ...").
func (a *article) subjectName() string {
	if a.Main != "" {
		return a.Main
	}
	return strings.TrimPrefix(a.Title, "The ")
}

// reSymbolAfter is what comes between a subject's name and the short
// name the text gives it: "Gibbs free energy, usually written G",
// "gross domestic product (GDP)", "the Hubble constant (symbol H₀)".
const reSymbolAfter = `(?:,? (?:usually |often |commonly |generally )?(?:written|denoted|symbolised|symbolized|abbreviated|shortened to)(?: as| by)? | ?\((?:symbol |abbreviated )?)([\p{Lu}Δ∆][\p{L}\p{N}₀-₉]{0,4})\b`

// topicSymbols returns, made once, a pattern for each short name the text
// gives its subject, with the change in it too ("ΔG" for G): in a concept
// text, "If ΔH is positive and ΔS is negative, ΔG is always positive"
// names its topic as surely as the full name would.
func (a *article) topicSymbols() []*regexp.Regexp {
	name := a.subjectName()
	if a.symbols != nil || name == "" {
		return a.symbols
	}
	a.symbols = []*regexp.Regexp{}
	re := regexp.MustCompile(`(?i:` + regexp.QuoteMeta(name) + `)` + reSymbolAfter)
	// Set off by commas, the symbol is the name's appositive: "The
	// equilibrium constant, K, is a number that ...".
	apposed := regexp.MustCompile(`(?i:` + regexp.QuoteMeta(name) + `), ([\p{Lu}Δ∆][\p{L}\p{N}₀-₉]{0,2}),`)
	seen := map[string]bool{}
	for _, m := range append(re.FindAllStringSubmatch(a.Raw, -1), apposed.FindAllStringSubmatch(a.Raw, -1)...) {
		sym := m[1]
		if seen[sym] || !symbolLike(sym) {
			continue // "(Greek: ...)" gives a language, not a symbol
		}
		seen[sym] = true
		a.symbols = append(a.symbols, regexp.MustCompile(`(?:^|[^\p{L}\p{N}])[Δ∆]?`+regexp.QuoteMeta(sym)+`(?:[^\p{L}\p{N}]|$)`))
	}
	return a.symbols
}

// symbolLike reports a short name that is a symbol or an abbreviation:
// capitals ("GDP", "LTP") or at most two letters ("G", "Kc", "H₀").
func symbolLike(sym string) bool {
	letters, lower := 0, 0
	for _, r := range sym {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				lower++
			}
		}
	}
	return letters > 0 && (lower == 0 || letters <= 2)
}

// reDefinition is a sentence that says what a term is: "A magma is a
// body of molten rock". Read blind, such sentences in concept texts and
// lessons were usable 26 times in 35: a text's terms are its topic.
var reDefinition = regexp.MustCompile(`^(?:True or false: )?An? ((?:(?:[\p{L}-]+|_____) ){1,3})(?:is|are) an? \p{L}`)

// definition reports such a sentence; "A useful comparison is an iceberg"
// defines no term.
func definition(text string) bool {
	m := reDefinition.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(m[1])) {
		if metaNouns[w] || vague[w] {
			return false
		}
	}
	return true
}

// metaNouns are what a text says about its own telling: a comparison, an
// example, a way to picture something.
var metaNouns = set("comparison", "analogy", "example", "way", "picture", "image", "illustration", "idea", "point", "rule", "case", "useful", "helpful", "good", "simple", "common", "famous")

// reDefining is a statement that names its own term: "A fall in prices is
// called deflation", "Diffusion of responsibility happens when ...".
var reDefining = regexp.MustCompile(`(?i)\b(?:is|are) (?:also )?(?:called|known as|termed)\b|\bhappens when\b|\b(?:means|refers to|is the name for)\b`)

// sameRoot reports a text's word w and a topic word t of one root: they
// share five letters, or t starts w ("sun", "sunlight"), or a word of
// four starts or ends t ("sort", "sorting"; "bees", "honeybees").
func sameRoot(w, t string) bool {
	n := 0
	for n < len(w) && n < len(t) && w[n] == t[n] {
		n++
	}
	return n >= 5 || n == len(t) || len(w) >= 4 && (n == len(w) || strings.HasSuffix(t, w)) ||
		n >= 3 && singular(w) == singular(t) // "mummy" and "Mummies"
}

// The text's topic is named in three ways, strictest first: namesTopic by
// a common noun of the title (an opening "The giraffe ..." may then be
// asked), topicWord by any word of the title, subject or kind (a statement
// so anchored may be asked as true), mentionsTopic also by root, section
// heading or defined term (offTopic).

// namesTopic reports a sentence that names the article's topic by a
// common noun of its title: "giraffe" in "Giraffes", "bias" and
// "survivorship" in "Survivorship bias", but not "bridge" in "Tower
// Bridge", whose topic is a name and "the bridge" one of its stand-ins.
func (a *article) namesTopic(q []tok) bool {
	own := map[string]bool{}
	for k, t := range strings.Fields(a.Title) {
		t = strings.Trim(t, ".,:;()\"'?!")
		if k > 0 && t != strings.ToLower(t) {
			continue
		}
		if t = strings.ToLower(t); len(t) >= 4 && !functionWords[t] {
			own[stem(t)] = true
		}
	}
	for _, t := range q {
		if own[stem(strings.ToLower(t.Text))] {
			return true
		}
	}
	return false
}

// often reports a name the text gives three times or more, or twice in a
// short text (about once in every wordsPerMention words): a text of 250
// words names its story's places fewer times than one of 850.
func (a *article) often(name string) bool {
	n := a.mentions(name)
	return n >= 3 || n == 2 && float64(n*wordsPerMention) >= a.size()
}

// long reports a text of more than wordsPerMention words: one with room
// for a side story besides its topic.
func (a *article) long() bool {
	return a.size() > wordsPerMention
}

// size is about how many words the text has: its sentences times their
// mean length.
func (a *article) size() float64 {
	return float64(a.sentences) * a.meanWords
}

// wordsPerMention: see often and long.
const wordsPerMention = 300

// wordOfTopic reports a sentence holding a word of the article's title,
// subject or kind (topicWord), or a name the text gives again and again:
// "Albazin" in an article on a border war is part of its story.
func (a *article) wordOfTopic(q []tok) bool {
	for _, t := range q {
		if w := strings.ToLower(t.Text); len(w) >= 3 && a.topicWord(stem(w)) {
			return true
		}
		if t.Tag == "NNP" && len(t.Text) >= 3 && a.often(t.Text) {
			return true
		}
	}
	return false
}

// topicWord reports a word of the article's title, subject or kind.
func (a *article) topicWord(w string) bool {
	for _, t := range strings.Fields(strings.ToLower(a.Title + " " + a.Main + " " + a.Kind)) {
		t = strings.Trim(t, ".,:;()\"'?!")
		if len(t) >= 3 && (stem(t) == w || t == w+"s") { // "roches" is no "roch": "Roches Moutonnées" names the roche
			return true
		}
	}
	return false
}

// namesTitle reports a name that shares a word with the text's title: in
// a study guide to "Tess of the d'Urbervilles", "Tess Durbeyfield" is the
// title's own. Read blind, a character asked so was usable once in ten
// ("the heroine" of Emma, "Jekyll's other self", "Inspector Goole" in
// An Inspector Calls): the title gives the answer.
func (a *article) namesTitle(name string) bool {
	title := contentWords(a.Title)
	for i, t := range title {
		// "Anil's Ghost" names Anil.
		title[i] = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
	}
	for _, t := range contentWords(name) {
		if slices.Contains(title, t) {
			return true
		}
	}
	return false
}

// contentWords returns the words of s in lower case, without the
// punctuation around them or a possessive's "'s" ("Portugal's" is
// Portugal), that can say what a text is about: three letters or more, no
// function words. Read blind, the lesson questions a possessive let share
// a word with the objectives came back usable 15 times against 2.
func contentWords(s string) []string {
	var out []string
	for _, t := range strings.Fields(strings.ToLower(s)) {
		t = strings.Trim(t, ".,:;()\"'?!’‘“”")
		t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s") // "Etna's lava" names Etna
		if utf8.RuneCountInString(t) >= 3 && !functionWords[t] {
			out = append(out, t)
		}
	}
	return out
}
