package questions

import (
	"regexp"
	"slices"
	"strings"
)

// The tagger (prose's averaged perceptron) slips on this kind of prose in
// ways that cost whole sentences: a name taken for a common word and the
// other way round, a main verb taken for a participle, a noun or a plural.
// These passes put the tags right where the sentence itself shows it.

// retagOpeners undoes the tagger's other slip: a common word that opens a
// sentence, capitalised there only, taken for a name ("Money was always
// short" made "Money" a person, and "his teacher" Money's). A first word
// the text also writes in lower case, and never capitalised inside a
// sentence, is the common word.
func retagOpeners(sents []sentence) {
	lower, inner, named := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, s := range sents {
		for i, t := range s.Toks {
			if i == 0 {
				continue
			}
			if capitalized(t.Text) {
				inner[strings.TrimSuffix(t.Text, ".")] = true // "the new surname Wen." is one token
				if t.Tag == "NNP" {
					named[t.Text] = true
				}
			} else {
				lower[t.Text] = true
			}
		}
	}
	for _, s := range sents {
		if len(s.Toks) == 0 {
			continue
		}
		// A pronoun's word inside a sentence, capitalised after a name, is
		// the end of that name: "Zheng He", "Ma He", "Henry I". A word the
		// text uses as a name, taken for an adjective before a name, is
		// that name's first word: "The Hubble/JJ Space Telescope".
		for i := 1; i < len(s.Toks); i++ {
			t := &s.Toks[i]
			if (t.Tag == "PRP" || t.Tag == "PRP$") && capitalized(t.Text) && capitalized(s.Toks[i-1].Text) && isWord(s.Toks[i-1].Text) {
				t.Tag = "NNP"
			}
			if t.Tag == "JJ" && named[t.Text] && !lower[strings.ToLower(t.Text)] && i+1 < len(s.Toks) && s.Toks[i+1].Tag == "NNP" {
				t.Tag = "NNP"
			}
		}
		t := &s.Toks[0]
		if (t.Tag == "NNP" || t.Tag == "NNPS") && !inner[t.Text] && (lower[strings.ToLower(t.Text)] || reAbstractNoun.MatchString(t.Text) && len(s.Toks) > 1 && finite(s.Toks[1])) {
			// "Responsibility passed to the New York Power Authority in
			// 2017", written once: "In what year did Responsibility
			// pass ...?" kept the capital.
			t.Tag = map[string]string{"NNP": "NN", "NNPS": "NNS"}[t.Tag]
		}
		// And the other way: a name that opens a sentence is sometimes
		// taken for a common word ("Élisabeth/NNS Louise Vigée Le Brun
		// was ..."), so the life's first sentence had no subject. A word
		// the text capitalises inside sentences and never writes in lower
		// case is a name.
		if retaggable[t.Tag] && inner[t.Text] && !lower[strings.ToLower(t.Text)] && isWord(t.Text) && len(s.Toks) > 1 {
			t.Tag = "NNP" // "Owens/NNS enrolled at ...": a name, as everywhere else in the text
		}
	}
}

// reAbstractNoun is the ending of a common noun no name has: "Responsibility",
// "Management"; but not "Parliament", nor "-ity" and "-ism" ("Christianity",
// "Buddhism") and "-ness" ("Inverness"), which names have.
var reAbstractNoun = regexp.MustCompile(`^[A-Z][a-z]{3,}(?:ility|[^a]ment)$`)

// retaggable are the tags the tagger gives an unknown capitalised word
// that opens a sentence; a pronoun or a determiner is what it says.
var retaggable = set("NN", "NNS", "JJ", "IN", "VB", "VBZ", "VBD", "VBN", "VBG", "VBP", "RB", "FW", "CC")

// auxiliaries make a following participle part of a verb group.
var auxiliaries = set("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "get", "got", "gets")

// retagFinite corrects the tagger's commonest slip on this kind of prose:
// a simple past tagged as a participle ("reinforcements arrived/VBN under
// X"). The first participle of a sentence with no finite verb before it,
// no auxiliary just before it and no "by" after it is its main verb. In a
// sentence still without a main verb, so is the first participle after a
// relative clause ("the bus on which Kahlo was travelling collided/VBN
// with a tram").
func retagFinite(ts []tok) {
	defer retagPastAdjective(ts)
	defer retagPresent(ts)
	defer retagAfterRelative(ts)
	if len(ts) > 2 && (ts[0].Text == "A" || ts[0].Text == "An") && (ts[1].Tag == "VBD" || ts[1].Tag == "VBN") &&
		strings.HasSuffix(ts[1].Text, "ed") && (ts[2].Tag == "NN" || ts[2].Tag == "NNS" || ts[2].Tag == "JJ") {
		// "A drowned/VBD river valley forming a harbour": the article
		// taken for a noun, its participle for the verb; a letter is no
		// subject of a past tense before a noun.
		ts[0].Tag, ts[1].Tag = "DT", "JJ"
	}
	for i := 1; i+1 < len(ts); i++ {
		if (ts[i].Tag == "VBD" || ts[i].Tag == "VBN") && ts[i-1].Tag == "IN" && !strings.EqualFold(ts[i-1].Text, "that") && !namingVerbs[strings.ToLower(ts[i].Text)] && (ts[i+1].Tag == "NN" || ts[i+1].Tag == "NNS") {
			// "through braided rivers": after a preposition and before
			// its noun, a past form describes the noun ("breaks in between
			// called intervals" still names them).
			ts[i].Tag = "JJ"
		}
	}
	opening := -1 // the comma that closes an opening participle phrase
	if len(ts) > 0 && ts[0].Tag == "VBN" {
		opening = slices.IndexFunc(ts, func(t tok) bool { return t.Text == "," })
	}
	for i, t := range ts {
		switch {
		case i <= opening:
			// "Built in the early 2nd century AD, the complex used/VBN
			// sixteen waterwheels": the opening participle describes the
			// subject after the comma, whose verb comes next.
			continue
		case finiteTags[t.Tag]:
			return
		case t.Tag == "VBN":
			if i == 0 || i+1 < len(ts) && ts[i+1].Text == "by" {
				return
			}
			for k := max(0, i-4); k < i; k++ {
				if auxiliaries[strings.ToLower(ts[k].Text)] {
					return
				}
			}
			ts[i].Tag = "VBD"
			return
		}
	}
}

// finiteTags are the tags of a finite verb or a modal.
var finiteTags = set("VBD", "VBZ", "VBP", "MD")

// hasFinite reports a finite verb or a modal anywhere in the tokens.
func hasFinite(ts []tok) bool {
	for _, t := range ts {
		if finiteTags[t.Tag] {
			return true
		}
	}
	return false
}

// retagPastAdjective makes finite a past form the tagger took for an
// adjective, in a sentence with no main verb, where it stands between its
// subject and its object: "The Townshend Acts of 1767 taxed/JJ glass,
// paint, paper, lead and tea".
func retagPastAdjective(ts []tok) {
	if hasFinite(ts) {
		return
	}
	for i := 1; i+1 < len(ts); i++ {
		prev, next := ts[i-1].Tag, ts[i+1].Tag
		if ts[i].Tag == "JJ" && strings.HasSuffix(ts[i].Text, "ed") && (strings.HasPrefix(prev, "NN") || prev == "CD") &&
			(next == "NN" || next == "NNS" || next == "NNP" || next == "DT" || next == "PRP$" || next == "CD") {
			ts[i].Tag = "VBD"
			return
		}
	}
}

// retagAfterRelative makes the first participle of a sentence with no
// main verb finite when its auxiliary, if any, is another verb's ("was
// travelling collided") and no comma or "by" says it is a participle
// phrase (", completed in 1489").
func retagAfterRelative(ts []tok) {
	if mainVerb(ts) {
		return
	}
	for i, t := range ts {
		if t.Tag != "VBN" {
			continue
		}
		if i == 0 || i+1 < len(ts) && ts[i+1].Text == "by" || ts[i-1].Text == "," {
			return
		}
		for k := i - 1; k >= max(0, i-4); k-- {
			if auxiliaries[strings.ToLower(ts[k].Text)] {
				return
			}
			if tg := ts[k].Tag; tg == "VBG" || tg == "VBN" || tg == "VB" {
				break
			}
		}
		ts[i].Tag = "VBD"
		return
	}
}

// retagPresent makes a present verb finite that the tagger took for
// something else, in a sentence with no main verb: a base form right after
// a plural noun subject ("plankton fix carbon", "Wild giant sequoias
// grow/NN in one place"), a verb after the subject's adverb ("Butterflies
// also like/IN to drink"), a third-person verb taken for a plural after a
// singular subject ("A jellyfish swims/NNS by squeezing its bell").
func retagPresent(ts []tok) {
	finite := false
	for _, t := range ts {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			finite = true
		}
	}
	if !finite {
		for i := 1; i < len(ts); i++ {
			if ts[i].Tag == "VB" && (ts[i-1].Tag == "NNS" || ts[i-1].Tag == "NN") {
				ts[i].Tag = "VBP"
				return
			}
		}
	}
	if mainVerb(ts) {
		return
	}
	for i := 1; i < len(ts); i++ {
		prev, low := ts[i-1].Tag, strings.ToLower(ts[i].Text)
		switch {
		case (ts[i].Tag == "NN" || ts[i].Tag == "JJ" || ts[i].Tag == "JJS" || ts[i].Tag == "IN") && plainVerb(low) && i+1 < len(ts) && (verbFollower(ts[i+1]) || strings.HasPrefix(ts[i+1].Tag, "NN") || ts[i+1].Tag == "JJ") &&
			(prev == "NNS" || (prev == "NN" || prev == "NNP") && strings.HasSuffix(ts[i-1].Text, "s") || prev == "RB" && i >= 2 && strings.HasPrefix(ts[i-2].Tag, "NN")):
			ts[i].Tag = "VBP" // "sequoias grow/NN in", "Butterflies also like/IN to", "plants often use/JJ water"
			return
		case ts[i].Tag == "NNS" && (prev == "NN" || prev == "JJ" || prev == "NNP" || prev == "RB" && i >= 2 && (ts[i-2].Tag == "NN" || ts[i-2].Tag == "NNP")) &&
			i+1 < len(ts) && (verbFollower(ts[i+1]) || ts[i+1].Tag == "NNP" || ts[i+1].Tag == "PDT" || ts[i+1].Tag == "JJ") && plainVerb(singular(low)):
			// singular strips a third person's -s or -es as a plural's.
			ts[i].Tag = "VBZ" // "A jellyfish swims/NNS by", "The larva sinks/NNS and", "A Komodo dragon usually hunts/NNS by"
			return
		case ts[i].Tag == "NNS" && reportingVerbs[low] && (prev == "NN" || prev == "NNP") && i+2 < len(ts) && ts[i+1].Text == "that" &&
			!strings.HasPrefix(ts[i+2].Tag, "VB") && ts[i+2].Tag != "MD" && ts[i+2].Tag != "RB":
			ts[i].Tag = "VBZ" // "The Heckscher–Ohlin theorem states/NNS that a country will export"; not "member states that joined"
			return
		}
	}
}

// reportingVerbs say what a law, a theorem or a writer holds; before
// "that" and a clause of its own, the tagger may still take them for
// plurals.
var reportingVerbs = set("states", "shows", "holds", "predicts", "says", "claims", "argues", "suggests", "implies", "assumes", "proves")

// plainVerb reports a verb's base form that is no common noun too (the
// nouns of "power plants work" are no subject and its verb).
func plainVerb(w string) bool {
	return (baseVerbs[w] || irregularBase[w] || creatureVerbs[w]) && !nounsToo[w]
}

// creatureVerbs are what animals, plants and things do in texts for
// children, which the tagger often takes for nouns ("the chick
// hatches/NNS", "Swifts usually nest/JJS in holes").
var creatureVerbs = set("hatch", "nest", "travel", "like", "pass", "hunt", "crawl", "climb", "hop", "jump", "float", "glide",
	"dive", "graze", "munch", "chew", "swallow", "migrate", "hibernate", "bloom", "shine", "melt", "flow", "cross", "reach",
	"carry", "pull", "push", "lift", "roll", "warm", "cool", "wander", "roam", "gather", "greet", "chirp", "hum", "buzz",
	"sense", "chase", "bite", "sting", "protect", "guard", "warn", "scare", "squeeze", "sniff", "lick", "scrape", "grip",
	"peck", "sip", "suck", "spit", "squirt", "wriggle", "slither", "paddle", "perch", "soar", "swoop", "burrow", "dig")

// nounsToo are base verbs that are as often nouns.
var nounsToo = set("plant", "plants", "work", "works", "rule", "rules", "study", "studies", "search", "control", "design", "form",
	"change", "trade", "rise", "fall", "lead", "record", "return", "report", "name", "mark", "play", "show", "move", "set", "cut",
	"run", "fight", "stand", "watch", "hold", "cost", "display", "land", "house", "colour", "color")

// verbFollower reports a token that can follow a finite verb and not the
// last noun of a subject: a preposition, an article, an adverb, "to",
// "and" or the sentence's end.
func verbFollower(t tok) bool {
	switch t.Tag {
	case "IN", "DT", "RB", "TO", "CC", "PRP$", "CD":
		return true
	}
	return t.Text == "."
}
