package bank

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"quizbot/quiz"
)

// mk makes a question; list is the options of a choice kind, the aliases of a typed one.
func mk(kind quiz.Kind, stem, answer string, list []string, explanation, topic string, limit int) quiz.Question {
	q := quiz.Question{Kind: kind, Stem: stem, Answer: answer, Explanation: explanation, Topic: topic, TimeLimit: limit}
	if kind.Choice() {
		q.Options = list
	} else {
		q.Aliases = list
	}
	q.ID = quiz.QuestionID(kind, stem, answer, q.Options)
	return q
}

// sample holds every kind, in the shapes that are hard to write: GIFT's
// special characters, gaps at the start, middle and end, an answer that reads
// like GIFT's true/false, non-Latin text, topics that come and go.
func sample() []quiz.Question {
	mc, tfk, fb, sa := quiz.MultipleChoice, quiz.TrueFalse, quiz.FillBlank, quiz.ShortAnswer
	return []quiz.Question{
		mk(mc, `Which of "a=b", "{x}", "#1", "~y", "c:d", "back\slash", "::t::" is GIFT syntax?`, `{x}`,
			[]string{`a=b`, `{x}`, `#1 ~y`, `c:d \ e`, `// not a comment`}, `Braces hold the answers; "####" starts feedback.`, "", 0),
		mk(mc, "The Dzungars were a confederation of _____ tribes.", "Oirat", []string{"Manchu", "Oirat", "Han", "Tibetan"}, "", "", 20),
		mk(mc, "The capital of Mongolia is _____", "Ulaanbaatar", []string{"Hohhot", "Ulaanbaatar"}, "", "History", 0),
		mk(tfk, "The Treaty of Nerchinsk was signed in 1689.", "True", tf, "Signed on 27 August 1689.", "History", 30),
		mk(tfk, "// is how Go starts a comment, and Albazin was a Qing fort.", "False", tf, "", "History", 0),
		mk(sa, "Which Qing emperor led the campaign against Galdan in person?", "Kangxi", []string{"the Kangxi Emperor", "Xuanye"},
			"Kangxi #1 reigned 1661–1722 ####.", "", 0),
		mk(fb, "In 1686 the Qing sent _____ troops to retake Albazin.", "3,000", []string{"3000"}, "", "", 0),
		mk(fb, "_____ was the first Qing emperor to rule China proper.", "Shunzhi", nil, "", "Science", 0),
		mk(fb, "The treaty was signed at _____", "Nerchinsk", nil, "", "Science", 0),
		mk(sa, "Which letter comes after S?", "T", nil, "", "Science", 0),
		mk(sa, "In what year did Amursana die?", "1757", []string{"1756", "1758"}, "", "", 0),
		mk(mc, "Где умер Амурсана?", "Тобольск", []string{"Тобольск", "Кяхта", "Или"}, "", "Амурсана", 0),
	}
}

// same compares what a format must keep; extras names what else it keeps.
func same(t *testing.T, format string, got, want []quiz.Question, topic, explanation, limit bool) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: got %d questions back; want %d", format, len(got), len(want))
	}
	norm := func(s []string) []string {
		if len(s) == 0 {
			return nil
		}
		return s
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.ID != w.ID || g.Kind != w.Kind || g.Stem != w.Stem || g.Answer != w.Answer ||
			!reflect.DeepEqual(norm(g.Options), norm(w.Options)) || !reflect.DeepEqual(norm(g.Aliases), norm(w.Aliases)) {
			t.Errorf("%s question %d:\ngot  %s %s %q %q %q %q\nwant %s %s %q %q %q %q", format, i,
				g.ID, g.Kind, g.Stem, g.Options, g.Answer, g.Aliases, w.ID, w.Kind, w.Stem, w.Options, w.Answer, w.Aliases)
		}
		if topic && g.Topic != w.Topic {
			t.Errorf("%s question %d: topic %q; want %q", format, i, g.Topic, w.Topic)
		}
		if explanation && g.Explanation != w.Explanation {
			t.Errorf("%s question %d: explanation %q; want %q", format, i, g.Explanation, w.Explanation)
		}
		if limit && g.TimeLimit != w.TimeLimit {
			t.Errorf("%s question %d: time limit %d; want %d", format, i, g.TimeLimit, w.TimeLimit)
		}
	}
}

// keeps says what each format keeps besides the question itself.
var keeps = map[string]struct{ topic, explanation, limit bool }{
	GIFT:  {true, true, false},
	Aiken: {false, false, false},
	CSV:   {false, true, true},
	JSON:  {true, true, true},
	// Moodle XML holds a time limit only in quizbot's own element.
	Moodle: {true, true, true},
	XLSX:   {false, false, false},
	QTI:    {false, true, false},
}

func roundTrip(t *testing.T, format string, qs []quiz.Question) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(format, &buf, qs); err != nil {
		t.Fatalf("Write(%s) = %v", format, err)
	}
	back, err := Parse(format, bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("Parse(%s) of our own export = %v\n%s", format, err, buf.String())
	}
	k := keeps[format]
	same(t, format, back, qs, k.topic, k.explanation, k.limit)
	// And the export of the import is the same file.
	var again bytes.Buffer
	if err := Write(format, &again, back); err != nil {
		t.Fatal(err)
	}
	// (A zip carries the time it was made: compare binary formats by content.)
	if !binary[format] && !bytes.Equal(again.Bytes(), buf.Bytes()) {
		t.Errorf("%s: second export differs from the first:\n%s\n---\n%s", format, buf.String(), again.String())
	}
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	for _, f := range Formats {
		t.Run(f, func(t *testing.T) {
			var qs []quiz.Question
			for _, q := range sample() {
				if Supports(f, q.Kind) && Lacks(f, &q) == "" {
					qs = append(qs, q)
				}
			}
			if len(qs) < 4 {
				t.Fatalf("only %d sample questions for %s", len(qs), f)
			}
			roundTrip(t, f, qs)
		})
	}
}

// Banks from elsewhere come back the same through our own export.
func TestRoundTripFiles(t *testing.T) {
	for _, c := range []struct{ format, file string }{
		{GIFT, "history.gift"}, {Aiken, "science.aiken.txt"}, {CSV, "kahoot.csv"}, {JSON, "bank.json"},
	} {
		t.Run(c.file, func(t *testing.T) {
			qs := parseFile(t, c.format, c.file)
			roundTrip(t, c.format, qs)
			// GIFT and JSON carry everything the others read, so any bank moves to them.
			for _, to := range []string{GIFT, JSON} {
				var buf bytes.Buffer
				if err := Write(to, &buf, qs); err != nil {
					t.Fatal(err)
				}
				back, err := Parse(to, &buf)
				if err != nil {
					t.Fatalf("%s -> %s: %v", c.format, to, err)
				}
				same(t, c.format+"->"+to, back, qs, keeps[c.format].topic, keeps[c.format].explanation, false)
			}
		})
	}
}

func TestWriteRefuses(t *testing.T) {
	qs := sample()
	for _, c := range []struct {
		name, format string
		qs           []quiz.Question
		say          string
	}{
		{"aiken true/false", Aiken, qs[:4], `question "The Treaty of Nerchinsk was signed in 1…" is a true/false question, which the aiken format cannot hold; use gift, moodle, csv, xlsx, json, qti`},
		{"aiken short answer", Aiken, qs[5:6], "short-answer question"},
		{"aiken stem like an option", Aiken, []quiz.Question{mk(quiz.MultipleChoice, "A. Lincoln was president during which war?", "Civil", []string{"Civil", "1812"}, "", "", 0)}, "starts like an Aiken option"},
		{"unknown format", "docx", qs, "unknown question bank format"},
	} {
		var buf bytes.Buffer
		err := Write(c.format, &buf, c.qs)
		var e *quiz.Error
		if !errors.As(err, &e) || e.Code != quiz.EINVALID || !strings.Contains(e.Message, c.say) {
			t.Errorf("%s: Write = %v; want EINVALID saying %q", c.name, err, c.say)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: Write wrote %d bytes before failing; want none", c.name, buf.Len())
		}
	}
}

func TestSupports(t *testing.T) {
	for _, f := range Formats {
		for _, k := range quiz.Kinds {
			want := f != Aiken && f != XLSX || k == quiz.MultipleChoice || f == XLSX && k == quiz.TrueFalse
			if got := Supports(f, k); got != want {
				t.Errorf("Supports(%s, %s) = %v; want %v", f, k, got, want)
			}
		}
	}
	if Supports("docx", quiz.MultipleChoice) {
		t.Error("Supports(docx) = true; want false")
	}
}
