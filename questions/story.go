package questions

import (
	"regexp"
	"strings"
)

// A told story (an invented tale with its characters' words in quotes) is
// not asked about. Its sentences stand in a scene ("the latch", "the far
// shore", "the game") that a question cannot carry, and most of them are
// scenery rather than things worth knowing: read blind, 4 of the 21
// questions made from such stories were usable. A summary of a story (who
// does what, where and when, as in a retelling of a novel) is prose of
// facts and is asked about like any other text.

// reSpoken is a passage in quotes that ends as speech does, inside its
// quotation marks: "Good game," or "Nobody move!".
var reSpoken = regexp.MustCompile(`["“][^"“”\n]{2,300}?[,.!?]["”]`)

// A told story quotes its characters often: at least minSpoken times, and
// at least once in every wordsPerSpoken words (a biography quoting a
// speech or two, or a retelling quoting a famous line, does not).
const (
	minSpoken      = 6
	wordsPerSpoken = 150
)

// told reports whether a source text is a told story. It reads the text
// as given: cleaning drops the lines that are only speech.
func told(text string) bool {
	n := 0
	for _, m := range reSpoken.FindAllString(text, -1) {
		if !titleCased(m) {
			n++
		}
	}
	return n >= minSpoken && n*wordsPerSpoken >= len(strings.Fields(text))
}

// titleCased reports a quoted name rather than speech: every longer word
// capitalised ("Clinton's Ditch.", "Wedding of the Waters."), as an
// article quotes nicknames and song titles in American punctuation.
func titleCased(quoted string) bool {
	long := 0
	for _, w := range strings.Fields(strings.Trim(quoted, "\"“”,.!?")) {
		if len([]rune(w)) < 4 {
			continue
		}
		if !capitalized(w) {
			return false
		}
		long++
	}
	return long > 0
}
