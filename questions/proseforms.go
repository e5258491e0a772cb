package questions

import (
	"regexp"
	"slices"
	"strings"
)

// A list's term is often written otherwise in the notes' own prose, and a
// student who learnt it there types it so. Read blind, keys that refused
// the prose's own words were unusable: "orographic rain" for "Orographic
// rainfall", "imperial regalia" for "Regalia".

// proseForms returns the forms of a list's term that the notes' prose
// writes:
//   - its last word shortened to a word of four letters or more that begins
//     it ("orographic rain" for "Orographic rainfall");
//   - after the classifying adjective written in lower case that the
//     prose puts before it wherever it uses it ("imperial regalia"); a
//     term the prose also writes alone or with another adjective ("a
//     nebula", "a planetary nebula") is a kind of it, not the term.
//
// A form that is another entry of the list is not one.
func (a *article) proseForms(g *glossary, term string) []string {
	w := strings.Fields(strings.ToLower(term))
	n := len(w)
	if a == nil || n == 0 || n > 3 {
		return nil
	}
	var out []string
	add := func(form string) {
		if !slices.Contains(out, form) && !listed(g, form) {
			out = append(out, form)
		}
	}
	q := regexp.QuoteMeta(strings.Join(w, " "))
	var short *regexp.Regexp
	if n >= 2 && len(w[n-1]) >= 6 {
		short = regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(strings.Join(w[:n-1], " ")) + ` (\pL{4,})\b`)
	}
	before := regexp.MustCompile(`\b(\p{Ll}+) (?i:` + q + `)(?:s|es)?\b( \p{Lu})?`)
	bare := regexp.MustCompile(`(?i)\b` + q + `(?:s|es)?\b`)
	var adjs []string
	uses, adjUses := 0, 0
	for _, p := range a.Paras {
		if short != nil {
			for _, m := range short.FindAllStringSubmatch(p.Text, -1) {
				if s := strings.ToLower(m[1]); s != w[n-1] && strings.HasPrefix(w[n-1], s) {
					add(strings.Join(w[:n-1], " ") + " " + s)
				}
			}
		}
		uses += len(bare.FindAllStringIndex(p.Text, -1))
		for _, m := range before.FindAllStringSubmatch(p.Text, -1) {
			if m[2] == "" && reClassifying.MatchString(m[1]) && !gradingAdjectives[m[1]] {
				adjUses++ // not "International Meridian Conference": a name
				if !slices.Contains(adjs, m[1]) {
					adjs = append(adjs, m[1])
				}
			}
		}
	}
	if len(adjs) == 1 && adjUses == uses {
		add(adjs[0] + " " + strings.Join(w, " "))
	}
	if n == 1 {
		for _, adj := range a.adjectiveOf(w[0]) {
			add(adj)
		}
	}
	return out
}

// adjectiveOf returns the adjective the prose makes of a one-word term:
// "symmetrical" of "Symmetry", "dactylic" of "Dactyl". Asked "Which term
// is this?" of a front "balanced around a central line", a reader who
// learnt that Georgian fronts are symmetrical types that (read blind,
// refusing it was a wrong key).
func (a *article) adjectiveOf(term string) []string {
	root := strings.TrimSuffix(strings.TrimSuffix(term, "y"), "e")
	if a == nil || len([]rune(root)) < 5 || strings.ContainsAny(term, " -") {
		return nil
	}
	re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(root) + `(ical|ic)\b`)
	var out []string
	for _, p := range a.Paras {
		for _, m := range re.FindAllString(p.Text, -1) {
			if m = strings.ToLower(m); m != term && !slices.Contains(out, m) {
				out = append(out, m)
			}
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

// reClassifying is an adjective that says what domain or kind a noun
// belongs to ("imperial", "magnetic", "cellular", "digestive"), not how
// big or good it is.
var reClassifying = regexp.MustCompile(`^\pL{3,}(?:al|ic|ical|ive|ular|ary)$`)

// gradingAdjectives end like classifying ones but say how many, how usual
// or how good: "several sanctions", "the original poles".
var gradingAdjectives = set("several", "various", "particular", "usual", "unusual", "original", "final", "total",
	"real", "special", "serious", "previous", "regular", "massive", "extensive", "effective", "expensive", "positive",
	"negative", "normal", "typical", "actual", "potential", "initial", "additional", "individual", "local", "general",
	"central", "vital", "crucial", "essential", "critical", "attractive", "active", "inactive", "primary",
	"secondary", "necessary", "ordinary", "annual", "gradual", "mutual", "practical", "logical", "basic", "tragic",
	"dramatic", "heroic", "comic", "classic", "public", "legal", "formal", "informal", "equal", "royal", "rival",
	"several", "natural", "artificial", "successive", "relative", "comparative", "alternative", "new", "similar")

// proseGloss returns the English a quoted gloss after the term gives in
// the notes' prose: "became known as rangaku, or "Dutch learning"" is also
// typed "Dutch learning" (read blind, refusing it was a wrong key). A
// gloss in small letters is what the word means, no name for the thing:
// "libretto ("little book")" is not answered by "little book" (read blind,
// accepting it was a wrong key).
func (a *article) proseGloss(term string) []string {
	if a == nil || strings.TrimSpace(term) == "" {
		return nil
	}
	re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(term) + `\b(?:, or | \()["“]([^"”()]{3,40})["”]`)
	var out []string
	for _, p := range a.Paras {
		for _, m := range re.FindAllStringSubmatch(p.Text, -1) {
			if g := strings.TrimSpace(m[1]); len(strings.Fields(g)) <= 4 && !slices.Contains(out, g) && namesAlike(g) {
				out = append(out, g)
			}
		}
	}
	return out
}
