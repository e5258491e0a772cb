package questions

import (
	"regexp"
	"strconv"
	"strings"
)

// reLifespan is a life's years as a biography's first paragraph gives
// them: "Srinivasa Ramanujan (1887–1920)", "(born 1815 – died 1852)".
var reLifespan = regexp.MustCompile(`\((?:[^()]*?\D)?(\d{3,4})\??\s*[–—-]\s*[^()]*?\b(\d{3,4})\??\)`)

// reBorn and reDied find a birth or a death year told in a sentence.
var (
	reBorn = regexp.MustCompile(`\bborn\b[^.\n]{0,80}?\b(\d{4})\b`)
	reDied = regexp.MustCompile(`\bdied\b[^.\n]{0,80}?\b(\d{4})\b`)
)

// life reports a text about a person: one with a subject, and that
// subject a person. (A text with no subject, as a lesson on a union of
// kingdoms or a guide to a play may be, has none whose life it tells.)
func (a *article) life() bool { return a.Main != "" && a.MainType == tPerson }

// lifespan returns the years of birth and death of the article's subject
// when its first paragraph gives them in brackets, as biographies do, or
// its sentences tell both.
func (a *article) lifespan() (born, died int, ok bool) {
	if len(a.Paras) == 0 || a.Main == "" {
		return 0, 0, false
	}
	if m := reLifespan.FindStringSubmatch(a.Paras[0].Text); m != nil {
		born, _ = strconv.Atoi(m[1])
		died, _ = strconv.Atoi(m[2])
	} else {
		// "She was born in Ihithe in 1940 ... She died of cancer in
		// Nairobi in 2011": the first birth and the last death the text
		// tells, when it tells both.
		low := a.lower()
		b := reBorn.FindStringSubmatch(low)
		d := reDied.FindAllStringSubmatch(low, -1)
		if b == nil || d == nil {
			return 0, 0, false
		}
		born, _ = strconv.Atoi(b[1])
		died, _ = strconv.Atoi(d[len(d)-1][1])
	}
	if died-born < 10 || died-born > 110 {
		return 0, 0, false // a reign or a war, not a life
	}
	return born, died, true
}

// lifeOf returns the years a year of the sentence may take when the
// sentence tells of its article's subject in that subject's life: from the
// year after the birth to the death. ok is false for a year outside the
// life or a sentence about someone else.
func (s *sentence) lifeOf(y int) (from, to int, ok bool) {
	born, died, ok := s.Art.lifespan()
	if !ok || y <= born || y > died || !s.Art.aboutMain(s.Q) {
		return s.otherLifeOf(y)
	}
	return born + 1, died, true
}

// reNamedLife is a person's years in brackets after the name, anywhere in
// a text: "Anton Chekhov (1860–1904)".
var reNamedLife = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+) \((\d{3,4})\s*[–—-]\s*(\d{3,4})\)`)

// otherLifeOf is lifeOf for someone else whose years the text gives in
// brackets and whom the sentence names: in a guide to Three Sisters,
// "Chekhov wrote the play in _____" takes no year after 1904 (read
// blind, 1907 among the options was a wrong distractor).
func (s *sentence) otherLifeOf(y int) (from, to int, ok bool) {
	for _, m := range reNamedLife.FindAllStringSubmatch(s.Art.Raw, -1) {
		born, _ := strconv.Atoi(m[2])
		died, _ := strconv.Atoi(m[3])
		if died-born < 10 || died-born > 110 || y <= born || y > died {
			continue
		}
		for _, t := range s.Q {
			if t.Text == m[1] {
				return born + 1, died, true
			}
		}
	}
	return 0, 0, false
}

// aboutMain reports whether a sentence names the article's subject by one
// of the words of its name.
func (a *article) aboutMain(q []tok) bool {
	for _, w := range strings.Fields(a.Main) {
		if len(w) < 3 {
			continue
		}
		for _, t := range q {
			if t.Text == w {
				return true
			}
		}
	}
	return false
}
