package questions

import (
	"os"
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestYearsBeforeTheCommonEra: "In 490 BC the Athenians defeated ..." is
// asked for its year, written as the text writes it, with wrong options of
// the same era that keep its spelling; a typed answer may leave out the
// era in a text whose years are all before the common era.
func TestYearsBeforeTheCommonEra(t *testing.T) {
	b, err := os.ReadFile("testdata/persian-wars.txt")
	if err != nil {
		t.Fatal(err)
	}
	sents := analyseText(t, string(b))
	p := newPool(sents)
	asked := 0
	for i := range sents {
		s := &sents[i]
		for _, sp := range s.Spans {
			if sp.Type != tYear || !strings.HasSuffix(sp.Text, " BC") {
				continue
			}
			asked++
			opts := p.distractors(s, sp, 3)
			if len(opts) == 0 {
				t.Errorf("%q: no wrong years", sp.Text)
			}
			for _, o := range opts {
				if v, era := yearValue(o); v >= 0 || era != "BC" {
					t.Errorf("%q: wrong option %q is not a year BC", sp.Text, o)
				}
			}
		}
	}
	if asked < 3 {
		t.Fatalf("%d years BC found; want at least 3", asked)
	}
	qs, err := Generate([]Source{{Name: "persian-wars.txt", Text: string(b)}})
	if err != nil {
		t.Fatal(err)
	}
	typed := 0
	for _, q := range qs {
		if q.Kind != quiz.ShortAnswer && q.Kind != quiz.FillBlank || !strings.HasSuffix(q.Answer, " BC") {
			continue
		}
		typed++
		year := strings.TrimSuffix(q.Answer, " BC")
		// The text counts no years of the common era: the bare year is
		// the one meant (read blind, refusing "221" for 221 BC was called
		// a wrong key), the other era is not.
		if !quiz.CheckTyped(&q, year+" BCE") || !quiz.CheckTyped(&q, year) || quiz.CheckTyped(&q, year+" AD") {
			t.Errorf("%s => %s: %q or %q refused, or %q accepted", q.Stem, q.Answer, year+" BCE", year, year+" AD")
		}
	}
	if typed == 0 {
		t.Error("no year BC asked with a typed answer")
	}
	// A year guessed at is no answer, and an era alone is no name.
	for _, s := range analyseText(t, "Example\n\nThe first houses were built in about 3100 BC on the island. The city flourished in the fifth century BC.") {
		for _, sp := range s.Spans {
			if sp.Type == tYear || sp.Text == "BC" {
				t.Errorf("%q asked as a %v", sp.Text, sp.Type)
			}
		}
	}
}

func TestYearValue(t *testing.T) {
	for text, want := range map[string]int{"1757": 1757, "480 BC": -480, "399 BCE": -399, "930": 930} {
		if v, _ := yearValue(text); v != want {
			t.Errorf("yearValue(%q) = %d; want %d", text, v, want)
		}
	}
	opts := []string{"480 BC", "475 BC", "490 BC", "484 BC"}
	orderOptions(opts, tYear, "")
	if strings.Join(opts, ", ") != "490 BC, 484 BC, 480 BC, 475 BC" {
		t.Errorf("years BC in the order %v; want the earliest first", opts)
	}
	if got := yearString(-484, "BCE"); got != "484 BCE" {
		t.Errorf("yearString(-484, BCE) = %q", got)
	}
}

// TestYearInRunNotAsked: "Kransen in 1920, Husfrue in 1921 and Korset in
// 1922" asks none of the three: the other two give it.
func TestYearInRunNotAsked(t *testing.T) {
	for _, q := range devQuestions(t, "literature_kristin-lavransdatter.txt") {
		if q.Answer == "1920" || q.Answer == "1921" || q.Answer == "1922" {
			t.Errorf("%q keyed %q: the run gives it", q.Stem, q.Answer)
		}
	}
	q := analyseText(t, "Example\n\nThe bridge opened in 1920, closed in 1935 and reopened in 1950.")[0].Q
	for _, sp := range []string{"1920", "1935", "1950"} {
		for k, tk := range q {
			if tk.Text == sp && yearInRun(q, span{I: k, J: k + 1, Text: sp, Type: tYear}) {
				t.Errorf("%s in a run in %q", sp, join(q))
			}
		}
	}
}
