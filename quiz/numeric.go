package quiz

import (
	"math"
	"strconv"
	"strings"
)

// CheckNumber is the check of a numerical question (Tolerance > 0): the
// typed answer, read as a number ("1,150", "1150", "one thousand one
// hundred fifty"), is right when it lies within Tolerance of Answer. It
// reports ok == false for a question that is not numerical or an answer
// that is no number, so the caller falls back to CheckTyped.
func CheckNumber(q *Question, given string) (right, ok bool) {
	if q == nil || q.Tolerance <= 0 || len(given) > maxAnswerBytes {
		return false, false
	}
	want, err := strconv.ParseFloat(strings.TrimSpace(q.Answer), 64)
	if err != nil {
		return false, false
	}
	got, ok := ParseNumber(given)
	if !ok {
		return false, false
	}
	// A hair of slack: 0.1+0.2 is not exactly 0.3 in floating point.
	return math.Abs(got-want) <= q.Tolerance*(1+1e-9)+1e-12, true
}

// ParseNumber reads a typed number: digits with or without thousands
// commas, a decimal point, a sign, or number words as Normalize reads them.
func ParseNumber(s string) (float64, bool) {
	t := strings.TrimSpace(s)
	if v, err := strconv.ParseFloat(strings.ReplaceAll(t, ",", ""), 64); err == nil && !math.IsInf(v, 0) && !math.IsNaN(v) {
		return v, true
	}
	n := Normalize(t)
	if v, err := strconv.ParseFloat(n, 64); err == nil && !math.IsInf(v, 0) && !math.IsNaN(v) {
		if strings.HasPrefix(t, "-") && v > 0 {
			v = -v
		}
		return v, true
	}
	return 0, false
}

// FormatNumber writes a number as briefly as it reads: 1200, 0.5, no "-0".
func FormatNumber(x float64) string {
	if x == 0 {
		x = 0
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}
