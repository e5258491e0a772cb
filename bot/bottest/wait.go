package bottest

import "time"

// TimeToCount polls count every 10 ms until it reaches n and returns how
// long after start that was, or 0 if it had not by start+limit. Burst tests
// use it to time the last of many presses stored while they go on.
func TimeToCount(start time.Time, limit time.Duration, n int, count func() int) time.Duration {
	for deadline := start.Add(limit); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if count() >= n {
			return time.Since(start)
		}
	}
	return 0
}
