package questions

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// A character or person the text also calls by another name ("Dunstan,
// known as Dunsey", "under the name Monsieur Madeleine, Valjean ...",
// "Vautrin turns out to be Jacques Collin") is rightly answered by that
// name: read blind, keys refusing "Dunsey" and "Monsieur Madeleine" were
// unusable.

// reNameRun is a name: capitalised words, or a quoted one with hyphens
// ("Trompe-la-Mort").
const reNameRun = `(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})`

var (
	reKnownAs   = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+),? (?:(?:also |better |commonly )?known as|nicknamed|called|alias) ["“]?` + reNameRun)
	reUnderName = regexp.MustCompile(`under the (?:name|alias) ["“]?` + reNameRun + `["”]?, (\p{Lu}[\p{L}'’-]+)`)
	reTurnsOut  = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?:, who)? (?:turns out to be|is revealed to be|was revealed to be|turned out to be) ` + reNameRun)
)

// otherNamesOf returns the other names the article's prose gives the
// person or character named term, matched by any of its words of three
// letters or more ("Dunstan" of "Dunstan Cass"): "known as", "under the
// name", "turns out to be", "using the false name", a nickname in quotes
// inside the full name, and the forms the text calls them by (mrOf,
// shortGiven, titledSurname).
func (a *article) otherNamesOf(term string) []string {
	own := map[string]bool{}
	for _, w := range strings.Fields(term) {
		if len([]rune(w)) >= 3 && capitalized(w) && !titleWords[w] {
			own[w] = true
		}
	}
	var out []string
	add := func(name, other string) {
		if strings.HasSuffix(other, "'s") || strings.HasSuffix(other, "’s") {
			return // "Rose is revealed to be Agnes's sister": someone else's relative
		}
		if own[name] && !strings.Contains(term, other) && !functionWords[strings.ToLower(other)] && !titleWords[other] {
			out = append(out, other)
		}
	}
	for _, p := range a.Paras {
		for _, m := range reKnownAs.FindAllStringSubmatch(p.Text, -1) {
			if full := reNameBefore.FindStringSubmatch(p.Text[:strings.Index(p.Text, m[0])+len(m[1])]); full != nil && strings.Contains(full[1], " ") {
				out = append(out, a.knownAsFull(term, full[1], m[2])...)
				continue
			}
			add(m[1], m[2])
		}
		for _, m := range reUnderName.FindAllStringSubmatch(p.Text, -1) {
			add(m[2], m[1])
		}
		for _, m := range reTurnsOut.FindAllStringSubmatch(p.Text, -1) {
			add(m[1], m[2])
		}
	}
	for _, p := range a.Paras {
		for _, m := range reUsingName.FindAllStringSubmatch(p.Text, -1) {
			add(m[1], m[2])
		}
	}
	for _, p := range a.Paras {
		for _, m := range reQuotedNick.FindAllStringSubmatch(p.Text, -1) {
			given, nick, surname := strings.TrimSpace(m[1]), m[2], m[3]
			if term == nick || term == nick+" "+surname || term == given+" "+surname || strings.HasPrefix(term, given+" ") {
				for _, n := range []string{given + " " + surname, nick + " " + surname, given} {
					if n != term && !slices.Contains(out, n) {
						out = append(out, n)
					}
				}
			}
		}
	}
	if mr := a.mrOf(term); mr != "" {
		out = append(out, mr)
	}
	out = append(out, a.shortGiven(term)...)
	if t := a.titledSurname(term); t != "" {
		out = append(out, t)
	}
	return out
}

// reNameBefore is the name run that ends a text: "... her younger sister,
// Miss Matilda Jenkyns" gives "Miss Matilda Jenkyns".
var reNameBefore = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’-]* ){1,3}\p{Lu}[\p{L}'’-]+)$`)

// knownAsFull returns the names for term when the text says "full, known
// as other" ("Miss Matilda Jenkyns, known as Miss Matty"): both, when the
// term is that person, told by a word of its own beyond the family name
// ("Matty" of "Miss Matty Jenkyns", not "Jenkyns" of her brother Peter
// Jenkyns). A name the term holds is still a way to type it: "Miss Matty".
func (a *article) knownAsFull(term, full, other string) []string {
	fullWords := strings.Fields(full)
	surname := fullWords[len(fullWords)-1]
	mine := false
	for _, w := range strings.Fields(term) {
		if len([]rune(w)) >= 3 && capitalized(w) && !titleWords[w] && w != surname &&
			(slices.Contains(fullWords, w) || slices.Contains(strings.Fields(other), w)) {
			mine = true
		}
	}
	if !mine {
		return nil
	}
	var out []string
	if other != term && !titleWords[other] {
		out = append(out, other)
	}
	if k := leadingTitles(fullWords); k < len(fullWords)-1 {
		if plain := strings.Join(fullWords[k:], " "); plain != term {
			out = append(out, plain) // "Matilda Jenkyns"
		}
	}
	return out
}

// ranks go before a surname as titles do ("Sergeant Troy", "Inspector
// Lestrade"), though they are not in titleWords.
var ranks = set("Sergeant", "Lieutenant", "Major", "Corporal", "Inspector", "Detective", "Reverend", "Farmer",
	"Squire", "Judge", "Doctor", "Constable", "Officer", "Private", "Sapper", "Gunner", "Trooper", "Cadet", "Ensign", "Chaplain", "Midshipman")

// reQuotedNick is a name with the nickname in quotes inside it: Jean Louise
// "Scout" Finch, Charles Baker "Dill" Harris. Each of the names it joins
// answers for the character: "Jean Louise Finch", "Scout Finch", "Dill
// Harris".
var reQuotedNick = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’-]+ ){1,2})["“](\p{Lu}[\p{L}'’-]+)["”] (\p{Lu}[\p{L}'’-]+)`)

// reUsingName is a false name: "Fawkes, using the false name John Johnson,".
var reUsingName = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+), (?:using|under|with|taking) the (?:false |assumed |fake |made-up )?(?:name|alias) ["“]?` + reNameRun)

// shortGiven returns the short form of a long given name that the text
// uses on its own, at least twice: "Huck" for "Huckleberry Finn".
func (a *article) shortGiven(term string) []string {
	f := strings.Fields(term)
	if len(f) < 2 || len([]rune(f[0])) < 6 || titleWords[f[0]] || !capitalized(f[len(f)-1]) ||
		strings.IndexFunc(f[0], func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return nil // "Curley's wife" is not "Curley"
	}
	given := f[0]
	count := map[string]int{}
	for _, p := range a.Paras {
		for _, w := range strings.FieldsFunc(p.Text, func(r rune) bool { return !unicode.IsLetter(r) && r != '’' && r != '\'' }) {
			if len([]rune(w)) >= 3 && w != given && capitalized(w) && strings.HasPrefix(given, w) && !titleWords[w] {
				count[w]++
			}
		}
	}
	var out []string
	for w, n := range count {
		if n >= 2 && !strings.Contains(a.Raw, " "+strings.ToLower(w)+" ") {
			out = append(out, w) // not "The" for Theophilus: a word the text writes in lower case is no name
		}
	}
	sort.Strings(out)
	return out
}

// titledSurname returns "Sergeant Troy" for "Francis Troy" when the text
// writes "Sergeant Francis Troy": a rank or title goes with the surname.
func (a *article) titledSurname(term string) string {
	f := strings.Fields(term)
	if len(f) != 2 || titleWords[f[0]] || reRoman.MatchString(f[1]) {
		return "" // "King Alfonso VI" is no "King VI"
	}
	re := regexp.MustCompile(`\b(\p{Lu}[\p{L}.]*) ` + regexp.QuoteMeta(term) + `\b`)
	for _, p := range a.Paras {
		if m := re.FindStringSubmatch(p.Text); m != nil && (titleWords[m[1]] || ranks[m[1]]) && capitalized(m[1]) {
			return m[1] + " " + f[1]
		}
	}
	return ""
}

// mrOf returns "Mr Elliot" for "William Elliot" when the text calls someone
// "Mr Elliot" and no other man it names is an Elliot without a title of
// his own: "Sir Walter Elliot" is not "Mr Elliot", nor is Anne Elliot. A
// woman's "Mrs" or "Miss" is left alone: a wife or a sister may share it.
func (a *article) mrOf(term string) string {
	f := strings.Fields(term)
	if len(f) != 2 || !capitalized(f[0]) || !capitalized(f[1]) || titleWords[f[0]] || a.Ent == nil {
		return ""
	}
	given, surname := f[0], f[1]
	if a.sexOf(term) == 'f' || a.sexOf(given) == 'f' {
		return ""
	}
	mr := "Mr " + surname
	said := false
	before := reBeforeSurname(surname)
	for _, p := range a.Paras {
		said = said || strings.Contains(p.Text, mr+" ") || strings.Contains(p.Text, mr+",") || strings.Contains(p.Text, mr+"'") || strings.Contains(p.Text, mr+".")
		for _, m := range before.FindAllStringSubmatch(p.Text, -1) {
			before, x := m[1], m[2]
			switch {
			case x == given || titleWords[x] || titleWords[before]:
			case a.sexOf(x+" "+surname) == 'f' || a.sexOf(x) == 'f':
			default:
				return "" // another Elliot who may be the "Mr"
			}
		}
	}
	if !said {
		return ""
	}
	return mr
}

// sexOf is a person's sex as the prose shows it (genderOf) or, where it
// does not, as the text's list of characters gives it: a plot guide that
// says "Anne Elliot, the overlooked second daughter" and never "she" of
// her still tells her from the "Mr Elliot" it names.
func (a *article) sexOf(name string) byte {
	if g := a.Ent.genderOf(name); g != 0 {
		return g
	}
	for _, l := range a.Lists {
		for _, e := range l.Entries {
			if e.Term == name {
				if g := meaningGender(e.Def); g != 0 {
					return g
				}
				return defPronounSex(e.Def)
			}
		}
	}
	return 0
}

// defPronounSex is the sex of the pronouns of a list's meaning when they
// are all of one: "the heroine, ... overlooked by her own family".
func defPronounSex(def string) byte {
	var g byte
	for _, w := range strings.FieldsFunc(strings.ToLower(def), func(r rune) bool { return !unicode.IsLetter(r) }) {
		p := pronounGender(w)
		switch {
		case p == 0:
		case g != 0 && p != g:
			return 0
		default:
			g = p
		}
	}
	return g
}

// reBeforeSurname finds each capitalised word before a surname, with the
// word before that: "Sir Walter Elliot" gives "Sir" and "Walter".
func reBeforeSurname(surname string) *regexp.Regexp {
	return regexp.MustCompile(`(?:(\p{Lu}[\p{L}.]*) )?(\p{Lu}[\p{L}'’-]*) ` + regexp.QuoteMeta(surname) + `\b`)
}

// meaningGender returns the sex a list's meaning gives its person by the
// first role noun of its first clause: 'f' for "David's first wife,
// affectionate but childlike", 'm' for "the boss's son", 0 when it names
// none before a "who" or a comma.
func meaningGender(def string) byte {
	for _, w := range strings.Fields(strings.ToLower(def)) {
		w = strings.Trim(w, ".;:()\"'")
		switch {
		case femaleTitles[strings.TrimRight(w, ",")]:
			return 'f'
		case maleTitles[strings.TrimRight(w, ",")]:
			return 'm'
		case w == "who" || w == "whose" || w == "which" || strings.HasSuffix(w, ","):
			return 0
		}
	}
	return 0
}

// titleOfOtherSex reports a name with a title of the other sex: "Mr
// Spenlow" is Dora Spenlow's father, not Dora.
func titleOfOtherSex(name string, g byte) bool {
	t := strings.ToLower(strings.Fields(name + " ")[0])
	return g == 'f' && maleTitles[t] || g == 'm' && femaleTitles[t]
}

// withoutSurnameOfOtherSex drops a person's bare surname from aliases when
// the prose gives it to someone of the other sex by title: beside "Mr
// Spenlow", her father, "Spenlow" alone does not say Dora Spenlow (and a
// student's "Mr Spenlow" would be taken for her).
func (a *article) withoutSurnameOfOtherSex(aliases []string, term string, g byte) []string {
	f := strings.Fields(term)
	if len(f) < 2 || g == 0 {
		return aliases // one name, or a sex the list does not give
	}
	surname := f[len(f)-1]
	other := maleTitles
	if g == 'm' {
		other = femaleTitles
	}
	re := regexp.MustCompile(`\b(\p{Lu}\p{L}*\.?) ` + regexp.QuoteMeta(surname) + `\b`)
	for _, p := range a.Paras {
		for _, m := range re.FindAllStringSubmatch(p.Text, -1) {
			if other[strings.ToLower(m[1])] {
				return slices.DeleteFunc(aliases, func(s string) bool { return s == surname })
			}
		}
	}
	return aliases
}
