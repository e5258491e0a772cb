package bank

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"quizbot/quiz"
)

// richBank is a bank with every kind and the features that formats differ
// in: several right options, a numerical tolerance, aliases, a topic, an
// explanation, a time limit.
func richBank(t *testing.T) []quiz.Question {
	t.Helper()
	src := `$CATEGORY: $course$/top/Rivers

::a:: Which river forms much of the border between Russia and China? {=Amur ~Volga ~Lena ~Ob ####The Amur is the border river.}

::b:: Which of these rivers flow into the Pacific? {=Amur =Mekong ~Volga ~Ob}

::c:: The Mekong flows through Laos. {T}

::d:: How long is the Amur in kilometres? {#2824:50}

::e:: Which river did the Chinese call the Black Dragon River? {=Amur =Heilong Jiang}

::f:: The Amur River was the border set by the Treaty of {=Aigun} in 1858.
`
	qs, err := Parse(GIFT, strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return qs
}

func byID(qs []quiz.Question) map[string]quiz.Question {
	m := map[string]quiz.Question{}
	for _, q := range qs {
		q.Ref = "" // the id the file gave, compared apart
		sort.Strings(q.Aliases)
		if len(q.Aliases) == 0 {
			q.Aliases = nil
		}
		m[q.ID] = q
	}
	return m
}

// TestRoundTripNewFormats: what Moodle XML, Kahoot's sheet and Canvas's
// QTI can hold comes back unchanged; what they cannot is left out by Lacks.
func TestRoundTripNewFormats(t *testing.T) {
	qs := richBank(t)
	for _, c := range []struct {
		format          string
		topic, explains bool
	}{{Moodle, true, true}, {XLSX, false, false}, {QTI, true, true}} {
		t.Run(c.format, func(t *testing.T) {
			var keep []quiz.Question
			for _, q := range qs {
				if Supports(c.format, q.Kind) && Lacks(c.format, &q) == "" {
					keep = append(keep, q)
				}
			}
			var buf bytes.Buffer
			if err := Write(c.format, &buf, keep); err != nil {
				t.Fatalf("Write: %v", err)
			}
			back, err := Parse(c.format, &buf)
			if err != nil {
				t.Fatalf("Parse of the export: %v", err)
			}
			got, want := byID(back), byID(keep)
			if len(got) != len(want) {
				t.Fatalf("round trip gave %d questions; want %d", len(got), len(want))
			}
			for id, w := range want {
				g := got[id]
				if !c.topic {
					w.Topic = ""
				}
				if c.format == QTI {
					g.Topic = "" // the assessment's title, not a topic
					w.Topic = ""
				}
				if !c.explains {
					w.Explanation = ""
				}
				if c.format == XLSX {
					w.TimeLimit = 20 // Kahoot's default, written for questions without one
				}
				if !reflect.DeepEqual(g, w) {
					t.Errorf("round trip changed %s:\n got %+v\nwant %+v", id, g, w)
				}
			}
		})
	}
}

func TestFormatsHoldWhatTheyCan(t *testing.T) {
	qs := richBank(t)
	kinds := func(format string) (held []string) {
		for _, q := range qs {
			if Supports(format, q.Kind) && Lacks(format, &q) == "" {
				held = append(held, strings.TrimPrefix(q.Stem, "Which ")[:5])
			}
		}
		return held
	}
	if n := len(kinds(Moodle)); n != len(qs) {
		t.Errorf("Moodle XML holds %d of %d", n, len(qs))
	}
	if n := len(kinds(XLSX)); n != 3 {
		t.Errorf("Kahoot's sheet holds %d (%v); want the 3 choice questions", n, kinds(XLSX))
	}
	if n := len(kinds(QTI)); n != len(qs)-1 {
		t.Errorf("QTI holds %d; want all but the one with two right options", n)
	}
}

// TestMoodleFixtures: real files from Moodle's own test suite
// (testdata/moodle/SOURCE.md).
func TestMoodleFixtures(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "moodle", "export_category.xml"))
	if err != nil {
		t.Fatal(err)
	}
	qs, err := Parse(Moodle, bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Parse(export_category.xml): %v", err)
	}
	if len(qs) != 1 || qs[0].Kind != quiz.TrueFalse || qs[0].Answer != "True" || qs[0].Stem != "Testing Alpha Question" || qs[0].Topic != "Alpha" {
		t.Errorf("export_category.xml = %+v; want one true/false question \"Testing Alpha Question\", True, topic Alpha", qs)
	}
	data, err = os.ReadFile(filepath.Join("testdata", "moodle", "testquestion.moodle.xml"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Parse(Moodle, bytes.NewReader(data))
	msg := quiz.ErrorMessage(err)
	if err == nil || !strings.Contains(msg, `"Multi-choice-001"`) || !strings.Contains(msg, "line ") {
		t.Errorf("a multiple-answer question with partial credit: %v; want a refusal naming it and its line", err)
	}
}

// TestCanvasFixture: a Canvas item bank from Canvas's own QTI tests; its
// answers are HTML tags written as plain text, which must stay text.
func TestCanvasFixture(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "canvas", "mc_text_answers.xml"))
	if err != nil {
		t.Fatal(err)
	}
	qs, err := Parse(QTI, bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := []string{"<br />", "<hr />", "<pre>", "<n />"}
	if len(qs) != 1 || !reflect.DeepEqual(qs[0].Options, want) || qs[0].Answer != "<br />" ||
		qs[0].Stem != "This tag is an inline element that will restart text that follows it onto next line." {
		t.Errorf("mc_text_answers.xml = %+v; want the <br /> question with its four tags as options", qs)
	}
}

// TestQTIPackageAsCanvasReadsIt: the export is a zip whose manifest names
// one QTI 1.2 assessment of typed items, as Canvas's importer expects.
func TestQTIPackageAsCanvasReadsIt(t *testing.T) {
	qs := richBank(t)
	var keep []quiz.Question
	for _, q := range qs {
		if Lacks(QTI, &q) == "" {
			keep = append(keep, q)
		}
	}
	var buf bytes.Buffer
	if err := Write(QTI, &buf, keep); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatalf("the export is not a zip: %v", err)
	}
	var manifest struct {
		Resources []struct {
			Type string `xml:"type,attr"`
			File struct {
				Href string `xml:"href,attr"`
			} `xml:"file"`
		} `xml:"resources>resource"`
	}
	files := map[string]*zip.File{}
	for _, f := range z.File {
		files[f.Name] = f
	}
	read := func(name string) []byte {
		f := files[name]
		if f == nil {
			t.Fatalf("the package lacks %s", name)
		}
		rc, _ := f.Open()
		defer rc.Close()
		var b bytes.Buffer
		b.ReadFrom(rc)
		return b.Bytes()
	}
	if err := xml.Unmarshal(read("imsmanifest.xml"), &manifest); err != nil || len(manifest.Resources) != 1 || manifest.Resources[0].Type != "imsqti_xmlv1p2" {
		t.Fatalf("manifest = %+v, %v; want one imsqti_xmlv1p2 resource", manifest, err)
	}
	var asmt struct {
		XMLName xml.Name
		Items   []qtiItem `xml:"assessment>section>item"`
	}
	if err := xml.Unmarshal(read(manifest.Resources[0].File.Href), &asmt); err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	for _, it := range asmt.Items {
		types[it.field("question_type")]++
	}
	want := map[string]int{"multiple_choice_question": 1, "true_false_question": 0, "short_answer_question": 2, "numerical_question": 1}
	// The true/false question goes as Canvas's true_false_question.
	want["true_false_question"] = 1
	if asmt.XMLName.Local != "questestinterop" || !reflect.DeepEqual(types, want) {
		t.Errorf("assessment %s with item types %v; want questestinterop with %v", asmt.XMLName.Local, types, want)
	}
}

// TestRefusedAsPlatformsWould: what Kahoot or Moodle would refuse is
// refused here, by row or line and reason.
func TestRefusedAsPlatformsWould(t *testing.T) {
	long := strings.Repeat("very ", 30) + "long question?"
	q := quiz.Question{Kind: quiz.MultipleChoice, Stem: long, Options: []string{"a", "b"}, Answer: "a"}
	q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
	var buf bytes.Buffer
	if err := Write(XLSX, &buf, []quiz.Question{q}); err == nil || !strings.Contains(quiz.ErrorMessage(err), "longer than 120") {
		t.Errorf("Kahoot export of a 164-character question: %v; want a refusal", err)
	}
	for _, c := range []struct{ name, xml, want string }{
		{"essay", `<quiz><question type="essay"><name><text>Why</text></name><questiontext><text>Why?</text></questiontext></question></quiz>`, `"Why" (line 1): essay questions`},
		{"no quiz", `<html><body>hello</body></html>`, "not a Moodle XML question bank"},
		{"broken", "<quiz>\n<question type=\"truefalse\">\n<name><text>x</text></name>\n", "line 4: the XML cannot be read"},
		{"partial credit", `<quiz><question type="multichoice"><name><text>Half</text></name><questiontext><text>Q?</text></questiontext><single>true</single><answer fraction="50"><text>a</text></answer><answer fraction="100"><text>b</text></answer></question></quiz>`, `"Half" (line 1): partial credit (50%)`},
	} {
		_, err := Parse(Moodle, strings.NewReader(c.xml))
		if err == nil || !strings.Contains(quiz.ErrorMessage(err), c.want) {
			t.Errorf("%s: %v; want %q", c.name, err, c.want)
		}
	}
}

// TestKahootSheet: a sheet in Kahoot's published template layout, made in
// a spreadsheet program (testdata/SOURCES.md), imports whole; one Kahoot
// would refuse is refused by its row.
func TestKahootSheet(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "kahoot.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	qs, err := Parse(XLSX, bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Parse(kahoot.xlsx): %v", err)
	}
	if len(qs) != 4 {
		t.Fatalf("kahoot.xlsx gave %d questions; want 4", len(qs))
	}
	if q := qs[1]; q.Answer != "Khabarovsk" || q.TimeLimit != 30 || len(q.Options) != 4 {
		t.Errorf("row 10 = %+v; want Khabarovsk right, 30 s, four options", q)
	}
	if q := qs[2]; q.Answer != "Amur" || !reflect.DeepEqual(q.Aliases, []string{"Mekong"}) {
		t.Errorf("row 11 (correct 1,3) = %q %q; want Amur, and Mekong counting too", q.Answer, q.Aliases)
	}
	if q := qs[3]; q.Kind != quiz.TrueFalse || q.Answer != "True" {
		t.Errorf("row 12 = %s %q; want true/false, True", q.Kind, q.Answer)
	}
	bad, err := os.ReadFile(filepath.Join("testdata", "kahoot_bad.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Parse(XLSX, bytes.NewReader(bad))
	if err == nil || !strings.Contains(quiz.ErrorMessage(err), "line 10: the time limit \"45\"") {
		t.Errorf("a 45-second limit: %v; want the row and the reason", err)
	}
}
