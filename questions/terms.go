package questions

import "strings"

// A gap on a common noun is only worth asking when the noun is a term the
// text teaches: introduced by name ("a jelly-like part called bone
// marrow"), defined ("Lossless compression means ..."), or a compound the
// text keeps using ("food chain"). Otherwise it is a generic word
// ("energy", "research", "solution") that admits several answers, or a
// loose phrase ("western coast", "adopted daughter") whose key refuses
// right answers.

// keyTerm reports whether a concept span is such a term.
func keyTerm(q []tok, sp span, a *article) bool {
	if sp.Type != tConcept {
		return true
	}
	for k := sp.I; k < sp.J; k++ {
		if w := stem(q[k].Text); a.topicWord(w) {
			return false // "plane" in a text on how planes fly gives itself away
		}
	}
	if naming(q, sp.I) || defines(q, sp) {
		return true
	}
	compound := sp.J-sp.I >= 2
	for k := sp.I; k < sp.J; k++ {
		if q[k].Tag != "NN" && q[k].Tag != "NNS" {
			compound = false
		}
	}
	if compound {
		return strings.Count(a.lower(), strings.ToLower(stemPhrase(q[sp.I:sp.J]))) >= 2
	}
	return sp.J-sp.I == 1 && a.defined(stem(q[sp.I].Text))
}

// defines reports a sentence that opens by defining the span:
// "Photosynthesis is the process ...", "Lossless compression means ...".
func defines(q []tok, sp span) bool {
	i := 0
	if len(q) > 0 && (strings.EqualFold(q[0].Text, "the") || strings.EqualFold(q[0].Text, "a") || strings.EqualFold(q[0].Text, "an")) {
		i = 1
	}
	if sp.I != i || sp.J+1 >= len(q) || sp.J-sp.I > 1 && judging[strings.ToLower(q[sp.I].Text)] {
		return false
	}
	v := strings.ToLower(q[sp.J].Text)
	next := strings.ToLower(q[sp.J+1].Text)
	switch v {
	case "means", "refers", "describes":
		return true
	case "is", "are":
		return next == "a" || next == "an" || next == "the" || next == "called" || next == "defined"
	}
	return false
}

// stemPhrase is a phrase with its last word singular, for counting its
// uses: "food chains" and "food chain" are one term.
func stemPhrase(ts []tok) string {
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = t.Text
	}
	w[len(w)-1] = stem(w[len(w)-1])
	return strings.Join(w, " ")
}

// lower is the article's prose in lower case, for counting a term's uses.
func (a *article) lower() string {
	if a.low == "" {
		var b strings.Builder
		for _, p := range a.Paras {
			b.WriteString(strings.ToLower(p.Text))
			b.WriteByte('\n')
		}
		for _, l := range a.Lists {
			for _, e := range l.Entries {
				b.WriteString(strings.ToLower(e.Term + ": " + e.Def))
				b.WriteByte('\n')
			}
		}
		a.low = b.String()
	}
	return a.low
}

// defined reports a word the text defines somewhere: a list entry's term,
// or the opening of a sentence "X is a ...", "X means ...".
func (a *article) defined(w string) bool {
	if d, ok := a.defs[w]; ok {
		return d
	}
	if a.defs == nil {
		a.defs = map[string]bool{}
	}
	d := a.definedNow(w)
	a.defs[w] = d
	return d
}

// definedNow works out defined's answer.
func (a *article) definedNow(w string) bool {
	if functionWords[w] || pointerWords[w] {
		return false // "That means they are probably females!" defines nothing
	}
	for _, l := range a.Lists {
		for _, e := range l.Entries {
			if stem(strings.ToLower(e.Term)) == w {
				return true
			}
		}
	}
	low := a.lower()
	for _, v := range []string{" is a ", " is an ", " is the ", " are ", " means ", " is called "} {
		for _, start := range []string{"\n", ". "} {
			if strings.Contains(low, start+w+v) || strings.Contains(low, start+w+"s"+v) {
				return true
			}
		}
	}
	return strings.HasPrefix(low, w+" is ") || strings.HasPrefix(low, w+" are ")
}

// pointerWords open sentences of the form "X is ..." or "X means ..."
// without being terms: "That means", "There are", "Some are".
var pointerWords = set("these", "those", "there", "here", "they", "what", "then", "some", "many", "most", "each",
	"every", "such", "also", "both", "other", "others", "much", "this", "that", "it")

// judging are adjectives that praise rather than name: "A useful check is
// the energy balance" says what is useful, it teaches no term "useful
// check".
var judging = set("useful", "helpful", "good", "simple", "easy", "handy", "quick", "important", "better", "best", "nice", "neat")
