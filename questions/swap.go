package questions

import (
	"regexp"
	"slices"
	"strings"

	"quizbot/quiz"
)

// A text's true statements alone are answered "True" without reading; the
// figures a false twin can move (falseTwin) are in few of them. A named
// person swapped for another of the same text, sex and era ("In 1665 Aleksei Tolbuzin murdered the voyvoda of Ilimsk" for
// Nikifor Chernigovsky) is the false statement the guide's own example
// holds up: it is caught only by knowing who did what.

// swapTwin picks, for every sentence that names someone besides
// the text's subject, the name to swap and the name to swap in, or ""
// when none is safe. A place is not swapped here (countryTwin swaps
// countries alone): the tagger's places are too often no places ("born in
// Latin"), and a place is mostly described beside it ("Boulogne, a hill
// farm near Darvel"). The swapped-in name must be one the
// text itself gives, and no sentence of the text may tell of it with the
// statement's other words, which could make the swapped statement true.
func swapTwin(s *sentence, p *pool) (span, string) {
	if s.Art.life() {
		// In a life, the other people are those the subject met, served
		// or fought, and one put in another's place is absurd or not
		// surely false: read blind, such twins were usable 0 times in 11
		// (an enemy admiral for the sultan, a second wife as an army
		// engineer, Genghis Khan as Babur's father), where the lives'
		// true statements were usable two times in three.
		return span{I: -1}, ""
	}
	q := s.Q
	for _, sp := range s.Spans {
		if sp.Type != tPerson || capitals(sp.Text) || s.Art.Ent.isMain(sp.Text) || s.Art.credited(sp.Text) || bound(q, sp) || !answerable(q, sp) || aside(q, sp) || describedAfter(q, sp) {
			continue
		}
		if sp.I > 0 && (titleWords[q[sp.I-1].Text] || titleLong[q[sp.I-1].Text] != "") {
			continue // "Sultan Mahmud II": the title is his, not another's
		}
		if describedBefore(q, sp) {
			continue // "the settler John Rolfe": swapped, "the settler Powhatan" calls a chief a settler
		}
		if sp.I == 0 && sp.J+1 < len(q) && (q[sp.J].Text == "is" || q[sp.J].Text == "was") && (q[sp.J+1].Tag == "DT" || q[sp.J+1].Tag == "PRP$") {
			// "Theodore is a young peasant of hidden noble birth": the one
			// described swapped for another of the cast ("Manfred is a
			// young peasant", of the prince) is false on its face. Read
			// blind, such twins were usable 4 times in 10, once in 6 in
			// guides to works.
			continue
		}
		if namedTwice(q, sp) {
			continue // "to offer Achilles rich gifts, but Achilles refuses": the other mention shows the swap
		}
		if sp.I > 1 && q[sp.I-1].Text == "," && q[sp.I-2].Tag == "NNP" && sp.J < len(q) && q[sp.J].Text == "," {
			continue // "George Talbot, Earl of Shrewsbury,": a title set beside his name, not another person
		}
		if s.Art.animalNamed(sp.Text) {
			continue // "a stallion called Freyfaxi": a horse, not one of the cast
		}
		if reChildOf.MatchString(join(q[sp.J:])) {
			// "Atli is born at Bjarg, the son of Ásmund and his wife
			// Ásdís", swapped in for Grettir: a brother is their son too,
			// and the false statement was read as true.
			continue
		}
		for _, c := range p.distractors(s, sp, 3) {
			if !capitals(c) && !s.Art.animalNamed(c) && !countWords[strings.ToLower(strings.Fields(c)[0])] && !titleOfPlace(c) && !s.Art.credited(c) && sameSection(s, c) && !commonWordToo(s.Art, c) && !toldWith(s.Art, c, sp.Text, s.Text) && sameSex(s, sp.Text, c) {
				return sp, c
			}
		}
	}
	return span{I: -1}, ""
}

// reChildOf names whose child someone is.
var reChildOf = regexp.MustCompile(`\b(?:(?:sons?|daughters?|child|children)\s+of|born\s+to)\b`)

// countryTwin picks a country the sentence names and another country the
// same text names to put in its place ("Hannibal crossed the Alps into
// Italy" made "into Spain"), or "" when none is safe. Places in general
// are not swapped (swapTwin); a country's name is one the tagger cannot
// mistake, and one country for another keeps the statement's grammar and
// sense. As with people, no sentence of the text may tell of the other
// country with the statement's other words.
func countryTwin(s *sentence, p *pool) (span, string) {
	q := s.Q
	for _, sp := range s.Spans {
		if sp.Type != tPlace || !quiz.IsCountry(sp.Text) || s.Art.Ent.isMain(sp.Text) || bound(q, sp) || !answerable(q, sp) || aside(q, sp) || namedTwice(q, sp) {
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

// titleOfPlace reports a title named by its seat, "Earl of Shrewsbury",
// which takes "the" where a name stands alone: swapped in for "Sir Amias
// Paulet" it made "Earl of Shrewsbury is Mary's jailer".
func titleOfPlace(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 3 && f[1] == "of" && (nobleTitles[f[0]] || titleWords[f[0]] || titleLong[f[0]] != "")
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

// describedAfter reports a name the words after it describe ("Boulogne, a
// hill farm near Darvel", "Washington Roebling, who had served as an
// engineer in the Union Army"): swapped, the description gives the swap
// away, or is another's.
func describedAfter(q []tok, sp span) bool {
	k := sp.J // the token after the name
	return k+1 < len(q) && (q[k].Text == "," || q[k].Text == "(") && (q[k+1].Tag == "DT" || q[k+1].Tag == "PRP$" || q[k+1].Tag == "JJ" || q[k+1].Tag == "NN" || q[k+1].Tag == "WP")
}

// describedBefore reports a name whose description comes just before it,
// "the settler John Rolfe", "the poet Ovid": the description is his and
// may not fit another (read blind, "the settler Powhatan" swapped in a
// chief, an absurd false statement).
func describedBefore(q []tok, sp span) bool {
	k := sp.I - 1
	if k < 1 || q[k].Tag != "NN" || !roleNoun(q[k].Text) {
		return false // "During the match Gertrude drinks": the match is no description of her
	}
	for k--; k >= 0 && q[k].Tag == "JJ"; k-- {
	}
	return k >= 0 && (q[k].Tag == "DT" || q[k].Tag == "PRP$" || q[k].Tag == "POS")
}

// roleNoun reports a lower-case noun that may say what a person is or
// does: "settler", "lawyer", "chemist", "historian", "poet".
func roleNoun(w string) bool {
	if strings.ToLower(w) != w {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return roleWords[w] || titleWords[w] // "the poet Ovid", "the general Kutuzov"
}

// roleWords are the roles neither an ending nor titleWords gives.
var roleWords = set("widow", "orphan", "chief", "monk", "priest", "judge", "nurse", "scholar", "pope", "saint", "friend", "rival", "ally", "heir", "architect", "playwright", "missionary", "envoy", "diplomat", "pirate", "admiral", "captain", "colonel", "bishop", "abbot", "nun", "slave", "maid", "guard", "thief", "hero", "villain", "bride", "groom", "hermit", "knight", "squire", "noble", "nobleman", "statesman")

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

// sameSex reports whether name may stand for answer in the sentence: in
// one that says whether its people are men or women ("Amursana's mother,
// Boitalak"), only a person the text shows to be of the same sex.
func sameSex(s *sentence, answer, name string) bool {
	if a, b := s.Art.Ent.genderOf(answer), s.Art.Ent.genderOf(name); a != 0 && b != 0 && a != b {
		return false // "Lucia Cooper, who had served as an engineer in the Union Army": her husband's deeds
	}
	for _, w := range strings.Fields(strings.ToLower(s.Text)) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,;:()\"“”"), "'s"), "’s")
		if sexWords[w] {
			a, b := s.Art.Ent.genderOf(answer), s.Art.Ent.genderOf(name)
			return a != 0 && a == b
		}
	}
	return true
}

// sexWords say whether the people of a sentence are men or women: the
// pronouns that show a person's gender (entity.go) and the roles only a
// man or only a woman holds (not every title of maleTitles: "count" and
// "man" are common words in prose).
var sexWords = union(malePronouns, femalePronouns, set("mother", "father", "son", "daughter", "wife", "husband",
	"brother", "sister", "king", "queen", "widow", "widower", "uncle", "aunt", "nephew", "niece", "prince", "princess",
	"nun", "monk", "abbess", "abbot", "emperor", "empress", "duke", "duchess", "countess", "actress", "bride", "girl", "boy", "woman", "lady"))

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
