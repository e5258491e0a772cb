package questions

import "quizbot/quiz"

// Barren returns the sources of a batch that none of its questions came
// from, each with the reason it gives no question alone, so that a batch
// names every file it could not use. A source that gives questions alone,
// all of which the batch dropped as repeats of another's, is not barren.
func Barren(srcs []Source, qs []quiz.Question) map[string]error {
	if len(srcs) < 2 {
		return nil
	}
	used := map[string]bool{}
	for _, q := range qs {
		used[q.Source] = true
	}
	out := map[string]error{}
	for _, s := range srcs {
		a := clean(s.Name, s.Text)
		if used[a.Title] {
			continue
		}
		if _, err := Generate([]Source{s}); err != nil {
			out[s.Name] = err
		}
	}
	return out
}
