package quiz

import "testing"

func TestCheckNumber(t *testing.T) {
	q := &Question{Kind: ShortAnswer, Stem: "How tall?", Answer: "1200", Tolerance: 100}
	rng := &Question{Kind: ShortAnswer, Stem: "Pick 1 to 5", Answer: "3", Tolerance: 2}
	exact := &Question{Kind: ShortAnswer, Stem: "Year?", Answer: "1757"}
	cases := []struct {
		q         *Question
		given     string
		right, ok bool
	}{
		{q, "1150", true, true},
		{q, "1,300", true, true},
		{q, "1300.0", true, true},
		{q, "1301", false, true},
		{q, "one thousand one hundred", true, true},
		{q, "-1200", false, true},
		{q, "tall", false, false},
		{rng, "1", true, true},
		{rng, "5", true, true},
		{rng, "5.5", false, true},
		{rng, "0", false, true},
		{exact, "1757", false, false}, // no tolerance: CheckTyped decides
	}
	for _, c := range cases {
		right, ok := CheckNumber(c.q, c.given)
		if right != c.right || ok != c.ok {
			t.Errorf("CheckNumber(%s±%v, %q) = %v, %v; want %v, %v", c.q.Answer, c.q.Tolerance, c.given, right, ok, c.right, c.ok)
		}
	}
}

func TestRightOptionCountsEveryRightAnswer(t *testing.T) {
	q := &Question{Kind: MultipleChoice, Stem: "Which are rivers?", Options: []string{"Amur", "Volga", "Gobi", "Altai"},
		Answer: "Amur", Aliases: []string{"Volga"}}
	if err := q.Validate(); err != nil {
		t.Fatalf("Validate() = %v; want nil", err)
	}
	for i, want := range []bool{true, true, false, false} {
		if got := q.RightOption(i); got != want {
			t.Errorf("RightOption(%d) = %v; want %v", i, got, want)
		}
	}
	q.Aliases = []string{"Lena"}
	if err := q.Validate(); err == nil {
		t.Errorf("Validate() with a right answer outside the options = nil; want an error")
	}
}
