package questions

import (
	"regexp"
	"strings"
)

// A worked example brings in people of its own: "Imagine two players,
// Anna and Ben, who each put 50 coins into a pot." What the text then says
// of Anna and Ben ("After three rounds Anna has won two") is a step of the
// example, true only inside it; asked alone, a student cannot know who
// they are. Read blind, none of four such statements was usable.

// reScenario finds the people a sentence that sets up an example names:
// after "Imagine", "Suppose", "Picture", "Say" or "Consider", either
// straight away ("Suppose Anna and Ben play") or after the people they
// are ("Imagine two players, Anna and Ben, ...", "Say a student called
// Maya ...").
var reScenario = regexp.MustCompile(`(?:^|[.!?]\s+)(?:Imagine|Suppose|Picture|Say|Consider|Let's say|Let us say),? (?:that )?(?:(?:a|an|two|three|four|some|your|one)\b[^.?!,]*?(?:, | called | named ))?([A-Z][a-z]+)(?:,? and ([A-Z][a-z]+))?\b`)

// scenarioNames returns the people the text's worked examples bring in,
// in lower case: names first met in a sentence that sets up an example.
func (a *article) scenarioNames() map[string]bool {
	if a.scenario != nil {
		return a.scenario
	}
	a.scenario = map[string]bool{}
	var prose strings.Builder
	for _, p := range a.Paras {
		prose.WriteString(p.Text)
		prose.WriteString("\n")
	}
	text := prose.String()
	for _, m := range reScenario.FindAllStringSubmatchIndex(text, -1) {
		for g := 1; g <= 2; g++ {
			if m[2*g] < 0 {
				continue
			}
			name := text[m[2*g]:m[2*g+1]]
			// A name met before the example is the text's own ("Suppose
			// Newton was right" in a text about Newton).
			if !strings.Contains(text[:m[0]], name) && !functionWords[strings.ToLower(name)] {
				a.scenario[strings.ToLower(name)] = true
			}
		}
	}
	return a.scenario
}

// scenarioName returns the first word of q that names a person of a
// worked example, or "".
func scenarioName(q []tok, a *article) string {
	if a == nil {
		return ""
	}
	names := a.scenarioNames()
	if len(names) == 0 {
		return ""
	}
	for _, t := range q {
		if t.Tag == "NNP" && names[strings.ToLower(t.Text)] {
			return t.Text
		}
	}
	return ""
}
