package bot

import (
	"context"
	"fmt"
	"strings"

	"quizbot/quiz"
)

// score is /score: points, rank and accuracy here and everywhere, best
// streak, strongest and weakest topic, and a chart of progress over time.
func (c *conv) score(ctx context.Context) error {
	here, err := c.s.store.Standing(ctx, c.chat.Scope, c.user.ID)
	if err != nil {
		return err
	}
	all, err := c.s.store.Standing(ctx, quiz.GlobalScope, c.user.ID)
	if err != nil {
		return err
	}
	if all.Answered == 0 {
		return c.say(ctx, "%s, you have no score yet. Type /quiz to play a round.", c.user.Name)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "📊 %s\n", c.user.Name)
	if here.Answered > 0 {
		fmt.Fprintf(&b, "Here: %s points, rank %d, %s right (%d/%d)\n", thousands(here.Points), here.Rank,
			percent(here.Accuracy()), here.Correct, here.Answered)
	}
	fmt.Fprintf(&b, "Everywhere: %s points, rank %d, %s right (%d/%d), %s\n", thousands(all.Points), all.Rank,
		percent(all.Accuracy()), all.Correct, all.Answered, plural(all.Rounds, "round"))
	fmt.Fprintf(&b, "Best streak: %d in a row", all.BestStreak)
	results, err := c.s.store.TopicResults(ctx, c.user.ID)
	if err != nil {
		return err
	}
	if best, worst, ok := strongestWeakest(results); ok {
		fmt.Fprintf(&b, "\nStrongest topic: %s (%s) · weakest: %s (%s)", best.Topic, percent(acc(best)), worst.Topic, percent(acc(worst)))
	}
	rep := Reply{Text: b.String()}
	if !c.s.caps(c.chat.Platform).Images {
		// The figures above say it; the chart is not drawn.
	} else if img, err := c.s.progressChart(ctx, c.user.ID); err != nil {
		c.s.log.Warn("progress chart", "err", err)
	} else {
		rep.Image = img
	}
	return c.reply(ctx, rep)
}

func acc(r quiz.TopicResult) float64 { return float64(r.Correct) / float64(r.Answered) }

// strongestWeakest picks the topics with the best and worst accuracy, when
// the player has answered on two topics or more.
func strongestWeakest(rs []quiz.TopicResult) (best, worst quiz.TopicResult, ok bool) {
	var played []quiz.TopicResult
	for _, r := range rs {
		if r.Answered > 0 {
			played = append(played, r)
		}
	}
	if len(played) < 2 {
		return best, worst, false
	}
	best, worst = played[0], played[0]
	for _, r := range played[1:] {
		if acc(r) > acc(best) {
			best = r
		}
		if acc(r) < acc(worst) {
			worst = r
		}
	}
	return best, worst, true
}

// top is /top: the first ten here, and the caller's own line if not among them.
func (c *conv) top(ctx context.Context) error {
	lines, err := c.s.store.Top(ctx, c.chat.Scope, 10)
	if err != nil {
		return err
	}
	if len(lines) == 0 {
		return c.say(ctx, "Nobody has played here yet. Type /quiz to be the first!")
	}
	var b strings.Builder
	b.WriteString("🏆 Leaderboard\n")
	mine := false
	for _, s := range lines {
		fmt.Fprintf(&b, "%d. %s — %s points · %s right · %s\n", s.Rank, s.Name, thousands(s.Points), percent(s.Accuracy()), plural(s.Rounds, "round"))
		mine = mine || s.UserID == c.user.ID
	}
	if !mine {
		me, err := c.s.store.Standing(ctx, c.chat.Scope, c.user.ID)
		if err != nil {
			return err
		}
		if me.Rank > 0 {
			fmt.Fprintf(&b, "…\n%d. %s — %s points · %s right (you)\n", me.Rank, me.Name, thousands(me.Points), percent(me.Accuracy()))
		}
	}
	return c.say(ctx, "%s", strings.TrimSpace(b.String()))
}

// topics is /topics.
func (c *conv) topics(ctx context.Context) error {
	ts, err := c.s.store.Topics(ctx)
	if err != nil {
		return err
	}
	if len(ts) == 0 {
		return c.say(ctx, "There are no topics yet.")
	}
	var b strings.Builder
	b.WriteString("📚 Topics\n")
	for _, t := range ts {
		fmt.Fprintf(&b, "• %s — %s\n", t.Name, plural(t.Questions, "question"))
	}
	b.WriteString("Play one with /quiz TOPIC [count], or /quiz for a mix.")
	return c.say(ctx, "%s", b.String())
}

// forget is /forgetme: asks once, then removes the player's answers, scores
// and review cards everywhere. Question statistics keep the answers,
// anonymous.
func (c *conv) forget(ctx context.Context, args string) error {
	if strings.ToLower(strings.TrimSpace(args)) != "yes" {
		return c.reply(ctx, Reply{Ephemeral: true, Text: "This deletes your scores and review cards everywhere and makes your past answers anonymous. " +
			"It cannot be undone. To go ahead, send: /forgetme yes"})
	}
	if err := c.s.store.ForgetUser(ctx, c.user.ID); err != nil {
		return err
	}
	c.s.known.forget()
	return c.reply(ctx, Reply{Ephemeral: true, Text: "Done: your scores and review cards are deleted and your past answers are anonymous."})
}
