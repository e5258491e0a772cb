package quiz

import "testing"

func TestGroupByTopic(t *testing.T) {
	qs := []Question{{ID: "1", Topic: "Physics"}, {ID: "2", Topic: "Art"}, {ID: "3", Topic: " physics "}, {ID: "4", Topic: "ART"}}
	groups := GroupByTopic(qs)
	var got [][]string
	for _, g := range groups {
		var ids []string
		for _, q := range g {
			ids = append(ids, q.ID)
		}
		got = append(got, ids)
	}
	if len(got) != 2 || len(got[0]) != 2 || got[0][0] != "1" || got[0][1] != "3" || got[1][0] != "2" || got[1][1] != "4" {
		t.Errorf("GroupByTopic = %v; want [[1 3] [2 4]]", got)
	}
}

func TestValidateBankNamesTheQuestion(t *testing.T) {
	good := Question{Kind: TrueFalse, Stem: "Ice floats.", Options: []string{"True", "False"}, Answer: "True", Topic: "Ice"}
	noTopic, flawed := good, good
	noTopic.Topic = " "
	flawed.Answer = "Maybe"
	for _, c := range []struct {
		qs   []Question
		want string
	}{
		{[]Question{good, noTopic}, `question 2 ("Ice floats.") has no topic`},
		{[]Question{flawed}, `question 1 ("Ice floats.")`},
	} {
		err := ValidateBank(c.qs)
		if ErrorCode(err) != EINVALID || len(ErrorMessage(err)) < len(c.want) || ErrorMessage(err)[:len(c.want)] != c.want {
			t.Errorf("ValidateBank = %v; want EINVALID starting %q", err, c.want)
		}
	}
	if err := ValidateAll([]Question{good}); err != nil {
		t.Errorf("ValidateAll(good) = %v", err)
	}
	if _, err := TopicName("  "); ErrorCode(err) != EINVALID {
		t.Errorf("TopicName(blank) = %v; want EINVALID", err)
	}
}
