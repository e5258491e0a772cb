package bot

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"quizbot/quiz"
)

var kindNames = map[quiz.Kind]string{
	quiz.MultipleChoice: "multiple choice",
	quiz.TrueFalse:      "true or false",
	quiz.FillBlank:      "fill in the blank",
	quiz.ShortAnswer:    "short answer",
}

// questionReply renders a question. With counts it renders the revealed
// form the reveal edits the question into: the answer marked, how many
// picked each option, no buttons.
func questionReply(r *quiz.Round, q *quiz.Question, poll bool, limit int, counts []int, how footing) Reply {
	var b strings.Builder
	fmt.Fprintf(&b, "❓ Question %d/%d · %s\n%s\n", r.Seq+1, len(r.QuestionIDs), kindNames[q.Kind], q.Stem)
	if len(q.Options) > 0 {
		b.WriteString("\n")
	}
	for i, o := range q.Options {
		switch {
		case counts == nil:
			fmt.Fprintf(&b, "%d. %s\n", i+1, o)
		case q.RightOption(i):
			fmt.Fprintf(&b, "✅ %d. %s — %d\n", i+1, o, counts[i])
		default:
			fmt.Fprintf(&b, "▫️ %d. %s — %d\n", i+1, o, counts[i])
		}
	}
	if counts != nil {
		if !q.Kind.Choice() {
			fmt.Fprintf(&b, "\n✅ %s\n", q.Answer)
		}
		return Reply{Text: strings.TrimSpace(b.String())}
	}
	switch {
	case q.Kind.Choice() && !how.buttons:
		fmt.Fprintf(&b, "\n⏱ %d s — type the option's number or its text.", limit)
	case q.Kind.Choice():
		fmt.Fprintf(&b, "\n⏱ %d s — press a button or type the number.", limit)
	case how.private:
		fmt.Fprintf(&b, "\n⏱ %d s — type your answer.", limit)
	default:
		fmt.Fprintf(&b, "\n⏱ %d s — type your answer: reply to this message or use /answer.", limit)
	}
	rep := Reply{Text: b.String()}
	for i, o := range q.Options {
		rep.Buttons = append(rep.Buttons, Button{Label: shorten(o, quiz.MaxButtonLen), Data: answerData(r.ID, r.Seq, i)})
	}
	if poll && q.Kind.Choice() {
		p := &Poll{Question: q.Stem, Options: q.Options, Correct: q.AnswerIndex(),
			Explanation: shorten(q.Explanation, 200), OpenPeriod: time.Duration(limit) * time.Second}
		for _, btn := range rep.Buttons {
			p.Data = append(p.Data, btn.Data)
		}
		rep.Poll = p
	}
	return rep
}

// footing is what a question's last line may assume of the chat.
type footing struct{ private, buttons bool }

func (s *Service) footing(chat *quiz.Chat) footing {
	return footing{private: chat.Private, buttons: s.caps(chat.Platform).Buttons}
}

// asPoll reports whether the chat's multiple-choice questions go out as
// native polls: the chat asked for them (/quiz poll) and its platform has
// them.
func (s *Service) asPoll(chat *quiz.Chat) bool {
	return chat.Poll && s.caps(chat.Platform).Polls
}

// revealHead gives the answer and its source sentence.
func revealHead(why string, q *quiz.Question) string {
	var b strings.Builder
	if why != "" {
		b.WriteString(why + " ")
	}
	fmt.Fprintf(&b, "The answer: %s", answerText(q))
	if e := strings.TrimSpace(q.Explanation); e != "" {
		// Imported questions often have no source sentence: no empty line.
		fmt.Fprintf(&b, "\n📖 %s", e)
	}
	if src := strings.Trim(q.Source+" · "+q.Section, " ·"); src != "" {
		fmt.Fprintf(&b, "\n— %s", src)
	}
	return b.String()
}

// revealText gives the answer, its source sentence and who got it right.
func revealText(why string, q *quiz.Question, atts []quiz.Attempt, private bool) string {
	var b strings.Builder
	b.WriteString(revealHead(why, q))
	if private {
		return b.String()
	}
	var right []string
	for _, a := range atts {
		if a.Correct {
			right = append(right, fmt.Sprintf("%s (+%s)", a.UserName, thousands(a.Points)))
		}
	}
	switch {
	case len(right) > 0:
		fmt.Fprintf(&b, "\n🏅 Right: %s", strings.Join(right, ", "))
	case len(atts) > 0:
		b.WriteString("\nNobody got it right.")
	default:
		b.WriteString("\nNobody answered.")
	}
	return b.String()
}

// tally is one player's results in a round.
type tally struct {
	UserID            int64
	Name              string
	Points            int
	Correct, Answered int
	Elapsed           time.Duration
}

// tallies sums the attempts per player, best first.
func tallies(atts []quiz.Attempt) []tally {
	by := map[int64]*tally{}
	var order []*tally
	for _, a := range atts {
		t := by[a.UserID]
		if t == nil {
			t = &tally{UserID: a.UserID, Name: a.UserName}
			by[a.UserID] = t
			order = append(order, t)
		}
		t.Points += a.Points
		t.Answered++
		t.Elapsed += a.Elapsed
		if a.Correct {
			t.Correct++
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].Points > order[j].Points })
	out := make([]tally, len(order))
	for i, t := range order {
		out[i] = *t
	}
	return out
}

var medals = []string{"🥇", "🥈", "🥉"}

// resultsText is the table at the end of a round.
func resultsText(why string, r *quiz.Round, atts []quiz.Attempt) string {
	var b strings.Builder
	if why != "" {
		b.WriteString(why + "\n")
	}
	b.WriteString("🏁 Round over.")
	ts := tallies(atts)
	if len(ts) == 0 {
		b.WriteString(" Nobody answered this time.")
	}
	for i, t := range ts {
		mark := fmt.Sprintf("%d.", i+1)
		if i < len(medals) {
			mark = medals[i]
		}
		fmt.Fprintf(&b, "\n%s %s — %s points (%d/%d right)", mark, t.Name, thousands(t.Points), t.Correct, t.Answered)
	}
	if r.Mode != quiz.ModeReview {
		b.WriteString("\nType /quiz for another round, /score for your standing, /review to go over what you missed.")
	}
	return b.String()
}

// thousands writes n with comma separators: 12,450.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

func percent(f float64) string { return fmt.Sprintf("%.0f%%", f*100) }

func welcomeText(private bool) string {
	return "👋 Hi! I'm quizbot. I ask questions made from real texts, explain every answer with the sentence it came from, " +
		"and bring back what you missed.\n\nType /quiz to play a round of 5, /topics to see what I know, /help for everything else."
}

func helpText(private bool, caps Capabilities) string {
	var b strings.Builder
	b.WriteString("Commands:\n")
	for _, c := range Commands {
		usage := c.Usage
		if caps.QuizSubcommands {
			switch c.Name {
			case "start", "stop", "hint", "skip":
				continue
			case "quiz":
				usage = "/quiz start [topic] [count]"
			}
		}
		fmt.Fprintf(&b, "%s — %s\n", usage, c.Description)
	}
	if !caps.Buttons {
		b.WriteString("/quiz time N — seconds per question\n")
		b.WriteString("\nAnswer by typing the option's number or its text; type the answer for fill-in-the-blank and short-answer questions.")
		return b.String()
	}
	b.WriteString("/quiz poll — switch this chat between buttons and quiz polls · /quiz time N — seconds per question\n")
	b.WriteString("\nAnswer by pressing a button or typing the option's number; type the answer for fill-in-the-blank and short-answer questions.")
	if !private {
		b.WriteString(" In a group, reply to the question or use /answer TEXT to type an answer")
		if caps.GroupReplies != "" {
			b.WriteString(" (" + caps.GroupReplies + ")")
		}
		b.WriteString(".")
	}
	return b.String()
}

// answerText is the answer as told to players: a numerical question says
// which numbers counted.
func answerText(q *quiz.Question) string {
	if q.Tolerance <= 0 {
		return q.Answer
	}
	v, err := strconv.ParseFloat(q.Answer, 64)
	if err != nil {
		return q.Answer
	}
	return fmt.Sprintf("%s (anything from %s to %s counted)", q.Answer, quiz.FormatNumber(v-q.Tolerance), quiz.FormatNumber(v+q.Tolerance))
}
