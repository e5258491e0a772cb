package questions

import (
	"regexp"
	"strconv"
	"strings"
)

// reLifespan is a life's years as a biography's first paragraph gives
// them: "Srinivasa Ramanujan (1887–1920)", "(born 1815 – died 1852)".
var reLifespan = regexp.MustCompile(`\((?:[^()]*?\D)?(\d{3,4})\s*[–—-]\s*[^()]*?\b(\d{3,4})\)`)

// lifespan returns the years of birth and death of the article's subject
// when its first paragraph gives them in brackets, as biographies do.
func (a *article) lifespan() (born, died int, ok bool) {
	if len(a.Paras) == 0 || a.Main == "" {
		return 0, 0, false
	}
	m := reLifespan.FindStringSubmatch(a.Paras[0].Text)
	if m == nil {
		return 0, 0, false
	}
	born, _ = strconv.Atoi(m[1])
	died, _ = strconv.Atoi(m[2])
	if died-born < 10 || died-born > 110 {
		return 0, 0, false // a reign or a war, not a life
	}
	return born, died, true
}

// aboutMain reports whether a sentence names the article's subject by one
// of the words of its name.
func (a *article) aboutMain(q []tok) bool {
	for _, w := range strings.Fields(a.Main) {
		if len(w) < 3 {
			continue
		}
		for _, t := range q {
			if t.Text == w {
				return true
			}
		}
	}
	return false
}
