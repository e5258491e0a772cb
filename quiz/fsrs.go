package quiz

import (
	"math"
	"time"
)

// Spaced review follows FSRS-5 (the Free Spaced Repetition Scheduler,
// open-spaced-repetition/fsrs4anki wiki "The Algorithm", version 5) with its
// published default parameters. A card's memory is two numbers: stability S,
// the days after which recall falls to 90 %, and difficulty D in [1, 10].

// Rating is how well a review went.
type Rating int

const (
	Again Rating = 1 + iota // forgot: wrong answer
	Hard                    // recalled with effort: right after a hint
	Good                    // recalled
	Easy                    // recalled at once (not given by quizzes; imported histories may have it)
)

// RatingFor turns a quiz answer into a review rating: wrong is Again, right
// after a hint is Hard, right is Good.
func RatingFor(correct, hinted bool) Rating {
	switch {
	case !correct:
		return Again
	case hinted:
		return Hard
	}
	return Good
}

// CardState is where a card is in its life. The zero value is a card never
// reviewed, so a missing row reads as a new card.
type CardState int

const (
	CardNew        CardState = iota // never reviewed
	CardLearning                    // first reviewed, in short learning steps
	CardReview                      // graduated: scheduled in days
	CardRelearning                  // forgotten after graduating, in a short step again
)

// Card is one player's memory of one question.
type Card struct {
	Stability, Difficulty float64
	Due, LastReview       time.Time
	Reps, Lapses          int
	State                 CardState
}

// fsrsW are FSRS-5's 19 default weights.
var fsrsW = [19]float64{0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
	1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621}

const (
	fsrsDecay     = -0.5
	fsrsFactor    = 19.0 / 81.0 // makes R(S, S) = 0.9: 0.9^(1/DECAY) − 1
	fsrsRetention = 0.9         // desired retention
	fsrsMaxDays   = 36500
	minStability  = 0.01
)

// Learning steps: short waits, in minutes of the same session, before a card
// is scheduled in days. Kept to one step each: a new card answered Good gets
// one more look 10 minutes later; a card in (re)learning answered Good or
// Easy graduates; Again and Hard repeat the step. A graduated card that is
// forgotten comes back in 10 minutes (relearning).
const (
	stepAgain   = time.Minute
	stepHard    = 5 * time.Minute
	stepGood    = 10 * time.Minute
	stepRelearn = 10 * time.Minute
)

// Review returns the card after a review rated r at now, with Due set to the
// next review. Stability and difficulty follow FSRS-5: initial values for a
// new card; the short-term formula S·e^(w17·(G−3+w18)) for a review within a
// day of the last; otherwise the recall or forgetting stability. The card is
// a value: c itself is unchanged.
func (c Card) Review(r Rating, now time.Time) Card {
	r = min(max(r, Again), Easy)
	if c.State == CardNew || c.Stability <= 0 {
		c.Stability = initStability(r)
		c.Difficulty = initDifficulty(r)
		c.State = CardNew
	} else {
		t := c.elapsedDays(now)
		if t < 1 {
			c.Stability = shortTermStability(c.Stability, r)
		} else if rr := retrievability(t, c.Stability); r == Again {
			c.Stability = forgetStability(c.Difficulty, c.Stability, rr)
		} else {
			c.Stability = recallStability(c.Difficulty, c.Stability, rr, r)
		}
		c.Stability = min(max(c.Stability, minStability), fsrsMaxDays)
		c.Difficulty = nextDifficulty(c.Difficulty, r)
	}
	c.Reps++
	c.LastReview = now

	var wait time.Duration
	switch {
	case c.State == CardReview && r == Again:
		c.Lapses++
		c.State, wait = CardRelearning, stepRelearn
	case c.State == CardReview || r == Easy || (c.State != CardNew && r == Good):
		c.State, wait = CardReview, time.Duration(interval(c.Stability))*24*time.Hour
	case r == Again:
		wait = stepAgain
	case r == Hard:
		wait = stepHard
	default: // a new card answered Good
		wait = stepGood
	}
	if c.State == CardNew {
		c.State = CardLearning
	}
	c.Due = now.Add(wait)
	return c
}

// Retrievability is the probability of recalling the card at now:
// (1 + FACTOR·t/S)^DECAY with t the days since the last review. It is 0 for a
// card never reviewed.
func (c Card) Retrievability(now time.Time) float64 {
	if c.State == CardNew || c.Stability <= 0 {
		return 0
	}
	return retrievability(c.elapsedDays(now), c.Stability)
}

// elapsedDays is the time since the last review in days, fractions kept (a
// quiz answer can come at any hour), never negative.
func (c Card) elapsedDays(now time.Time) float64 {
	if c.LastReview.IsZero() {
		return 0
	}
	return max(now.Sub(c.LastReview).Hours()/24, 0)
}

func retrievability(t, s float64) float64 {
	return math.Pow(1+fsrsFactor*t/s, fsrsDecay)
}

// interval is the number of days after which recall falls to the desired
// retention: S/FACTOR·(R^(1/DECAY) − 1), rounded, within [1, 36500]. With
// R = 0.9 it equals S.
func interval(s float64) int {
	i := math.Round(s / fsrsFactor * (math.Pow(fsrsRetention, 1/fsrsDecay) - 1))
	return int(min(max(i, 1), fsrsMaxDays))
}

// initStability is S0(G) = w[G−1].
func initStability(r Rating) float64 { return fsrsW[r-1] }

// initDifficulty is D0(G) = w4 − e^(w5·(G−1)) + 1, within [1, 10].
func initDifficulty(r Rating) float64 {
	return clampDifficulty(rawInitDifficulty(r))
}

func rawInitDifficulty(r Rating) float64 {
	return fsrsW[4] - math.Exp(fsrsW[5]*float64(r-1)) + 1
}

func clampDifficulty(d float64) float64 { return min(max(d, 1), 10) }

// nextDifficulty is FSRS-5's update: ΔD = −w6·(G−3), damped linearly by
// (10−D)/9, then reverted towards D0(Easy) by the weight w7.
func nextDifficulty(d float64, r Rating) float64 {
	delta := -fsrsW[6] * float64(r-3)
	damped := d + delta*(10-d)/9
	return clampDifficulty(fsrsW[7]*rawInitDifficulty(Easy) + (1-fsrsW[7])*damped)
}

// recallStability is S'r = S·(e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R)) − 1)·hard·easy + 1),
// with the hard penalty w15 and the easy bonus w16.
func recallStability(d, s, r float64, g Rating) float64 {
	hard, easy := 1.0, 1.0
	if g == Hard {
		hard = fsrsW[15]
	}
	if g == Easy {
		easy = fsrsW[16]
	}
	return s * (math.Exp(fsrsW[8])*(11-d)*math.Pow(s, -fsrsW[9])*(math.Exp(fsrsW[10]*(1-r))-1)*hard*easy + 1)
}

// forgetStability is S'f = w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R)),
// and, as in FSRS-5, never more than S/e^(w17·w18), what a same-day Again
// would leave.
func forgetStability(d, s, r float64) float64 {
	long := fsrsW[11] * math.Pow(d, -fsrsW[12]) * (math.Pow(s+1, fsrsW[13]) - 1) * math.Exp(fsrsW[14]*(1-r))
	return min(long, s/math.Exp(fsrsW[17]*fsrsW[18]))
}

// shortTermStability is FSRS-5's same-day update S' = S·e^(w17·(G−3+w18)).
func shortTermStability(s float64, r Rating) float64 {
	return s * math.Exp(fsrsW[17]*(float64(r)-3+fsrsW[18]))
}
