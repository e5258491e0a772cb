package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/schollz/progressbar/v3"

	"quizbot/questions"
	"quizbot/quiz"
)

// MaxSourceSize is the largest text file quizbot reads.
const MaxSourceSize = 10 << 20

// runIngest is quizbot ingest: generate and store as topics.
func (m *Main) runIngest(ctx context.Context, args []string) error {
	fs := m.flags("quizbot ingest")
	topic := fs.String("topic", "", "file everything under this topic `name` (default: each text's title)")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("ingest needs at least one FILE")
	}
	srcs, readErr := m.readSources(fs.Args())
	if len(srcs) == 0 {
		return readErr
	}
	db, err := m.openDB()
	if err != nil {
		return err
	}
	defer db.Close()
	var bar *progressbar.ProgressBar
	if m.StdoutIsTerminal {
		bar = progressbar.NewOptions(len(srcs)+1, progressbar.OptionSetWriter(m.Stderr),
			progressbar.OptionSetDescription("generating"), progressbar.OptionClearOnFinish())
	}
	res, err := ingest(ctx, db, srcs, strings.TrimSpace(*topic), bar)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Made %s; %d new stored (%s).\n", plural(res.made, "question"), res.added, res.topicList())
	return readErr
}

// ingestResult says what an ingest stored.
type ingestResult struct {
	made, added int
	topics      map[string]int // new questions per topic
}

func (r ingestResult) topicList() string {
	names := make([]string, 0, len(r.topics))
	for n := range r.topics {
		names = append(names, n)
	}
	sort.Strings(names)
	for i, n := range names {
		names[i] = fmt.Sprintf("%s: %d new", n, r.topics[n])
	}
	return strings.Join(names, "; ")
}

// ingest generates from the sources together (distractors come from all of
// them) and stores the questions under topic, or under each text's title.
// Every question is checked before anything is stored.
func ingest(ctx context.Context, db quiz.Store, srcs []questions.Source, topic string, bar *progressbar.ProgressBar) (ingestResult, error) {
	res := ingestResult{topics: map[string]int{}}
	qs, err := questions.Generate(srcs)
	if bar != nil {
		bar.Add(len(srcs))
	}
	if err != nil {
		return res, err
	}
	groups := map[string][]quiz.Question{}
	var order []string
	for _, q := range qs {
		name := topic
		if name == "" {
			name = q.Source
		}
		if name == "" {
			name = "General"
		}
		if _, ok := groups[name]; !ok {
			order = append(order, name)
		}
		groups[name] = append(groups[name], q)
	}
	for _, q := range qs {
		if err := q.Validate(); err != nil {
			return res, err
		}
	}
	res.made = len(qs)
	for _, name := range order {
		n, err := db.SaveTopic(ctx, name, groups[name][0].Source, groups[name])
		if err != nil {
			return res, fmt.Errorf("store topic %s: %w", name, err)
		}
		res.added += n
		res.topics[name] = n
	}
	if bar != nil {
		bar.Finish()
	}
	return res, nil
}

// readSources reads the files, refusing what is not text or too large
// before any work is done. A file that fails is reported on stderr and the
// others are read: one bad file in a batch does not cost the good ones.
// The error, when some failed, says how many; the caller goes on with srcs.
func (m *Main) readSources(paths []string) ([]questions.Source, error) {
	var out []questions.Source
	failed := 0
	for _, p := range paths {
		text, err := readText(p)
		if err != nil && len(paths) == 1 {
			return nil, err // one line, as for any other failure
		}
		if err != nil {
			fmt.Fprintln(m.Stderr, "quizbot:", quiz.ErrorMessage(err))
			failed++
			continue
		}
		out = append(out, questions.Source{Name: strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)), Text: text})
	}
	if failed > 0 {
		return out, &batchError{failed: failed, total: len(paths)}
	}
	return out, nil
}

// batchError is the end of a batch in which some files failed, each already
// reported: exit status 1 with one summary line.
type batchError struct{ failed, total int }

func (e *batchError) Error() string {
	return fmt.Sprintf("%d of %d files could not be used (see above); the others were", e.failed, e.total)
}

func readText(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", quiz.Errorf(quiz.EINVALID, "cannot read %s: %s", path, describe(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return "", quiz.Errorf(quiz.EINVALID, "%s is a folder, not a text file", path)
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxSourceSize+1))
	if err != nil {
		return "", quiz.Errorf(quiz.EINVALID, "cannot read %s: %s", path, describe(err))
	}
	if len(b) > MaxSourceSize {
		return "", quiz.Errorf(quiz.EINVALID, "%s is larger than %d MB; split it into smaller texts", path, MaxSourceSize>>20)
	}
	if !utf8.Valid(b) || strings.ContainsRune(string(b), 0) {
		return "", quiz.Errorf(quiz.EINVALID, "%s is not a UTF-8 text file", path)
	}
	if strings.TrimSpace(string(b)) == "" {
		return "", quiz.Errorf(quiz.EINVALID, "%s is empty", path)
	}
	return string(b), nil
}

// describe says what went wrong with a file without Go's wrapping.
func describe(err error) string {
	switch {
	case os.IsNotExist(err):
		return "no such file"
	case os.IsPermission(err):
		return "permission denied"
	}
	var pe *os.PathError
	if ok := asPathError(err, &pe); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
