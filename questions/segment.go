package questions

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3"
)

// tok is one token of a sentence. Sp records whether whitespace preceded it
// in the source, so that a sentence edited token by token (a pronoun named,
// a parenthesis dropped) can be written back out exactly.
type tok struct {
	Text string
	Tag  string // Penn Treebank part of speech
	Sp   bool
}

// sentence is one sentence of an article with everything the later stages
// learn about it.
type sentence struct {
	Art     *article
	Doc     int // index of the source
	Pos     int // index of the sentence in its article
	Para    int
	Section string
	// Label is the heading run into the sentence's paragraph ("Order
	// batching." before "Firms often order in large batches"), or "".
	Label string
	First bool  // the first sentence of its paragraph, where writers put what matters
	Toks  []tok // the cleaned source sentence
	// Filled by resolve and simplify:
	Text     string // the sentence shown as the explanation (pronoun subject named)
	Q        []tok  // the shortened sentence questions are made from
	Resolved bool
	ThingIt  bool // the pronoun named was an "it" or "its" for the article's subject, a thing
	Usable   bool
	Myth     bool   // Q is a belief the text calls wrong (misbelief.go), or a kind's habit its subject lacks (contrast.go)
	Setup    bool   // Q is a clause that ", and" or ", but" goes on from (clauses.go)
	Supposed bool   // the sentence before made up the case it holds in (resolve.go's supposes)
	Spans    []span // answer candidates in Q
}

// segment splits an article's paragraphs into tagged sentences. Tagging is
// done per paragraph, in one prose pass, so the models are loaded once and
// every token knows its sentence. prose's entity extraction is off: it
// takes two thirds of the time and mislabels most names in this kind of
// text; names are typed by document-wide cue votes instead (annotate.go).
func segment(ctx context.Context, a *article, doc int) ([]sentence, error) {
	var out []sentence
	for pi, p := range a.Paras {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, err := prose.NewDocumentContext(ctx, p.Text, prose.WithExtraction(false))
		if err != nil {
			return nil, err
		}
		toks := d.Tokens()
		k := 0
		first := true
		label := ""
		for si, s := range joinInitials(d.Sentences(), toks) {
			end := s.Start + len(s.Text)
			var st []tok
			prevEnd := -1
			for ; k < len(toks) && toks[k].Start < end; k++ {
				t := toks[k]
				if t.Start < s.Start {
					continue
				}
				st = append(st, tok{Text: t.Text, Tag: t.Tag, Sp: prevEnd >= 0 && t.Start > prevEnd})
				prevEnd = t.Start + len(t.Text)
			}
			if len(st) == 0 {
				continue
			}
			if si == 0 && end < len(p.Text) && runInHeading(st) {
				label = join(st[:len(st)-1]) // "Order batching. Firms often order in large batches ..."
			}
			for _, part := range splitAfterNumeral(st) {
				part = splitFinalStop(part)
				retagFinite(part)
				out = append(out, sentence{Art: a, Doc: doc, Pos: len(out), Para: pi, Section: p.Section, Label: label, First: first, Toks: part})
				first = false
			}
		}
	}
	retagOpeners(out)
	a.sentences = len(out)
	return out, nil
}

// runInHeading reports a paragraph's first sentence that is its heading,
// set in the run of the text: "Order batching. Firms often order in large
// batches ...", "Pinching. Roll a ball of clay ...", "Act One. Segismundo
// ...". It is a capitalised phrase of one to five words with a full stop,
// no comma and no verb. It says what the sentences under it are about
// (offTopic); it stays a sentence of its own, asked about by nothing.
func runInHeading(st []tok) bool {
	n := len(st) - 1
	if n < 1 || n > 5 || st[n].Text != "." || !capitalized(st[0].Text) {
		return false
	}
	st = slices.Clone(st)
	retagFinite(st) // "Pandas eat/NN bamboo." has its verb
	for _, t := range st[:n] {
		if finiteTags[t.Tag] || t.Tag == "VB" || t.Tag == "PRP" || !isWord(t.Text) {
			return false
		}
	}
	return true
}

// splitAfterNumeral parts a sentence the segmenter ran on past a regnal
// number ending a sentence: "… Huvishka and Vasudeva I. Vasudeva I, whose
// name is Indian, …" is two sentences, and as one it made the name
// "Vasudeva I. Vasudeva I", which a false twin then swapped in.
func splitAfterNumeral(st []tok) [][]tok {
	for k := 2; k+1 < len(st); k++ {
		if st[k].Text == "." && reNumeral.MatchString(st[k-1].Text) && st[k-2].Tag == "NNP" && capitalized(st[k+1].Text) && len([]rune(st[k+1].Text)) > 1 {
			rest := append([]tok(nil), st[k+1:]...)
			rest[0].Sp = false
			return append([][]tok{st[: k+1 : k+1]}, splitAfterNumeral(rest)...)
		}
	}
	return [][]tok{st}
}

// reNumeral is a roman numeral: "I", "IV".
var reNumeral = regexp.MustCompile(`^[IVX]+$`)

// splitFinalStop parts a sentence's full stop from its last word when the
// tokenizer took the word for an abbreviation: "… in the eastern Aegean
// Sea." ends with "Sea" and ".", like any other sentence.
func splitFinalStop(st []tok) []tok {
	last := st[len(st)-1]
	if !reStopGlued.MatchString(last.Text) {
		return st
	}
	st[len(st)-1].Text = strings.TrimSuffix(last.Text, ".")
	return append(st, tok{Text: ".", Tag: "."})
}

// reStopGlued is a capitalised word with the full stop glued to it.
var reStopGlued = regexp.MustCompile(`^\p{Lu}\p{Ll}+\.$`)

// joinInitials joins a sentence cut after a name's middle initial, or
// after a title, to the rest of the name: the segmenter ends one at "two
// backers, Alfred S." and starts the next at "Brown and Charles F. Peck".
// A roman numeral ("World War I. Then") does end a sentence.
func joinInitials(ss []prose.Sentence, toks []prose.Token) []prose.Sentence {
	var out []prose.Sentence
	for _, s := range ss {
		if n := len(out); n > 0 && (reMiddleInitial.MatchString(out[n-1].Text) && opensWithName(s, toks) ||
			reFirstInitial.MatchString(out[n-1].Text) && reOpensInitial.MatchString(s.Text) ||
			reEndsWithTitle.MatchString(out[n-1].Text) && reOpensCapital.MatchString(s.Text)) {
			prev := &out[n-1]
			prev.Text += strings.Repeat(" ", max(0, s.Start-(prev.Start+len(prev.Text)))) + s.Text
			continue
		}
		out = append(out, s)
	}
	return out
}

// reMiddleInitial ends a text at a capital initial after a capitalised
// word or another initial: "Alfred S.", "H. G." (of H. G. Wells), not
// "World War I." nor "D.C.".
var reMiddleInitial = regexp.MustCompile(`(?:\p{Lu}\p{Ll}+|\b\p{Lu}\.) [A-HJ-UWYZ]\.$`)

// reFirstInitial ends a text at a lone capital initial after any word,
// and reOpensInitial opens one with another initial: "the English writer
// J." and "B. Priestley wrote ..." are one sentence.
var (
	reFirstInitial = regexp.MustCompile(`\p{L}+ [A-HJ-UWYZ]\.$`)
	reOpensInitial = regexp.MustCompile(`^\p{Lu}\. \p{Lu}`)
)

// reEndsWithTitle ends a text at a title's abbreviation, and reOpensCapital
// opens one with a capital: the segmenter cuts "Mrs." from "Basil E.
// Frankweiler is a wealthy widow", and the title is hers ("Basil E.
// Frankweiler" is her late husband), and "Ste." from "Marie" in "Sault Ste.
// Marie". "Jr." and "Sr." may end a sentence.
var (
	reEndsWithTitle = regexp.MustCompile(`(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Capt|Col|Gen|Lt|Rev|St|Ste|Mt|Ft)\.$`)
	reOpensCapital  = regexp.MustCompile(`^\p{Lu}`)
)

// opensWithName reports whether a sentence's first token is a name.
func opensWithName(s prose.Sentence, toks []prose.Token) bool {
	for _, t := range toks {
		if t.Start >= s.Start {
			return t.Start == s.Start && t.Tag == "NNP"
		}
	}
	return false
}

// join writes tokens back out as text.
func join(ts []tok) string {
	var b strings.Builder
	for i, t := range ts {
		if t.Text == "." && i > 0 && strings.HasSuffix(ts[i-1].Text, ".") {
			continue // "Washington, D.C." ends its sentence with its own stop
		}
		if i > 0 && t.Sp {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// splice returns a copy of ts with cut tokens at at replaced by put: the
// sentence's own tokens stay as they were, for the other readings of it.
func splice(ts []tok, at, cut int, put ...tok) []tok {
	out := make([]tok, 0, len(ts)-cut+len(put))
	out = append(out, ts[:at]...)
	out = append(out, put...)
	return append(out, ts[at+cut:]...)
}

// verblessBeforeSemicolon reports a sentence whose part before its first
// semicolon has no finite verb: a note's item, "End of the Napoleonic
// Wars; Corn Law passed".
func verblessBeforeSemicolon(ts []tok) bool {
	depth := 0
	for i, t := range ts {
		switch {
		case t.Text == "(":
			depth++
		case t.Text == ")":
			depth--
		case t.Text == ";" && depth > 0:
			// "Marie Curie (born Maria Skłodowska; 7 November 1867 – ...)
			// was ...": the bracket's own list
		case t.Text == ";":
			return i >= 2 // not a one-word title: "Frankenstein; or, The Modern Prometheus is a novel"
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			return false
		}
	}
	return false
}

var reDebris = regexp.MustCompile(`(?i)cite error|\bISBN\b|\bretrieved\b|\barchived\b|citation needed|wayback|\[\s*\d+\s*\]|https?:|www\.|\bp\.\s*\d`)

// reEmptyList is a list whose items were all in brackets or in a script
// the text could not keep: "such as (šä, "sh"), (čä) and (ǧä)" is left
// "such as, and".
var reEmptyList = regexp.MustCompile(`\b(?:such as|including)\s*[,.;]|,\s*(?:and|or)\s*\.$`)

// listParticiple reports a past form that describes the noun after it,
// after a list's joint: "beach or reclaimed sand".
func listParticiple(ts []tok, i int) bool {
	return ts[i].Tag == "VBD" && strings.HasSuffix(ts[i].Text, "ed") && i > 1 && i+1 < len(ts) &&
		ts[i-1].Tag == "CC" && ts[i-2].Tag == "NN" && strings.HasPrefix(ts[i+1].Tag, "NN")
}

// askingVerbs take a question after them: "a field which asks which
// services should be run locally" repeats its wh-word rightly.
var askingVerbs = set("asks", "asked", "decides", "decided", "determines", "determined", "shows", "showed", "explains",
	"explained", "chooses", "chose", "predicts", "predicted", "tells", "told", "specifies", "specified")

// wellFormed reports whether a sentence is running prose fit to ask about:
// a sentence-final stop, a capital start, a finite verb, sensible length,
// balanced quotes and brackets, no reference debris.
func wellFormed(ts []tok) bool {
	n := 0
	verb := false
	for i, t := range ts {
		if isWord(t.Text) {
			n++
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			// The tagger takes a quotation mark for a verb now and then
			// ("mti "tree""): a label and its examples are no statement.
			// Nor is "or reclaimed sand" a verb: a past form between a
			// list's joint and its noun describes the noun.
			verb = verb || isWord(t.Text) && !listParticiple(ts, i)
		}
	}
	if n < 6 || n > 55 || !verb || !mainVerb(ts) || verbOnlyInAside(ts) || verblessAfterLabel(ts) || participleItem(ts) {
		return false
	}
	last := ts[len(ts)-1].Text
	if last != "." && last != "!" {
		return false
	}
	s := join(ts)
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	if instruction(ts) {
		return false // "Cut the root tip ...": a step to do, not a fact to know
	}
	if subjectless(ts) {
		return false // "Met forty times a year on the Pnyx": a note's fragment, whose subject is its heading
	}
	if passiveFragment(ts) {
		return false // "A Reichstag elected every four years by all adults": a note's item, not a sentence
	}
	if verblessBeforeSemicolon(ts) {
		return false // "In 1815, End of the Napoleonic Wars; Corn Law passed": a timeline's note, not a sentence
	}
	if includingFragment(ts) {
		return false // "Italic, including the Romance languages descended from Latin.": a list's item
	}
	if auxOpeners[strings.ToLower(ts[0].Text)] {
		return false // "Do conduct when melted": a note's fragment, or a question
	}
	// A demonstrative or "the latter" points outside the sentence; a
	// repeated wh-word ("who had who married") is a broken source sentence.
	for i, t := range ts {
		low := strings.ToLower(t.Text)
		if i+1 < len(ts) && t.Tag == "DT" && (low == "this" || low == "these" || low == "those" || low == "that" || low == "both") &&
			(ts[i+1].Tag == "NN" || ts[i+1].Tag == "NNS" || ts[i+1].Tag == "JJ") {
			return false
		}
		if i+1 < len(ts) && low == "the" && (ts[i+1].Text == "latter" || ts[i+1].Text == "former" || ts[i+1].Text == "following" || ts[i+1].Text == "same" && !sameWithin(ts, i)) {
			return false
		}
		if (t.Tag == "WP" || t.Tag == "WDT") && i+3 < len(ts) && (ts[i+2].Text == t.Text && !askingVerbs[strings.ToLower(ts[i+1].Text)] || ts[i+3].Text == t.Text) {
			return false
		}
	}
	if reDebris.MatchString(s) || reEmptyList.MatchString(strings.Join(strings.Fields(outsideBrackets(s)), " ")) || strings.Count(s, `"`)%2 != 0 ||
		strings.Count(s, "(") != strings.Count(s, ")") || strings.Count(s, "[") != strings.Count(s, "]") ||
		strings.ContainsAny(s, "[]{}|<>=") || strings.Contains(s, ": ") && !hasVerbBefore(ts, ":") ||
		strings.Contains(outsideBrackets(s), " – ") && !hasVerbBefore(ts, "–") || strings.Contains(outsideBrackets(s), " — ") && !hasVerbBefore(ts, "—") {
		return false
	}
	return true
}

// includingFragment reports a list's item made of a name and what it
// includes, with no verb of its own: "Italic, including the Romance
// languages descended from Latin." A sentence goes on after the inner
// phrase ("Several languages, including Latin, descended from ...").
func includingFragment(ts []tok) bool {
	// Only a short name before it: the tagger takes some verbs for nouns
	// ("Białowieża National Park in Poland covers about 200 km², including
	// ...").
	for i := 1; i+1 < len(ts) && i <= 4; i++ {
		if ts[i].Text != "," || !strings.EqualFold(ts[i+1].Text, "including") {
			continue
		}
		for _, t := range ts[:i] {
			if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
				return false
			}
		}
		for _, t := range ts[i+2:] {
			if t.Text == "," || t.Text == ";" || t.Text == ":" {
				return false
			}
		}
		return true
	}
	return false
}

// sameWithin reports a "the same" at i that compares within the sentence:
// "the same as an infinite loop", "the same size as", "the same product to
// different buyers", or "all hold at the same time" inside it. Opening a sentence ("At the same time, ...") it
// is the time of the sentence before.
func sameWithin(ts []tok, i int) bool {
	if i <= 1 {
		return false
	}
	if i+2 < len(ts) && (ts[i+2].Text == "time" || ts[i+2].Text == "moment") {
		// "Lionesses have cubs at about the same time" is one time for
		// them all; "At about the same time, a toy bear was being
		// developed" opens on the time of what came before.
		return !timeOpening(ts[:i])
	}
	for k := i + 2; k < len(ts) && k <= i+4; k++ {
		if ts[k].Text == "as" {
			return true
		}
	}
	for _, t := range ts {
		switch strings.ToLower(t.Text) {
		case "different", "each", "every", "all", "equal", "both":
			return true // "the same product to different buyers", "all gases contain the same number"
		}
	}
	return false
}

// timeOpening reports words before "the same time" that only open the
// sentence: "At about", "Around", "At roughly".
func timeOpening(before []tok) bool {
	for _, t := range before {
		if !sameTimeOpeners[strings.ToLower(t.Text)] {
			return false
		}
	}
	return len(before) > 0
}

// sameTimeOpeners are the words that open "At about the same time, ...".
var sameTimeOpeners = set("at", "about", "around", "roughly", "nearly", "almost", "much", "by")

// historicPresent reports a dated line told in the present tense, as
// timelines in notes are (label: the line stands under a date label) ("On 4 November 1605 Knyvet's men find Fawkes",
// "In 1839 several thousand Chartists march on Newport"): asked as it
// stands, a past event reads as happening now. "Since 2019 the constant has
// been fixed" is a present perfect, and a year to come is a forecast.
func historicPresent(q []tok, a *article, label bool) bool {
	if len(q) == 0 || a != nil && workKinds[a.Kind] {
		return false // a novel's plot is told in the present by custom
	}
	switch strings.ToLower(q[0].Text) {
	case "in", "on", "by", "during", "at", "from", "between", "early", "late":
	default:
		if !label && !reYear.MatchString(q[0].Text) && !reDay.MatchString(q[0].Text) {
			return false // "Founded in 1660, the society is ...": the date is not the sentence's time
		}
	}
	dated := label // a timeline line's date, put before it when asked
	for i, t := range q {
		switch {
		case reYear.MatchString(t.Text):
			if y, _ := strconv.Atoi(t.Text); y <= 2000 {
				dated = true
			}
		case t.Tag == "VBD" || t.Tag == "MD":
			return false
		case (t.Tag == "VBZ" || t.Tag == "VBP") && !(misreadNoun(q, i) && surePastAfter(q, i)):
			// Not "In October 1884, delegates from 25 countries met" nor
			// "In 1822, Ottoman forces attacked": a noun the tagger took
			// for a verb, before the sentence's verb in the past.
			w := strings.ToLower(t.Text)
			if w == "has" || w == "have" || !dated {
				return false
			}
			return i > 0
		}
	}
	return false
}

// workKinds are what a text about a work of fiction says it is.
var workKinds = set("novel", "novella", "play", "tragedy", "comedy", "story", "poem", "epic", "drama", "opera", "film", "book", "satire", "romance", "sequel", "tale", "fable")

// hasVerbBefore reports whether a finite verb comes before the first
// occurrence of mark: "1658: Big warships were built" is a timeline entry,
// not a sentence.
func hasVerbBefore(ts []tok, mark string) bool {
	depth := 0
	for _, t := range ts {
		switch t.Text {
		case "(":
			depth++
		case ")":
			depth--
		}
		if t.Text == mark && depth <= 0 {
			return false
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// outsideBrackets is s without what stands in brackets: the dash of a
// life's dates, "Agnesi (16 May 1718 – 9 January 1799) was ...", is a
// range, not a heading's dash before a phrase with no verb.
func outsideBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// connectives open a sentence without adding to its fact; questions read
// better without them.
var connectives = map[string]bool{
	"however": true, "meanwhile": true, "nevertheless": true, "nonetheless": true, "thereafter": true,
	"subsequently": true, "furthermore": true, "moreover": true, "additionally": true, "consequently": true,
	"eventually": true, "ultimately": true, "initially": true, "finally": true, "indeed": true, "thus": true,
	"hence": true, "therefore": true, "also": true, "later": true, "afterwards": true, "likewise": true,
	"similarly": true, "overall": true, "again": true, "still": true, "instead": true, "notably": true,
	"in addition": true, "in the end": true, "as a result": true, "at first": true, "in fact": true,
	"in turn": true, "of course": true, "in particular": true, "for example": true, "for instance": true,
	"at the time": true, "at that time": true, "by then": true,
}

// anaphoricStart lists sentence openings that point outside the sentence
// ("Here", "This", "The latter"): such a sentence cannot stand alone.
var anaphoricStart = map[string]bool{
	"here": true, "there": true, "then": true, "so": true, "thus": true, "yet": true, "first": true,
	"second": true, "third": true, "next": true, "finally": true, "lastly": true, "suppose": true, "imagine": true,
	"because of step": true, "in step": true, "after step": true, "at step": true, "for example": true, "this": true, "these": true, "those": true, "that": true,
	"such": true, "it": true, "its": true, "they": true, "their": true, "them": true, "he": true, "his": true,
	"she": true, "her": true, "him": true, "i": true, "another": true,
	"others": true, "both": true, "either": true, "neither": true, "whichever": true, "which": true,
	"who": true, "whose": true, "thereupon": true, "the latter": true, "the former": true, "the two": true,
	"the same": true, "the other": true, "after this": true, "after that": true, "because of this": true,
	"despite this": true, "as such": true, "in this": true, "at this": true, "by this": true,
	"the following": true, "at that time": true, "at the time": true, "by then": true, "in this way": true,
	"for this reason": true, "at this point": true, "the same year": true, "that year": true, "this year": true, "the next": true, "the previous": true, "the first": true, "the second": true,
}

// simplify drops parentheses and an opening connective from a sentence,
// keeping the tags.
// reConcentration is what chemistry writes in square brackets for its
// concentration: a substance's symbol or formula ("S", "H+", "Ca2+").
var reConcentration = regexp.MustCompile(`^\p{Lu}[\p{L}\d+−-]{0,5}$`)

func simplify(ts []tok) []tok {
	var out []tok
	depth := 0
	keep := false // "(mod 12)" belongs to the statement it closes: "−2 ≡ 10" alone is false
	for i, t := range ts {
		switch t.Text {
		case "(", "[":
			if depth == 0 && i+1 < len(ts) && (strings.EqualFold(ts[i+1].Text, "mod") || strings.EqualFold(ts[i+1].Text, "modulo")) {
				keep = true
			}
			if depth == 0 && t.Text == "[" && i+2 < len(ts) && ts[i+2].Text == "]" && reConcentration.MatchString(ts[i+1].Text) {
				keep = true // "[S]" is a concentration: "When [S] is much larger than Km"
			}
			depth++
			if !keep {
				continue
			}
		case ")", "]":
			if depth > 0 {
				depth--
			}
			if !keep {
				continue
			}
			if depth == 0 {
				keep = false
				out = append(out, t)
				continue
			}
		}
		if depth == 0 || keep {
			out = append(out, t)
		}
	}
	// Spaces before punctuation left behind by a dropped parenthesis.
	for i := range out {
		if i > 0 && (out[i].Text == "," || out[i].Text == "." || out[i].Text == ";" || out[i].Text == ":") {
			out[i].Sp = false
		}
	}
	// Doubled commas left by "X (Y), Z".
	clean := out[:0]
	for i, t := range out {
		if i > 0 && t.Text == "," && clean[len(clean)-1].Text == "," {
			continue
		}
		clean = append(clean, t)
	}
	out = clean
	for {
		n := openingConnective(out)
		if n == 0 {
			break
		}
		out = append([]tok(nil), out[n:]...)
		if len(out) > 0 {
			out[0].Sp = false
			out[0].Text = upperFirst(out[0].Text)
		}
	}
	return out
}

// openingConnective returns how many tokens an opening connective and its
// comma take, or 0.
func openingConnective(ts []tok) int {
	for n := 1; n <= 4 && n < len(ts); n++ {
		if ts[n].Text != "," {
			continue
		}
		var w []string
		for _, t := range ts[:n] {
			w = append(w, strings.ToLower(t.Text))
		}
		if connectives[strings.Join(w, " ")] {
			return n + 1
		}
	}
	return 0
}

// anaphoric reports whether a sentence opens by pointing outside itself.
func anaphoric(ts []tok) bool {
	if len(ts) == 0 {
		return true
	}
	one := strings.ToLower(ts[0].Text)
	if one == "there" && existential(ts) {
		return false // "There are around 3,000 kinds of dragonflies": no place pointed to
	}
	if nameOrdinals[one] && namedAfter(ts, 1) {
		return false // "Second Vatican Council", "First Council of Nicaea": a name, not one of a list
	}
	if anaphoricStart[one] {
		return true
	}
	if len(ts) > 1 && anaphoricStart[one+" "+strings.ToLower(ts[1].Text)] && !(nameOrdinals[strings.ToLower(ts[1].Text)] && capitalized(ts[1].Text) && namedAfter(ts, 2)) {
		return true
	}
	if len(ts) > 2 && anaphoricStart[one+" "+strings.ToLower(ts[1].Text)+" "+strings.ToLower(ts[2].Text)] {
		return true
	}
	return false
}

// nameOrdinals open a name when the name goes on after them: "The First
// Council of Nicaea", "The Second Punic War"; "The first was ..." and
// "First Bach studied ..." point back.
var nameOrdinals = set("first", "second", "third")

// namedAfter reports a capitalised word at k that a capitalised word or
// "of" follows: the ordinal before it opens a name.
func namedAfter(ts []tok, k int) bool {
	return k+1 < len(ts) && capitalized(ts[k].Text) && (capitalized(ts[k+1].Text) || ts[k+1].Text == "of")
}

// existential reports a sentence opening "There are", "There were", "There
// have been" that counts something: "There are five kinds of rhino". Such
// a "there" points to no place named before ("There he met his wife"); one
// that counts nothing mostly lists what is found where the text last was
// ("There are grassy hills, open woods and sandy beaches").
func existential(ts []tok) bool {
	if len(ts) < 3 {
		return false
	}
	switch strings.ToLower(ts[1].Text) {
	case "is", "are", "was", "were":
	case "have", "has", "had":
		if strings.ToLower(ts[2].Text) != "been" {
			return false
		}
	default:
		return false
	}
	for _, t := range ts[2:] {
		if t.Tag == "CD" && !reYear.MatchString(t.Text) {
			return true
		}
	}
	return false
}

// upperFirst capitalises a sentence's first word, but not a one-letter
// symbol: "k is a small constant" is not about "K".
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) || n == len(s) && r != 'a' && r != 'i' {
		return s
	}
	if f := strings.Fields(s); len(f) > 0 && strings.ContainsAny(f[0], "_^(=") {
		return s // a formula opens it: "log_a(mn) = ...", not "Log_a(mn)"
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// instructionVerbs open the steps of practicals and recipes.
var instructionVerbs = set("add", "place", "put", "heat", "cut", "mix", "pour", "stir", "record", "measure",
	"repeat", "write", "draw", "label", "use", "take", "make", "let", "set", "fill", "leave", "wait", "weigh",
	"filter", "boil", "cool", "remove", "turn", "look", "observe", "compare", "note", "try", "find", "check",
	"count", "calculate", "plot", "describe", "explain", "discuss", "list", "name", "read", "think", "imagine",
	"remember", "ask", "open", "close", "hold", "keep", "rinse", "wash", "dry", "dissolve", "collect",
	"stress", "emphasise", "emphasize", "remind", "highlight", "recap", "demonstrate", "mention", "point", "tell")

// objectiveVerbs open a lesson's learning objectives, which name a task
// the way an instruction does: "Judge, using evidence, whether ...". Only
// before a comma are they taken for one: "Judge Miller" and "Research
// finds ..." open statements.
var objectiveVerbs = set("judge", "evaluate", "assess", "analyse", "analyze", "identify", "outline", "summarise",
	"summarize", "define", "recall", "consider", "decide", "investigate", "explain", "describe", "compare", "discuss")

// classTask reports a lesson plan's task for its class: the students
// (pupils, learners, the class, their teacher) do something now: "Students
// write a headline", "In pairs, students read extracts" (the pairs or
// groups they work in may open it). "Read" is the tagger's past tense as
// often as not; in a class's task it is the present. "Students of the
// university elected ..." tells a fact.
func classTask(q []tok) bool {
	i := 0
	if len(q) > 3 && q[0].Text == "In" && workGroups[strings.ToLower(q[1].Text)] && q[2].Text == "," {
		i = 3 // "In pairs, students ..."
	}
	for k := 1; i == 0 && k < len(q)-2 && k <= 6; k++ {
		if q[k].Text == "," && classWords[strings.ToLower(q[k+1].Text)] {
			i = k + 1 // "For each stage, students note ..."
		}
	}
	if len(q) > i+1 && strings.EqualFold(q[i].Text, "the") {
		i++ // "The class compares ..."
	}
	if len(q) < i+2 || !classWords[strings.ToLower(q[i].Text)] {
		return false
	}
	if q[i+1].Tag == "RB" && len(q) > i+2 {
		i++ // "Students then compare ..."
	}
	v := q[i+1]
	if w := strings.ToLower(q[i].Text); (w == "teacher" || w == "class") && strings.HasSuffix(v.Text, "s") && v.Text != "was" &&
		v.Text == strings.ToLower(v.Text) && !strings.HasPrefix(v.Tag, "VB") {
		return true // "Teacher distinguishes ice sheets", "teacher introduces Assyria": the tagger reads the verb as a noun or an adjective
	}
	return v.Tag == "VBP" || v.Tag == "VBZ" || v.Tag == "MD" || v.Text == "read"
}

var (
	classWords = set("students", "pupils", "learners", "class", "teacher") // "Teacher explains Manchester's complaints": the plan's step, not a fact
	// workGroups are what a class works in; as a subject ("Pairs stay
	// together for life") they are no task.
	workGroups = set("pairs", "groups", "teams")
)

// groupTask reports, in a lesson plan (a text with learning objectives),
// the pairs or groups the class works in doing something now: "Pairs
// arrange the phase cards in order". Elsewhere "Pairs stay together for
// life" is a fact about animals.
func groupTask(q []tok, a *article) bool {
	if len(q) < 3 || !workGroups[strings.ToLower(q[0].Text)] || len(a.objectiveWords()) == 0 {
		return false
	}
	// The tagger reads "Groups complete a table" as a past tense as often
	// as not; a plan's step has the present's bare form.
	v := q[1]
	return v.Tag == "VBP" || v.Tag == "MD" || v.Tag == "VBD" && !strings.HasSuffix(v.Text, "ed")
}

// instruction reports a sentence that tells the reader to do something.
// The tagger often reads a capitalised opening verb as a noun ("Heat the
// filtrate"), so a known verb followed by what may follow a verb counts.
func instruction(ts []tok) bool {
	if len(ts) < 2 {
		return false
	}
	for i := len(ts) - 2; i > 0; i-- {
		if ts[i].Text == "," {
			if ts[i+1].Tag == "VB" {
				return true // "Next time you visit an aquarium, look closely."
			}
			break
		}
	}
	first := strings.ToLower(ts[0].Text)
	if ts[0].Tag == "VB" {
		return true
	}
	if classTask(ts) {
		return true // a lesson plan's task: "Students write a headline announcing the events of 1795."
	}
	if ts[0].Tag == "IN" || ts[0].Tag == "RB" {
		// "On sunny days, wear a hat": an opening phrase, then a bare verb.
		for i := 1; i+1 < len(ts) && i < 8; i++ {
			if ts[i].Text != "," {
				continue
			}
			next := ts[i+1]
			w := strings.ToLower(next.Text)
			if (next.Tag == "VB" || next.Tag == "VBP") && (instructionVerbs[w] || baseVerbs[w] || irregularBase[w]) {
				return true
			}
			break
		}
	}
	if (first == "always" || first == "never" || first == "please") && len(ts) > 2 {
		second := strings.ToLower(ts[1].Text)
		if ts[1].Tag == "VB" || ts[1].Tag == "VBP" || instructionVerbs[second] || baseVerbs[second] || irregularBase[second] {
			return true // "Always go with an adult, ..."
		}
	}
	if objectiveVerbs[first] && ts[1].Text == "," {
		return true // "Judge, using evidence, whether the code treated everyone equally."
	}
	if !instructionVerbs[first] && !baseVerbs[first] && !irregularBase[first] {
		return false
	}
	if amountNouns[strings.ToLower(ts[1].Text)] {
		return true // "Put lots of valleys and mountains together, …"
	}
	switch ts[1].Tag {
	case "DT", "PRP$", "PRP", "IN", "CD", "JJ", "RP", "TO", "WRB", "WP":
		return true
	case "RB":
		return instructionVerbs[first] // "Explain carefully …"
	}
	// A teacher's note: "Ask students which point …", "Discuss briefly
	// why …" (its adverb tagged as a noun).
	second := strings.ToLower(ts[1].Text)
	return classWords[second] || instructionVerbs[first] && strings.HasSuffix(second, "ly")
}

// mainVerb reports whether a finite verb stands outside every relative
// clause: "St Mary's Basilica, which contains an altarpiece, completed in
// 1489." has a verb only inside "which ...", so it is a fragment of a list.
func mainVerb(ts []tok) bool {
	pending := false // a relative word waits for its own verb
	appos := false   // inside ", a district founded ...": a verb there is a participle
	inRelative := false
	for i, t := range ts {
		switch {
		case inRelative && innerClause[strings.ToLower(t.Text)]:
			// "Depressions, where wind erosion has lowered the land until
			// it reaches the water table.": the clause inside the relative
			// one has its own verb, and the sentence still none.
			pending = true
		case t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "WP$" || t.Text == "that" && t.Tag != "DT" ||
			(t.Text == "where" || t.Text == "when") && i > 0 && ts[i-1].Text == ",":
			// "High up in the mountains of Asia, where the air is thin.":
			// the only verb is the place's, and the sentence has none.
			pending = true
		case t.Text == "," || t.Text == ";" || t.Text == ":":
			pending, inRelative = false, false
			appos = i+1 < len(ts) && (strings.EqualFold(ts[i+1].Text, "a") || strings.EqualFold(ts[i+1].Text, "an")) &&
				!openingPhraseEnds(ts, i) // "In 1957, a rocket carried ...": the subject, not an aside
		case appos && t.Tag == "VBD" && i > 0 && strings.HasPrefix(ts[i-1].Tag, "NN"):
			// "Kazimierz, a district founded as a town": not a main verb;
			// the one after it is ("In the 1820s, a Frenchman called
			// Niépce succeeded").
			appos = false
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			if !pending {
				return true
			}
			pending, inRelative = false, true
		}
	}
	return false
}

// innerClause are the words that open a clause inside a relative one;
// not "as", "after" or "since", which are prepositions as often ("banks
// that kept part of their deposits as reserves existed"), nor "when" or
// "if": the tagger misses many a main verb ("Economists sometimes
// group/NN ... the level that remains when the economy is at full
// capacity"), and those two come often in a relative clause of a sentence.
var innerClause = set("until", "because", "although", "though", "while", "unless")

// verbOnlyInAside reports a list's item whose verbs all stand in an aside:
// ", which can shift flowering times out of step with the times bees are
// active", a participle after a name (", constructed between 2008 and
// 2013") up to its comma, or brackets ("(perceived as violet-blue)").
// mainVerb takes the relative word's own verb for the aside's and a later
// one for the sentence's; here an aside runs to its comma. The tagger takes
// a verb for a noun now and then ("Bernarda, aged sixty, returns with the
// women"), so a word outside the asides that is a known verb's -s or past
// still makes a sentence.
func verbOnlyInAside(ts []tok) bool {
	aside, depth, skipped := false, 0, false
	var outside []string
	for i, t := range ts {
		switch {
		case t.Text == "(":
			depth++
			continue
		case t.Text == ")":
			depth = max(0, depth-1)
			continue
		case depth > 0:
			skipped = skipped || strings.HasPrefix(t.Tag, "VB")
			continue
		case t.Text == ",":
			aside = false
		case aside:
			skipped = skipped || strings.HasPrefix(t.Tag, "VB")
			continue
		case (t.Tag == "WDT" || t.Tag == "WP") && i > 1 && ts[i-1].Text == ",",
			t.Tag == "VBD" && i > 1 && ts[i-1].Text == "," && nounPhrase(ts[:i-1]) && i+1 < len(ts) && (ts[i+1].Tag == "IN" || ts[i+1].Tag == "RB"):
			aside = true
			continue
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			return false
		}
		outside = append(outside, t.Text)
	}
	if !skipped {
		return false
	}
	prev := ""
	for _, w := range outside {
		if finiteWord(prev, w) {
			return false // "Messages from New Horizons travel at the speed of light"
		}
		prev = w
	}
	return true
}

// nounPhrase reports tokens that are only a noun phrase: "Maasvlakte 2",
// "The old harbour", never "In 1957" or "Later".
func nounPhrase(ts []tok) bool {
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		if !strings.HasPrefix(t.Tag, "NN") && t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "CD" && t.Tag != "POS" {
			return false
		}
	}
	return strings.HasPrefix(ts[len(ts)-1].Tag, "NN") || ts[len(ts)-1].Tag == "CD"
}

// openingPhraseEnds reports the comma at i that closes a sentence's
// opening phrase ("In 1957,", "Around 1963,", "Suddenly,"): what follows
// it is the subject.
func openingPhraseEnds(ts []tok, i int) bool {
	if len(ts) == 0 || ts[0].Tag != "IN" && ts[0].Tag != "RB" {
		return false
	}
	for _, t := range ts[:i] {
		if t.Text == "," || strings.HasPrefix(t.Tag, "VB") {
			return false
		}
	}
	return true
}

// irregularBase holds the base forms of the irregular verbs ("wear", "keep").
var irregularBase = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range irregular {
		m[b] = true
	}
	return m
}()

// auxOpeners open questions and clipped notes, never a statement.
var auxOpeners = set("do", "does", "did", "is", "are", "was", "were", "can", "could", "will", "would", "should", "has", "have", "may", "must")

// subjectless reports a sentence that opens, past any adverbs, with its
// finite verb: a note under a heading ("Met about forty times a year",
// "Often contain fossils") has no subject of its own.
func subjectless(ts []tok) bool {
	for i, t := range ts {
		switch {
		case t.Tag == "RB":
			continue
		case i == 0 && t.Tag == "VBZ" && thirdPerson(t.Text) && len(ts) > 1 && ts[1].Tag == "DT":
			return true // "Separates an insoluble solid from a liquid": a note whose subject is its heading
		case i == 0 && t.Tag == "VBD" && !strings.HasSuffix(t.Text, "s"):
			return !clauseAfterComma(ts) // "Met ...", not "Deserts ..." taken for a verb, nor "Built in 1889, the tower is ..."
		case i == 0 && t.Tag == "NNP" && irregular[strings.ToLower(t.Text)] != "" && len(ts) > 1 &&
			(ts[1].Tag == "IN" || ts[1].Tag == "RB" || ts[1].Tag == "DT"):
			return !clauseAfterComma(ts) // "Met about forty times": the tagger took the verb for a name
		case i == 0 && (t.Tag == "JJS" || t.Tag == "JJ" || t.Tag == "JJR") && len(ts) > 1 &&
			(ts[1].Text == "when" || ts[1].Text == "if" || ts[1].Text == "for"):
			return true // "Best when one variable is already on its own": a note on its heading
		case i == 0 && t.Tag == "NNS" && thirdPerson(t.Text) && len(ts) > 1 && (ts[1].Tag == "RB" || ts[1].Tag == "IN") && !realVerbAfter(ts[1:]):
			return true // "Continues north-east as the North Atlantic Drift": the tagger took the verb for a plural
		case i > 0 && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP"):
			return true // "Often contain ..."
		case i > 0 && t.Tag == "NN" && ts[i-1].Tag == "RB" && (baseVerbs[t.Text] || irregularBase[t.Text]):
			return true // "Often form coloured compounds": the tagger took the verb for a noun
		}
		return false
	}
	return false
}

// passiveFragment reports a short list item made of a noun and a past
// participle with its agent and no auxiliary: "A Reichstag elected every
// four years by all adults aged 20 and over." The tagger takes the
// participle for a past verb, so the item looks like a sentence.
func passiveFragment(ts []tok) bool {
	if len(ts) < 4 || len(ts) > 24 || (ts[0].Text != "A" && ts[0].Text != "An") {
		return false
	}
	v := 1
	for v < len(ts) && (strings.HasPrefix(ts[v].Tag, "NN") || ts[v].Tag == "JJ") {
		v++
	}
	if v == 1 || v >= len(ts) || ts[v].Tag != "VBD" && ts[v].Tag != "VBN" {
		return false
	}
	by := false
	for _, t := range ts[v+1:] {
		switch strings.ToLower(t.Text) {
		case "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should":
			return false
		case "by":
			by = true
		}
		if t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Tag == "VBD" && !strings.EqualFold(t.Text, "aged") {
			return false // "A fire started by a lamp destroyed the mill": the second verb is the sentence's
		}
	}
	return by
}

// thirdPerson reports a word that is a known verb with the -s of the third
// person: "continues", "begins", "flows", "marries".
func thirdPerson(w string) bool {
	w = strings.ToLower(w)
	if b, ok := baseOf(w); ok && (baseVerbs[b] || irregularBase[b]) {
		return true
	}
	for _, suf := range []string{"es", "s"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) > 2 && (baseVerbs[b] || irregularBase[b] || baseVerbs[b+"e"]) {
			return true
		}
	}
	return false
}

// realVerbAfter reports a finite verb among ts, leaving out prepositions
// the tagger sometimes takes for one ("towards").
func realVerbAfter(ts []tok) bool {
	for _, t := range ts {
		if (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD") && !prepositionLike[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}

// prepositionLike are prepositions a tagger may call verbs.
var prepositionLike = set("towards", "toward", "across", "via", "past", "despite", "versus", "per")

// clauseAfterComma reports a finite verb after the sentence's first comma:
// "Built in 1889, the tower is ..." opens with a participle, not a verb
// whose subject is missing.
func clauseAfterComma(ts []tok) bool {
	comma := false
	for _, t := range ts {
		switch {
		case t.Text == ",":
			comma = true
		case comma && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD"):
			return true
		}
	}
	return false
}

// verblessAfterLabel reports a note's line, a short label and a colon with
// no verb but its first word: "Classes 3 and 4: many trees, plants and body parts"
// names what a class holds and states nothing, whatever the tagger made of
// "Classes".
func verblessAfterLabel(ts []tok) bool {
	for c := 1; c < len(ts) && c <= 6; c++ {
		if ts[c].Text != ":" {
			continue
		}
		// "Silkworms eat only one thing: the leaves of the mulberry tree"
		// says it before the colon; a label's first word does not count.
		for _, t := range ts[1:] {
			switch t.Tag {
			case "VBD", "VBZ", "VBP", "MD":
				if isWord(t.Text) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// participleItem reports a list item written as a noun and what was done
// to it: "The Mishneh Torah, completed around 1180 and written in clear
// Hebrew", "Capital of about 6.4 million guilders, raised from investors
// across the Republic". The tagger takes the participles for past verbs,
// but nothing is said of the noun: one comma, no verb before it, and every
// verb after it opening the comma's phrase or joined to it by "and".
func participleItem(ts []tok) bool {
	comma := -1
	for i, t := range ts {
		if t.Text == "," {
			if comma >= 0 {
				return false
			}
			comma = i
		}
	}
	if comma < 1 || comma > 6 || comma+1 >= len(ts) || ts[comma+1].Tag != "VBD" && ts[comma+1].Tag != "VBN" {
		return false
	}
	// The item is a short noun phrase: "The Guide for the Perplexed", not
	// "About a hundred years ago" or "To show 42".
	if !strings.HasPrefix(ts[comma-1].Tag, "NN") || ts[0].Tag != "DT" && !strings.HasPrefix(ts[0].Tag, "NN") {
		return false
	}
	for i, t := range ts {
		switch t.Tag {
		case "VBZ", "VBP", "MD":
			return false
		case "VBD":
			if i < comma || i != comma+1 && !strings.EqualFold(ts[i-1].Text, "and") {
				return false
			}
		}
	}
	return true
}
