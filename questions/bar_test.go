package questions

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestNothingBelowTheBar: every question asked clears the ranker's
// threshold and the wording model's, even when that leaves a text with nothing. A text's best
// question below the bar was once asked anyway so that no text went
// without; read blind, those were usable 1 time in 6.
func TestNothingBelowTheBar(t *testing.T) {
	if !ranker.fitted() {
		t.Skip("the ranker is not fitted")
	}
	files, _ := filepath.Glob("testdata/dev/literature_*")
	if len(files) < 5 {
		t.Fatalf("want the development stories, found %d", len(files))
	}
	empty := 0
	dev := GeneratedDev(t)
	for _, f := range files {
		r, ok := dev[filepath.Base(f)]
		if !ok {
			t.Fatalf("%s: not generated", f)
		}
		if r.Err != nil {
			empty++
			continue
		}
		for _, q := range r.Questions {
			// Quality is the mean of the ranker's score and the wording
			// model's, rounded to hundredths: each must clear its own bar.
			worded := wording.prob(q.Kind, q.Stem)
			if score := 2*q.Quality - worded; score < ranker.Threshold-0.011 || worded < wording.Threshold {
				t.Errorf("%s: asked below the bar (ranker %.2f, bar %.2f; wording %.3f, bar %.3f): %s",
					filepath.Base(f), score, ranker.Threshold, worded, wording.Threshold, q.Stem)
			}
		}
	}
	t.Logf("%d of %d stories have nothing worth asking", empty, len(files))
}

// TestNoQuestionsMessage: a long text whose questions all fell under the
// bar is not told to be longer.
func TestNoQuestionsMessage(t *testing.T) {
	long := Source{Name: "long.txt", Text: strings.Repeat("People tend to notice what fits their views. ", 40)}
	short := Source{Name: "short.txt", Text: "Mount Etna is a volcano in Sicily."}
	for _, tt := range []struct {
		src           Source
		want, wantNot string
		hadCandidates bool
	}{
		{long, "explain in general terms", "longer text", true},
		{short, "a longer text", "general terms", true},
		{long, "states a fact", "longer text", false},
	} {
		msg := noQuestions([]Source{tt.src}, tt.hadCandidates).Error()
		if !strings.Contains(msg, tt.want) || strings.Contains(msg, tt.wantNot) {
			t.Errorf("%s (candidates %v): %q; want it to say %q and not %q", tt.src.Name, tt.hadCandidates, msg, tt.want, tt.wantNot)
		}
	}
}
