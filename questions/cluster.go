package questions

import (
	"regexp"
	"strings"
)

// A text calls one person by several names: "Mary Anning", then "Mary";
// "Henry Dunant", then "Dunant"; "King Sigismund III Vasa", "Sigismund
// III". A student who knows the fact may type any of them, so each is an
// alias of the others. The tagger's type for a name is often wrong ("Mary"
// a place, "Oscar Wilde" an unknown name), so the cluster is found from the
// names themselves: a name of two or three capitalised words, none of them
// a generic head ("Gallery", "River"), is a person's when the text also
// uses one of its words as a name alone, or when the tagger says person.

// clusterNames returns the other names the text gives the person named by
// text (already without a title).
func (p *pool) clusterNames(w []string, typ etype, doc int) []string {
	if p == nil || p.names[doc] == nil || len(w) == 0 {
		return nil
	}
	names := p.names[doc]
	var out []string
	if len(w) == 1 {
		full := ""
		for n := range names {
			f := strings.Fields(stripTitle(n))
			if len(f) < 2 || len(f) > 3 || !nameShaped(f) || (f[0] != w[0] && f[len(f)-1] != w[0]) {
				continue
			}
			if full != "" && full != strings.Join(f, " ") {
				return nil // two people share it: "Curie"
			}
			full = strings.Join(f, " ")
		}
		if full == "" {
			return nil
		}
		out = append(out, full)
		f := strings.Fields(full)
		if f[0] == w[0] && p.onlyNameWith(f[len(f)-1], full, doc) {
			out = append(out, f[len(f)-1]) // "Anning" too, for "Mary"
		} else if f[len(f)-1] == w[0] && p.onlyNameWith(f[0], full, doc) && names[f[0]] {
			out = append(out, f[0])
		}
		return out
	}
	if m := regnal.FindStringSubmatch(strings.Join(w, " ")); m != nil {
		return []string{m[1]} // "Sigismund III" for "Sigismund III Vasa"
	}
	if len(w) > 3 || !nameShaped(w) {
		return nil
	}
	first, last := w[0], w[len(w)-1]
	// An unknown name of two words ("Oscar Wilde", "Corvin Hale") is most
	// often a person's; a place of that shape has a head word ("Olympus
	// Mons") or a type of its own.
	if typ != tPerson && !names[first] && !names[last] && !(typ == tName && len(w) == 2) {
		return nil
	}
	if names[first] && p.onlyNameWith(first, strings.Join(w, " "), doc) {
		out = append(out, first) // "Kristine" for "Kristine Linde"
	}
	if len([]rune(last)) >= 3 && p.onlyNameWith(last, strings.Join(w, " "), doc) {
		out = append(out, last) // "Wilde" for "Oscar Wilde"
	}
	return out
}

// regnal is a ruler's name with a regnal number and a house name after it.
var regnal = regexp.MustCompile(`^(\p{Lu}\p{L}+ (?:[IVX]+))\s+\p{Lu}\p{L}+$`)

// nameShaped reports two or three capitalised words with no generic head,
// no "of", no digits: the shape of a person's name.
func nameShaped(w []string) bool {
	for _, x := range w {
		sing := strings.TrimSuffix(x, "s")
		if !capitalized(x) || strings.ContainsAny(x, "0123456789") {
			return false
		}
		for _, h := range []string{x, sing} {
			if placeWords[h] || orgWords[h] || eventWords[h] || titleWords[h] || extraHeads[h] {
				return false
			}
		}
	}
	return !placeAdjectives[w[0]]
}

// extraHeads are generic heads of named things that are not people,
// beyond the place, organisation and event words.
var extraHeads = set("Gallery", "Theatre", "Theater", "Hall", "Palace", "Cathedral", "Temple", "Station", "Park",
	"Garden", "Gardens", "Tower", "Library", "Hospital", "Prize", "Award", "Mons", "Peak", "Age", "Era", "Day",
	"Lane", "Road", "Avenue", "House", "Abbey", "Church", "Chapel", "Mosque", "Ship", "Line", "Way", "Wall")

// placeAdjectives open the names of places and things, not of people:
// "Great Wave", "New Amsterdam", "North Cape".
var placeAdjectives = set("Great", "New", "Old", "North", "South", "East", "West", "Northern", "Southern", "Eastern",
	"Western", "Upper", "Lower", "Little", "Big", "Grand", "San", "Santa", "St", "St.", "Saint", "Nowa", "Nova", "Novo",
	"Holy", "Royal", "National", "Central", "First", "Second", "Third", "Last")

// onlyNameWith reports whether no other name of the document has word in
// it: "Curie" alone cannot tell Marie from Pierre.
func (p *pool) onlyNameWith(word, name string, doc int) bool {
	for n := range p.names[doc] {
		if n == name || n == word || strings.HasSuffix(n, " "+name) {
			continue
		}
		for _, x := range strings.Fields(n) {
			if x == word {
				return false
			}
		}
	}
	return true
}

// stripTitle drops a leading title: "King Charles" → "Charles".
func stripTitle(n string) string {
	w := strings.Fields(n)
	for len(w) > 1 && titleWords[w[0]] {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// properNames collects, per document, every run of proper-noun tokens of
// every sentence (usable or not: "Kristine" alone may only appear in a
// sentence no question is made from) and every name span.
func properNames(sents []sentence) map[int]map[string]bool {
	names := map[int]map[string]bool{}
	add := func(doc int, n string) {
		if names[doc] == nil {
			names[doc] = map[string]bool{}
		}
		names[doc][n] = true
	}
	for _, s := range sents {
		var run []string
		flush := func() {
			if len(run) > 0 {
				add(s.Doc, strings.Join(run, " "))
			}
			run = run[:0]
		}
		for _, t := range s.Toks {
			if (t.Tag == "NNP" || t.Tag == "NNPS") && capitalized(t.Text) {
				run = append(run, t.Text)
				continue
			}
			flush()
		}
		flush()
		for _, sp := range s.Spans {
			if sp.Type == tName || sp.Type == tPerson || sp.Type == tPlace || sp.Type == tGroup || sp.Type == tOrg {
				add(s.Doc, sp.Text)
			}
		}
	}
	return names
}
