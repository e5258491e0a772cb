package questions

import "regexp"

// A reference article tells what its subject is and did, then describes
// its fabric: how it was built, how it is laid out, where it stands, what
// it looks like today. Read blind (the encyclopedia sets of rounds 40 to
// 108), questions from the sections under such headings ("Construction",
// "Architecture", "Design and construction", "Location and setting",
// "Layout", "The site today") were usable 54 times in 136 (40 %), those
// from the other sections 61 %: the fabric's figures, materials and
// neighbours are what a teacher calls side details. Texts of other kinds
// rarely head a section so (18 questions, 9 usable).

// reFabricHeading is a heading over the description of a thing's fabric.
var reFabricHeading = regexp.MustCompile(`(?i)\b(?:construction|architecture|design|layout|location|description|features|interior|exterior|site|today|conservation|visiting|tourism|buildings?|plan|materials|dimensions|engineering|preservation|restoration|access|grounds|gardens|collections?|monuments)\b`)

// A text for children often gathers its odds and ends under "Fun facts"
// or "Did you know?": read blind, 8 of 22 such questions were usable.
var reTriviaHeading = regexp.MustCompile(`(?i)\bfun\b.*\bfacts?\b|\bdid you know\b|\btrivia\b|\b(?:amazing|quick|strange|weird) facts?\b`)

// sideSection reports a question asked from such a section.
func sideSection(c *candidate) bool {
	return !c.Entry && (reFabricHeading.MatchString(c.Sent.Section) || reTriviaHeading.MatchString(c.Sent.Section))
}
