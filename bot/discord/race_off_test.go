//go:build !race

package discord

const raceBuild = false
