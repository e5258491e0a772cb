package chart

import (
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// Distribution draws how many answered each option, as bars labelled
// "A. option" with the count above. The correct option's bar is green and its
// count says "correct" (the chart font has no check mark); the others are
// grey. correct is the index of the correct option, or -1 for none (a poll).
func Distribution(options []string, counts []int, correct int) ([]byte, error) {
	n := len(options)
	switch {
	case n == 0:
		return nil, invalid("the answer chart needs at least one option")
	case n != len(counts):
		return nil, invalid("the answer chart got %d options and %d counts", n, len(counts))
	case n > 26:
		return nil, invalid("the answer chart shows at most 26 options, not %d", n)
	case correct < -1 || correct >= n:
		return nil, invalid("the correct option %d is not one of the %d options", correct, n)
	}
	top := 0
	for _, c := range counts {
		if c < 0 {
			return nil, invalid("an answer count is negative (%d)", c)
		}
		top = max(top, c)
	}

	p := newPlot("Answers")
	p.Y.Label.Text = "students"
	p.Y.Min, p.Y.Max = 0, math.Max(1, float64(top)*1.25)
	p.Y.Tick.Marker = wholeTicks{}
	p.X.Min, p.X.Max = -0.6, float64(n)-0.4
	// Long options are cut to what fits under a bar: about 60 characters in all.
	fit := max(8, min(24, 60/n))
	names := make([]string, n)
	var tops plotter.XYs
	var texts []string
	for i := range options {
		bar, err := plotter.NewBarChart(plotter.Values{float64(counts[i])}, vg.Points(math.Min(60, 230/float64(n))))
		if err != nil {
			return nil, err
		}
		bar.XMin = float64(i)
		bar.Color = color.Color(neutral)
		bar.LineStyle.Width = 0
		text := strconv.Itoa(counts[i])
		if i == correct {
			bar.Color = right
			text += " correct"
		}
		p.Add(bar)
		names[i] = string(rune('A'+i)) + ". " + label(options[i], fit)
		tops = append(tops, plotter.XY{X: float64(i), Y: float64(counts[i]) + 0.07*p.Y.Max})
		texts = append(texts, text)
	}
	p.NominalX(names...)
	if err := addLabels(p, tops, texts, 10, ink, true); err != nil {
		return nil, err
	}
	return render(p)
}

// wholeTicks marks whole numbers only: half a student makes no sense.
type wholeTicks struct{}

func (wholeTicks) Ticks(lo, hi float64) []plot.Tick {
	step := math.Max(1, math.Ceil((hi-lo)/5))
	var ts []plot.Tick
	for v := math.Ceil(lo); v <= hi; v += step {
		ts = append(ts, plot.Tick{Value: v, Label: strconv.Itoa(int(v))})
	}
	return ts
}
