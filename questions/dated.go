package questions

import (
	"regexp"
	"strings"
)

// A timeline line's sentences ("- 5 March 1770: Boston Massacre. British
// soldiers fire into a crowd and five colonists die.") are dated by the
// line's label, not by their own words. Asked alone, the statement has
// lost its when: read blind, "British soldiers fire into a crowd" and
// "Britain recognises the independence of the United States" were
// unusable for it. A true/false statement made from such a sentence
// takes the label's date back as its opening.

// reLabelDate is the date a timeline label opens with: a year or a range
// of years, with a day and month or a month before it.
const reLabelDate = `(?:c\. )?(?:(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) )?\d{3,4}(?:\s*[–-]\s*\d{2,4})?(?: (?:BC|BCE|AD|CE)\b)?`

var reLabelDateOpening = regexp.MustCompile(`^` + reLabelDate)

// labelDate is the opening that dates a sentence of a timeline line ("On
// 5 March 1770", "In 1969–1972"), or "" for a sentence of running prose
// or one that gives its own year.
func labelDate(s *sentence) string {
	if s.Para >= len(s.Art.Paras) || !s.Art.Paras[s.Para].Dated || hasYear(s.Q) {
		return ""
	}
	d := s.Art.Paras[s.Para].Date
	if d != "" && strings.HasPrefix(s.Text, dateOpening(d)) {
		return "" // the line's first sentence, which opens with its date
	}
	if d == "" {
		d = reLabelDateOpening.FindString(s.Art.Paras[s.Para].Section)
	}
	if d == "" {
		return ""
	}
	return dateOpening(d)
}

// dateOpening is the phrase a label's date opens a sentence with: "On 5
// March 1770", "In 1969–1972", "In about 1500".
func dateOpening(d string) string {
	d = strings.Replace(d, "c. ", "about ", 1)
	if d[0] >= '0' && d[0] <= '9' && strings.Contains(d, " ") && !strings.ContainsAny(d, "–-") && !reEra.MatchString(d) {
		return "On " + d // a day: "On 5 March 1770", not "445 BC"
	}
	return "In " + d
}

// hasYear reports a year among the tokens.
func hasYear(q []tok) bool {
	for _, t := range q {
		if yearTok(t) {
			return true
		}
	}
	return false
}

// yearTok reports a token that is a year (reYear, as names are typed).
func yearTok(t tok) bool { return reYear.MatchString(t.Text) }

// dated opens a statement with its timeline date, the statement's first
// word in lower case unless it is a name.
func dated(date string, q []tok, statement string) string {
	if date == "" || len(q) == 0 {
		return statement
	}
	if !properWord(q[0]) || amountNouns[strings.ToLower(q[0].Text)] { // the tagger takes an opening "Thousands" for a name
		statement = lowerFirst(statement)
	}
	return date + ", " + statement
}

// timelineLine reports a sentence of a timeline line that opens with its
// own date ("1712 – Thomas Newcomen builds …").
func timelineLine(s *sentence) bool {
	return s.Para < len(s.Art.Paras) && s.Art.Paras[s.Para].Date != ""
}

// hasTag reports a token with one of the tags.
func hasTag(q []tok, tags ...string) bool {
	for _, t := range q {
		for _, tag := range tags {
			if t.Tag == tag {
				return true
			}
		}
	}
	return false
}

// reEra is a year's era: "445 BC".
var reEra = regexp.MustCompile(`\b(?:BC|BCE|AD|CE)$`)
