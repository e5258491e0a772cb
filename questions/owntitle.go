package questions

import "strings"

// A life of a ruler calls its subject by the title as often as by name:
// "The king replied that the trade was the basis of his kingdom's power",
// "On 12 September 1974 the emperor was deposed". Unnamed, such a sentence
// leans on the text ("the king"? which?); named, it states the life's own
// facts. The title is the subject's only when the first sentence gives it
// to them ("Ghezo was king of Dahomey") and nobody else is named in the
// sentence or the one before it: "Paré attended the king" and "When King
// Agonglo died in 1797 ... The king ..." are other kings.

// ownTitle returns the ruler's title the first sentence gives a life's
// subject, the head of what it "was" ("the ninth king of Dahomey",
// "Emperor of Ethiopia"), and the realm named after it ("Dahomey"), or "".
func ownTitle(first []tok, main referent) (title, realm string) {
	if main.Type != tPerson {
		return "", ""
	}
	for k, t := range first {
		if w := strings.ToLower(t.Text); w != "was" && w != "is" {
			continue
		}
		for j := k + 1; j < len(first); j++ {
			w := strings.ToLower(first[j].Text)
			if rulerKinds[w] {
				if j+2 < len(first) && first[j+1].Text == "of" && first[j+2].Tag == "NNP" {
					realm = nameAt(first, j+2)
				}
				return w, realm
			}
			switch first[j].Tag {
			case "DT", "JJ", "CD", "RB", "JJS":
				continue
			}
			return "", ""
		}
		return "", ""
	}
	return "", ""
}

// realmOf is what a text calls the realm of a ruler of each title.
var realmOf = map[string]string{"king": "kingdom", "queen": "kingdom", "emperor": "empire", "empress": "empire",
	"sultan": "sultanate", "khan": "khanate", "caliph": "caliphate", "tsar": "empire", "shah": "empire", "pharaoh": "kingdom"}

// nameOwnTitle names the subject in place of the first bare "the king" of
// a sentence (not "the king of France", not "the young king"), when
// neither it nor the sentence before names any person; and the realm in
// place of "the kingdom", when the sentence names no other place.
func nameOwnTitle(out, before []tok, main referent, title, realm string, v votes, ent *entities) []tok {
	if title == "" {
		return out
	}
	if realm != "" && !strings.Contains(join(out), realm) && !namesPlace(out, v) {
		out = nameTitled(out, realmOf[title], referent{Name: realm, Type: tPlace})
	}
	if namesPerson(out, v, nil) || namesPerson(before, v, ent) {
		return out
	}
	return nameTitled(out, title, main)
}

// nameTitled puts r in place of the first bare "the" and noun.
func nameTitled(out []tok, noun string, r referent) []tok {
	for k := 0; k+1 < len(out); k++ {
		if !strings.EqualFold(out[k].Text, "the") || strings.ToLower(out[k+1].Text) != noun {
			continue
		}
		if n := k + 2; n < len(out) && (strings.EqualFold(out[n].Text, "of") || strings.HasPrefix(out[n].Tag, "NN")) {
			return out // "the king of France", "the king Ghezo", "the emperor penguin"
		}
		if k > 0 && (out[k-1].Tag == "NNP" || out[k-1].Tag == "NNPS") {
			return out // "Under Iskandar Muda the sultanate": two names would run together
		}
		return splice(out, k, 2, nameToks(r, out[k], k == 0, false)...)
	}
	return out
}

// namesPlace reports a place named in ts.
func namesPlace(ts []tok, v votes) bool {
	for _, n := range names(ts) {
		if v.typeOf(n.Text) == tPlace {
			return true
		}
	}
	return false
}

// namesPerson reports a person named in ts; with ent, one other than the
// life's subject.
func namesPerson(ts []tok, v votes, ent *entities) bool {
	for _, n := range names(ts) {
		if v.typeOf(n.Text) == tPerson && (ent == nil || !ent.isMain(n.Text)) {
			return true
		}
	}
	return false
}
