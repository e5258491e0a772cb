package document

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"quizbot/questions"
	"quizbot/quiz"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func read(t *testing.T, name string) Doc {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read(name, data)
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return d
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("text differs from %s:\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// TestSameLessonEveryFormat: one lesson saved as a web page, OpenDocument,
// Word and PDF reads as the same Markdown: headings, paragraphs, the list.
func TestSameLessonEveryFormat(t *testing.T) {
	for _, name := range []string{"volcanoes.html", "volcanoes.odt", "volcanoes.docx", "volcanoes.pdf"} {
		t.Run(name, func(t *testing.T) {
			d := read(t, name)
			if d.Title != "Volcanoes of Europe" {
				t.Errorf("Title = %q; want %q", d.Title, "Volcanoes of Europe")
			}
			golden(t, "volcanoes.golden", d.Text)
		})
	}
}

func TestEPUBChaptersInReadingOrder(t *testing.T) {
	d := read(t, "rivers.epub")
	if d.Title != "Rivers of Asia" {
		t.Errorf("Title = %q; want Rivers of Asia", d.Title)
	}
	if strings.Contains(d.Text, "Contents") {
		t.Errorf("the navigation document, out of the reading order, was read:\n%s", d.Text)
	}
	golden(t, "rivers.golden", d.Text)
}

// TestEncodingsConverted: Windows-1252 and UTF-16 files read as the same
// UTF-8 text, accents intact.
func TestEncodingsConverted(t *testing.T) {
	a, b := read(t, "cp1252.txt"), read(t, "utf16.txt")
	if a.Text != b.Text || !strings.Contains(a.Text, "Café owners") || !strings.Contains(a.Text, "naïvely") {
		t.Errorf("cp1252 = %q\nutf16 = %q\nwant the same text with é and ï", a.Text, b.Text)
	}
	// UTF-16 without a byte order mark, big-endian.
	var be []byte
	for _, r := range "# Title\n\nThe river flows." {
		be = append(be, 0, byte(r))
	}
	d, err := Read("notes.txt", be)
	if err != nil || !strings.Contains(d.Text, "The river flows.") {
		t.Errorf("UTF-16BE without BOM: %q, %v", d.Text, err)
	}
}

// TestRefusedWithAReason: what cannot be read says why, naming the file.
func TestRefusedWithAReason(t *testing.T) {
	docx, err := os.ReadFile(filepath.Join("testdata", "volcanoes.docx"))
	if err != nil {
		t.Fatal(err)
	}
	scan, err := os.ReadFile(filepath.Join("testdata", "scan.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"scan.pdf", scan, "scan.pdf has no text layer"},
		{"broken.docx", docx[:len(docx)/2], "broken.docx cannot be read as a Word document"},
		{"old.docx", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an old Word file"), "older .doc"},
		{"broken.pdf", []byte("%PDF-1.4\n1 0 obj\n<<"), "broken.pdf cannot be read as a PDF"},
		{"empty.md", []byte("  \n\n"), "empty.md is empty"},
		{"photo.jpg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), "photo.jpg is not a file I can read"},
	}
	for _, c := range cases {
		_, err := Read(c.name, c.data)
		if err == nil || quiz.ErrorCode(err) != quiz.EINVALID || !strings.Contains(quiz.ErrorMessage(err), c.want) {
			t.Errorf("Read(%s) = %v; want an EINVALID error saying %q", c.name, err, c.want)
		}
	}
}

// TestGeneratesAsWellAsMarkdown: the questions made from the PDF and the
// Word file are those made from the same lesson in Markdown.
func TestGeneratesAsWellAsMarkdown(t *testing.T) {
	md, err := os.ReadFile(filepath.Join("testdata", "volcanoes.golden"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := questions.Generate([]questions.Source{{Name: "Volcanoes", Text: string(md)}})
	if err != nil || len(want) == 0 {
		t.Fatalf("Generate(markdown) = %d questions, %v", len(want), err)
	}
	for _, name := range []string{"volcanoes.pdf", "volcanoes.docx"} {
		d := read(t, name)
		got, err := questions.Generate([]questions.Source{{Name: "Volcanoes", Text: d.Text}})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Errorf("%s made %d questions; the Markdown makes %d", name, len(got), len(want))
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"volcanoes.html", "volcanoes.docx", "cp1252.txt"} {
		b, _ := os.ReadFile(filepath.Join("testdata", name))
		f.Add(name, b)
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		for _, ext := range []string{".pdf", ".docx", ".odt", ".html", ".epub", ".txt"} {
			d, err := Read("f"+ext, data)
			if err != nil && quiz.ErrorCode(err) != quiz.EINVALID {
				t.Fatalf("Read(%s) error %v is not EINVALID", ext, err)
			}
			if err == nil && strings.TrimSpace(d.Text) == "" {
				t.Fatalf("Read(%s) gave no text and no error", ext)
			}
		}
	})
}

// BenchmarkRead reads the same lesson from each format; the Markdown
// golden is the baseline (no extraction).
func BenchmarkRead(b *testing.B) {
	for _, name := range []string{"volcanoes.golden", "volcanoes.html", "volcanoes.docx", "volcanoes.odt", "volcanoes.pdf", "rivers.epub"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		if name == "volcanoes.golden" {
			name = "volcanoes.md"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Read(name, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
