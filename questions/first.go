package questions

import (
	"regexp"
	"sort"
	"strings"

	"quizbot/quiz"
)

// generateFirst is the first, deliberately simple generator: sentences with a
// year become fill-in-the-blank and multiple-choice questions whose options
// are other years of the corpus.
func generateFirst(srcs []Source) ([]quiz.Question, error) {
	year := regexp.MustCompile(`\b(1[0-9]{3}|20[0-9]{2})\b`)
	cite := regexp.MustCompile(`\[[^\]]{0,8}\]`)
	type sent struct{ text, title, year string }
	var sents []sent
	years := map[string]bool{}
	for _, s := range srcs {
		lines := strings.Split(s.Text, "\n")
		title := s.Name
		if len(lines) > 0 && strings.TrimSpace(lines[0]) != "" {
			title = strings.TrimSpace(lines[0])
		}
		for _, line := range lines {
			line = strings.TrimSpace(cite.ReplaceAllString(line, ""))
			for _, t := range strings.SplitAfter(line, ". ") {
				t = strings.TrimSpace(t)
				ys := year.FindAllString(t, -1)
				if len(ys) != 1 || len(t) < 40 || len(t) > 250 || !strings.HasSuffix(t, ".") {
					continue
				}
				years[ys[0]] = true
				sents = append(sents, sent{t, title, ys[0]})
			}
		}
	}
	all := make([]string, 0, len(years))
	for y := range years {
		all = append(all, y)
	}
	sort.Strings(all)
	var out []quiz.Question
	for i, s := range sents {
		stem := strings.Replace(s.text, s.year, quiz.Blank, 1)
		q := quiz.Question{Kind: quiz.FillBlank, Stem: stem, Answer: s.year, Explanation: s.text, Source: s.title, Difficulty: 0.5, Quality: 0.5}
		if i%2 == 0 {
			opts := nearest(all, s.year, 3)
			if len(opts) == 3 {
				opts = append(opts, s.year)
				sort.Strings(opts)
				q.Kind, q.Options = quiz.MultipleChoice, opts
			}
		}
		q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
		out = append(out, q)
	}
	return out, nil
}

// nearest picks the n values of sorted list closest to v, v excluded.
func nearest(list []string, v string, n int) []string {
	at := sort.SearchStrings(list, v)
	var out []string
	for d := 1; len(out) < n && d < len(list); d++ {
		if at-d >= 0 {
			out = append(out, list[at-d])
		}
		if len(out) < n && at+d < len(list) {
			out = append(out, list[at+d])
		}
	}
	return out
}
