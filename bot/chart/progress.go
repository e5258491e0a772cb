package chart

import (
	"math"
	"sort"
	"strconv"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Progress draws a student's accuracy (0..1, shown as a percentage) on each
// day as a line with points, days in any order. Dates are labelled in the
// time zone of the first day.
func Progress(days []time.Time, accuracy []float64) ([]byte, error) {
	switch {
	case len(days) == 0:
		return nil, invalid("the progress chart needs at least one day")
	case len(days) != len(accuracy):
		return nil, invalid("the progress chart got %d days and %d accuracies", len(days), len(accuracy))
	}
	xys := make(plotter.XYs, len(days))
	for i, d := range days {
		a := accuracy[i]
		if math.IsNaN(a) || a < 0 || a > 1 {
			return nil, invalid("accuracy %v is not between 0 and 1", a)
		}
		xys[i] = plotter.XY{X: float64(d.Unix()), Y: 100 * a}
	}
	sort.SliceStable(xys, func(a, b int) bool { return xys[a].X < xys[b].X })

	p := newPlot("Your accuracy")
	p.Y.Label.Text = "% correct"
	p.Y.Min, p.Y.Max = 0, 105
	p.Y.Tick.Marker = percentTicks{}
	loc := days[0].Location()
	p.X.Tick.Marker = plot.TimeTicks{
		Ticker: dayTicks{loc},
		Format: "Jan 2",
		Time:   func(t float64) time.Time { return time.Unix(int64(t), 0).In(loc) },
	}
	const day = 24 * 60 * 60
	p.X.Min, p.X.Max = xys[0].X-day/2, xys[len(xys)-1].X+day/2
	grid := plotter.NewGrid()
	grid.Vertical.Width = 0
	grid.Horizontal.Color = silver
	p.Add(grid)

	l, s, err := plotter.NewLinePoints(xys)
	if err != nil {
		return nil, err
	}
	l.Color, l.Width = line, vg.Points(2)
	s.Color, s.Shape, s.Radius = line, draw.CircleGlyph{}, vg.Points(3)
	p.Add(l, s)
	return render(p)
}

type percentTicks struct{}

func (percentTicks) Ticks(lo, hi float64) []plot.Tick {
	var ts []plot.Tick
	for v := 0.0; v <= 100; v += 25 {
		ts = append(ts, plot.Tick{Value: v, Label: strconv.Itoa(int(v)) + "%"})
	}
	return ts
}

// dayTicks puts at most six labelled ticks on midnights of loc, so that
// labels like "Mar 14" never overlap in a small picture and stand under the
// days they name.
type dayTicks struct{ loc *time.Location }

func (t dayTicks) Ticks(lo, hi float64) []plot.Tick {
	const day = 24 * 60 * 60
	_, off := time.Unix(int64(lo), 0).In(t.loc).Zone()
	step := math.Max(1, math.Ceil((hi-lo)/day/6)) * day
	var ts []plot.Tick
	for v := math.Ceil((lo+float64(off))/day)*day - float64(off); v <= hi; v += step {
		ts = append(ts, plot.Tick{Value: v, Label: "x"}) // TimeTicks writes the label
	}
	return ts
}
