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

// slotAlias marks, in a name's votes, another name of someone ("Marie
// Curie (born Maria Skłodowska)"): never a wrong option for the other.
const slotAlias = tYear

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
		"Falls", "Glacier", "Forest", "Street", "Square", "Bridge", "Cape", "Hills", "Hill", "Creek", "Prefecture", "State", "Territory", "Beach")
	eventWords = set("Treaty", "Protocol", "Accords", "Battle", "Siege", "War", "Wars", "Revolt", "Rebellion", "Convention", "Campaign", "Conquest",
		"Revolution", "Massacre", "Uprising", "Expedition", "Conference", "Congress", "Accord", "Agreement", "Crisis",
		"Olympics", "Games", "Annexation", "Acquisition", "Incident", "Raid", "Invasion", "Act", "Affair", "Council", "Peace", "Edict")
	orgWords = set("Dynasty", "dynasty", "Empire", "Khanate", "Kingdom", "Republic", "Tsardom", "Army", "Navy", "Company",
		"University", "Party", "Church", "Commission", "Society", "Academy", "Institute", "Union", "Sultanate",
		"Caliphate", "Confederation", "Federation", "League", "Corporation", "College", "School", "Museum", "Bank",
		"Ministry", "Department", "Agency", "Court", "Parliament", "Senate", "Order", "Guard", "Corps", "Laboratory",
		"Front", "Legion", "Brigade", "Brigades", "Alliance", "Regiment", "Battalion", "Infantry", "Cavalry", "Artillery",
		"Militia", "Volunteers", "Squadron")
	titleWords = set("Emperor", "Empress", "Khan", "King", "Queen", "Prince", "Princess", "General", "general", "Admiral",
		"Captain", "Colonel", "Lord", "Lady", "Sir", "Dr", "Dr.", "President", "Pope", "Saint", "Marquis", "Duke",
		"Duchess", "Count", "Countess", "Tsar", "Czar", "Tsarina", "Sultan", "Shah", "Lama", "Professor", "Bishop",
		"Archbishop", "Chancellor", "Governor", "Senator", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Miss", "Madame", "Mme",
		"Mademoiselle", "Monsieur", "Señor", "Señora", "Señorita", "Dona", "Doña", "Dom", "Herr", "Frau", "Fräulein", "Signor", "Signora", "Signorina", "Mlle", "Deputy", "Reverend", "Baron", "Earl", "Emir",
		"Caliph", "Pharaoh", "Chief", "Commander", "commander", "explorer", "scientist", "physicist", "chemist",
		"mathematician", "writer", "poet", "painter", "composer", "philosopher", "engineer", "inventor", "biologist",
		"astronomer", "leader", "ruler", "soldier", "emperor", "king", "queen", "prince", "son", "daughter", "wife",
		"husband", "brother", "sister", "father", "mother", "Taishi", "taishi", "Marshal", "Minister", "minister",
		"Sergeant", "Inspector", "Constable", "Lieutenant", "Corporal", "Sapper", "Private", "Gunner", "Trooper", "Cadet", "Ensign", "Chaplain", "Midshipman", "Uncle", "Aunt", "Zio", "Zia", "Tant", "Tant'", "Tante", "Oom",
		"Sieur", "Mess", "Messire", "Maître", "Abbé", "Pastor", "Pandit", "Sri", "Shri", "Babu", "Mynheer", "Meneer", "Mevrouw")
	// Verbs whose subject is almost always a person.
	personVerbs = set("married", "died", "said", "wrote", "claimed", "believed", "believes", "argued", "argues",
		"born", "studied", "painted", "composed", "discovered", "invented", "proposed", "published",
		"swore", "dismissed", "appointed", "railed", "murdered", "spurned", "demanded", "graduated", "retired",
		"resigned", "reigned", "taught", "commanded", "thought", "felt", "wanted", "hoped", "told", "asked", "fled",
		"escaped", "decided", "learned", "learnt", "sought", "befriended", "recalled", "wished", "remarked")
	placeNouns = set("fort", "city", "town", "village", "siege", "battle", "fall", "capture", "mouth", "province",
		"region", "banks", "bank", "capital", "port", "island", "river", "valley", "outskirts", "coast", "shores", "county")
	reDemonym  = regexp.MustCompile(`(?:ese|ians?|eans?|ans|ish)$`)
	compass    = set("East", "West", "North", "South", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower")
	placePreps = set("in", "at", "near", "from", "into", "to", "towards", "toward", "across", "via", "outside", "inside")
)

// union is one set of the words of several.
func union(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// votes gathers, per name, the evidence for each type across a document, so
// that every mention of a name gets the same type. Only cues in the text
// vote (what stands in a name, around it, and what is said of it): a
// statistical tagger's guess is too often wrong on names it never saw.
type votes map[string]*[tConcept + 1]float64

func (v votes) add(name string, t etype, w float64) {
	p := v[name]
	if p == nil {
		p = new([tConcept + 1]float64)
		v[name] = p
	}
	p[t] += w
}

// Confidence needed before a name's type is believed: enough evidence, and
// clearly more than for any other type. A name below it is still asked
// about, but only with a typed answer: wrong options of a wrong type are
// worse than none.
const (
	minTypeWeight = 1.0
	typeMargin    = 2.0
)

// typeOf returns the type of a name when the evidence is clear, tName when
// it is not.
func (v votes) typeOf(name string) etype {
	p := v[name]
	if p == nil {
		return tName
	}
	best, bw, second := tName, 0.0, 0.0
	for t := tPerson; t <= tEvent; t++ {
		switch {
		case p[t] > bw:
			best, second, bw = t, bw, p[t]
		case p[t] > second:
			second = p[t]
		}
	}
	if bw < minTypeWeight || bw < typeMargin*second || titleOnly(name) || p[slotAlias] > 0 {
		return tName
	}
	if p[slotThe] > 0 && bw < 2*minTypeWeight {
		return tName // "the Qing" once after "in": too little to call it a place
	}
	if best == tPerson && p[slotThe] > 0 {
		return tName // "the Dzungar Khan" is a title held by someone, not a name
	}
	return best
}

// names finds the proper-name runs of a token list: capitalised NNP/NNPS
// tokens, joined through "of" and "of the" ("Treaty of Nerchinsk").
// epithetsAfter are the words that end a name after "the": "Alfred the
// Great", "Edward the Confessor", "Henry the Eighth". Any capitalised word
// would join "in Venice the Dionysian takes revenge".
var epithetsAfter = set("Great", "Terrible", "Conqueror", "Confessor", "Virgin", "Elder", "Younger", "Bold", "Fair",
	"Pious", "Good", "Wise", "Magnificent", "Lawgiver", "Navigator", "Unready", "Baptist", "Evangelist", "Apostle",
	"Bald", "Fat", "Simple", "Lame", "Just", "Red", "Black", "Mad", "Hermit", "Deacon", "Martyr", "Divine", "Venerable",
	"Silent", "Brave", "Lionheart", "Liberator", "Builder", "Peaceful", "Fowler", "Bulgar-Slayer", "Cruel", "Pretender",
	"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")

// hasEpithet reports a name with an epithet after "the".
func hasEpithet(name string) bool {
	w := strings.Fields(name)
	return len(w) >= 3 && w[len(w)-2] == "the" && epithetsAfter[w[len(w)-1]]
}

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
			if ts[j].Text == "." && !ts[j].Sp && utf8.RuneCountInString(ts[j-1].Text) == 1 && j+1 < len(ts) && isNameTok(ts, j+1) {
				j += 2 // a middle initial: "Sanford B. Dole"
				continue
			}
			if ts[j].Text == "of" && j-1 == i && compass[ts[i].Text] {
				break // "East of the river" is a direction, not a name
			}
			if ts[j].Text == "of" && j+1 < len(ts) && isNameTok(ts, j+1) && months[ts[j+1].Text] == 0 {
				j += 2
				continue
			}
			if ts[j].Text == "of" && j+2 < len(ts) && ts[j+1].Text == "the" && isNameTok(ts, j+2) {
				j += 3
				continue
			}
			if ts[j].Text == "the" && j+1 < len(ts) && epithetsAfter[ts[j+1].Text] && (j+2 == len(ts) || !isNameTok(ts, j+2)) {
				j += 2 // "Ivan the Terrible", "St Mary the Virgin"
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
		start := i
		if i > 0 && ordinalNames[ts[i-1].Text] && eventWords[ts[j-1].Text] {
			start = i - 1 // "the Second World War", where the tagger left "Second" out: not a "World War"
		}
		out = append(out, span{I: start, J: j, Text: join(ts[start:j])})
		i = j
	}
	return out
}

// ordinalNames open the names of the events that came in a series.
var ordinalNames = set("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")

func isNameTok(ts []tok, i int) bool {
	t := ts[i]
	if t.Tag != "NNP" && t.Tag != "NNPS" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !unicode.IsUpper(r) {
		return false
	}
	// A capitalised first word is only a name if it is not a common
	// sentence opener.
	if i == 0 && (openers[strings.ToLower(t.Text)] || openerWord(ts)) {
		return false
	}
	if eraWords[t.Text] && i > 0 && reNumber.MatchString(ts[i-1].Text) {
		return false // "in 332 BC Alexander …": the era ends a date, it starts no name
	}
	if utf8.RuneCountInString(t.Text) == 1 {
		// A lone capital continues a name ("Article X") but never starts one.
		return i > 0 && (ts[i-1].Tag == "NNP" || ts[i-1].Tag == "NNPS") && unicode.IsUpper(r)
	}
	return true
}

var openers = set("in", "on", "at", "after", "before", "during", "the", "a", "an", "by", "from", "with", "as", "although",
	"when", "while", "since", "until", "for", "following", "despite", "under", "between", "among", "having", "once",
	"late", "early", "next", "each", "all", "some", "most", "many", "both", "several", "over", "about", "around",
	"little", "much", "nothing", "none", "few", "everything", "everyone", "nobody", "today", "now", "here", "there")

var (
	// Nouns that only a person has: "X's wife", "X's death".
	personPossessed = set("wife", "husband", "son", "sons", "daughter", "daughters", "mother", "father", "brother",
		"brothers", "sister", "sisters", "uncle", "nephew", "niece", "cousin", "grandson", "granddaughter", "grandfather",
		"grandmother", "widow", "death", "birth", "life", "career", "reign", "childhood", "marriage", "funeral",
		"father-in-law", "mother-in-law", "son-in-law", "wife's", "parents", "children", "heir", "successor", "biography")
	// Verbs of moving somewhere: "fled to X", "returned to X".
	motionVerbs = set("fled", "returned", "moved", "sailed", "travelled", "traveled", "went", "withdrew", "retreated",
		"marched", "emigrated", "migrated", "escaped", "came", "arrived", "flows", "flowed", "drains", "rises", "moves",
		"relocated", "journeyed", "advanced", "flew", "driven", "sent", "taken", "brought", "exiled", "deported", "return",
		"down", "up", "expansion", "expanded", "extended", "extends", "stretches", "reaching", "spread", "spilled", "route")
	// Things a leader has: "X's forces".
	personOwned = set("forces", "army", "troops", "men", "followers", "supporters", "orders", "rebellion", "revolt",
		"court", "government", "rule", "work", "works", "research", "theory", "discovery", "papers", "letters", "diary")
	// Passives said only of people: "X was executed".
	personPassive = set("killed", "executed", "murdered", "assassinated", "blinded", "imprisoned", "exiled", "crowned",
		"elected", "appointed", "pardoned", "knighted", "baptized", "baptised", "buried", "educated", "wounded", "born",
		"awarded", "sentenced", "arrested", "succeeded", "promoted", "raised", "named")
	// Verbs whose object is a person: "told X to".
	objectVerbs = set("told", "asked", "ordered", "instructed", "persuaded", "urged", "appointed", "summoned", "married",
		"met", "befriended", "succeeded", "defeated", "killed", "executed", "murdered", "assassinated", "imprisoned")
	compassWords = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
		"northern", "southern", "eastern", "western", "outskirts", "mouth", "banks", "shores", "centre", "center")
)

// quoteMarks open a quotation as the tagger writes them; citingWords cite
// a name in quotes ("the name", "called").
var (
	quoteMarks  = set(`"`, "``", "''", "\u201c", "\u201d", "'", "\u2018")
	citingWords = set("name", "called", "named", "nicknamed", "title", "word", "term")
)

// vote records the evidence one sentence gives about the names in it.
func vote(v votes, ts []tok) {
	for _, s := range names(ts) {
		words := strings.Fields(s.Text)
		first, last := words[0], words[len(words)-1]
		plural := ts[s.J-1].Tag == "NNPS" && strings.HasSuffix(last, "s")
		modifier := s.J < len(ts) && (ts[s.J].Tag == "NN" || ts[s.J].Tag == "NNS")
		v.add(s.Text, tName, 0) // known, so that later evidence (a full name's surname) can reach it
		if s.I > 0 {
			v.add(s.Text, tName, 0.01) // seen inside a sentence: a name, not a capitalised opener
			if strings.EqualFold(ts[s.I-1].Text, "the") {
				v.add(s.Text, slotThe, 1)
			} else if !(quoteMarks[ts[s.I-1].Text] && s.I > 1 && citingWords[strings.ToLower(ts[s.I-2].Text)]) { // `The name "Liberty Bell" was given to it`: the name cited, not the bell
				v.add(s.Text, slotThe, -1)
			}
		}
		// "Siege of X", "fort of X", "Treaty of X": X is a place.
		if k := strings.Index(s.Text, " of "); k > 0 {
			head := strings.Fields(s.Text[:k])
			tail := strings.TrimPrefix(s.Text[k+4:], "the ")
			// "Revolt of the Altishahr Khojas" names people, not a place.
			if h := head[len(head)-1]; (eventWords[h] || placeWords[h] || orgWords[h] || h == "Fort" || h == "City") && ts[s.J-1].Tag != "NNPS" && !pluralName(tail) {
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
		if plural && len(words) == 1 {
			v.add(s.Text, tGroup, 2.5)
		}
		if len(words) == 1 && pluralName(first) && s.I > 0 && (ts[s.I-1].Tag == "CD" || ts[s.I-1].Text == "the" && s.J < len(ts) && (ts[s.J].Tag == "VBP" || ts[s.J].Text == "were")) {
			v.add(s.Text, tGroup, 2) // "9,000 Daurs", "the Oirats were"
		}
		if modifier {
			continue // "Qing troops": the name only describes the noun
		}
		if s.I > 0 && titleWords[ts[s.I-1].Text] {
			v.add(s.Text, tPerson, 3)
		} else if s.I > 1 && personRole(ts[s.I-1].Text) {
			v.add(s.Text, tPerson, 2) // "the critic Jin Shengtan", "the warrior Hu Sanniang"
		}
		if s.J < len(ts) {
			next := strings.ToLower(ts[s.J].Text)
			after := ""
			if s.J+1 < len(ts) {
				after = strings.ToLower(ts[s.J+1].Text)
			}
			switch {
			case next == "was" && after == "born":
				v.add(s.Text, tPerson, 3)
			case personVerbs[next] && !plural:
				v.add(s.Text, tPerson, 1.5)
			case next == "'s" && personPossessed[after]:
				v.add(s.Text, tPerson, 2)
			case next == "," && !plural && (after == "who" || after == "whose"):
				v.add(s.Text, tPerson, 2)
			case next == "," && after == "where" || next == "where":
				v.add(s.Text, tPlace, 2)
			case next == "'s" && personOwned[after] && !plural:
				v.add(s.Text, tPerson, 1)
			case next == "was" && personPassive[after]:
				v.add(s.Text, tPerson, 1.5)
			case next == "(" && s.J+2 < len(ts) && (after == "born" || after == "née" || reYear.MatchString(after) && (ts[s.J+2].Text == "–" || ts[s.J+2].Text == "-")):
				v.add(s.Text, tPerson, 3) // "X (1867–1934)": a life's dates
				if after == "born" || after == "née" {
					for _, n := range names(ts[s.J+2:]) {
						if n.I == 0 {
							v.add(n.Text, slotAlias, 1) // "X (born Y": Y is X
						}
					}
				}
			}
			if next == "," && (after == "a" || after == "an" || after == "the") && appositiveRole(ts[s.J+2:]) {
				v.add(s.Text, tPerson, 2) // "Lu Zhishen, a hot-tempered officer"
			}
		}
		if s.I > 0 {
			prev := strings.ToLower(ts[s.I-1].Text)
			k := s.I - 1
			if prev == "of" && s.I > 1 && placeNouns[strings.ToLower(ts[s.I-2].Text)] {
				v.add(s.Text, tPlace, 2)
			}
			if prev == "of" && s.I > 1 && compassWords[strings.ToLower(ts[s.I-2].Text)] {
				v.add(s.Text, tPlace, 1.5) // "north of X", "the mouth of X"
			}
			if prev == "the" && s.I > 1 {
				k--
				prev = strings.ToLower(ts[k].Text)
			}
			verb := ""
			if k > 0 {
				verb = strings.ToLower(ts[k-1].Text)
			}
			switch {
			case verb == "born" && prev == "in":
				v.add(s.Text, tPlace, 3)
			case k > 0 && (ts[k-1].Tag == "NNP" || ts[k-1].Tag == "NNPS"):
				// "the Nobel Prize in Physics": part of a longer name.
			case prev == "in" || prev == "at" || prev == "near":
				v.add(s.Text, tPlace, 1)
			case placePreps[prev] && motionVerbs[verb]:
				v.add(s.Text, tPlace, 1)
			case placePreps[prev]:
				v.add(s.Text, tPlace, 0.4)
			}
			switch {
			case ts[s.I-1].Text == "the":
			case prev == "married" || objectVerbs[prev]:
				v.add(s.Text, tPerson, 1.5)
			case prev == "under" || prev == "by" && (verb == "led" || verb == "commanded" || verb == "founded" || verb == "written"):
				v.add(s.Text, tPerson, 1.5)
			}
		}
	}
}

// personRoles are nouns said of people only, beside titleWords: a name
// next to one is a person's ("the critic Jin Shengtan", "Song Jiang, a
// generous minor clerk"), however unfamiliar the name. Words that also name
// things ("the pilot scheme", "a guide") or are said of countries too ("an
// ally", "a rival") are left out.
var personRoles = set("officer", "clerk", "critic", "warrior", "strategist", "schoolmaster", "schoolteacher",
	"instructor", "teacher", "artist", "rebel", "bandit", "outlaw", "merchant", "historian", "novelist", "author",
	"actor", "actress", "singer", "musician", "dancer", "sculptor", "physician", "doctor", "lawyer", "student",
	"heroine", "courtier", "official", "servant", "eunuch", "concubine", "consort", "magistrate", "governor",
	"chieftain", "warlord", "sailor", "fisherman", "peasant", "priestess", "prophet", "tutor", "translator",
	"journalist", "politician", "activist", "economist", "botanist", "zoologist", "geologist", "naturalist",
	"surgeon", "midwife", "swordsman", "archer", "monarch", "princess", "nobleman", "noblewoman", "widow",
	"orphan", "chief", "monk", "priest", "judge", "nurse", "scholar", "pope", "saint", "heir", "architect",
	"playwright", "missionary", "envoy", "diplomat", "pirate", "admiral", "captain", "colonel", "bishop", "abbot",
	"nun", "slave", "maid", "thief", "hero", "villain", "bride", "groom", "hermit", "knight", "squire",
	"statesman")

// personRole reports a lower-case noun that says what a person is.
func personRole(w string) bool {
	if strings.ToLower(w) != w {
		return false
	}
	return titleWords[w] || personRoles[w]
}

// appositiveRole reports words after "Name, a" that end in a person's role
// past a few modifiers: "a hot-tempered officer", "a generous minor
// clerk", "the best-loved hero".
func appositiveRole(ts []tok) bool {
	for k := 0; k < len(ts) && k < 5; k++ {
		if personRole(ts[k].Text) || titleWords[ts[k].Text] && k == 0 {
			return k+1 >= len(ts) || ts[k+1].Tag != "NN" && ts[k+1].Tag != "NNS" && ts[k+1].Tag != "POS"
		}
		switch t := ts[k].Tag; {
		case strings.HasPrefix(t, "JJ"), t == "VBN", t == "HYPH", t == "RB", t == "RBS", t == "NN" && k+1 < len(ts) && ts[k+1].Tag == "NN":
		default:
			return false
		}
	}
	return false
}

// pluralName reports a capitalised plural such as "Cossacks" or "Oirats".
func pluralName(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// titleOnly reports a name that is only a title or a type word: "Khan",
// "the Emperor", "the League".
func titleOnly(name string) bool {
	w := strings.Fields(name)
	if len(w) == 1 && (orgWords[w[0]] || placeWords[w[0]] || eventWords[w[0]]) {
		return true // "the League", "the Treaty": a short reference back
	}
	for _, x := range w {
		if !titleWords[x] {
			return false
		}
	}
	return true
}

// voteDiscourse adds the evidence of neighbouring sentences: a name that is
// a sentence's subject, followed by a sentence that opens with "He" or
// "She", is a person.
func voteDiscourse(v votes, sents []sentence) {
	for i := 0; i+1 < len(sents); i++ {
		ns := names(sents[i].Toks)
		if len(ns) == 0 || ns[0].I != 0 || len(sents[i+1].Toks) == 0 {
			continue
		}
		switch sents[i+1].Toks[0].Text {
		case "He", "She", "His", "Her":
			if sents[i].Toks[ns[0].J-1].Tag == "NNP" {
				v.add(ns[0].Text, tPerson, 1)
			}
		}
	}
	// A person's surname alone ("Curie" for "Marie Curie") is the same person.
	for name, p := range v {
		w := strings.Fields(name)
		if len(w) < 2 || strings.Contains(name, " of ") || p[tPerson] < minTypeWeight {
			continue
		}
		if q := v[w[len(w)-1]]; q != nil {
			q[tPerson] += 1.5
		}
	}
	// And the other way: "Henry Dunant" is a person when "Dunant" alone
	// is one, whatever a "from" before the full name suggested.
	for name, p := range v {
		w := strings.Fields(name)
		if len(w) < 2 || len(w) > 4 || strings.Contains(name, " of ") || cueName(name) {
			continue
		}
		if q := v[w[len(w)-1]]; q != nil && v.typeOf(w[len(w)-1]) == tPerson {
			p[tPerson] += 3 * (p[tPlace] + p[tOrg] + p[tGroup] + 1)
		}
	}
	// "Oirats" beside "Oirat": a people and one of them.
	for name, p := range v {
		if pluralName(name) && !strings.Contains(name, " ") && v[strings.TrimSuffix(name, "s")] != nil {
			p[tGroup] += 2
		}
	}
}

// annotate finds the answer candidates of a sentence's Q: dates, years,
// numbers, names (typed by the document's votes) and key noun phrases.
func annotate(q []tok, v votes, nf nounFreq) []span {
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
		case eraYear(q, i):
			mark(span{I: i, J: i + 2, Type: tYear}) // "480 BC"
			i++
		case earlyYear(q, i):
			mark(span{I: i, J: i + 1, Type: tYear})
		case reYear.MatchString(t) && i > 0 && yearPreps[strings.ToLower(q[i-1].Text)]:
			continue // "in the spring of 1653 reinforcements arrived": a year, not a count
		case reNumber.MatchString(t) && nextNoun:
			mark(span{I: i, J: i + 1, Type: tNumber})
		}
	}
	for _, s := range names(q) {
		if overlaps(taken, s) {
			continue
		}
		if s.I == 0 && s.J == 1 && (v[s.Text] == nil || v[s.Text][tName] == 0) && v.typeOf(s.Text) == tName {
			continue // a capitalised opener never seen inside a sentence
		}
		if s.J-s.I == 1 && reDemonym.MatchString(s.Text) && (s.I == 0 || !strings.EqualFold(q[s.I-1].Text, "the")) {
			continue // "Chinese general": an adjective, not a name to ask for
		}
		if docWords[strings.Fields(s.Text)[0]] || titleOnly(s.Text) {
			continue // "Article X", "Chapter 3": a reference, not a fact
		}
		if eraWords[s.Text] {
			continue // "the fifth century BC": an era, not a name
		}
		if s.I > 0 && (strings.EqualFold(q[s.I-1].Text, "a") || strings.EqualFold(q[s.I-1].Text, "an")) {
			continue // "as a Khoit": one of a people, asked as a word
		}
		s.Type = v.typeOf(s.Text)
		mark(s)
	}
	for _, s := range nounPhrases(q, nf) {
		if overlaps(taken, s) {
			continue
		}
		s.Type = tConcept
		mark(s)
	}
	if s, ok := definedSubject(q); ok && !overlaps(taken, s) {
		mark(s)
	}
	for k := range out {
		out[k].Text = join(q[out[k].I:out[k].J])
	}
	return out
}

// earlyYear reports a year of three figures at i ("Founded in 930, the
// Althing ..."): only after a word that dates ("in", "since", "until",
// "from", "after", "before") and with nothing after it that it could
// count ("in 300 cases", "from 200 to 300"); "by 400" may be a sum.
func earlyYear(q []tok, i int) bool {
	if !reEarlyYear.MatchString(q[i].Text) || i == 0 || !earlyYearPreps[strings.ToLower(q[i-1].Text)] {
		return false
	}
	if i > 1 && approx[strings.ToLower(q[i-2].Text)] {
		return false
	}
	if i+1 >= len(q) {
		return false
	}
	switch next := q[i+1].Text; next {
	case ",", ".", ";", ")", "and":
		return !(next == "and" && i+2 < len(q) && reNumber.MatchString(q[i+2].Text))
	}
	return false
}

// eraYear reports a year before the common era at i, its era after it
// ("In 480 BC the Persians burned Athens"), not one guessed at ("about 480
// BC", "c. 2500 BC").
func eraYear(q []tok, i int) bool {
	return i+1 < len(q) && reEraYear.MatchString(q[i].Text) && beforeEra[q[i+1].Text] &&
		(i == 0 || !approx[strings.ToLower(q[i-1].Text)])
}

var (
	reEraYear      = regexp.MustCompile(`^[1-9][0-9]{0,3}$`)
	reEarlyYear    = regexp.MustCompile(`^[1-9][0-9]{2}$`)
	earlyYearPreps = set("in", "since", "until", "till", "from", "after", "before")
)

var yearPreps = set("in", "of", "by", "since", "until", "till", "from", "before", "after", "during", "spring", "summer", "autumn", "winter")

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
	"bottom", "middle", "half", "someone", "something", "anything", "everything", "nothing", "whole", "quarter",
	"soldier", "soldiers", "troops", "warriors", "persons", "inhabitants", "residents", "citizens", "individuals",
	"women", "woman", "children", "child", "things", "person")

// tellingNouns are how a text tells a fact, never the fact: "A common
// analogy is a loaf of raisin bread" asked as "A _____ is a loaf of raisin
// bread" (read blind, a blank on nothing worth knowing).
var tellingNouns = set("analogy", "analogies", "comparison", "comparisons", "illustration", "illustrations", "metaphor", "metaphors", "simile", "similes")

// standIns are what an article calls its own subject: "The present
// structure is the third church on the site" defines no structure.
var standIns = set("structure", "building", "monument", "complex")

var docWords = set("Article", "Chapter", "Section", "Volume", "Figure", "Table", "Page", "Part", "Appendix")

var quantifiers = set("enough", "first", "second", "third", "last", "more", "many", "much", "few", "several", "other",
	"such", "same", "own", "various", "certain", "further", "next", "previous", "following", "most", "least")

// nounFreq counts, per noun stem, the sentences of a document that use it;
// words of the title and section headings count extra. A noun the text
// keeps coming back to is one of its key terms.
type nounFreq map[string]int

func newNounFreq(a *article, sents []sentence) nounFreq {
	nf := nounFreq{}
	for _, s := range sents {
		seen := map[string]bool{}
		for _, t := range s.Toks {
			if (t.Tag == "NN" || t.Tag == "NNS") && !seen[stem(t.Text)] {
				seen[stem(t.Text)] = true
				nf[stem(t.Text)]++
			}
		}
	}
	heads := []string{a.Title}
	for _, p := range a.Paras {
		heads = append(heads, p.Section)
	}
	seen := map[string]bool{}
	for _, h := range heads {
		if seen[h] {
			continue
		}
		seen[h] = true
		for _, w := range strings.Fields(h) {
			nf[stem(w)] += 2
		}
	}
	return nf
}

// stem is a crude singular lower-case form: "losses" and "loss" meet.
func stem(w string) string {
	w = strings.ToLower(w)
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "uses") && len(w) > 5:
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

var (
	// vague adjectives say how much or how good, not what: "heavy losses"
	// asks for a word choice, not a fact.
	vague = set("heavy", "large", "small", "great", "big", "major", "minor", "significant", "important", "little",
		"new", "old", "good", "bad", "high", "low", "long", "short", "strong", "weak", "huge", "vast", "massive",
		"considerable", "substantial", "numerous", "fierce", "spirited", "brief", "whole", "main", "entire", "full",
		"real", "true", "total", "general", "particular", "special", "common", "usual", "early", "late", "recent",
		"former", "later", "only", "single", "certain", "different", "similar", "various", "possible", "nearby",
		"further", "final", "initial", "original", "actual", "present", "current", "key", "serious", "severe", "famous")
	// lightVerbs take a noun that is half of an idiom: "took command",
	// "take place", "gave birth", "made peace".
	lightVerbs = set("take", "takes", "took", "taken", "taking", "make", "makes", "made", "making", "give", "gives",
		"gave", "given", "giving", "have", "has", "had", "having", "pay", "paid", "do", "did", "done", "gain", "gained",
		"lose", "lost", "keep", "kept", "come", "came", "put", "set", "bring", "brought", "hold", "held", "find", "found")
	// idiomNouns stand bare after a preposition in fixed phrases: "in
	// charge", "in order", "at war", "under siege", "on foot".
	idiomNouns = set("charge", "order", "place", "fact", "turn", "power", "control", "command", "favour", "favor",
		"time", "touch", "line", "part", "view", "sight", "case", "addition", "contrast", "particular", "general",
		"short", "common", "return", "exchange", "response", "search", "need", "hand", "front", "spite", "lieu",
		"terms", "accordance", "advance", "effect", "force", "practice", "theory", "principle", "total", "trouble",
		"danger", "use", "existence", "question", "doubt", "service", "office", "war", "peace", "siege", "way",
		"vain", "person", "public", "private", "secret", "detail", "length", "full", "half", "step", "arms",
		"pressure", "attack", "construction", "foot", "board", "hold", "operation", "bed", "school", "home",
		"purpose", "accident", "chance", "mind", "heart", "love", "debt", "duty", "custody", "exile", "range",
		"reach", "sea", "land", "air", "rule", "name", "return", "support", "opposition", "agreement", "conflict")
	// measureNouns count or group what follows "of": "a band of Russians".
	measureNouns = set("band", "group", "number", "lot", "kind", "series", "couple", "pair", "piece", "bit", "portion",
		"host", "force", "body", "handful", "dozen", "score", "majority", "minority", "variety", "range", "set", "team",
		"crowd", "party", "detachment", "contingent", "unit", "column", "flotilla", "fleet", "amount", "quantity", "total",
		"sort", "type", "form", "part", "section", "half", "rest", "remainder", "bulk", "mass", "sum", "list", "collection")
)

// nounPhrases finds key noun phrases that can stand as a gap: up to two
// adjectives or nouns and a common-noun head, after a verb or a
// preposition. A phrase must be informative: a noun the document keeps
// returning to, or a multi-word term; never a vague adjective's choice, a
// word of an idiom, a measure word or a generic noun.
func nounPhrases(q []tok, nf nounFreq) []span {
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
		if j == i || prev.Tag == "NNP" || prev.Tag == "NNPS" {
			continue
		}
		// The phrase must end on a noun and not run on into more nouns.
		for j > i && q[j-1].Tag != "NN" && q[j-1].Tag != "NNS" {
			j--
		}
		if j == i || j < len(q) && (q[j].Tag == "NN" || q[j].Tag == "NNS" || q[j].Tag == "NNP" || q[j].Tag == "POS") {
			continue
		}
		if j-i >= 2 && naming(q, i) && verbTakenForNoun(q, j) {
			j-- // "yellow dust called pollen sticks to its head": "sticks" is the verb
		}
		start := i
		for start < j-1 && (vague[strings.ToLower(q[start].Text)] || q[start].Tag == "VBG") {
			start++ // "heavy losses" is at most "losses"
		}
		sp := span{I: start, J: j}
		stripped := start > i
		i = j
		head := strings.ToLower(q[j-1].Text)
		if generic[head] || len(head) < 4 || !isLowerWord(q[sp.I:sp.J]) || quantifiers[strings.ToLower(q[sp.I].Text)] {
			continue
		}
		if j < len(q) && q[j].Text == "of" && measureNouns[head] {
			continue // "a band of Russians": the band is not the fact
		}
		before := strings.ToLower(q[sp.I-1].Text)
		if sp.J-sp.I == 1 {
			// A lone noun after "the" or "its" is usually a reference back
			// ("the river"), not a term worth asking.
			if before == "the" || q[sp.I-1].Tag == "PRP$" || q[sp.I-1].Tag == "POS" {
				continue
			}
			if lightVerbs[before] || q[sp.I-1].Tag == "IN" && idiomNouns[head] || stripped {
				continue // "took command", "left in charge", or a vague adjective stripped
			}
			if (nf[stem(head)] < 2 || len(head) < 5) && !naming(q, sp.I) {
				continue // a one-off common word is not a key term
			}
		} else if lightVerbs[before] && q[sp.I].Tag != "JJ" {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// verbTakenForNoun reports a phrase whose last word is the sentence's verb
// tagged as a plural noun: "-s", then a preposition, and no verb after it.
func verbTakenForNoun(q []tok, j int) bool {
	if j >= len(q) || q[j-1].Tag != "NNS" || !verbPreps[strings.ToLower(q[j].Text)] {
		return false
	}
	for _, t := range q[j:] {
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" {
			return false
		}
	}
	return true
}

var verbPreps = set("to", "on", "onto", "into", "in", "at", "from", "off", "over", "through", "together", "out", "up", "down", "away")

// naming reports a term being introduced: "organelles called
// chloroplasts", "a process known as osmosis".
func naming(q []tok, i int) bool {
	if i < 1 {
		return false
	}
	w := strings.ToLower(q[i-1].Text)
	if (w == "a" || w == "an" || w == "the") && i > 1 {
		i--
		w = strings.ToLower(q[i-1].Text) // "called a food web"
	}
	if w == "called" || w == "termed" || w == "named" {
		return true
	}
	return i > 1 && w == "as" && strings.EqualFold(q[i-2].Text, "known")
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

// definedSubject finds the term a definition opens with: "Lossless
// compression means ...", "A food web is ...".
func definedSubject(q []tok) (span, bool) {
	i := 0
	if len(q) > 0 && (strings.EqualFold(q[0].Text, "the") || strings.EqualFold(q[0].Text, "a") || strings.EqualFold(q[0].Text, "an")) {
		i = 1
	}
	j := i
	for j < len(q) && j-i < 3 && (q[j].Tag == "JJ" || q[j].Tag == "NN" || q[j].Tag == "NNS") {
		j++
	}
	if j == i || j >= len(q) || q[j-1].Tag != "NN" && q[j-1].Tag != "NNS" || tellingNouns[strings.ToLower(q[j-1].Text)] || standIns[strings.ToLower(q[j-1].Text)] {
		return span{}, false // "A common analogy is ...", "The present structure is the third church": no term
	}
	sp := span{I: i, J: j, Type: tConcept}
	if !isLowerWord(q[i:j]) && i == 0 {
		// The opening capital of the sentence is not part of the term.
		if !isLowerWord([]tok{{Text: lowerFirst(q[0].Text)}}) || !isLowerWord(q[1:j]) {
			return span{}, false
		}
	}
	return sp, defines(q, sp)
}

// openerWord reports a capitalised first word that is an adverb or an
// adjective opening its clause ("Unusually for a girl of her time, ...",
// "Aware of the dangers, ..."): the tagger often calls it a name.
func openerWord(ts []tok) bool {
	w := strings.ToLower(ts[0].Text)
	if strings.HasSuffix(w, "ly") && len(w) > 4 {
		return true
	}
	return len(ts) > 1 && (ts[1].Text == "of" || ts[1].Text == "for" || ts[1].Text == "to" || ts[1].Text == ",") &&
		!strings.ContainsAny(ts[0].Text[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && (len(ts) < 3 || ts[2].Tag != "NNP" && ts[2].Tag != "NNPS") &&
		(w == "aware" || w == "unable" || w == "eager" || w == "determined" || w == "anxious" || w == "afraid" || w == "keen" || w == "unwilling")
}
