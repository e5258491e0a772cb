package questions

import (
	"hash/fnv"
	"strings"
)

// A count written in words ("There are five kinds of rhino", "A dragonfly
// has four wings") is a figure like "3,000 troops", but the annotator marks
// only digits, so such a sentence could only be asked as true. Its false
// twin moves the count to another small number in words ("eight kinds"),
// at least 40 % away like any moved figure.

// smallCounts are the counts a twin may move, and move to.
var smallCounts = []string{"", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

// countWordTwin finds the first count in words before a plural noun and
// the count in words to put in its place, or I < 0.
func countWordTwin(q []tok) (span, string) {
	for i, t := range q {
		v := countValue(t.Text)
		if v == 0 || i+1 >= len(q) { // not the tag: the tagger reads "Seven crusades" as an adverb
			continue
		}
		noun := q[i+1].Tag == "NNS" || q[i+1].Tag == "JJ" && i+2 < len(q) && q[i+2].Tag == "NNS"
		if i == 0 {
			// "Three quantities decide how much power a site can
			// produce": a count the text frames its own account with;
			// read blind, moved, usable once in five.
			continue
		}
		if !noun || !argumentCount(q, i) || countNear(q, i) || sameCountElsewhere(q, i, strings.ToLower(t.Text)) || listedAfter(q, i) || bodyCounts[strings.ToLower(q[i+1].Text)] ||
			madeOfOthers(q, span{I: i, J: i + 1}, float64(v)) {
			continue
		}
		w := movedCount(v, join(q))
		if w == "" {
			continue
		}
		if t.Text != strings.ToLower(t.Text) {
			w = upperFirst(w)
		}
		return span{I: i, J: i + 1, Text: t.Text, Type: tNumber}, w
	}
	return span{I: -1}, ""
}

// countValue is the value of a count word from two to twenty, else 0
// ("one" is left alone: "just one baby" moved is a quibble).
func countValue(w string) int {
	w = strings.ToLower(w)
	for v, c := range smallCounts {
		if c != "" && c == w {
			return v
		}
	}
	return 0
}

// countNear reports a count that is part of a range or a sum ("seven or
// eight years", "two to three", "between five and ten"), or bound to a
// word before it ("aged six", "page four").
func countNear(q []tok, i int) bool {
	near := func(k int) string {
		if k < 0 || k >= len(q) {
			return ""
		}
		return strings.ToLower(q[k].Text)
	}
	for _, w := range []string{near(i - 1), near(i + 1)} {
		switch w {
		case "or", "to", "and", "-", "–", "of", "aged", "age", "page", "chapter", "act", "scene", "number", "no.":
			return true
		}
	}
	return false
}

// argumentCount reports a count that is what the sentence states: it opens
// the sentence or follows its verb ("Five crusades were sent", "There are
// five kinds", "led seven voyages", "has about 34 kinds"). A count inside a
// phrase ("a comedy in five acts", "men with two Athenian parents", "closed
// for eight years") is a side detail, and a count of time before "after"
// or "ago" dates something else ("Two years after the war").
func argumentCount(q []tok, i int) bool {
	k := i - 1
	for k >= 0 && (q[k].Tag == "RB" || strings.EqualFold(q[k].Text, "about") || strings.EqualFold(q[k].Text, "exactly")) {
		k-- // "has only two", "are about five"
	}
	if k >= 0 && !strings.HasPrefix(q[k].Tag, "VB") {
		return false
	}
	for _, t := range q[i+1 : min(i+4, len(q))] {
		switch strings.ToLower(t.Text) {
		case "after", "before", "later", "earlier", "ago":
			return false
		}
	}
	return true
}

// listedAfter reports a count whose items the sentence goes on to name
// ("three ports: Canton, Amoy and Ningpo", "two things, sunshine and
// raindrops", "five castes, such as ..."): moved, it is refuted by counting.
func listedAfter(q []tok, i int) bool {
	comma := false
	for _, t := range q[i+1:] {
		switch strings.ToLower(t.Text) {
		case ":", ";", "–", "—", "(", "such", "including", "namely", "called", "named":
			return true
		case ",":
			comma = true
		case "and", "or":
			if comma {
				return true
			}
		}
	}
	return false
}

// sameCountElsewhere reports the count written again in the sentence,
// alone or in a compound ("Two-toed sloths have two long claws"): moved in
// one place only, the other gives the twin away.
func sameCountElsewhere(q []tok, i int, w string) bool {
	for k, t := range q {
		if k == i {
			continue
		}
		for _, part := range strings.FieldsFunc(strings.ToLower(t.Text), func(r rune) bool { return r == '-' || r == '–' }) {
			if part == w {
				return true
			}
		}
		if x, ok := parseNumber(t.Text); ok && t.Tag == "CD" && x == float64(countValue(w)) {
			return true // "a factor of about 4, meaning about four times": the figure told in digits too
		}
	}
	return false
}

// madeOfOthers reports a figure that two other figures of the sentence
// make by sum or product: "sixteen waterwheels arranged in two parallel
// rows of eight". Moved ("nine waterwheels ... in two rows of eight"), the
// twin is refuted by arithmetic, not knowledge.
func madeOfOthers(q []tok, sp span, v float64) bool {
	var others []float64
	for k, t := range q {
		if k >= sp.I && k < sp.J || reYear.MatchString(t.Text) {
			continue
		}
		if c := countValue(t.Text); c > 0 {
			others = append(others, float64(c))
		} else if x, ok := parseNumber(t.Text); ok && t.Tag == "CD" {
			others = append(others, x)
		}
	}
	for a := range others {
		for b := a + 1; b < len(others); b++ {
			if others[a]+others[b] == v || others[a]*others[b] == v {
				return true
			}
		}
	}
	return false
}

// countInWords reports a figure the sentence also writes in words: "a
// factor of about 4, meaning about four times the effort". Moved in digits,
// the words give the twin away.
func countInWords(q []tok, sp span) bool {
	v, ok := parseNumber(sp.Text)
	if !ok {
		return false
	}
	for k, t := range q {
		if (k < sp.I || k >= sp.J) && countValue(t.Text) > 0 && float64(countValue(t.Text)) == v {
			return true
		}
	}
	return false
}

// movedCount picks the wrong count: the nearest that is at least 40 % away,
// up or down as a hash of the sentence says, so that a student cannot learn
// that twins always grow.
func movedCount(v int, seed string) string {
	up, down := 0, 0
	for u := v + 1; u < len(smallCounts); u++ {
		if float64(u-v)/float64(v) >= 0.4 {
			up = u
			break
		}
	}
	for d := v - 1; d >= 2; d-- {
		if float64(v-d)/float64(v) >= 0.4 {
			down = d
			break
		}
	}
	h := fnv.New32a()
	h.Write([]byte(seed))
	if down > 0 && (up == 0 || h.Sum32()%2 == 0) {
		return smallCounts[down]
	}
	if up > 0 {
		return smallCounts[up]
	}
	return ""
}

// bodyCounts are the parts everyone knows the number of: "Having three
// ears helps you find where a sound comes from" is false by common sense,
// not by the text (read blind, a giveaway).
var bodyCounts = set("ears", "eyes", "hands", "feet", "lungs", "kidneys", "nostrils", "thumbs")
