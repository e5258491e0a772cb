package questions

import (
	"regexp"
	"strings"
	"unicode"
)

// A term may hold an abbreviation the text spells out elsewhere: "PEP
// carboxylase", where the text says "phosphoenolpyruvate (PEP)". A student
// who types the term with the abbreviation spelt out has it right (read
// blind, refusing "phosphoenolpyruvate carboxylase" was a wrong key).

// reAbbreviation is a word of two to five capitals and nothing else (not
// glossary.go's reAcronym, which also takes "DNA's" and "DNAs").
var reAbbreviation = regexp.MustCompile(`^\p{Lu}{2,5}$`)

// spelledOut returns the term with each abbreviation in it replaced by the
// words the text gives before it in brackets, when there are any: the
// shortest run of up to four words before "(PEP)" whose first word starts
// with the abbreviation's first letter.
func (a *article) spelledOut(term string) string {
	words := strings.Fields(term)
	changed := false
	for i, w := range words {
		if !reAbbreviation.MatchString(w) {
			continue
		}
		if long := a.spelling(w); long != "" {
			words[i], changed = long, true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(words, " ")
}

// spelling finds "words (ACR)" anywhere in the text, its lists too, and
// returns the words.
func (a *article) spelling(acr string) string {
	re := regexp.MustCompile(`((?:[\p{L}-]+ ){0,3}[\p{L}-]+) \(` + acr + `\)`)
	for _, m := range re.FindAllStringSubmatch(a.Raw, -1) {
		ws := strings.Fields(m[1])
		for k := len(ws) - 1; k >= 0; k-- {
			r := []rune(ws[k])
			if unicode.ToLower(r[0]) == unicode.ToLower([]rune(acr)[0]) {
				return strings.Join(ws[k:], " ")
			}
		}
	}
	return ""
}

// runToAbbreviation widens each term span that the text writes a few words
// short of the abbreviation it defines: "the marginal propensity to consume
// (MPC)" has "marginal propensity" for a noun phrase, and a gap on it
// splits the term (read blind, the key then refused "marginal propensity to
// consume" and "MPC"). The abbreviation's letters must be the initials of
// the words from the span's start up to it, little words left out.
func (a *article) runToAbbreviation(q []tok, spans []span) []span {
	if a.abbreviations == nil {
		a.abbreviations = map[string]bool{}
		for _, m := range reBracketedAbbreviation.FindAllStringSubmatch(a.Raw, -1) {
			a.abbreviations[m[1]] = true
		}
	}
	if len(a.abbreviations) == 0 {
		return spans
	}
	for n, sp := range spans {
		if sp.Type != tConcept {
			continue
		}
		for j := sp.J + 1; j <= sp.J+3 && j <= len(q); j++ {
			words := make([]string, 0, j-sp.I)
			for _, t := range q[sp.I:j] {
				words = append(words, t.Text)
			}
			phrase := strings.Join(words, " ")
			if acr := initials(words); a.abbreviations[acr] && strings.Contains(a.Raw, phrase+" ("+acr+")") {
				spans[n].J, spans[n].Text = j, phrase
				break
			}
		}
	}
	return spans
}

// reBracketedAbbreviation is an abbreviation given in brackets: "(MPC)".
var reBracketedAbbreviation = regexp.MustCompile(`\((\p{Lu}{2,5})\)`)

// initials are the capitals of the words' first letters, little words left
// out: "marginal propensity to consume" is MPC.
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if littleWords[strings.ToLower(w)] || w == "" {
			continue
		}
		b.WriteRune(unicode.ToUpper([]rune(w)[0]))
	}
	return b.String()
}

// littleWords are left out of an abbreviation's letters.
var littleWords = set("to", "of", "and", "for", "in", "on", "the", "a")
