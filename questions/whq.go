package questions

import (
	"regexp"
	"slices"
	"strings"
)

// Wh-questions are made only by transformations that stay grammatical:
//
//   - the answer is the subject: "X committed suicide." -> "Who committed suicide?"
//   - the answer is a time or place phrase and the clause is a plain
//     subject-verb clause whose verb we can put in the base form:
//     "In 1657 Sarhuda built ships." -> "In what year did Sarhuda build ships?"
//
// Anything else gets no wh-question; the statement with a gap is used instead.

// whQuestion returns a wh-question whose answer is span sp of q, or "".
func whQuestion(q []tok, sp span) string {
	switch sp.Type {
	case tPerson, tGroup:
		return subjectQuestion(q, sp)
	case tNumber:
		// "how many" left where the number stood reads as an echo ("each
		// character takes how many bits?"); a number is asked with a gap.
		return ""
	case tYear, tDate, tMonth:
		return timeQuestion(q, sp)
	case tPlace:
		return whereQuestion(q, sp)
	}
	return ""
}

func subjectQuestion(q []tok, sp span) string {
	if sp.I != 0 || sp.J >= len(q) {
		return ""
	}
	k := sp.J
	if q[k].Tag == "RB" && k+1 < len(q) {
		k++
	}
	switch q[k].Tag {
	case "VBD", "VBZ", "MD":
	case "VBP":
		if q[k].Text != "were" && q[k].Text != "are" && q[k].Text != "have" {
			return ""
		}
	default:
		return ""
	}
	rest := append([]tok(nil), q[sp.J:]...)
	if len(rest) > 0 && (rest[0].Text == "were" || rest[0].Text == "are") {
		return "" // "Who were ..." of a group reads oddly; the gap is better
	}
	if secondClause(rest) || subjectPronoun(rest) {
		return "" // "Who died ..., and X became ...?" asks two things at once
	}
	return "Who " + asQuestion(rest)
}

func timeQuestion(q []tok, sp span) string {
	if sp.I == 0 {
		return ""
	}
	prep := strings.ToLower(q[sp.I-1].Text)
	if prep != "in" && prep != "on" {
		return ""
	}
	wh := map[etype]string{tYear: "In what year", tDate: "On what date", tMonth: "In what month and year"}[sp.Type]
	if sp.Type == tYear && prep != "in" || sp.Type == tDate && prep != "on" || sp.Type == tMonth && prep != "in" {
		return ""
	}
	if sp.I >= 2 && (strings.EqualFold(q[sp.I-2].Text, "date") || strings.EqualFold(q[sp.I-2].Text, "dates")) {
		return "" // "recorded days from a starting date in 3114 BC": the year is the date's, not the recording's
	}
	if sp.I >= 3 && sp.J < len(q) && (q[sp.I-2].Tag == "VBD" || q[sp.I-2].Tag == "VBN") && strings.HasPrefix(q[sp.I-3].Tag, "NN") &&
		(q[sp.J].Tag == "VBD" || q[sp.J].Tag == "VBZ" || q[sp.J].Tag == "VBP" || q[sp.J].Tag == "MD") {
		// "A major assessment published in 2016 found that …": the year
		// is the participle's, and the sentence's verb comes after it; no
		// "In what year did a major assessment publish found that …?".
		return ""
	}
	if eventsYear(q, sp.I-1) {
		// "The lighthouse remained in use after the Arab conquest of Egypt
		// in 641": the year is the conquest's, and "In what year did the
		// lighthouse remain in use after …?" asks something else. The gap
		// keeps it where the text puts it.
		return ""
	}
	if laterYear(q, sp.J) {
		// "Silla absorbed Geumgwan Gaya in 532 and Daegaya in 562" is no
		// "In what year did Silla absorb Geumgwan Gaya and Daegaya in
		// 562?": the year after joins what is asked. The gap keeps both.
		return ""
	}
	if sp.J+2 < len(q) && q[sp.J].Text == "," && (strings.EqualFold(q[sp.J+1].Text, "the") || strings.EqualFold(q[sp.J+1].Text, "a")) && timeWords[strings.ToLower(q[sp.J+2].Text)] &&
		(sp.I == 1 || slices.ContainsFunc(q[sp.J+3:], func(t tok) bool { return t.Text == "," })) {
		// "In 1928, the year he was appointed professor, Fleming was
		// studying ...": the year's own description would be read as the
		// clause asked about ("In what year was the year Fleming
		// appointed ..."), and after the verb it is left hanging ("On
		// what date was Coleman born, the date most sources give, in
		// Atlanta?"); at the end it reads well ("In what year was the
		// bridge finished, a date given in its inscription?"). The gap
		// keeps both.
		return ""
	}
	return frontedQuestion(q, sp.I-1, sp.J, wh)
}

// eventsYear reports a year's "in" (at k) that ends a phrase opened by
// "after", "before", "during" or the like with no verb between: the year
// dates that phrase's noun, not the sentence's verb.
func eventsYear(q []tok, k int) bool {
	if k < 2 || !strings.HasPrefix(q[k-1].Tag, "NN") {
		return false
	}
	for m := k - 1; m >= 0; m-- {
		switch {
		case strings.HasPrefix(q[m].Tag, "VB") || q[m].Tag == "MD" || q[m].Text == ",":
			return false
		case temporalPreps[strings.ToLower(q[m].Text)]:
			return m > 0 // an opening "After the war in 1657, …" dates the sentence
		}
	}
	return false
}

// temporalPreps open a phrase that places the sentence's event in time by
// another event.
var temporalPreps = set("after", "before", "during", "following", "since", "until", "till")

// laterYear reports a year after position j: one in figures from 1000,
// or of three figures after "in" ("Daegaya in 562").
func laterYear(q []tok, j int) bool {
	for k := j; k < len(q); k++ {
		if reYear.MatchString(q[k].Text) || k > 0 && reInYear.MatchString(q[k].Text) && strings.EqualFold(q[k-1].Text, "in") {
			return true
		}
	}
	return false
}

// reInYear is a year of three or four figures.
var reInYear = regexp.MustCompile(`^[0-9]{3,4}$`)

// timeWords name a point or stretch of time that a phrase in apposition
// to a date describes: "1928, the year he was appointed".
var timeWords = set("year", "month", "day", "week", "season", "spring", "summer", "autumn", "winter", "date", "time", "moment")

func whereQuestion(q []tok, sp span) string {
	if sp.I == 0 {
		return ""
	}
	prep := strings.ToLower(q[sp.I-1].Text)
	i := sp.I - 1
	if prep == "the" && sp.I > 1 {
		i--
		prep = strings.ToLower(q[i].Text)
	}
	if prep != "in" && prep != "at" {
		return ""
	}
	// Only a place phrase that ends the clause: "... died in Tobolsk."
	if sp.J != len(q)-1 {
		return ""
	}
	return frontedQuestion(q, i, sp.J, "Where")
}

// timeSpans are the nouns of a stretch of time, which as a subject only
// "sees" what happened in it.
var timeSpans = set("century", "centuries", "decade", "decades", "era", "period", "years", "age")

// frontedQuestion removes tokens [i, j) (a time or place phrase) and turns
// the remaining plain clause into a question opened by wh.
func frontedQuestion(q []tok, i, j int, wh string) string {
	rest := append([]tok(nil), q[:i]...)
	tail := q[j:]
	if i == 0 && len(tail) > 0 && tail[0].Text == "," {
		tail = tail[1:]
	}
	if len(rest) > 0 && rest[len(rest)-1].Text == "," && (len(tail) == 0 || tail[0].Text == "." || tail[0].Text == ",") {
		rest = rest[:len(rest)-1]
	}
	// A phrase after a participle inside the subject, before any verb,
	// dates the participle: "The squid caught in 2007 was taken to Te
	// Papa" made "In what year was the squid caught taken to Te Papa?"
	// (read blind, broken English, and 2007 was the catch's year). "A
	// national survey in 2014 counted ..." dates its verb and stays.
	if i > 0 && pastForm(q[i-1]) && !finiteBefore(q, i-1) {
		for _, t := range q[j:] {
			if t.Text == "," || t.Text == ";" || t.Tag == "CC" {
				break // "Bentley died in 1780, a heavy loss": "died" is the verb
			}
			if finite(t) {
				return ""
			}
		}
	}
	// The phrase must belong to the main clause: nothing that opens a
	// clause of its own may stand between the verb and it.
	for k, t := range q[:i] {
		if t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "WRB" || t.Text == "that" || t.Text == "," && i > 0 && q[0].Tag != "IN" || t.Tag == "CC" {
			return ""
		}
		if k > 0 && k+4 >= i && i > 0 && strings.HasPrefix(q[i-1].Tag, "NN") && nounDaters[strings.ToLower(t.Text)] {
			return "" // "held power until her death in 1412": the year is the death's
		}
		if w := strings.ToLower(t.Text); k > 0 && (subordinators[w] || w == "until" || w == "till") {
			for _, u := range q[k+1 : i] {
				if u.Tag == "VBD" || u.Tag == "VBZ" || u.Tag == "VBP" {
					// "was enlarged before work began in 1957", "remained the only
					// bridge until Westminster Bridge opened in 1750": the year is
					// the clause's, not the verb's
					return ""
				}
			}
		}
	}
	rest = append(rest, tail...)
	if len(rest) > 0 && rest[len(rest)-1].Text != "." {
		return ""
	}
	if secondClause(rest) {
		return ""
	}
	for _, t := range tail {
		if t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "WRB" {
			return "" // a relative clause after the phrase may have been what it dated
		}
	}
	// Find the subject and its verb.
	v := -1
	for k, t := range rest {
		if (t.Text == "called" || t.Text == "named") && k > 0 && k+1 < len(rest) &&
			(rest[k+1].Tag == "NNP" || strings.HasPrefix(rest[k-1].Tag, "NN") && (rest[k+1].Tag == "DT" || strings.HasPrefix(rest[k+1].Tag, "NN"))) {
			continue // "a French scientist called Augustin Fresnel invented ...", "a hovercraft called the SR.N1 crossed ...": part of the subject
		}
		if (t.Tag == "VBD" || t.Tag == "VBN") && k > 0 && rest[k-1].Tag == "DT" && k+1 < len(rest) && strings.HasPrefix(rest[k+1].Tag, "NN") {
			continue // "The completed waterway was ...": a participle before its noun, not the verb
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			v = k
			break
		}
		switch t.Tag {
		case "DT", "NNP", "NNPS", "NN", "NNS", "JJ", "POS", "CD":
		default:
			return ""
		}
	}
	if v < 1 || v > 6 {
		return ""
	}
	if t := rest[v-1]; t.Tag == "NN" && v >= 2 && (rest[v-2].Tag == "NNPS" || rest[v-2].Tag == "NNS") {
		return "" // "the Allies split defeated Germany": the noun is a verb
	}
	for _, t := range rest[:v] {
		if reDecade.MatchString(t.Text) || timeSpans[strings.ToLower(t.Text)] {
			return "" // "The late 1920s saw a race in New York": "Where did the late 1920s see …"
		}
	}
	for _, t := range rest {
		if reYear.MatchString(t.Text) {
			return "" // "... and gold on the Witwatersrand in 1886": which year is asked?
		}
	}
	for _, t := range rest {
		if low := strings.ToLower(t.Text); low == "not" || low == "n't" || low == "never" {
			return "" // "Czechoslovakia did not split in 1989": "in what year did it not split" has many answers
		}
	}
	subj := append([]tok(nil), rest[:v]...)
	if i > 0 && (!properWord(subj[0]) || subj[0].Text == "A" || subj[0].Text == "An") { // "A Home Rule Act": the tagger ran the article into the name
		// Only the sentence's own first word lost a capital that is not a
		// name's; after a fronted "In 1471" the capital of "Đại Việt" is
		// its own, however the tagger took it.
		subj[0].Text = lowerFirst(subj[0].Text)
	}
	subj[0].Sp = true
	verb := rest[v]
	after := rest[v+1:]
	// A second verb joined by "and" would need its own base form, and so
	// would the verb of a second clause after ", and" or ", but" ("did a
	// new government come to power, and the minister, Davis Hughes,
	// began ...").
	for k := 0; k+1 < len(after); k++ {
		if after[k].Text == "and" && (after[k+1].Tag == "VBD" || after[k+1].Tag == "MD") {
			return ""
		}
		if (after[k].Text == "and" || after[k].Text == "but") && (k > 0 && after[k-1].Text == "," || after[k+1].Text == ",") {
			// also "left Zurich and, with Reuleaux's help, began ...": the
			// second verb comes after an aside
			for _, t := range after[k+1:] {
				if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" {
					return ""
				}
			}
		}
	}
	switch {
	case verb.Text == "was" || verb.Text == "were":
		if len(after) == 0 || after[0].Text == "." {
			return ""
		}
		if low := strings.ToLower(after[0].Text); low == "the" || low == "a" || low == "an" {
			return "" // "The Hindenburg disaster was the destruction of ... on 6 May 1937": "On what date was the disaster the destruction ...?"
		}
		out := []tok{{Text: wh}, {Text: verb.Text, Sp: true}}
		out = append(out, subj...)
		return asQuestion(append(out, after...))
	case verb.Tag == "VBD":
		for k := 0; k+1 < len(after); k++ {
			if be := strings.ToLower(after[k].Text); (be == "was" || be == "were") && after[k+1].Tag == "VBN" {
				return "" // "a national army based on conscription was introduced": "based" is not the verb
			}
		}
		for k := 0; k+1 < len(after); k++ {
			if after[k].Text == "and" && after[k+1].Tag == "VBN" {
				return "" // "did work begin and proceeded in two phases": the tagger's VBN is a second past verb
			}
		}
		if reducedRelative(after) {
			return "" // "an expedition sent from Brazil under Salvador Correia de Sá recaptured Luanda": "sent" is not the verb
		}
		base := baseForm(verb.Text)
		if verb.Text == "had" && len(after) > 0 && after[0].Tag == "VBN" {
			// "Semenza had died in 1961": "did Semenza die", not "did
			// Semenza have died".
			base, after = baseForm(after[0].Text), after[1:]
		} else if verb.Text == "had" {
			for _, t := range after[:min(len(after), 4)] {
				if t.Tag == "VBN" || t.Tag == "VBD" {
					return "" // "had in fact lost": no "did ... have in fact lost"
				}
			}
		}
		if base == "" {
			return ""
		}
		if len(after) > 1 && after[0].Text == "," && (after[1].Text == "a" || after[1].Text == "an") {
			// "Bentley died in 1780, a heavy personal loss": what follows the
			// bare verb is said of the event, and hangs off the question.
			after = nil
		}
		after, ok := coordinatedBase(after)
		if !ok {
			return ""
		}
		out := []tok{{Text: wh}, {Text: "did", Sp: true}}
		out = append(out, subj...)
		out = append(out, tok{Text: base, Sp: true})
		return asQuestion(append(out, after...))
	}
	return ""
}

// reducedRelative reports the words after a past verb when that verb
// opens a phrase of the subject's ("sent from Brazil under Salvador Correia
// de Sá") and the sentence's own verb comes later with nothing between to
// join it: a preposition right after the verb, then another past verb
// before any "and", comma or clause of its own. The tagger reads both as
// past verbs; asked "did an expedition send from Brazil ... recaptured
// Luanda?", the question was broken English.
func reducedRelative(after []tok) bool {
	if len(after) < 2 || after[0].Tag != "IN" || after[0].Text == "that" || after[0].Text == "until" || after[0].Text == "whether" || subordinators[strings.ToLower(after[0].Text)] {
		return false // "proposed that electrons moved", "returned after the war ended": the verb's own clause
	}
	for _, t := range after[1:] {
		switch {
		case t.Tag == "VBD":
			return true
		case t.Tag == "CC" || t.Text == "," || t.Text == ";" || t.Text == ":" || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "WRB" || t.Text == "that" || subordinators[strings.ToLower(t.Text)]:
			return false
		}
	}
	return false
}

// coordinatedBase puts a second past verb joined to the first by "and"
// in its base form too: "In what year did Breguet return to Paris and
// rebuild his business?", not "and rebuilt". ok is false when the verb's
// base form is unknown: the question would be broken English.
func coordinatedBase(after []tok) ([]tok, bool) {
	for k := 0; k+1 < len(after); k++ {
		if after[k].Text == "," || after[k].Text == ";" {
			break // another clause: its verb is its own
		}
		if !strings.EqualFold(after[k].Text, "and") || !strings.HasPrefix(after[k+1].Tag, "VB") || after[k+1].Tag == "VBG" || after[k+1].Tag == "VBZ" {
			continue
		}
		b := baseForm(after[k+1].Text) // the tagger calls some past forms a base ("rebuilt")
		if strings.EqualFold(b, after[k+1].Text) {
			continue
		}
		if b == "" {
			if after[k+1].Tag == "VBD" {
				return nil, false
			}
			continue
		}
		out := slices.Clone(after)
		out[k+1].Text, out[k+1].Tag = b, "VB"
		return out, true
	}
	return after, true
}

// nounDaters open a phrase whose noun a following year may date: "until
// her death in 1412", "after the fire of 1666".
var nounDaters = set("until", "till", "after", "before", "since", "following", "upon")

// properWord reports a sentence's first word that keeps its capital inside
// a sentence: a name, a people ("Spanish troops") or a proper adjective.
func properWord(t tok) bool {
	return t.Tag == "NNP" || t.Tag == "NNPS" || reDemonym.MatchString(t.Text) ||
		t.Tag == "JJ" && reProperAdjective.MatchString(t.Text)
}

// reProperAdjective matches adjectives of peoples and places that keep
// their capital: German, French, Polish, Arabic, Chinese.
var reProperAdjective = regexp.MustCompile(`^[A-Z][a-z]+(?:an|ish|ese|ic|man|ch|i)$`)

// asQuestion writes tokens as a question: the final stop becomes "?".
func asQuestion(ts []tok) string {
	for len(ts) > 0 && (ts[len(ts)-1].Text == "." || ts[len(ts)-1].Text == ",") {
		ts = ts[:len(ts)-1]
	}
	ts = withoutParentage(ts)
	if len(ts) == 0 {
		return ""
	}
	s := join(ts)
	if last := ts[len(ts)-1].Text; strings.HasSuffix(last, ".") && strings.Count(last, ".") == 1 {
		s = strings.TrimSuffix(s, ".") // "the Civil War." kept its stop as one token: not "War.?"; "D.C." keeps its own
	}
	return s + "?"
}

// withoutParentage drops a closing ", the son of German immigrants" from a
// question: "On what date was Hollerith born in Buffalo, the son of German
// immigrants?" asks about the birth, and the parentage hangs off it (read
// blind as broken grammar).
func withoutParentage(ts []tok) []tok {
	// The first such comma: the parentage may itself be described ("the
	// youngest son of William Parsons, the third Earl of Rosse").
	for k := 1; k+2 < len(ts); k++ {
		if ts[k].Text != "," {
			continue
		}
		if strings.EqualFold(ts[k+1].Text, "the") && parentageNouns[strings.ToLower(ts[k+2].Text)] {
			for _, t := range ts[k+2:] {
				if t.Text == "of" {
					return ts[:k]
				}
			}
		}
	}
	return ts
}

// parentageNouns open an apposition that says whose child someone is.
var parentageNouns = set("son", "daughter", "child", "eldest", "youngest", "second", "third", "fourth", "only")

// baseForm returns the base form of a past-tense verb, or "" when unsure:
// irregular verbs from a table, regular ones only when the base form is a
// verb we know.
// pastForm reports a past participle or past verb, whatever the tagger
// made of it ("caught" as a noun).
func pastForm(t tok) bool {
	if t.Tag == "VBN" || t.Tag == "VBD" {
		return true
	}
	b := baseForm(t.Text)
	return b != "" && !strings.EqualFold(b, t.Text)
}

func baseForm(past string) string {
	p := strings.ToLower(past)
	if b, ok := irregular[p]; ok {
		return b
	}
	if !strings.HasSuffix(p, "ed") {
		return ""
	}
	stem := p[:len(p)-2]
	cands := []string{stem, stem + "e"}
	if strings.HasSuffix(p, "ied") {
		cands = append([]string{p[:len(p)-3] + "y"}, cands...)
	}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
		cands = append(cands, stem[:n-1])
	}
	for _, c := range cands {
		if baseVerbs[c] {
			return c
		}
	}
	return ""
}

var irregular = map[string]string{
	"arose": "arise", "ate": "eat", "became": "become", "began": "begin", "bent": "bend", "bore": "bear",
	"bought": "buy", "brought": "bring", "built": "build", "burnt": "burn", "came": "come", "caught": "catch",
	"chose": "choose", "cut": "cut", "dealt": "deal", "did": "do", "drew": "draw", "drove": "drive", "fell": "fall",
	"felt": "feel", "fled": "flee", "flew": "fly", "fought": "fight", "found": "find", "forbade": "forbid",
	"forgave": "forgive", "froze": "freeze", "gave": "give", "got": "get", "grew": "grow", "had": "have",
	"heard": "hear", "held": "hold", "hid": "hide", "hit": "hit", "kept": "keep", "knew": "know", "laid": "lay",
	"led": "lead", "left": "leave", "lent": "lend", "let": "let", "lost": "lose", "made": "make", "meant": "mean",
	"met": "meet", "overcame": "overcome", "overthrew": "overthrow", "paid": "pay", "put": "put", "ran": "run",
	"rang": "ring", "rose": "rise", "rode": "ride", "said": "say", "sang": "sing", "sat": "sit", "saw": "see",
	"sent": "send", "set": "set", "shook": "shake", "shot": "shoot", "shut": "shut", "slew": "slay", "sold": "sell",
	"sought": "seek", "spent": "spend", "split": "split", "spoke": "speak", "spread": "spread", "sprang": "spring",
	"stood": "stand", "stole": "steal", "struck": "strike", "swam": "swim", "swore": "swear", "took": "take",
	"taught": "teach", "thought": "think", "threw": "throw", "told": "tell", "understood": "understand",
	"undertook": "undertake", "underwent": "undergo", "went": "go", "withdrew": "withdraw", "won": "win",
	"wore": "wear", "wrote": "write", "woke": "wake", "bid": "bid", "beat": "beat", "broke": "break",
	"forsook": "forsake", "foresaw": "foresee", "mistook": "mistake", "oversaw": "oversee", "rebuilt": "rebuild",
	"retook": "retake", "shone": "shine", "slid": "slide", "spun": "spin", "stuck": "stick", "swept": "sweep",
	"upheld": "uphold", "withheld": "withhold", "wound": "wind", "dug": "dig", "fed": "feed", "fit": "fit",
	"forgot": "forget", "hung": "hang", "lit": "light", "quit": "quit", "read": "read", "sank": "sink",
	"slept": "sleep", "sped": "speed", "stank": "stink", "strove": "strive", "sunk": "sink", "wept": "weep",
	"awoke": "awake", "befell": "befall", "bled": "bleed", "blew": "blow", "bred": "breed", "burst": "burst",
	"cast": "cast", "clung": "cling", "cost": "cost", "crept": "creep", "drank": "drink", "dwelt": "dwell",
	"flung": "fling", "hurt": "hurt", "knelt": "kneel", "misled": "mislead", "shed": "shed", "shrank": "shrink",
	"stung": "sting", "swung": "swing", "thrust": "thrust", "tore": "tear", "trod": "tread", "wove": "weave",
	"broadcast": "broadcast", "forecast": "forecast", "upset": "upset", "overtook": "overtake", "outgrew": "outgrow",
}

// baseVerbs are common regular verbs of encyclopedic prose, in base form.
var baseVerbs = set(strings.Fields(`
abandon abolish absorb accept accompany accuse achieve acknowledge acquire act adapt add address adopt advance advise
advocate affect agree aid aim allow ally alter amend analyse analyze announce annex annihilate appear apply appoint
approve argue arm arrest arrive ask assassinate assault assemble assert assign assist assume attach attack attain
attempt attend attract award ban banish base battle believe belong besiege betray block blind blockade bomb border
borrow break burn bury calculate call campaign capture care carry cause cease cede celebrate challenge change charge
check circulate claim classify clear climb close collapse collect colonize colonise combine command commemorate
commission commit compare compete compile complete compose conclude condemn conduct confirm conflict confront conquer
consider consist consolidate construct consult contain contest continue contribute control convert convince cooperate
correct count cover create cross crown crush cultivate dedicate declare decline decorate decrease dedicate defeat
defend define delay deliver demand demonstrate deny depart depend depict deploy deport derive describe design destroy
detect determine develop devote die differ direct disappear discover discuss dismiss dispatch display dispute dissolve
distribute divide document dominate donate double drown earn edit educate elect eliminate embrace emerge emigrate
employ enable encounter encourage end endorse engage enjoy enlarge enlist ensure enter equip erect escape establish
estimate evacuate evolve examine exchange execute exhibit exile exist expand expect expel experiment explain explode
exploit explore export expose express extend face fail favor favour fear feature file fill finance finish fire flood
flourish flow focus follow force form fortify found free fund gain garrison gather govern graduate grant guard guide
halt hand handle happen harass head help hire host hunt identify ignore implement import impose imprison improve
include incorporate increase indicate influence inform inhabit inherit initiate injure insist inspire install
instruct intend introduce invade invent invest investigate invite involve isolate issue join judge jump kill label
land last launch learn legislate liberate license limit link list live load locate look loot lower maintain manage
march mark marry massacre master measure merge migrate mine mobilize mobilise modify monitor mount move murder name
need negotiate nominate note notice number obey object observe obtain occupy occur offer open operate oppose order
organize organise originate outlaw own paint participate pass patrol perform perish permit persecute persuade pick
pillage place plan plant play pledge plunder point poison populate possess post pour practise practice praise preach
predict prefer prepare present preserve press prevent print proceed proclaim produce prohibit promise promote propose
prosper protect protest prove provide publish pull punish purchase pursue push raid raise rank reach react rebel
recall receive recognize recognise recommend reconquer record recover recruit reduce refer reform refuse regain
register regulate reign reinforce reject relate release relieve rely remain remove rename repair repeal replace
report represent repulse request require rescue resettle reside resign resist resolve respond rest restore restrict
result resume retain retire retreat return reveal revolt reward rob rule sail save scatter secure seize select
separate serve settle share shift ship show side sign smuggle solve specialize specialise start starve station stay stem
stop storm study submit succeed suffer suggest supply support suppress surrender surround survey survive suspect
sustain switch tax term test thank torture trace trade train transfer transform translate transport travel treat try
turn unite unify use usurp vanish vary visit vote wage wait walk want warn watch weaken withdraw work worship wreck yield
`)...)

// secondClause reports a clause joined on with its own subject: ", and
// the city became ...", "but Magwitch is ...". A wh-question made of such a
// sentence asks about the first clause and trails the second.
func secondClause(ts []tok) bool {
	for i, t := range ts {
		low := strings.ToLower(t.Text)
		if t.Text == ";" {
			return true
		}
		if low != "and" && low != "but" && low != "while" && low != "whereas" && low != "so" && low != "yet" {
			continue
		}
		for k := i + 1; k < len(ts) && k <= i+10; k++ {
			if ts[k].Text == "that" || ts[k].Tag == "WDT" || ts[k].Tag == "WP" {
				break // "a structure that critics considered ugly": a relative clause, not a second one
			}
			tag := ts[k].Tag
			if tag == "VBN" && strings.HasPrefix(ts[k-1].Tag, "NN") && k > i+1 && (k+1 == len(ts) || ts[k+1].Text != "by") {
				tag = "VBD" // "but the House of Lords delayed the measure": the tagger's participle is the verb
			}
			if k == i+1 && (tag == "NN" || tag == "JJ") && irregular[strings.ToLower(ts[k].Text)] != "" && (k+1 == len(ts) || ts[k+1].Text == "." || ts[k+1].Text == ",") {
				tag = "VBD" // "hit an iceberg and sank.": a past the tagger took for a noun
			}
			if tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" {
				// A verb right after the conjunction is the same subject's,
				// but still a second finite verb the question cannot carry:
				// "did the museum open and has become ...".
				return true
			}
			if ts[k].Text == "," || ts[k].Text == "." {
				break
			}
		}
	}
	return false
}

// subjectPronoun reports he, she, it or they in a question's words: in a
// "Who ...?" question it can only be the unknown person, which reads badly.
func subjectPronoun(ts []tok) bool {
	for _, t := range ts {
		switch strings.ToLower(t.Text) {
		case "he", "she", "they", "him", "her", "his", "them", "their":
			if t.Tag == "PRP" || t.Tag == "PRP$" {
				return true
			}
		}
	}
	return false
}
