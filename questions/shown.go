package questions

import (
	"sort"
	"strings"
	"unicode"

	"quizbot/quiz"
)

// A quiz is played question after question, so a figure one question asks
// must not stand in the stem of another from the same text: "In what year
// was Jayavarman crowned king?" beside "... ruled from his capital at
// Angkor, in present-day _____, from 1181 until his death" was read blind
// as given away. Names are left alone: a life names its subject and the
// people around him in most of its questions.

// shownElsewhere drops, of two questions of one text where one's figure
// answer (a year, a date, a number) stands in the other's stem, the one
// scored lower.
func shownElsewhere(cs []*candidate) []*candidate {
	order := make([]*candidate, len(cs))
	copy(order, cs)
	sort.SliceStable(order, func(i, j int) bool { return order[i].Score > order[j].Score })
	drop := map[*candidate]bool{}
	for i, a := range order {
		if drop[a] {
			continue
		}
		for _, b := range order[i+1:] {
			if !drop[b] && a.Sent.Doc == b.Sent.Doc && (showsAnswer(a, b) || showsAnswer(b, a)) {
				drop[b] = true
			}
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if !drop[c] {
			out = append(out, c)
		}
	}
	return out
}

// showsAnswer reports whether by's stem writes asked's figure answer as a
// whole token.
func showsAnswer(asked, by *candidate) bool {
	ans := asked.Q.Answer
	if asked.Q.Kind == quiz.TrueFalse || !strings.ContainsFunc(ans, unicode.IsDigit) {
		return false
	}
	stem := by.Q.Stem
	for at := strings.Index(stem, ans); at >= 0; {
		end := at + len(ans)
		if (at == 0 || !isWordByte(stem[at-1])) && (end == len(stem) || !isWordByte(stem[end])) {
			return true
		}
		next := strings.Index(stem[at+1:], ans)
		if next < 0 {
			break
		}
		at += 1 + next
	}
	return false
}

// isWordByte is a letter or digit byte: "1181" does not stand in "11812".
func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
