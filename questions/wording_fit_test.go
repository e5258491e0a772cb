package questions

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"

	"quizbot/quiz"
)

// The wording model is fitted on the rounds before wordingFitBefore and its
// threshold is chosen on the rounds from there to wordingValidateBefore:
// texts written after the fitted ones, on subjects none of them covers. The
// rounds after that are the model's test, read blind as generated with it.
const (
	wordingFitBefore      = 200
	wordingValidateBefore = 224
	// wordingMinTexts is how many judged texts a word or word pair must
	// appear in to be given a weight: a word of one text's subject would
	// teach the model that text, not wording.
	wordingMinTexts = 8
	// wordingHoldBack is the share of the validation rounds' questions the
	// threshold holds back.
	wordingHoldBack = 0.3
)

// wordingSplit is the judged questions the wording model learns from and
// those its threshold is chosen on. The bundled corpus is never used.
func wordingSplit(js []judged) (fit, validate []judged) {
	for _, j := range js {
		switch {
		case j.File == "corpus":
		case j.Round < wordingFitBefore:
			fit = append(fit, j)
		case j.Round < wordingValidateBefore:
			validate = append(validate, j)
		}
	}
	// The files are read in name order; sorting by round and id makes the
	// fit independent of how they are named.
	for _, s := range [][]judged{fit, validate} {
		sort.SliceStable(s, func(a, b int) bool {
			if s[a].Round != s[b].Round {
				return s[a].Round < s[b].Round
			}
			return s[a].ID+s[a].Question < s[b].ID+s[b].Question
		})
	}
	return fit, validate
}

// fitWording fits the wording model on js: the vocabulary first (words and
// pairs in at least wordingMinTexts texts), then the weights by stochastic
// gradient descent with a fixed seed, so that a refit gives the same file.
func fitWording(js []judged) *wordModel {
	texts := func(feature func(j judged) []string) map[string]bool {
		in := map[string]map[string]bool{}
		for _, j := range js {
			for _, f := range feature(j) {
				if in[f] == nil {
					in[f] = map[string]bool{}
				}
				in[f][j.File] = true
			}
		}
		keep := map[string]bool{}
		for f, files := range in {
			if len(files) >= wordingMinTexts {
				keep[f] = true
			}
		}
		return keep
	}
	// Words count where they are written in small letters in mid-stem, so
	// a name that opens a sentence never becomes a word.
	words := texts(func(j judged) []string {
		var out []string
		for _, t := range wordTokens(j.Question, func(string) bool { return false }) {
			out = append(out, "w="+t)
		}
		return out
	})
	known := func(w string) bool { return words["w="+w] }
	pairs := texts(func(j judged) []string {
		var out []string
		for _, f := range wordFeatures(quiz.Kind(j.Kind), j.Question, known) {
			if strings.HasPrefix(f, "b=") {
				out = append(out, f)
			}
		}
		return out
	})
	type row struct {
		feats []string
		y     float64
	}
	rows := make([]row, len(js))
	for i, j := range js {
		var fs []string
		for _, f := range wordFeatures(quiz.Kind(j.Kind), j.Question, known) {
			if words[f] || pairs[f] || !strings.HasPrefix(f, "w=") && !strings.HasPrefix(f, "b=") {
				fs = append(fs, f)
			}
		}
		rows[i] = row{fs, 0}
		if j.OK {
			rows[i].y = 1
		}
	}
	w := map[string]float64{}
	for f := range words {
		w[f] = 0 // every word of the vocabulary is written, weight or not: prob reads the vocabulary off the weights
	}
	bias := 0.0
	rng := rand.New(rand.NewPCG(1, 2))
	const epochs, rate, l2 = 6, 0.02, 1e-3
	for ep := range epochs {
		lr := rate / float64(1+ep)
		rng.Shuffle(len(rows), func(a, b int) { rows[a], rows[b] = rows[b], rows[a] })
		for _, r := range rows {
			z := bias
			for _, f := range r.feats {
				z += w[f]
			}
			g := 1/(1+math.Exp(-max(-30, min(30, z)))) - r.y
			bias -= lr * g
			for _, f := range r.feats {
				w[f] -= lr * (g + l2*w[f])
			}
		}
	}
	m := &wordModel{Bias: round6(bias), Weights: map[string]float64{}}
	for f, v := range w {
		if strings.HasPrefix(f, "w=") || math.Abs(v) >= 5e-4 {
			m.Weights[f] = round6(v)
		}
	}
	return m
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// wordingScores is the model's probability for each judged question, and
// its verdict.
func wordingScores(m *wordModel, js []judged) ([]float64, []bool) {
	ps := make([]float64, len(js))
	ys := make([]bool, len(js))
	for i, j := range js {
		ps[i] = m.prob(quiz.Kind(j.Kind), j.Question)
		ys[i] = j.OK
	}
	return ps, ys
}

// keptUsable is, at threshold th, the share of questions kept and the
// usable share of those kept.
func keptUsable(ps []float64, ys []bool, th float64) (kept, usable float64) {
	n, ok := 0, 0
	for i, p := range ps {
		if p >= th {
			n++
			if ys[i] {
				ok++
			}
		}
	}
	return float64(n) / float64(len(ps)), float64(ok) / float64(max(n, 1))
}

// fitWordingFile fits the model and chooses its threshold as wording.json
// records them.
func fitWordingFile(js []judged) *wordModel {
	fit, validate := wordingSplit(js)
	m := fitWording(fit)
	ps, ys := wordingScores(m, validate)
	sorted := append([]float64(nil), ps...)
	sort.Float64s(sorted)
	m.Threshold = round6(sorted[int(wordingHoldBack*float64(len(sorted)))])
	kept, usable := keptUsable(ps, ys, m.Threshold)
	_, all := keptUsable(ps, ys, 0)
	m.Note = fmt.Sprintf("fitted on %d verdicts of rounds before %d (the bundled corpus left out); on the %d of rounds %d to %d: AUC %.3f, the threshold keeps %.0f %% of them, usable %.1f %% against %.1f %% for all",
		len(fit), wordingFitBefore, len(validate), wordingFitBefore, wordingValidateBefore-1, auc(ps, ys), 100*kept, 100*usable, 100*all)
	return m
}

// TestFitWording refits wording.json from testdata/judged when QUIZBOT_FIT
// is set.
func TestFitWording(t *testing.T) {
	if os.Getenv("QUIZBOT_FIT") == "" {
		t.Skip("set QUIZBOT_FIT=1 to refit wording.json from testdata/judged")
	}
	m := fitWordingFile(loadJudged(t))
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // keep "<CAP>" readable in the file
	enc.SetIndent("", " ")
	if err := enc.Encode(m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("wording.json", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log(m.Note)
}

// TestWordingRefits checks that wording.json is what the fitting code and
// the labels give, so that anyone can refit it and get the same model.
func TestWordingRefits(t *testing.T) {
	m := fitWordingFile(loadJudged(t))
	if m.Note != wording.Note || m.Threshold != wording.Threshold || m.Bias != wording.Bias || len(m.Weights) != len(wording.Weights) {
		t.Fatalf("wording.json is stale: a refit gives %q (threshold %v), the file says %q (threshold %v); refit with QUIZBOT_FIT=1",
			m.Note, m.Threshold, wording.Note, wording.Threshold)
	}
	for f, v := range m.Weights {
		if wording.Weights[f] != v {
			t.Fatalf("wording.json is stale at %q: refit %v, file %v", f, v, wording.Weights[f])
		}
	}
}
