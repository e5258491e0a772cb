package bank

import (
	"bufio"
	"strings"
	"unicode"

	"quizbot/quiz"
)

// writeGIFT writes every kind so that parseGIFT gives it back: the id as the
// title (useful in Moodle, ignored on import), the Topic as $CATEGORY, the
// Explanation as general feedback (####), and a stem's gap as the place of
// the braces when text follows it (Moodle's missing word). A "/" in a topic
// is written as "-", since $CATEGORY reads it as a path.
func writeGIFT(w *bufio.Writer, qs []quiz.Question) error {
	w.WriteString("// Question bank exported by quizbot. Format: https://docs.moodle.org/en/GIFT_format\n")
	topic := ""
	for i := range qs {
		q := &qs[i]
		if t := collapse(q.Topic); t != topic {
			// A topic-less question after a topic'd one needs the empty
			// category, or it would join the topic above it on import.
			w.WriteString("\n$CATEGORY: " + strings.ReplaceAll(t, "/", "-") + "\n")
			topic = t
		}
		w.WriteString("\n::" + giftEscape(q.ID) + ":: ")
		before, after := q.Stem, ""
		if (q.Kind == quiz.FillBlank || q.Kind == quiz.MultipleChoice) && strings.Contains(q.Stem, quiz.Blank) {
			b, a, _ := strings.Cut(q.Stem, quiz.Blank)
			if strings.TrimSpace(a) != "" {
				before, after = b, a
			}
		}
		w.WriteString(giftEscape(before))
		// The spaces around a gap are part of the stem: "of _____ tribes".
		if after == "" || strings.TrimSpace(before) != "" && endsInSpace(before) {
			w.WriteString(" ")
		}
		w.WriteString("{")
		switch q.Kind {
		case quiz.TrueFalse:
			w.WriteString(strings.ToUpper(q.Answer))
		case quiz.MultipleChoice:
			for i, o := range q.Options {
				mark := "~"
				if q.RightOption(i) {
					mark = "="
				}
				w.WriteString("\n\t" + mark + giftEscape(o))
			}
			w.WriteString("\n")
		case quiz.FillBlank, quiz.ShortAnswer:
			if q.Tolerance > 0 {
				// Numerical: GIFT's own form keeps the tolerance.
				w.WriteString("#=" + giftEscape(q.Answer) + ":" + quiz.FormatNumber(q.Tolerance))
				for _, a := range q.Aliases {
					w.WriteString(" =" + giftEscape(a))
				}
				break
			}
			w.WriteString("=" + giftEscape(q.Answer))
			for _, a := range q.Aliases {
				w.WriteString(" =" + giftEscape(a))
			}
		}
		if e := collapse(q.Explanation); e != "" {
			if q.Kind == quiz.MultipleChoice {
				w.WriteString("\t")
			}
			w.WriteString("####" + giftEscape(e))
			if q.Kind == quiz.MultipleChoice {
				w.WriteString("\n")
			}
		}
		w.WriteString("}")
		if startsWithSpace(after) {
			w.WriteString(" ")
		}
		w.WriteString(giftEscape(after) + "\n")
	}
	return nil
}

var giftEscaper = strings.NewReplacer(`\`, `\\`, `~`, `\~`, `=`, `\=`, `#`, `\#`, `{`, `\{`, `}`, `\}`, `:`, `\:`)

// giftEscape escapes GIFT's special characters and puts the text on one line
// (a line break could end the question, a line starting with // is a comment).
func giftEscape(s string) string { return giftEscaper.Replace(collapse(s)) }

func endsInSpace(s string) bool {
	return s != "" && strings.TrimRightFunc(s, unicode.IsSpace) != s
}

func startsWithSpace(s string) bool {
	return s != "" && strings.TrimLeftFunc(s, unicode.IsSpace) != s
}
