//go:build race

package discord

// raceBuild relaxes the time bounds of burst tests: the race detector makes
// the bot's own work several times slower, and the bounds are about the
// bot, not the detector.
const raceBuild = true
