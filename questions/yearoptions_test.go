package questions

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"quizbot/quiz"
)

// Wrong years must not be ruled out by the sentence itself ("began in ___
// and went on from 1924") nor by the subject's own life.
func TestYearOptionsKeepTheirSide(t *testing.T) {
	text := `Ada Quill

Ada Quill (12 March 1850 – 3 June 1901) was an English engineer who designed harbour cranes.
Quill was born in Hull, the daughter of a shipwright, and went to school in York.
Systematic trials of her first crane began in 1876 and were continued on a large scale from 1880 by the Hull Dock Company.
In 1893 Quill was elected the first woman member of the Institution of Mechanical Engineers in London.
Quill designed the great floating crane of the Humber docks, which was completed in 1899.
She died at her home in Hull, and her papers were given to the Hull History Centre in 1968.
`
	cands, err := allCandidates(context.Background(), []Source{{Name: "quill.txt", Text: text}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	later := false // an option between the answer and the stem's own later year
	for _, c := range cands {
		if c.Q.Kind != quiz.MultipleChoice {
			continue
		}
		y, err := strconv.Atoi(c.Q.Answer)
		if err != nil || y < 1000 {
			continue
		}
		for _, o := range c.Q.Options {
			v, _ := strconv.Atoi(o)
			switch y {
			case 1876:
				seen++
				if v >= 1880 {
					t.Errorf("%q: option %s is not before 1880, which the stem itself gives", c.Q.Stem, o)
				}
				if v > 1876 {
					later = true
				}
			case 1893, 1899:
				seen++
				if v <= 1850 || v > 1901 {
					t.Errorf("%q: option %s is outside her life (1850–1901)", c.Q.Stem, o)
				}
			}
		}
	}
	if seen == 0 {
		t.Fatal("no year asked with options; the test says nothing")
	}
	if !later && askedWithOptions(cands, "1876") {
		t.Error("1876 asked with every option earlier: the answer is the one nearest the stem's 1880")
	}
}

func askedWithOptions(cands []candidate, answer string) bool {
	for _, c := range cands {
		if c.Q.Kind == quiz.MultipleChoice && c.Q.Answer == answer {
			return true
		}
	}
	return false
}

// A year the stem bounds closely is not asked with options at all: they
// would all lie on one side of it.
func TestYearOptionsNoRoom(t *testing.T) {
	text := "Machu Quill\n\nMachu Quill is a fifteenth-century site in the Andes of southern Peru, built on a ridge above a river.\n\n" +
		"Machu Quill was declared a Historic Sanctuary in 1981 and a World Heritage Site in 1983, and it is the most visited site in the country.\n\n" +
		"The site was rebuilt between 1450 and 1470 by the ruler Pachacuti, whose estate it became.\n\n" +
		"In 1982 Machu Quill was elected a wonder of the region with about 98 per cent of the vote, and in 1983 it became a World Heritage Site.\n"
	cands, err := allCandidates(context.Background(), []Source{{Name: "quill.txt", Text: text}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cands {
		if c.Q.Kind == quiz.MultipleChoice && (c.Q.Answer == "1981" || c.Q.Answer == "1983" && strings.Contains(c.Q.Stem, "1982")) {
			t.Errorf("%q asked with options %q: all before the stem's 1983", c.Q.Stem, c.Q.Options)
		}
	}
}

// TestYearOptionsNotAllRound: 1899, in a guide that tells of nothing
// later, among 1885, 1890 and 1895 stands out as the one year that is
// not round.
func TestYearOptionsNotAllRound(t *testing.T) {
	for _, q := range devQuestions(t, "literature_the-awakening.txt") {
		if q.Kind != quiz.MultipleChoice || q.Answer != "1899" {
			continue
		}
		round := 0
		for _, o := range q.Options {
			if v, _ := strconv.Atoi(o); v%5 == 0 {
				round++
			}
		}
		if round > 1 {
			t.Errorf("options %v for 1899; want at most one round year", q.Options)
		}
	}
}

// TestYearOptionsNotInTheFuture: for a study of 2022, 2029 is no option a
// reader would weigh (read blind as a giveaway): no wrong year comes after
// the present, whatever span the text gives.
func TestYearOptionsNotInTheFuture(t *testing.T) {
	defer func(y int) { thisYear = y }(thisYear)
	thisYear = 2017 // read the year after the survey
	text := "Honey Moths\n\nThe honey moth is a small moth of the dry grasslands of southern Africa.\n\n" +
		"The moth was first described by the naturalist Anna Veld in 2011, from specimens caught near Windhoek.\n\n" +
		"A survey in 2016 counted the moths at forty sites.\n"
	cands, err := allCandidates(context.Background(), []Source{{Name: "moth.txt", Text: text}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	for _, c := range cands {
		if c.Q.Kind != quiz.MultipleChoice {
			continue
		}
		for _, o := range c.Q.Options {
			if v, err := strconv.Atoi(o); err == nil && v > 1900 {
				asked++
				if v > thisYear {
					t.Errorf("%q offers %d, after %d", c.Q.Stem, v, thisYear)
				}
			}
		}
	}
	if asked == 0 {
		t.Fatal("no year asked as multiple choice; the test tests nothing")
	}
}
