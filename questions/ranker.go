package questions

import (
	_ "embed"
	"encoding/json"
	"math"
)

// ranker.json holds the fitted weights and the threshold: regenerate it
// with `QUIZBOT_FIT=1 go test -run TestFitRanker ./questions` after adding
// judged questions to testdata/judged.
//
//go:embed ranker.json
var rankerJSON []byte

// model is a logistic regression over features.
type model struct {
	Weights   map[string]float64 `json:"weights"`
	Threshold float64            `json:"threshold"` // the probability below which a question is not asked
	Note      string             `json:"note,omitempty"`
}

var ranker = loadModel(rankerJSON)

func loadModel(b []byte) *model {
	m := &model{}
	if err := json.Unmarshal(b, m); err != nil {
		panic("questions: ranker.json: " + err.Error()) // embedded at build time: a broken file is a build bug
	}
	return m
}

// prob is the model's estimate that a teacher would use the question
// unchanged.
func (m *model) prob(x []float64) float64 {
	z := 0.0
	for i, n := range featureNames {
		z += m.Weights[n] * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// fitted reports whether weights were fitted at all.
func (m *model) fitted() bool { return len(m.Weights) > 1 }
