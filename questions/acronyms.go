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
