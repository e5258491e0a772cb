package quiz

import "strings"

// British and American spellings of one word are the same answer: a class
// reading a British text may type "contour plowing", "color" or "center".
// Both sides are spelt the American way before they are compared; each
// rule leaves an American spelling as it is, so spelling twice changes
// nothing.

// americanSuffixes rewrite a word's British ending, longest first. A
// minimum length keeps short words ("four", "hour", "acre") out.
var americanSuffixes = []struct {
	british, american string
	min               int
}{
	{"isation", "ization", 8}, {"isations", "izations", 9}, {"ising", "izing", 7}, {"ised", "ized", 6},
	{"ises", "izes", 6}, {"ise", "ize", 6}, {"ysing", "yzing", 7}, {"ysed", "yzed", 6}, {"yse", "yze", 6},
	{"our", "or", 6}, {"ours", "ors", 7}, {"oured", "ored", 8}, {"ouring", "oring", 9},
	{"tre", "ter", 5}, {"tres", "ters", 6}, {"bre", "ber", 5}, {"bres", "bers", 6},
	{"ogue", "og", 7}, {"ogues", "ogs", 8}, {"ence", "ense", 7},
	{"lled", "led", 8}, {"lling", "ling", 9}, {"ller", "ler", 8}, {"llers", "lers", 9},
	{"amme", "am", 7}, {"ammes", "ams", 8},
}

// americanWords are British spellings no ending rule catches.
var americanWords = map[string]string{"plough": "plow", "ploughs": "plows", "ploughing": "plowing",
	"ploughed": "plowed", "ploughman": "plowman", "draught": "draft", "draughts": "drafts", "grey": "gray",
	"tyre": "tire", "tyres": "tires", "aluminium": "aluminum", "sulphur": "sulfur", "sulphate": "sulfate", "sulphates": "sulfates", "sulphuric": "sulfuric", "sulphide": "sulfide",
	"mould": "mold", "moulds": "molds", "moulded": "molded", "moulding": "molding", "mouldy": "moldy",
	"moult": "molt", "moults": "molts", "moulted": "molted", "moulting": "molting", "smoulder": "smolder",
	"smouldering": "smoldering", "storey": "story", "storeys": "stories", "cheque": "check", "kerb": "curb",
	"inflexion": "inflection", "inflexions": "inflections", "connexion": "connection", "connexions": "connections",
	"reflexion": "reflection", "reflexions": "reflections", "groyne": "groin", "groynes": "groins",
	"oxidisation": "oxidation", "oxidization": "oxidation", // read blind, refusing "oxidisation" was a wrong key
	"caye": "cay", "cayes": "cays", // Belize's spelling of a reef islet, "cay" elsewhere (refused, a wrong key)
	"dyke": "dike", "dykes": "dikes"} // the British bank against the sea ("dike" refused "dyke", a wrong key)

// americanSpelling spells a lower-case word the American way.
func americanSpelling(w string) string {
	if a, ok := americanWords[w]; ok {
		return a
	}
	for _, s := range americanSuffixes {
		if len(w) >= s.min && strings.HasSuffix(w, s.british) {
			return w[:len(w)-len(s.british)] + s.american
		}
	}
	return w
}

// americanTokens spells every token the American way, in a new slice.
func americanTokens(ts []string) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = americanSpelling(t)
	}
	return out
}
