package questions

import "strings"

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
