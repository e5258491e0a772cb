package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"quizbot/quiz"
)

// Homework: /class assign picks a fixed set of questions for the chat's
// latest class (a new class if the chat has none) with a deadline. Each
// student takes it in a private chat with /class homework [number]: a round
// of ModeHomework over the questions they have not answered yet, so that a
// student may stop and come back until it is due. The answers count in the
// class report.

// Homework limits.
const (
	MaxHomeworkSize = 50
	DefaultDue      = 7 * 24 * time.Hour
	maxDue          = 366 * 24 * time.Hour
	homeworkTime    = 120 // seconds per homework question: own pace, not a race
)

// parseDue reads a deadline: a duration in minutes, hours, days or weeks
// ("90m", "48h", "3d", "2w") from now, or a date ("2026-06-30", the end of
// that day in UTC) or date and time ("2026-06-30T18:00", UTC).
func parseDue(s string, now time.Time) (time.Time, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if n := len(s); n >= 2 {
		if v, err := strconv.Atoi(s[:n-1]); err == nil && v > 0 && v < 100000 {
			unit := map[byte]time.Duration{'m': time.Minute, 'h': time.Hour, 'd': 24 * time.Hour, 'w': 7 * 24 * time.Hour}[s[n-1]]
			if unit > 0 {
				return now.Add(time.Duration(v) * unit), true
			}
		}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Add(24*time.Hour - time.Second), true
	}
	for _, layout := range []string{"2006-01-02t15:04", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func dueText(t time.Time) string { return t.UTC().Format("Mon 2 Jan 2006, 15:04 UTC") }

// assign is /class assign [topic] [count] [due].
func (c *conv) assign(ctx context.Context, args string) error {
	if !c.teacher() {
		return c.errTeacher()
	}
	now := c.s.now()
	words := strings.Fields(args)
	due := now.Add(DefaultDue)
	if n := len(words); n > 0 {
		if t, ok := parseDue(words[n-1], now); ok {
			due, words = t, words[:n-1]
		} else if looksLikeDue(words[n-1]) {
			return quiz.Errorf(quiz.EINVALID, "I could not read the deadline %q. Write it like 3d, 48h or 2026-06-30.", shorten(words[n-1], 30))
		}
	}
	if !due.After(now) {
		return quiz.Errorf(quiz.EINVALID, "That deadline has passed already: %s.", dueText(due))
	}
	if due.Sub(now) > maxDue {
		return quiz.Errorf(quiz.EINVALID, "Homework may be due at most a year from now.")
	}
	count, counted := c.s.cfg.RoundSize, false
	if n := len(words); n > 0 {
		if v, err := strconv.Atoi(words[n-1]); err == nil {
			if v < 1 || v > MaxHomeworkSize {
				return quiz.Errorf(quiz.EINVALID, "Homework has 1 to %d questions.", MaxHomeworkSize)
			}
			count, words, counted = v, words[:n-1], true
		}
	}
	topic, count, err := c.s.findTopicCounted(ctx, strings.Join(words, " "), counted, count, MaxHomeworkSize)
	if err != nil {
		return err
	}
	ids, err := c.s.pick(ctx, c.chat.ID, topic, count)
	if err != nil {
		return err
	}
	cl, err := c.s.store.LatestClass(ctx, c.chat.ID)
	if err != nil {
		return err
	}
	if cl == nil {
		cl = &quiz.Class{ChatID: c.chat.ID, TeacherID: c.user.ID, Topic: topic}
		if err := c.s.store.CreateClass(ctx, cl, nil); err != nil {
			return err
		}
	}
	a := &quiz.Assignment{ClassID: cl.ID, Topic: topic, QuestionIDs: ids, Due: due}
	if err := c.s.store.CreateAssignment(ctx, a); err != nil {
		return err
	}
	what := "mixed topics"
	if topic != "" {
		what = topic
	}
	_, err = c.s.send(ctx, c.in.Chat, Reply{To: c.in, Text: fmt.Sprintf("📚 Homework %d (class %d): %s on %s, due %s.\n"+
		"Students: open a private chat with me and send %s %d. Take your time — %d seconds a question, "+
		"and you can stop and come back until it is due. Your answers go into the class report.",
		a.ID, cl.ID, plural(len(ids), "question"), what, dueText(due), c.homeworkCommand(), a.ID, homeworkTime)})
	return err
}

// homeworkCommand is how students ask for homework on the chat's platform:
// one where /class is for teachers only has a command of its own
// (Capabilities.HomeworkCommand).
func (c *conv) homeworkCommand() string { return c.s.caps(c.chat.Platform).homework() }

// looksLikeDue tells a mistyped deadline ("3days", "2026-13-40") from a
// topic word, so that the former gets an error rather than a topic search.
func looksLikeDue(s string) bool {
	return len(s) > 1 && s[0] >= '0' && s[0] <= '9' && strings.ContainsAny(s, "-dhwmDHWM") && !strings.ContainsAny(s, " ")
}

// homework is /class homework [number], in a private chat.
func (c *conv) homework(ctx context.Context, args string) error {
	if !c.chat.Private {
		return c.reply(ctx, Reply{Ephemeral: true, Text: "Homework is done in a private chat with me: open one and send " +
			c.homeworkCommand() + " there."})
	}
	var a *quiz.Assignment
	if args = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(args), "#")); args != "" {
		id, err := strconv.ParseInt(args, 10, 64)
		if err != nil || id <= 0 {
			return c.say(ctx, "Give the homework's number, for example: %s 7", c.homeworkCommand())
		}
		if a, err = c.s.store.Assignment(ctx, id); err != nil {
			return err
		}
		if a.Platform != c.chat.Platform {
			return quiz.Errorf(quiz.ENOTFOUND, "There is no homework %d.", id)
		}
	} else {
		open, err := c.s.store.OpenAssignments(ctx, c.chat.Platform, c.user.ID, c.s.now())
		if err != nil {
			return err
		}
		switch len(open) {
		case 0:
			return c.say(ctx, "You have no open homework that I know of. If your teacher gave you a number, send %s NUMBER.",
				c.homeworkCommand())
		case 1:
			a = &open[0]
		default:
			var b strings.Builder
			b.WriteString("📚 Your open homework:")
			for _, h := range open {
				fmt.Fprintf(&b, "\n%d — %s%s, from %s, due %s", h.ID, plural(len(h.QuestionIDs), "question"), onTopic(h.Topic), h.ChatTitle, dueText(h.Due))
			}
			b.WriteString("\nSend " + c.homeworkCommand() + " NUMBER to start one.")
			return c.say(ctx, "%s", b.String())
		}
	}
	if !c.s.now().Before(a.Due) {
		return c.say(ctx, "Homework %d was due %s; it is closed now.", a.ID, dueText(a.Due))
	}
	done, err := c.s.store.HomeworkAnswered(ctx, a.ClassID, c.user.ID)
	if err != nil {
		return err
	}
	answered := map[string]bool{}
	for _, id := range done {
		answered[id] = true
	}
	var left []string
	for _, id := range a.QuestionIDs {
		if !answered[id] {
			left = append(left, id)
		}
	}
	if len(left) == 0 {
		return c.say(ctx, "✅ You have done homework %d: %s. Well done! /score shows your standing.", a.ID, plural(len(a.QuestionIDs), "question"))
	}
	if r, err := c.s.store.OpenRound(ctx, c.chat.ID); err != nil {
		return err
	} else if r != nil {
		return quiz.Errorf(quiz.ECONFLICT, "Finish or /stop the current round first.")
	}
	r := &quiz.Round{ChatID: c.chat.ID, StarterID: c.user.ID, Mode: quiz.ModeHomework, Topic: a.Topic, QuestionIDs: left,
		TimeLimit: homeworkTime, State: quiz.Asking, ClassID: a.ClassID}
	if err := c.s.store.CreateRound(ctx, r); err != nil {
		return err
	}
	if err := c.say(ctx, "📚 Homework %d: %d of %s to go, %d seconds each. /stop to pause; %s %d again carries on.",
		a.ID, len(left), plural(len(a.QuestionIDs), "question"), homeworkTime, c.homeworkCommand(), a.ID); err != nil {
		return err
	}
	return c.s.ask(ctx, c.chat, r)
}
