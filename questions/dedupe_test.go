package questions

import (
	"strings"
	"testing"
)

// TestSameSentenceInTwoSources: a sentence two sources tell almost alike
// is asked once, whatever the kind of each question: a gap on its year
// beside a true/false twin of the same year gives both away.
func TestSameSentenceInTwoSources(t *testing.T) {
	a := "Chingunjav\n\nChingünjav was a Khalkha prince who rose against the Qing in 1756. " +
		"Before dealing with Amursana, the majority of Qianlong's forces were reassigned to ensure stability in Khalka until Chingünjav's army was crushed by the Qing in a ferocius battle in January 1757."
	b := "Chingunjav's revolt\n\nThe revolt of Chingünjav in 1756 spread across Khalka. " +
		"Before dealing with Amursana, the majority of Qianlong's forces were reassigned to ensure stability in Khalka until Chingünjav's army was crushed by the Qing in a ferocious battle near Lake Khövsgöl in January, 1757."
	// Whether the fitted ranker would ask the sentence at all is not what
	// this tests.
	bar := ranker.Threshold
	ranker.Threshold = 0
	defer func() { ranker.Threshold = bar }()
	qs, err := Generate([]Source{{Name: "a.txt", Text: a}, {Name: "b.txt", Text: b}})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, q := range qs {
		if strings.Contains(q.Explanation, "majority of Qianlong's forces") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the sentence both sources tell is asked %d times; want once", n)
	}
}
