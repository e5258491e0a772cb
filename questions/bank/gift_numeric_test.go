package bank

import (
	"bytes"
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestGIFTAsMoodleTakesIt: two right answers make a choice where either
// counts, a numerical tolerance and a range are kept, and all of it comes
// back from an export.
func TestGIFTAsMoodleTakesIt(t *testing.T) {
	src := `::Rivers:: Which is a river? {=Amur =Volga ~Gobi ~Altai}

::Height:: How tall is the tower in metres? {#1200:100}

::Pick:: Pick a number from one to five. {#1..5}
`
	qs, err := Parse(GIFT, strings.NewReader(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(qs) != 3 {
		t.Fatalf("Parse = %d questions; want 3", len(qs))
	}
	r := qs[0]
	if r.Kind != quiz.MultipleChoice || r.Answer != "Amur" || len(r.Aliases) != 1 || r.Aliases[0] != "Volga" ||
		!r.RightOption(0) || !r.RightOption(1) || r.RightOption(2) {
		t.Errorf("two right answers = %s %q aliases %q; want a choice where Amur and Volga count", r.Kind, r.Answer, r.Aliases)
	}
	h := qs[1]
	if right, _ := quiz.CheckNumber(&h, "1150"); h.Answer != "1200" || h.Tolerance != 100 || !right {
		t.Errorf("{#1200:100} = %q ± %v, 1150 right: %v; want 1200 ± 100 and right", h.Answer, h.Tolerance, right)
	}
	p := qs[2]
	if right, _ := quiz.CheckNumber(&p, "5"); p.Answer != "3" || p.Tolerance != 2 || !right {
		t.Errorf("{#1..5} = %q ± %v, 5 right: %v; want 3 ± 2 and right", p.Answer, p.Tolerance, right)
	}

	var out bytes.Buffer
	if err := Write(GIFT, &out, qs); err != nil {
		t.Fatalf("Write: %v", err)
	}
	for _, want := range []string{"=Amur", "=Volga", "#=1200:100", "#=3:2"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("export lacks %q:\n%s", want, out.String())
		}
	}
	back, err := Parse(GIFT, &out)
	if err != nil {
		t.Fatalf("Parse of the export: %v", err)
	}
	for i := range qs {
		if back[i].Answer != qs[i].Answer || back[i].Tolerance != qs[i].Tolerance || strings.Join(back[i].Aliases, "|") != strings.Join(qs[i].Aliases, "|") {
			t.Errorf("round trip of %q: %q ± %v %q; want %q ± %v %q", qs[i].Stem, back[i].Answer, back[i].Tolerance, back[i].Aliases,
				qs[i].Answer, qs[i].Tolerance, qs[i].Aliases)
		}
	}

	// Partial credit is refused by name, not misread.
	_, err = Parse(GIFT, strings.NewReader("::Half:: Which? {~%50%Amur ~%50%Volga ~Gobi}\n"))
	if err == nil || !strings.Contains(quiz.ErrorMessage(err), `"Half"`) || !strings.Contains(quiz.ErrorMessage(err), "partial credit") {
		t.Errorf("partial credit: error %v; want a refusal naming the question and partial credit", err)
	}
	// Aiken cannot say two answers are right: export refuses rather than drop one.
	if err := Write(Aiken, &out, qs[:1]); err == nil || !strings.Contains(quiz.ErrorMessage(err), "several right answers") {
		t.Errorf("aiken export of two right answers: %v; want a refusal", err)
	}
}
