// Package questions turns source texts into quiz questions: clean, segment,
// annotate, generate candidates, pick distractors, rank and gate. It knows
// nothing of chats or SQL.
package questions

import "quizbot/quiz"

// Source is one text to generate from.
type Source struct {
	Name string // file name or other label, used when the text has no title
	Text string
}

// Generate returns the ranked questions for the sources. Distractors may be
// drawn from every source, so related texts are best generated together.
func Generate(srcs []Source) ([]quiz.Question, error) {
	return generateFirst(srcs)
}
