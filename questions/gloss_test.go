package questions

import (
	"context"
	"slices"
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestQuotedGloss: a name's translation in brackets is a right answer for
// the name; a bracket that says something else is not.
func TestQuotedGloss(t *testing.T) {
	text := "Zhaozhou Bridge\n\nThe Zhaozhou Bridge, also known as the Anji Bridge (\"Safe Crossing Bridge\"), is a stone arch bridge over the Xiao River in Hebei. " +
		"It was built between 595 and 605 under the Sui dynasty. " +
		"The bridge was designed by the craftsman Li Chun (c. 600), whose name is carved on it."
	cands, err := allCandidates(context.Background(), []Source{{Name: "bridge.txt", Text: text}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range cands {
		q := c.Q
		if q.Answer == "Anji Bridge" {
			found = true
			if !slices.Contains(q.Aliases, "Safe Crossing Bridge") {
				t.Errorf("%q: aliases %q; want the translation the text gives", q.Stem, q.Aliases)
			}
		}
		for _, a := range q.Aliases {
			if strings.Contains(a, "600") {
				t.Errorf("%q: alias %q from a bracket that is no translation", q.Stem, a)
			}
		}
	}
	if !found {
		t.Fatalf("no question asks for the Anji Bridge")
	}
	if g := quotedGloss(`the Anji Bridge ("Safe Crossing Bridge")`, span{Text: "Anji Bridge"}); g != "Safe Crossing Bridge" {
		t.Errorf("gloss %q", g)
	}
	if g := quotedGloss(`Li Chun (c. 600)`, span{Text: "Li Chun"}); g != "" {
		t.Errorf("gloss %q from a date", g)
	}
	if g := quotedGloss(`The text of an opera is the libretto ("little book").`, span{Text: "libretto"}); g != "" {
		t.Errorf("a word's meaning %q taken for another name", g)
	}
}

// TestTermGloss: a key term the notes translate in brackets anywhere in
// the text ("the Estado Novo ("New State")") is answered with its
// translation too, asked from its meaning in the key-terms list.
func TestTermGloss(t *testing.T) {
	text := "# The Carnation Revolution\n\n## Background\n\n" +
		"Salazar became prime minister in 1932. The constitution of 1933 created the Estado Novo (\"New State\"), an authoritarian and nationalist regime. " +
		"The regime fought long colonial wars in Africa from 1961.\n\n" +
		"## Key terms\n\n" +
		"- **Estado Novo**: the authoritarian regime that ruled Portugal from 1933 to 1974.\n" +
		"- **PIDE**: the secret police of the regime, which arrested and tortured opponents.\n" +
		"- **Decolonisation**: the process by which the colonies became independent states.\n"
	cands, err := allCandidates(context.Background(), []Source{{Name: "notes.md", Text: text}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range cands {
		q := c.Q
		if q.Answer != "Estado Novo" || q.Kind != quiz.ShortAnswer {
			continue
		}
		found = true
		if !quiz.CheckTyped(&q, "New State") || !quiz.CheckTyped(&q, "Estado Novo") {
			t.Errorf("%q: aliases %q; want the translation the notes give accepted", q.Stem, q.Aliases)
		}
		if quiz.CheckTyped(&q, "PIDE") {
			t.Errorf("%q: another term accepted", q.Stem)
		}
	}
	if !found {
		t.Fatal("no short answer asks for the Estado Novo")
	}
}
