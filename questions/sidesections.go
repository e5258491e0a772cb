package questions

import "regexp"

// A reference article tells what its subject is and did, then describes
// its fabric: how it was built, how it is laid out, where it stands, what
// it looks like today. Read blind (the encyclopedia sets of rounds 40 to
// 108), questions from the sections under such headings ("Construction",
// "Architecture", "Design and construction", "Location and setting",
// "Layout", "The site today") were usable 34 times in 92 (37 %), those
// from the other sections 61 %: the fabric's figures, materials and
// neighbours are what a teacher calls side details. Texts of other kinds
// rarely head a section so (22 questions, 13 usable). Words that also
// head a concept's or a lesson's core ("Conservation of momentum",
// "Magnetic materials", "The Marshall Plan") are left out.

// reFabricHeading is a heading over the description of a thing's fabric.
var reFabricHeading = regexp.MustCompile(`(?i)\b(?:construction|architecture|layout|location|today|site|tourism|visiting|grounds|gardens|dimensions)\b`)

// reStoryHeading is a heading that tells the thing's story along with its
// fabric: "Origins and construction", "History and construction". A
// railway article with its opening year under such a heading gave no
// question at all; on the development texts, letting these sections in
// added 13 questions, of which 3 of the 5 judged before were usable.
var reStoryHeading = regexp.MustCompile(`(?i)\b(?:origins?|history|background|planning|beginnings)\b`)

// A text for children often gathers its odds and ends under "Fun facts"
// or "Did you know?": read blind, 8 of 22 such questions were usable.
var reTriviaHeading = regexp.MustCompile(`(?i)\bfun\b.*\bfacts?\b|\bdid you know\b|\btrivia\b|\b(?:amazing|quick|strange|weird) facts?\b`)

// A section of examples shows a concept at work in cases ("Examples",
// "Examples in everyday life"); the dates of those cases are side details
// of the concept ("In what year did the United Kingdom introduce its
// National Minimum Wage?" in a text on price floors). Read blind, dated
// sentences from such sections were usable 4 times in 11, undated ones 39
// times in 73; a case study, the body of many lessons, is not among them.
var reExamplesHeading = regexp.MustCompile(`(?i)^(?:(?:some|other|more|further|real[- ]world|historical|famous|notable|everyday|worked) )?examples?\b|\bexamples? (?:from|in)\b|\bin practice\b`)

// A reference article's closing sections weigh its subject rather than
// tell it: "Legacy", "Significance", "Influence" ("has become a symbol of
// Zermatt", "a well-preserved example of the early mountain railways"),
// and "Landmarks" walks past what stands near it. Read blind, questions
// from such sections of encyclopedia articles were usable 32 times in 82
// (39 %, against 56 % for the genre); in a life the "Legacy" section
// tells what the person left (32 of 46 since set 150) and stays, as do
// the few of lessons and concept texts. On today's generator the rule took
// 31 unusable and 32 usable questions from the development texts, about
// the genre's own rate: a smaller quiz, no worse.
var reWeighingHeading = regexp.MustCompile(`(?i)\b(?:legacy|significance|influence|importance|assessment|landmarks)\b`)

// sideSection reports a question asked from such a section.
func sideSection(c *candidate) bool {
	return !c.Entry && (reFabricHeading.MatchString(c.Sent.Section) && !reStoryHeading.MatchString(c.Sent.Section) || reTriviaHeading.MatchString(c.Sent.Section) ||
		reExamplesHeading.MatchString(c.Sent.Section) && len(sentenceYears(c.Sent.Q)) > 0 ||
		reWeighingHeading.MatchString(c.Sent.Section) && c.Sent.Art.reference())
}

// reference reports an article that mostly names and dates a thing: not a
// life, not a guide to a work.
func (a *article) reference() bool {
	return a != nil && a.specifics > 0.5 && !a.life() && !workKinds[a.Kind]
}

// A list that walks through a building floor by floor ("Ground floor:
// entrance hall and dining room", "Attic: servants' bedrooms") describes
// its layout too: its labels are places in the building, not terms, and
// "Which term is this?" of the rooms on a floor asks for a guess.
var reLayoutLabel = regexp.MustCompile(`(?i)^(?:[\p{L}-]+ )?(?:floor|storey|basement|attic|cellar|loft|garret)$`)

// layoutLabel reports such a label.
func layoutLabel(term string) bool {
	return reLayoutLabel.MatchString(term)
}
