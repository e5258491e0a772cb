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
// after the span, at any of its mentions, or "".
func quotedGloss(text string, sp span) string {
	for rest := text; sp.Text != ""; {
		i := strings.Index(rest, sp.Text)
		if i < 0 {
			return ""
		}
		rest = rest[i+len(sp.Text):]
		if m := reQuotedGloss.FindStringSubmatch(rest); m != nil && len(strings.Fields(m[1])) <= 5 {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}
