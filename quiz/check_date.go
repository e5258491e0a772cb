package quiz

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// A date may be typed in figures, "20/7/1969" or "7/20/1969": read both
// ways, it counts when either reading is the answer's date. Year first
// ("1969-07-20", ISO 8601) it has one reading.

var (
	reNumericDate = regexp.MustCompile(`^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$`)
	reISODate     = regexp.MustCompile(`^\s*(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*$`)
)

var monthByNumber = [...]string{"", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// numericDates returns the written forms of a date typed in figures, or
// nil when given is not one.
func numericDates(given string) []string {
	if m := reNamedDay.FindStringSubmatch(given); m != nil {
		return []string{namedDays[strings.ToLower(strings.ReplaceAll(m[1], "’", "'"))] + " " + m[2]}
	}
	if m := reISODate.FindStringSubmatch(given); m != nil {
		month, _ := strconv.Atoi(m[2])
		day, _ := strconv.Atoi(m[3])
		if month < 1 || month > 12 || day < 1 || day > 31 {
			return nil
		}
		return []string{strconv.Itoa(day) + " " + monthByNumber[month] + " " + m[1]}
	}
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

// namedDays are the days a text may name instead of dating them: "opened
// on New Year's Day 1781".
var namedDays = map[string]string{"new year's day": "1 January", "new year's eve": "31 December",
	"christmas day": "25 December", "christmas eve": "24 December", "boxing day": "26 December"}

// reNamedDay is a named day with its year.
var reNamedDay = regexp.MustCompile(`(?i)^\s*(?:on\s+)?(new year[’']s day|new year[’']s eve|christmas day|christmas eve|boxing day),?\s+(\d{3,4})\s*$`)

var reEndYear = regexp.MustCompile(`\b(\d{4})$`)

var reAnyYear = regexp.MustCompile(`\b\d{4}\b`)

// shownYear returns the year of a dated answer that the typed answer leaves
// out, or "": when the question already shows it (in its stem or its
// topic's title, "1755 Lisbon earthquake"), or when what was typed is the
// day and month of a full date ("15 February" for "15 February 1945")
// where the question asks for a day: "On the morning of _____ the church
// collapsed" (read blind, keys refusing the day there were unusable).
// Asked "On what date was Stanislavski born?" or "The theatre opened on
// _____", a date without its year is half an answer: read blind, keys
// accepting it were failed 7 times since.
func shownYear(q *Question, given string) string {
	m := reEndYear.FindStringSubmatch(q.Answer)
	if m == nil || len(q.Answer) <= 4 || reAnyYear.MatchString(given) || !namesMonth(given) {
		// Only a month, or a day and month, is the date short of its year:
		// "Menelik" or nothing at all made "Menelik 1889", accepted for
		// "March 1889" by the year the key also takes alone.
		return ""
	}
	if dayAndMonth(given) && (reDayFirst.MatchString(q.Answer) || reMonthDay.MatchString(q.Answer)) && reDayGap.MatchString(q.Stem) {
		return m[1]
	}
	shown := q.Stem + " " + q.Source
	if reMonthYear.MatchString(q.Answer) {
		// A month alone is half of "October 1896"; only the question's
		// own words may give the other half, not the quiz's title.
		shown = q.Stem
	}
	for _, y := range reAnyYear.FindAllString(shown, -1) {
		if y == m[1] {
			return y
		}
	}
	return ""
}

// monthWord reports a month's name or its abbreviation ("march", "nov").
func monthWord(w string) bool { return monthNames[w] || monthAbbrevs[w] != "" }

// namesMonth reports a typed answer with a month in it ("March", "3 Nov.").
func namesMonth(given string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(given), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if monthWord(w) {
			return true
		}
	}
	return false
}

// reDayGap is a gap for a day: "the morning of _____", "the night of
// _____".
var reDayGap = regexp.MustCompile(`(?i)\b(?:morning|afternoon|evening|night|day) of _{3,}`)

var (
	reMonthYear = regexp.MustCompile(`^\s*[A-Za-z]+\s+\d{4}\s*$`)
	reDayFirst  = regexp.MustCompile(`^\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+),?\s+(\d{3,4})\s*$`)
	reMonthDay  = regexp.MustCompile(`^\s*([A-Za-z]+)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{3,4})\s*$`)
)

// withoutDay returns the month and year of a typed full date ("10 April
// 1919", "April 10, 1919") when the answer is a month and year ("April
// 1919"): the day says more than was asked, and the asked part is there.
// Otherwise "".
func withoutDay(q *Question, given string) string {
	if !reMonthYear.MatchString(q.Answer) {
		return ""
	}
	for _, re := range []*regexp.Regexp{reDayFirst, reMonthDay} {
		if m := re.FindStringSubmatch(given); m != nil {
			return m[1] + " " + m[2]
		}
	}
	return ""
}

// reMonthAndYear is a typed month and year, "June 1928".
var (
	reMonthAndYear = regexp.MustCompile(`^\s*([A-Za-z]+)\.?\s+(\d{3,4})\s*$`)
	reYearAlone    = regexp.MustCompile(`^\d{3,4}$`)
)

// yearOfDate returns the year of a typed month and year or full date ("June
// 1928", "18 June 1928", "June 18, 1928") when the answer is a year alone:
// asked "In what year did Amundsen disappear?", a student who knows the
// day has said more than was asked, and the asked year is there.
// Otherwise "".
func yearOfDate(q *Question, given string) string {
	if !reYearAlone.MatchString(strings.TrimSpace(q.Answer)) {
		return ""
	}
	for _, re := range []*regexp.Regexp{reMonthAndYear, reDayFirst, reMonthDay} {
		if m := re.FindStringSubmatch(given); m != nil {
			if w := strings.ToLower(m[1]); monthWord(w) {
				return m[2]
			}
		}
	}
	return ""
}

// reWeekday opens a typed date with its day of the week: "Sunday 28
// December 1879", "on Sunday, 28 December 1879".
var reWeekday = regexp.MustCompile(`(?i)^\s*(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?(\d.*|[a-z]+\s+\d.*)$`)

// withoutWeekday returns a typed date without the day of the week before
// it, when the answer is a date (it has a figure), or "". The weekday is
// the text's own way of giving a date; it says nothing that could be wrong
// about the asked part.
func withoutWeekday(q *Question, given string) string {
	if !strings.ContainsAny(q.Answer, "0123456789") {
		return ""
	}
	if m := reWeekday.FindStringSubmatch(given); m != nil {
		return m[1]
	}
	return ""
}

// reDayMonth is a typed day and month with no year: "15 February", "the
// 15th of February", "February 15".
var reDayMonth = regexp.MustCompile(`(?i)^\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)|([a-z]+)\.?\s+\d{1,2}(?:st|nd|rd|th)?)\s*$`)

// dayAndMonth reports a typed day and month with no year: "15 February",
// "the 15th of February", "Feb 15".
func dayAndMonth(given string) bool {
	d := reDayMonth.FindStringSubmatch(given)
	if d == nil {
		return false
	}
	w := strings.ToLower(d[1] + d[2])
	return monthWord(w)
}
