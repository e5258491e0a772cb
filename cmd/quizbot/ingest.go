package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/schollz/progressbar/v3"

	"quizbot/questions"
	"quizbot/questions/document"
	"quizbot/quiz"
)

// MaxSourceSize is the largest text file quizbot reads; MaxDocumentSize the
// largest PDF, Word, OpenDocument, web page or EPUB file, whose pictures and
// layout take room beside the text.
const (
	MaxSourceSize   = 10 << 20
	MaxDocumentSize = 100 << 20
)

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
	return m.reportBarren(srcs, res.qs, readErr, fs.NArg())
}

// ingestResult says what an ingest stored.
type ingestResult struct {
	qs          []quiz.Question // what was made, stored or already there
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
	res.qs, res.made = qs, len(qs)
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
		name, text, err := readText(p)
		if err != nil && len(paths) == 1 {
			return nil, err // one line, as for any other failure
		}
		if err != nil {
			fmt.Fprintln(m.Stderr, "quizbot:", quiz.ErrorMessage(err))
			failed++
			continue
		}
		out = append(out, questions.Source{Name: name, Text: text})
	}
	if failed > 0 {
		return out, &batchError{failed: failed, total: len(paths)}
	}
	return out, nil
}

// reportBarren names, after a batch, each file that gave no question, with
// its reason, and counts it among the files that could not be used: a
// batch that drops a file without a word looks like it used it.
func (m *Main) reportBarren(srcs []questions.Source, qs []quiz.Question, prior error, total int) error {
	barren := questions.Barren(srcs, qs)
	if len(barren) == 0 {
		return prior
	}
	failed := 0
	var be *batchError
	if errors.As(prior, &be) {
		failed = be.failed
	}
	for _, s := range srcs {
		if err, ok := barren[s.Name]; ok {
			fmt.Fprintln(m.Stderr, "quizbot:", quiz.ErrorMessage(err))
			failed++
		}
	}
	return &batchError{failed: failed, total: total}
}

// batchError is the end of a batch in which some files failed, each already
// reported: exit status 1 with one summary line.
type batchError struct{ failed, total int }

func (e *batchError) Error() string {
	return fmt.Sprintf("%d of %d files could not be used (see above); the others were", e.failed, e.total)
}

// readText reads one source file of any kind package document reads (text
// in any common encoding, PDF, Word, OpenDocument, web pages, EPUB),
// refusing what is too large before reading it. The name is the document's
// title, else the file's name.
func readText(path string) (name, text string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", "", quiz.Errorf(quiz.EINVALID, "cannot read %s: %s", path, describe(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return "", "", quiz.Errorf(quiz.EINVALID, "%s is a folder, not a text file", path)
	}
	limit := int64(MaxSourceSize)
	if !isPlainText(path) {
		limit = MaxDocumentSize
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return "", "", quiz.Errorf(quiz.EINVALID, "cannot read %s: %s", path, describe(err))
	}
	if int64(len(b)) > limit {
		return "", "", quiz.Errorf(quiz.EINVALID, "%s is larger than %d MB; split it into smaller files", path, limit>>20)
	}
	doc, err := document.Read(path, b)
	if err != nil {
		return "", "", err
	}
	name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if doc.Title != "" {
		name = doc.Title
	}
	return name, doc.Text, nil
}

// isPlainText is a file read as it is, without a document's pictures and
// layout around its text.
func isPlainText(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf", ".docx", ".odt", ".epub", ".html", ".htm", ".xhtml":
		return false
	}
	return true
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
