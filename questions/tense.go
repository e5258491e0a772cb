package questions

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Timelines in notes tell the past in the present tense ("1712 – Thomas
// Newcomen builds a steam engine"). Asked as it stands, such a line reads
// as happening now, and read blind it was unusable for that; asked in the
// past tense it is a dated fact like any other. pastTense turns the
// statement's present-tense verbs into the past, or says it cannot.

// inPast gives a sentence's tokens (or a clause's) in the past tense when
// it tells a dated past in the present, and reports a present tense it
// could not turn, which is then not asked.
func inPast(s *sentence, q []tok) ([]tok, bool) {
	// An item under a date label that gives no date to put before it
	// ("Mid-1860s – ... an anti-Confederation government wins an election
	// in 1865") tells its events in the present too.
	labelled, timeline := labelDate(s) != "", timelineLine(s)
	dated := s.Para < len(s.Art.Paras) && s.Art.Paras[s.Para].Dated // every timeline line and labelled item is
	if historicPresent(q, s.Art, dated) {
		if past, ok := pastTense(q); ok {
			return past, false
		}
		return q, true
	}
	// A present tense the tagger did not see: "the Treaties of Tientsin
	// open more ports", "Townshend Acts place duties".
	// An older label's lines are left to the tagger, a line's own date
	// sentence is checked word by word as well.
	return q, (timeline || labelled) && !hasTag(q, "VBD", "MD") || (timeline || dated && !labelled) && strayPresent(q)
}

// pastTense returns the tokens with every present-tense verb outside
// quotes put in the past tense ("builds" to "built", "is passed" to "was
// passed", "have escaped" to "had escaped"), and false when a verb has no
// past form it can be sure of.
func pastTense(q []tok) ([]tok, bool) {
	out := make([]tok, len(q))
	copy(out, q)
	depth := 0
	for _, t := range q {
		switch strings.ToLower(t.Text) {
		case "(":
			depth++
		case ")":
			depth--
		case "today", "now", "still", "currently", "nowadays":
			if depth == 0 {
				return nil, false // the present beside the past: "the definition we use today"; "(now Bangladesh)" is an aside
			}
		}
	}
	quoted := false
	changed := false
	for i, t := range q {
		if t.Text == `"` {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if t.Tag != "VBZ" && t.Tag != "VBP" && !bareAfterSubject(q, i) || bareInfinitive(q, i) {
			if missedPresent(q, i) {
				return nil, false
			}
			continue
		}
		if misreadNoun(q, i) {
			return nil, false
		}
		if r, _ := utf8.DecodeRuneInString(t.Text); i > 0 && unicode.IsUpper(r) {
			continue // a name the tagger took for a verb: "At Acosta Ñu a force is destroyed"
		}
		_, sForm := baseOf(strings.ToLower(t.Text))
		past, ok := pastOf(t.Text, t.Tag == "VBZ" || sForm) // "William I becomes", tagged VBP after "I"
		if !ok {
			return nil, false
		}
		out[i].Text, out[i].Tag = past, "VBD"
		changed = true
	}
	if strayPresent(out) {
		return nil, false
	}
	return out, changed
}

// misreadNoun reports a word tagged as a present-tense verb that is more
// likely a noun, so that no past can be made of it safely.
func misreadNoun(q []tok, i int) bool {
	low := strings.ToLower(q[i].Text)
	var prev, next tok
	if i > 0 {
		prev = q[i-1]
	}
	if i+1 < len(q) {
		next = q[i+1]
	}
	nextLow := strings.ToLower(next.Text)
	_, sForm := baseOf(low)
	switch {
	case next.Tag == "VBZ" || next.Tag == "VBP" || next.Tag == "VBD" || next.Tag == "MD":
		return true // a verb follows it: "Byzantine envoys appeal"
	case (baseVerbs[nextLow] || irregularBase[nextLow]) && !presentAux[low]:
		return true // so does a verb tagged as something else
	case nounBefore[prev.Tag]:
		return true // "the Treaties open": after a determiner
	case groupBeforeItsKind(q, i):
		return true
	case sForm && q[i].Tag == "VBP" && prev.Tag == "NNS" && thirdPerson(prev.Text):
		return true // "the prayer book provokes riots": "provokes" tagged a noun, "riots" a verb
	case !thirdPerson(low) && !baseVerbs[low] && nounAfter[next.Tag]:
		return true // a verb we do not know, with a bare noun after it
	}
	return false
}

// groupBeforeItsKind reports a plural the tagger took for a present verb
// that a phrase saying whose or which follows: "British forces under Lord
// Chelmsford invade", "In October 1884, delegates from 25 countries met".
func groupBeforeItsKind(q []tok, i int) bool {
	if i+1 >= len(q) {
		return false
	}
	if _, sForm := baseOf(strings.ToLower(q[i].Text)); !sForm {
		return false
	}
	switch strings.ToLower(q[i+1].Text) {
	case "under", "of", "from", "led":
	default:
		return false
	}
	return i == 0 || q[i-1].Tag == "JJ" || q[i-1].Tag == "NNP" || q[i-1].Tag == "NNPS" || q[i-1].Text == ","
}

// surePastAfter reports a verb after i that can only be a past form:
// "attacked", "met", "fought"; not "become" or "put", which may be a
// present.
func surePastAfter(q []tok, i int) bool {
	for _, t := range q[i+1:] {
		low := strings.ToLower(t.Text)
		if (t.Tag == "VBD" || t.Tag == "VBN") && (strings.HasSuffix(low, "ed") || irregular[low] != "" && !irregularBase[low]) {
			return true
		}
	}
	return false
}

// missedPresent reports a present-tense verb the tagger took for another
// part of speech, which pastTense cannot safely turn: a known verb, bare
// or with its -s, after its subject or "and" and before its object ("and
// keeps accurate time", "five colonists die.", "Townshend Acts place
// duties", "Italy sides with Prussia"). Left as it is, the statement
// would mix the tenses.
func missedPresent(q []tok, i int) bool {
	if i == 0 || i+1 >= len(q) || q[i].Tag == "VBD" || q[i].Tag == "VBN" || q[i].Tag == "VBG" {
		return false
	}
	if next := q[i+1]; !objectStart[next.Tag] && next.Text != "." && next.Text != "," && next.Tag != "CC" {
		return false
	}
	w := strings.ToLower(q[i].Text)
	switch prev := q[i-1].Tag; {
	case thirdPerson(w):
		// A singular subject's verb: "Italy sides with", "the figure
		// falls to", "and keeps accurate time".
		return prev == "NN" || prev == "NNP" || prev == "CD" || prev == "CC"
	case baseVerbs[w] || irregularBase[w]:
		// A plural subject's: "five colonists die".
		return (prev == "NNS" || prev == "NNPS" || prev == "CC") && (i < 2 || !bareInfinitiveVerbs[strings.ToLower(q[i-2].Text)])
	}
	return false
}

// bareAfterSubject reports a present-tense verb tagged as a bare one
// after its subject ("John Wallis and Christiaan Huygens reply"), not one
// that "let" or "help" governs.
func bareAfterSubject(q []tok, i int) bool {
	if q[i].Tag != "VB" || i == 0 {
		return false
	}
	switch q[i-1].Tag {
	case "NNS", "NNPS", "NNP", "PRP":
		return i < 2 || !bareInfinitiveVerbs[strings.ToLower(q[i-2].Text)] && q[i-2].Tag != "TO" && q[i-2].Tag != "MD"
	}
	return false
}

// strayPresent reports a present-tense verb the tagger missed anywhere
// outside quotes.
func strayPresent(q []tok) bool {
	quoted := false
	for i, t := range q {
		if t.Text == `"` {
			quoted = !quoted
		}
		if !quoted && missedPresent(q, i) {
			return true
		}
	}
	return false
}

// objectStart are the tags a verb's object or complement opens with.
var objectStart = set("DT", "JJ", "NN", "NNS", "NNP", "PRP$", "PRP", "IN", "CD", "RB", "TO")

// bareInfinitiveVerbs take an object and a bare verb: "let towns set up".
var bareInfinitiveVerbs = set("let", "lets", "make", "makes", "made", "help", "helps", "helped", "see", "sees", "saw",
	"watch", "watched", "hear", "heard", "have", "has", "had", "letting", "making", "helping")

// nounAfter are the tags of a bare noun or verb after a word.
var nounAfter = set("NN", "NNS", "VB", "VBP")

// presentAux are the present tense's auxiliaries, which a verb may follow:
// "is set up", "does stop".
var presentAux = set("is", "are", "am", "has", "have", "does", "do")

// nounBefore are the tags after which a word is a noun, whatever the
// tagger called it.
var nounBefore = set("DT", "PRP$", "JJ", "POS", "CD")

// pastOf is a present-tense verb's past form; third says the word is the
// third person singular ("builds", "goes", "marries").
func pastOf(word string, third bool) (string, bool) {
	low := strings.ToLower(word)
	cap := low != word
	restore := func(s string) string {
		if cap {
			return upperFirst(s)
		}
		return s
	}
	switch low {
	case "is", "am":
		return restore("was"), true
	case "are":
		return restore("were"), true
	case "has", "have":
		return restore("had"), true
	case "does", "do":
		return restore("did"), true
	}
	base := low
	if third {
		var ok bool
		if base, ok = baseOf(low); !ok {
			return "", false
		}
	}
	if strings.ContainsAny(base, "'-") || len(base) < 2 || base == "lie" {
		// "lies" is "lay" for a place, "lied" for a liar: no sure past.
		return "", false
	}
	if p, ok := irregularPast[base]; ok {
		return restore(p), true
	}
	if _, past := irregular[base]; past && !third && !pastAndBase[base] {
		return word, true // "hunters shot", tagged as a present: already past, not "shotted"
	}
	for _, prefix := range []string{"re", "over", "under", "with", "out", "up", "mis", "fore", "be"} {
		if p, ok := irregularPast[strings.TrimPrefix(base, prefix)]; ok && strings.HasPrefix(base, prefix) && len(base) > len(prefix)+2 {
			return restore(prefix + p), true
		}
	}
	return restore(regularPast(base)), true
}

// baseOf undoes the third person's -s: "marries" to "marry", "reaches"
// to "reach", "uses" to "use". It is singular's rule for nouns, but for
// "goes", "buzzes" and "dies".
func baseOf(w string) (string, bool) {
	switch {
	case !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return "", false // not a third person's -s: "across", "bonus", "thesis"
	case strings.HasSuffix(w, "zzes"), strings.HasSuffix(w, "oes"):
		return strings.TrimSuffix(w, "es"), true
	case strings.HasSuffix(w, "ies") && len(w) <= 4:
		return strings.TrimSuffix(w, "s"), true // "dies", "lies", "ties"
	}
	return singular(w), true
}

// regularPast adds -ed as English spells it: "patented", "saved",
// "carried", "stopped", "admitted", "travelled" (British, as the notes
// are).
func regularPast(b string) string {
	n := len(b)
	switch {
	case strings.HasSuffix(b, "e"):
		return b + "d"
	case b[n-1] == 'y' && !isVowel(b[n-2]):
		return b[:n-1] + "ied"
	case doublesFinal(b):
		return b + b[n-1:] + "ed"
	}
	return b + "ed"
}

// doublesFinal reports a verb whose last consonant doubles before -ed:
// one syllable ending consonant-vowel-consonant ("stop", "ban"), a final
// stressed syllable of that shape ("admit", "occur"), or a final "l"
// after one vowel ("travel", "control").
func doublesFinal(b string) bool {
	n := len(b)
	if n < 3 || isVowel(b[n-1]) || strings.ContainsRune("wxy", rune(b[n-1])) || !isVowel(b[n-2]) || isVowel(b[n-3]) {
		return false
	}
	vowels := 0
	for i := 0; i < n; i++ {
		if isVowel(b[i]) && (i == 0 || !isVowel(b[i-1])) {
			vowels++
		}
	}
	return vowels == 1 || b[n-1] == 'l' || stressedLast[b]
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// stressedLast are verbs of two syllables stressed on the last, whose
// final consonant doubles ("admitted", "occurred"); others do not
// ("visited", "opened").
var stressedLast = set("admit", "commit", "submit", "permit", "omit", "emit", "transmit", "occur", "prefer", "refer",
	"confer", "defer", "deter", "incur", "recur", "transfer", "equip", "acquit", "regret", "abhor", "embed", "outwit",
	"rebut", "upset", "begin", "forbid")

// pastAndBase are irregular pasts that are also verbs of their own ("they
// found a city", "lay the table", "fell trees").
var pastAndBase = set("found", "lay", "saw", "wound", "ground", "bore", "fell", "felt", "left", "rose", "bound")

// irregularPast is irregular read backwards: a base form's past tense
// ("build" to "built"). Where two pasts share a base ("sank", "sunk"),
// the first in alphabetical order, the simple past, is kept.
var irregularPast = func() map[string]string {
	pasts := make([]string, 0, len(irregular))
	for p := range irregular {
		pasts = append(pasts, p)
	}
	sort.Strings(pasts)
	m := map[string]string{"relay": "relayed"} // "re" and "lay", but regular
	for _, p := range pasts {
		if _, ok := m[irregular[p]]; !ok {
			m[irregular[p]] = p
		}
	}
	return m
}()

// bareInfinitive reports a verb at i that a "let", "make" or "help" and
// its object govern: "the Kansas–Nebraska Act lets settlers vote" keeps
// "vote" ("let settlers voted" is no English).
func bareInfinitive(q []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch strings.ToLower(q[k].Text) {
		case "let", "lets", "make", "makes", "help", "helps", "made", "helped":
			return k < i-1
		}
		if q[k].Tag == "," || q[k].Tag == "." || q[k].Tag == ":" || strings.HasPrefix(q[k].Tag, "VB") {
			return false
		}
	}
	return false
}
