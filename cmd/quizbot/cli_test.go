package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLIConventions: what people and scripts expect of a command.
func TestCLIConventions(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")

	_, errOut, code := run(t, nil, "", "--bogus")
	if code != exitUsage || strings.Count(errOut, "bogus") != 1 {
		t.Errorf("unknown global flag: exit %d, stderr %q; want 2 and the error once", code, errOut)
	}
	out, _, code := run(t, nil, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "quizbot ") || !strings.Contains(out, "go1") {
		t.Errorf("--version: exit %d, %q; want 0 and a version line", code, out)
	}
	out, errOut, code = run(t, nil, "", "import", "--help")
	if code != 0 || !strings.HasPrefix(out, "Usage: quizbot import --format") || !strings.Contains(out, "-topic") ||
		strings.Contains(out, "Commands:") || errOut != "" {
		t.Errorf("import --help: exit %d, stdout %q, stderr %q; want 0 and import's own usage", code, out, errOut)
	}
	_, errOut, code = run(t, nil, "", "export", "--frobnicate")
	if code != exitUsage || strings.Count(errOut, "frobnicate") != 1 {
		t.Errorf("unknown export flag: exit %d, stderr %q; want 2 and the error once", code, errOut)
	}

	// Reading commands refuse a database that does not exist, and make none.
	typo := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{{"export", "--format", "gift"}, {"report"}} {
		_, errOut, code := run(t, nil, "", append([]string{"--db", typo}, args...)...)
		if code != exitError || !strings.Contains(errOut, "no database") {
			t.Errorf("%s on a missing database: exit %d, %q; want 1 and a clear line", args[0], code, errOut)
		}
		if _, err := os.Stat(typo); err == nil {
			t.Fatalf("%s created the missing database", args[0])
		}
	}

	// A bad file in a batch: each reported, the good ones used, exit 1.
	good := write(t, dir, "good.txt", amurText)
	empty := write(t, dir, "empty.txt", "")
	out, errOut, code = run(t, nil, "", "generate", good, empty, filepath.Join(dir, "missing.txt"))
	if code != exitError || !strings.Contains(out, "question") || !strings.Contains(out, "Amur") ||
		!strings.Contains(errOut, "empty.txt is empty") || !strings.Contains(errOut, "missing.txt") || !strings.Contains(errOut, "2 of 3 files") {
		t.Errorf("generate good empty missing: exit %d\nstdout:\n%s\nstderr:\n%s\nwant the good file's questions, each bad file named, exit 1", code, out, errOut)
	}
	out, errOut, code = run(t, nil, "", "--db", db, "ingest", good, empty)
	if code != exitError || !strings.Contains(out, "new stored") || !strings.Contains(errOut, "empty.txt is empty") {
		t.Errorf("ingest good empty: exit %d, stdout %q, stderr %q; want the good one stored and exit 1", code, out, errOut)
	}
}

// TestDevNullIsNotATerminal: /dev/null is a character device, but no one
// reads prompts or progress bars there.
func TestDevNullIsNotATerminal(t *testing.T) {
	f, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Errorf("isTerminal(%s) = true; want false", os.DevNull)
	}
}

// amurText is a short text the generator asks at least one question of.
const amurText = "# Rivers\n\nThe Amur River flows through Russia and China. It is 2,824 kilometres long. " +
	"The river was called Heilong Jiang by the Chinese. The Amur River was the border set by the Treaty of Aigun in 1858. " +
	"In 1689 the Treaty of Nerchinsk had given the whole Amur basin to the Qing. " +
	"Khabarovsk, founded in 1858 as a Russian military post, stands where the Ussuri joins the Amur.\n"

// TestIngestDocuments: the files teachers have, by the command line.
func TestIngestDocuments(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	docs := "../../questions/document/testdata/"
	out, errOut, code := run(t, nil, "", "--db", db, "ingest", docs+"volcanoes.pdf", docs+"rivers.epub")
	if code != 0 || !strings.Contains(out, "Volcanoes of Europe:") || !strings.Contains(out, "Rivers of Asia:") {
		t.Fatalf("ingest pdf epub: exit %d\n%s\n%s", code, out, errOut)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM topics WHERE name IN ('Volcanoes of Europe', 'Rivers of Asia')"); n != 2 {
		t.Errorf("topics named by the documents' titles = %d; want 2", n)
	}
	out, errOut, code = run(t, nil, "", "generate", docs+"scan.pdf")
	if code != exitError || !strings.Contains(errOut, "scan.pdf has no text layer") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("generate scan.pdf: exit %d, stdout %q, stderr %q; want exit 1 and one line saying there is no text layer", code, out, errOut)
	}
	// A Windows-1252 text: "Café" and "naïvely" as single bytes.
	cp1252 := write(t, t.TempDir(), "cp1252.txt", strings.NewReplacer("é", "\xe9", "ï", "\xef").Replace(
		amurText+"Café owners in Khabarovsk call it the Black Dragon River, naïvely or not.\n"))
	out, _, code = run(t, nil, "", "generate", "--format", "json", docs+"volcanoes.docx", cp1252)
	if code != 0 || !strings.Contains(out, "Etna") || !strings.Contains(out, "Amur") {
		t.Errorf("generate docx and a Windows-1252 text: exit %d\n%s", code, out)
	}
}

// TestImportPlatformFiles: the files Moodle, Canvas and Kahoot make, by the
// command line; the binary exports come out whole.
func TestImportPlatformFiles(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	td := "../../questions/bank/testdata/"
	for _, c := range []struct{ format, file, want string }{
		{"moodle", td + "moodle/export_category.xml", "Imported 1 question, 1 new (Alpha: 1)"},
		{"qti", td + "canvas/mc_text_answers.xml", "Imported 1 question, 1 new (mc_text_answers: 1)"},
		{"xlsx", td + "kahoot.xlsx", "Imported 4 questions, 4 new (kahoot: 4)"},
	} {
		out, errOut, code := run(t, nil, "", "--db", db, "import", "--format", c.format, c.file)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("import %s: exit %d, %q %q; want %q", c.format, code, out, errOut, c.want)
		}
	}
	_, errOut, code := run(t, nil, "", "--db", db, "import", "--format", "moodle", td+"moodle/testquestion.moodle.xml")
	if code != 1 || !strings.Contains(errOut, `"Multi-choice-001"`) {
		t.Errorf("import of a multiple-answer Moodle question: exit %d, %q; want 1 naming it", code, errOut)
	}
	for _, f := range []string{"qti", "xlsx", "moodle"} {
		out, errOut, code := run(t, nil, "", "--db", db, "export", "--format", f)
		if code != 0 || len(out) < 100 {
			t.Errorf("export %s: exit %d, %d bytes, %q", f, code, len(out), errOut)
		}
		back := write(t, t.TempDir(), "bank."+f, out)
		if _, errOut, code := run(t, nil, "", "--db", filepath.Join(t.TempDir(), "y.db"), "import", "--format", f, back); code != 0 {
			t.Errorf("import of our %s export: exit %d, %q", f, code, errOut)
		}
	}
}

// TestConsoleWording: the console speaks of typing, never of buttons or
// groups, and no message shows "(s)" plurals or internal kind names.
func TestConsoleWording(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	// A round of five holds at least two questions with options, since the
	// bundled texts give only three to type: one of the four "zzz" lands on
	// one of them whatever the draw (a round of three once drew a gap, a
	// short answer and then a statement, and "zzz" never met an option).
	out, errOut, code := run(t, nil, "/help\n/quiz 5\nzzz\nzzz\nzzz\nzzz\n1\n/hint\n/skip\n/stop\n/class start 2 30\n/class join\n/class begin\n1\n/score\n/top\n/topics\n/review\n", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	low := strings.ToLower(out)
	for _, bad := range []string{"button", "group", "press ", "(s)", "fill_blank", "multiple_choice", "short_answer", "true_false", "you're in, you", " 1 rounds", " 1 questions"} {
		if strings.Contains(low, bad) {
			t.Errorf("console output contains %q:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "Pick one of the options") {
		t.Errorf("no answer that names no option was tried, so its wording went unchecked:\n%s", out)
	}
	if !strings.Contains(out, "— type ") || !strings.Contains(out, "send /class join") {
		t.Errorf("console output does not say how to answer and join by typing:\n%s", out)
	}
}
