package bank

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"quizbot/quiz"
)

// fuzzParse checks what Parse promises for any input: no panic, an EINVALID
// *quiz.Error or questions that each pass the flaw checker with their
// quiz.QuestionID, and an export that the same format reads back.
func fuzzParse(f *testing.F, format string, seeds ...string) {
	for _, s := range seeds {
		data, err := os.ReadFile(filepath.Join("testdata", s))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	var buf bytes.Buffer
	var qs []quiz.Question
	for _, q := range sample() {
		if Supports(format, q.Kind) {
			qs = append(qs, q)
		}
	}
	if err := Write(format, &buf, qs); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		qs, err := Parse(format, bytes.NewReader(data))
		if err != nil {
			var e *quiz.Error
			if !errors.As(err, &e) || e.Code != quiz.EINVALID {
				t.Fatalf("Parse error %v; want an EINVALID *quiz.Error", err)
			}
			if qs != nil {
				t.Fatalf("Parse returned %d questions with an error", len(qs))
			}
			return
		}
		for _, q := range qs {
			if err := q.Validate(); err != nil {
				t.Fatalf("Parse returned %q, which fails Validate: %v", q.Stem, err)
			}
			if q.ID != quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options) {
				t.Fatalf("Parse returned %q with id %s, not its quiz.QuestionID", q.Stem, q.ID)
			}
		}
		var out bytes.Buffer
		if err := Write(format, &out, qs); err != nil {
			return // Aiken refuses stems that read like options; the others write all
		}
		back, err := Parse(format, &out)
		if err != nil {
			t.Fatalf("our own export does not parse: %v\n%s", err, out.String())
		}
		if len(back) != len(qs) {
			t.Fatalf("export of %d questions read back as %d\n%s", len(qs), len(back), out.String())
		}
	})
}

func FuzzParseGIFT(f *testing.F)  { fuzzParse(f, GIFT, "history.gift", "refused.gift") }
func FuzzParseAiken(f *testing.F) { fuzzParse(f, Aiken, "science.aiken.txt") }
func FuzzParseCSV(f *testing.F)   { fuzzParse(f, CSV, "kahoot.csv") }
func FuzzParseJSON(f *testing.F)  { fuzzParse(f, JSON, "bank.json") }
