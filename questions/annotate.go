package questions

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// etype is the type of an answer span; distractors are always of the same
// type.
type etype int

const (
	tName    etype = iota // a proper name of unknown type
	tPerson               // Ban Di
	tPlace                // Tobolsk, Amur River
	tOrg                  // Qing dynasty, Kazakh Khanate
	tGroup                // Russians, Cossacks
	tEvent                // Treaty of X, Battle of X
	tYear                 // 1757
	tDate                 // 21 September 1757, July 10, 1658
	tMonth                // March 1755
	tNumber               // 3,000
	tConcept              // smallpox, rattan shields
)

// slotThe counts, in a name's votes, how much more often it is written
// "the X" than "X" (the concept slot is never used for names).
const slotThe = tConcept

var typeNames = [...]string{"name", "person", "place", "organisation", "group", "event", "year", "date", "month", "number", "concept"}

func (t etype) String() string { return typeNames[t] }

// span is an answer candidate: tokens [I, J) of a sentence's Q.
type span struct {
	I, J int
	Text string
	Type etype
}

var months = map[string]int{"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
	"August": 8, "September": 9, "October": 10, "November": 11, "December": 12}

var (
	reYear   = regexp.MustCompile(`^(1[0-9]{3}|20[0-9]{2})$`)
	reNumber = regexp.MustCompile(`^[0-9]{1,3}(,[0-9]{3})+$|^[0-9]+(\.[0-9]+)?$`)
	reDay    = regexp.MustCompile(`^([1-9]|[12][0-9]|3[01])$`)
)

// Cue words that type a name by what stands in it or around it.
var (
	placeWords = set("River", "Rivers", "Mountains", "Mountain", "Mount", "Range", "Lake", "Sea", "Ocean", "Island", "Islands",
		"Basin", "Valley", "County", "Province", "City", "Oblast", "District", "Region", "Peninsula", "Desert", "Bay",
		"Strait", "Gulf", "Coast", "Plain", "Plains", "Plateau", "Fort", "Castle", "Harbour", "Harbor", "Port", "Canal",
		"Falls", "Glacier", "Forest", "Street", "Square", "Bridge", "Cape", "Hills", "Hill", "Creek", "Prefecture", "State", "Territory")
	eventWords = set("Treaty", "Battle", "Siege", "War", "Wars", "Revolt", "Rebellion", "Convention", "Campaign", "Conquest",
		"Revolution", "Massacre", "Uprising", "Expedition", "Conference", "Congress", "Accord", "Agreement", "Crisis",
		"Olympics", "Games", "Annexation", "Acquisition", "Incident", "Raid", "Invasion", "Act", "Affair", "Council")
	orgWords = set("Dynasty", "dynasty", "Empire", "Khanate", "Kingdom", "Republic", "Tsardom", "Army", "Navy", "Company",
		"University", "Party", "Church", "Commission", "Society", "Academy", "Institute", "Union", "Sultanate",
		"Caliphate", "Confederation", "Federation", "League", "Corporation", "College", "School", "Museum", "Bank",
		"Ministry", "Department", "Agency", "Court", "Parliament", "Senate", "Order", "Guard", "Corps", "Laboratory")
	titleWords = set("Emperor", "Empress", "Khan", "King", "Queen", "Prince", "Princess", "General", "general", "Admiral",
		"Captain", "Colonel", "Lord", "Lady", "Sir", "Dr", "Dr.", "President", "Pope", "Saint", "Marquis", "Duke",
		"Duchess", "Count", "Countess", "Tsar", "Czar", "Tsarina", "Sultan", "Shah", "Lama", "Professor", "Bishop",
		"Archbishop", "Chancellor", "Governor", "Senator", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Baron", "Earl", "Emir",
		"Caliph", "Pharaoh", "Chief", "Commander", "commander", "explorer", "scientist", "physicist", "chemist",
		"mathematician", "writer", "poet", "painter", "composer", "philosopher", "engineer", "inventor", "biologist",
		"astronomer", "leader", "ruler", "soldier", "emperor", "king", "queen", "prince", "son", "daughter", "wife",
		"husband", "brother", "sister", "father", "mother", "Taishi", "taishi", "Marshal", "Minister", "minister")
	// Verbs whose subject is almost always a person.
	personVerbs = set("married", "died", "said", "wrote", "claimed", "believed", "believes", "argued", "argues",
		"born", "studied", "painted", "composed", "discovered", "invented", "proposed", "published",
		"swore", "dismissed", "appointed", "railed", "murdered", "spurned", "demanded", "graduated", "retired",
		"resigned", "reigned", "taught", "commanded", "thought", "felt", "wanted", "hoped")
	placeNouns = set("fort", "city", "town", "village", "siege", "battle", "fall", "capture", "mouth", "province",
		"region", "banks", "bank", "capital", "port", "island", "river", "valley", "outskirts", "coast", "shores", "county")
	reDemonym  = regexp.MustCompile(`(?:ese|ians?|eans?|ans|ish)$`)
	compass    = set("East", "West", "North", "South", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower")
	placePreps = set("in", "at", "near", "from", "into", "to", "towards", "toward", "across", "via", "outside", "inside")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// votes gathers, per name, the evidence for each type across a document, so
// that every mention of a name gets the same type.
type votes map[string]*[tConcept + 1]float64

func (v votes) add(name string, t etype, w float64) {
	p := v[name]
	if p == nil {
		p = new([tConcept + 1]float64)
		v[name] = p
	}
	p[t] += w
}

// typeOf returns the winning type of a name, tName when nothing speaks for one.
func (v votes) typeOf(name string) etype {
	p := v[name]
	if p == nil {
		return tName
	}
	best, bw := tName, 0.99
	if p[tName] == 0 && p[tPerson]+p[tPlace]+p[tOrg]+p[tGroup]+p[tEvent] < 2 {
		return tName // only ever seen opening a sentence, with little evidence
	}
	for t := tPerson; t <= tEvent; t++ {
		if p[t] > bw {
			best, bw = t, p[t]
		}
	}
	return best
}

// names finds the proper-name runs of a token list: capitalised NNP/NNPS
// tokens, joined through "of" and "of the" ("Treaty of Nerchinsk").
func names(ts []tok) []span {
	var out []span
	for i := 0; i < len(ts); {
		if !isNameTok(ts, i) {
			i++
			continue
		}
		j := i + 1
		for j < len(ts) {
			if isNameTok(ts, j) && ts[j].Sp {
				j++
				continue
			}
			if compass[ts[j-1].Text] && j-1 == i {
				break
			}
			if ts[j].Text == "of" && j+1 < len(ts) && isNameTok(ts, j+1) && months[ts[j+1].Text] == 0 {
				j += 2
				continue
			}
			if ts[j].Text == "of" && j+2 < len(ts) && ts[j+1].Text == "the" && isNameTok(ts, j+2) {
				j += 3
				continue
			}
			break
		}
		// A month followed by a number belongs to a date, not a name; a lone
		// compass word ("Central and Northern Europe") is half of one.
		if j-i == 1 && (months[ts[i].Text] > 0 || compass[ts[i].Text]) {
			i = j
			continue
		}
		out = append(out, span{I: i, J: j, Text: join(ts[i:j])})
		i = j
	}
	return out
}

func isNameTok(ts []tok, i int) bool {
	t := ts[i]
	if t.Tag != "NNP" && t.Tag != "NNPS" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !unicode.IsUpper(r) {
		return false
	}
	// A capitalised first word is only a name if prose is sure of it and it
	// is not a common sentence opener.
	if i == 0 && openers[strings.ToLower(t.Text)] {
		return false
	}
	if utf8.RuneCountInString(t.Text) == 1 {
		// A lone capital continues a name ("Article X") but never starts one.
		return i > 0 && (ts[i-1].Tag == "NNP" || ts[i-1].Tag == "NNPS") && unicode.IsUpper(r)
	}
	return true
}

var openers = set("in", "on", "at", "after", "before", "during", "the", "a", "an", "by", "from", "with", "as", "although",
	"when", "while", "since", "until", "for", "following", "despite", "under", "between", "among", "having", "once",
	"late", "early", "next", "each", "all", "some", "most", "many", "both", "several", "over", "about", "around")

// vote records the evidence one sentence gives about the names in it.
func vote(v votes, ts []tok) {
	for _, s := range names(ts) {
		words := strings.Fields(s.Text)
		first, last := words[0], words[len(words)-1]
		// prose's opinion counts once per mention.
		switch strings.TrimPrefix(strings.TrimPrefix(ts[s.I].Label, "B-"), "I-") {
		case "PERSON":
			v.add(s.Text, tPerson, 0.5)
		case "GPE", "LOC":
			v.add(s.Text, tPlace, 0.5)
		case "ORG":
			v.add(s.Text, tOrg, 0.5)
		}
		if s.I > 0 {
			v.add(s.Text, tName, 0.01) // seen inside a sentence: a name, not a capitalised opener
			if strings.EqualFold(ts[s.I-1].Text, "the") {
				v.add(s.Text, slotThe, 1)
			} else {
				v.add(s.Text, slotThe, -1)
			}
		}
		// "Siege of X", "fort of X", "Treaty of X": X is a place.
		if k := strings.Index(s.Text, " of "); k > 0 {
			head := strings.Fields(s.Text[:k])
			tail := strings.TrimPrefix(s.Text[k+4:], "the ")
			if h := head[len(head)-1]; eventWords[h] || placeWords[h] || h == "Fort" || h == "City" {
				v.add(tail, tPlace, 2)
			}
		}
		if len(words) == 1 && reDemonym.MatchString(first) {
			v.add(s.Text, tGroup, 2.5)
		}
		switch {
		case eventWords[first] || eventWords[last]:
			v.add(s.Text, tEvent, 6)
		case orgWords[last] || orgWords[first] && len(words) > 1:
			v.add(s.Text, tOrg, 6)
		case placeWords[last] || placeWords[first] && len(words) > 1 && first != "State":
			v.add(s.Text, tPlace, 6)
		}
		for _, w := range words {
			if titleWords[w] && w != first || titleWords[w] && len(words) > 1 && unicode.IsUpper(rune(w[0])) {
				v.add(s.Text, tPerson, 3)
				break
			}
		}
		if s.I > 0 && titleWords[ts[s.I-1].Text] {
			v.add(s.Text, tPerson, 3)
		}
		if ts[s.J-1].Tag == "NNPS" && len(words) == 1 && strings.HasSuffix(last, "s") {
			v.add(s.Text, tGroup, 2)
		}
		if s.J < len(ts) {
			next := ts[s.J].Text
			if s.J+1 < len(ts) && next == "was" && ts[s.J+1].Text == "born" {
				v.add(s.Text, tPerson, 3)
			} else if personVerbs[next] && ts[s.J-1].Tag == "NNP" {
				v.add(s.Text, tPerson, 1.5)
			}
			if ts[s.J].Text == "," && s.J+2 < len(ts) && (ts[s.J+1].Text == "a" || ts[s.J+1].Text == "the") && titleWords[ts[s.J+2].Text] {
				v.add(s.Text, tPerson, 2)
			}
		}
		if s.I > 0 {
			prev := strings.ToLower(ts[s.I-1].Text)
			if prev == "of" && s.I > 1 && placeNouns[strings.ToLower(ts[s.I-2].Text)] {
				v.add(s.Text, tPlace, 2)
			}
			if prev == "the" && s.I > 1 {
				prev = strings.ToLower(ts[s.I-2].Text)
			}
			if placePreps[prev] {
				w := 0.7
				if prev == "in" || prev == "at" || prev == "near" {
					w = 1.2
				}
				v.add(s.Text, tPlace, w)
			}
			if prev == "married" || prev == "by" && ts[s.J-1].Tag == "NNP" && s.J < len(ts) && ts[s.J].Text != "'s" {
				v.add(s.Text, tPerson, 0.6)
			}
		}
	}
}

// annotate finds the answer candidates of a sentence's Q: dates, years,
// numbers, names (typed by the document's votes) and key noun phrases.
func annotate(q []tok, v votes) []span {
	var out []span
	taken := make([]bool, len(q))
	mark := func(s span) {
		for k := s.I; k < s.J; k++ {
			taken[k] = true
		}
		out = append(out, s)
	}
	// Dates first: "21 September 1757", "July 10, 1658", "March 1755".
	for i := 0; i < len(q); i++ {
		if i+2 < len(q) && reDay.MatchString(q[i].Text) && months[q[i+1].Text] > 0 && reYear.MatchString(q[i+2].Text) {
			mark(span{I: i, J: i + 3, Type: tDate})
			i += 2
		} else if i+3 < len(q) && months[q[i].Text] > 0 && reDay.MatchString(q[i+1].Text) && q[i+2].Text == "," && reYear.MatchString(q[i+3].Text) {
			mark(span{I: i, J: i + 4, Type: tDate})
			i += 3
		} else if i+1 < len(q) && months[q[i].Text] > 0 && reYear.MatchString(q[i+1].Text) && (i == 0 || !reDay.MatchString(q[i-1].Text)) {
			mark(span{I: i, J: i + 2, Type: tMonth})
			i++
		}
	}
	for i := 0; i < len(q); i++ {
		if taken[i] {
			continue
		}
		t := q[i].Text
		nextNoun := i+1 < len(q) && (q[i+1].Tag == "NNS" || q[i+1].Tag == "NNPS" || q[i+1].Tag == "JJ" && i+2 < len(q) && q[i+2].Tag == "NNS")
		rangeNext := i+1 < len(q) && (q[i+1].Text == "-" || q[i+1].Text == "–" || q[i+1].Text == "or" || q[i+1].Text == "to" && i+2 < len(q) && reNumber.MatchString(q[i+2].Text)) ||
			i > 0 && (q[i-1].Text == "-" || q[i-1].Text == "–" || q[i-1].Text == "or" || q[i-1].Text == "and" || q[i-1].Text == "to" && i > 1 && reNumber.MatchString(q[i-2].Text))
		switch {
		case strings.ContainsAny(t, "-–/"):
			continue // ranges such as 1652–1689 or 400-500 are not one answer
		case rangeNext:
			continue
		case reYear.MatchString(t) && !nextNoun && (i == 0 || !approx[strings.ToLower(q[i-1].Text)]):
			mark(span{I: i, J: i + 1, Type: tYear})
		case reNumber.MatchString(t) && nextNoun:
			mark(span{I: i, J: i + 1, Type: tNumber})
		}
	}
	for _, s := range names(q) {
		if overlaps(taken, s) {
			continue
		}
		if s.I == 0 && s.J == 1 && (v[s.Text] == nil || v[s.Text][tName] == 0) {
			continue // a capitalised opener never seen inside a sentence
		}
		if s.J-s.I == 1 && reDemonym.MatchString(s.Text) && (s.I == 0 || !strings.EqualFold(q[s.I-1].Text, "the")) {
			continue // "Chinese general": an adjective, not a name to ask for
		}
		if docWords[strings.Fields(s.Text)[0]] {
			continue // "Article X", "Chapter 3": a reference, not a fact
		}
		s.Type = v.typeOf(s.Text)
		mark(s)
	}
	for _, s := range nounPhrases(q) {
		if overlaps(taken, s) {
			continue
		}
		s.Type = tConcept
		mark(s)
	}
	for k := range out {
		out[k].Text = join(q[out[k].I:out[k].J])
	}
	return out
}

var approx = set("about", "around", "some", "approximately", "nearly", "almost", "over", "c.", "circa", "than", "ca.")

func overlaps(taken []bool, s span) bool {
	for k := s.I; k < s.J; k++ {
		if taken[k] {
			return true
		}
	}
	return false
}

// generic nouns say nothing on their own and make poor answers.
var generic = set("time", "times", "part", "parts", "way", "ways", "number", "area", "areas", "people", "men", "man",
	"thing", "things", "place", "lot", "kind", "type", "end", "side", "sides", "fact", "year", "years", "day", "days",
	"month", "months", "period", "use", "case", "point", "order", "result", "rest", "others", "other", "one", "ones",
	"matter", "first", "form", "line", "lines", "course", "hands", "hand", "terms", "term", "name", "names", "state",
	"home", "variety", "majority", "minority", "series", "set", "group", "member", "members", "level", "role", "lack",
	"support", "help", "loss", "attempt", "attempts", "effort", "efforts", "act", "show", "share", "sort", "total",
	"amount", "range", "size", "age", "stage", "step", "basis", "addition", "instance", "example", "front", "top",
	"bottom", "middle", "half", "someone", "something", "anything", "everything", "nothing", "whole", "quarter")

var docWords = set("Article", "Chapter", "Section", "Volume", "Figure", "Table", "Page", "Part", "Appendix")

var quantifiers = set("enough", "first", "second", "third", "last", "more", "many", "much", "few", "several", "other",
	"such", "same", "own", "various", "certain", "further", "next", "previous", "following", "most", "least")

// nounPhrases finds key noun phrases that can stand as a gap: up to two
// adjectives or nouns and a common-noun head, after a verb or a preposition,
// not a generic word.
func nounPhrases(q []tok) []span {
	var out []span
	for i := 1; i < len(q); i++ {
		prev := q[i-1]
		if !(strings.HasPrefix(prev.Tag, "VB") || prev.Tag == "IN" || prev.Tag == "DT" || prev.Tag == "PRP$" || prev.Tag == "POS") {
			continue
		}
		j := i
		for j < len(q) && j-i < 3 && (q[j].Tag == "JJ" || q[j].Tag == "NN" || q[j].Tag == "NNS" || q[j].Tag == "VBG" && j > i) {
			j++
		}
		if j == i {
			continue
		}
		// The phrase must end on a noun and not run on into more nouns.
		for j > i && q[j-1].Tag != "NN" && q[j-1].Tag != "NNS" {
			j--
		}
		if j == i || j < len(q) && (q[j].Tag == "NN" || q[j].Tag == "NNS" || q[j].Tag == "NNP" || q[j].Tag == "POS") {
			continue
		}
		head := strings.ToLower(q[j-1].Text)
		if generic[head] || len(head) < 4 || !isLowerWord(q[i:j]) || quantifiers[strings.ToLower(q[i].Text)] {
			continue
		}
		// A lone noun after "the" or "its" is usually a reference back
		// ("the river"), not a term worth asking.
		if j-i == 1 && (prev.Tag == "DT" && strings.EqualFold(prev.Text, "the") || prev.Tag == "PRP$" || prev.Tag == "POS") {
			continue
		}
		out = append(out, span{I: i, J: j})
		i = j
	}
	return out
}

func isLowerWord(ts []tok) bool {
	for _, t := range ts {
		for _, r := range t.Text {
			if !unicode.IsLower(r) && r != '-' {
				return false
			}
		}
	}
	return true
}

// parseNumber reads "3,000" or "736".
func parseNumber(s string) (float64, bool) {
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return f, err == nil
}
