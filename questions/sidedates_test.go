package questions

import (
	"regexp"
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestSideLifeDatesNotAsked: in a life, the date of a baptism, a parent's
// death, an honorary degree or the start of studies is not asked; the
// death of the subject and the discovery are.
func TestSideLifeDatesNotAsked(t *testing.T) {
	for _, c := range []struct {
		file      string
		side, key []string
	}{
		{"biography_josiah-wedgwood.txt", []string{"baptised", "father"}, []string{"jasperware"}},
		{"biography_inge-lehmann.txt", []string{"honorary", "begin studying"}, []string{"die"}},
		{"literature_the-tin-drum.txt", []string{"translation"}, []string{"Which character"}},
		{"biography_william-sealy-gosset.txt", []string{"collected papers"}, []string{"born"}},
		{"biography_anni-albers.txt", []string{"Josef Albers"}, []string{"Anni"}},
		{"biography_karl-von-frisch.txt", []string{"Margarete"}, []string{"Frisch"}},
		{"biography_chien-shiung-wu.txt", nil, []string{"Wu die"}},
		{"biography_suleiman-the-magnificent.txt", []string{"probably on"}, []string{"Suleiman"}},
	} {
		keyAsked := false
		for _, q := range devQuestions(t, c.file) {
			for _, w := range c.side {
				if q.Kind != quiz.TrueFalse && strings.Contains(q.Stem, w) && reAnyYear.MatchString(q.Answer) {
					t.Errorf("%s: asked the date of a side event: %s => %s", c.file, q.Stem, q.Answer)
				}
			}
			for _, w := range c.key {
				if strings.Contains(q.Stem, w) {
					keyAsked = true
				}
			}
		}
		if !keyAsked {
			t.Errorf("%s: nothing asked about %v any more", c.file, c.key)
		}
	}
	// Another's death is a side date unless the date is of something else
	// the sentence tells.
	s := analyseText(t, "Anni Albers\n\nAnni Albers was a German textile artist. She married Josef Albers in 1925. "+
		"Josef Albers died in New Haven in 1976. Anni Albers died in Orange, Connecticut, in 1994. "+
		"Paul Klee's death opened the way for Anni Albers, who taught in 1940.")
	years := 0
	for i := range s {
		for _, sp := range s[i].Spans {
			if want := sp.Text == "1976"; sp.Type == tYear && othersDeath(&s[i], sp) != want {
				t.Errorf("othersDeath(%q, %s) = %v; want %v", s[i].Text, sp.Text, !want, want)
			}
			if sp.Type == tYear && sp.Text != "1925" {
				years++
			}
		}
	}
	if years != 3 {
		t.Errorf("%d of the years 1976, 1994 and 1940 are answer spans; want 3", years)
	}
	// "his father's system" is no event of the father's.
	s = analyseText(t, "Alexander Graham Bell\n\nAlexander Graham Bell was born in Edinburgh in 1847. He later lived in America. "+
		"In 1871 Bell went to Boston to train teachers in his father's system of Visible Speech.")
	for i := range s {
		for _, sp := range s[i].Spans {
			if sp.Text == "1871" && sideDate(&s[i], sp) {
				t.Errorf("sideDate(%q) = true; want false", s[i].Text)
			}
		}
	}
}

var reAnyYear = regexp.MustCompile(`\b1\d{3}\b|\b20\d\d\b`)

// TestAgeGivesTheYear: in a life whose years the text gives, "In _____,
// aged twenty-five, Boltzmann was appointed ..." is worked out, not known
// (read blind as a giveaway); the statement stays, and a year without an
// age is still asked.
func TestAgeGivesTheYear(t *testing.T) {
	other := false
	for _, q := range devQuestions(t, "biography_ludwig-boltzmann.txt") {
		if q.Kind != quiz.TrueFalse && q.Answer == "1869" {
			t.Errorf("%q asks the year its age gives", q.Stem)
		}
		other = other || q.Kind != quiz.TrueFalse && reAnyYear.MatchString(q.Answer)
	}
	if !other {
		t.Error("no year asked at all")
	}
	for s, want := range map[string]bool{"In 1869, aged twenty-five, he was appointed.": true, "Zanabazar was four years old then.": true,
		"At eighteen he applied.": true, "She opened the Home for the Aged in 1908.": false,
		"In 1885, at the age of only 23, May Morris was put in charge of the embroidery department.": true} {
		if got := reAgeAt.MatchString(s); got != want {
			t.Errorf("reAgeAt(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestDayOfAYearGiven: a full date whose year the sentence already gives
// leaves only the day to learn, and is not asked; a date whose year is
// not given is.
func TestDayOfAYearGiven(t *testing.T) {
	text := "Bank of England\n\nThe Bank of England is the central bank of the United Kingdom. " +
		"The Bank remained a privately owned company until it was nationalised under the Bank of England Act 1946, which took effect on 1 March 1946. " +
		"The royal charter creating the Bank was sealed on 27 July 1694 in London."
	sealed := false
	for _, c := range textCandidates(t, text) {
		if c.Q.Kind == quiz.TrueFalse {
			continue
		}
		switch c.Q.Answer {
		case "1 March 1946":
			t.Errorf("the day of a year the stem gives was asked: %s", c.Q.Stem)
		case "27 July 1694":
			sealed = true
		}
	}
	if !sealed {
		t.Error("the date of the charter, its year not given, was not asked")
	}
}
