package questions

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"quizbot/quiz"
)

// judged is one blind verdict on a generated question, as kept in
// testdata/judged/*.jsonl. File names the source text the question was
// made from, relative to this package ("corpus" for the bundled texts,
// which are generated together).
type judged struct {
	ID          string   `json:"id"`
	File        string   `json:"file"`
	Kind        string   `json:"kind"`
	Question    string   `json:"question"`
	Answer      string   `json:"answer"`
	Options     []string `json:"options"`
	Explanation string   `json:"explanation"`
	OK          bool     `json:"ok"`
	Tags        []string `json:"tags"`
	Why         string   `json:"why"`
	Round       int      `json:"round"`
}

func loadJudged(t testing.TB) []judged {
	files, err := filepath.Glob("testdata/judged/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var out []judged
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var j judged
			if err := json.Unmarshal(sc.Bytes(), &j); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			out = append(out, j)
		}
		fh.Close()
	}
	return out
}

// sourcesOf reads the texts a judged question's file names.
func sourcesOf(t testing.TB, file string) []Source {
	if file == "corpus" {
		names, _ := filepath.Glob("../corpus/*.txt")
		sort.Strings(names)
		var out []Source
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, Source{Name: filepath.Base(n), Text: string(b)})
		}
		return out
	}
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	return []Source{{Name: filepath.Base(file), Text: string(b)}}
}

// labelled is a candidate of today's generator with a verdict.
type labelled struct {
	File string
	X    []float64
	OK   bool
}

// matchJudged finds, for each verdict, today's candidate it judged: the
// same kind and stem, or else the same kind, answer and source sentence
// (so a verdict survives small rewordings of the stem). Verdicts on
// questions the generator no longer makes are left out.
func matchJudged(t testing.TB, js []judged) []labelled {
	byFile := map[string][]judged{}
	for _, j := range js {
		byFile[j.File] = append(byFile[j.File], j)
	}
	var out []labelled
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		cands, err := allCandidates(context.Background(), sourcesOf(t, f), nil)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		byStem := map[string]*candidate{}
		byFact := map[string]*candidate{}
		for i := range cands {
			c := &cands[i]
			if gate(&c.Q) != nil {
				continue
			}
			byStem[string(c.Q.Kind)+"|"+c.Q.Stem] = c
			byFact[string(c.Q.Kind)+"|"+strings.ToLower(c.Q.Answer)+"|"+c.Q.Explanation] = c
		}
		for _, j := range byFile[f] {
			c := byStem[j.Kind+"|"+j.Question]
			if c == nil && j.Kind != string(quiz.TrueFalse) {
				c = byFact[j.Kind+"|"+strings.ToLower(j.Answer)+"|"+j.Explanation]
			}
			if c == nil {
				continue
			}
			out = append(out, labelled{File: f, X: features(c), OK: j.OK})
		}
	}
	return out
}

// fitLogistic fits weights by gradient descent on the log loss with an L2
// penalty (not on the bias).
func fitLogistic(data []labelled, l2 float64) []float64 {
	w := make([]float64, len(featureNames))
	if len(data) == 0 {
		return w
	}
	lr := 0.5
	for it := 0; it < 3000; it++ {
		grad := make([]float64, len(w))
		for _, d := range data {
			z := 0.0
			for i, x := range d.X {
				z += w[i] * x
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if d.OK {
				y = 1
			}
			for i, x := range d.X {
				grad[i] += (p - y) * x
			}
		}
		for i := range w {
			g := grad[i] / float64(len(data))
			if i > 0 {
				g += l2 * w[i]
			}
			w[i] -= lr * g
		}
	}
	return w
}

func predict(w, x []float64) float64 {
	z := 0.0
	for i := range x {
		z += w[i] * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// auc is the probability that a good question scores above a bad one.
func auc(ps []float64, ys []bool) float64 {
	var pos, neg []float64
	for i, p := range ps {
		if ys[i] {
			pos = append(pos, p)
		} else {
			neg = append(neg, p)
		}
	}
	if len(pos) == 0 || len(neg) == 0 {
		return math.NaN()
	}
	s := 0.0
	for _, a := range pos {
		for _, b := range neg {
			switch {
			case a > b:
				s++
			case a == b:
				s += 0.5
			}
		}
	}
	return s / float64(len(pos)*len(neg))
}

// TestFitRanker refits ranker.json from testdata/judged when QUIZBOT_FIT is
// set, reporting held-back AUC (ten folds of whole texts) and the precision at each
// threshold on predictions for texts the fit did not see.
func TestFitRanker(t *testing.T) {
	if os.Getenv("QUIZBOT_FIT") == "" {
		t.Skip("set QUIZBOT_FIT=1 to refit ranker.json from testdata/judged")
	}
	data := matchJudged(t, loadJudged(t))
	t.Logf("%d verdicts matched to today's candidates", len(data))
	const l2 = 0.01
	// Held-back predictions: each text scored by a model fitted without it,
	// in ten folds of whole texts (one fit per text took over ten minutes
	// once the labels passed a thousand texts).
	const folds = 10
	var ps []float64
	var ys []bool
	fold := map[string]int{}
	for _, d := range data {
		if _, ok := fold[d.File]; !ok {
			fold[d.File] = len(fold) % folds
		}
	}
	for k := 0; k < folds; k++ {
		var train, test []labelled
		for _, d := range data {
			if fold[d.File] == k {
				test = append(test, d)
			} else {
				train = append(train, d)
			}
		}
		w := fitLogistic(train, l2)
		for _, d := range test {
			ps = append(ps, predict(w, d.X))
			ys = append(ys, d.OK)
		}
	}
	t.Logf("held-back AUC %.3f over %d questions", auc(ps, ys), len(ps))
	thr := 0.0
	for _, cut := range []float64{0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8} {
		share, prec := keptUsable(ps, ys, cut)
		kept := int(math.Round(share * float64(len(ps))))
		t.Logf("threshold %.2f: keeps %d of %d, %.0f%% acceptable", cut, kept, len(ps), 100*prec)
		if thr == 0 && prec >= 0.8 && kept > 0 {
			thr = cut
		}
	}
	if v := os.Getenv("QUIZBOT_THRESHOLD"); v != "" {
		fmt.Sscanf(v, "%g", &thr)
	}
	w := fitLogistic(data, l2)
	m := model{Weights: map[string]float64{}, Threshold: thr,
		Note: fmt.Sprintf("fitted on %d judged questions; held-back AUC %.3f", len(data), auc(ps, ys))}
	for i, n := range featureNames {
		m.Weights[n] = math.Round(w[i]*1000) / 1000
	}
	b, _ := json.MarshalIndent(m, "", "  ")
	if err := os.WriteFile("ranker.json", append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote ranker.json: threshold %.2f\n%s", thr, b)
}
