package questions

import (
	"regexp"
	"strings"
)

// kinNouns say how a person is related to another.
var kinNouns = set("mother", "father", "wife", "husband", "son", "daughter", "sister", "brother", "uncle", "aunt",
	"grandfather", "grandmother", "stepfather", "stepmother", "stepson", "stepdaughter", "widow", "fiancée", "fiancé",
	"child", "parents", "sons", "daughters", "sisters", "brothers", "children")

// relativeByName reports a sentence that calls a person by a given name
// alone when the text brought that person in as someone's relative ("their
// daughter Olga", "the son of Constantijn Huygens and Suzanna van Baerle")
// and the sentence does not say the relation: on its own, "Suzanna died in
// 1637" asks about a stranger. A name the text uses often is known by it.
func relativeByName(s *sentence) bool {
	if s.Art == nil {
		return false
	}
	for _, t := range s.Q {
		if kinNouns[strings.ToLower(t.Text)] {
			return false
		}
	}
	low := s.Art.lower()
	for _, n := range names(s.Q) {
		if strings.Contains(n.Text, " ") || s.Art.Ent.isMain(n.Text) {
			continue
		}
		name := strings.ToLower(n.Text)
		if strings.Count(low, name) > 3 {
			continue // a person the text keeps naming (a novel's heroine, a king of the story) is known by the name
		}
		for from := 0; ; {
			k := strings.Index(low[from:], name)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(name)
			if at > 0 && isLetterByte(low[at-1]) || from < len(low) && isLetterByte(low[from]) {
				continue // inside another word
			}
			before := strings.Fields(strings.NewReplacer(",", " ", ";", " ").Replace(low[max(0, at-80):at]))
			if len(before) > 0 && at-80 > 0 {
				before = before[1:] // the first may be cut
			}
			if introducedAsKin(before) {
				return true
			}
		}
	}
	return false
}

// introducedAsKin reports words before a name that make it a relative's:
// a kin noun up to two words back ("daughter Olga", "second daughter,
// Dorothea"), or "son of X and" ("the son of Constantijn Huygens and").
func introducedAsKin(before []string) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		if kinNouns[before[k]] {
			return true
		}
	}
	if n := len(before); n >= 3 && before[n-1] == "and" {
		for k := n - 2; k >= 1 && k >= n-6; k-- {
			if before[k] == "of" && (before[k-1] == "son" || before[k-1] == "daughter" || before[k-1] == "child") {
				return true
			}
		}
	}
	return false
}

// isLetterByte reports an ASCII letter or a byte of a multi-byte letter.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// reKinMeaning opens a character's meaning with a relation to someone
// named by a given name: "Margaret's gentle, indecisive father", "John's
// proud, stern and devoted mother".
var reKinMeaning = regexp.MustCompile(`^(\p{Lu}[\p{L}-]+)['’]s (?:[\p{L}-]+,? (?:and )?){0,4}?(mother|father|wife|husband|son|daughter|sister|brother)\b`)

// kinGivesAway reports a character listed by title and surname ("Mr
// Hale") whose meaning calls them the relative of someone the text names
// with that surname ("Margaret's father", where the text has Margaret
// Hale): the family name is in the question, the title in the relation.
// Read blind, each such one was a giveaway (4 of 4); "Anne's father" for
// Sir Walter Elliot, who has a name of his own to know, is not one.
func (a *article) kinGivesAway(e entry) bool {
	w := strings.Fields(e.Term)
	if len(w) != 2 || !honorificTitles[strings.TrimSuffix(w[0], ".")] {
		return false
	}
	m := reKinMeaning.FindStringSubmatch(e.Def)
	if m == nil {
		return false
	}
	return strings.Contains(a.Raw, m[1]+" "+w[1])
}

// honorificTitles are the titles that say only sex and marriage.
var honorificTitles = set("Mr", "Mrs", "Miss", "Ms")
