// Package chart draws the small PNG pictures that the bot sends next to its
// text: the podium at the end of a class quiz, the distribution of answers
// when a question closes, and a student's accuracy over time for /score.
// The pictures repeat what the text says (chats may not show images), so they
// favour a few big labels over detail.
package chart

import (
	"bytes"
	"fmt"
	"image/color"
	"strings"
	"unicode/utf8"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"quizbot/quiz"
)

// Size of every picture in pixels: small enough for a chat preview, large
// enough to read on a phone.
const (
	Width  = 480
	Height = 320
	dpi    = 96
)

// Colours, chosen to read on light and dark chat themes alike.
var (
	ink     = color.RGBA{0x26, 0x32, 0x38, 0xff}
	neutral = color.RGBA{0x78, 0x90, 0x9c, 0xff} // a wrong option
	right   = color.RGBA{0x2e, 0x9d, 0x4f, 0xff} // the correct option
	line    = color.RGBA{0x1e, 0x6f, 0xd9, 0xff}
	gold    = color.RGBA{0xf2, 0xb7, 0x05, 0xff}
	silver  = color.RGBA{0xa8, 0xb3, 0xbd, 0xff}
	bronze  = color.RGBA{0xc6, 0x7c, 0x3b, 0xff}
	white   = color.RGBA{0xff, 0xff, 0xff, 0xff}
)

func invalid(format string, args ...any) error {
	return quiz.Errorf(quiz.EINVALID, format, args...)
}

// newPlot is a plot with quizbot's title and font sizes.
func newPlot(title string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = sans(14, true)
	p.Title.TextStyle.Color = ink
	p.Title.Padding = vg.Points(6)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = sans(10, false)
		a.Label.TextStyle.Color = ink
		a.Tick.Label.Font = sans(9, false)
		a.Tick.Label.Color = ink
		a.Color = ink
		a.Tick.Color = ink
	}
	return p
}

// render draws p as a Width×Height PNG.
func render(p *plot.Plot) ([]byte, error) {
	w := vg.Length(Width) * vg.Inch / dpi
	h := vg.Length(Height) * vg.Inch / dpi
	c := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(white))
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("encode chart: %w", err)
	}
	return buf.Bytes(), nil
}

// sans is Liberation Sans, which reads better than plot's default serif at
// the sizes of a chat preview.
func sans(size vg.Length, bold bool) font.Font {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return f
}

// face is the font every label is drawn with, to ask which characters it has.
var face = font.DefaultCache.Lookup(sans(10, false), 10)

// addLabels writes texts centred on the points xys.
func addLabels(p *plot.Plot, xys plotter.XYs, texts []string, size vg.Length, c color.Color, bold bool) error {
	l, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: texts})
	if err != nil {
		return fmt.Errorf("chart labels: %w", err)
	}
	for i := range l.TextStyle {
		l.TextStyle[i].Font = sans(size, bold)
		l.TextStyle[i].Color = c
		l.TextStyle[i].XAlign = draw.XCenter
		l.TextStyle[i].YAlign = draw.YCenter
	}
	p.Add(l)
	return nil
}

// label makes s fit a chart: characters the font cannot draw (emoji, most
// CJK) are dropped rather than shown as boxes, white space is folded, and a
// text longer than max runes is cut with "…".
func label(s string, max int) string {
	var b strings.Builder
	var buf sfnt.Buffer
	for _, r := range strings.Join(strings.Fields(s), " ") {
		if i, err := face.Face.GlyphIndex(&buf, r); err == nil && i != 0 {
			b.WriteRune(r)
		}
	}
	t := strings.TrimSpace(b.String())
	if t == "" && s != "" {
		t = "?"
	}
	if utf8.RuneCountInString(t) > max {
		r := []rune(t)
		t = strings.TrimSpace(string(r[:max-1])) + "…"
	}
	return t
}
