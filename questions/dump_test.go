package questions_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"quizbot/corpus"
	"quizbot/questions"
)

// TestDump prints every question when QDUMP is set: QDUMP=corpus or a glob
// of files. It is a reading aid, not a check.
func TestDump(t *testing.T) {
	which := os.Getenv("QDUMP")
	if which == "" {
		t.Skip("QDUMP not set")
	}
	srcs := corpus.Sources()
	if which != "corpus" {
		srcs = nil
		files, _ := filepath.Glob(which)
		for _, f := range files {
			b, _ := os.ReadFile(f)
			srcs = append(srcs, questions.Source{Name: filepath.Base(f), Text: string(b)})
		}
	}
	qs, err := questions.Generate(srcs)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		fmt.Printf("[%s %.2f] %s\n", q.Kind, q.Quality, q.Stem)
		if len(q.Options) > 0 {
			fmt.Printf("    %q\n", q.Options)
		}
		fmt.Printf("    A: %s %q | %s\n", q.Answer, q.Aliases, q.Explanation)
	}
}
