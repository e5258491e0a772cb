package quiz

import (
	"math"
	"testing"
	"time"
)

var t0 = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestFSRSInitial(t *testing.T) {
	// S0(G) = w[G-1]; D0(G) = w4 − e^(w5·(G−1)) + 1 with w4 = 7.1949, w5 = 0.5345:
	// D0(1) = 7.1949 − 1 + 1 = 7.1949
	// D0(2) = 7.1949 − e^0.5345 + 1 = 7.1949 − 1.706595 + 1 = 6.488305
	// D0(3) = 7.1949 − e^1.069 + 1 = 7.1949 − 2.912466 + 1 = 5.282434
	// D0(4) = 7.1949 − e^1.6035 + 1 = 7.1949 − 4.970398 + 1 = 3.224502
	tests := []struct {
		r     Rating
		s, d  float64
		state CardState
		wait  time.Duration
	}{
		{Again, 0.40255, 7.1949, CardLearning, time.Minute},
		{Hard, 1.18385, 6.488305268471453, CardLearning, 5 * time.Minute},
		{Good, 3.173, 5.282434422319005, CardLearning, 10 * time.Minute},
		{Easy, 15.69105, 3.2245015893713678, CardReview, 16 * 24 * time.Hour}, // interval = round(S) = 16
	}
	for _, tt := range tests {
		c := Card{}.Review(tt.r, t0)
		if !near(c.Stability, tt.s) || !near(c.Difficulty, tt.d) {
			t.Errorf("new card rated %d: S, D = %v, %v; want %v, %v", tt.r, c.Stability, c.Difficulty, tt.s, tt.d)
		}
		if c.State != tt.state || c.Due.Sub(t0) != tt.wait || c.Reps != 1 || c.Lapses != 0 || !c.LastReview.Equal(t0) {
			t.Errorf("new card rated %d: state %d, due in %v, reps %d, lapses %d; want state %d, due in %v, reps 1, lapses 0",
				tt.r, c.State, c.Due.Sub(t0), c.Reps, c.Lapses, tt.state, tt.wait)
		}
	}
}

// TestFSRSSequence follows one card through Good, Good (10 min later), Good
// (when due), Again (when due), Good (10 min later), every number worked out
// from the FSRS-5 formulas with the default weights (FACTOR = 19/81).
func TestFSRSSequence(t *testing.T) {
	type step struct {
		after time.Duration // since the previous review
		r     Rating
		s, d  float64
		state CardState
		wait  time.Duration
	}
	day := 24 * time.Hour
	steps := []step{
		// New: S = w2 = 3.173, D = D0(3) = 5.282434; first learning step.
		{0, Good, 3.173, 5.282434422319005, CardLearning, 10 * time.Minute},
		// Same day: S = 3.173·e^(w17·(3−3+w18)) = 3.173·e^(0.51655·0.6621) = 3.173·1.407767 = 4.466858.
		// ΔD = 0, so D = w7·D0(4) + (1−w7)·D = 0.0046·3.224502 + 0.9954·5.282434 = 5.272968.
		// Graduates: interval = round(4.466858) = 4 days.
		{10 * time.Minute, Good, 4.466858064362218, 5.272967931287446, CardReview, 4 * day},
		// 4 days later: R = (1 + 19/81·4/4.466858)^−0.5 = 0.909071.
		// S = S·(e^w8·(11−D)·S^−w9·(e^(w10·(1−R)) − 1) + 1)
		//   = 4.466858·(4.691173·5.727032·0.836669·(e^(1.01925·0.090929) − 1) + 1) = 14.217284.
		// D = 0.0046·3.224502 + 0.9954·5.272968 = 5.263545. Interval = 14 days.
		{4 * day, Good, 14.217284109332127, 5.263544986114632, CardReview, 14 * day},
		// 14 days later, forgotten: R = (1 + 19/81·14/14.217284)^−0.5 = 0.901310.
		// Long-term S = w11·D^−w12·((S+1)^w13 − 1)·e^(w14·(1−R))
		//   = 1.9395·5.263545^−0.11·(15.217284^0.29605 − 1)·e^(2.2698·0.098690) = 2.504170,
		// below S/e^(w17·w18) = 14.217284/1.407767 = 10.099144, so S = 2.504170.
		// ΔD = −w6·(1−3) = 2.9208; D = 0.0046·3.224502 + 0.9954·(5.263545 + 2.9208·(10−5.263545)/9) = 6.784232.
		{14 * day, Again, 2.504170139105899, 6.784232087673549, CardRelearning, 10 * time.Minute},
		// Same day: S = 2.504170·1.407767 = 3.525299; D = 0.0046·3.224502 + 0.9954·6.784232 = 6.767857.
		// Graduates again: interval = round(3.525299) = 4 days.
		{10 * time.Minute, Good, 3.525298638638589, 6.767857327381359, CardReview, 4 * day},
	}
	var c Card
	now := t0
	for i, st := range steps {
		now = now.Add(st.after)
		c = c.Review(st.r, now)
		if !near(c.Stability, st.s) || !near(c.Difficulty, st.d) || c.State != st.state || c.Due.Sub(now) != st.wait {
			t.Fatalf("step %d (%d): S %v, D %v, state %d, due in %v; want S %v, D %v, state %d, due in %v",
				i, st.r, c.Stability, c.Difficulty, c.State, c.Due.Sub(now), st.s, st.d, st.state, st.wait)
		}
	}
	if c.Reps != 5 || c.Lapses != 1 {
		t.Errorf("after the sequence reps, lapses = %d, %d; want 5, 1", c.Reps, c.Lapses)
	}
}

func TestFSRSWrongComesBackSooner(t *testing.T) {
	// From every kind of card, Again is due before Hard, Hard before Good.
	learning := Card{}.Review(Good, t0)
	review := learning.Review(Good, t0.Add(10*time.Minute))
	now := review.Due
	for name, c := range map[string]Card{"new": {}, "learning": learning, "review": review} {
		again, hard, good := c.Review(Again, now), c.Review(Hard, now), c.Review(Good, now)
		if !again.Due.Before(hard.Due) || !again.Due.Before(good.Due) || hard.Due.After(good.Due) {
			t.Errorf("%s card: due after Again %v, Hard %v, Good %v; want Again soonest, Good latest",
				name, again.Due.Sub(now), hard.Due.Sub(now), good.Due.Sub(now))
		}
	}
}

func TestFSRSIntervalsGrow(t *testing.T) {
	c := Card{}.Review(Good, t0)
	c = c.Review(Good, c.Due)
	prev := c.Due.Sub(c.LastReview)
	for i := range 12 {
		c = c.Review(Good, c.Due)
		ivl := c.Due.Sub(c.LastReview)
		if ivl <= prev && ivl < fsrsMaxDays*24*time.Hour {
			t.Fatalf("review %d: interval %v after %v; want it to grow", i, ivl, prev)
		}
		prev = ivl
	}
	if prev > fsrsMaxDays*24*time.Hour {
		t.Errorf("interval %v; want at most %d days", prev, fsrsMaxDays)
	}
}

func TestFSRSRetrievability(t *testing.T) {
	c := Card{}.Review(Good, t0).Review(Good, t0.Add(10*time.Minute))
	if got := (Card{}).Retrievability(t0); got != 0 {
		t.Errorf("new card Retrievability = %v; want 0", got)
	}
	if got := c.Retrievability(c.LastReview); got != 1 {
		t.Errorf("Retrievability just after review = %v; want 1", got)
	}
	// At t = S days, R = (1 + 19/81)^−0.5 = (100/81)^−0.5 = 0.9 exactly.
	at := c.LastReview.Add(time.Duration(c.Stability * 24 * float64(time.Hour)))
	if got := c.Retrievability(at); math.Abs(got-0.9) > 1e-6 {
		t.Errorf("Retrievability after S days = %v; want 0.9", got)
	}
	if a, b := c.Retrievability(at), c.Retrievability(at.Add(48*time.Hour)); b >= a {
		t.Errorf("Retrievability %v then %v two days later; want it to fall", a, b)
	}
}

func TestRatingFor(t *testing.T) {
	tests := []struct {
		correct, hinted bool
		want            Rating
	}{{false, false, Again}, {false, true, Again}, {true, true, Hard}, {true, false, Good}}
	for _, tt := range tests {
		if got := RatingFor(tt.correct, tt.hinted); got != tt.want {
			t.Errorf("RatingFor(%v, %v) = %d; want %d", tt.correct, tt.hinted, got, tt.want)
		}
	}
}
