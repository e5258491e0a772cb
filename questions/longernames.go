package questions

import (
	"regexp"
	"slices"
	"strings"
)

// A term the text also writes at greater length is rightly typed in that
// form: "young Fortinbras", "Earl of Gloucester", "Toad of Toad Hall",
// "Sergeant Francis Troy", "the rate of natural increase". Read blind, keys
// refusing the text's own longer name were unusable. Only what the text
// itself writes is added, and only words that make the same thing more
// exact: a title, an ordinal, an epithet of age, a realm after "of", or a
// generic head before "of" ("an area of low pressure"). An adjective of
// degree is left out: "high treason" is the crime, "high resistance" is
// not the quantity.

var (
	// epithetsBefore are the lower-case words that may open a person's
	// longer name: "young Fortinbras", "old Jolyon".
	epithetsBefore = set("young", "old", "little", "elder", "younger")
	// ofHeads are generic heads of "<head> of <term>": "the policy of
	// containment", "the rate of natural increase".
	ofHeads = set("policy", "rate", "doctrine", "principle", "process", "law", "theory", "crime", "system",
		"area", "zone", "region", "belt")
	// realmTitles open "<title> of <term>": "Earl of Gloucester", "Duchy of
	// Württemberg".
	realmTitles = set("Earl", "Duke", "Duchess", "Count", "Countess", "Baron", "Marquess", "Marquis", "Prince",
		"Princess", "King", "Queen", "Lord", "Lady", "Duchy", "Kingdom", "County", "Principality", "Emperor", "Empress")
	capOrdinals = set("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")
)

// longerNames returns the longer forms of term that the article's prose
// writes, each once; cat is the category of the list that defines it. A
// person's two names may be written with a middle name between them. A
// form after the term ("Commonwealth of England") or an ordinal before it
// ("Second Continental Congress") counts only for a name the prose
// capitalises and only when the text writes one such form: "Concordat of
// Worms" and "Concordat of London", or a first and a second partition, are
// instances of a general term, not its longer name.
func (a *article) longerNames(term, cat string) []string {
	if a == nil || strings.TrimSpace(term) == "" {
		return nil
	}
	person := cat == "character" || cat == "person"
	q := regexp.QuoteMeta(term)
	if r := []rune(term); capitalized(term) {
		// A term in a glossary is capitalised as an entry; the prose may
		// write it in lower case ("the policy of containment").
		q = "[" + regexp.QuoteMeta(string(r[0])) + regexp.QuoteMeta(strings.ToLower(string(r[0]))) + "]" + regexp.QuoteMeta(string(r[1:]))
	}
	re, err := regexp.Compile(`(?:\b(\p{L}+) (of )?)?\b(` + q + `)\b(?: of (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?))?`)
	if err != nil {
		return nil
	}
	var out, ordinal, after []string
	add := func(list *[]string, s string) {
		if !slices.Contains(*list, s) && !strings.EqualFold(s, term) {
			*list = append(*list, s)
		}
	}
	for _, p := range a.Paras {
		for _, m := range re.FindAllStringSubmatchIndex(p.Text, -1) {
			word, of, at, realm := sub(p.Text, m, 1), sub(p.Text, m, 2), sub(p.Text, m, 3), sub(p.Text, m, 4)
			proper := capitalized(at)
			switch {
			case of == "" && (titleWords[word] && capitalized(word) || ranks[word]):
				add(&out, word+" "+at) // "Sergeant Francis Troy", "Queen Gertrude", "Mr Toad"
			case of == "" && person && epithetsBefore[strings.ToLower(word)] && (m[2] == 0 || p.Text[m[2]-1] != '-'):
				// "Young Fortinbras"; "the seventeen-year-old Cú Chulainn" is no name
				add(&out, word+" "+at)
			case of == "" && capOrdinals[word] && proper && len(strings.Fields(term)) > 1:
				add(&ordinal, word+" "+at)
			case of != "" && (realmTitles[word] || ofHeads[word]):
				add(&out, word+" of "+at)
			}
			if realm != "" && proper {
				add(&after, at+" of "+realm)
			}
		}
	}
	if f := strings.Fields(term); person && len(f) == 2 {
		// "Yevgeny Bazarov" written in full as "Yevgeny Vasilyevich
		// Bazarov": a middle name or patronymic between the two.
		full := regexp.MustCompile(`\b` + regexp.QuoteMeta(f[0]) + `(?: \p{Lu}[\p{L}'’-]+){1,2} ` + regexp.QuoteMeta(f[1]) + `\b`)
		for _, p := range a.Paras {
			for _, m := range full.FindAllString(p.Text, -1) {
				add(&out, m)
			}
		}
	}
	if f := strings.Fields(term); person && len(f) == 2 && epithets[f[0]] {
		// "Old Martin" written in full as "Old Martin Ruiz": the story
		// gives his surname once, and "Martin Ruiz" names him too.
		full := regexp.MustCompile(`\b` + regexp.QuoteMeta(term) + ` (\p{Lu}[\p{L}'’-]+)\b`)
		var surnames []string
		for _, p := range a.Paras {
			for _, m := range full.FindAllStringSubmatch(p.Text, -1) {
				if !slices.Contains(surnames, m[1]) {
					surnames = append(surnames, m[1])
				}
			}
		}
		if len(surnames) == 1 {
			add(&out, term+" "+surnames[0])
			add(&out, f[1]+" "+surnames[0])
		}
	}
	if len(ordinal) == 1 {
		out = append(out, ordinal...)
	}
	if len(after) == 1 {
		out = append(out, after...)
	}
	return out
}

// sub returns the text of submatch i of an index match, or "".
func sub(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}
