package bank

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"quizbot/quiz"
)

// Moodle XML is Moodle's own question bank format
// (https://docs.moodle.org/en/Moodle_XML_format), what "Export questions"
// writes by default. What quizbot makes of it:
//
//   - category: the Topic of the questions that follow, the last part of
//     its path (as GIFT's $CATEGORY).
//   - multichoice with <single>true</single>: multiple_choice; answers with
//     fraction 100 are right (several: either counts), fraction 0 or less
//     wrong. Partial credit, and <single>false</single> (tick several
//     answers), are refused by name: a student picking one option would be
//     marked wrongly.
//   - truefalse: true_false. shortanswer: short_answer (fill_blank when the
//     text shows a gap "_____"), every fully right answer accepted.
//   - numerical: a typed question with the answer's tolerance; units are
//     not kept (the answer is the number).
//   - description questions carry no question and are skipped; essay,
//     matching, cloze, calculated, drag and drop ... are refused by name.
//   - the general feedback becomes the Explanation; HTML text has its tags
//     removed; embedded files are dropped.
//
// Errors name the line of the <question> at fault.

type moodleText struct {
	Format string `xml:"format,attr"`
	Text   string `xml:"text"`
}

type moodleAnswer struct {
	Fraction  string     `xml:"fraction,attr"`
	Format    string     `xml:"format,attr"`
	Text      string     `xml:"text"`
	Feedback  moodleText `xml:"feedback"`
	Tolerance string     `xml:"tolerance"`
}

type moodleQuestion struct {
	Type      string         `xml:"type,attr"`
	Category  moodleText     `xml:"category"`
	Name      moodleText     `xml:"name"`
	Text      moodleText     `xml:"questiontext"`
	Feedback  moodleText     `xml:"generalfeedback"`
	Single    string         `xml:"single"`
	IDNumber  string         `xml:"idnumber"`
	Answers   []moodleAnswer `xml:"answer"`
	TimeLimit string         `xml:"timelimit"` // not Moodle's: quizbot's own, read back from its exports
}

func parseMoodle(data []byte) ([]quiz.Question, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var qs []quiz.Question
	topic := ""
	sawQuiz := false
	for {
		line, _ := dec.InputPos()
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, invalid(lineOf(dec), "the XML cannot be read: %s", xmlReason(err))
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch start.Name.Local {
		case "quiz":
			sawQuiz = true
			continue
		case "question":
		default:
			if !sawQuiz {
				return nil, invalid(line, "this is not a Moodle XML question bank: it starts with <%s>, not <quiz>", start.Name.Local)
			}
			continue
		}
		line, _ = dec.InputPos()
		var mq moodleQuestion
		if err := dec.DecodeElement(&mq, &start); err != nil {
			return nil, invalid(lineOf(dec), "the XML cannot be read: %s", xmlReason(err))
		}
		if mq.Type == "category" {
			topic = category(strings.TrimSuffix(moodleClean(mq.Category), "/"))
			if topic == "top" || topic == "$course$" || topic == "$system$" {
				topic = "" // the root of a bank names no subject
			}
			continue
		}
		q, skip, err := moodleQuestionOf(mq, line)
		if err != nil {
			return nil, err
		}
		if skip {
			continue
		}
		q.Topic = topic
		qs = append(qs, q)
	}
	if !sawQuiz {
		return nil, invalid(1, "this is not a Moodle XML question bank (no <quiz> element)")
	}
	return qs, nil
}

func lineOf(dec *xml.Decoder) int {
	l, _ := dec.InputPos()
	return l
}

// xmlReason is encoding/xml's message without its "XML syntax error on
// line N:" prefix, which invalid already says.
func xmlReason(err error) string {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return se.Msg
	}
	return "it is not well-formed"
}

// moodleClean is a text as a question shows it: HTML tags removed where the
// format is HTML, entities resolved, white space collapsed.
func moodleClean(t moodleText) string {
	s := t.Text
	if t.Format == "" || t.Format == "html" || t.Format == "moodle_auto_format" {
		s = htmlTag.ReplaceAllString(s, " ")
	}
	return collapse(html.UnescapeString(s))
}

func moodleQuestionOf(mq moodleQuestion, line int) (q quiz.Question, skip bool, err error) {
	name := moodleClean(mq.Name)
	if name == "" {
		name = short(moodleClean(mq.Text))
	}
	q.Stem = moodleClean(mq.Text)
	q.Explanation = moodleClean(mq.Feedback)
	q.Ref = moodleClean(mq.Name)
	if n, err := strconv.Atoi(strings.TrimSpace(mq.TimeLimit)); err == nil && n > 0 {
		q.TimeLimit = n
	}
	var right, wrong []moodleAnswer
	for _, a := range mq.Answers {
		f, err := strconv.ParseFloat(strings.TrimSpace(a.Fraction), 64)
		if err != nil {
			return q, false, refused(name, line, "an answer's fraction %q is not a number", a.Fraction)
		}
		switch {
		case f >= 99.99:
			right = append(right, a)
		case f <= 0:
			wrong = append(wrong, a)
		default:
			return q, false, refused(name, line, "partial credit (%s%%) is not supported; mark each answer fully right (100) or wrong (0)", a.Fraction)
		}
	}
	switch mq.Type {
	case "description":
		return q, true, nil
	case "multichoice":
		if strings.TrimSpace(mq.Single) == "false" || strings.TrimSpace(mq.Single) == "0" {
			return q, false, refused(name, line, "a question where several answers are to be ticked; quizbot asks for one (set \"One answer only\")")
		}
		if len(mq.Answers) > 5 {
			return q, false, refused(name, line, "a multiple-choice question with %d options; quizbot shows at most 5", len(mq.Answers))
		}
		q.Kind = quiz.MultipleChoice
		for _, a := range mq.Answers {
			q.Options = append(q.Options, moodleClean(moodleText{a.Format, a.Text}))
		}
		if len(right) > 0 {
			q.Answer = moodleClean(moodleText{right[0].Format, right[0].Text})
			for _, a := range right[1:] {
				q.Aliases = append(q.Aliases, moodleClean(moodleText{a.Format, a.Text}))
			}
		}
		if q.Explanation == "" && len(right) > 0 {
			q.Explanation = moodleClean(right[0].Feedback)
		}
	case "truefalse":
		q.Kind, q.Options = quiz.TrueFalse, []string{"True", "False"}
		if len(right) == 1 {
			switch strings.ToLower(strings.TrimSpace(right[0].Text)) {
			case "true":
				q.Answer = "True"
			case "false":
				q.Answer = "False"
			}
		}
		if q.Answer == "" {
			return q, false, invalid(line, "question %q: a true/false question needs one of true and false marked right", name)
		}
		if q.Explanation == "" {
			q.Explanation = moodleClean(right[0].Feedback)
		}
	case "shortanswer", "numerical":
		if len(right) == 0 {
			return q, false, invalid(line, "question %q has no right answer (fraction 100)", name)
		}
		q.Kind = quiz.ShortAnswer
		if strings.Contains(q.Stem, quiz.Blank) {
			q.Kind = quiz.FillBlank
		}
		for i, a := range right {
			text := collapse(html.UnescapeString(a.Text))
			if mq.Type == "numerical" {
				v, err := strconv.ParseFloat(text, 64)
				if err != nil {
					return q, false, invalid(line, "question %q: the answer %q is not a number", name, text)
				}
				text = formatNumber(v)
				if i == 0 && strings.TrimSpace(a.Tolerance) != "" {
					tol, err := strconv.ParseFloat(strings.TrimSpace(a.Tolerance), 64)
					if err != nil || tol < 0 {
						return q, false, invalid(line, "question %q: the tolerance %q is not a number of 0 or more", name, a.Tolerance)
					}
					q.Tolerance = tol
				}
			}
			if i == 0 {
				q.Answer = text
			} else if text != q.Answer && !contains(q.Aliases, text) {
				q.Aliases = append(q.Aliases, text)
			}
		}
		if q.Explanation == "" {
			q.Explanation = moodleClean(right[0].Feedback)
		}
	case "essay", "matching", "ddmatch", "randomsamatch", "cloze", "multianswer", "calculated", "calculatedsimple",
		"calculatedmulti", "ddwtos", "gapselect", "ddimageortext", "ddmarker", "ordering":
		return q, false, refused(name, line, "%s questions cannot be asked in a chat; leave them out of the export", moodleKindName(mq.Type))
	default:
		return q, false, refused(name, line, "the Moodle question type %q is not one quizbot asks", mq.Type)
	}
	return q, false, finish(&q, line)
}

func moodleKindName(t string) string {
	switch t {
	case "essay":
		return "essay"
	case "matching", "ddmatch", "randomsamatch":
		return "matching"
	case "cloze", "multianswer":
		return "embedded answer (cloze)"
	case "calculated", "calculatedsimple", "calculatedmulti":
		return "calculated"
	}
	return "drag and drop or ordering"
}

// writeMoodle writes what parseMoodle reads back, and Moodle imports:
// a category per topic, each question with its name (the id), text,
// general feedback and answers with fractions 100 or 0.
func writeMoodle(w *bufio.Writer, qs []quiz.Question) error {
	w.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Question bank exported by quizbot. Format: https://docs.moodle.org/en/Moodle_XML_format -->\n<quiz>\n")
	topic := "\x00"
	for i := range qs {
		q := &qs[i]
		if t := collapse(q.Topic); t != topic {
			topic = t
			path := "$course$/top"
			if t != "" {
				path += "/" + strings.ReplaceAll(t, "/", "-")
			}
			w.WriteString("  <question type=\"category\">\n    <category><text>" + xmlEscape(path) + "</text></category>\n  </question>\n")
		}
		typ := map[quiz.Kind]string{quiz.MultipleChoice: "multichoice", quiz.TrueFalse: "truefalse",
			quiz.FillBlank: "shortanswer", quiz.ShortAnswer: "shortanswer"}[q.Kind]
		if q.Tolerance > 0 {
			typ = "numerical"
		}
		fmt.Fprintf(w, "  <question type=%q>\n", typ)
		w.WriteString("    <name><text>" + xmlEscape(q.ID) + "</text></name>\n")
		w.WriteString("    <questiontext format=\"plain_text\"><text>" + xmlEscape(collapse(q.Stem)) + "</text></questiontext>\n")
		w.WriteString("    <generalfeedback format=\"plain_text\"><text>" + xmlEscape(collapse(q.Explanation)) + "</text></generalfeedback>\n")
		w.WriteString("    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n")
		if q.TimeLimit > 0 {
			fmt.Fprintf(w, "    <timelimit>%d</timelimit>\n", q.TimeLimit)
		}
		answer := func(text string, right bool, extra string) {
			f := "0"
			if right {
				f = "100"
			}
			fmt.Fprintf(w, "    <answer fraction=%q format=\"plain_text\"><text>%s</text>%s<feedback format=\"plain_text\"><text></text></feedback></answer>\n", f, xmlEscape(collapse(text)), extra)
		}
		switch {
		case q.Kind == quiz.MultipleChoice:
			w.WriteString("    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n")
			for k, o := range q.Options {
				answer(o, q.RightOption(k), "")
			}
		case q.Kind == quiz.TrueFalse:
			answer("true", q.Answer == "True", "")
			answer("false", q.Answer == "False", "")
		case q.Tolerance > 0:
			answer(q.Answer, true, "<tolerance>"+quiz.FormatNumber(q.Tolerance)+"</tolerance>")
			for _, a := range q.Aliases {
				answer(a, true, "<tolerance>0</tolerance>")
			}
		default:
			w.WriteString("    <usecase>0</usecase>\n")
			answer(q.Answer, true, "")
			for _, a := range q.Aliases {
				answer(a, true, "")
			}
		}
		w.WriteString("  </question>\n")
	}
	w.WriteString("</quiz>\n")
	return nil
}

func xmlEscape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
