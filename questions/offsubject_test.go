package questions

import (
	"strings"
	"testing"
)

// TestOffSubject: in a life and in a reference article a sentence that
// names neither the subject nor its names is held back (the background it
// is set in); one that names the subject stays, and a guide to a work and
// lesson notes keep the sentences about their characters and terms.
func TestOffSubject(t *testing.T) {
	life := `Tomasz Wrona

Tomasz Wrona (1821–1890) was a Polish engineer who built iron bridges across the Vistula.

In 1815 the Congress of Vienna gave most of Poland to the Russian Empire. Wrona studied at the Warsaw Polytechnic from 1838 to 1842 and worked in Leeds for six years. In 1857 Wrona designed the Kierbedź Bridge, the first iron bridge in Warsaw.`
	article := `Lauben Funicular

The Lauben Funicular is a short funicular in the canton of Bern in Switzerland. It opened in 1912 and climbs 420 metres from Spiez to the Lauben terrace.

The Thun and Spiez Railway had reached Spiez in 1893, and steamers on Lake Thun carried most visitors. The Lauben Funicular was rebuilt in 1978 with new cars made in Thun. The Niesen Funicular near Spiez had opened as early as 1910.`
	guide := `Maugis d'Aigremont: A Study Guide

Maugis d'Aigremont is an Old French chanson de geste of the thirteenth century about the enchanter Maugis.

Renaud steals the horse Bayard from a dragon's island in 1205.`
	event := `Siege of Korsun

The Siege of Korsun was a siege of the town of Korsun by Cossack forces in 1648.

In May 1648 Cossack troops under Bohdan Khmelnytsky surrounded the Polish camp at dawn. Hetman Mikołaj Potocki was taken prisoner.`
	for _, c := range []struct {
		text, sentence string
		want           bool
	}{
		{event, "In May 1648 Cossack troops", false}, // an event is what others did
		{life, "Wrona studied at the Warsaw Polytechnic", false},
		{life, "In 1815 the Congress of Vienna", true},
		{life, "In 1857 Wrona designed", false},
		{article, "The Thun and Spiez Railway had reached", true},
		{article, "The Lauben Funicular was rebuilt", false},
		{article, "The Niesen Funicular near Spiez", true}, // another of its kind
		{guide, "Renaud steals the horse Bayard", false},
	} {
		found := false
		for _, cand := range textCandidates(t, c.text) {
			if !strings.HasPrefix(cand.Sent.Text, c.sentence) {
				continue
			}
			found = true
			if got := offSubject(&cand); got != c.want {
				t.Errorf("offSubject(%q: %q) = %v; want %v", c.sentence, cand.Q.Stem, got, c.want)
			}
		}
		if !found {
			t.Errorf("no candidate from %q", c.sentence)
		}
	}
}

// TestNotesAndGuides: Markdown headings make lesson notes; a title that
// says it is a guide, or a first sentence that names a work, a guide.
func TestNotesAndGuides(t *testing.T) {
	for _, c := range []struct {
		a            article
		notes, guide bool
	}{
		{article{Raw: "# Firn\n\n## What firn is\n\nFirn is old snow."}, true, false},
		{article{Raw: "Firn\n\nFirn is old snow. #1 in the list."}, false, false},
		{article{Title: "Aliscans: A Study Guide"}, false, true},
		{article{Title: "Cranford by Elizabeth Gaskell"}, false, true},
		{article{Title: "Vanity Fair", Kind: "novel"}, false, true},
		{article{Title: "Battle of Maldon"}, false, false},
	} {
		if got := c.a.notes(); got != c.notes {
			t.Errorf("notes(%q) = %v; want %v", c.a.Raw, got, c.notes)
		}
		if got := c.a.guide(); got != c.guide {
			t.Errorf("guide(%q, kind %q) = %v; want %v", c.a.Title, c.a.Kind, got, c.guide)
		}
	}
}

// TestStandIn: "the range" in the article on the Andes is the Andes; "the
// Giessbach funicular" in one on another funicular is not its subject.
func TestStandIn(t *testing.T) {
	for _, c := range []struct {
		kind, text string
		want       bool
	}{
		{"range", "The range runs through seven countries.", true},
		{"mountain range", "Its range is 7,000 kilometres long.", true},
		{"funicular", "The Giessbach funicular had opened as early as 1879.", false},
		{"river", "The Rhine flows north.", false},
		{"", "The range runs north.", false},
		{"station", "The station's clock was made in 1880.", true},
		{"sea", "Fishing boats cross a sea every day.", false},
	} {
		a := article{Kind: c.kind}
		if got := a.standIn(c.text); got != c.want {
			t.Errorf("standIn(kind %q, %q) = %v; want %v", c.kind, c.text, got, c.want)
		}
	}
}
