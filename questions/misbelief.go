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
// by its framing, and read blind such statements were usable 2 times in 6.

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
// stand before it.
func misbelief(q []tok) int {
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
	that := func(k int) int {
		if low(k) == "that" {
			return k + 1
		}
		return -1
	}
	switch {
	case low(i) == "it" && (low(i+1) == "is" || low(i+1) == "was"):
		k := i + 2
		for k < len(q) && (q[k].Tag == "DT" || q[k].Tag == "JJ") && !mistakeNouns[low(k)] {
			k++
		}
		if !mistakeNouns[low(k)] {
			return -1
		}
		return that(k + 1)
	case (low(i) == "many" || low(i) == "most" || low(i) == "some") && low(i+1) == "people":
		k := i + 2
		if q[k].Tag == "RB" && k+1 < len(q) {
			k++ // "wrongly", "still"
		}
		if !believeVerbs[low(k)] {
			return -1
		}
		if low(k+1) == "that" {
			return k + 2
		}
		if k+1 < len(q) && (q[k+1].Tag == "DT" || strings.HasPrefix(q[k+1].Tag, "NN") || q[k+1].Tag == "JJ") {
			return k + 1 // "Many people think beavers eat fish"
		}
		return -1
	}
	// "<determiner> [adjectives] mistake is [to think] that X"
	k := i
	for k < len(q) && k < i+4 && !mistakeNouns[low(k)] && (q[k].Tag == "DT" || q[k].Tag == "JJ" || q[k].Tag == "JJS" || q[k].Tag == "RBS" || q[k].Tag == "CD" || ordinals[low(k)]) {
		k++
	}
	if k == i || !mistakeNouns[low(k)] || low(k+1) != "is" && low(k+1) != "was" {
		return -1
	}
	k += 2
	if low(k) == "to" && believeVerbs[low(k+1)] {
		k += 2
	}
	return that(k)
}

// believed returns the wrong belief of a sentence that reports one, as a
// sentence of its own, or nil. The belief must stand alone: a second
// belief joined to it ("... or that relying on memory is always wrong")
// or a verb it lacks leaves nothing to ask.
func believed(q []tok) []tok {
	k := misbelief(q)
	if k < 0 || len(q)-k < 4 {
		return nil
	}
	x := append([]tok(nil), q[k:]...)
	for i := range x {
		if strings.EqualFold(x[i].Text, "that") && i > 0 && (x[i-1].Text == "or" || x[i-1].Text == "and") {
			return nil
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
		return nil
	}
	if x[0].Tag != "NNP" && x[0].Tag != "NNPS" {
		r, n := utf8.DecodeRuneInString(x[0].Text)
		x[0].Text = string(unicode.ToUpper(r)) + x[0].Text[n:]
	}
	return x
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
		x := believed(s.Q)
		if x == nil {
			continue
		}
		if peopleThink(s.Q) {
			if i+1 >= len(sents) || sents[i+1].Art != s.Art || !reCorrection.MatchString(join(sents[i+1].Toks)) {
				continue
			}
		}
		// The belief is often shorter than a sentence wellFormed takes
		// ("Inversions create pollution"): the whole sentence is held to
		// that, the belief (which has a verb) to three words.
		words := 0
		for _, t := range x {
			if isWord(t.Text) {
				words++
			}
		}
		ok := wellFormed(s.Q) && words >= 3
		s.Myth = true
		s.Q = x
		if i+1 < len(sents) && sents[i+1].Art == s.Art && sents[i+1].Para == s.Para && sents[i+1].Text != s.Text && reCorrection.MatchString(sents[i+1].Text) {
			// The sentence that corrects the belief explains the answer:
			// "They do not; they only prevent pollution ... from escaping."
			s.Text += " " + sents[i+1].Text
		}
		s.Usable = ok && !anaphoric(x) && !strayPronoun(x, v) && leansOnContext(x, s.Art) == "" &&
			saysNothing(x) == "" && !misspelt(x, s.Art.Ent) && tfSafe(x)
	}
}

// peopleThink reports a belief told as what people think, not as a mistake.
func peopleThink(q []tok) bool {
	for _, t := range q[:min(len(q), 5)] {
		if strings.EqualFold(t.Text, "people") {
			return true
		}
	}
	return false
}
