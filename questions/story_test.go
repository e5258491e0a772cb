package questions

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestToldStory(t *testing.T) {
	for _, f := range []string{"literature_the-fourth-board.txt", "literature_the-seed-library.txt", "literature_fable-barge-mice.txt"} {
		b, err := os.ReadFile("testdata/dev/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if !told(string(b)) {
			t.Errorf("%s: a story told with dialogue is not taken for one", f)
		}
		_, err = Generate([]Source{{Name: f, Text: string(b)}})
		if err == nil || !strings.Contains(err.Error(), "summary of the plot") {
			t.Errorf("%s: error %v; want one that says a story is not asked about and what to give instead", f, err)
		}
	}
	// Retellings and lives quote a line or two; they are prose of facts.
	for _, f := range []string{"literature_pride-and-prejudice.txt", "literature_macbeth.txt", "biography_jesse-owens.txt", "lesson_the-berlin-wall.md"} {
		b, err := os.ReadFile("testdata/dev/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if told(string(b)) {
			t.Errorf("%s: taken for a told story", f)
		}
	}
}

func TestStoryAmongOtherTexts(t *testing.T) {
	story, err := os.ReadFile("testdata/dev/literature_the-seed-library.txt")
	if err != nil {
		t.Fatal(err)
	}
	life, err := os.ReadFile("testdata/dev/biography_jesse-owens.txt")
	if err != nil {
		t.Fatal(err)
	}
	qs, err := Generate([]Source{{Name: "story.txt", Text: string(story)}, {Name: "owens.txt", Text: string(life)}})
	if err != nil || len(qs) == 0 {
		t.Fatalf("a story beside a biography: %d questions, %v; want the biography's", len(qs), err)
	}
	for _, q := range qs {
		if !strings.Contains(q.Explanation, "Owens") && strings.Contains(string(story), q.Explanation) {
			t.Errorf("asked from the story: %s", q.Stem)
		}
	}
}

// TestQuotedNamesAreNoSpeech: an article that quotes nicknames and titles
// with the stop inside the quotes ("Clinton's Ditch.") is no told story.
func TestQuotedNamesAreNoSpeech(t *testing.T) {
	text := "Erie Canal\n\nThe Erie Canal links the Hudson River with Lake Erie. "
	for _, q := range []string{"Clinton's Ditch.", "Wedding of the Waters.", "Low Bridge, Everybody Down,", "Fifteen Miles on the Erie Canal.", "Grand Canal.", "Mule Road.", "Empire State,"} {
		text += "People called it \"" + q + "\" The canal carried grain and timber to New York. "
	}
	if told(text) {
		t.Errorf("told(%q) = true; want quoted names not taken for speech", text)
	}
	speech := "The Ferry\n\n"
	for i := 0; i < 7; i++ {
		speech += "\"Nobody move,\" said Ada. \"We wait for the tide!\" Tom shouted back. "
	}
	if !told(speech) {
		t.Errorf("told(%q) = false; want a story told in speech", speech)
	}
}

// TestGuideQuotingFamousLines: a study guide that quotes a book's famous
// lines without saying who speaks is a summary, not a story told in
// scenes; the same lines said by someone make a story.
func TestGuideQuotingFamousLines(t *testing.T) {
	lines := []string{`"Who are you?"`, `"Off with their heads!"`, `"Why is a raven like a writing-desk?"`,
		`"Sentence first, verdict afterwards."`, `"You're nothing but a pack of cards!"`, `"Curiouser and curiouser!"`}
	var guide, story strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&guide, "In chapter %d the book turns on the line %s and the scene that follows it moves the plot on towards the trial at the end. ", i+1, l)
		fmt.Fprintf(&story, "%s said the Queen, and Alice looked at her. ", l)
	}
	if told(guide.String()) {
		t.Errorf("a guide quoting lines without speakers was taken for a story")
	}
	if !told(story.String()) {
		t.Errorf("a story whose lines are said by someone was not taken for one")
	}
}
