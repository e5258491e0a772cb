package questions

import "strings"

// A wrong option must look like the right one: a river among rivers, a
// treaty among treaties, "General X" among generals. Otherwise the one
// option of its kind is the answer (GIVEAWAY) or the others are absurd
// (DISTRACTOR). Names carry their kind in a generic word ("Amur River",
// "Treaty of Nerchinsk", "Lake Baikal", "Qing dynasty") or a title.

// sameShape reports whether option b has the same kind word and the same
// kind of title as answer a. Numbers and years are shaped elsewhere.
func sameShape(a, b string) bool {
	return kindWord(a) == kindWord(b) && titled(a) == titled(b)
}

// kindWord returns the generic word that says what a name is, in one
// spelling ("Rivers" counts as "river"), or "".
func kindWord(name string) string {
	w := strings.Fields(name)
	if len(w) > 0 && strings.EqualFold(w[0], "the") {
		w = w[1:]
	}
	if len(w) < 2 {
		return ""
	}
	norm := func(s string) string {
		s = strings.ToLower(s)
		if strings.HasSuffix(s, "s") && s != "games" && s != "falls" && s != "plains" && s != "hills" {
			s = strings.TrimSuffix(s, "s")
		}
		return s
	}
	first, last := w[0], w[len(w)-1]
	switch {
	case placeWords[last] || eventWords[last] || orgWords[last]:
		return norm(last)
	case placeWords[first] || eventWords[first] || orgWords[first]:
		return norm(first)
	}
	return ""
}

// titled reports whether a name opens with a title ("General Ban Di").
func titled(name string) bool {
	w := strings.Fields(name)
	return len(w) > 1 && titleWords[w[0]]
}
