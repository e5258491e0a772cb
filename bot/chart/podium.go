package chart

import (
	"image/color"
	"sort"
	"strconv"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// Podium draws the first three of names by points as a podium: first in the
// middle on the highest step, second on the left, third on the right, each
// with name and points. Steps are as high as the rank, not the points, so the
// picture always looks like a podium; players with equal points share a rank
// and a height. names and points are parallel and in any order.
func Podium(names []string, points []int) ([]byte, error) {
	switch {
	case len(names) == 0:
		return nil, invalid("the podium needs at least one player")
	case len(names) != len(points):
		return nil, invalid("the podium got %d names and %d scores", len(names), len(points))
	}
	order := make([]int, len(names))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return points[order[a]] > points[order[b]] })
	if len(order) > 3 {
		order = order[:3]
	}
	rank := func(i int) int { // 1 + how many have more points
		r := 1
		for _, q := range points {
			if q > points[i] {
				r++
			}
		}
		return r
	}

	// Left to right: second, first, third.
	slots := map[int][]int{1: {0}, 2: {1, 0}, 3: {1, 0, 2}}[len(order)]
	heights := []float64{1, 0.72, 0.5}
	p := newPlot("Podium")
	p.HideAxes()
	p.X.Min, p.X.Max = -0.6, 2.6
	p.Y.Min, p.Y.Max = 0, 1.42
	var tops, names3, ranks plotter.XYs
	var nameLabels, rankLabels []string
	shift := float64(3-len(slots)) / 2 // one or two players stand in the middle
	for j, k := range slots {
		x := float64(j) + shift
		i := order[k]
		r := rank(i)
		h := heights[min(r, 3)-1]
		bar, err := plotter.NewBarChart(plotter.Values{h}, vg.Points(96))
		if err != nil {
			return nil, err
		}
		bar.XMin = x
		bar.Color = []color.Color{gold, silver, bronze}[min(r, 3)-1]
		bar.LineStyle.Width = 0
		p.Add(bar)
		tops = append(tops, plotter.XY{X: x, Y: h})
		names3 = append(names3, plotter.XY{X: x, Y: h + 0.16})
		nameLabels = append(nameLabels, label(names[i], 16))
		ranks = append(ranks, plotter.XY{X: x, Y: h - 0.14})
		rankLabels = append(rankLabels, strconv.Itoa(r))
	}
	pts := make([]string, len(tops))
	for x, k := range slots {
		pts[x] = pointsText(points[order[k]])
	}
	if err := addLabels(p, names3, nameLabels, 12, ink, true); err != nil {
		return nil, err
	}
	if err := addLabels(p, offset(tops, 0.06), pts, 10, ink, false); err != nil {
		return nil, err
	}
	if err := addLabels(p, ranks, rankLabels, 22, white, true); err != nil {
		return nil, err
	}
	return render(p)
}

func pointsText(n int) string {
	if n == 1 || n == -1 {
		return strconv.Itoa(n) + " point"
	}
	return strconv.Itoa(n) + " points"
}

func offset(xys plotter.XYs, dy float64) plotter.XYs {
	out := make(plotter.XYs, len(xys))
	for i, xy := range xys {
		out[i] = plotter.XY{X: xy.X, Y: xy.Y + dy}
	}
	return out
}
