package quiz

import (
	"strings"
	"sync"

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
