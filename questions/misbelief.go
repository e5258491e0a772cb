package questions

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Texts that teach a concept often end with what people wrongly believe
// about it: "A frequent mistake is to think that inversions create
// pollution", "Many people think a camel's hump is full of water". The
// belief itself is a statement the text says is false, which makes it the
// one false true/false statement a text gives for free: asked as
// "Inversions create pollution", with the whole sentence as the
// explanation. Asked as written ("A frequent mistake is ...") it is true
// by its framing, and read blind such statements were usable 2 times in 6;
// the thirty beliefs of the development texts asked as false statements
// were usable 25 times (the failures: "always", "any" and "only" give
// them away, so beliefs with such words are not asked).

// need is what else must hold for a reported belief to be a wrong one.
type need int

const (
	needNothing    need = iota
	needCorrection      // the next sentence says it is wrong
	needMyth            // the sentence before reported a wrong belief
)

// beliefNouns name a belief that may be right or wrong: "A popular belief
// is that the sky reflects the oceans. In fact ...". Only one that many
// hold is taken (commonBelief): "The idea is that each worker
// specialises" is the text's own account.
var beliefNouns = set("belief", "idea", "assumption", "notion")

// commonBelief are the adjectives of a belief that many hold.
var commonBelief = set("popular", "common", "widespread", "frequent", "persistent", "old", "familiar", "mistaken", "false", "wrong")

// mistakeNouns name a wrong belief.
var mistakeNouns = set("mistake", "misconception", "misunderstanding", "myth", "error", "misbelief", "fallacy", "misreading")

// believeVerbs are what the mistaken do.
var believeVerbs = set("think", "believe", "assume", "suppose", "imagine", "expect")

// misbelief returns the index where the wrongly believed clause starts
// when the sentence does nothing but report it, or -1:
//   - "<a> [frequent] mistake is [to think] that X"
//   - "It is a [common] myth that X"
//   - "Many people [wrongly] think [that] X"
//
// An opening word and comma ("Finally, many people believe ...") may
// stand before it. What it needs besides is said by need: a correction
// in the next sentence for what people think and for a "popular belief"
// (needCorrection), a wrong belief just before for "Another is that X"
// (needMyth).
func misbelief(q []tok) (int, need) {
	low := func(i int) string {
		if i < 0 || i >= len(q) {
			return ""
		}
		return strings.ToLower(q[i].Text)
	}
	i := 0
	if len(q) > 2 && q[1].Text == "," && q[0].Tag == "RB" {
		i = 2 // "Finally, ..."
	}
	that := func(k int, n need) (int, need) {
		if low(k) == "that" {
			return k + 1, n
		}
		return -1, needNothing
	}
	switch {
	case low(i) == "it" && (low(i+1) == "is" || low(i+1) == "was"):
		k := i + 2
		for k < len(q) && (q[k].Tag == "DT" || q[k].Tag == "JJ") && !mistakeNouns[low(k)] {
			k++
		}
		if !mistakeNouns[low(k)] {
			return -1, needNothing
		}
		return that(k+1, needNothing)
	case (low(i) == "many" || low(i) == "most" || low(i) == "some") && low(i+1) == "people":
		k := i + 2
		if k+1 < len(q) && q[k].Tag == "RB" {
			k++ // "wrongly", "still"
		}
		if !believeVerbs[low(k)] {
			return -1, needNothing
		}
		if low(k+1) == "that" {
			return k + 2, needCorrection
		}
		if k+1 < len(q) && (q[k+1].Tag == "DT" || strings.HasPrefix(q[k+1].Tag, "NN") || q[k+1].Tag == "JJ") {
			return k + 1, needCorrection // "Many people think beavers eat fish"
		}
		return -1, needNothing
	}
	// "<determiner> [adjectives] mistake is [to think] that X"
	k := i
	noun := func(k int) bool { return mistakeNouns[low(k)] || beliefNouns[low(k)] }
	for k < len(q) && k < i+4 && !noun(k) && (q[k].Tag == "DT" || q[k].Tag == "JJ" || q[k].Tag == "JJS" || q[k].Tag == "RBS" || q[k].Tag == "CD" || ordinals[low(k)]) {
		k++
	}
	if k > i && (low(k) == "is" || low(k) == "was") {
		return that(k+1, needMyth) // "Another is that X", "A second is that X"
	}
	if k == i || !noun(k) || low(k+1) != "is" && low(k+1) != "was" {
		return -1, needNothing
	}
	n := needNothing
	if beliefNouns[low(k)] {
		if !commonBelief[low(k-1)] {
			return -1, needNothing
		}
		n = needCorrection
	}
	k += 2
	if low(k) == "to" && believeVerbs[low(k+1)] {
		k += 2
	}
	return that(k, n)
}

// believed returns the wrong belief of a sentence that reports one, as a
// sentence of its own, or nil. The belief must stand alone: a second
// belief joined to it ("... or that relying on memory is always wrong")
// or a verb it lacks leaves nothing to ask.
func believed(q []tok) ([]tok, need) {
	k, n := misbelief(q)
	if k < 0 || len(q)-k < 4 {
		return nil, needNothing
	}
	x := append([]tok(nil), q[k:]...)
	for i := range x {
		if strings.EqualFold(x[i].Text, "that") && i > 0 && (x[i-1].Text == "or" || x[i-1].Text == "and") {
			return nil, needNothing
		}
	}
	verb := false
	for _, t := range x {
		// The tagger takes some plain presents for infinitives
		// ("goldfish remember").
		verb = verb || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VBD" || t.Tag == "MD" || t.Tag == "VB"
	}
	if n := len(x) - 1; !verb && n >= 2 && x[n].Text == "." && x[n-1].Tag == "NN" && x[n-2].Tag == "NNS" {
		verb = true // "only large spills matter": a plural and the verb the tagger took for a noun
	}
	if !verb {
		return nil, needNothing
	}
	if x[0].Tag != "NNP" && x[0].Tag != "NNPS" {
		r, n := utf8.DecodeRuneInString(x[0].Text)
		x[0].Text = string(unicode.ToUpper(r)) + x[0].Text[n:]
	}
	return x, n
}

// reCorrection is how a text says the belief before was wrong.
var reCorrection = regexp.MustCompile(`(?i)\b(?:not|n't|no|never|in fact|actually|really|in reality|wrong|untrue|false|myth|mistaken)\b|^(?:but|however)\b`)

// myths turns each sentence that reports a wrong belief into that belief,
// to be asked as a false statement. "Many people think X" is only a
// belief the text rejects when the next sentence says so ("In fact, ...",
// "But they do not"); a mistake or a myth says it itself.
func myths(sents []sentence, v votes) {
	for i := range sents {
		s := &sents[i]
		x, n := believed(s.Q)
		if x == nil {
			continue
		}
		switch n {
		case needCorrection:
			if i+1 >= len(sents) || sents[i+1].Art != s.Art || !reCorrection.MatchString(join(sents[i+1].Toks)) {
				continue
			}
		case needMyth:
			if !mythBefore(sents, i) {
				continue
			}
		}
		// The belief is often shorter than a sentence wellFormed takes
		// ("Inversions create pollution"): the whole sentence is held to
		// that, the belief (which has a verb) to three words.
		ok := wellFormed(s.Q) && wordsIn(x) >= 3
		s.Myth = true
		s.Q = x
		if i+1 < len(sents) && sents[i+1].Art == s.Art && sents[i+1].Para == s.Para && sents[i+1].Text != s.Text && reCorrection.MatchString(sents[i+1].Text) {
			// The sentence that corrects the belief explains the answer:
			// "They do not; they only prevent pollution ... from escaping."
			s.Text += " " + sents[i+1].Text
		}
		s.Usable = ok && falseSafe(x, s.Art, v)
	}
}

// wordsIn counts the words of ts.
func wordsIn(ts []tok) int {
	n := 0
	for _, t := range ts {
		if isWord(t.Text) {
			n++
		}
	}
	return n
}

// falseSafe reports a statement the text says is wrong that can be asked
// alone: it names what it speaks of, says something, and no sweeping word
// gives its falsehood away.
func falseSafe(x []tok, a *article, v votes) bool {
	return !anaphoric(x) && !strayPronoun(x, v) && leansOnContext(x, a) == "" &&
		saysNothing(x) == "" && !misspelt(x, a.Ent) && tfSafe(x) && !sweeping(x)
}

// sweepingWords make a statement false on their own ("every two years" is
// no sweep, so "every" is not one of them): a student who knows
// nothing of the subject marks "Exposure always increases liking" or
// "Parallax can measure any distance" false, so the belief tests nothing.
var sweepingWords = set("always", "never", "any", "only", "all", "everyone", "nobody")

// sweeping reports a belief that holds a sweeping word.
func sweeping(x []tok) bool {
	for _, t := range x {
		if sweepingWords[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}

// mythBefore reports a wrong belief reported in one of the two sentences
// before the i-th, in the same text: "A second is that ..." continues a
// list of them, often after the first one's correction.
func mythBefore(sents []sentence, i int) bool {
	seen := 0
	for j := i - 1; j >= 0 && sents[j].Art == sents[i].Art && seen < 2; j-- {
		if sents[j].Text == sents[i].Text || j+1 < i && sents[j].Text == sents[j+1].Text {
			continue // a clause of the same sentence
		}
		if sents[j].Myth {
			return true
		}
		seen++
	}
	return false
}
