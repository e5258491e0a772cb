package quiz

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// A typed answer one letter from the key is forgiven as a slip, unless it
// is itself the name of another country: "Ireland" is no misspelling of
// "Iceland". The names are the English ones of the ISO 3166 regions that
// x/text knows.

var (
	countriesOnce sync.Once
	countries     map[string]bool
)

// countryName reports whether the lower-case words name a country.
func countryName(words []string) bool {
	countriesOnce.Do(func() {
		countries = map[string]bool{}
		names := display.English.Regions()
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				r, err := language.ParseRegion(string([]rune{a, b}))
				if err != nil || !r.IsCountry() {
					continue
				}
				if n := names.Name(r); n != "" && !strings.ContainsAny(n, "&-()") {
					countries[strings.ToLower(n)] = true
				}
			}
		}
	})
	return countries[strings.Join(words, " ")]
}

// IsCountry reports whether name is a country's English name ("France",
// "New Zealand"), in any case.
func IsCountry(name string) bool { return countryName(strings.Fields(strings.ToLower(name))) }

// reStateTitle is a country's formal name around its short one: "the
// Republic of Uzbekistan", "Kingdom of Denmark", "People's Republic of
// China".
var reStateTitle = regexp.MustCompile(`(?i)^\s*(?:the\s+)?(?:(?:federal|islamic|democratic|people's|people’s|socialist|united|arab|hashemite)\s+)*(?:republic|kingdom|sultanate|emirate|principality|grand\s+duchy|commonwealth|state)\s+of\s+(?:the\s+)?(\pL[\pL\s'’-]*?)\s*$`)

// withoutStateTitle returns the short name of a country typed with its
// formal title ("Republic of Uzbekistan" gives "Uzbekistan"), or "" when
// the answer has the title itself or nothing is typed so. Read blind,
// refusing "Republic of Uzbekistan" for Uzbekistan was a wrong key.
func withoutStateTitle(q *Question, given string) string {
	if !strings.Contains(given, " of ") && !strings.Contains(given, " Of ") && !strings.Contains(given, " OF ") {
		return "" // most answers: no need to run the pattern
	}
	m := reStateTitle.FindStringSubmatch(given)
	if m == nil || reStateTitle.MatchString(q.Answer) {
		return ""
	}
	return m[1]
}

// countryForms are the everyday names of one country that a student types
// for another of them: the text's "Britain" is answered "UK" or "Great
// Britain" as often as not. ("England" is not among them: it is a part.)
var countryForms = map[string]string{
	"britain": "uk", "great britain": "uk", "uk": "uk", "u k": "uk", "united kingdom": "uk",
	"us": "us", "u s": "us", "usa": "us", "u s a": "us", "united states": "us", "united states of america": "us", // not "America", also the continents
	"holland": "nl", "netherlands": "nl",
	"burma": "mm", "myanmar": "mm",
	"persia": "ir", "iran": "ir",
}

// sameCountry reports two everyday names of one country.
func sameCountry(given, want []string) bool {
	form := func(ts []string) string {
		if len(ts) > 0 && ts[0] == "the" {
			ts = ts[1:]
		}
		return countryForms[strings.Join(ts, " ")]
	}
	g, w := form(given), form(want)
	return g != "" && g == w
}

// partOfPlace accepts a place named with the part of it the text speaks
// of: "central Anatolia" for Anatolia, "northern Italy" for Italy. The
// part is inside the place, so it answers where.
func partOfPlace(q *Question, given, want []string) bool {
	if len(given) != len(want)+1 || !placeParts[given[0]] || !equalTokens(given[1:], want) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(q.Answer)
	return unicode.IsUpper(r)
}

// placeParts name a part of a place by where it lies.
var placeParts = map[string]bool{"central": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "upper": true, "lower": true, "inner": true, "coastal": true}
