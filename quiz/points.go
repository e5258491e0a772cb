package quiz

import (
	"math"
	"time"
)

// MaxPoints is what an instant correct answer earns, before any bonus.
const MaxPoints = 1000

// Points is what a correct answer earns, as in Kahoot: the full 1000 for an
// instant answer falling linearly to 500 at the time limit,
// round(1000 × (1 − (t/T)/2)) with t clamped to [0, T]. A hint halves it
// (rounding half up). With no time limit there is no hurry: full points.
func Points(elapsed, limit time.Duration, hinted bool) int {
	frac := 0.0
	if limit > 0 {
		frac = float64(min(max(elapsed, 0), limit)) / float64(limit)
	}
	p := math.Round(MaxPoints * (1 - frac/2))
	if hinted {
		p = math.Round(p / 2)
	}
	return int(p)
}

// StreakBonus is added to a correct answer's points: +100 for each correct
// answer in a row beyond the first, at most +500. streak counts this answer
// (1 for the first correct answer after a wrong one).
func StreakBonus(streak int) int {
	if streak <= 1 {
		return 0
	}
	return min((streak-1)*100, 500)
}
