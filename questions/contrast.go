package questions

import (
	"strings"
)

// A text that teaches a contrast names both sides of it with one root and
// two prefixes: intrusive and extrusive rock, constructive and destructive
// waves, hyperglycaemia and hypoglycaemia, infrasound and ultrasound. A
// statement about one side, turned to the other, is plainly false to a
// student who learnt the difference, and reads as naturally as the true
// one. Only prefixes that English uses in such pairs count, so that
// "described" and "inscribed" are no contrast.
var contrastPrefixes = []string{"intra", "extra", "inter", "hyper", "hypo", "infra", "ultra", "endo", "exo", "uni", "multi",
	"mono", "poly", "micro", "macro", "pre", "post", "over", "under", "sub", "super", "homo", "hetero", "anti",
	"herbi", "carni", "omni", "insecti", "east", "west", "north", "south", "in", "ex", "im", "con", "de", "di", "bi"}

// looseRoots take many prefixes without any contrast between them:
// "described" and "inscribed", "informed" and "deformed".
var looseRoots = set("scribe", "scribed", "scribes", "scription", "form", "formed", "forms", "formation", "tain", "tained",
	"tains", "press", "pressed", "sign", "signed", "serve", "served", "tend", "tended", "vent", "vented", "cept", "ception",
	"duct", "ducted", "sist", "sisted", "sists", "fer", "ferred", "mit", "mitted", "volved", "volve", "ception", "clared",
	"clare", "duce", "duced", "duces", "duction", "struction", "stituted", "stitute", "ciding", "cided", "vision", "vised", "spect", "spected", "pose", "posed",
	"tract", "tracted", "cline", "clined", "gree", "creased", "tion", "ment", "ments")

// contrasts maps each word of the article that has a contrasting partner
// in it (same root of four letters or more, another prefix of the list) to
// that partner. A word with two or more partners has none: which to use
// would be a guess.
func (a *article) contrasts() map[string]string {
	if a.contrast != nil {
		return a.contrast
	}
	byRoot := map[string][]string{}
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(a.lower(), func(r rune) bool { return !('a' <= r && r <= 'z') }) {
		if len(w) < 6 || seen[w] {
			continue
		}
		seen[w] = true
		for _, p := range contrastPrefixes {
			if strings.HasPrefix(w, p) && len(w)-len(p) >= 4 && !looseRoots[w[len(p):]] {
				byRoot[w[len(p):]] = append(byRoot[w[len(p):]], w)
			}
		}
	}
	a.contrast = map[string]string{}
	partners := map[string][]string{}
	for _, ws := range byRoot {
		for _, x := range ws {
			for _, y := range ws {
				if x != y && !strings.HasPrefix(x, y) && !strings.HasPrefix(y, x) {
					partners[x] = append(partners[x], y)
				}
			}
		}
	}
	for w, ps := range partners {
		if len(ps) == 1 {
			a.contrast[w] = ps[0]
		}
	}
	return a.contrast
}

// contrastTurn returns the sentence with its one contrasting word turned
// to its partner, or "" when it has none, more than one, both sides
// already, or one that is a unit after a figure ("10 kilometres").
func contrastTurn(q []tok, a *article) string {
	if a == nil {
		return ""
	}
	c := a.contrasts()
	at, other := -1, ""
	for i, t := range q {
		w := strings.ToLower(t.Text)
		p, ok := c[w]
		if !ok || i > 0 && (t.Tag == "NNP" || t.Tag == "NNPS" || capitalized(t.Text)) {
			continue
		}
		if at >= 0 {
			return ""
		}
		at, other = i, p
	}
	if at < 0 || at > 0 && q[at-1].Tag == "CD" || strings.Contains(strings.ToLower(join(q)), other) {
		return ""
	}
	out := append([]tok(nil), q...)
	if capitalized(q[at].Text) {
		other = upperFirst(other)
	}
	out[at].Text = other
	return join(out)
}

// turned is a sentence's false twin by a word turned to its opposite: an
// antonym ("largest" to "smallest") or the other side of a contrast the
// text teaches ("intrusive" to "extrusive").
func turned(q []tok, a *article) string {
	if opp := opposite(q); opp != "" {
		return opp
	}
	if reNegation.MatchString(join(q)) {
		return ""
	}
	return contrastTurn(q, a)
}
