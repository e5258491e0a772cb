package questions

import (
	"regexp"
	"strings"
)

// Read blind, a statement that names nothing in particular is the most
// common reason a question is not used: "People have lived in deserts for
// thousands of years", "Several factors determine how elastic demand is",
// "Sharks are amazing hunters". It is true of almost anything and tests
// no fact the text teaches. saysNothing finds such sentences by their form, and
// the sentence is not asked in any kind.

// reSomewhere opens with places it does not name: "In some places people
// call them lightning bugs", "In many countries, experts check the snow
// every day", a story's "Somewhere out in the dark, a hyena is calling".
// Read blind, none of 4 such statements was usable: true of somewhere,
// surely, and guessed so.
var reSomewhere = regexp.MustCompile(`^In (?:some|many|certain|a few) (?:places|parts of the world|parts|areas|countries|regions|cultures|societies|villages|towns)\b|^Somewhere\b`)

// reVagueAgents are subjects that say "someone" in a learned voice: which
// scientists, which families? With no name and no figure in the sentence
// there is nothing to anchor the claim.
var reVagueAgents = regexp.MustCompile(`^(?:People|Scientists|Archaeologists|Historians|Scholars|Critics|Witnesses|Families|Experts|Researchers|Observers|Visitors|Writers|Many people|Some people)\b`)

// reVagueQuantity is a vague amount of a category noun: "several factors",
// "many tools", "one of several", "a family of related measures". Left
// with nothing more particular, the statement cannot be false.
var reVagueQuantity = regexp.MustCompile(`(?i)\b(?:several|many|various|numerous|a number of|a variety of|a range of)\s+(?:\w+\s+)?(?:factors|ways|reasons|things|tools|uses|types|kinds|forms|methods|aspects|features|ideas|problems|measures|members|steps|changes|effects|parts)\b|\bsome\s+\w+\s+(?:features|tools|tricks|ways|things|parts)\b|\bone of several\b|\ba family of related\b`)

// reVagueSpan is a span of time or a degree with no measure: "have been
// around for a very long time", "an exceptionally rich sculptural scheme".
// Read blind, statements so worded and without a figure were usable 3
// times in 10.
var reVagueSpan = regexp.MustCompile(`(?i)\b(?:for|since) a very long time\b|\bbeen around for a long time\b|\bexceptionally\b|\ba very long (?:\w+ )?history\b`)

// reStudiedSince tells who first noticed the subject, not what it is:
// "Teotihuacan has been studied since the 19th century", "European
// travellers at the Cape described the clicking speech of the Khoekhoe
// from the seventeenth century". Read blind, none of 4 was usable: a side
// note on its study, and guessed true.
var reStudiedSince = regexp.MustCompile(`\b(?:has|have) been (?:studied|investigated|excavated|researched|debated) (?:since|for)\b|^(?:European|Western|Early|Later|Modern) (?:scholars|grammarians|travellers|missionaries|linguists|historians|writers|observers|visitors)(?: \w+){0,3} (?:described|studied|encountered|noted|recorded|documented)\b`)

// reToUnderstand is the text saying what it will do next.
var reToUnderstand = regexp.MustCompile(`^To (?:understand|follow|make sense of|see why)\b[^,]*, (?:\w+ )*(?:is|are) (?:needed|useful|required|helpful)\b`)

// reFluff are words of praise that make a sentence an opinion, not a fact,
// or wonder ("sees incredibly well"), and words of effort or variety true
// of anything ("Running a marathon is
// hard work for your body", "people tried all sorts of noisy ideas": read
// blind, none of 7 was usable).
var reFluff = regexp.MustCompile(`(?i)\b(?:amazing|fascinating|incredible|awesome|wonderful|lovely|cleverest|busiest|incredibly|clever ways|most beautiful|prettiest|hard work|fun|all sorts of)\b`)

// reRenown is fame and legacy told as a fact: "Tikal is one of the most
// visited archaeological sites in Central America", "The Laments became a
// cornerstone of the Polish literary canon", "Translations was an
// immediate success", "Some of the most famous jumping spiders are the
// peacock spiders of Australia". Read blind, such statements without a
// figure were usable 4 times in 35: guessed true by anyone, and a side
// note to the text. With a figure the figure may still be asked, but not
// the statement: as true or false, none of 7 was usable (truefalse.go).
// "X transformed Y" is not among them: it names the work that did
// ("whose movable-frame hive transformed the keeping of bees").
var reRenown = regexp.MustCompile(`(?i)\b(?:cornerstone of|is remembered (?:in \w+ )?as (?:one of (?:its|the) great|the defining|a pioneer)|(?:one|some) of the most (?:visited|famous|popular)|among the most (?:popular|famous|visited|vivid)|an immediate success|a lasting symbol|(?:working|work) (?:together|hard) to (?:protect|save)|shaped the study of)\b`)

// reAcclaim is a statement that ranks its subject among the best, the
// most or the greatest of something, and says nothing else: "Fallingwater
// is widely regarded as one of the finest works of twentieth-century
// architecture", "The Lewis chessmen are among the most popular objects in
// the British Museum".
var reAcclaim = regexp.MustCompile(`^[^,0-9]{0,60}\b(?:is|are|was|were|became|has become)(?: (?:widely|often|generally|today|now))?(?: (?:regarded|considered|counted|called|seen))?(?: as| among)? (?:(?:one|some) of the (?:greatest|finest|great|best|most)|among the most)\b`)

// acclaimOnly reports such a statement with no figure and no second fact
// joined by "and" ("one of the most important composers of the twentieth
// century and a founder of ethnomusicology" also says what he founded).
func acclaimOnly(statement string) bool {
	m := reAcclaim.FindStringIndex(statement)
	if m == nil {
		return false
	}
	if head := statement[:m[1]]; strings.Contains(head, " who ") || strings.Contains(head, " which ") {
		return false // "Flagstad was a Norwegian soprano who is widely regarded as ...": what she was comes first
	}
	rest := statement[m[1]:]
	return !strings.ContainsAny(rest, "0123456789") && !strings.Contains(rest, " and ")
}

// reLittleKnown says what is not known. Read blind, never usable (2 of 2).
var reLittleKnown = regexp.MustCompile(`(?i)^(?:very )?(?:little|not much|nothing|almost nothing) (?:else |certain |for certain )?(?:is|was) known\b`)

// reUnnamedBest ends on someone's best work without saying what it was:
// "In 1835 Talbot made his most important discovery" (the next sentence
// says). Its year is no fact worth asking alone.
var reUnnamedBest = regexp.MustCompile(`\b(?:his|her|their|its) (?:most important|greatest|most famous|best-known|finest) (?:discovery|work|achievement|invention|contribution|success|idea)\W*$`)

// reTeaser promises a fact and leaves it to the next sentence: "On hot
// days, koalas have a clever trick", "A group of rhinos has a funny
// name", "The most famous thing about a snail is its shell", "some of the
// best fliers", "A few geckos in New Zealand do something unusual", "a
// grown-up eel gets ready for the biggest journey of its life" (which?).
// Asked alone, it tests nothing.
var reTeaser = regexp.MustCompile(`(?i)\b(?:something|anything)\s+(?:very\s+|rather\s+|quite\s+)?(?:clever|funny|unusual|strange|surprising|interesting|curious|odd|special|amazing|remarkable|different)\s*(?:can happen|happens)?\W*$|\b(?:a|an|its own|their own)\s+(?:very\s+|rather\s+|most\s+)?(?:clever|funny|unusual|strange|surprising|interesting|curious|odd|neat|special|secret)\s+\w+\W*$|\b(?:a|an|some)\s+(?:very\s+)?(?:clever|funny|handy|unusual|strange|surprising|curious|odd|neat|special|famous)\s+(?:way|ways|trick|tricks|tools|habit|habits)\b|\bthe most (?:famous|important|interesting|unusual|amazing) thing\b|\bmost (?:celebrated|famous|striking|admired|remarkable) (?:feature|part|element)s?\b|\b(?:some|one) of the (?:strangest|oddest|weirdest|funniest|cutest|most (?:surprising|amazing|remarkable|fascinating|unusual|extraordinary|interesting))\b|\b(?:is|are) perfect for\b|\b(?:some|one) of the best \w+ers\b|\b(?:has|have) (?:a|an|its own|their own) (?:trick|secret) for\b|` +
	`\bthe (?:biggest|longest|greatest|hardest|most important) \w+ of (?:its|his|her|their) li(?:fe|ves)\W*$`)

// reSomethingEnd ends on "something" and a word of wonder: what it was is
// the next sentence's, whatever figure this one gives.
var reSomethingEnd = regexp.MustCompile(`(?i)\b(?:something|anything)\s+(?:very\s+|rather\s+|quite\s+|truly\s+)?(?:unusual|strange|surprising|curious|odd|amazing|remarkable|astonishing|extraordinary|unexpected|incredible|puzzling|funny)(?:\s+for\s+\w+)?\W*$`)

// reTableValue reads a value off a worked example's table: "At −10 °C, a
// wind of 30 km/h gives about −20", "brings the value down to around −35".
var reTableValue = regexp.MustCompile(`^At [−-]?\d[^,]*,.*\b(?:gives|brings|makes|is)\b.*\b(?:about |around |roughly )?[−-]?\d`)

// reSurprise is a surprise that the next sentence tells: "had a big
// surprise", "something special can happen" (even "When the air is colder
// than 0 °C, something special can happen": its figure says when, not what).
var reSurprise = regexp.MustCompile(`(?i)\b(?:a|an) (?:\w+ )?surprise\W*$|\bsomething (?:very\s+)?(?:special|amazing|surprising|strange|interesting|magical|remarkable|wonderful)\b`)

// reDigits is a run of digits, whatever the tagger calls it ("−10").
var reDigits = regexp.MustCompile(`\d+`)

// reBelief is what people once believed, true of the belief and false of
// the world: "For a long time, people thought the dragon's mouth was full
// of germs", keyed True, teaches the mistake; so does "One widespread
// belief is that Unicode is an encoding".
var reBelief = regexp.MustCompile(`(?i)\b(?:people|many|some|scientists|experts|doctors|sailors|everyone) (?:once |long |had |have |used to )?(?:thought|believed|assumed|imagined|feared|think|believe)\b|\b(?:a|one|another) (?:\w+ )?(?:belief|misconception|myth) is that\b`)

// reWorking is the arithmetic of a worked example.
var reWorking = regexp.MustCompile(`[×÷=≈]|\b(?:divided by|multiplied by|remainder|carry|carrying)\b|^\w+ing\b[^.]*\bgives\b[^.]*\d|, giving [−-]?\d`)

// reYouCan opens a remark addressed to the reader: "You can make a
// rainbow on a sunny day", "You would have to wait two years".
var reYouCan = regexp.MustCompile(`(?i)^(?:[^,]{0,40},? )?you (?:can|could|would|might|will|may)\b`)

// saysNothing reports why a sentence says nothing worth testing, or "".
func saysNothing(q []tok) string {
	s := join(q)
	switch {
	case reYouCan.MatchString(s) && !hasFigure(q):
		return "remark to the reader"
	case reLikeAll.MatchString(s):
		// "Like all insects, a pond skater has six legs", "Like all
		// crabs, a red crab has ten legs": what is true of the whole kind
		// is known without the text. Read blind, giveaways both.
		return "true of the whole kind"
	case reBareDegree.MatchString(s) && !reDegreeReason.MatchString(s) && !hasFigure(q):
		// "Weaver ants are small, but they are very brave", "A common
		// crane is a very big bird": how much, says nothing a reader
		// could not guess. Read blind, usable 0 times in 9; "because the
		// air there is very thin" gives a reason and stays.
		return "a degree without a measure"
	case reCountTeaser.MatchString(s):
		return "a teaser" // "There are three reasons for working with power": which?
	case simile(s):
		// "A fungus is a living thing like a mushroom", "A steam
		// locomotive is like a giant kettle on wheels": a likeness that
		// explains a word to a child, not a fact of the text. Read blind
		// as statements, usable once in 7.
		return "a likeness"
	case reLittleKnown.MatchString(s):
		return "a gap in the record" // "Little is known of the tapestries' history": nothing to know
	case reFluff.MatchString(s):
		return "praise"
	case reRenown.MatchString(s) && !anyNumber(q):
		return "fame, not a fact"
	case reTableValue.MatchString(s) && len(reDigits.FindAllString(s, -1)) >= 3:
		return "a value read off a worked example"
	case reSurprise.MatchString(s):
		return "a teaser" // "In 2006 zookeepers in England had a big surprise": which?
	case reBelief.MatchString(s):
		return "a belief, not a fact"
	case reUnnamedBest.MatchString(s):
		return "a best work not named"
	case reTeaser.MatchString(s) && !hasFigure(q):
		return "a teaser" // the fact is in the next sentence
	case reSomethingEnd.MatchString(s):
		return "a teaser" // "In 2018, scientists in Brazil described something astonishing": a date, and what?
	case reVagueQuantity.MatchString(s) && !hasFigure(q):
		return "vague quantity"
	case reVagueSpan.MatchString(s) && !hasFigure(q):
		return "vague span or degree" // "Dragonflies have been around for a very long time"
	case reVagueAgents.MatchString(s) && !hasFigure(q) && !namesSomething(q):
		return "vague agent"
	case reSomewhere.MatchString(s) && !namesSomething(q):
		return "a custom of somewhere unnamed" // "In some places, people roast termites": true of somewhere, surely
	case reWorking.MatchString(s) && figures(q) >= 2:
		return "a worked sum" // "Nineteen divided by two is 9 remainder 1": working, not a fact
	case numberRun(q) >= 4:
		return "the data of a worked example" // "the deviations are −15, 15, −8, 8 and 0"
	case reStudiedSince.MatchString(s):
		return "the history of its study" // "European scholars encountered Sanskrit grammar in the late 18th century"
	case reToUnderstand.MatchString(s):
		return "a note on what the text will do" // "To understand the Great Vowel Shift, a few phonetic terms are needed"
	case imperative(q):
		return "an instruction" // "To show 5, push down the top bead": neither true nor false
	case reListCount.MatchString(s):
		return "a count of the items a list will name" // "Three main models describe the balance": which?
	case (reMatters.MatchString(s) || showsHow(s)) && !hasFigure(q):
		return "a claim that it matters" // "Hydration has strong effects on how a dough behaves": which?
	}
	return ""
}

// reMatters says that something matters, or shows something, without
// saying what: "Hydration has strong effects on how a dough behaves and how
// the finished bread looks", "The Oseberg find has shaped modern
// understanding of Viking Age shipbuilding", "Kangaroo rats are important to
// their desert homes", "Long records of mass balance
// show how glaciers respond to climate", "To understand glasses, we first
// need to understand eyes". Read blind, such statements were usable 2
// times in 9: no one answers False. "A pyramid of numbers shows how many
// organisms are at each level" says what the pyramid gives, and stays.
var reMatters = regexp.MustCompile(`\b(?:has|have|had) (?:a )?(?:strong|big|great|major|huge|large|profound|significant|important) (?:effects?|influences?|impacts?) on\b|` +
	`\bshaped (?:our |modern |the )?(?:understanding|knowledge|views?|ideas?) of\b|\b(?:we|you) (?:first )?need to understand\b|` +
	`\b(?:important|vital) (?:to|for) (?:their|its|the) (?:[\w-]+ )?(?:homes?|habitats?|ecosystems?|environments?)\W*$`)

// reShowsHow is a subject that "shows how" something happens; what comes
// after "how" tells whether it says anything (showsHow).
var reShowsHow = regexp.MustCompile(`^(?:[\p{L}-]+ ){1,5}shows? how (\w+)`)

// showsHow reports a statement that something shows how something else
// happens, not how many or how much of it there is.
func showsHow(s string) bool {
	m := reShowsHow.FindStringSubmatch(s)
	return m != nil && !howMuch[m[1]]
}

var howMuch = set("many", "much", "far", "long", "fast", "big", "often", "large", "small", "high", "deep", "wide")

// reListCount opens a list by counting it: "Three main models describe
// the balance", "Five main factors control depth of field", "Two broad
// systems are usually distinguished". Read blind,
// none of three such statements was usable: the count is no fact worth
// knowing without the items, and its false twin ("Five main models") is
// a guess.
var reListCount = regexp.MustCompile(`^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) (?:main |key |basic |major |important |principal |broad )?[a-z]+s (?:describe|describes|control|controls|explain|explains|shape|shapes|affect|affects|determine|determines|govern|governs|influence|influences|(?:are|were) (?:usually |often |commonly |generally )?(?:distinguished|recognised|recognized|identified)\b)`)

// imperative reports a sentence that tells the reader to do something:
// its main clause opens with a verb's bare form, at the start or after an
// opening "To show 5," or "If in doubt,".
func imperative(q []tok) bool {
	k := 0
	if len(q) > 0 && (strings.EqualFold(q[0].Text, "to") || strings.EqualFold(q[0].Text, "if") || strings.EqualFold(q[0].Text, "when")) {
		for k < len(q) && q[k].Text != "," {
			k++
		}
		k++
	}
	if k < len(q)-1 && bidding[strings.ToLower(q[k].Text)] && q[k+1].Text != "of" && !strings.HasPrefix(q[k+1].Tag, "VB") && q[k+1].Tag != "MD" {
		return true // "Stay far away from fallen power lines", which the tagger reads as a name
	}
	if k < len(q)-1 && commands[strings.ToLower(q[k].Text)] && (q[k+1].Tag == "RB" || q[k+1].Tag == "DT" || q[k+1].Tag == "IN" || q[k+1].Tag == "PRP" || q[k+1].Tag == "PRP$" || q[k+1].Tag == "WRB" || q[k+1].Tag == "RP") {
		return true // "Listen closely when a heavy stone slides across the ice", the verb tagged as a name
	}
	return k < len(q)-1 && (q[k].Tag == "VB" || q[k].Tag == "VBP") && !strings.EqualFold(q[k].Text, "be") && q[k+1].Tag != "VBZ" && q[k+1].Tag != "VBD"
}

// bidding are verbs a safety rule or an instruction opens with, whatever
// the tagger calls them at a sentence's start.
var bidding = set("stay", "keep", "never", "always", "remember", "avoid", "unplug", "wash", "ask", "tell", "try", "don't", "do", "switch", "check", "wear")

// commands are verbs a text for a reader opens an instruction with, whose
// bare form also names a thing ("Watch", "Picture"): an instruction only
// when an adverb, a determiner, a preposition or a pronoun follows.
var commands = set("listen", "look", "watch", "imagine", "notice", "picture", "think", "turn", "put", "hold",
	"feel", "compare", "consider", "let", "pour", "fill", "stir", "find", "see", "take")

// numberRun is the length of the longest list of bare numbers in the
// sentence ("1, 2, 4, 5", "−2, 0, 2, −1 and 1"); years do not count.
func numberRun(q []tok) int {
	best, run := 0, 0
	for i, t := range q {
		switch {
		case reBareNumber.MatchString(t.Text) && !reYear.MatchString(t.Text):
			run++
			best = max(best, run)
		case (t.Text == "," || t.Text == "and" || t.Text == ";") && run > 0 && i+1 < len(q) && reBareNumber.MatchString(q[i+1].Text):
		default:
			run = 0
		}
	}
	return best
}

// reBareNumber is a number written in digits, the tagger's tag aside: it
// calls "−2" a participle and "0" nothing.
var reBareNumber = regexp.MustCompile(`^[−-]?\d[\d.,]*$`)

// namesSomething reports a proper name after the first word.
func namesSomething(q []tok) bool {
	for _, t := range q[1:] {
		if t.Tag == "NNP" || t.Tag == "NNPS" {
			return true
		}
	}
	return false
}

// exerciseHeading reports a section that sets work rather than teaches:
// "Practice questions", "Worked example", "Try it", "Make your own balloon
// hovercraft". Its sentences are the
// setting of a task ("A bag holds 3 red counters"), not facts.
func exerciseHeading(h string) bool {
	return reExerciseHeading.MatchString(h)
}

// asideHeading reports a section of curiosities ("Fun facts", "Did you
// know?"): what a text puts there is a side fact by its own account.
func asideHeading(h string) bool {
	return reAsideHeading.MatchString(h)
}

var reAsideHeading = regexp.MustCompile(`(?i)\b(?:fun|amazing|cool|quick|interesting|strange|weird|surprising|bonus|extra|odd) facts?\b|\bdid you know\b|\btrivia\b`)

var reExerciseHeading = regexp.MustCompile(`(?i)\b(?:practice|questions?|exercises?|practical|worked examples?|try (?:it|this)|check your|quiz|test yourself|discussion|investigation|tasks?|homework|exit (?:slip|ticket)s?|starter|plenary|activit(?:y|ies)|assessment|objectives?|success criteria|learning outcomes?|(?:make|build) (?:your|an?) own|at home|things to (?:do|make|try)|try (?:it )?yourself|do it yourself)\b`)

// reSimile is a thing said to be like another: "Nutrients are like natural
// plant food", "The Earth is a bit like a peach", "Limpets look like little
// pointed hats".
var reSimile = regexp.MustCompile(`^(?:(?:A|An|The|Your) )?[\p{L}-]+(?: [\p{L}-]+)? (?:is|are|looks?) ((?:[\p{L}-]+ ){0,6})like (?:a|an|the|your|tiny|little|natural|big|giant)\b`)

// simile reports a statement that explains what a thing is by a likeness.
// "Is tuned like a piano" tells how it is made, not what it is.
func simile(statement string) bool {
	m := reSimile.FindStringSubmatch(statement)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if strings.HasSuffix(w, "ed") || unlike[w] {
			return false // "A tadpole looks more like a little fish than a frog": a change told, not a likeness
		}
	}
	return true
}

// unlike are words that make "like" a comparison of a thing's own stages
// or a difference: "looks more like", "looks nothing like".
var unlike = set("more", "less", "nothing", "not")

// reLikeAll opens with what the whole kind shares, or says only that the
// thing is like the rest of its kind ("A honeypot ant colony works like
// other ant colonies": like them how?).
var reLikeAll = regexp.MustCompile(`^Like (?:all|most|every|other) |\b(?:works|behaves|acts|looks|lives) (?:just |much )?like (?:other|any other|most other|all other) \w+(?: \w+)?\W*$`)

// reCountTeaser announces how many there are of something the next
// sentences list: "There are three reasons for …", "There are two ways to
// …".
//
// It also tells that some forces or things are at work and ends without
// naming them: "When a tax rate rises, two forces pull in opposite
// directions.", "… and two things happen at once." (read blind: a
// signpost that tests nothing).
var reCountTeaser = regexp.MustCompile(`^There (?:are|were) (?:two|three|four|five|six|several|many) (?:main |key |important |basic )?(?:reasons|ways|ideas|things|factors|steps|rules|questions|points)\b|(?:^|, (?:and )?)(?:two|three|four|five|several) (?:main |different |opposing )?(?:forces|things|factors|effects|processes|changes) (?:are |were )?\w+(?: \w+){0,4} ?[.!]?$`)

// reBareDegree ends a statement on "very" and a describing word: "they are
// very brave.", "is a very big bird.".
var reBareDegree = regexp.MustCompile(`\b(?:is|are|was|were) (?:an? )?(?:very|so|extremely|incredibly) [a-z]+(?: (?:bird|animal|fish|insect|creature|work|thing|place))? ?[.!]$`)

// reDegreeReason ties the degree to a cause or a place: "because", "where".
var reDegreeReason = regexp.MustCompile(`(?i)\b(?:because|since|where|so that|which is why)\b`)
