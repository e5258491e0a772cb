package questions

import (
	"regexp"
	"strings"
)

// The year a life's subject started at a school or university ("In what
// year was Maxwell sent to the Edinburgh Academy?", "... enter the
// University of Copenhagen to study physics?") is a side date: read blind
// in sets 30 to 40, none of twelve such questions was usable, while the
// year of the degree, the post or the discovery that followed was. The
// same sentence as a statement ("In 1776 Wilberforce went up to St John's
// College") tests the same date, so the sentence is not asked at all.
var (
	reSchoolStart = regexp.MustCompile(`(?i)\b(?:entered|enters|enter|enrolled|enrols|enrolls|enrol|enroll|matriculated|matriculates|(?:was|were|is) sent to|went up to|goes up to|go up to|won a place|win a place|sat the entrance|sit the entrance|(?:began|started|begin|start) (?:his|her|their) studies|(?:began|started|begin|start) (?:studying|to study)|started school|began school|was admitted to)\b`)
	reSchool      = regexp.MustCompile(`(?i)\b(?:university|universities|college|collège|school|schools|academy|gymnasium|lyceum|seminary|polytechnic|conservatory|conservatoire|institute|normale)\b`)
	reAttended    = regexp.MustCompile(`(?i)\b(?:attended|attends|went to|goes to|(?:was|is|were) (?:educated at|sent to)) (?:[\pL'’.-]+ ){0,5}(?:schools?|academy|gymnasium|lyceum|collège|seminary)\b`)
)

// schoolAttended reports a sentence of a life that says which school a
// person went to ("Joseph attended Quaker schools at Hitchin", "From 1754
// Lavoisier attended the Collège des Quatre-Nations", "Marshall was sent to
// Merchant Taylors' School"): asked with or without its date, a side
// detail of the childhood. Read blind, usable once in seven ("was sent
// to": once in three); the universities where the work began stay. The one
// who went is named or "he" or "she", not "most children" of a lesson.
func schoolAttended(s *sentence) bool {
	if !s.Art.life() {
		return false
	}
	text := join(s.Q)
	at := reAttended.FindStringIndex(text)
	if at == nil {
		return false
	}
	f := strings.Fields(text[:at[0]])
	if len(f) == 0 {
		return false
	}
	who := f[len(f)-1]
	return who == "he" || who == "she" || capitalized(who) && who != "They"
}

// schoolStart reports a sentence of a life that dates a start at a school.
func schoolStart(s *sentence) bool {
	if s.Art.MainType != tPerson {
		return false
	}
	text := join(s.Q)
	if !reSchoolStart.MatchString(text) || !reSchool.MatchString(text) {
		return false
	}
	for _, sp := range s.Spans {
		switch sp.Type {
		case tYear, tDate, tMonth:
			return true
		}
	}
	return false
}
