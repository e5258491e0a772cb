package quiz

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
)

// TypedHint shows the shape of a typed answer: its first letter (or digit),
// every other letter and digit as "_", punctuation as it is, words apart, and
// the lengths: "T _ _ _ _ _ _ (7 letters)", "I _ _ _ _   _ _ _ _ _ _ (5 + 6
// letters)", "1 _ _ _ (4 digits)". Digits are hidden like letters: showing
// them would give a number away.
func TypedHint(answer string) string {
	words := strings.Fields(answer)
	if len(words) == 0 {
		return ""
	}
	var b strings.Builder
	var counts []string
	letters, digits := false, false
	first := true
	for wi, w := range words {
		if wi > 0 {
			b.WriteString("   ")
		}
		n, put := 0, false
		for _, r := range w {
			if unicode.IsMark(r) {
				continue // an accent stays with its letter, shown or hidden
			}
			if put {
				b.WriteByte(' ')
			}
			put = true
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				letters = letters || unicode.IsLetter(r)
				digits = digits || unicode.IsDigit(r)
				n++
				if first {
					b.WriteRune(r)
					first = false
				} else {
					b.WriteByte('_')
				}
			default:
				b.WriteRune(r)
			}
		}
		if n > 0 {
			counts = append(counts, fmt.Sprint(n))
		}
	}
	unit := "characters"
	switch {
	case !digits:
		unit = "letters"
	case !letters:
		unit = "digits"
	}
	if len(counts) == 1 && counts[0] == "1" {
		unit = strings.TrimSuffix(unit, "s")
	}
	if len(counts) == 0 {
		return b.String()
	}
	return fmt.Sprintf("%s (%s %s)", b.String(), strings.Join(counts, " + "), unit)
}

// HintRemove picks two wrong options of a multiple-choice question to take
// away, at random but the same for the same seed (so a restarted round, or
// every player of a round, sees the same hint). It always leaves the answer
// and at least one wrong option, so with three options it removes one. It
// returns the indexes in ascending order, or nil when there is nothing to
// remove (true/false, typed questions, two options, no answer among them).
func HintRemove(q *Question, seed int64) []int {
	if q == nil || q.Kind != MultipleChoice {
		return nil
	}
	ans := q.AnswerIndex()
	k := min(2, len(q.Options)-2)
	if ans < 0 || k <= 0 {
		return nil
	}
	wrong := make([]int, 0, len(q.Options)-1)
	for i := range q.Options {
		if i != ans {
			wrong = append(wrong, i)
		}
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	rng.Shuffle(len(wrong), func(i, j int) { wrong[i], wrong[j] = wrong[j], wrong[i] })
	out := wrong[:k]
	slices.Sort(out)
	return out
}
