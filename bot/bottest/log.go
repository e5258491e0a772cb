package bottest

import (
	"bytes"
	"sync"
)

// Log is a goroutine-safe writer for capturing a logger's output (tests
// check that tokens never reach it).
type Log struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *Log) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *Log) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
