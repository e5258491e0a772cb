package questions

import "strings"

// A sentence of two clauses joined by "; " or ", and" / ", but" with a
// subject of their own ("Each hand has 27 bones and each foot has 26
// bones") holds two facts. Asked whole, one clause gives the other's answer
// away and a wh-question trails the second; asked apart, each is a fact of
// its own. The explanation stays the whole sentence.

// splitClauses replaces each sentence made of independent clauses by one
// sentence per clause, each checked on its own for whether it can be asked.
func splitClauses(sents []sentence, v votes) []sentence {
	out := make([]sentence, 0, len(sents))
	for _, s := range sents {
		parts, joins := joinedClauses(s.Q)
		if len(parts) < 2 {
			out = append(out, s)
			continue
		}
		// An earlier clause's "then" dates the clauses after it too, and so
		// does a timeline line's date: "July 1947: Molotov walks out of
		// talks in Paris; sixteen states meet to draw up a joint plan".
		when, dated := false, datedLabel(s.Q) || timelineLine(&s)
		for k, q := range parts {
			c := s
			if k > 0 {
				q = clauseOwner(parts[0], q, v)
			}
			q, present := inPast(&s, q)
			c.Q = q
			c.Setup = joins[k] == "and" || joins[k] == "but"
			lean := leansOnContext(q, s.Art)
			c.Usable = !present && !when && !commaSplice(q) && wellFormed(q) && !anaphoric(q) && !strayPronoun(q, v) && lean == "" && saysNothing(q) == "" && !misspelt(q, s.Art.Ent) && !s.Supposed
			// "Poland was then divided, and Warsaw lay under Russian rule":
			// the second clause is as much "then" as the first.
			when = when || k == 0 && dated || lean == "discourse word then" || lean == "discourse word now" || lean == "discourse word meanwhile"
			out = append(out, c)
		}
	}
	return out
}

// datedLabel reports a sentence that opens with a date as its label: a
// year among the words before a colon, and no verb.
func datedLabel(q []tok) bool {
	year := false
	for _, t := range q {
		switch {
		case t.Text == ":":
			return year
		case strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD":
			return false
		case yearTok(t):
			year = true
		}
	}
	return false
}

// clauses cuts a sentence at each join of two independent clauses and
// writes every part as a sentence of its own; one part means no cut.
func clauses(q []tok) [][]tok {
	parts, _ := joinedClauses(q)
	return parts
}

// joinedClauses is clauses with the word that joins each part to the next
// ("and", "but" or ";"; "" after the last).
func joinedClauses(q []tok) ([][]tok, []string) {
	var cuts []int // index of the joining token (";" or the conjunction)
	for i := 1; i+1 < len(q); i++ {
		t := q[i]
		low := strings.ToLower(t.Text)
		join := t.Text == ";" || (low == "and" || low == "but") && q[i-1].Text == ","
		if !join && (low == "and" || low == "but") && q[i+1].Tag == "DT" && newSubject(q, i+1) && !fractionAfter(q, i) && !openRelative(q[:i]) && !openBetween(q[:i]) {
			join = true // "... 27 bones and each foot has ...", but not "Austria-Hungary and Russia competed"
		}
		last := 0
		if len(cuts) > 0 {
			last = cuts[len(cuts)-1]
		}
		for k := last; k < i; k++ {
			if q[k].Text == "," && k+1 < i {
				last = k
			}
		}
		if join && newSubject(q, i+1) && finiteBefore(q[last:], i-last) && !inCondition(q, i) && !openSubordinate(q[last:i]) {
			cuts = append(cuts, i)
		}
	}
	if len(cuts) == 0 {
		return [][]tok{q}, []string{""}
	}
	var parts [][]tok
	var joins []string
	start := 0
	for _, c := range append(cuts, len(q)) {
		if c < len(q) {
			joins = append(joins, strings.ToLower(q[c].Text))
		} else {
			joins = append(joins, "")
		}
		end := c
		part := append([]tok(nil), q[start:end]...)
		for len(part) > 0 && (part[len(part)-1].Text == "," || part[len(part)-1].Text == "." || part[len(part)-1].Text == ";") {
			part = part[:len(part)-1]
		}
		if len(part) == 0 {
			return [][]tok{q}, []string{""}
		}
		part[0].Sp = false
		part[0].Text = upperFirst(part[0].Text)
		part = append(part, tok{Text: ".", Tag: "."})
		parts = append(parts, part)
		start = c + 1
	}
	return parts, joins
}

// fractionAfter reports "and a half" after a number: "one and a half
// metres" is one amount, not two clauses.
func fractionAfter(q []tok, i int) bool {
	if i+2 >= len(q) || q[i-1].Tag != "CD" && !countWords[strings.ToLower(q[i-1].Text)] && !strings.EqualFold(q[i-1].Text, "one") {
		return false
	}
	switch strings.ToLower(q[i+2].Text) {
	case "half", "quarter", "third", "quarters", "thirds":
		return true
	}
	return false
}

// newSubject reports a clause opening at i with its own subject and verb:
// a determiner, a name or a noun, then a finite verb within a few words.
func newSubject(q []tok, i int) bool {
	if i >= len(q) {
		return false
	}
	switch q[i].Tag {
	case "DT", "NNP", "NNPS", "NN", "NNS", "PRP$", "CD", "JJ":
	default:
		return false
	}
	if nounAdverbs[strings.ToLower(q[i].Text)] && (i+1 == len(q) || q[i+1].Tag != "POS") {
		// "..., and today operates as the Panama Canal Railway": "today"
		// says when, and the verb's subject is the first part's (split
		// off, "Today operates as ..." had none). "Today's trains" is one.
		return false
	}
	single := strings.EqualFold(q[i].Text, "a") || strings.EqualFold(q[i].Text, "an")
	for k := i + 1; k < len(q) && k <= i+5; k++ {
		switch q[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if v := strings.ToLower(q[k].Text); single && (v == "were" || v == "are" || v == "have") {
				return false // "carvings of axe heads and a dagger were identified": "a dagger" is no subject of "were"
			}
			return true
		case ",", ".", "CC", "IN", "WDT", "WP":
			return false
		}
		if q[k].Text == "," {
			return false
		}
	}
	return false
}

// nounAdverbs are nouns the tagger may take for a subject that say when.
var nounAdverbs = set("today", "now", "nowadays", "yesterday", "tonight", "tomorrow")

// finiteBefore reports a finite verb before i: the first part must be a
// clause too, not a subject list ("Pip and Herbert decide ...").
func finiteBefore(q []tok, i int) bool {
	for _, t := range q[:i] {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// subordinators open a clause that the sentence's main clause completes.
var subordinators = set("if", "when", "whenever", "although", "though", "because", "while", "unless", "once", "as", "since", "after", "before")

// inCondition reports a joint inside an opening subordinate clause: in "If
// the table has 100 slots and a name hashes to 8,361, the entry goes in slot
// 61" both halves before the comma are the condition, and neither is a
// statement on its own.
func inCondition(q []tok, i int) bool {
	if len(q) == 0 || !subordinators[strings.ToLower(q[0].Text)] {
		return false
	}
	for _, t := range q[:i] {
		if t.Text == "," {
			return false
		}
	}
	return true
}

// commaSplice reports a clause cut from a list of clauses that still holds
// two of them joined by a bare comma: "Males are called bulls, females are
// called cows" from "..., and babies are called calves". Read blind, such a
// statement is broken English. A clause after the comma counts when its
// verb comes right after a short subject or repeats the verb before the
// comma; a sentence that opens with "When", "If" or a preposition has its
// subordinate part before the comma ("When the war broke out in 1789,
// Sophie was thirteen").
func commaSplice(q []tok) bool {
	if len(q) == 0 || q[0].Tag == "IN" || q[0].Tag == "WRB" || subordinators[strings.ToLower(q[0].Text)] {
		return false
	}
	for i := 1; i+2 < len(q); i++ {
		if q[i].Text != "," || q[i-1].Text == `"` || q[i-1].Text == "”" {
			continue // a list of quoted sayings: "Everyone belongs to everyone else", "Ending is better ..."
		}
		before := mainVerbsBefore(q[:i])
		if len(before) == 0 {
			continue
		}
		switch q[i+1].Tag {
		case "DT", "NN", "NNS", "NNP", "NNPS", "PRP", "JJ", "CD":
		default:
			continue
		}
		for k := i + 2; k < len(q) && k <= i+7; k++ {
			if q[k].Text == "," || q[k].Tag == "WDT" || q[k].Tag == "WP" || q[k].Tag == "WP$" || q[k].Tag == "CC" || q[k].Tag == "VBG" || q[k].Tag == "VBN" {
				break
			}
			if q[k].Tag == "VBD" || q[k].Tag == "VBZ" || q[k].Tag == "VBP" || q[k].Tag == "MD" {
				if k <= i+3 || before[strings.ToLower(q[k].Text)] {
					return true
				}
				break
			}
		}
	}
	return false
}

// mainVerbsBefore returns the finite verbs of part, lower-cased, or none
// when a relative pronoun comes first: a verb after "which" is not the
// main clause's.
func mainVerbsBefore(part []tok) map[string]bool {
	verbs := map[string]bool{}
	for _, t := range part {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			verbs[strings.ToLower(t.Text)] = true
		case "WDT", "WP", "WP$":
			return nil
		}
	}
	return verbs
}

// openSubordinate reports a part that ends inside a subordinate clause
// still waiting for its verb: in "leftovers from the time when the Sun and
// the planets were forming" the "and" joins two subjects of "when", and
// cutting there leaves "... the time when the Sun."
func openSubordinate(part []tok) bool {
	open := false
	for _, t := range part {
		switch low := strings.ToLower(t.Text); {
		case t.Tag == "WRB" || (t.Tag == "WDT" || t.Tag == "WP") && low != "that" || clauseOpeners[low]:
			open = true
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			open = false
		}
	}
	return open
}

// openRelative reports words that end inside a relative "that" still
// waiting for its verb: in "the southern limit that vessels from Arabia
// and the Persian Gulf could reach" the "and" joins two subjects of
// "could reach", and cutting there leaves "... limit that vessels from
// Arabia."
func openRelative(part []tok) bool {
	open := false
	for k, t := range part {
		switch {
		case strings.EqualFold(t.Text, "that") && t.Tag != "DT" && k > 0 && (part[k-1].Tag == "NN" || part[k-1].Tag == "NNS"):
			open = true
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Tag == "VBN":
			open = false
		}
	}
	return open
}

// openBetween reports words that end inside "between" before its "and":
// "the contrast between peaceful country life and the crimes hidden
// beneath it" is one clause.
func openBetween(part []tok) bool {
	open := false
	for _, t := range part {
		switch strings.ToLower(t.Text) {
		case "between":
			open = true
		case "and":
			open = false
		}
	}
	return open
}

// clauseOpeners open only clauses; "as", "after" and "since" open phrases
// too ("worked as an assistant").
var clauseOpeners = set("if", "although", "though", "because", "unless", "whereas", "while", "whenever")

// clauseOwner names a later clause's opening "its" after the thing the
// first clause opens with: "Etna is a stratovolcano, but its lava is
// mainly basaltic" asks "Etna's lava is mainly basaltic" apart, where
// "Its lava" would lean on the clause it was cut from. Only a thing's
// "its": whose "his" or "their" is, the clause may not say.
func clauseOwner(first, q []tok, v votes) []tok {
	if len(q) < 3 || !strings.EqualFold(q[0].Text, "its") || q[0].Tag != "PRP$" {
		return q
	}
	r := subjectOf(first, v)
	if !r.ok() || r.Type == tPerson || r.Type == tGroup || strings.HasSuffix(r.Name, "s") {
		return q
	}
	return append(nameToks(r, q[0], true, true), q[1:]...)
}
