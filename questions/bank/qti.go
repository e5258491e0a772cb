package bank

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"path"
	"strconv"
	"strings"

	"quizbot/quiz"
)

// QTI 1.2 as Canvas reads and writes it: a zip with imsmanifest.xml and one
// assessment (questestinterop > assessment > section > item), each item
// typed by the question_type field of its metadata. quizbot writes
// multiple_choice_question, true_false_question, short_answer_question
// (fill in the blank) and numerical_question (an exact answer with a
// margin); Canvas's multiple choice has one right answer, so a question
// with several is left out with a word. The import reads such packages, a
// bare assessment file, or a Canvas item bank (objectbank); other Canvas
// types (essay, matching, multiple answers, ...) are refused by name.

const qtiNS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"

// qtiLacks says why Canvas would not take q as quizbot means it, or "".
func qtiLacks(q *quiz.Question) string {
	if q.Kind.Choice() && len(q.Aliases) > 0 {
		return "several right answers"
	}
	return ""
}

func writeQTI(w *bufio.Writer, qs []quiz.Question) error {
	id := "quizbot_" + quiz.QuestionID("qti", fmt.Sprint(len(qs)), "", idsOf(qs))
	var a bytes.Buffer
	a.WriteString(xml.Header)
	fmt.Fprintf(&a, "<questestinterop xmlns=%q>\n  <assessment ident=%q title=\"quizbot\">\n", qtiNS, id)
	a.WriteString("    <qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield></qtimetadata>\n")
	a.WriteString("    <section ident=\"root_section\">\n")
	for i := range qs {
		writeQTIItem(&a, &qs[i])
	}
	a.WriteString("    </section>\n  </assessment>\n</questestinterop>\n")

	z := zip.NewWriter(w)
	mf, err := z.Create("imsmanifest.xml")
	if err != nil {
		return err
	}
	fmt.Fprintf(mf, `%s<manifest identifier="%s_manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">
  <metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>
  <organizations/>
  <resources>
    <resource identifier="%s" type="imsqti_xmlv1p2">
      <file href="%s/%s.xml"/>
    </resource>
  </resources>
</manifest>
`, xml.Header, id, id, id, id)
	af, err := z.Create(id + "/" + id + ".xml")
	if err != nil {
		return err
	}
	if _, err := af.Write(a.Bytes()); err != nil {
		return err
	}
	return z.Close()
}

func idsOf(qs []quiz.Question) []string {
	ids := make([]string, len(qs))
	for i := range qs {
		ids[i] = qs[i].ID
	}
	return ids
}

func writeQTIItem(b *bytes.Buffer, q *quiz.Question) {
	typ := map[quiz.Kind]string{quiz.MultipleChoice: "multiple_choice_question", quiz.TrueFalse: "true_false_question",
		quiz.FillBlank: "short_answer_question", quiz.ShortAnswer: "short_answer_question"}[q.Kind]
	if q.Tolerance > 0 {
		typ = "numerical_question"
	}
	fmt.Fprintf(b, "      <item ident=%q title=%q>\n", "q_"+q.ID, q.ID)
	fmt.Fprintf(b, "        <itemmetadata><qtimetadata>\n          <qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>%s</fieldentry></qtimetadatafield>\n", typ)
	b.WriteString("          <qtimetadatafield><fieldlabel>points_possible</fieldlabel><fieldentry>1.0</fieldentry></qtimetadatafield>\n        </qtimetadata></itemmetadata>\n")
	b.WriteString("        <presentation>\n          <material><mattext texttype=\"text/plain\">" + xmlEscape(collapse(q.Stem)) + "</mattext></material>\n")
	var right []string // the conditions of a right answer
	switch {
	case q.Kind.Choice():
		b.WriteString("          <response_lid ident=\"response1\" rcardinality=\"Single\"><render_choice>\n")
		for k, o := range q.Options {
			ident := strconv.Itoa(1000 + k)
			fmt.Fprintf(b, "            <response_label ident=%q><material><mattext texttype=\"text/plain\">%s</mattext></material></response_label>\n", ident, xmlEscape(collapse(o)))
			if q.RightOption(k) {
				right = append(right, "<varequal respident=\"response1\">"+ident+"</varequal>")
			}
		}
		b.WriteString("          </render_choice></response_lid>\n")
	case q.Tolerance > 0:
		b.WriteString("          <response_str ident=\"response1\" rcardinality=\"Single\"><render_fib fibtype=\"Decimal\"><response_label ident=\"answer1\"/></render_fib></response_str>\n")
		v, _ := strconv.ParseFloat(q.Answer, 64)
		right = append(right, fmt.Sprintf("<or><varequal respident=\"response1\">%s</varequal><and><vargte respident=\"response1\">%s</vargte><varlte respident=\"response1\">%s</varlte></and></or>",
			xmlEscape(q.Answer), quiz.FormatNumber(v-q.Tolerance), quiz.FormatNumber(v+q.Tolerance)))
	default:
		b.WriteString("          <response_str ident=\"response1\" rcardinality=\"Single\"><render_fib><response_label ident=\"answer1\" rshuffle=\"No\"/></render_fib></response_str>\n")
		for _, a := range append([]string{q.Answer}, q.Aliases...) {
			right = append(right, "<varequal respident=\"response1\">"+xmlEscape(collapse(a))+"</varequal>")
		}
	}
	b.WriteString("        </presentation>\n        <resprocessing>\n          <outcomes><decvar maxvalue=\"100\" minvalue=\"0\" varname=\"SCORE\" vartype=\"Decimal\"/></outcomes>\n")
	if e := collapse(q.Explanation); e != "" {
		b.WriteString("          <respcondition continue=\"Yes\"><conditionvar><other/></conditionvar><displayfeedback feedbacktype=\"Response\" linkrefid=\"general_fb\"/></respcondition>\n")
	}
	for _, c := range right {
		b.WriteString("          <respcondition continue=\"No\"><conditionvar>" + c + "</conditionvar><setvar action=\"Set\" varname=\"SCORE\">100</setvar></respcondition>\n")
	}
	b.WriteString("        </resprocessing>\n")
	if e := collapse(q.Explanation); e != "" {
		b.WriteString("        <itemfeedback ident=\"general_fb\"><flow_mat><material><mattext texttype=\"text/plain\">" + xmlEscape(e) + "</mattext></material></flow_mat></itemfeedback>\n")
	}
	b.WriteString("      </item>\n")
}

// The parts of QTI 1.2 items that quizbot reads.
type qtiMattext struct {
	Type string `xml:"texttype,attr"`
	Text string `xml:",chardata"`
}

type qtiItem struct {
	Ident  string `xml:"ident,attr"`
	Title  string `xml:"title,attr"`
	Fields []struct {
		Label string `xml:"fieldlabel"`
		Entry string `xml:"fieldentry"`
	} `xml:"itemmetadata>qtimetadata>qtimetadatafield"`
	Stem    []qtiMattext `xml:"presentation>material>mattext"`
	Choices []struct {
		Ident string       `xml:"ident,attr"`
		Text  []qtiMattext `xml:"material>mattext"`
	} `xml:"presentation>response_lid>render_choice>response_label"`
	Conditions []struct {
		Equal []string `xml:"conditionvar>varequal"`
		GTE   []string `xml:"conditionvar>or>and>vargte"`
		LTE   []string `xml:"conditionvar>or>and>varlte"`
		OrEq  []string `xml:"conditionvar>or>varequal"`
		Score string   `xml:"setvar"`
	} `xml:"resprocessing>respcondition"`
	Feedback []struct {
		Ident string       `xml:"ident,attr"`
		Text  []qtiMattext `xml:"flow_mat>material>mattext"`
	} `xml:"itemfeedback"`
}

func (it *qtiItem) field(label string) string {
	for _, f := range it.Fields {
		if f.Label == label {
			return strings.TrimSpace(f.Entry)
		}
	}
	return ""
}

func qtiText(ms []qtiMattext) string {
	var parts []string
	for _, m := range ms {
		s := m.Text
		if m.Type == "text/html" {
			s = html.UnescapeString(htmlTag.ReplaceAllString(s, " "))
		}
		parts = append(parts, s)
	}
	return collapse(strings.Join(parts, " "))
}

// parseQTI reads a Canvas QTI package (zip) or a bare QTI 1.2 file.
func parseQTI(data []byte) ([]quiz.Question, error) {
	if !bytes.HasPrefix(data, []byte("PK")) {
		return parseQTIFile(data, "")
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, quiz.Errorf(quiz.EINVALID, "the QTI package is not a readable zip; is it damaged?")
	}
	var qs []quiz.Question
	found := false
	for _, f := range z.File {
		name := path.Base(f.Name)
		if !strings.HasSuffix(name, ".xml") || name == "imsmanifest.xml" || name == "assessment_meta.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, quiz.Errorf(quiz.EINVALID, "%s in the package cannot be read", f.Name)
		}
		b, err := io.ReadAll(io.LimitReader(rc, MaxSize+1))
		rc.Close()
		if err != nil {
			return nil, quiz.Errorf(quiz.EINVALID, "%s in the package cannot be read", f.Name)
		}
		if !bytes.Contains(b, []byte("questestinterop")) {
			continue
		}
		found = true
		more, err := parseQTIFile(b, f.Name+": ")
		if err != nil {
			return nil, err
		}
		qs = append(qs, more...)
	}
	if !found {
		return nil, quiz.Errorf(quiz.EINVALID, "the package holds no QTI 1.2 assessment (questestinterop); Canvas's classic quizzes export one")
	}
	return qs, nil
}

func parseQTIFile(data []byte, where string) ([]quiz.Question, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var qs []quiz.Question
	topic := ""
	seenRoot := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, quiz.Errorf(quiz.EINVALID, "%sline %d: the XML cannot be read: %s", where, lineOf(dec), xmlReason(err))
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch start.Name.Local {
		case "questestinterop":
			seenRoot = true
		case "assessment", "objectbank", "section":
			if t := attrValue(start, "title"); t != "" && start.Name.Local != "section" {
				topic = collapse(t)
			}
		case "item":
			line := lineOf(dec)
			var it qtiItem
			if err := dec.DecodeElement(&it, &start); err != nil {
				return nil, quiz.Errorf(quiz.EINVALID, "%sline %d: the XML cannot be read: %s", where, lineOf(dec), xmlReason(err))
			}
			q, err := qtiQuestion(&it, line)
			if err != nil {
				if where != "" {
					return nil, quiz.Errorf(quiz.EINVALID, "%s%s", where, quiz.ErrorMessage(err))
				}
				return nil, err
			}
			q.Topic = topic
			qs = append(qs, q)
		}
	}
	if !seenRoot {
		return nil, quiz.Errorf(quiz.EINVALID, "%sthis is not a QTI 1.2 file (no questestinterop element)", where)
	}
	return qs, nil
}

func attrValue(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func qtiQuestion(it *qtiItem, line int) (quiz.Question, error) {
	q := quiz.Question{Stem: qtiText(it.Stem), Ref: collapse(it.Title)}
	name := collapse(it.Title)
	if name == "" || name == "Question" {
		name = short(q.Stem)
	}
	for _, f := range it.Feedback {
		if t := qtiText(f.Text); t != "" && (f.Ident == "general_fb" || q.Explanation == "") {
			q.Explanation = t
		}
	}
	typ := it.field("question_type")
	var rightIdents, rightTexts []string
	lo, hi := "", ""
	for _, c := range it.Conditions {
		if s, err := strconv.ParseFloat(strings.TrimSpace(c.Score), 64); err != nil || s < 100 {
			if err == nil && s > 0 {
				return q, refused(name, line, "partial credit (%s%%) is not supported", strings.TrimSpace(c.Score))
			}
			continue
		}
		for _, e := range append(c.Equal, c.OrEq...) {
			rightIdents = append(rightIdents, strings.TrimSpace(e))
			rightTexts = append(rightTexts, collapse(e))
		}
		if len(c.GTE) > 0 && len(c.LTE) > 0 {
			lo, hi = strings.TrimSpace(c.GTE[0]), strings.TrimSpace(c.LTE[0])
		}
	}
	switch typ {
	case "multiple_choice_question", "true_false_question", "":
		if len(it.Choices) == 0 {
			return q, refused(name, line, "a question without choices of a type quizbot does not know (%q)", typ)
		}
		if len(it.Choices) > 5 {
			return q, refused(name, line, "a multiple-choice question with %d options; quizbot shows at most 5", len(it.Choices))
		}
		q.Kind = quiz.MultipleChoice
		for _, c := range it.Choices {
			text := qtiText(c.Text)
			q.Options = append(q.Options, text)
			for _, id := range rightIdents {
				if id == c.Ident {
					if q.Answer == "" {
						q.Answer = text
					} else if !contains(q.Aliases, text) {
						q.Aliases = append(q.Aliases, text)
					}
				}
			}
		}
		if q.Answer == "" {
			return q, invalid(line, "question %q has no right answer (a condition setting SCORE to 100)", name)
		}
		if typ == "true_false_question" && len(q.Options) == 2 && isTrueFalse(q.Options[0], q.Options[1]) {
			q.Kind, q.Answer = quiz.TrueFalse, map[bool]string{true: "True", false: "False"}[strings.EqualFold(q.Answer, "true")]
			q.Options = []string{"True", "False"}
		}
	case "short_answer_question":
		if len(rightTexts) == 0 {
			return q, invalid(line, "question %q has no right answer", name)
		}
		q.Kind = quiz.ShortAnswer
		if strings.Contains(q.Stem, quiz.Blank) {
			q.Kind = quiz.FillBlank
		}
		q.Answer = rightTexts[0]
		for _, t := range rightTexts[1:] {
			if t != q.Answer && !contains(q.Aliases, t) {
				q.Aliases = append(q.Aliases, t)
			}
		}
	case "numerical_question":
		q.Kind = quiz.ShortAnswer
		switch {
		case len(rightTexts) > 0:
			q.Answer = rightTexts[0]
		case lo != "" && hi != "":
			a, e1 := strconv.ParseFloat(lo, 64)
			b, e2 := strconv.ParseFloat(hi, 64)
			if e1 != nil || e2 != nil || b < a {
				return q, invalid(line, "question %q: the range %s to %s is not one", name, lo, hi)
			}
			q.Answer = formatNumber(a + (b-a)/2)
		default:
			return q, invalid(line, "question %q has no right answer", name)
		}
		if lo != "" && hi != "" {
			a, _ := strconv.ParseFloat(lo, 64)
			b, _ := strconv.ParseFloat(hi, 64)
			v, _ := strconv.ParseFloat(q.Answer, 64)
			q.Tolerance = max(v-a, b-v)
		}
	default:
		return q, refused(name, line, "Canvas's %s cannot be asked in a chat", strings.ReplaceAll(strings.TrimSuffix(typ, "_question"), "_", " ")+" questions")
	}
	return q, finish(&q, line)
}
