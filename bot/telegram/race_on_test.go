//go:build race

package telegram

// raceBuild slows time-scaled tests down: the race detector makes the
// bot's own work several times slower, and a test's scaled clock must not
// turn that into lost seconds.
const raceBuild = true
