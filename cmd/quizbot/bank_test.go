package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"quizbot/quiz"
)

const bankData = "../../questions/bank/testdata/"

// write puts text in a new file in dir.
func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestImportRealBanks(t *testing.T) {
	for _, c := range []struct {
		format, file string
		n            int
		topics       []string
	}{
		{"gift", "history.gift", 15, []string{"Dzungar Khanate", "Qing Dynasty"}},
		{"aiken", "science.aiken.txt", 5, []string{"science"}},
		{"csv", "kahoot.csv", 6, []string{"kahoot"}},
		{"json", "bank.json", 0, nil},
	} {
		t.Run(c.format, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "x.db")
			out, errOut, code := run(t, nil, "", "--db", db, "import", "--format", c.format, bankData+c.file)
			if code != 0 {
				t.Fatalf("import exit %d; stderr:\n%s", code, errOut)
			}
			n := count(t, db, "SELECT COUNT(*) FROM questions")
			if c.n > 0 && n != c.n {
				t.Errorf("questions stored = %d; want %d", n, c.n)
			}
			if n == 0 || !strings.Contains(out, "new") {
				t.Errorf("import printed %q and stored %d questions", out, n)
			}
			for _, topic := range c.topics {
				if count(t, db, "SELECT COUNT(*) FROM topics WHERE name = '"+topic+"'") != 1 {
					t.Errorf("no topic %q after import; output %q", topic, out)
				}
			}
			// Importing again adds nothing.
			out, _, _ = run(t, nil, "", "--db", db, "import", "--format", c.format, bankData+c.file)
			if !strings.Contains(out, ", 0 new") || count(t, db, "SELECT COUNT(*) FROM questions") != n {
				t.Errorf("second import: %q", out)
			}
		})
	}
}

func TestImportMalformedChangesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	if _, errOut, code := run(t, nil, "", "--db", db, "import", "--format", "aiken", bankData+"science.aiken.txt"); code != 0 {
		t.Fatal(errOut)
	}
	before := count(t, db, "SELECT COUNT(*) FROM questions")
	refused, _ := os.ReadFile(bankData + "refused.gift")
	good := "::Good::Where did Amursana die? {=Tobolsk ~Ili ~Kiakhta}\n\n"
	for _, c := range []struct {
		name, format, text, want string
	}{
		{"matching", "gift", good + string(refused), "line"},
		{"essay", "gift", good + "::Essay::Write about Galdan. {}\n", "Essay"},
		{"unclosed brace", "gift", good + "Where is Ili? {=Dzungaria ~Tibet\n", "line"},
		{"aiken without answer", "aiken", "What is 2+2?\nA. 3\nB. 4\n\nWhat is 3+3?\nA. 6\nB. 7\nANSWER: A\n", "line"},
		{"aiken answer not an option", "aiken", "What is 2+2?\nA. 3\nB. 4\nANSWER: C\n", "line"},
		{"csv wrong header", "csv", "Q,A\nx,y\n", "line"},
		{"json broken", "json", `[{"kind":"multiple_choice","question":"x?"`, "line"},
		{"not utf-8", "gift", good + "Caf\xe9 {=yes ~no}\n", "UTF-8"},
		{"empty", "gift", "// only a comment\n", "no questions"},
	} {
		p := write(t, dir, strings.ReplaceAll(c.name, " ", "_")+".txt", c.text)
		_, errOut, code := run(t, nil, "", "--db", db, "import", "--format", c.format, p)
		if code != 1 || !strings.Contains(errOut, c.want) || !strings.Contains(errOut, "nothing was imported") {
			t.Errorf("%s: exit %d, stderr %q; want exit 1 naming %q and saying nothing was imported", c.name, code, errOut, c.want)
		}
		if n := count(t, db, "SELECT COUNT(*) FROM questions"); n != before {
			t.Errorf("%s: questions %d after a failed import; want %d", c.name, n, before)
		}
	}
	for _, args := range [][]string{
		{"import", "--format", "blackboard", bankData + "history.gift"},
		{"import", bankData + "history.gift"},
		{"import", "--format", "gift"},
		{"export", "--format", "xml"},
		{"report", "--format", "xlsx"},
	} {
		if _, errOut, code := run(t, nil, "", append([]string{"--db", db}, args...)...); code != 2 {
			t.Errorf("%v: exit %d (%s); want 2", args, code, errOut)
		}
	}
	if _, errOut, code := run(t, nil, "", "--db", db, "import", "--format", "gift", filepath.Join(dir, "missing.gift")); code != 1 || !strings.Contains(errOut, "no such file") {
		t.Errorf("missing file: exit %d, %q", code, errOut)
	}
}

// exportJSON returns the stored questions by id.
func exportJSON(t *testing.T, db string) map[string]quiz.Question {
	t.Helper()
	out, errOut, code := run(t, nil, "", "--db", db, "export", "--format", "json")
	if code != 0 {
		t.Fatalf("export json: exit %d: %s", code, errOut)
	}
	var qs []quiz.Question
	if err := json.Unmarshal([]byte(out), &qs); err != nil {
		t.Fatalf("export json: %v\n%s", err, out)
	}
	m := map[string]quiz.Question{}
	for _, q := range qs {
		m[q.ID] = q
	}
	return m
}

func TestExportImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src.db")
	for _, c := range [][2]string{{"gift", "history.gift"}, {"aiken", "science.aiken.txt"}, {"csv", "kahoot.csv"}} {
		if _, errOut, code := run(t, nil, "", "--db", src, "import", "--format", c[0], bankData+c[1]); code != 0 {
			t.Fatal(errOut)
		}
	}
	want := exportJSON(t, src)
	for _, format := range []string{"gift", "csv", "json", "aiken"} {
		t.Run(format, func(t *testing.T) {
			out, errOut, code := run(t, nil, "", "--db", src, "export", "--format", format)
			if code != 0 {
				t.Fatalf("export: exit %d: %s", code, errOut)
			}
			file := write(t, t.TempDir(), "bank."+format, out)
			dst := filepath.Join(t.TempDir(), "dst.db")
			if _, errOut, code := run(t, nil, "", "--db", dst, "import", "--format", format, file); code != 0 {
				t.Fatalf("import of the export: exit %d: %s", code, errOut)
			}
			got := exportJSON(t, dst)
			skipped := 0
			for _, w := range want {
				if format == "csv" && w.Kind == quiz.MultipleChoice && reflect.DeepEqual(w.Options, []string{"True", "False"}) {
					// CSV cannot tell a choice of True and False from a
					// true/false question: it comes back as the latter.
					w.Kind = quiz.TrueFalse
					w.ID = quiz.QuestionID(w.Kind, w.Stem, w.Answer, w.Options)
				}
				g, ok := got[w.ID]
				if format == "aiken" && (w.Kind != quiz.MultipleChoice || len(w.Aliases) > 0) || format == "csv" && w.Tolerance > 0 {
					if ok {
						t.Errorf("%s kept a %s question it cannot hold whole", format, w.Kind)
					}
					skipped++
					continue
				}
				if !ok {
					t.Errorf("question %s %q lost in the round trip", w.ID, w.Stem)
					continue
				}
				if format == "aiken" || format == "csv" {
					// These formats hold no topic or explanation.
					g.Topic, w.Topic, g.Explanation, w.Explanation = "", "", "", ""
				}
				if format == "aiken" || format == "gift" {
					// Neither holds a time limit.
					g.TimeLimit, w.TimeLimit = 0, 0
				}
				if !reflect.DeepEqual(norm(g), norm(w)) {
					t.Errorf("round trip changed %s:\n got %+v\nwant %+v", w.ID, g, w)
				}
			}
			if len(got) != len(want)-skipped {
				t.Errorf("round trip gave %d questions; want %d", len(got), len(want)-skipped)
			}
			if (format == "aiken" || format == "csv") && (skipped == 0 || !strings.Contains(errOut, "left out")) {
				t.Errorf("aiken export skipped %d without a word on stderr: %q", skipped, errOut)
			}
		})
	}
}

// norm keeps what a bank carries: not the generator's scores or source.
func norm(q quiz.Question) quiz.Question {
	q.Difficulty, q.Quality, q.Source, q.Section = 0, 0, "", ""
	if len(q.Aliases) == 0 {
		q.Aliases = nil
	}
	if len(q.Options) == 0 {
		q.Options = nil
	}
	sort.Strings(q.Aliases)
	return q
}

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	if _, errOut, code := run(t, nil, "", "--db", db, "import", "--format", "aiken", bankData+"science.aiken.txt"); code != 0 {
		t.Fatal(errOut)
	}
	if _, errOut, code := run(t, nil, "", "--db", db, "report"); code != 1 || !strings.Contains(errOut, "no class yet") {
		t.Errorf("report with no class: exit %d, %q", code, errOut)
	}
	// A class in the console: one student (the local user), three questions.
	out, errOut, code := run(t, nil, "/class start science 3 30\n/class join\n/class begin\n1\n2\n2\n", "--db", db)
	if code != 0 || !strings.Contains(out, "Class over") {
		t.Fatalf("console class: exit %d\n%s\n%s", code, out, errOut)
	}
	out, errOut, code = run(t, nil, "", "--db", db, "report")
	if code != 0 {
		t.Fatalf("report: exit %d: %s", code, errOut)
	}
	r := csv.NewReader(strings.NewReader(out))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("report CSV: %v\n%s", err, out)
	}
	if len(recs) != 1+1+1+3 || recs[0][0] != "student" || len(recs[0]) != 6+3 || recs[2][0] != "question" {
		t.Fatalf("report CSV:\n%s", out)
	}
	if recs[1][3] != "3" {
		t.Errorf("the student answered %s; want 3", recs[1][3])
	}
	out, _, code = run(t, nil, "", "--db", db, "report", "--class", "1", "--format", "json")
	var rep struct {
		Students  []map[string]any `json:"students"`
		Questions []map[string]any `json:"questions"`
	}
	if err := json.Unmarshal([]byte(out), &rep); code != 0 || err != nil || len(rep.Students) != 1 || len(rep.Questions) != 3 {
		t.Errorf("report json: exit %d, err %v:\n%s", code, err, out)
	}
	if _, errOut, code := run(t, nil, "", "--db", db, "report", "--class", "99"); code != 1 || !strings.Contains(errOut, "no class 99") {
		t.Errorf("report of an unknown class: exit %d, %q", code, errOut)
	}
}
