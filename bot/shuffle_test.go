package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/questions/bank"
	"quizbot/quiz"
)

// TestImportedBankIsNotWonByOption1: banks list the right answer first; a
// player who answers "1" to every question of such a bank must not score
// them all, and the stored order (what export writes) stays as it was.
func TestImportedBankIsNotWonByOption1(t *testing.T) {
	e := newEnv(t, 0)
	ctx := context.Background()
	var gift strings.Builder
	for i := 1; i <= 20; i++ {
		fmt.Fprintf(&gift, "::Q%d:: Which word stands first in list %d? {=alpha%d ~beta%d ~gamma%d ~delta%d}\n\n", i, i, i, i, i, i)
	}
	qs, err := bank.Parse("gift", strings.NewReader(gift.String()))
	if err != nil {
		t.Fatal(err)
	}
	for i := range qs {
		qs[i].Topic = "lists"
	}
	if _, err := e.db.ImportQuestions(ctx, "lists.gift", qs); err != nil {
		t.Fatal(err)
	}
	me := user("1")
	sent := e.send(private, me, "/quiz lists 20")
	firstRight := 0
	for i := 0; i < 20; i++ {
		qm, ok := bottest.LastQuestion(sent)
		if !ok {
			t.Fatalf("question %d not sent; got:\n%s", i+1, bottest.Text(sent))
		}
		if strings.HasPrefix(qm.Reply.Buttons[0].Label, "alpha") {
			firstRight++
		}
		sent = e.send(private, me, "1")
		e.clock.Advance(3 * time.Second)
		sent = append(sent, e.out.Take()...)
	}
	right := 0
	atts := e.attempts()
	for _, a := range atts {
		if a.Correct {
			right++
		}
	}
	if len(atts) != 20 {
		t.Fatalf("attempts = %d; want 20", len(atts))
	}
	// Four options in a drawn order: about 5 of 20 land first. The order is
	// a function of the round, so this count is the same on every run.
	if right != firstRight || right > 10 {
		t.Errorf("answering 1 to all 20 scored %d (the answer was shown first %d times); want it shown first about a quarter of the time", right, firstRight)
	}
	for _, q := range qs {
		got, err := e.db.Question(ctx, q.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Options, q.Options) {
			t.Errorf("stored options of %s = %q; want the bank's order %q", q.ID, got.Options, q.Options)
		}
	}
}

// TestImportedNumericalQuestion: a bank's {#1200:100} takes 1150 as right,
// the reveal says which numbers counted, and a question without a source
// sentence shows no empty 📖 line.
func TestImportedNumericalQuestion(t *testing.T) {
	e := newEnv(t, 0)
	ctx := context.Background()
	qs, err := bank.Parse("gift", strings.NewReader("::Tower:: How tall is the tower in metres? {#1200:100}\n"))
	if err != nil {
		t.Fatal(err)
	}
	qs[0].Topic = "towers"
	if _, err := e.db.ImportQuestions(ctx, "towers.gift", qs); err != nil {
		t.Fatal(err)
	}
	me := user("1")
	e.send(private, me, "/quiz towers 1")
	text := bottest.Text(e.send(private, me, "1150"))
	if !strings.Contains(text, "✅") || !strings.Contains(text, "anything from 1100 to 1300 counted") {
		t.Errorf("answer 1150 to 1200±100:\n%s\nwant ✅ and the range that counted", text)
	}
	if strings.Contains(text, "📖") {
		t.Errorf("a question without a source sentence shows a 📖 line:\n%s", text)
	}
}

// BenchmarkShownOrder is the cost of drawing a question's option order at
// ask time (the baseline copies the question without drawing).
func BenchmarkShownOrder(b *testing.B) {
	q := &quiz.Question{ID: "0123456789ab", Kind: quiz.MultipleChoice, Stem: "Which?",
		Options: []string{"Amur", "Volga", "Lena", "Ob"}, Answer: "Amur"}
	b.Run("copy", func(b *testing.B) {
		for b.Loop() {
			c := *q
			c.Options = append([]string(nil), q.Options...)
			_ = c
		}
	})
	b.Run("shown", func(b *testing.B) {
		var r int64
		for b.Loop() {
			r++
			_ = bot.Shown(q, r, 0)
		}
	})
}
