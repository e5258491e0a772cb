package questions

import (
	"math"
	"regexp"
	"strings"
	"unicode/utf8"
)

// The ranker scores a candidate from interpretable features of its answer
// and its sentence, with weights fitted on questions that teachers judged
// blind (testdata/judged, fitted by TestFitRanker). Every feature is a
// number near 0..1 so the weights can be read and compared. The kind of
// question is left out on purpose: fitted with it, the ranker let through
// mostly true statements (the kind judged best), and a quiz of statements
// that are nearly all true is answered "True" without reading. The hand
// score chooses a sentence's kind; the ranker says whether its fact is
// worth asking at all.

// featureNames name the features in order; the fitted weights file uses
// the same names, so a feature added here has weight 0 until refitted.
var featureNames = []string{
	"bias",
	"ans_time", "ans_number", "ans_person", "ans_place", "ans_org_event", "ans_concept", "ans_other",
	"sent_words", "sent_long", "stem_chars",
	"resolved", "hedge", "negation", "quote",
	"lead", "doc_pos",
	"wh", "ans_mentions", "entry", "term_named",
	"figures", "gap_first", "opens_the",
	"spans", "same_doc", "ans_words", "main_in_sent", "has_section", "hand",
	"kin", "casualty",
	"centrality", "para_first", "doc_frac", "leans_soft",
}

var (
	reKin = regexp.MustCompile(`(?i)\b(?:mother|father|daughter|son|wife|husband|grandson|granddaughter|grandfather|grandmother|cousin|nephew|niece|uncle|aunt|in-law|brother|sister|widow|married)\b`)
	// Words that often, not always, lean on what came before.
	reLeansSoft = regexp.MustCompile(`(?i)^(?:the|this|its|each|other|some|such|one)\b|\b(?:you|your|the whole|the rest|the resulting|the remaining)\b`)
	reCasualty  = regexp.MustCompile(`(?i)\b(?:killed|wounded|dead|died|lost|casualties|losses|loss of)\b`)
)

// features returns the candidate's feature vector, in featureNames order.
func features(c *candidate) []float64 {
	f := make([]float64, len(featureNames))
	set := func(name string, v float64) {
		for i, n := range featureNames {
			if n == name {
				f[i] = v
				return
			}
		}
		panic("unknown feature " + name)
	}
	b := func(x bool) float64 {
		if x {
			return 1
		}
		return 0
	}
	s := c.Sent
	set("bias", 1)
	set("entry", b(c.Entry))
	set("stem_chars", math.Min(2, float64(utf8.RuneCountInString(c.Q.Stem))/200))
	set("has_section", b(s.Section != ""))
	set("hand", handScore(c))
	if c.Entry {
		set("ans_concept", 1)
		set("term_named", 1)
		return f
	}
	switch c.Span.Type {
	case tYear, tDate, tMonth:
		set("ans_time", 1)
	case tNumber:
		set("ans_number", 1)
	case tPerson:
		set("ans_person", 1)
	case tPlace:
		set("ans_place", 1)
	case tOrg, tEvent:
		set("ans_org_event", 1)
	case tConcept:
		set("ans_concept", 1)
	default:
		set("ans_other", 1)
	}
	words := 0
	for _, t := range s.Q {
		if isWord(t.Text) {
			words++
		}
	}
	text := join(s.Q)
	set("sent_words", math.Min(2, float64(words)/30))
	set("sent_long", b(words > 35))
	set("resolved", b(s.Resolved))
	set("hedge", b(reHedge.MatchString(text)))
	set("negation", b(reNegation.MatchString(text)))
	set("quote", b(strings.Contains(text, `"`)))
	set("lead", b(s.Pos < 3))
	set("doc_pos", math.Min(1, float64(s.Pos)/60))
	set("wh", b(c.Wh))
	if c.Span.I >= 0 && c.Span.Text != "" {
		set("ans_mentions", math.Log1p(float64(strings.Count(s.Art.lower(), strings.ToLower(c.Span.Text))))/3)
		set("ans_words", math.Min(1, float64(len(strings.Fields(c.Span.Text))-1)/3))
		set("gap_first", b(c.Span.I == 0))
		set("term_named", b(c.Span.Type == tConcept && (naming(s.Q, c.Span.I) || defines(s.Q, c.Span))))
	}
	set("figures", math.Min(1, float64(figures(s.Q))/4))
	set("opens_the", b(len(s.Q) > 0 && s.Q[0].Text == "The"))
	set("spans", math.Min(1, float64(len(s.Spans))/5))
	set("same_doc", float64(c.SameDoc)/3)
	main := false
	if s.Art.Ent != nil {
		for _, n := range names(s.Q) {
			if s.Art.Ent.isMain(n.Text) {
				main = true
				break
			}
		}
	}
	set("main_in_sent", b(main))
	set("kin", b(reKin.MatchString(text)))
	set("casualty", b(c.Span.Type == tNumber && reCasualty.MatchString(text)))
	set("centrality", math.Min(2, centrality(s))/2)
	set("para_first", b(s.First))
	if s.Art.sentences > 0 {
		set("doc_frac", float64(s.Pos)/float64(s.Art.sentences))
	}
	set("leans_soft", b(reLeansSoft.MatchString(text)))
	return f
}
