package questions

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// article is one source after cleaning: a title and prose paragraphs, each
// with the heading it stands under. Everything that is not running prose
// (infobox lines, captions, lists of links, reference lists, page
// furniture) is gone.
type article struct {
	Name       string
	Raw        string // the source as given, for what cleaning leaves out (a formula line's "pascal (Pa)")
	Title      string
	Main       string // the article's subject, set once names are typed
	MainType   etype  // what kind of thing the subject is
	Kind       string // what the subject is ("river" in "The Danube is a river"), from the first sentence
	Paras      []para
	Lists      []glossary       // "Term: meaning" lists of lesson notes
	Ent        *entities        // the subject's names and people's genders, once names are typed
	low        string           // the prose in lower case, made on first use
	bold       []string         // the labels set in bold (boldLabels), found on first use
	words      map[string]int   // how often each content word occurs, made on first use
	defs       map[string]bool  // defined's answers, kept: asked for every word of many questions
	several    map[string]bool  // severalNamed's answers, kept: asked for every "the Academy"
	animals    map[string]bool  // animalNamed's answers, kept
	symbols    []*regexp.Regexp // topicSymbols' patterns, made once
	family     *string          // onlyFamily's answer, kept: asked for every character of a list
	scenario   map[string]bool  // the people of its worked examples (scenarioNames), made on first use
	sentences  int              // how many sentences the prose has
	specifics  float64          // the share of its usable sentences that name or date something (specific)
	meanWords  float64          // how many words its sentences have on average: about 11 in a text for children, 18 to 22 in others
	objectives map[string]bool  // the words of its learning objectives (objectiveWords), made on first use
	subject    *[]string        // subjectWords' answer, made on first use

	// abbreviations are those Raw gives in brackets ("(MPC)"), found once
	// (acronyms.go's runToAbbreviation).
	abbreviations map[string]bool

	// leadNames are the things the first paragraph names in full, by
	// kind, found once (recentname.go's leadName).
	leadNames map[string][]tok
}

// para is one paragraph of running prose.
type para struct {
	Section string
	Text    string
	Dated   bool   // Section is a timeline line's date label ("1859: war with Austria"), or Date is set
	Date    string // a timeline line's date, when its sentence follows it ("1712 – Thomas Newcomen builds …")
}

var (
	// Citation and maintenance markers: [1], [ 2 ], [a], [a 3], [citation needed].
	reCite = regexp.MustCompile(`\[\s*(?:\d{1,3}|[a-z]|[a-z]\s?\d{1,3}|note \d+|[a-z][a-z ?]{2,30})\s*\]`)
	// A note marked with a capital, [A], follows its word or its full stop;
	// one that stands alone is a concentration ("When [S] is much larger
	// than Km"), and stays.
	reCiteCapital = regexp.MustCompile(`([^\s(+=/×·−-])\[[A-Z]\]`)
	// An editor's letter inside a word: [D]zungar.
	reBracketLetter = regexp.MustCompile(`\[([A-Za-z])\](\p{Ll})`)
	// Interlanguage link markers such as (zh) or (de).
	reLangLink = regexp.MustCompile(`\s\((?:[a-z]{2}|[a-z]{2}-[a-z]{2,4})\)`)
	// Markdown links, images and emphasis.
	reMDImage = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	reMDLink  = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	reMDEmph  = regexp.MustCompile(`\*\*|__|\*([^*\s][^*]*)\*|` + "`")
	// Lines that are page furniture or reference debris wherever they occur.
	reDebrisLine = regexp.MustCompile(`(?i)cite error|\bISBN\b|\bISSN\b|\bdoi:|\bretrieved\b|\barchived\b|wayback machine|creative commons|\bview authors\b|\bpp?\.\s*\d|https?://|www\.|\.(?:png|jpe?g|svg|gif|tiff?)\b|check date values|has extra text`)
	reCiteError  = regexp.MustCompile(`(?i)cite error|check date values|has extra text`)
	reBullet     = regexp.MustCompile(`^(?:[•·▪◦\-*+–]|\d{1,3}[.)]|\^)\s+`)
	// Headings after which the rest of an article is apparatus, not prose.
	reStopHeading = regexp.MustCompile(`(?i)^(?:see also|references|notes|footnotes|citations|sources|bibliography|further reading|external links|works cited|related(?: research)? articles|related pages|related topics|notes and references|literature)\s*:?$`)
	// Site furniture that often opens a pasted page.
	reFurniture = regexp.MustCompile(`(?i)^(?:last updated|from wikipedia.*|jump to (?:navigation|search)|this article .*|.*\bwiki(?:pedia)?|contents|navigation menu|edit|\[edit\])$`)
	reImageFile = regexp.MustCompile(`\s*\S+\.(?:png|jpe?g|svg|gif|tiff?|webp)\s*$`)
	reSpaces    = regexp.MustCompile(`[ \t\p{Zs}]+`)
	// A list item opened by a dated label: "1859: war with Austria. ...",
	// "1848–1849: failure. ...", "1870 — Rome. ...".
	// A label cut at a name's initial ("1934 – President Franklin D.") is
	// not a label but the start of the item's sentence.
	reInitialEnd = regexp.MustCompile(`(?:^|\s)\p{Lu}\.$`)
	reDatedLabel = regexp.MustCompile(`^(` + reLabelDate + `\s*[:—–-]\s*[^.:]{0,60}?[.:])\s+(\p{Lu}.*)$`)
	// A timeline line whose date is followed by the event's own sentence:
	// "1712 – Thomas Newcomen builds a steam engine to pump water out of
	// mines.", "1964: the Surgeon General's report concludes …".
	// reYearlessDate opens a list item with a day and month, or a month,
	// and no year: "22 January – ...", "March: ...".
	reYearlessDate = regexp.MustCompile(`^((?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:\s*:|\s+[—–-])\s+\p{Lu}`)
	reYearIn       = regexp.MustCompile(`\b\d{3,4}\b`)
	reDatedLine    = regexp.MustCompile(`^(` + reLabelDate + `)(?:\s*:|\s+[—–-])\s+(\S.*)$`)
)

// clean turns raw text (plain or Markdown) into an article.
func clean(name, text string) article {
	text = strings.ToValidUTF8(text, " ")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	a := article{Name: name, Raw: text}
	lines := strings.Split(text, "\n")
	seen := map[string]bool{}
	var lowerWords map[string]bool // made on the first timeline line
	section := ""
	var outline []string // the headings above the line, by level: "The stock characters" above "The masters"
	lastYear := ""       // the year of the last dated item of a list, which its next items without one share
	titled := false
	inRun := false    // inside a run of short non-prose lines (heading, captions, infobox)
	leadHeading := "" // the heading above a list's lead-in line, when the section is that line
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			a.Paras = append(a.Paras, para{Section: section, Text: strings.Join(cur, " ")})
			cur = nil
		}
	}
	var list glossary // the "Term: meaning" list being read
	endList := func() {
		if len(list.Entries) >= 2 {
			a.Lists = append(a.Lists, list)
		}
		list = glossary{}
	}
	for li, raw := range lines {
		line := cleanLine(raw)
		if line == "" {
			flush()
			inRun = false // a line standing alone between blank lines may be a heading
			continue
		}
		if !titled && !reFurniture.MatchString(line) {
			// The first real line is the title when it looks like one.
			titled = true
			if strings.HasPrefix(line, "# ") || isTitleLine(line) && !hasDigit(line) {
				a.Title = strings.TrimSpace(strings.TrimLeft(line, "# "))
				seen[strings.ToLower(a.Title)] = true
				inRun = true
				continue
			}
		}
		if strings.HasPrefix(line, "#") {
			flush()
			endList()
			h := strings.TrimSpace(strings.TrimLeft(line, "#"))
			if reStopHeading.MatchString(h) && !proseFollows(lines, li) {
				break
			}
			level := len(line) - len(strings.TrimLeft(line, "#"))
			for len(outline) < level-1 {
				outline = append(outline, "") // "###" straight under the title
			}
			outline = append(outline[:level-1], h)
			section, inRun, lastYear, leadHeading = h, true, titleYear(a.Title), ""
			continue
		}
		if reStopHeading.MatchString(line) && !proseFollows(lines, li) {
			break
		}
		if strings.HasSuffix(line, "?") && isHeading(strings.TrimSuffix(line, "?")) && alone(lines, li) {
			// "How far away is it?" on a line of its own, between blank
			// lines: a heading written as a question, not prose.
			flush()
			endList()
			section, inRun = line, true
			continue
		}
		key := strings.ToLower(line)
		if seen[key] {
			continue // duplicated captions and paragraphs
		}
		seen[key] = true
		if m := reImageFile.FindStringIndex(line); m != nil {
			// A caption that names its image file; its twin without the
			// file name often follows.
			seen[strings.ToLower(strings.TrimSpace(line[:m[0]]))] = true
			continue
		}
		if reDebrisLine.MatchString(line) && (!isProse(line) || reCiteError.MatchString(line)) {
			continue
		}
		if reFurniture.MatchString(line) {
			continue
		}
		bullet := reBullet.MatchString(line)
		ordered := bullet && line[0] >= '0' && line[0] <= '9'
		if bullet {
			line = reBullet.ReplaceAllString(line, "")
			if m := reYearlessDate.FindStringSubmatchIndex(line); m != nil && lastYear != "" {
				// "22 January – A Zulu army attacks ..." under "11 January
				// 1879 – ...": the timeline's year goes on; the first items
				// under "The Romanian Revolution of 1989" are of its year.
				line = line[:m[3]] + " " + lastYear + line[m[3]:]
			}
			if m := reDatedLine.FindStringSubmatch(line); m != nil {
				lastYear = reYearIn.FindString(m[1])
			}
			if m := reDatedLabel.FindStringSubmatch(line); m != nil && isProse(m[2]) && !reInitialEnd.MatchString(m[1]) {
				// "1859: war with Austria. French and Piedmontese armies
				// win at Magenta": the label dates every sentence of the
				// item, and a question shows it as its section.
				flush()
				endList()
				a.Paras = append(a.Paras, para{Section: strings.TrimRight(m[1], ". "), Text: m[2], Dated: true})
				continue
			}
		}
		if m := reDatedLine.FindStringSubmatch(line); m != nil && isEvent(m[2]) {
			if lowerWords == nil {
				lowerWords = spacedWords(text)
			}
			if event := datedSentence(m[1], m[2], lowerWords); event != "" {
				// The date is the event's when: it opens the sentence, so
				// a question can ask it and a statement keeps it, and it
				// still dates the line's later sentences. The section
				// stays the heading's: a date shown as the section would
				// give away a question on it.
				flush()
				endList()
				a.Paras = append(a.Paras, para{Section: section, Text: event, Dated: true, Date: m[1]})
				inRun = false
				continue
			}
		}
		if e, ok := parseEntry(line); ok && (bullet || len(strings.Fields(e.Term)) <= 3 && !functionWords[strings.ToLower(strings.Fields(e.Term)[0])]) {
			flush()
			if list.Section != section || list.Ordered != ordered {
				endList()
			}
			list.Section, list.Ordered = section, ordered
			list.Parent = parentHeading(outline, section)
			if list.Parent == "" {
				list.Parent = leadHeading
			}
			list.Entries = append(list.Entries, e)
			continue
		}
		if m := reEntry.FindStringSubmatch(line); bullet && len(list.Entries) > 0 && m != nil && len(strings.Fields(m[2])) < 5 && !finiteVerbIn(m[2]) {
			// "- Binder course: an intermediate asphalt layer": an item
			// too short to ask, which does not end its list.
			continue
		}
		endList()
		if startsWithQuote(line) {
			flush() // a block quotation is someone else's words, not the article's
			continue
		}
		if !isProse(line) {
			flush()
			if !inRun && !bullet && isHeading(line) {
				if strings.HasSuffix(line, ":") && (teacherNote(line) || exerciseHeading(section)) {
					// "Show examples of the following and note their
					// associations:" tells the teacher what to do with
					// the list; the heading above still says what it is.
					// "Exit slip:" under "Plenary" is still the class's
					// task.
					inRun = true
					continue
				}
				if strings.HasSuffix(line, ":") && len(strings.Fields(line)) >= 5 {
					// "There is no continuous cast, but certain figures
					// stand out:" introduces the list under "Main
					// characters", which says what its entries are.
					leadHeading = section
				} else {
					leadHeading = ""
				}
				section = line
			}
			inRun = true
			continue
		}
		if bullet {
			flush()
		}
		inRun = false
		cur = append(cur, line)
		if bullet {
			flush()
		}
	}
	flush()
	endList()
	if a.Title == "" {
		a.Title = leadSubject(a.Paras)
	}
	if a.Title == "" {
		a.Title = strings.TrimSuffix(name, extOf(name))
	}
	return a
}

// teacherNote reports a line that opens with what the teacher is to do:
// a step's verb (stepLabel) or a class task's.
func teacherNote(line string) bool {
	f := strings.Fields(strings.ToLower(line))
	return len(f) > 1 && (stepLabel(line) || taskVerbs[f[0]])
}

// cleanLine removes inline debris from one line and normalises its spaces.
func cleanLine(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\u00a0':
			return ' '
		case r == '\u200b' || r == '\ufeff' || r == '\u00ad':
			return -1
		case unicode.IsControl(r):
			return -1
		case r == '’' || r == '‘':
			return '\''
		case r == '“' || r == '”':
			return '"'
		}
		return r
	}, s)
	s = reMDImage.ReplaceAllString(s, "")
	s = reMDLink.ReplaceAllString(s, "$1")
	s = reMDEmph.ReplaceAllString(s, "$1")
	s = reBracketLetter.ReplaceAllString(s, "$1$2")
	s = reCite.ReplaceAllString(s, "")
	s = reCiteCapital.ReplaceAllString(s, "$1")
	s = reLangLink.ReplaceAllString(s, "")
	s = reCirca.ReplaceAllString(s, "${1}circa $2")
	s = dropForeignParens(s)
	s = dropForeignRuns(s)
	s = reSpaces.ReplaceAllString(s, " ")
	s = strings.TrimSpace(s)
	for _, f := range [][2]string{{" ,", ","}, {" .", "."}, {" ;", ";"}, {" :", ":"}, {"( ", "("}, {" )", ")"}, {"()", ""}, {",,", ","}, {",.", "."}, {" 's", "'s"}} {
		s = strings.ReplaceAll(s, f[0], f[1])
	}
	return strings.TrimSpace(s)
}

// reCirca is "c. 1371": the sentence splitter takes its full stop for the
// end of a sentence ("Zheng He (c." and "1371 – 1433) was ..."), so the
// word is written out.
var reCirca = regexp.MustCompile(`(^|[\s(])(?:c|ca)\. (\d)`)

// dropForeignParens removes parentheses that hold other scripts or language
// glosses ("(Chinese: ...; pinyin: ...)"): useful to a reader, noise in a
// question.
func dropForeignParens(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := matchParen(s, i)
		if j < 0 {
			b.WriteString(s)
			break
		}
		inner := s[i+1 : j]
		if hasForeignScript(inner) || reGloss.MatchString(inner) {
			b.WriteString(strings.TrimRight(s[:i], " "))
			s = s[j+1:]
			continue
		}
		b.WriteString(s[:j+1])
		s = s[j+1:]
	}
	return b.String()
}

var reGloss = regexp.MustCompile(`(?i)^\s*(?:chinese|pinyin|russian|mongolian|hangul|hanja|japanese|korean|arabic|greek|latin|persian|manchu|tibetan|literally|lit\.|also spelled|transl)\b`)

// matchParen returns the index of the parenthesis closing the one at i, or -1.
func matchParen(s string, i int) int {
	depth := 0
	for k := i; k < len(s); k++ {
		switch s[k] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// dropForeignRuns removes words written in non-Latin scripts that stand
// outside parentheses.
func dropForeignRuns(s string) string {
	if !hasForeignScript(s) {
		return s
	}
	words := strings.Fields(s)
	out := words[:0]
	for _, w := range words {
		if !hasForeignScript(w) || greekSymbol(w) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// hasForeignWord reports a word of another script that is no symbol of a
// formula: "ΔG is always positive" may be asked, a word of Greek not.
func hasForeignWord(s string) bool {
	if !hasForeignScript(s) {
		return false
	}
	for _, w := range strings.Fields(s) {
		if hasForeignScript(w) && !greekSymbol(w) {
			return true
		}
	}
	return false
}

// greekSymbol reports a word that is a symbol of a formula, not a word of
// Greek: "ΔU = 0", "λ", "ρgh". Dropped, "ΔU = 0" became "= 0".
func greekSymbol(w string) bool {
	w = strings.Trim(w, ".,;:()[]\"'")
	if n := utf8.RuneCountInString(w); n == 0 || n > 3 {
		return false
	}
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin, unicode.Greek) {
			return false
		}
	}
	return true
}

// hasForeignScript reports a letter of another script. Letters shared by
// every script, such as the Hawaiian ʻokina (a modifier letter) in
// "Hawaiʻi", are not foreign.
func hasForeignScript(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin, unicode.Common, unicode.Inherited) {
			return true
		}
	}
	return false
}

// isProse reports whether a line is running text rather than a heading,
// caption or infobox row: long enough and ending like a sentence, or long.
func isProse(line string) bool {
	n := len(strings.Fields(line))
	end := strings.TrimRight(line, `"')]`)
	if n >= 6 && (strings.HasSuffix(end, ".") || strings.HasSuffix(end, "!") || strings.HasSuffix(end, "?")) {
		return true
	}
	return n >= 25 && strings.Count(line, ". ") >= 1
}

// isHeading reports whether a line could be a heading: short, capitalised,
// not ending in a full stop.
func isHeading(line string) bool {
	line = strings.TrimLeft(line, "# ")
	n := len(strings.Fields(line))
	r, _ := utf8.DecodeRuneInString(line)
	return n >= 1 && n <= 10 && utf8.RuneCountInString(line) <= 80 && (unicode.IsUpper(r) || unicode.IsDigit(r)) &&
		!strings.HasSuffix(line, ".") && !strings.HasSuffix(line, ",")
}

// startsWithQuote reports a block quotation: a line that opens with a quote
// mark which closes only late in the line.
func startsWithQuote(line string) bool {
	if !strings.HasPrefix(line, `"`) {
		return false
	}
	end := strings.LastIndex(line, `"`)
	return end > len(line)/2
}

// alone reports whether line i stands between blank lines (or the text's
// ends).
func alone(lines []string, i int) bool {
	blank := func(k int) bool { return k < 0 || k >= len(lines) || strings.TrimSpace(lines[k]) == "" }
	return blank(i-1) && blank(i+1)
}

func hasDigit(s string) bool { return strings.IndexAny(s, "0123456789") >= 0 }

func extOf(name string) string {
	i := strings.LastIndexByte(name, '.')
	if i <= 0 || strings.ContainsAny(name[i:], "/\\ ") {
		return ""
	}
	return name[i:]
}

// leadSubject is the subject of an encyclopedia article's first sentence
// ("X (...) was a ..."), used as the title when the text has none.
func leadSubject(ps []para) string {
	if len(ps) == 0 {
		return ""
	}
	s := ps[0].Text
	for _, v := range []string{" was ", " is ", " were ", " are ", " ("} {
		if i := strings.Index(s, v); i > 0 && i < 60 {
			cand := strings.TrimSpace(s[:i])
			if k := strings.Index(cand, " ("); k > 0 {
				cand = cand[:k]
			}
			if isHeading(cand) && len(strings.Fields(cand)) <= 6 {
				return strings.TrimPrefix(cand, "The ")
			}
		}
	}
	return ""
}

// isTitleLine reports a first line that reads as a title: capitalised, no
// closing stop, and short, though titles run longer than section headings
// ("Strange Case of Dr Jekyll and Mr Hyde: Plot and Characters").
func isTitleLine(line string) bool {
	n := len(strings.Fields(line))
	r, _ := utf8.DecodeRuneInString(line)
	return n >= 1 && n <= 16 && utf8.RuneCountInString(line) <= 120 && (unicode.IsUpper(r) || unicode.IsDigit(r)) &&
		!strings.HasSuffix(line, ".") && !strings.HasSuffix(line, ",")
}

// isEvent reports a timeline line's text that is a sentence of its own,
// however short: "Britain leaves the gold standard."
func isEvent(text string) bool {
	return len(strings.Fields(text)) >= 3 && strings.HasSuffix(strings.TrimRight(text, `"')`), ".") && finiteVerbIn(text)
}

// datedSentence opens a timeline line's sentence with the line's date:
// "1712", "Thomas Newcomen builds …" gives "In 1712, Thomas Newcomen
// builds …". Its first word keeps its capital when it is a name (the
// text never writes it in lower case between spaces: lowerWords). A note
// that is no sentence gives "": one that opens in lower case with a
// content word ("1297: confirmed by Edward I"), a headline's passive, a
// heading before a semicolon.
func datedSentence(date, line string, lowerWords map[string]bool) string {
	first, rest, _ := strings.Cut(line, " ")
	low := strings.ToLower(first)
	r, _ := utf8.DecodeRuneInString(first)
	if strings.Contains(line, strings.TrimPrefix(date, "c. ")) {
		return line // "711 – In 711 Muslim forces cross …"
	}
	if reHeadlinePassive.MatchString(line) {
		return "" // "Haber awarded the Nobel Prize": a headline's passive, which reads as if Haber gave it
	}
	if head, _, ok := strings.Cut(line, ";"); ok && !finiteVerbIn(head) {
		return "" // "1952: the Defiance Campaign; volunteers …": a heading, then a note
	}
	second, _, _ := strings.Cut(rest, " ")
	name := second != "" && unicode.IsUpper([]rune(second)[0]) // "Hurricane Katrina makes landfall"
	switch {
	case functionWords[low] || lowerOpeners[low] || countWords[low] && !unicode.IsDigit(r) || amountNouns[low]:
		line = lowerFirst(line) // "In 1842, two British officers ...", "In February 1897, thousands of objects were taken"
	case (strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "ing")) && functionWords[strings.ToLower(second)] && strings.Contains(rest, ", "):
		line = lowerFirst(line) // "In 668, weakened by a succession dispute, Goguryeo fell"
	case unicode.IsLower(r) || ordinals[low] || !name && lowerWords[low]:
		// "confirmed by Edward I", "First national petition presented",
		// "Potato blight strikes": a note without its subject or its
		// article.
		return ""
	}
	return dateOpening(date) + ", " + line
}

// reHeadlinePassive is a note's passive without its "was": a name, then a
// verb that is done to people ("Haber awarded the Nobel Prize", "Napoleon
// crowned Emperor").
// A place "captured from" someone or a thing "founded by" someone is the
// same passive ("Ambon captured from the Portuguese"), and so is one
// "founded in" a place or a year ("Bauhaus founded in Weimar": not "In what
// year did Bauhaus found in Weimar?").
var reHeadlinePassive = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'-]*\s){1,3}(?:(?:awarded|granted|given|knighted|crowned|sentenced|elected|appointed|made|named|exiled|ennobled)\b|(?:captured|recaptured|seized|taken|retaken|conquered|occupied|annexed|ceded|sold|bought|won|founded|built|destroyed|burned|burnt|sacked|besieged|defeated|invaded|signed|published|discovered|abolished|established|opened|closed|dissolved|completed|launched|created)\s+(?:from|by|in|at|on|as|under|near)\b)`)

// lowerOpeners are the words other than functionWords that open a
// sentence and go in lower case after a date: "About 10,000 women
// marched", "After the Qing resist …".
var lowerOpeners = set("about", "around", "some", "over", "nearly", "almost", "more", "fewer", "most", "many",
	"several", "all", "both", "each", "after", "before", "during", "when", "while",
	"tens", "dozens", "hundreds", "thousands", "millions") // "In 1740, thousands of Chinese residents were massacred"

// finiteVerbIn reports a word that can only be a finite verb, or is one
// most often: a known verb's -s ("hits"), a past ("fell", "signed"), "is",
// "was" and the like, a verb after a plural ("forces cross"), or a word's
// -s after a name ("Arkwright patents"). Before tagging, it tells "Cyclone
// Nargis hits Myanmar" from "the Defiance Campaign" and "Official British
// end date of the battle".
func finiteVerbIn(text string) bool {
	prev := ""
	for _, word := range strings.Fields(text) {
		word = strings.Trim(word, ",.:;\"'()")
		if finiteWord(prev, word) {
			return true
		}
		if _, s := baseOf(word); s && prev != "" && unicode.IsUpper([]rune(prev)[0]) {
			return true // a name, then a verb's -s: "Richard Arkwright patents"
		}
		prev = word
	}
	return false
}

// finiteWord reports a word that can only be a finite verb, or is one most
// often, after the word prev: a known verb's -s or past, "is", "was" and
// the like, or a verb after a plural ("forces cross").
func finiteWord(prev, word string) bool {
	w := strings.ToLower(word)
	if presentAux[w] || w == "was" || w == "were" || w == "had" || thirdPerson(w) || baseForm(w) != "" {
		return true
	}
	_, plural := baseOf(strings.ToLower(prev))
	return plural && (baseVerbs[w] || irregularBase[w]) // "Muslim forces cross the Strait"
}

// spacedWords are the words the text writes between two spaces, made once
// for all of a text's timeline lines rather than searched for line by line.
func spacedWords(text string) map[string]bool {
	words := map[string]bool{}
	f := strings.Split(text, " ")
	for _, w := range f[1:max(1, len(f)-1)] {
		words[w] = true
	}
	return words
}

// titleYear is the one year a title names ("The Romanian Revolution of
// 1989"), or "" when it names none or several ("The Thirty Years' War,
// 1618–1648").
func titleYear(title string) string {
	if ys := reYearIn.FindAllString(title, -1); len(ys) == 1 {
		return ys[0]
	}
	return ""
}

// parentHeading is the nearest heading above section in the outline, when
// section is the outline's last heading (not a line taken for a heading
// since), or "".
func parentHeading(outline []string, section string) string {
	if len(outline) == 0 || outline[len(outline)-1] != section {
		return ""
	}
	for k := len(outline) - 2; k >= 0; k-- {
		if outline[k] != "" {
			return outline[k]
		}
	}
	return ""
}

// proseFollows reports a heading such as "Sources" or "Literature" over a
// section written in prose ("The brothers presented the tales as the voice
// of the German people, but most came from ..."), not over a list of
// works: its first paragraph runs to two sentences and thirty words or
// more, and cites nothing.
func proseFollows(lines []string, at int) bool {
	for _, raw := range lines[at+1:] {
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "#") || reCitation.MatchString(line) {
			return false
		}
		return len(strings.Fields(line)) >= 30 && strings.Count(line, ". ") >= 1
	}
	return false
}

// reCitation is what a reference list's entries carry.
var reCitation = regexp.MustCompile(`(?i)\b(?:pp?\.|isbn|doi|retrieved|accessed|ed\.|eds\.|vol\.|https?://)|\(\d{4}\)`)
