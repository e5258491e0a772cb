package questions

import "strings"

// A date or figure set off by commas inside a sentence about something
// else describes a side thing: "The Maxim gun, a machine gun invented in
// 1884, gave small forces crushing firepower"; "The Gutenberg Museum,
// founded in 1900, holds two copies"; "Peter Forsskål, who died in Yemen in
// 1763, never came home". Read blind, a question on such a year was usable
// 9 times in 32, against 182 in 296 for the years a sentence is about. The
// sentence is still asked, on its own fact.

// aside reports whether a time or figure span stands in a non-restrictive
// modifier: an appositive opened by "a"/"an", a relative clause, or a
// participle phrase that the main verb follows.
func aside(q []tok, sp span) bool {
	switch sp.Type {
	case tYear, tDate, tMonth, tNumber:
	default:
		return false
	}
	l := -1 // the comma that opens the modifier
	for k := sp.I - 1; k >= 0; k-- {
		if q[k].Text == "," {
			l = k
			break
		}
	}
	if l < 0 {
		return sideOpening(q, sp)
	}
	if l < 1 || l+1 >= sp.I {
		return false
	}
	r := -1 // the comma that closes it, if any
	for k := sp.J; k < len(q); k++ {
		if q[k].Text == "," {
			r = k
			break
		}
	}
	head := q[l+1]
	if head.Tag == "RB" && l+2 < sp.I {
		head = q[l+2] // ", first performed in Vienna in 1867,"
	}
	low := strings.ToLower(head.Text)
	nounBefore := strings.HasPrefix(q[l-1].Tag, "NN")
	switch {
	case low == "a" || low == "an":
		return nounBefore // "Kazimierz, a district founded ... in 1335"
	case low == "who" || low == "which" || low == "whose":
		return r > 0 && finiteAfter(q, r) // "Forsskål, who died in 1763, never came home"
	case head.Tag == "VBN" || head.Tag == "VBD":
		return r > 0 && finiteAfter(q, r) // "The museum, founded in 1900, holds"
	}
	return false
}

// finiteAfter reports whether a finite verb follows index i: the main
// clause goes on after the modifier closed there.
func finiteAfter(q []tok, i int) bool {
	for _, t := range q[i+1:] {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// sideOpening reports a year in an opening phrase about another event
// when the main clause has a year of its own: in "After the dissolution of
// the Soviet Union in 1991, the states founded the fund in 1993" the fact
// is 1993.
func sideOpening(q []tok, sp span) bool {
	if sp.Type != tYear || len(q) == 0 || q[0].Tag != "IN" || sp.I < 3 {
		return false
	}
	switch strings.ToLower(q[0].Text) {
	case "in", "on", "by", "from":
		return false // "In 1855 Semmelweis became professor": the date is the fact
	}
	for k := sp.J; k < len(q); k++ {
		if q[k].Text == "," {
			for _, t := range q[k+1:] {
				if reYear.MatchString(t.Text) {
					return true
				}
			}
			return false
		}
	}
	return false
}
