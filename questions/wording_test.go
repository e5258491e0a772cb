package questions

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"quizbot/quiz"
)

// TestWordingSeparatesUnseenTexts holds the wording model to what it was
// kept for: on rounds it was not fitted on (texts on subjects none of the
// fitted texts covers), a usable question must outscore an unusable one
// clearly more often than chance, and what it keeps must be usable more
// often than the whole.
func TestWordingSeparatesUnseenTexts(t *testing.T) {
	var unseen []judged
	for _, j := range loadJudged(t) {
		if j.Round >= wordingFitBefore && j.File != "corpus" {
			unseen = append(unseen, j)
		}
	}
	if len(unseen) < 1000 {
		t.Fatalf("only %d verdicts after round %d", len(unseen), wordingFitBefore)
	}
	ps, ys := wordingScores(wording, unseen)
	if a := auc(ps, ys); a < 0.62 {
		t.Errorf("AUC %.3f on %d unseen verdicts, want at least 0.62", a, len(unseen))
	}
	kept, usable := keptUsable(ps, ys, wording.Threshold)
	_, all := keptUsable(ps, ys, 0)
	if usable < all+0.04 || kept < 0.5 {
		t.Errorf("the threshold keeps %.0f %%, usable %.1f %% against %.1f %% for all", 100*kept, 100*usable, 100*all)
	}
}

// TestWordingNamesNothing: the model's words are words, not names. None has
// a capital letter, and none is a name of the bundled texts: a word they
// write only with a capital that no development text writes in small
// letters either ("valley" is a word, though they write "Ili Valley").
func TestWordingNamesNothing(t *testing.T) {
	small, capital := map[string]bool{}, map[string]bool{}
	read := func(pattern string, names bool) {
		files, err := filepath.Glob(pattern)
		if err != nil || len(files) == 0 {
			t.Fatalf("no texts at %s: %v", pattern, err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range strings.FieldsFunc(string(b), func(r rune) bool { return r == '.' || r == '\n' }) {
				for i, w := range reWordToken.FindAllString(s, -1) {
					switch r := []rune(w)[0]; {
					case unicode.IsLower(r):
						small[w] = true
					case names && unicode.IsUpper(r) && i > 0:
						capital[strings.ToLower(w)] = true
					}
				}
			}
		}
	}
	read("../corpus/*.txt", true)
	read("testdata/dev/*", false)
	for f := range wording.Weights {
		for _, w := range strings.FieldsFunc(strings.TrimLeft(f, "wb="), func(r rune) bool { return r == '_' }) {
			if strings.IndexFunc(w, unicode.IsUpper) >= 0 && w != "<CAP>" && w != "<NUM>" {
				t.Errorf("feature %q has a capitalised word", f)
			}
			if capital[w] && !small[w] {
				t.Errorf("feature %q is a name of the bundled texts", f)
			}
		}
	}
}

// TestWordingTokens: names and figures are masked, a capital that opens
// the stem is read as the word it is when the model knows the word.
func TestWordingTokens(t *testing.T) {
	known := func(w string) bool { return w == "when" }
	got := strings.Join(wordTokens(TrueFalsePrefix+"When Ndaté Yalla died in 1860, “the hollow” deepened?", known), " ")
	want := "when <CAP> <CAP> died in <NUM> , “ the hollow ” deepened ?"
	if got != want {
		t.Errorf("tokens %q, want %q", got, want)
	}
	if got := wordTokens("Striations run north.", known)[0]; got != "<CAP>" {
		t.Errorf("an unknown opening word is %q, want <CAP>", got)
	}
}

// TestWordingHoldsBack: the generator asks what the wording model keeps
// and holds back the rest. With the threshold at zero the same text gives
// more questions, and what it then adds is what the model rates below the
// threshold.
func TestWordingHoldsBack(t *testing.T) {
	const text = "lesson_arch-bridges.md"
	with := devQuestions(t, text)
	saved := wording.Threshold
	wording.Threshold = 0
	without := devQuestions(t, text)
	wording.Threshold = saved
	asked := map[string]bool{}
	for _, q := range with {
		asked[q.Stem] = true
		if p := wording.prob(q.Kind, q.Stem); p < saved {
			t.Errorf("asked %q, rated %.3f below the threshold %.3f", q.Stem, p, saved)
		}
	}
	added := 0
	for _, q := range without {
		if !asked[q.Stem] {
			added++
			if p := wording.prob(q.Kind, q.Stem); p >= saved && q.Kind != quiz.MultipleChoice {
				t.Logf("added without the model: %q (%.3f)", q.Stem, p) // a sentence's other kind may come in its place
			}
		}
	}
	if added == 0 {
		t.Errorf("%s: the wording model held nothing back (%d questions either way)", text, len(with))
	}
}

// withoutWording lets a test of another rule see every question that rule
// makes, whatever the wording model would make of its words. It must not
// be used where GeneratedDev is first called: that result is shared.
func withoutWording(t *testing.T) {
	saved := wording.Threshold
	wording.Threshold = 0
	t.Cleanup(func() { wording.Threshold = saved })
}
