package quiz

import (
	"regexp"
	"strconv"
)

// A date may be typed in figures, "20/7/1969" or "7/20/1969": read both
// ways, it counts when either reading is the answer's date.

var reNumericDate = regexp.MustCompile(`^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$`)

var monthByNumber = [...]string{"", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// numericDates returns the written forms of a date typed in figures, or
// nil when given is not one.
func numericDates(given string) []string {
	m := reNumericDate.FindStringSubmatch(given)
	if m == nil {
		return nil
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	var out []string
	if b >= 1 && b <= 12 && a >= 1 && a <= 31 {
		out = append(out, m[1]+" "+monthByNumber[b]+" "+m[3])
	}
	if a >= 1 && a <= 12 && b >= 1 && b <= 31 && a != b {
		out = append(out, m[2]+" "+monthByNumber[a]+" "+m[3])
	}
	return out
}

var reEndYear = regexp.MustCompile(`\b(\d{4})$`)

var reAnyYear = regexp.MustCompile(`\b\d{4}\b`)

// shownYear returns the year of a dated answer when the question already
// shows it (in its stem or its topic's title, "1755 Lisbon earthquake") and
// the typed answer leaves it out ("1 November"), or "".
func shownYear(q *Question, given string) string {
	m := reEndYear.FindStringSubmatch(q.Answer)
	if m == nil || len(q.Answer) <= 4 || reAnyYear.MatchString(given) {
		return ""
	}
	for _, y := range reAnyYear.FindAllString(q.Stem+" "+q.Source, -1) {
		if y == m[1] {
			return y
		}
	}
	return ""
}
