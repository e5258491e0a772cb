package quiz

import (
	"fmt"
	"math"
)

// Classical item analysis for a class report: which questions were too hard
// and which ones the stronger students got wrong more often than the weaker
// (a sign of a flawed question or key).

// Thresholds below which a question is flagged in a class report.
const (
	FlagPercentCorrect = 20.0
	FlagDiscrimination = 0.0
)

// ItemStat is one question's line in a class report.
type ItemStat struct {
	PercentCorrect float64  // 0..100
	AvgSeconds     float64  // mean response time
	Discrimination float64  // point-biserial correlation with the total score, −1..1
	OptionCounts   []int    // how often each option was picked; nil for typed questions
	Flagged        bool     // worth a teacher's look
	Reasons        []string // why it is flagged, for people
}

// PointBiserial is the correlation between getting the item right (item[i])
// and the total score (total[i]) over the same students:
// r = (M1 − M0)/σ · √(p·q), with M1 and M0 the mean totals of those who got
// it right and wrong, σ the population standard deviation of the totals and
// p, q the shares right and wrong. It is 0 when undefined: fewer than two
// students, everyone right or everyone wrong, all totals equal, or lengths
// that differ.
func PointBiserial(item []bool, total []float64) float64 {
	n := len(item)
	if n < 2 || len(total) != n {
		return 0
	}
	var sum, sum1 float64
	n1 := 0
	for i, ok := range item {
		sum += total[i]
		if ok {
			sum1 += total[i]
			n1++
		}
	}
	if n1 == 0 || n1 == n {
		return 0
	}
	mean := sum / float64(n)
	var ss float64
	for _, x := range total {
		ss += (x - mean) * (x - mean)
	}
	sd := math.Sqrt(ss / float64(n))
	if sd == 0 || math.IsNaN(sd) || math.IsInf(sd, 0) {
		return 0
	}
	m1 := sum1 / float64(n1)
	m0 := (sum - sum1) / float64(n-n1)
	p := float64(n1) / float64(n)
	r := (m1 - m0) / sd * math.Sqrt(p*(1-p))
	if math.IsNaN(r) {
		return 0
	}
	return min(max(r, -1), 1)
}

// Flag sets s.Flagged and s.Reasons from the statistics already in s: fewer
// than 20 % correct, or a negative discrimination. It replaces any earlier
// verdict, so it can be called again after the numbers change. Call it only
// for questions somebody answered.
func Flag(s *ItemStat) {
	s.Reasons = nil
	if s.PercentCorrect < FlagPercentCorrect {
		s.Reasons = append(s.Reasons, fmt.Sprintf("only %.0f%% correct", s.PercentCorrect))
	}
	if s.Discrimination < FlagDiscrimination {
		s.Reasons = append(s.Reasons, fmt.Sprintf("negative discrimination (%.2f): stronger students got it wrong more often", s.Discrimination))
	}
	s.Flagged = len(s.Reasons) > 0
}
