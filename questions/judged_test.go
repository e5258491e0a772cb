package questions

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"quizbot/quiz"
)

// maxJudgedBadBack is how many judged-unusable questions the generator
// still makes unchanged. It may only go down: each one fixed lowers it.
// (The wording model took it from 3,001 to 1,450, but it was fitted on most
// of these verdicts: that drop is no evidence of its worth; the rounds it
// was not fitted on are, in TestWordingSeparatesUnseenTexts.) Sets 224 to
// 227 and a reading of the bundled corpus added the 51 unusable questions
// the generator with it makes, less three keys fixed.
const maxJudgedBadBack = 1498

// TestJudgedBadStayOut: a question a teacher judged unusable must not come
// back unchanged. The verdicts in testdata/judged are the regression set. A
// question refused only for its key (KEY) counts as fixed when the checker
// now accepts every answer the judge quoted as refused and refuses every
// one quoted as wrongly accepted.
func TestJudgedBadStayOut(t *testing.T) {
	js := loadJudged(t)
	if len(js) == 0 {
		t.Skip("no judged questions")
	}
	byFile := map[string][]judged{}
	for _, j := range js {
		if !j.OK {
			byFile[j.File] = append(byFile[j.File], j)
		}
	}
	back := 0
	dev := GeneratedDev(t)
	for file, bad := range byFile {
		var out []quiz.Question
		if r, ok := dev[strings.TrimPrefix(file, "dev/")]; ok && strings.HasPrefix(file, "dev/") {
			out = r.Questions
		} else {
			cands, err := allCandidates(context.Background(), sourcesOf(t, file), nil)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			out = rank(cands)
		}
		for _, j := range bad {
			for _, q := range out {
				if string(q.Kind) == j.Kind && q.Stem == j.Question && q.Answer == j.Answer && slices.Equal(q.Options, nonNil(j.Options, q.Kind)) &&
					!keyFixed(&q, j) {
					back++
					t.Logf("%s: judged %v (%s) but generated again: %q", file, j.Tags, j.Why, q.Stem)
				}
			}
		}
	}
	if back > maxJudgedBadBack {
		t.Errorf("%d judged-unusable questions came back unchanged; want at most %d", back, maxJudgedBadBack)
	}
	t.Logf("%d judged-unusable questions came back unchanged (ceiling %d)", back, maxJudgedBadBack)
}

var reQuoted = regexp.MustCompile(`'([^']{1,40})'|\x{2018}([^\x{2019}]{1,40})\x{2019}|"([^"]{1,40})"`)

// keyFixed reports a verdict of KEY alone whose refused answers (quoted in
// its why) the checker now accepts, and whose wrongly accepted ones
// ("accepts 'Ireland'") it now refuses.
func keyFixed(q *quiz.Question, j judged) bool {
	if len(j.Tags) != 1 || j.Tags[0] != "KEY" {
		return false
	}
	ms := reQuoted.FindAllStringSubmatchIndex(j.Why, -1)
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		var given string
		for g := 1; g <= 3; g++ { // the one of the three quote styles that matched
			if m[2*g] >= 0 {
				given = j.Why[m[2*g]:m[2*g+1]]
			}
		}
		// "accepts 'Sergeant'" quotes a wrong answer let through: fixed
		// when it is refused. Any other quote is a right answer refused.
		before := strings.ToLower(j.Why[:m[0]])
		wrong := strings.LastIndex(before, "accept") > strings.LastIndex(before, "refus") || acceptedAfter(j.Why[m[1]:]) && !contrast(before)
		if quiz.CheckTyped(q, given) == wrong {
			return false
		}
	}
	return true
}

// acceptedAfter reports a quote the judge goes on to call accepted: "bare
// 'Padre' (generic title) accepted".
func acceptedAfter(rest string) bool {
	rest = strings.TrimSpace(strings.ToLower(rest))
	if strings.HasPrefix(rest, "(") {
		if k := strings.Index(rest, ")"); k >= 0 {
			rest = strings.TrimSpace(rest[k+1:])
		}
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "is "), "also ")
	return strings.HasPrefix(rest, "accepted")
}

// contrast reports a quote brought in for comparison, right after
// "though", "while" or "but": "'BC' refused though 'B.C.' accepted" calls
// "B.C." rightly accepted.
func contrast(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "though", "while", "but", "whereas", "although":
		return true
	}
	return false
}

func nonNil(opts []string, k quiz.Kind) []string {
	if len(opts) == 0 {
		return nil
	}
	return opts
}
