package bot

import (
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"

	"quizbot/quiz"
)

// Options are shown in an order drawn at ask time, so that the stored order
// (banks usually list the right answer first) gives nothing away. The order
// is a function of the round, the question's place in it and the question,
// so every player, every edit of the message and a restarted process see the
// same numbering; the stored order stays as it was, for export.

// roundQuestion loads the round's current question with its options in the
// order they are shown in this round.
func (s *Service) roundQuestion(ctx context.Context, r *quiz.Round) (*quiz.Question, error) {
	if r.Seq < 0 || r.Seq >= len(r.QuestionIDs) {
		// A damaged round must cost an error, not a panic.
		return nil, fmt.Errorf("round %d: question %d of %d", r.ID, r.Seq+1, len(r.QuestionIDs))
	}
	q, err := s.store.Question(ctx, r.QuestionIDs[r.Seq])
	if err != nil {
		return nil, err
	}
	return shuffled(q, r.ID, r.Seq), nil
}

// Shown returns q with its options in the order the chat sees them as
// question seq of round: for views outside the chat (the teacher's
// projector) that must number the options the same way.
func Shown(q *quiz.Question, round int64, seq int) *quiz.Question { return shuffled(q, round, seq) }

// OptionCounts counts a question's attempts per option of q as given (shown
// or stored order alike), by the text answered.
func OptionCounts(q *quiz.Question, atts []quiz.Attempt) []int { return optionCounts(q, atts) }

// shuffled returns a copy of q with its options in the shown order.
func shuffled(q *quiz.Question, round int64, seq int) *quiz.Question {
	perm := optionOrder(q, round, seq)
	if perm == nil {
		return q
	}
	c := *q
	c.Options = make([]string, len(perm))
	for shown, stored := range perm {
		c.Options[shown] = q.Options[stored]
	}
	return &c
}

// storedOption maps a shown option back to its place in the stored order,
// which is what attempts and reports count in.
func storedOption(q *quiz.Question, shown []string, option int) int {
	if option < 0 || option >= len(shown) {
		return option
	}
	if i := slices.Index(q.Options, shown[option]); i >= 0 {
		return i
	}
	return option
}

// optionOrder gives, for each shown position, the stored position; nil when
// the order is kept. True/false keeps its order: "True, False" is what
// everyone expects and "t"/"f" name them. Options that speak about the
// others ("All of the above", "None of these") keep their place, since
// moving them would make them nonsense.
func optionOrder(q *quiz.Question, round int64, seq int) []int {
	if q.Kind != quiz.MultipleChoice || len(q.Options) < 2 {
		return nil
	}
	var movable []int
	for i, o := range q.Options {
		if !aboutOthers(o) {
			movable = append(movable, i)
		}
	}
	if len(movable) < 2 {
		return nil
	}
	h := fnv.New64a()
	h.Write([]byte(q.ID))
	rng := rand.New(rand.NewPCG(uint64(round)*1_000_003+uint64(seq), h.Sum64()))
	drawn := slices.Clone(movable)
	rng.Shuffle(len(drawn), func(i, j int) { drawn[i], drawn[j] = drawn[j], drawn[i] })
	perm := make([]int, len(q.Options))
	for i := range perm {
		perm[i] = i
	}
	for k, pos := range movable {
		perm[pos] = drawn[k]
	}
	return perm
}

// aboutOthers reports whether an option refers to the other options.
func aboutOthers(o string) bool {
	l := strings.ToLower(strings.TrimSpace(o))
	for _, p := range []string{"all of the", "none of the", "all the above", "both of the", "neither of the", "all of these", "none of these"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// optionCounts counts the attempts per shown option, by the text answered,
// so counts agree with the order the options were shown in.
func optionCounts(q *quiz.Question, atts []quiz.Attempt) []int {
	counts := make([]int, len(q.Options))
	for _, a := range atts {
		if a.Option < 0 {
			continue
		}
		if i := slices.Index(q.Options, a.Answer); i >= 0 {
			counts[i]++
		}
	}
	return counts
}
