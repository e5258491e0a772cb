package questions

import "strings"

// A sentence's numbers, read three ways: hasFigure by any digit in a word
// ("1990s", "5km" too), figures by the numbers the tagger counts that are
// written in digits, anyNumber by any the tagger counts, in words too.

// figures counts the numbers in a sentence.
func figures(q []tok) int {
	n := 0
	for _, t := range q {
		if t.Tag == "CD" && hasDigit(t.Text) {
			n++
		}
	}
	return n
}

// hasFigure reports a number written in digits.
func hasFigure(q []tok) bool {
	for _, t := range q {
		if hasDigit(t.Text) {
			return true
		}
	}
	return false
}

// anyNumber reports a number in a sentence, in figures or in words ("two
// million visitors a year").
func anyNumber(q []tok) bool {
	for i, t := range q {
		if t.Tag == "CD" && !(strings.EqualFold(t.Text, "one") && i+1 < len(q) && q[i+1].Text == "of") { // "one of the most visited" counts nothing
			return true
		}
	}
	return false
}
