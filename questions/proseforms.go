package questions

import (
	"regexp"
	"slices"
	"strings"
)

// proseForms returns the shorter forms of a list's term that the notes'
// own prose writes: "orographic rain" in the prose for the list's
// "Orographic rainfall" (read blind, the key that refused it refused the
// notes' own words). The form keeps the term's first words and shortens
// its last to a word of four letters or more that begins it. A form that is
// another entry of the list is not one.
func (a *article) proseForms(g *glossary, term string) []string {
	w := strings.Fields(strings.ToLower(term))
	n := len(w)
	if a == nil || n < 2 || n > 3 || len(w[n-1]) < 6 {
		return nil
	}
	lead := strings.Join(w[:n-1], " ")
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(lead) + ` (\pL{4,})\b`)
	var out []string
	for _, p := range a.Paras {
		for _, m := range re.FindAllStringSubmatch(strings.ToLower(p.Text), -1) {
			form := lead + " " + m[1]
			if m[1] == w[n-1] || !strings.HasPrefix(w[n-1], m[1]) || slices.Contains(out, form) || listed(g, form) {
				continue
			}
			out = append(out, form)
		}
	}
	return out
}

// listed reports a form that is an entry of the list itself.
func listed(g *glossary, form string) bool {
	for _, e := range g.Entries {
		if t := strings.ToLower(e.Term); t == form || singular(t) == singular(form) {
			return true
		}
	}
	return false
}
