package document

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/ledongthuc/pdf"
)

// A PDF has no paragraphs, only glyphs placed on pages; the text is put back
// together from their positions and sizes (github.com/ledongthuc/pdf reads
// the file): glyphs on one baseline make a line, a wider gap than the
// text's usual line spacing starts a paragraph, a line set larger than the
// body text is a heading (the largest size is level 1), a line starting
// with a bullet is a list item, and a word hyphenated at a line's end is
// joined again. Lines of nothing but a number (page numbers) are dropped.
func readPDF(data []byte) (d Doc, err error) {
	defer func() {
		// The reader panics on some malformed files; a bad upload must
		// cost nothing but a message.
		if p := recover(); p != nil {
			err = fmt.Errorf("%v", p)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if strings.Contains(err.Error(), "encrypted") || strings.Contains(err.Error(), "password") {
			return Doc{}, unreadable("is protected with a password; save a copy without one")
		}
		return Doc{}, err
	}
	var lines []pdfLine
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		plain, _ := p.GetPlainText(nil)
		known := map[string]bool{}
		for _, l := range strings.Split(plain, "\n") {
			known[lineKey(l)] = true
		}
		lines = append(lines, pageLines(p.Content().Text, i, known)...)
	}
	if len(lines) == 0 {
		return Doc{}, unreadable("has no text layer: it is a scan, pictures of pages. " +
			"I read text, not pictures; export the text from the program that made it, or run OCR on it first")
	}
	if t := r.Trailer().Key("Info").Key("Title"); t.Kind() == pdf.String {
		d.Title = t.Text()
	}
	d.Text = pdfText(lines)
	return d, nil
}

type pdfLine struct {
	page int
	y    float64 // baseline, up from the bottom of the page
	size float64 // font size of most of the line
	text string
}

// pageLines groups a page's glyphs into lines, top to bottom. known holds
// the lines of the page as the reader's plain-text walk gives them
// (lineKey): the glyph walk sometimes adds a stray last glyph to a line
// (seen in LibreOffice's PDFs) that plain text lacks, so such a glyph is
// dropped when the line is known without it but not with it.
func pageLines(glyphs []pdf.Text, page int, known map[string]bool) []pdfLine {
	gs := make([]pdf.Text, 0, len(glyphs))
	for _, g := range glyphs {
		if strings.TrimSpace(g.S) != "" || g.S == " " {
			gs = append(gs, g)
		}
	}
	sort.SliceStable(gs, func(i, j int) bool {
		if math.Abs(gs[i].Y-gs[j].Y) > 0.5*math.Max(gs[i].FontSize, 1) {
			return gs[i].Y > gs[j].Y
		}
		return gs[i].X < gs[j].X
	})
	var out []pdfLine
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && math.Abs(gs[j].Y-gs[i].Y) <= 0.5*math.Max(gs[i].FontSize, 1) {
			j++
		}
		l := joinGlyphs(gs[i:j], page)
		if j-i > 1 && !known[lineKey(l.text)] {
			if shorter := joinGlyphs(gs[i:j-1], page); known[lineKey(shorter.text)] {
				l = shorter
			}
		}
		out = append(out, l)
		i = j
	}
	kept := out[:0]
	for _, l := range out {
		if t := strings.TrimSpace(l.text); t != "" && !allDigits(t) {
			kept = append(kept, l)
		}
	}
	return kept
}

// joinGlyphs writes a line's glyphs left to right, with a space where the
// gap between two is wider than a fifth of the font size.
func joinGlyphs(gs []pdf.Text, page int) pdfLine {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].X < gs[j].X })
	var b strings.Builder
	sizes := map[float64]int{}
	end := math.Inf(-1)
	for _, g := range gs {
		if g.S == " " {
			b.WriteString(" ")
			end = g.X + g.W
			continue
		}
		if b.Len() > 0 && g.X-end > 0.2*g.FontSize {
			b.WriteString(" ")
		}
		b.WriteString(g.S)
		end = g.X + g.W
		sizes[math.Round(g.FontSize*2)/2] += len(g.S)
	}
	return pdfLine{page: page, y: gs[0].Y, size: mode(sizes), text: strings.Join(strings.Fields(b.String()), " ")}
}

// lineKey is a line without white space or a leading bullet, for comparing
// the two walks' lines (plain text puts a bullet on a line of its own).
func lineKey(s string) string {
	s = strings.TrimSpace(s)
	for {
		t, ok := cutBullet(s)
		if !ok {
			break
		}
		s = t
	}
	return squeeze(s)
}

// squeeze drops all white space, for comparing texts that differ in it.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func mode(m map[float64]int) float64 {
	best, n := 0.0, -1
	for k, v := range m {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

func allDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// pdfText puts lines together as paragraphs, headings and list items.
func pdfText(lines []pdfLine) string {
	chars := map[float64]int{}
	for _, l := range lines {
		chars[l.size] += len(l.text)
	}
	body := mode(chars)
	// Heading sizes, largest first: level 1, 2, ...
	var big []float64
	for s := range chars {
		if s >= body*1.15 {
			big = append(big, s)
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(big)))
	level := func(size float64) int {
		for i, s := range big {
			if size == s {
				return min(i+1, 6)
			}
		}
		return 0
	}
	// The usual distance between two lines of body text on one page.
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		a, b := lines[i-1], lines[i]
		if a.page == b.page && a.size == body && b.size == body && a.y > b.y {
			gaps = append(gaps, a.y-b.y)
		}
	}
	sort.Float64s(gaps)
	spacing := body * 1.2
	if len(gaps) > 0 {
		spacing = gaps[len(gaps)/2]
	}

	var w writer
	var para strings.Builder
	var bullet, inList bool
	flush := func() {
		switch {
		case para.Len() == 0:
		case bullet:
			w.item(para.String())
			inList = true
		default:
			if inList {
				w.end()
				inList = false
			}
			w.para(para.String())
		}
		para.Reset()
		bullet = false
	}
	for i, l := range lines {
		if lvl := level(l.size); lvl > 0 && len(l.text) <= 150 {
			flush()
			if inList {
				w.end()
				inList = false
			}
			w.heading(lvl, l.text)
			continue
		}
		text, isItem := cutBullet(l.text)
		newPara := i == 0 || isItem || lines[i-1].page != l.page && endsSentence(para.String()) ||
			lines[i-1].page == l.page && lines[i-1].y-l.y > spacing*1.4 || level(lines[i-1].size) > 0
		if newPara && para.Len() > 0 {
			flush()
		}
		if isItem {
			bullet = true
		}
		appendLine(&para, text)
	}
	flush()
	return w.String()
}

// appendLine adds a line to a paragraph, joining a word hyphenated across
// the line break.
func appendLine(b *strings.Builder, line string) {
	s := b.String()
	if s == "" {
		b.WriteString(line)
		return
	}
	if strings.HasSuffix(s, "-") && len(s) > 1 && unicode.IsLetter(rune(s[len(s)-2])) && line != "" && unicode.IsLower([]rune(line)[0]) {
		b.Reset()
		b.WriteString(strings.TrimSuffix(s, "-") + line)
		return
	}
	b.WriteString(" " + line)
}

func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || strings.ContainsAny(s[len(s)-1:], ".!?:\"”")
}

// cutBullet recognises a list item's bullet or number at a line's start.
func cutBullet(s string) (string, bool) {
	for _, b := range []string{"•", "◦", "▪", "‣", "●", "○", "■", "–", "- ", "* "} {
		if rest, ok := strings.CutPrefix(s, b); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return s, false
}
