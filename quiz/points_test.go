package quiz

import (
	"testing"
	"time"
)

func TestPoints(t *testing.T) {
	const T = 30 * time.Second
	tests := []struct {
		elapsed, limit time.Duration
		hinted         bool
		want           int
	}{
		{0, T, false, 1000},
		{-time.Second, T, false, 1000}, // clock skew: clamped to 0
		{T, T, false, 500},
		{2 * T, T, false, 500}, // late: clamped to T
		{15 * time.Second, T, false, 750},
		{10 * time.Second, T, false, 833}, // 1000 × (1 − 1/6) = 833.33
		{20 * time.Second, T, false, 667}, // 1000 × (1 − 1/3) = 666.67
		{3 * time.Second, T, false, 950},
		{100 * time.Millisecond, 20 * time.Second, false, 998}, // 1000 × (1 − 0.0025) = 997.5 → 998
		{0, T, true, 500},
		{T, T, true, 250},
		{10 * time.Second, T, true, 417}, // 833 / 2 = 416.5 → 417
		{20 * time.Second, T, true, 334}, // 667 / 2 = 333.5 → 334
		{5 * time.Second, 0, false, 1000},
	}
	for _, tt := range tests {
		if got := Points(tt.elapsed, tt.limit, tt.hinted); got != tt.want {
			t.Errorf("Points(%v, %v, %v) = %d; want %d", tt.elapsed, tt.limit, tt.hinted, got, tt.want)
		}
	}
}

func TestStreakBonus(t *testing.T) {
	want := map[int]int{-1: 0, 0: 0, 1: 0, 2: 100, 3: 200, 5: 400, 6: 500, 7: 500, 100: 500}
	for streak, w := range want {
		if got := StreakBonus(streak); got != w {
			t.Errorf("StreakBonus(%d) = %d; want %d", streak, got, w)
		}
	}
}
