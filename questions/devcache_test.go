package questions

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"quizbot/quiz"
)

// DevResult is what Generate made of one development text (exported, like
// GeneratedDev, for the external tests).
type DevResult struct {
	Questions []quiz.Question
	Err       error
}

var (
	devAllOnce sync.Once
	devAll     map[string]DevResult
	devAllErr  error
)

// GeneratedDev returns the questions of every development text, keyed by
// file name (testdata/dev/NAME), each text generated alone as a user would
// paste it. Several tests read all of them (the aliases, the labelled
// regression set, the ranker's bar); generated once per test binary and on
// every core, they cost a fraction of what each test generating them again
// did, which under the race detector was most of the package's time.
// Exported for the external tests of generate_test.go.
func GeneratedDev(t testing.TB) map[string]DevResult {
	t.Helper()
	devAllOnce.Do(func() { devAll, devAllErr = generateDev() })
	if devAllErr != nil {
		t.Fatal(devAllErr)
	}
	return devAll
}

// generateDev generates the development texts on GOMAXPROCS workers. The
// generator is safe for concurrent use (the server runs one per upload), so
// the race detector also watches it here.
func generateDev() (map[string]DevResult, error) {
	files, err := filepath.Glob("testdata/dev/*")
	if err != nil {
		return nil, err
	}
	texts := make(map[string]string, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		texts[filepath.Base(f)] = string(b)
	}
	out := make(map[string]DevResult, len(texts))
	var mu sync.Mutex
	names := make(chan string)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range names {
				qs, err := Generate([]Source{{Name: name, Text: texts[name]}})
				mu.Lock()
				out[name] = DevResult{qs, err}
				mu.Unlock()
			}
		}()
	}
	for name := range texts {
		names <- name
	}
	close(names)
	wg.Wait()
	return out, nil
}
