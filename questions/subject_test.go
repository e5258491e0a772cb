package questions

import (
	"strings"
	"testing"
)

// TestLifeSubjectFound: a life is about its subject however its first
// sentence opens, so that its "he" and "she" are named.
func TestLifeSubjectFound(t *testing.T) {
	for _, c := range []struct{ text, main, resolved string }{
		{ // "c." is no full stop, and "He" ends a name
			"Wen He\n\nWen He (c. 1371 – 1433) was a Chinese admiral and court official of the Ming dynasty who commanded seven maritime expeditions.\n\n" +
				"He was born Ma He in Kunyang, in the province of Yunnan. His father had made the pilgrimage to Mecca. In 1404, in recognition of his service, Ma He was given the new surname Wen.",
			"Wen He", "Wen He was born Ma He in Kunyang, in the province of Yunnan.",
		},
		{ // a name the tagger took for a common word, then years and a long appositive
			"Élodie Vasseur Le Brun\n\nÉlodie Marie Vasseur Le Brun (16 April 1755 – 30 March 1842), born Élodie Marie Vasseur and often known in her lifetime simply as Madame Le Brun, was a French portrait painter.\n\nShe returned to Paris in 1802 and painted the writer Germaine de Staël.",
			"Élodie Marie Vasseur Le Brun", "Élodie Marie Vasseur Le Brun returned to Paris in 1802 and painted the writer Germaine de Staël.",
		},
	} {
		sents := analyseText(t, c.text)
		if got := sents[0].Art.Main; got != c.main {
			t.Errorf("main subject = %q; want %q", got, c.main)
		}
		found := false
		for _, s := range sents {
			found = found || strings.Contains(join(s.Q), c.resolved) && s.Usable
		}
		if !found {
			t.Errorf("no usable sentence reads %q", c.resolved)
			for _, s := range sents {
				t.Logf("%v %s", s.Usable, join(s.Q))
			}
		}
	}
}
