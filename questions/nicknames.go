package questions

import (
	"regexp"
	"strings"
)

// A character or person the text also calls by another name ("Dunstan,
// known as Dunsey", "under the name Monsieur Madeleine, Valjean ...",
// "Vautrin turns out to be Jacques Collin") is rightly answered by that
// name: read blind, keys refusing "Dunsey" and "Monsieur Madeleine" were
// unusable.

// reNameRun is a name: capitalised words, or a quoted one with hyphens
// ("Trompe-la-Mort").
const reNameRun = `(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})`

var (
	reKnownAs   = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+),? (?:(?:also |better |commonly )?known as|nicknamed|called|alias) ["“]?` + reNameRun)
	reUnderName = regexp.MustCompile(`under the (?:name|alias) ["“]?` + reNameRun + `["”]?, (\p{Lu}[\p{L}'’-]+)`)
	reTurnsOut  = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?:, who)? (?:turns out to be|is revealed to be|was revealed to be|turned out to be) ` + reNameRun)
)

// otherNamesOf returns the other names the article's prose gives the
// person or character named term, matched by any of its words of three
// letters or more ("Dunstan" of "Dunstan Cass").
func (a *article) otherNamesOf(term string) []string {
	own := map[string]bool{}
	for _, w := range strings.Fields(term) {
		if len([]rune(w)) >= 3 && capitalized(w) && !titleWords[w] {
			own[w] = true
		}
	}
	var out []string
	add := func(name, other string) {
		if strings.HasSuffix(other, "'s") || strings.HasSuffix(other, "’s") {
			return // "Rose is revealed to be Agnes's sister": someone else's relative
		}
		if own[name] && !strings.Contains(term, other) && !functionWords[strings.ToLower(other)] && !titleWords[other] {
			out = append(out, other)
		}
	}
	for _, p := range a.Paras {
		for _, m := range reKnownAs.FindAllStringSubmatch(p.Text, -1) {
			add(m[1], m[2])
		}
		for _, m := range reUnderName.FindAllStringSubmatch(p.Text, -1) {
			add(m[2], m[1])
		}
		for _, m := range reTurnsOut.FindAllStringSubmatch(p.Text, -1) {
			add(m[1], m[2])
		}
	}
	return out
}
