package chart

import (
	"bytes"
	"errors"
	"flag"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"quizbot/quiz"
)

// go test ./bot/chart -charts /tmp/charts writes one picture of each kind,
// for a person to look at.
var chartsDir = flag.String("charts", "", "write sample charts into this directory")

// decode checks that b is a Width×Height PNG with a real picture in it, and
// returns its colours with how many pixels have each.
func decode(t *testing.T, name string, b []byte) map[color.RGBA]int {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: png.Decode = %v", name, err)
	}
	if got := img.Bounds().Size(); got != (image.Point{Width, Height}) {
		t.Errorf("%s: size %v; want %dx%d", name, got, Width, Height)
	}
	colours := map[color.RGBA]int{}
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			colours[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
		}
	}
	if len(colours) < 8 {
		t.Errorf("%s: %d colours; want a picture, not a blank", name, len(colours))
	}
	if colours[white] > Width*Height*97/100 {
		t.Errorf("%s: %d of %d pixels are background; want a picture", name, colours[white], Width*Height)
	}
	if *chartsDir != "" {
		if err := os.MkdirAll(*chartsDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*chartsDir, name+".png"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return colours
}

// area is how many pixels have exactly colour c: the bars are flat colour.
func area(colours map[color.RGBA]int, c color.RGBA) int { return colours[c] }

func TestPodium(t *testing.T) {
	b, err := Podium(
		[]string{"Bayarmaa", "Tömör-Ochir Batsaikhan the Younger of Khovd", "Li Wei 🌸", "Anna", "Dorj"},
		[]int{120, 340, 340, 80, 15})
	if err != nil {
		t.Fatal(err)
	}
	cs := decode(t, "podium", b)
	// Two share first place (gold), Bayarmaa is third (bronze): no silver step.
	if area(cs, gold) < 2000 || area(cs, bronze) < 1000 || area(cs, silver) != 0 {
		t.Errorf("podium steps: gold %d, silver %d, bronze %d pixels; want two gold, one bronze, no silver",
			area(cs, gold), area(cs, silver), area(cs, bronze))
	}
	if g, br := area(cs, gold)/2, area(cs, bronze); g <= br {
		t.Errorf("a gold step has %d pixels, the bronze one %d; want first higher than third", g, br)
	}
}

func TestPodiumFewPlayers(t *testing.T) {
	for n := 1; n <= 2; n++ {
		names, points := []string{"Anna", "Bold"}[:n], []int{5, 3}[:n]
		b, err := Podium(names, points)
		if err != nil {
			t.Fatalf("Podium(%d players) = %v", n, err)
		}
		cs := decode(t, "podium-small", b)
		if area(cs, gold) == 0 || (n == 2) != (area(cs, silver) > 0) {
			t.Errorf("Podium(%d players): gold %d silver %d pixels", n, area(cs, gold), area(cs, silver))
		}
	}
}

func TestDistribution(t *testing.T) {
	options := []string{"Tobolsk", "Semipalatinsk, on the Irtysh river in what is now Kazakhstan", "Kiakhta", "Ili"}
	b, err := Distribution(options, []int{17, 4, 2, 0}, 0)
	if err != nil {
		t.Fatal(err)
	}
	cs := decode(t, "distribution", b)
	if area(cs, right) < 1000 || area(cs, neutral) < 100 {
		t.Errorf("green %d, grey %d pixels; want the correct bar green and the others grey", area(cs, right), area(cs, neutral))
	}
	// The same counts with no correct option: nothing is green.
	b, err = Distribution(options, []int{17, 4, 2, 0}, -1)
	if err != nil {
		t.Fatal(err)
	}
	if cs := decode(t, "distribution-poll", b); area(cs, right) != 0 {
		t.Errorf("poll: %d green pixels; want none", area(cs, right))
	}
	// Bars are as high as the counts: the correct bar here is 4 times the next.
	b, _ = Distribution([]string{"yes", "no"}, []int{3, 12}, 0)
	cs = decode(t, "distribution-two", b)
	if g, n := area(cs, right), area(cs, neutral); n < 3*g || n > 5*g {
		t.Errorf("bars of 3 and 12 answers: %d and %d pixels; want about 1:4", g, n)
	}
}

func TestProgress(t *testing.T) {
	start := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	var days []time.Time
	var acc []float64
	for i, a := range []float64{0.4, 0.55, 0.5, 0.7, 0.65, 0.8, 0.9} {
		days = append(days, start.AddDate(0, 0, 2*i))
		acc = append(acc, a)
	}
	// Out of order on purpose: the chart sorts by day.
	days[0], days[6] = days[6], days[0]
	acc[0], acc[6] = acc[6], acc[0]
	b, err := Progress(days, acc)
	if err != nil {
		t.Fatal(err)
	}
	if cs := decode(t, "progress", b); area(cs, line) < 300 {
		t.Errorf("%d pixels of the line colour; want a line", area(cs, line))
	}
	// One day alone still draws.
	b, err = Progress(days[:1], acc[:1])
	if err != nil {
		t.Fatal(err)
	}
	decode(t, "progress-one", b)
}

func TestBadInput(t *testing.T) {
	day := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		draw func() ([]byte, error)
	}{
		{"podium empty", func() ([]byte, error) { return Podium(nil, nil) }},
		{"podium mismatch", func() ([]byte, error) { return Podium([]string{"a", "b"}, []int{1}) }},
		{"distribution empty", func() ([]byte, error) { return Distribution(nil, nil, -1) }},
		{"distribution mismatch", func() ([]byte, error) { return Distribution([]string{"a"}, []int{1, 2}, 0) }},
		{"distribution correct out of range", func() ([]byte, error) { return Distribution([]string{"a", "b"}, []int{1, 2}, 2) }},
		{"distribution negative", func() ([]byte, error) { return Distribution([]string{"a", "b"}, []int{1, -2}, 0) }},
		{"progress empty", func() ([]byte, error) { return Progress(nil, nil) }},
		{"progress mismatch", func() ([]byte, error) { return Progress([]time.Time{day}, nil) }},
		{"progress NaN", func() ([]byte, error) { return Progress([]time.Time{day}, []float64{math.NaN()}) }},
		{"progress percent", func() ([]byte, error) { return Progress([]time.Time{day}, []float64{85}) }},
	} {
		b, err := c.draw()
		var e *quiz.Error
		if !errors.As(err, &e) || e.Code != quiz.EINVALID || e.Message == "" || b != nil {
			t.Errorf("%s: got %d bytes, %v; want an EINVALID error", c.name, len(b), err)
		}
	}
}

func TestLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Anna", "Anna"},
		{"Li Wei 🌸", "Li Wei"},
		{"🌸🌸", "?"},
		{"  two\nlines ", "two lines"},
		{"Semipalatinsk, on the Irtysh", "Semipalatinsk, on…"},
		{"Тобольск", "Тобольск"},
	} {
		if got := label(c.in, 18); got != c.want {
			t.Errorf("label(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func BenchmarkPodium(b *testing.B) {
	names := []string{"Bayarmaa", "Tömör", "Li Wei", "Anna", "Dorj"}
	points := []int{120, 340, 300, 80, 15}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Podium(names, points); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDistribution is what a class question's reveal spends on its
// chart, on platforms that show images.
func BenchmarkDistribution(b *testing.B) {
	options := []string{"Tobolsk", "Omsk", "Tomsk", "Irkutsk"}
	counts := []int{14, 3, 9, 4}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Distribution(options, counts, 0); err != nil {
			b.Fatal(err)
		}
	}
}
