package questions

import (
	"regexp"
	"strings"

	"quizbot/quiz"
)

// reEtymology is a definition that tells where its term's word comes from:
// "from the Gaelic "coire"", "named from the Latin sub utraque specie",
// "the word comes from".
var reEtymology = regexp.MustCompile(`(?i)\b(?:from (?:the )?(?:Old |Middle |Ancient |Classical |Medieval )?(?:Latin|Greek|Gaelic|Irish|Welsh|Scots|Norse|French|German|Dutch|Italian|Spanish|Portuguese|Arabic|Persian|Turkish|Sanskrit|Hindi|Russian|Japanese|Chinese|Hebrew|Icelandic|Swedish|Norwegian|Danish|English|Venetian)|comes from|derived from|named from|a form of)\b`)

// etymonGivesAway reports a question that asks for a term while giving the
// word the term comes from: "The Scottish name for a cirque, from the Gaelic
// "coire"" for Corrie, "from the Latin colligatus" for colligative
// properties. Read blind, all 3 such questions were giveaways; "from the
// Latin word for "cradle"" (Incunabula) gives a meaning, not the word.
func etymonGivesAway(stem, answer string) bool {
	if !reEtymology.MatchString(stem) {
		return false
	}
	own := map[string]bool{}
	for _, w := range strings.Fields(quiz.Normalize(answer)) {
		own[w] = true
	}
	words := strings.Fields(quiz.Normalize(stem))
	for a := range own {
		if len([]rune(a)) < 5 {
			continue
		}
		for _, w := range words {
			if !own[w] && len([]rune(w)) >= 4 && looksAlike(a, w) {
				return true
			}
		}
	}
	return false
}

// looksAlike reports two words one could tell from the other: five
// letters shared at the start ("utraque", "Utraquists"), or the same first
// letter and at most two edits apart ("coire", "corrie").
func looksAlike(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	shared := 0
	for shared < len(ra) && shared < len(rb) && ra[shared] == rb[shared] {
		shared++
	}
	return shared >= 5 || shared >= 1 && len(rb) >= 5 && quiz.EditDistance(a, b, 2) <= 2
}
