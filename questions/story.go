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
	n, said := 0, 0
	for _, m := range reSpoken.FindAllStringIndex(text, -1) {
		if titleCased(text[m[0]:m[1]]) {
			continue
		}
		n++
		if reSaid.MatchString(text[max(0, m[0]-40):m[0]]) || reSaid.MatchString(text[m[1]:min(len(text), m[1]+40)]) {
			said++
		}
	}
	// A story says who speaks ("said Mara", "she asked"); a study guide
	// quotes famous lines without ("the Queen's cry of "Off with their
	// heads!""). Over the development texts, stories had a speaker named
	// beside 40 % to 90 % of their quotes, guides 12 % to 17 %.
	return n >= minSpoken && n*wordsPerSpoken >= len(strings.Fields(text)) && 3*said >= n
}

// reSaid is a verb of speaking, which names who says a quoted line.
var reSaid = regexp.MustCompile(`(?i)\b(?:said|says|asked|asks|replied|replies|cried|cries|shouted|shouts|whispered|whispers|called|calls|answered|answers|added|adds|muttered|murmured|exclaimed|yelled|laughed|sighed)\b`)

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
