package questions

import (
	"regexp"
	"strings"
)

// A place the text gives two names ("Edo, which was renamed Tokyo",
// "Bombay (now Mumbai)") is one answer under either: a student who types
// the other name is right, and the other name is never a wrong option.

// reRenamed finds "X (now Y)", "X (modern Y)", "X, which was renamed Y",
// "X was renamed Y". Names are runs of capitalised words.
var reRenamed = regexp.MustCompile(`(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3})(?: \((?:now|modern|modern-day|present-day|today|today's) | ?,? (?:which|that) (?:was|has been|had been) renamed | (?:was|has been|had been) renamed )(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3})`)

// reCalledIt finds one thing called two names by two sides: "a town that
// Americans called Aspinwall; the local government named it Colón" (read
// blind, refusing "Aspinwall" for Colón was a wrong key).
var reCalledIt = regexp.MustCompile(`\b(?:called|named|known as) (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3})[;,] (?:[\p{L}' -]{1,40} )?(?:named|renamed|called) it (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3})`)

// reOpenedAs finds a first name given at the start: "The Kiel Canal,
// opened in 1895 as the Kaiser Wilhelm Canal, links ..." (read blind,
// refusing "Kaiser Wilhelm Canal" for the Kiel Canal was a wrong key).
var reOpenedAs = regexp.MustCompile(`(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3}), (?:opened|built|founded|completed|launched|established|begun|dug) (?:in (?:\d{3,4}|\p{Lu}\p{Ll}+ \d{3,4}) )?as (?:the )?(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3})`)

// renamesOf maps, per document, each name that the text gives another
// name to those other names.
func renamesOf(sents []sentence) map[int]map[string][]string {
	out := map[int]map[string][]string{}
	for _, s := range sents {
		ms := append(reRenamed.FindAllStringSubmatch(s.Text, -1), reCalledIt.FindAllStringSubmatch(s.Text, -1)...)
		for _, m := range reOpenedAs.FindAllStringSubmatch(s.Text, -1) {
			ms = append(ms, []string{m[0], strings.TrimPrefix(m[1], "The "), m[2]}) // "The Kiel Canal": the name is "Kiel Canal"
		}
		for _, m := range ms {
			a, b := m[1], m[2]
			if a == b || functionWords[strings.ToLower(a)] {
				continue
			}
			if out[s.Doc] == nil {
				out[s.Doc] = map[string][]string{}
			}
			out[s.Doc][a] = append(out[s.Doc][a], b)
			out[s.Doc][b] = append(out[s.Doc][b], a)
		}
	}
	return out
}

// otherNames returns the other names the document gives name.
func (p *pool) otherNames(name string, doc int) []string {
	if p == nil {
		return nil
	}
	return p.renames[doc][name]
}

// sameThing reports whether two names are one place under two names.
func (p *pool) sameThing(a, b string, doc int) bool {
	for _, o := range p.otherNames(a, doc) {
		if strings.EqualFold(o, b) {
			return true
		}
	}
	return false
}
