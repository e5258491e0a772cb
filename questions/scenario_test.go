package questions

import "testing"

// TestScenarioPeople: the people a worked example brings in are the
// example's; what the text says of them is not asked alone. A name the
// text had met before the example stays its own.
func TestScenarioPeople(t *testing.T) {
	text := "The problem of points\n\n" +
		"The problem of points asks how to divide the stakes of a game that stops early. " +
		"Blaise Pascal and Pierre de Fermat solved it in letters written in 1654. " +
		"Imagine two players, Anna and Ben, who each put 50 coins into a pot. " +
		"After three rounds Anna has won two and Ben has won one. " +
		"Suppose Pascal had stopped there. " +
		"Pascal wrote to Fermat about the problem in the summer of 1654."
	sents := analyseText(t, text)
	if len(sents) != 6 {
		t.Fatalf("%d sentences, want 6", len(sents))
	}
	if sents[3].Usable {
		t.Errorf("%q usable; want the example's people left to the example", sents[3].Text)
	}
	if !sents[5].Usable {
		t.Errorf("%q not usable; want a name met before the example kept", sents[5].Text)
	}
	for text, want := range map[string]string{
		"Say a student called Maya saves 10 coins a week.":             "maya",
		"Suppose Tom and Lena share a pizza.":                          "tom lena",
		"Consider the orbit of Mars.":                                  "",
		"Imagine you are standing on the Moon.":                        "",
		"Imagine three friends, Ali, Sara and Omar, splitting a bill.": "ali",
	} {
		a := &article{Paras: []para{{Text: text}}}
		got := ""
		for _, n := range []string{"maya", "tom", "lena", "ali", "sara", "omar", "mars", "moon"} {
			if a.scenarioNames()[n] {
				got += " " + n
			}
		}
		if len(got) > 0 {
			got = got[1:]
		}
		if got != want {
			t.Errorf("%q: example's people %q, want %q", text, got, want)
		}
	}
}
