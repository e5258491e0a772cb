package questions

import "regexp"

// The year a life's subject started at a school or university ("In what
// year was Maxwell sent to the Edinburgh Academy?", "... enter the
// University of Copenhagen to study physics?") is a side date: read blind
// in sets 30 to 40, none of twelve such questions was usable, while the
// year of the degree, the post or the discovery that followed was. The
// same sentence as a statement ("In 1776 Wilberforce went up to St John's
// College") tests the same date, so the sentence is not asked at all.
var (
	reSchoolStart = regexp.MustCompile(`(?i)\b(?:entered|enters|enter|enrolled|enrols|enrolls|enrol|enroll|matriculated|matriculates|(?:was|were|is) sent to|went up to|goes up to|go up to|won a place|win a place|sat the entrance|sit the entrance|(?:began|started|begin|start) (?:his|her|their) studies|(?:began|started|begin|start) (?:studying|to study)|started school|began school|was admitted to)\b`)
	reSchool      = regexp.MustCompile(`(?i)\b(?:university|universities|college|school|academy|gymnasium|lyceum|seminary|polytechnic|conservatory|conservatoire|institute|normale)\b`)
)

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
