package quiz

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestPointBiserial(t *testing.T) {
	tests := []struct {
		name  string
		item  []bool
		total []float64
		want  float64
	}{
		// Totals 5,4,3,2,1; right: students 1, 2 and 4.
		// mean = 15/5 = 3; squared deviations 4+1+0+1+4 = 10; σ = √(10/5) = √2 = 1.414214.
		// M1 = (5+4+2)/3 = 3.666667; M0 = (3+1)/2 = 2; p = 0.6, q = 0.4, √(pq) = 0.489898.
		// r = (3.666667 − 2)/1.414214 · 0.489898 = 1.178511 · 0.489898 = 0.577350 (= 1/√3).
		{"positive", []bool{true, true, false, true, false}, []float64{5, 4, 3, 2, 1}, 1 / math.Sqrt(3)},
		// Totals 4,3,2,1; right: the two weakest.
		// mean = 2.5; squared deviations 2.25+0.25+0.25+2.25 = 5; σ = √(5/4) = 1.118034.
		// M1 = (2+1)/2 = 1.5; M0 = (4+3)/2 = 3.5; p = q = 0.5, √(pq) = 0.5.
		// r = (1.5 − 3.5)/1.118034 · 0.5 = −0.894427 (= −2/√5).
		{"negative", []bool{false, false, true, true}, []float64{4, 3, 2, 1}, -2 / math.Sqrt(5)},
		{"perfect", []bool{true, false}, []float64{1000, 0}, 1},
		{"all right", []bool{true, true, true}, []float64{3, 2, 1}, 0},
		{"all wrong", []bool{false, false}, []float64{3, 2}, 0},
		{"no spread", []bool{true, false, true}, []float64{2, 2, 2}, 0},
		{"one student", []bool{true}, []float64{5}, 0},
		{"empty", nil, nil, 0},
		{"lengths differ", []bool{true, false}, []float64{1}, 0},
	}
	for _, tt := range tests {
		if got := PointBiserial(tt.item, tt.total); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: PointBiserial(%v, %v) = %v; want %v", tt.name, tt.item, tt.total, got, tt.want)
		}
	}
}

// The point-biserial coefficient is Pearson's r with the item as 0/1; check
// it against Pearson's formula on random classes.
func TestPointBiserialIsPearson(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		n := 2 + rng.IntN(40)
		item, total := make([]bool, n), make([]float64, n)
		x := make([]float64, n)
		for i := range n {
			item[i] = rng.IntN(2) == 0
			total[i] = float64(rng.IntN(5000))
			if item[i] {
				x[i] = 1
			}
		}
		want := pearson(x, total)
		if got := PointBiserial(item, total); math.Abs(got-want) > 1e-9 {
			t.Fatalf("PointBiserial(%v, %v) = %v; want Pearson's %v", item, total, got, want)
		}
	}
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var sx, sy, sxx, syy, sxy float64
	for i := range x {
		sx, sy = sx+x[i], sy+y[i]
		sxx, syy, sxy = sxx+x[i]*x[i], syy+y[i]*y[i], sxy+x[i]*y[i]
	}
	den := math.Sqrt(n*sxx-sx*sx) * math.Sqrt(n*syy-sy*sy)
	if den == 0 {
		return 0
	}
	return (n*sxy - sx*sy) / den
}

func TestFlag(t *testing.T) {
	tests := []struct {
		pct, disc float64
		flagged   bool
		reasons   int
	}{
		{50, 0.3, false, 0},
		{20, 0, false, 0}, // the limits themselves pass
		{19.9, 0.3, true, 1},
		{80, -0.01, true, 1},
		{5, -0.5, true, 2},
	}
	for _, tt := range tests {
		s := ItemStat{PercentCorrect: tt.pct, Discrimination: tt.disc, Reasons: []string{"stale"}}
		Flag(&s)
		if s.Flagged != tt.flagged || len(s.Reasons) != tt.reasons || slices.Contains(s.Reasons, "stale") {
			t.Errorf("Flag(%v%%, %v) = %v, %q; want %v with %d reasons", tt.pct, tt.disc, s.Flagged, s.Reasons, tt.flagged, tt.reasons)
		}
	}
}
