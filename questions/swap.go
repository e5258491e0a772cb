package questions

import (
	"regexp"
	"slices"
	"strings"

	"quizbot/quiz"
)

// countryTwin picks a country the sentence names and another country the
// same text names to put in its place ("Hannibal crossed the Alps into
// Italy" made "into Spain"), or "" when none is safe. Places in general
// are not swapped; a country's name is one the tagger cannot
// mistake, and one country for another keeps the statement's grammar and
// sense. No sentence of the text may tell of the other country with the
// statement's other words.
func countryTwin(s *sentence, p *pool) (span, string) {
	q := s.Q
	for _, sp := range s.Spans {
		if sp.Type != tPlace || !quiz.IsCountry(sp.Text) || s.Art.Ent.isMain(sp.Text) || bound(q, sp) || !answerable(q, sp) || aside(q, sp) || namedTwice(q, sp) {
			continue
		}
		if sp.I >= 2 && q[sp.I-1].Text == "of" && strings.HasPrefix(q[sp.I-2].Tag, "NN") {
			// "the Caribbean island of Martinique": the words before say
			// what it is, and another country there ("the Caribbean
			// island of Algeria") is false at sight (read blind, a
			// giveaway).
			continue
		}
		for _, c := range p.distractors(s, sp, 3) {
			if quiz.IsCountry(c) && sameSection(s, c) && !toldWith(s.Art, c, sp.Text, s.Text) {
				return sp, c
			}
		}
	}
	return span{I: -1}, ""
}

// namedTwice reports a person the sentence names again outside the span,
// whole or by the last word of the name: swapped in one place only, the
// statement contradicts itself ("to offer Achilles rich gifts, but Hector
// refuses"; read blind, a giveaway).
func namedTwice(q []tok, sp span) bool {
	f := strings.Fields(sp.Text)
	last := f[len(f)-1]
	for k, t := range q {
		if (k < sp.I || k >= sp.J) && t.Text == last {
			return true
		}
	}
	return false
}

// toldWith reports a sentence of the article that names name together
// with two or more of the statement's other content words: "Tolbuzin
// ... fled to the Amur" beside "Chernigovsky ... fled to the Amur".
func toldWith(a *article, name, answer, statement string) bool {
	skip := contentWords(name + " " + answer)
	var words []string
	for _, w := range contentWords(statement) {
		if len(w) >= 4 && !slices.Contains(skip, w) {
			words = append(words, w)
		}
	}
	for _, p := range a.Paras {
		for _, sent := range strings.SplitAfter(p.Text, ". ") {
			if !strings.Contains(sent, name) {
				continue
			}
			low := contentWords(sent)
			shared := 0
			for _, w := range words {
				if slices.Contains(low, w) {
					shared++
				}
			}
			if shared >= 2 {
				return true
			}
		}
	}
	return false
}

// animalNouns name the kinds of animal a story names: "a stallion called
// Freyfaxi", "his dog, Argos".
var animalNouns = set("horse", "stallion", "mare", "pony", "colt", "foal", "steed", "dog", "hound", "puppy", "cat",
	"kitten", "bull", "cow", "ox", "calf", "goat", "sheep", "ram", "pig", "falcon", "hawk", "parrot", "bird", "raven",
	"crow", "elephant", "camel", "mule", "donkey", "wolf", "bear", "lion", "monkey", "ape", "whale", "fish", "snake")

// animalNamed reports a name the text gives an animal: "his finest horse, a
// stallion called Freyfaxi", "the dog Argos", "Argos, his old dog" ("Alex
// was an African grey" is not caught). Swapped for one of the people, or a
// person for it, the false statement is absurd ("Freyfaxi offers Þorbjörn
// compensation"): read blind, both such twins were failed. The text is
// read once for all its animals' names.
func (a *article) animalNamed(name string) bool {
	if a == nil || name == "" {
		return false
	}
	if a.animals == nil {
		a.animals = map[string]bool{}
		for _, m := range reAnimalName.FindAllStringSubmatch(a.Raw, -1) {
			if n, kind := m[2]+m[3], m[1]+m[4]; animalNouns[strings.ToLower(kind)] {
				a.animals[strings.TrimSpace(n)] = true
			}
		}
	}
	return a.animals[name]
}

// reAnimalName is a name after a kind of animal ("a stallion called
// Freyfaxi", "the dog Argos") or before one ("Argos, his old dog"); the
// kind is checked against animalNouns.
var reAnimalName = regexp.MustCompile(`(?i:\b(\p{L}+),? (?:called |named )?)(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)|(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?), (?i:(?:an?|his|her|their|the) (?:\p{L}+ ){0,2}?(\p{L}+))\b`)

// sameSection reports a name the text gives in the sentence's own section:
// a character of the plot for a character of the plot, not the author of
// the section on the author ("Goldsmith and Constance Neville are the
// second pair of lovers").
func sameSection(s *sentence, name string) bool {
	for _, p := range s.Art.Paras {
		if p.Section == s.Section && strings.Contains(p.Text, name) {
			return true
		}
	}
	return false
}

// commonWordToo reports a name the text also writes in small letters: a
// word the tagger took for a name ("Suspicion", a ship's "Terror").
func commonWordToo(a *article, name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	low := strings.ToLower(name)
	for _, p := range a.Paras {
		if strings.Contains(p.Text, " "+low+" ") || strings.Contains(p.Text, " "+low+",") || strings.Contains(p.Text, " "+low+".") {
			return true
		}
	}
	return false
}

// capitals reports a name written in capitals, which the tagger may take
// for a person's ("DNA") and no person's name is.
func capitals(name string) bool {
	return len([]rune(name)) > 1 && strings.ToUpper(name) == name
}

// reCredit credits a work to its maker in the text's opening: "a comedy in
// five acts by Richard Brinsley Sheridan".
// "the first novel of the Chilean writer Isabel Allende" credits it too.
var reCredit = regexp.MustCompile(`\bby (?:the (?:[\p{L}-]+ )?(?:writer|author|poet|playwright|dramatist|novelist|composer|painter|artist) )?((?:\p{Lu}\. ?|\p{Lu}[\p{L}'’-]+ ?){1,4})|\bof the (?:[\p{L}-]+ ){0,2}(?:writer|author|poet|playwright|dramatist|novelist|composer|painter|artist) ((?:\p{Lu}\. ?|\p{Lu}[\p{L}'’-]+ ?){1,4})`)

// credited reports a name of the work's maker, whom the opening credits:
// never swapped into the story ("the brothers Sheridan" for "the brothers
// Surface").
func (a *article) credited(name string) bool {
	if len(a.Paras) == 0 {
		return false
	}
	credits := reCredit.FindAllStringSubmatch(a.Paras[0].Text, -1)
	credits = append(credits, reCredit.FindAllStringSubmatch(a.Title, -1)...) // "The Lover by Marguerite Duras: A Study Guide"
	for _, m := range credits {
		for _, w := range strings.Fields(m[1] + " " + m[2]) {
			if strings.Contains(" "+name+" ", " "+strings.Trim(w, ".")+" ") {
				return true
			}
		}
	}
	return false
}
