package questions

import (
	"regexp"
	"strings"
)

// A name the text translates in brackets, "the Anji Bridge ("Safe Crossing
// Bridge")", is rightly answered with its translation too: the student
// who learnt the bridge as the Safe Crossing Bridge knows it.

// reQuotedGloss is a bracket holding only a short quoted phrase.
var reQuotedGloss = regexp.MustCompile(`^\s*\(\s*["“'‘]([\p{L}][\p{L}' -]{1,60}?)["”'’]\s*\)`)

// quotedGloss returns the translation the text gives in brackets right
// after the span, or "".
func quotedGloss(text string, sp span) string {
	i := strings.Index(text, sp.Text)
	if i < 0 {
		return ""
	}
	m := reQuotedGloss.FindStringSubmatch(text[i+len(sp.Text):])
	if m == nil || len(strings.Fields(m[1])) > 5 {
		return ""
	}
	return strings.TrimSpace(m[1])
}
