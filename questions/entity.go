package questions

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What the document says about its people and its subject, beyond single
// sentences: which names stand for the article's own subject (its title,
// a birth name, the name most sentences are about), and whether a person
// is "he" or "she". Both guard against the worst questions: asking for the
// topic itself, offering two names of one person, and naming the wrong
// person in place of a pronoun (which makes a question teach a falsehood).

// entities holds those document-wide facts.
type entities struct {
	mainWords map[string]bool // words of the subject's names, lowercased, singular
	gender    map[string]byte // 'm' or 'f' per person name, when the text shows it
	misspelt  map[string]bool // name words that are a slip for a more frequent one ("Qialong")
	mainName  string          // the article's subject, whose gender its other names share
}

// rePronounBorn is a birth name given to a he or she: "born Gaius Octavius,
// he rose …".
var rePronounBorn = regexp.MustCompile(`^born [^,]+, (?:he|she)\b`)

// reCalledPronoun is a name given to a him or her: "historians often call
// him Octavian" (the tagger reads "Octavian" as an adjective).
var reCalledPronoun = regexp.MustCompile(`\b[Cc]all(?:s|ed)? (?:him|her) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})`)

var reNaming = regexp.MustCompile(`\b(?:the name|known as|renamed|born|née|nee|called|nicknamed|pen name|real name|birth name|also spelled)\b`)

var (
	maleTitles     = set("king", "emperor", "prince", "duke", "sir", "lord", "mr", "mr.", "tsar", "czar", "sultan", "earl", "baron", "count", "pharaoh", "shah", "father", "brother", "son", "uncle", "husband", "nephew", "boy", "man")
	femaleTitles   = set("queen", "empress", "princess", "duchess", "lady", "mrs", "mrs.", "miss", "ms", "ms.", "tsarina", "countess", "baroness", "mother", "sister", "daughter", "aunt", "wife", "niece", "girl", "woman", "dame")
	malePronouns   = set("he", "him", "his", "himself")
	femalePronouns = set("she", "her", "hers", "herself")
)

// newEntities gathers the subject's names and the genders.
func newEntities(a *article, sents []sentence, v votes) *entities {
	e := &entities{mainWords: map[string]bool{}, gender: map[string]byte{}, misspelt: misspellings(sents)}
	addWords := func(name string) {
		for _, w := range strings.Fields(name) {
			w = strings.Trim(w, ".,;:()\"'")
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && utf8.RuneCountInString(w) >= 3 && !titleWords[w] && !functionWords[strings.ToLower(w)] {
				e.mainWords[singularName(strings.ToLower(w))] = true
			}
		}
	}
	addWords(a.Title)
	addWords(a.Main)
	if len(a.Paras) > 0 {
		// "Clara Schumann (née Wieck; 1819–1896)": the birth name is hers.
		if m := reBornAs.FindStringSubmatch(a.Paras[0].Text); m != nil {
			addWords(m[1])
		}
	}
	// A name that is the subject of many sentences is what the text is
	// about, whatever its title says: "Sophie" in the early-life part of an
	// article titled "Catherine the Great".
	subj := map[string]int{}
	for _, s := range sents {
		if r := subjectOf(s.Toks, v); r.ok() {
			subj[r.Name]++
		}
	}
	for n, c := range subj {
		if c >= 3 && c*7 >= len(sents) {
			addWords(n)
		}
	}
	// Other names given in the opening sentences ("born Y", "(Y)") are
	// the subject's too.
	for i := 0; i < len(sents) && i < 3; i++ {
		for _, n := range names(sents[i].Toks) {
			if p := v[n.Text]; p != nil && p[slotAlias] > 0 {
				addWords(n.Text)
			}
		}
	}
	// "X ... taking the name Y", "X, known as Y", "Y (born X)": one person
	// under several names, all of them the subject's when one is.
	for i, s := range sents {
		// "Born Gaius Octavius, he rose …", "Historians call him
		// Octavian …": at a life's opening the pronoun is its subject.
		if i < 3 {
			if m := reCalledPronoun.FindStringSubmatch(join(s.Toks)); m != nil {
				addWords(m[1])
			}
		}
		text := strings.ToLower(join(s.Toks))
		if !reNaming.MatchString(text) {
			continue
		}
		ns := personNames(s.Toks, v)
		has := i < 3 && rePronounBorn.MatchString(text)
		for _, n := range ns {
			has = has || e.isMain(n)
		}
		if has {
			for _, n := range ns {
				addWords(n)
			}
		}
	}
	// Genders: the subject of a sentence and the he/she that refers to it
	// in the same sentence or opens the next one; titles and kin words.
	votes := map[string][2]int{}
	for i, s := range sents {
		r := subjectOf(s.Toks, v)
		for _, n := range names(s.Toks) {
			w := strings.Fields(n.Text)
			if n.I > 0 {
				prev := strings.ToLower(s.Toks[n.I-1].Text)
				if maleTitles[prev] {
					vv := votes[n.Text]
					vv[0] += 2
					votes[n.Text] = vv
				} else if femaleTitles[prev] {
					vv := votes[n.Text]
					vv[1] += 2
					votes[n.Text] = vv
				}
			}
			if maleTitles[strings.ToLower(w[0])] {
				vv := votes[n.Text]
				vv[0] += 2
				votes[n.Text] = vv
			} else if femaleTitles[strings.ToLower(w[0])] {
				vv := votes[n.Text]
				vv[1] += 2
				votes[n.Text] = vv
			}
		}
		if !r.ok() || r.Type != tPerson && r.Type != tName || r.Name == a.Main && a.bookTitled() {
			continue // a book has no sex: "The Awakening was her second novel"
		}
		if others := personNames(s.Toks, v); len(others) > 1 && !bornLead(s.Toks) {
			continue // "X met Y and gave him ...": whose pronoun is unclear
		}
		if a.MainType == tPerson && strings.HasPrefix(a.Title, a.Main) && !workKinds[a.Kind] && !a.bookTitled() && r.Type == tName && !strings.Contains(a.Main, r.Name) && !strings.Contains(r.Name, a.Main) && !sameFirstName(r.Name, a.Main) {
			// In a life, "his" is mostly its subject's: "India issued a
			// postage stamp in his honour" makes no man of India.
			continue
		}
		m, f := pronounCounts(s.Toks, true)
		if i+1 < len(sents) && len(sents[i+1].Toks) > 0 {
			first := strings.ToLower(sents[i+1].Toks[0].Text)
			if malePronouns[first] {
				m++
			} else if femalePronouns[first] {
				f++
			}
		}
		vv := votes[r.Name]
		vv[0] += m
		vv[1] += f
		votes[r.Name] = vv
	}
	if a.Main != "" && !a.bookTitled() && !a.credited(a.Main) {
		// The subject of a biography is the one most pronouns are about
		// (a novel's are about its people, not the book, nor the writer
		// a guide to it credits: "The Lover by Marguerite Duras").
		vv := votes[a.Main]
		for _, s := range sents {
			m, f := pronounCounts(s.Toks, false)
			vv[0] += m
			vv[1] += f
		}
		votes[a.Main] = vv
	}
	var mainVotes [2]int
	for n, vv := range votes {
		switch {
		case vv[0] > 0 && vv[0] >= 3*vv[1]:
			e.gender[n] = 'm'
		case vv[1] > 0 && vv[1] >= 3*vv[0]:
			e.gender[n] = 'f'
		}
		if n != a.Main && sameFirstName(n, a.Main) {
			mainVotes[0] += vv[0]
			mainVotes[1] += vv[1]
		}
	}
	// The subject goes by several names ("Catherine II", "Catherine"):
	// what its other names show is its gender too, when its own votes,
	// which count every pronoun of a text full of other people, do not.
	if a.Main != "" && e.gender[a.Main] == 0 {
		switch {
		case mainVotes[0] > 0 && mainVotes[0] >= 3*mainVotes[1]:
			e.gender[a.Main] = 'm'
		case mainVotes[1] > 0 && mainVotes[1] >= 3*mainVotes[0]:
			e.gender[a.Main] = 'f'
		}
	}
	e.mainName = a.Main
	return e
}

// pronounCounts counts the male and female pronouns of a sentence. With
// own, only those that may stand for the sentence's subject: an object
// "him" or "her" in the subject's own clause cannot ("Maria Celeste died
// in 1634, a heavy blow to him" says nothing of her gender; the subject
// would be "himself"); after a second finite verb it may ("Kepler was a
// sickly child, and smallpox left him weak").
func pronounCounts(ts []tok, own bool) (m, f int) {
	var other, theirs byte // the sex of someone else an object pronoun brought in, and of one a subject pronoun then took up
	for k, t := range ts {
		if t.Tag != "PRP" && t.Tag != "PRP$" {
			continue
		}
		low := strings.ToLower(t.Text)
		if own && objectPronoun(ts, k) && finitesBefore(ts, k) < 2 {
			other = pronounGender(low)
			continue
		}
		if own && other != 0 && (low == "he" || low == "she") && pronounGender(low) == other {
			theirs = other // "Iago stabs her and flees; she dies …": she is the one stabbed
		}
		if own && theirs != 0 && pronounGender(low) == theirs {
			continue
		}
		if own && k > 0 && ts[k-1].Text == "," && k+1 < len(ts) && kinNouns[strings.ToLower(ts[k+1].Text)] {
			continue // "Léonce Pontellier, her husband, ...": the "her" is someone else
		}
		if own && k > 0 && copulas[strings.ToLower(ts[k-1].Text)] && t.Tag == "PRP$" {
			continue // "Salvador Allende … was her father's cousin": what the subject is to someone else
		}
		if malePronouns[low] {
			m++
		} else if femalePronouns[low] {
			f++
		}
	}
	return m, f
}

// copulas link a subject to what it is: a possessive right after one is
// someone else's ("was her father's cousin").
var copulas = set("is", "was", "are", "were", "became", "becomes", "remained")

// objectPronoun reports a "him", or a "her" that owns nothing after it.
func objectPronoun(ts []tok, k int) bool {
	low := strings.ToLower(ts[k].Text)
	return low == "him" || low == "her" && !possessiveHer(ts, k)
}

// finitesBefore counts the finite verbs before k: under two, a pronoun
// there is in the first clause, the subject's own.
func finitesBefore(ts []tok, k int) int {
	n := 0
	for _, t := range ts[:k] {
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" {
			n++
		}
	}
	return n
}

// bornLead reports a sentence that opens with someone's birth ("Marguerite
// Duras was born Marguerite Donnadieu on 4 April 1914 in Gia Định, in
// what was then French Indochina"): its other names are where and to whom,
// and the pronoun that follows is the one born.
func bornLead(ts []tok) bool {
	for k := 0; k+1 < len(ts) && k < 6; k++ {
		if ts[k].Tag != "NNP" {
			return k > 0 && strings.EqualFold(ts[k].Text, "was") && strings.EqualFold(ts[k+1].Text, "born")
		}
	}
	return false
}

// personNames lists the names of a sentence that may be people.
func personNames(ts []tok, v votes) []string {
	var out []string
	for _, n := range names(ts) {
		if tp := v.typeOf(n.Text); tp == tPerson || tp == tName && !cueName(n.Text) {
			out = append(out, n.Text)
		}
	}
	return out
}

// isMain reports whether a name stands for the article's own subject:
// every capitalised word of it is one of the subject's ("Curies" in an
// article on Marie Curie, "Sophie" in one on Catherine the Great), while
// "Pierre Curie" names someone else.
func (e *entities) isMain(name string) bool { return e.allMain(e.nameWords(name)) }

// allMain reports name words that are all the subject's own.
func (e *entities) allMain(words []string) bool {
	for _, w := range words {
		if !e.mainWords[w] {
			return false
		}
	}
	return len(words) > 0
}

// namesMain is isMain for an answer: a middle name between two of the
// subject's own names is still the subject ("Clara Josephine Wieck" for
// Clara Schumann, née Wieck), and the answer would be the quiz's topic.
func (e *entities) namesMain(name string) bool {
	words := e.nameWords(name)
	return e.allMain(words) || len(words) >= 3 && e.mainWords[words[0]] && e.mainWords[words[len(words)-1]]
}

// nameWords are a name's capitalised words other than titles, in lower
// case and in the singular.
func (e *entities) nameWords(name string) []string {
	if e == nil {
		return nil
	}
	var words []string
	for _, w := range strings.Fields(name) {
		w = strings.Trim(w, ".,;:()\"'")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || titleWords[w] || functionWords[strings.ToLower(w)] {
			continue
		}
		words = append(words, singularName(strings.ToLower(w)))
	}
	return words
}

// reBornAs is the birth name a life's opening gives in brackets: "(née
// Wieck; …", "(born Clara Josephine Wieck, …".
var reBornAs = regexp.MustCompile(`^[^(]{0,80}\((?:née|nee|born) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})[;,)]`)

// genderOf returns a person's gender, or 0 when the text does not show it.
func (e *entities) genderOf(name string) byte {
	if e == nil {
		return 0
	}
	if g := e.gender[name]; g != 0 || e.mainName == "" || name == e.mainName || !sameFirstName(name, e.mainName) {
		return g
	}
	return e.gender[e.mainName] // "Catherine" is Catherine II
}

// personTail returns the person a name run ends with when the tagger ran
// an opening place into it ("At Padua Galileo Galilei devised ..."): the
// longest tail of its words whose gender the text shows. A run that is a
// person already, or holds none, is returned as it is.
func (e *entities) personTail(name string) string {
	if e.genderOf(name) != 0 {
		return name
	}
	for _, tail := range nameTails(name) {
		if e.genderOf(tail) != 0 {
			return tail
		}
	}
	return name
}

// nameTails lists a name run's shorter endings, longest first: "Padua
// Galileo Galilei" gives "Galileo Galilei" and "Galilei". The tagger runs
// an opening place into the name after it; its tails are where the person
// is.
func nameTails(name string) []string {
	w := strings.Fields(name)
	out := make([]string, 0, len(w))
	for k := 1; k < len(w); k++ {
		out = append(out, strings.Join(w[k:], " "))
	}
	return out
}

// personGender is genderOf a name, or of the text's subject when the name
// is one of the subject's ("Huygens" in a life of Christiaan Huygens).
func (e *entities) personGender(name string) byte {
	if g := e.genderOf(name); g != 0 || !e.isMain(name) {
		return g
	}
	return e.genderOf(e.mainName)
}

// sameFirstName reports two names that open with the same word: "Catherine"
// and "Catherine II". A family name shared ("Byron" in a life of Ada Byron,
// Lady Lovelace) says nothing of gender.
func sameFirstName(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	return len(fa) > 0 && len(fb) > 0 && fa[0] == fb[0]
}

func singularName(w string) string {
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && utf8.RuneCountInString(w) > 4 {
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// pronounGender is 'm' for he, him, his; 'f' for she, her; 0 otherwise.
func pronounGender(p string) byte {
	switch {
	case malePronouns[p]:
		return 'm'
	case femalePronouns[p]:
		return 'f'
	}
	return 0
}

// rival reports whether a sentence names a person other than name who
// could also be the pronoun's: of gender g, or of no known gender, and the
// subject of a clause of that sentence ("..., and Magwitch is badly
// injured. He dies in prison"). A person named only as an object ("He
// studied under Novara") is not the next sentence's "he".
func (e *entities) rival(ts []tok, name string, g byte, v votes) bool {
	for _, n := range names(ts) {
		if n.Text == name || e.isMain(n.Text) && e.isMain(name) {
			continue
		}
		if tp := v.typeOf(n.Text); tp != tPerson && (tp != tName || cueName(n.Text)) {
			continue
		}
		if n.I == 0 && n.J == 1 && len(ts) > 1 && (ts[1].Tag == "NN" || ts[1].Tag == "NNS") && !capitalized(ts[1].Text) && v.typeOf(n.Text) != tPerson {
			continue // "Heavy use was wearing her voice out": a capital that opens the sentence before a noun names no one
		}
		if og := e.genderOf(n.Text); og != 0 && og != g {
			continue
		}
		if n.I == 0 || clauseSubject(ts, n) {
			return true
		}
	}
	return false
}

// clauseSubject reports a name followed by its own verb, within a few words
// (an adverb or an apposition between): "Magwitch is badly injured".
func clauseSubject(ts []tok, n span) bool {
	for k := n.J; k < len(ts) && k <= n.J+2; k++ {
		switch ts[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "RB":
			continue
		}
		return false
	}
	return false
}

// misspellings finds capitalised words that appear once and are one or two
// letters away from a word that appears at least three times: "Qialong"
// beside "Qianlong". A question copied from such a sentence copies the slip.
func misspellings(sents []sentence) map[string]bool {
	count := map[string]int{}
	for _, s := range sents {
		for i, t := range s.Toks {
			if i > 0 && (t.Tag == "NNP" || t.Tag == "NNPS") && utf8.RuneCountInString(t.Text) >= 5 {
				count[t.Text]++
			}
		}
	}
	out := map[string]bool{}
	for w, n := range count {
		if n != 1 {
			continue
		}
		for o, m := range count {
			if m >= 3 && o != w && o[0] == w[0] && nearSpelling(w, o) && !genderedPair(w, o) {
				out[w] = true
				break
			}
		}
	}
	return out
}

// genderedPair reports two given names that differ only in a final vowel:
// "Maria" and her son "Mario", "Giulia" and "Giulio" are two people, not a
// slip.
func genderedPair(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := len(ra)
	if n != len(rb) || string(ra[:n-1]) != string(rb[:n-1]) {
		return false
	}
	return strings.ContainsRune("aeiou", ra[n-1]) && strings.ContainsRune("aeiou", rb[n-1])
}

// nearSpelling reports two words at most two edits apart that differ in a
// letter, not only in an ending ("Russians" and "Russian" are one name).
func nearSpelling(a, b string) bool {
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > 2 || d < -2 {
		return false
	}
	// Levenshtein distance, small words only.
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev = cur
	}
	return prev[len(rb)] <= 2
}

// bookTitled reports a text about a work whose subject is the work itself,
// named as a thing ("The Awakening" in "The Awakening by Kate Chopin"), not
// a heroine the title names ("Black Beauty", "Anne of Green Gables").
func (a *article) bookTitled() bool {
	return a.Main != "" && workKinds[a.Kind] && strings.HasPrefix(a.Title, "The "+a.Main)
}
