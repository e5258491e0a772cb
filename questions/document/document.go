// Package document turns the files teachers have (plain text and Markdown in
// any common encoding, PDF, Word .docx, OpenDocument .odt, saved web pages,
// EPUB books) into the text the question generator reads. Structure is kept
// the way Markdown writes it, since that is what the generator understands:
// headings as "# ..." lines, list items as "- ..." lines, a blank line
// between paragraphs. What cannot be read gets one clear sentence saying why
// (a scanned PDF with no text layer, a password, a damaged file).
package document

import (
	"bytes"
	"path/filepath"
	"strings"

	"quizbot/quiz"
)

// Doc is a file's text, ready for questions.Generate.
type Doc struct {
	// Title is the document's own title when it states one (an HTML
	// <title>, an EPUB's or a Word file's metadata); "" otherwise.
	Title string
	Text  string
}

// Formats lists the file name extensions Read understands, for messages.
var Formats = []string{".txt", ".md", ".pdf", ".docx", ".odt", ".html", ".epub"}

// Supported reports whether Read reads files with this name.
func Supported(name string) bool {
	_, ok := readers[strings.ToLower(filepath.Ext(name))]
	return ok
}

var readers = map[string]func(data []byte) (Doc, error){
	".txt":      readPlain,
	".text":     readPlain,
	".md":       readPlain,
	".markdown": readPlain,
	".pdf":      readPDF,
	".docx":     readDOCX,
	".odt":      readODT,
	".html":     readHTMLFile,
	".htm":      readHTMLFile,
	".xhtml":    readHTMLFile,
	".epub":     readEPUB,
}

// Read extracts the text of the file called name (the extension decides
// how) from its bytes. A file without a known extension is read as plain
// text when it looks like text. Errors are quiz.EINVALID with a message for
// the teacher that names the file.
func Read(name string, data []byte) (Doc, error) {
	base := filepath.Base(name)
	ext := strings.ToLower(filepath.Ext(name))
	read, ok := readers[ext]
	if !ok {
		if ext != "" && looksBinary(data) {
			return Doc{}, quiz.Errorf(quiz.EINVALID, "%s is not a file I can read; send %s", base, strings.Join(Formats, ", "))
		}
		read = readPlain
	}
	d, err := read(data)
	if err != nil {
		if quiz.ErrorCode(err) == quiz.EINVALID {
			return Doc{}, quiz.Errorf(quiz.EINVALID, "%s %s", base, quiz.ErrorMessage(err))
		}
		return Doc{}, &damaged{user: quiz.Errorf(quiz.EINVALID, "%s cannot be read as %s; is it damaged?", base, kindOf(ext)), cause: err}
	}
	d.Text = tidy(d.Text)
	d.Title = strings.Join(strings.Fields(d.Title), " ")
	if strings.TrimSpace(d.Text) == "" {
		return Doc{}, quiz.Errorf(quiz.EINVALID, "%s is empty", base)
	}
	return d, nil
}

// damaged is a file its reader failed on: the teacher is told the file
// seems damaged (quiz.ErrorMessage finds that message), the operator's log
// gets the reader's own error (Error).
type damaged struct {
	user  *quiz.Error
	cause error
}

func (e *damaged) Error() string   { return e.user.Message + ": " + e.cause.Error() }
func (e *damaged) Unwrap() []error { return []error{e.user, e.cause} }

// unreadable is the error of a well-formed file with nothing to read; the
// message follows the file's name.
func unreadable(format string, args ...any) error { return quiz.Errorf(quiz.EINVALID, format, args...) }

func kindOf(ext string) string {
	switch ext {
	case ".pdf":
		return "a PDF"
	case ".docx":
		return "a Word document"
	case ".odt":
		return "an OpenDocument text"
	case ".epub":
		return "an EPUB book"
	case ".html", ".htm", ".xhtml":
		return "a web page"
	}
	return "text"
}

// looksBinary reports NUL bytes in the first few kilobytes that are not
// UTF-16's (which has one in every other byte of Latin text).
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 4096)]
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false
	}
	return bytes.IndexByte(head, 0) >= 0 && !utf16Guess(head)
}

// tidy trims each line's right end, collapses runs of blank lines into one,
// and drops blank lines at the start and the end.
func tidy(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	blank := true // no blank lines at the start
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, " \t\u00a0")
		if strings.TrimSpace(line) == "" {
			if !blank {
				b.WriteString("\n")
			}
			blank = true
			continue
		}
		b.WriteString(line)
		b.WriteString("\n")
		blank = false
	}
	return strings.TrimSpace(b.String()) + "\n"
}

// writer builds Markdown-shaped text out of blocks.
type writer struct{ b strings.Builder }

// heading writes "# text" (level 1 to 6) as a paragraph of its own.
func (w *writer) heading(level int, text string) {
	text = oneLine(text)
	if text == "" {
		return
	}
	level = min(max(level, 1), 6)
	w.b.WriteString("\n" + strings.Repeat("#", level) + " " + text + "\n\n")
}

// item writes a list item, "- text", with the lists of one block together.
func (w *writer) item(text string) {
	text = oneLine(text)
	if text == "" {
		return
	}
	w.b.WriteString("- " + text + "\n")
}

// para writes a paragraph followed by a blank line.
func (w *writer) para(text string) {
	text = oneLine(text)
	if text == "" {
		return
	}
	w.b.WriteString(text + "\n\n")
}

// end closes a run of list items with a blank line.
func (w *writer) end() { w.b.WriteString("\n") }

func (w *writer) String() string { return w.b.String() }

// oneLine collapses white space, line breaks included.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
