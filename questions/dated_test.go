package questions

import (
	"context"

	"quizbot/quiz"
	"strings"
	"testing"
)

// TestTimelineDate: a true/false statement from a timeline line opens with
// the line's date, which its own words do not give; a sentence with its
// own year and running prose stay as they are. A line told in the present
// tense ("Spanish troops capture British forts") is asked in the past:
// under its date it read as happening now (judged GRAMMAR 3 times in 3).
func TestTimelineDate(t *testing.T) {
	text := "# The American Revolution\n\n## Background\n\nThirteen British colonies lay along the Atlantic coast of North America. " +
		"British soldiers patrolled the streets of Boston after the colonists protested against new taxes.\n\n## Key dates\n\n" +
		"- 5 March 1770: Boston Massacre. British soldiers fired into a crowd and five colonists died.\n" +
		"- 16 December 1773: Boston Tea Party. Protesters dumped 342 chests of tea into Boston Harbor.\n" +
		"- 1779–1781: the war moves south. Spanish troops capture British forts along the Gulf Coast.\n" +
		"- 1783: peace. The Treaty of Paris of 1783 ended the war and Britain recognised American independence.\n"
	sents := analyseText(t, text)
	p := newPool(sents)
	want := map[string]string{
		"British soldiers fired": "True or false: On 5 March 1770, British soldiers fired into a crowd",
		"Protesters dumped":      "True or false: On 16 December 1773, protesters dumped 342 chests",
		"The Treaty of Paris":    "True or false: The Treaty of Paris of 1783 ended the war",
		"Thirteen British":       "True or false: Thirteen British colonies lay along",
		"Spanish troops capture": "True or false: In 1779–1781, Spanish troops captured British forts",
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

// TestYearInTitleNotAsked: in "The Eureka Stockade, 1854" the title gives
// the year away (read blind as such), so 1854 is asked only as a
// statement; another year of the same text still is.
func TestYearInTitleNotAsked(t *testing.T) {
	text := "# The Eureka Stockade, 1854\n\nGold was found near Ballarat in the colony of Victoria in 1851. " +
		"In 1854 the new Lieutenant-Governor, Sir Charles Hotham, ordered licence hunts twice a week on the Ballarat goldfields.\n"
	cands, err := allCandidates(context.Background(), []Source{{Name: "eureka.md", Text: text}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	other := false
	for _, c := range cands {
		if c.Q.Kind != quiz.TrueFalse && c.Q.Answer == "1854" {
			t.Errorf("%s %q asks the title's year", c.Q.Kind, c.Q.Stem)
		}
		other = other || c.Q.Answer == "1851"
	}
	if !other {
		t.Error("no question on 1851; want the year the title does not give")
	}
}

// TestTimelineYearGoesOn: "22 January – ..." under "11 January 1879 – ..."
// is 22 January 1879; told in the present, it was asked so ("More than
// 1,300 men on the British side are killed", failed blind as broken
// grammar). A new heading starts afresh.
func TestTimelineYearGoesOn(t *testing.T) {
	text := "# The Zulu War\n\n## Timeline\n\n" +
		"1. **11 January 1879** – The ultimatum expires. British columns cross into Zululand.\n" +
		"2. **22 January** – A Zulu army of about 20,000 attacks the central column's camp at Isandlwana while Chelmsford is away. More than 1,300 men on the British side are killed.\n\n" +
		"## Aftermath\n\n" +
		"- **4 July** – Chelmsford burns the royal homestead at Ulundi.\n"
	a := clean("z.md", text)
	dates := map[string]string{}
	for _, p := range a.Paras {
		dates[p.Text[:12]] = p.Date
	}
	for opening, want := range map[string]string{"On 22 Januar": "22 January 1879", "Chelmsford b": ""} {
		for text, got := range dates {
			if strings.HasPrefix(text, opening) && got != want {
				t.Errorf("%q dated %q; want %q", text, got, want)
			}
		}
	}
	if dates["On 22 Januar"] == "" {
		t.Errorf("no dated line for 22 January among %v", dates)
	}
}

// TestTimelineYearFromTitle: under "The Romanian Revolution of 1989" a
// timeline's "16 December" is of 1989; a title with two years gives none.
func TestTimelineYearFromTitle(t *testing.T) {
	for title, want := range map[string]string{"The Romanian Revolution of 1989": "16 December 1989", "The Thirty Years' War, 1618–1648": ""} {
		text := "# " + title + "\n\n## Timeline\n\n" +
			"1. **16 December** – In Timișoara, parishioners gather to prevent the eviction of the pastor László Tőkés from his church flat.\n"
		a := clean("r.md", text)
		got := ""
		for _, p := range a.Paras {
			if strings.Contains(p.Text, "Timișoara") {
				got = p.Date
			}
		}
		if got != want {
			t.Errorf("under %q the line is dated %q; want %q", title, got, want)
		}
	}
}
