package questions

import (
	"strings"
	"testing"
)

// TestTimelineDate: a true/false statement from a timeline line opens with
// the line's date, which its own words do not give; a sentence with its
// own year and running prose stay as they are.
func TestTimelineDate(t *testing.T) {
	text := "# The American Revolution\n\n## Background\n\nThirteen British colonies lay along the Atlantic coast of North America. " +
		"British soldiers patrolled the streets of Boston after the colonists protested against new taxes.\n\n## Key dates\n\n" +
		"- 5 March 1770: Boston Massacre. British soldiers fire into a crowd and five colonists die.\n" +
		"- 16 December 1773: Boston Tea Party. Protesters dump 342 chests of tea into Boston Harbor.\n" +
		"- 1779–1781: the war moves south. Spanish troops capture British forts along the Gulf Coast.\n" +
		"- 1783: peace. The Treaty of Paris of 1783 ends the war and Britain recognises American independence.\n"
	sents := analyseText(t, text)
	p := newPool(sents)
	want := map[string]string{
		"British soldiers fire": "True or false: On 5 March 1770, British soldiers fire into a crowd",
		"Protesters dump":       "True or false: On 16 December 1773, protesters dump 342 chests",
		"Spanish troops":        "True or false: In 1779–1781, Spanish troops capture British forts",
		"The Treaty of Paris":   "True or false: The Treaty of Paris of 1783 ends the war",
		"Thirteen British":      "True or false: Thirteen British colonies lay along",
	}
	seen := 0
	for i := range sents {
		c, ok := trueFalse(&sents[i], p)
		if !ok || !sents[i].Usable {
			continue
		}
		for opening, stem := range want {
			if strings.HasPrefix(sents[i].Text, opening) {
				seen++
				if !strings.HasPrefix(c.Q.Stem, stem) && c.Q.Answer == "True" {
					t.Errorf("stem %q; want it to open %q", c.Q.Stem, stem)
				}
			}
		}
	}
	if seen < 3 {
		t.Errorf("%d of the statements made; want at least 3", seen)
	}
}
