package quiz

import "slices"

// approxWords may stand before a number a student types: the text's own
// "about 3,000" is answered "about 3000" as often as "3000".
var approxWords = map[string]bool{"about": true, "around": true, "approximately": true, "roughly": true,
	"nearly": true, "almost": true, "some": true, "circa": true, "c": true, "ca": true, "over": true, "approx": true,
	"ad": true, "bc": true, "ce": true, "bce": true}

// approxTyped accepts a figure or a year typed after "around", "c." or
// "circa": "c. 148 BC" for "148 BC". The words only hedge; the figure
// must be the key's own.
func approxTyped(given, want []string) bool {
	k := 0
	for k < len(given) && approxWords[given[k]] && !eraWords[given[k]] {
		k++
	}
	if k == 0 || k == len(given) || !slices.ContainsFunc(want, isNumeric) {
		return false
	}
	return equalTokens(given[k:], want)
}

// eraWords mark a year's era; they are no hedge.
var eraWords = map[string]bool{"ad": true, "bc": true, "ce": true, "bce": true}

// numberWithWords accepts a numeric answer typed with its unit or with
// "about": "3,000 troops", "about 3000", "45 km" for 45. The extra words
// must be "about"-like or words of the source sentence (its unit), so
// "3000 miles" is still wrong where the text says kilometres.
func numberWithWords(q *Question, want, given []string) bool {
	if len(want) != 1 || !isNumeric(want[0]) || len(given) < 2 {
		return false
	}
	src := map[string]bool{}
	for _, t := range normTokens(q.Explanation) {
		src[t] = true
	}
	found := false
	for _, t := range given {
		switch {
		case t == want[0] && !found:
			found = true
		case monthWord(t):
			return false // "June 1252" for May 1252, through its alias "1252", where the sentence goes on to "1 June"
		case approxWords[t] || stopWords[t] || src[t] && !isNumeric(t) || unitOf(t, src):
		default:
			return false
		}
	}
	return found
}

// unitOf reports a word that is a spelling of one of the source's words
// ("kilometers" for "kilometres", "meters" for "metres") or its
// abbreviation ("km", "m", "kg").
func unitOf(t string, src map[string]bool) bool {
	if isNumeric(t) {
		return false
	}
	if full, ok := unitAbbrev[t]; ok {
		for _, f := range full {
			if src[f] {
				return true
			}
		}
	}
	// The unit written out where the text has its symbol: "85 decibels"
	// for "85 dB", "1480 metres per second" for "1,480 m/s".
	for abbr, full := range unitAbbrev {
		if !src[abbr] {
			continue
		}
		for _, f := range full {
			if f == t {
				return true
			}
		}
	}
	if unitGlue[t] {
		for abbr := range unitAbbrev {
			if src[abbr] {
				return true // "per", "cubic", "square" between a number and its unit
			}
		}
	}
	for w := range src {
		if len(w) >= 5 && len(t) >= 5 && editDistance(w, t, 2) <= 2 && w[0] == t[0] {
			return true
		}
	}
	return false
}

var unitAbbrev = map[string][]string{
	"km": {"kilometres", "kilometers", "kilometre", "kilometer"}, "m": {"metres", "meters", "metre", "meter"},
	"cm": {"centimetres", "centimeters"}, "mm": {"millimetres", "millimeters"}, "kg": {"kilograms", "kilogrammes", "kilogram"},
	"g": {"grams", "gram"}, "mi": {"miles", "mile"}, "ft": {"feet", "foot"}, "kmh": {"kilometres", "kilometers"},
	"mph": {"miles"}, "l": {"litres", "liters"}, "percent": {"per", "%"}, "pc": {"per"},
	"kj": {"kilojoules"}, "mb": {"megabytes"}, "kb": {"kilobytes"}, "c": {"degrees", "celsius"},
	"db": {"decibels", "decibel"}, "hz": {"hertz"}, "khz": {"kilohertz"}, "s": {"seconds", "second"},
	"km3": {"kilometres", "kilometers"}, "km2": {"kilometres", "kilometers"}, "m2": {"metres", "meters"},
	"m3": {"metres", "meters"}, "kbps": {"kilobits"}, "w": {"watts"}, "kw": {"kilowatts"}, "v": {"volts"},
}

// unitGlue are the words that join a unit's parts when written out.
var unitGlue = map[string]bool{"per": true, "cubic": true, "square": true, "a": true}
