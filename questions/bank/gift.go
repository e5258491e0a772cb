package bank

import (
	"html"
	"math"
	"regexp"
	"strconv"
	"strings"

	"quizbot/quiz"
)

// GIFT is Moodle's text format for question banks
// (https://docs.moodle.org/en/GIFT_format). What quizbot makes of it:
//
//   - multiple choice {=right ~wrong}: multiple_choice, options in file order;
//     with text after the braces (missing word) the stem gets quiz.Blank where
//     the braces were. More than 5 options are refused: quizbot shows at most 5.
//     Several right options {=A =B ~C} make a choice where either counts (the
//     first is Answer, the others Aliases), as Moodle takes it.
//   - true/false {T} {TRUE} {F} {FALSE}: true_false.
//   - short answer {=a =b}: short_answer with Answer a and Aliases [b]; with
//     text after the braces, or a stem that already holds quiz.Blank,
//     fill_blank with quiz.Blank in the stem.
//   - numerical {#1200:100} {#1..5} {#=1757:0 =1758}: short_answer (or
//     fill_blank) whose Answer is the value and Tolerance its tolerance (a
//     range is its middle, give or take half its width: 1..5 is 3 ± 2); any
//     typed number within it is right. Further exact values become Aliases;
//     a second range in one question is refused.
//   - weights: %100% marks a right answer, %0% or a negative weight a wrong
//     one; partial credit (between 0 and 100) is refused, because a student
//     picking a half-right answer would be told "wrong".
//   - feedback: the general feedback (####...) becomes the Explanation, else
//     the feedback of the right answer (for true/false the "right" feedback,
//     else the "wrong" one); feedback on wrong options is dropped.
//   - $CATEGORY: a/b/c sets the Topic of the questions that follow to the last
//     part of the path ("c"): Moodle paths start with $course$/top or
//     "Default for ...", which say nothing of the subject. An empty
//     $CATEGORY: goes back to no topic.
//   - ::title:: names the question in error messages and is otherwise dropped;
//     [html] [moodle] [plain] [markdown] markers are dropped, tags of [html]
//     text removed.
//   - matching (->), essay ({}) and description (no braces) questions are
//     refused with a message naming the question.
//
// White space, line breaks included, is collapsed to single spaces.

// gchar is one character of a GIFT question with its escape resolved: esc
// marks a character that was written with a backslash and so is never
// syntax; line is where it stands in the file.
type gchar struct {
	r    rune
	esc  bool
	line int
}

type gtext []gchar

func (t gtext) String() string {
	var b strings.Builder
	for _, c := range t {
		b.WriteRune(c.r)
	}
	return b.String()
}

// index is the position of the first unescaped occurrence of s, or -1.
func (t gtext) index(s string) int {
	rs := []rune(s)
outer:
	for i := 0; i+len(rs) <= len(t); i++ {
		for j, r := range rs {
			if t[i+j].esc || t[i+j].r != r {
				continue outer
			}
		}
		return i
	}
	return -1
}

func (t gtext) trimLeft() gtext {
	for len(t) > 0 && !t[0].esc && isSpace(t[0].r) {
		t = t[1:]
	}
	return t
}

func (t gtext) blank() bool { return len(t.trimLeft()) == 0 }

// line is the line of the first non-space character, or def.
func (t gtext) line(def int) int {
	if u := t.trimLeft(); len(u) > 0 {
		return u[0].line
	}
	return def
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
}

type gline struct {
	n    int
	text string
}

func parseGIFT(data []byte) ([]quiz.Question, error) {
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var (
		qs    []quiz.Question
		topic string
		block []gline
	)
	flush := func() error {
		defer func() { block = block[:0] }()
		if len(block) == 0 {
			return nil
		}
		if first := strings.TrimSpace(block[0].text); strings.HasPrefix(first, "$CATEGORY:") {
			topic = category(strings.TrimPrefix(first, "$CATEGORY:"))
			block = block[1:]
			if len(block) == 0 {
				return nil
			}
		}
		q, err := parseGIFTQuestion(block)
		if err != nil {
			return err
		}
		q.Topic = topic
		qs = append(qs, q)
		return nil
	}
	for i, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "//"):
			// A comment line; it does not end the question it stands in.
		case t == "":
			if err := flush(); err != nil {
				return nil, err
			}
		default:
			block = append(block, gline{i + 1, l})
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return qs, nil
}

// category is the topic named by a $CATEGORY path: its last part.
func category(path string) string {
	path = strings.TrimSpace(path)
	if i := strings.LastIndex(path, "/"); i >= 0 {
		path = path[i+1:]
	}
	return collapse(path)
}

// unescape resolves GIFT's backslash escapes, line by line.
func unescape(lines []gline) gtext {
	var t gtext
	for k, l := range lines {
		if k > 0 {
			t = append(t, gchar{'\n', false, l.n})
		}
		rs := []rune(l.text)
		for i := 0; i < len(rs); i++ {
			c := gchar{rs[i], false, l.n}
			if rs[i] == '\\' && i+1 < len(rs) {
				switch rs[i+1] {
				case '~', '=', '#', '{', '}', ':', '\\':
					c = gchar{rs[i+1], true, l.n}
					i++
				case 'n':
					c = gchar{'\n', true, l.n}
					i++
				}
			}
			t = append(t, c)
		}
	}
	return t
}

var formatMarker = regexp.MustCompile(`^\[(html|moodle|plain|markdown)\]`)

// cleaner turns GIFT text into question text: markers and (for [html]) tags
// removed, white space collapsed.
type cleaner struct{ html bool }

var htmlTag = regexp.MustCompile(`<[^>]*>`)

func (c cleaner) text(t gtext) string {
	s := strings.TrimSpace(t.String())
	s = formatMarker.ReplaceAllString(s, "")
	if c.html {
		s = html.UnescapeString(htmlTag.ReplaceAllString(s, " "))
	}
	return collapse(s)
}

func parseGIFTQuestion(lines []gline) (quiz.Question, error) {
	var q quiz.Question
	t := unescape(lines)
	start := lines[0].n

	// ::title::
	var title string
	if u := t.trimLeft(); u.index("::") == 0 {
		end := u[2:].index("::")
		if end < 0 {
			return q, invalid(u[0].line, "the title opened with :: is not closed with ::")
		}
		title = collapse(u[2 : 2+end].String())
		q.Ref = title
		t = u[2+end+2:]
	}
	var cl cleaner
	if u := t.trimLeft(); len(u) > 0 && !u[0].esc {
		if m := formatMarker.FindString(u.String()); m != "" {
			cl.html = m == "[html]"
			t = u[len([]rune(m)):]
		}
	}

	open := t.index("{")
	if open < 0 {
		name := title
		if name == "" {
			name = short(t.String())
		}
		return q, refused(name, t.line(start), "no answers in braces {…}; descriptions and questions without answers are not supported")
	}
	closing := t[open+1:].index("}")
	if closing < 0 {
		return q, invalid(t[open].line, "the { opened here is not closed with } before the next blank line")
	}
	before, answers, after := t[:open], t[open+1:open+1+closing], t[open+2+closing:]
	line := start
	if more := after.index("{"); more >= 0 {
		return q, invalid(after[more].line, "a second answer block {…} in one question; quizbot asks one gap per question")
	}
	if i := after.index("}"); i >= 0 {
		return q, invalid(after[i].line, "a } without its {; write \\} for a literal brace")
	}
	if i := before.index("}"); i >= 0 {
		return q, invalid(before[i].line, "a } without its {; write \\} for a literal brace")
	}
	gap := !after.blank()
	stemBefore := cl.text(before)
	withGap := cl.text(join(before, blankText(), after))
	name := title
	if name == "" {
		name = short(stemBefore)
		if gap {
			name = short(withGap)
		}
	}

	// ####general feedback
	var general string
	if i := answers.index("####"); i >= 0 {
		general = cl.text(answers[i+4:])
		answers = answers[:i]
	}
	body := trimRightSpace(answers.trimLeft())
	switch {
	case len(body) == 0:
		return q, refused(name, line, "essay questions are not supported")
	case containsArrow(body):
		return q, refused(name, line, "matching questions are not supported")
	}

	// true/false: {T}, {TRUE#feedback if wrong#feedback if right}
	parts := splitOn(body, '#')
	switch tf := strings.ToUpper(strings.TrimSpace(parts[0].String())); tf {
	case "T", "TRUE", "F", "FALSE":
		q.Kind = quiz.TrueFalse
		q.Options = []string{"True", "False"}
		q.Answer = "True"
		if tf[0] == 'F' {
			q.Answer = "False"
		}
		// A statement has no gap: "The sun is {T} hot." asks "The sun is hot."
		q.Stem = cl.text(join(before, after))
		var wrong, right string
		if len(parts) > 1 {
			wrong = cl.text(parts[1])
		}
		if len(parts) > 2 {
			right = cl.text(parts[2])
		}
		q.Explanation = first(general, right, wrong)
		return q, finish(&q, line)
	}

	numerical := !body[0].esc && body[0].r == '#'
	if numerical {
		body = body[1:]
	}
	var as []ganswer
	if numerical && body.index("=") < 0 && body.index("~") < 0 {
		as = []ganswer{{right: true, text: body, line: body.line(line)}}
		if i := body.index("#"); i >= 0 {
			as[0].text, as[0].feedback = body[:i], body[i+1:]
		}
	} else {
		var err error
		if as, err = splitAnswers(body, name, line); err != nil {
			return q, err
		}
	}

	var right, wrong []ganswer
	choice := false
	for _, a := range as {
		if a.partial {
			return q, refused(name, a.line, "partial credit (%%%s%%) is not supported; mark each answer fully right (=) or wrong (~)", a.weight)
		}
		if a.tilde {
			choice = true
		}
		if a.right {
			right = append(right, a)
		} else {
			wrong = append(wrong, a)
		}
	}
	if len(right) == 0 {
		return q, invalid(line, "question %q has no right answer; mark it with =", name)
	}
	q.Explanation = first(general, cl.text(right[0].feedback))

	switch {
	case numerical:
		if choice {
			return q, invalid(line, "question %q: a numerical question has no wrong options (~)", name)
		}
		for _, a := range right {
			ans, tol, err := numericAnswer(cl.text(a.text))
			if err != nil {
				return q, invalid(a.line, "%s", quiz.ErrorMessage(err))
			}
			switch {
			case q.Answer == "":
				q.Answer, q.Tolerance = ans, tol
			case tol > 0:
				// One tolerance per question: a second range would be
				// silently narrowed to its middle.
				return q, refused(name, a.line, "a numerical question with two ranges of right answers; keep one (=value:tolerance)")
			case ans != q.Answer && !contains(q.Aliases, ans):
				q.Aliases = append(q.Aliases, ans)
			}
		}
		q.Kind, q.Stem = typedKind(gap, stemBefore, withGap)
	case choice:
		if n := len(as); n > 5 {
			return q, refused(name, line, "a multiple-choice question with %d options; quizbot shows at most 5", n)
		}
		q.Kind = quiz.MultipleChoice
		for _, a := range as {
			q.Options = append(q.Options, cl.text(a.text))
		}
		// Several right options: either counts, as in Moodle.
		q.Answer = cl.text(right[0].text)
		for _, a := range right[1:] {
			q.Aliases = append(q.Aliases, cl.text(a.text))
		}
		q.Stem = stemBefore
		if gap {
			q.Stem = withGap
		}
	default:
		q.Answer = cl.text(right[0].text)
		for _, a := range right[1:] {
			if al := cl.text(a.text); al != "" && al != q.Answer && !contains(q.Aliases, al) {
				q.Aliases = append(q.Aliases, al)
			}
		}
		q.Kind, q.Stem = typedKind(gap, stemBefore, withGap)
	}
	return q, finish(&q, line)
}

// typedKind is fill_blank for a missing-word question (text after the braces,
// or a stem that shows the gap itself), short_answer otherwise.
func typedKind(gap bool, before, withGap string) (quiz.Kind, string) {
	switch {
	case gap:
		return quiz.FillBlank, withGap
	case strings.Contains(before, quiz.Blank):
		return quiz.FillBlank, before
	}
	return quiz.ShortAnswer, before
}

// ganswer is one answer inside the braces.
type ganswer struct {
	tilde    bool // written with ~ (so the question is multiple choice)
	right    bool
	partial  bool
	weight   string
	text     gtext
	feedback gtext
	line     int
}

var weightRE = regexp.MustCompile(`^%(-?[0-9]+(?:\.[0-9]+)?)%`)

// splitAnswers cuts "=a#fb ~%50%b" into answers at unescaped = and ~.
func splitAnswers(body gtext, name string, line int) ([]ganswer, error) {
	var as []ganswer
	for i := 0; i < len(body); {
		c := body[i]
		if c.esc || c.r != '=' && c.r != '~' {
			if isSpace(c.r) && !c.esc {
				i++
				continue
			}
			return nil, invalid(c.line, "in question %q, %q stands before the first answer; start each answer with = (right) or ~ (wrong)", name, short(body[i:].String()))
		}
		j := i + 1
		for j < len(body) && (body[j].esc || body[j].r != '=' && body[j].r != '~') {
			j++
		}
		a := ganswer{tilde: c.r == '~', right: c.r == '=', text: body[i+1 : j], line: c.line}
		if k := a.text.index("#"); k >= 0 {
			a.text, a.feedback = a.text[:k], a.text[k+1:]
		}
		if m := weightRE.FindStringSubmatch(strings.TrimLeft(a.text.String(), " \t\n")); m != nil {
			a.text = a.text.trimLeft()[len([]rune(m[0])):]
			a.weight = m[1]
			w, _ := strconv.ParseFloat(m[1], 64)
			switch {
			case w >= 100:
				a.right = true
			case w <= 0:
				a.right = false
			default:
				a.partial = true
			}
		}
		as = append(as, a)
		i = j
	}
	return as, nil
}

// numericAnswer turns "1757:2", "1750..1760" or "1757" into the value and
// its tolerance: a range is its middle give or take half its width.
func numericAnswer(s string) (string, float64, error) {
	s = strings.TrimSpace(s)
	num := func(x string) (float64, error) {
		v, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, quiz.Errorf(quiz.EINVALID, "%q is not a number", strings.TrimSpace(x))
		}
		return v, nil
	}
	switch {
	case strings.Contains(s, ".."):
		a, b, _ := strings.Cut(s, "..")
		lo, err := num(a)
		if err != nil {
			return "", 0, err
		}
		hi, err := num(b)
		if err != nil {
			return "", 0, err
		}
		if hi < lo {
			return "", 0, quiz.Errorf(quiz.EINVALID, "the range %s is empty", s)
		}
		return formatNumber(lo + (hi-lo)/2), (hi - lo) / 2, nil
	case strings.Contains(s, ":"):
		a, b, _ := strings.Cut(s, ":")
		v, err := num(a)
		if err != nil {
			return "", 0, err
		}
		t, err := num(b)
		if err != nil {
			return "", 0, err
		}
		if t < 0 {
			return "", 0, quiz.Errorf(quiz.EINVALID, "the tolerance %s is negative", b)
		}
		return formatNumber(v), t, nil
	default:
		v, err := num(s)
		if err != nil {
			return "", 0, err
		}
		return formatNumber(v), 0, nil
	}
}

func whole(x float64) bool { return x == math.Trunc(x) && math.Abs(x) < 1e15 }

func formatNumber(x float64) string {
	if x == 0 {
		x = 0 // no "-0"
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

func containsArrow(t gtext) bool { return t.index("->") >= 0 }

func splitOn(t gtext, r rune) []gtext {
	var parts []gtext
	last := 0
	for i, c := range t {
		if !c.esc && c.r == r {
			parts = append(parts, t[last:i])
			last = i + 1
		}
	}
	return append(parts, t[last:])
}

// blankText is the gap that stands where a missing word's braces were.
func blankText() gtext {
	var t gtext
	for _, r := range quiz.Blank {
		t = append(t, gchar{r, true, 0})
	}
	return t
}

func join(ts ...gtext) gtext {
	var out gtext
	for _, t := range ts {
		out = append(out, t...)
	}
	return out
}

func trimRightSpace(t gtext) gtext {
	for len(t) > 0 && !t[len(t)-1].esc && isSpace(t[len(t)-1].r) {
		t = t[:len(t)-1]
	}
	return t
}

func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
