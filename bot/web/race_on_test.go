//go:build race

package web_test

// raceBuild: the race detector makes the server several times slower, so
// the load test checks what it counts but not its latency figures.
const raceBuild = true
