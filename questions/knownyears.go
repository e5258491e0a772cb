package questions

import (
	"regexp"
	"strings"
)

// reWorldWar names one of the world wars, whose years everyone knows.
var reWorldWar = regexp.MustCompile(`\b(?:(?:First|Second) World War|World War (?:I|II|One|Two|1|2)|Great War)\b`)

// worldWarYears are the years the world wars began and ended.
var worldWarYears = set("1914", "1918", "1939", "1945")

// knownYear reports a year the sentence's own words give away: "When the
// First World War broke out in _____", "until the monarchy collapsed at
// the end of the First World War in _____". Read blind, all 5 such
// questions were giveaways or side details: the year of the war, not of
// the text's subject.
func knownYear(q []tok, sp span) bool {
	if sp.Type != tYear || !worldWarYears[sp.Text] {
		return false
	}
	var rest []string
	for k, t := range q {
		if k < sp.I || k >= sp.J {
			rest = append(rest, t.Text)
		}
	}
	return reWorldWar.MatchString(strings.Join(rest, " "))
}
