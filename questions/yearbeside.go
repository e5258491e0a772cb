package questions

import (
	"strconv"
	"strings"
	"unicode"
)

// A year asked beside another year a step away is half given: "Heidi was
// first published in two parts in _____ and 1881", "earning a bachelor's
// degree in _____ and a master's degree in 1950", "died in _____ and
// Henri-Louis Jaquet-Droz in 1791". Read blind, year gaps and choices
// whose question held another year within three of the answer were usable
// 10 times in 29, and on the sets since round 130 once in 6; what is left
// of such a sentence can still be asked.

// nearYearGap is how far apart two years in one question may be before
// the one shown stops pointing at the one asked.
const nearYearGap = 3

// yearBeside reports a year question whose stem shows another year within
// nearYearGap of the answer.
func yearBeside(c *candidate) bool {
	if c.Span.Type != tYear {
		return false
	}
	asked, err := strconv.Atoi(c.Q.Answer)
	if err != nil {
		return false
	}
	for _, w := range strings.FieldsFunc(c.Q.Stem, func(r rune) bool { return !unicode.IsDigit(r) }) {
		if !reYear.MatchString(w) {
			continue
		}
		if y, _ := strconv.Atoi(w); y != asked && y-asked <= nearYearGap && asked-y <= nearYearGap {
			return true
		}
	}
	return false
}
