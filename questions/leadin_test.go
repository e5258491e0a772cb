package questions

import (
	"context"
	"strings"
	"testing"
)

// TestLessonLines: a class's task after an opening phrase ("For each
// stage, students note ...") is no fact; a timeline's line opening with a
// count is dated without its capital ("In 1842, two British officers
// ..."); a list introduced by a line of its own under "Main characters"
// is a list of characters.
func TestLessonLines(t *testing.T) {
	for _, s := range analyseText(t, "Notes\n\nFor each stage, students note a cause, an event and a consequence in their books. "+
		"Teacher explains the complaints about dock dues and railway charges. "+
		"Teacher distinguishes ice sheets from ice caps and shows a cross-section of the ice sheet, thickest in the middle. "+
		"Using a map, teacher introduces Assyria, Nineveh, Judah, Jerusalem and Lachish, and explains the revolt of 705–701 BC.") {
		if !classTask(s.Q) {
			t.Errorf("%q is no class task", s.Text)
		}
	}
	plan := "# Phases of the Moon\n\n## Learning objectives\n\n- Name the phases of the Moon.\n\n## Activities\n\nPairs arrange the phase cards in order, starting at new moon.\n"
	table := "# C4 Plants\n\n## Learning objectives\n\n- Compare C3, C4 and CAM plants.\n\n## Activities\n\nGroups complete a table comparing C3, C4 and CAM.\n"
	birds := "Swans\n\nSwans are large water birds. Pairs stay together for life.\n"
	for text, want := range map[string]string{plan: "a lesson's task for its groups", table: "a lesson's task for its groups", birds: ""} {
		a := clean("t.md", text)
		sents := analyseText(t, text)
		if got := leansOnContext(simplify(sents[len(sents)-1].Toks), &a); got != want {
			t.Errorf("leansOnContext(%q) = %q; want %q", sents[len(sents)-1].Text, got, want)
		}
	}
	for _, s := range analyseText(t, "Schools\n\nThe teacher was paid by the village.") {
		if classTask(s.Q) {
			t.Errorf("%q is a fact, not a class task", s.Text)
		}
	}
	if got := datedSentence("1842", "Two British officers were executed in Bukhara.", map[string]bool{}); got != "In 1842, two British officers were executed in Bukhara." {
		t.Errorf("datedSentence = %q", got)
	}
	if got := datedSentence("668", "Weakened by a succession dispute, Goguryeo fell to a Silla–Tang attack.", map[string]bool{}); got != "In 668, weakened by a succession dispute, Goguryeo fell to a Silla–Tang attack." {
		t.Errorf("datedSentence = %q", got)
	}
	if got := datedSentence("1912", "Wedding of the king.", map[string]bool{}); got != "In 1912, Wedding of the king." {
		t.Errorf("datedSentence = %q; a noun opening keeps its capital", got)
	}
	text := "Ficciones\n\nFicciones is a collection of short stories by Jorge Luis Borges, published in 1944.\n\nMain characters\n\n" +
		"There is no continuous cast, but certain figures stand out:\n- Yu Tsun: the spy who finds that history branches like a maze.\n" +
		"- Erik Lönnrot: the over-intelligent detective defeated by his own reasoning.\n- Ireneo Funes: the boy with infinite memory, isolated by his gift.\n"
	_, a, _ := analyse(context.Background(), Source{Name: "ficciones.txt", Text: text}, 0)
	if len(a.Lists) != 1 || a.Lists[0].kind() != "character" {
		t.Fatalf("lists %+v; want one list of characters", a.Lists)
	}
}

// TestTeacherNoteIsNoSection: a line telling the teacher what to do with
// the list below ("Show examples of the following ...:") is no section;
// the heading above still names what the items are.
func TestTeacherNoteIsNoSection(t *testing.T) {
	text := "# Sashiko\n\n## Traditional motifs\n\nShow examples of the following and note their associations:\n\n" +
		"- **Asanoha** (hemp leaf): six-pointed star shapes linked to the healthy growth of children.\n" +
		"- **Seigaiha** (blue ocean waves): overlapping arcs that suggest calm, continuing good fortune.\n" +
		"- **Kikkō** (tortoise shell): hexagons, linked with long life.\n\n## Stitching\n\nThe stitches of sashiko are small and even, about five to a centimetre.\n"
	_, a, _ := analyse(context.Background(), Source{Name: "sashiko.md", Text: text}, 0)
	if len(a.Lists) != 1 || a.Lists[0].Section != "Traditional motifs" {
		t.Fatalf("lists %+v; want one list under Traditional motifs", a.Lists)
	}
	for _, p := range a.Paras {
		if strings.HasPrefix(p.Section, "Show") {
			t.Errorf("paragraph %q under the teacher's note %q", p.Text, p.Section)
		}
	}
}

// TestExitSlipIsATask: a label line under an exercise heading ("Exit
// slip:" under "Plenary") keeps the exercise's section, so its premises
// are not asked as facts.
func TestExitSlipIsATask(t *testing.T) {
	text := "# Photosynthesis\n\n## Limiting factors\n\nLight intensity, carbon dioxide and temperature limit the rate of photosynthesis.\n\n" +
		"## Plenary / exit questions (5 minutes)\n\nExit slip:\n\n1. Define limiting factor.\n2. A plant's rate of photosynthesis stops increasing as light intensity rises. Suggest two factors.\n"
	_, a, _ := analyse(context.Background(), Source{Name: "p.md", Text: text}, 0)
	for _, p := range a.Paras {
		if strings.Contains(p.Text, "stops increasing") && !exerciseHeading(p.Section) {
			t.Errorf("%q under %q, no exercise", p.Text, p.Section)
		}
	}
}
