// Package corpus holds the bundled source texts, embedded in the binary so
// that quizbot works with no files around it. See ATTRIBUTION.md.
package corpus

import (
	"embed"
	"io/fs"
	"sort"

	"quizbot/questions"
)

//go:embed *.txt
var files embed.FS

// Sources returns the bundled texts in a stable order.
func Sources() []questions.Source {
	names, _ := fs.Glob(files, "*.txt")
	sort.Strings(names)
	out := make([]questions.Source, 0, len(names))
	for _, n := range names {
		b, _ := files.ReadFile(n)
		out = append(out, questions.Source{Name: n, Text: string(b)})
	}
	return out
}
