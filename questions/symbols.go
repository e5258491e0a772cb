package questions

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A unit or a term is often given its symbol or short form in brackets
// the first time the notes use it: "the pascal (Pa)", "the demilitarised
// zone (DMZ)". A student who learnt it there may type the short form.
// Read blind, a key that refused "Pa" for the pascal was unusable.

// bracketShort returns the short forms the text writes in brackets right
// after a term: one to five letters, at least one a capital, the first
// the term's own first letter ("Pa" for "pascal", not "(SI)" after
// "pressure").
func (a *article) bracketShort(term string) []string {
	t := strings.TrimSpace(term)
	if a == nil || t == "" {
		return nil
	}
	first, _ := utf8.DecodeRuneInString(t)
	re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(t) + `s? \((\pL{1,5})\)`)
	var out []string
	// The raw source: the line that gives a unit's symbol is often a
	// formula line, which cleaning leaves out ("the pascal (Pa); 1 Pa = 1 N/m²").
	for _, m := range re.FindAllStringSubmatch(a.Raw, -1) {
		short := m[1]
		r, _ := utf8.DecodeRuneInString(short)
		if unicode.ToLower(r) != unicode.ToLower(first) || strings.ToLower(short) == short || strings.EqualFold(short, t) {
			continue
		}
		if !slices.Contains(out, short) {
			out = append(out, short)
		}
	}
	return out
}

// genusShort is the short form of a species' two-part name the text sets in
// italics, as biology writes them: "B. cereus" for *Bacillus cereus*. Only
// a name so set: "Avogadro constant" is no genus and species.
func (a *article) genusShort(term string) string {
	w := strings.Fields(term)
	if len(w) != 2 || !reGenus.MatchString(w[0]) || !reEpithet.MatchString(w[1]) {
		return ""
	}
	if !italicIn(a.Raw, term) {
		return "" // "**Piano nobile**" is in bold, a key term's
	}
	if a.wordAlone(w[1], w[0]) {
		// "*Artesian water*" is a term set in italics for emphasis: a
		// species' second name is Latin, used only with its genus,
		// while "water" runs through the notes on its own.
		return ""
	}
	return w[0][:1] + ". " + w[1]
}

// wordAlone reports word used in the raw text other than right after the
// word before (the genus) or after an initial ("B. cereus").
func (a *article) wordAlone(word, before string) bool {
	re := regexp.MustCompile(`(?i)(\S*)(\s*)\b` + regexp.QuoteMeta(word) + `\b`)
	for _, m := range re.FindAllStringSubmatch(a.Raw, -1) {
		prev := strings.Trim(m[1], "*_")
		if m[2] == "" || strings.EqualFold(prev, before) || len(prev) == 2 && prev[1] == '.' {
			continue
		}
		return true
	}
	return false
}

// italicIn reports term set in italics in raw text: between single stars
// or underscores, not double ones.
func italicIn(raw, term string) bool {
	for from := 0; ; {
		i := strings.Index(raw[from:], term)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(term)
		if i > 0 && j < len(raw) && (raw[i-1] == '*' || raw[i-1] == '_') && (raw[j] == '*' || raw[j] == '_') &&
			(i < 2 || raw[i-2] != '*' && raw[i-2] != '_') && (j+1 >= len(raw) || raw[j+1] != '*' && raw[j+1] != '_') {
			return true
		}
		from = i + 1
	}
}

var (
	reGenus   = regexp.MustCompile(`^[A-Z][a-z]{2,}$`)
	reEpithet = regexp.MustCompile(`^[a-z]{3,}$`)
)
