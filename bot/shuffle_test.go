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
	// a function of the round and of each question's place in it, and the
	// store draws those places at random, so the count varies between runs:
	// more than 15 of 20 would come once in a few million runs of a fair
	// draw (TestShownOrderIsFair checks the fairness itself, run-free).
	if right != firstRight || right > 15 {
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

// TestShownOrderIsFair: over many rounds each of four options is shown
// first about a quarter of the time, "All of the above" keeps its place,
// and the same round and place always give the same order. The order is a
// pure function of its inputs, so these counts are the same on every run.
func TestShownOrderIsFair(t *testing.T) {
	q := &quiz.Question{ID: "0123456789ab", Kind: quiz.MultipleChoice, Stem: "Which?",
		Options: []string{"Amur", "Volga", "Lena", "Ob", "All of the above"}, Answer: "Amur"}
	first := map[string]int{}
	const rounds = 4000
	for r := int64(1); r <= rounds; r++ {
		shown := bot.Shown(q, r, int(r%7))
		first[shown.Options[0]]++
		if shown.Options[4] != "All of the above" {
			t.Fatalf("round %d: %q; want \"All of the above\" kept last", r, shown.Options)
		}
		if again := bot.Shown(q, r, int(r%7)); !slices.Equal(again.Options, shown.Options) {
			t.Fatalf("round %d: drawn %q, then %q", r, shown.Options, again.Options)
		}
	}
	for _, o := range q.Options[:4] {
		if n := first[o]; n < rounds*22/100 || n > rounds*28/100 {
			t.Errorf("%s shown first in %d of %d rounds; want about a quarter (%v)", o, n, rounds, first)
		}
	}
	if !slices.Equal(q.Options, []string{"Amur", "Volga", "Lena", "Ob", "All of the above"}) {
		t.Errorf("the stored order changed: %q", q.Options)
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
