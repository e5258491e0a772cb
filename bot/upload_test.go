package bot_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"quizbot/bot"
	"quizbot/bot/bottest"
)

// file is an upload whose content is data; opened records whether the bot
// downloaded it (a refusal by name or size must not).
func file(name, mime string, size int64, data []byte, opened *bool) *bot.File {
	return &bot.File{Name: name, MIME: mime, Size: size, Open: func(ctx context.Context) (io.ReadCloser, error) {
		if opened != nil {
			*opened = true
		}
		return io.NopCloser(bytes.NewReader(data)), nil
	}}
}

func (e *env) upload(chat bot.Chat, u bot.User, text string, f *bot.File) []bottest.Sent {
	e.t.Helper()
	e.n++
	in := bot.Incoming{ID: fmt.Sprint("u", e.n), Chat: chat, User: u, Text: text, File: f, At: e.clock.Now()}
	if err := e.svc.Handle(context.Background(), in); err != nil {
		e.t.Fatalf("Handle(upload %s): %v", f.Name, err)
	}
	return e.out.Take()
}

func TestUploadMakesATopic(t *testing.T) {
	e := newEnv(t, 4)
	text, err := os.ReadFile("testdata/volcanoes.md")
	if err != nil {
		t.Fatal(err)
	}
	before, _ := e.db.CountQuestions(context.Background())
	sent := e.upload(private, user("1"), "", file("volcanoes_of-iceland.md", "text/markdown", int64(len(text)), text, nil))
	out := bottest.Text(sent)
	if !strings.Contains(out, "Topic “volcanoes of iceland”") || strings.Contains(out, "⏳") {
		t.Fatalf("upload of a short text:\n%s", out)
	}
	after, _ := e.db.CountQuestions(context.Background())
	if after-before < 3 { // 240 words: the generator asks what it rates worth asking, about one question per 80 words here
		t.Errorf("questions made from the upload = %d; want at least 3", after-before)
	}
	if s := e.send(private, user("1"), "/quiz volcanoes 2"); !strings.Contains(bottest.Text(s), "A round of 2 on volcanoes of iceland") {
		t.Errorf("playing the new topic: %s", bottest.Text(s))
	}
}

func TestUploadLongTextShowsProgress(t *testing.T) {
	e := newEnv(t, 4)
	text, _ := os.ReadFile("testdata/volcanoes.md")
	long := bytes.Repeat(append(text, '\n'), 20<<10/len(text)+1)
	sent := e.upload(group, teacher, "/class upload", file("iceland.txt", "text/plain", int64(len(long)), long, nil))
	out := bottest.Text(sent)
	if !strings.Contains(out, "⏳ Reading iceland.txt") || !strings.Contains(out, "[edit] ✅ Read iceland.txt") || !strings.Contains(out, "Topic “iceland”") {
		t.Fatalf("upload of a long text:\n%s", out)
	}
}

func TestUploadRefusals(t *testing.T) {
	e := newEnv(t, 4)
	pdf := []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
	binary := []byte("some text\x00\x01\x02\xff\xfe more")
	scan, err := os.ReadFile("../questions/document/testdata/scan.pdf")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		chat   bot.Chat
		user   bot.User
		text   string
		file   func(opened *bool) *bot.File
		want   string
		opened bool // the bot had to download it to tell
	}{
		{"damaged PDF", private, user("1"), "", func(o *bool) *bot.File { return file("notes.pdf", "application/pdf", int64(len(pdf)), pdf, o) },
			"notes.pdf cannot be read as a PDF; is it damaged?", true},
		{"PDF with a text name", private, user("1"), "", func(o *bool) *bot.File { return file("notes.txt", "application/pdf", 100, pdf, o) },
			"notes.pdf cannot be read as a PDF", true},
		{"scanned PDF", private, user("1"), "", func(o *bool) *bot.File { return file("scan.pdf", "application/pdf", int64(len(scan)), scan, o) },
			"scan.pdf has no text layer", true},
		{"100 MB PDF", private, user("1"), "", func(o *bool) *bot.File { return file("big.pdf", "application/pdf", 100<<20, nil, o) },
			"100.0 MB; the limit is 20 MB", false},
		{"50 MB", private, user("1"), "", func(o *bool) *bot.File { return file("book.txt", "text/plain", 50<<20, nil, o) },
			"50.0 MB; the limit is 1 MB", false},
		{"50 MB declared small", private, user("1"), "", func(o *bool) *bot.File {
			return file("book.txt", "text/plain", 10, bytes.Repeat([]byte("word "), 11<<20/5), o)
		}, "the limit is 1 MB", true},
		{"binary", private, user("1"), "", func(o *bool) *bot.File { return file("data.txt", "text/plain", int64(len(binary)), binary, o) },
			"not a text file", true},
		{"image", private, user("1"), "", func(o *bool) *bot.File { return file("photo.png", "image/png", 1000, nil, o) },
			"I can read text (.txt, .md), PDF, Word (.docx)", false},
		{"empty", private, user("1"), "", func(o *bool) *bot.File { return file("empty.md", "", 0, []byte("  \n"), o) },
			"is empty", true},
		{"no prose", private, user("1"), "", func(o *bool) *bot.File {
			return file("list.txt", "text/plain", 20, []byte("1\n2\n3\n4\n"), o)
		}, "no usable sentences", true},
		{"a student in a group", group, user("2"), "/class upload", func(o *bool) *bot.File {
			return file("mine.txt", "text/plain", 5, []byte("hello"), o)
		}, "only a teacher can add texts", false},
	} {
		opened := false
		out := bottest.Text(e.upload(c.chat, c.user, c.text, c.file(&opened)))
		if !strings.Contains(out, c.want) {
			t.Errorf("%s: got %q; want %q", c.name, out, c.want)
		}
		if opened != c.opened {
			t.Errorf("%s: downloaded = %v; want %v", c.name, opened, c.opened)
		}
	}
	// A file shared among people in a group, not addressed to the bot.
	if s := e.upload(group, user("2"), "", file("notes.pdf", "application/pdf", 10, pdf, nil)); len(s) != 0 {
		t.Errorf("a file shared in a group got an answer: %s", bottest.Text(s))
	}
	if n, _ := e.db.CountQuestions(context.Background()); n != 4 {
		t.Errorf("questions after refused uploads = %d; want the 4 seeded", n)
	}
}

// TestUploadDocuments: a PDF, a Word file and an EPUB become topics named
// by their title, with questions made from their text.
func TestUploadDocuments(t *testing.T) {
	e := newEnv(t, 0)
	for _, c := range []struct{ file, mime, topic string }{
		{"volcanoes.pdf", "application/pdf", "Volcanoes of Europe"},
		{"volcanoes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Volcanoes of Europe"},
		{"rivers.epub", "application/epub+zip", "Rivers of Asia"},
	} {
		data, err := os.ReadFile("../questions/document/testdata/" + c.file)
		if err != nil {
			t.Fatal(err)
		}
		before, _ := e.db.CountQuestions(context.Background())
		out := bottest.Text(e.upload(private, user("1"), "", file(c.file, c.mime, int64(len(data)), data, nil)))
		if !strings.Contains(out, "Topic “"+c.topic+"”") {
			t.Errorf("upload of %s:\n%s\nwant the topic %q", c.file, out, c.topic)
		}
		if c.file == "volcanoes.docx" {
			continue // the same lesson as the PDF: nothing new
		}
		if after, _ := e.db.CountQuestions(context.Background()); after-before < 3 {
			t.Errorf("%s made %d questions; want at least 3", c.file, after-before)
		}
	}
}
