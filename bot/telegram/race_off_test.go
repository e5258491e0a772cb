//go:build !race

package telegram

const raceBuild = false
