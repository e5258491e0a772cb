package web_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/discord/discordtest"
	"quizbot/bot/telegram/telegramtest"
	"quizbot/quiz"
)

// One class, several platforms: a class opened from the teacher's page,
// played by students in browsers, a Telegram student and a Discord student
// who joined with its code from a private chat with the bot.

var (
	tgGuest    = telegramtest.User{ID: 7201, FirstName: "Tomoko"}
	tgGuestDM  = telegramtest.Chat{ID: 7201, Type: "private"}
	dcGuest    = discordtest.Member{ID: "800000000000000021", Name: "Dmitri"}
	dcGuestDM  = discordtest.Where{Channel: "dm-800000000000000021"}
	rivers     = riverQuestions(6)
	riverTopic = "Rivers"
)

// riverQuestions are n multiple-choice questions, enough for a class of
// five choice questions.
func riverQuestions(n int) []quiz.Question {
	var qs []quiz.Question
	for i := 0; i < n; i++ {
		qs = append(qs, quiz.Question{Kind: quiz.MultipleChoice, Stem: fmt.Sprintf("Which river is number %d on the list?", i+1),
			Options: []string{fmt.Sprint("Amur ", i), fmt.Sprint("Lena ", i), fmt.Sprint("Ob ", i), fmt.Sprint("Volga ", i)},
			Answer:  fmt.Sprint("Lena ", i), Explanation: fmt.Sprintf("Lena %d is number %d on the list.", i, i+1), Source: "Rivers", Quality: 0.9})
	}
	return qs
}

// seedRivers stores the Rivers topic.
func (e *env) seedRivers() {
	e.t.Helper()
	if _, err := e.db.SaveTopic(context.Background(), riverTopic, "rivers.md", rivers); err != nil {
		e.t.Fatal(err)
	}
}

// tgQuestion waits for question n of the class in the Telegram guest's
// private chat.
func tgQuestion(t *testing.T, fake *telegramtest.Server, n, total int) telegramtest.Message {
	t.Helper()
	return botMessage(t, fake, tgGuestDM.ID, func(m telegramtest.Message) bool {
		return strings.Contains(m.Text, fmt.Sprintf("Question %d/%d", n, total)) && len(m.Buttons) > 0
	})
}

// dcQuestion waits for question n in the Discord guest's direct messages.
func dcQuestion(t *testing.T, fake *discordtest.Server, n, total int) discordtest.Message {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		ms := fake.Channel(dcGuestDM.Channel)
		for i := len(ms) - 1; i >= 0; i-- {
			if strings.Contains(ms[i].Text(), fmt.Sprintf("Question %d/%d", n, total)) && len(ms[i].Buttons) > 0 {
				return ms[i]
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no question %d in the Discord guest's DMs: %+v", n, fake.Channel(dcGuestDM.Channel))
	return discordtest.Message{}
}

// rightOption is the 0-based index of the right answer among options.
func rightOption(options []string) int {
	for i, o := range options {
		if strings.HasPrefix(o, "Lena ") {
			return i
		}
	}
	return -1
}

func TestOneClassInABrowserWithTelegramAndDiscordGuests(t *testing.T) {
	e := newEnv(t, func(c *bot.Config) { c.Pause = 100 * time.Millisecond })
	e.seedRivers()
	tg := withTelegram(t, e)
	dc, post := withDiscord(t, e)
	tc := e.signIn("Ada")
	var cl struct {
		ID   int64
		Code string
	}
	tc.do("POST", "/api/classes", map[string]any{"topic": riverTopic, "count": 3, "seconds": 60}, 201, &cl)

	// The app students join with the code from their private chats.
	tg.Send(tgGuestDM, tgGuest, "/class join "+strings.ToLower(cl.Code))
	botMessage(t, tg, tgGuestDM.ID, func(m telegramtest.Message) bool { return strings.Contains(m.Text, "You're in the class") })
	post(dc.Command(dcGuestDM, dcGuest, "class", discordtest.Sub("join", discordtest.Str("code", cl.Code))))
	ann := e.pupil()
	ann.mustJoin(cl.Code, "Ann")
	// A wrong code is refused in words.
	tg.Send(tgGuestDM, tgGuest, "/class join ZZZZZ2")
	botMessage(t, tg, tgGuestDM.ID, func(m telegramtest.Message) bool { return strings.Contains(m.Text, "no class with the code") })

	if v := ann.view(func(v studentView) bool { return v.Students == 3 }); v.State != quiz.Lobby {
		t.Fatalf("Ann's lobby = %+v", v)
	}
	tc.do("POST", fmt.Sprintf("/api/classes/%d/start", cl.ID), nil, 200, nil)
	for n := 1; n <= 3; n++ {
		v := ann.view(func(v studentView) bool { return v.State == quiz.Asking && v.Number == n })
		right := rightOption(v.Question.Options)
		if status, got := ann.answer(url.Values{"option": {fmt.Sprint(right + 1)}}); status != 200 || !got.Correct {
			t.Fatalf("Ann's answer to question %d = %d %+v", n, status, got)
		}
		tq := tgQuestion(t, tg, n, 3)
		tg.Press(tgGuestDM, tgGuest, tq.ID, tq.Buttons[0][0].Data) // not always right
		dq := dcQuestion(t, dc, n, 3)
		var ids []string
		for _, row := range dq.Buttons {
			for _, b := range row {
				ids = append(ids, b.CustomID)
			}
		}
		post(dc.Click(dcGuestDM, dcGuest, dq.ID, ids[right]))
		if n < 3 {
			// All three answered: the reveal, then the next question.
			ann.view(func(v studentView) bool { return v.State == quiz.Paused && v.Number == n })
		}
	}
	v := ann.view(func(v studentView) bool { return v.State == quiz.Done })
	if v.Right != 3 || v.Place != 1 {
		t.Errorf("Ann's end = %+v; want 3 right, first place", v)
	}
	var rep quiz.Report
	tc.do("GET", fmt.Sprintf("/api/classes/%d/report", cl.ID), nil, 200, &rep)
	names := map[string]quiz.StudentResult{}
	for _, s := range rep.Students {
		names[s.Name] = s
	}
	for _, n := range []string{"Ann", "Tomoko", "Dmitri"} {
		if s, ok := names[n]; !ok || s.Answered != 3 {
			t.Errorf("report line of %s = %+v; want 3 answers (report: %+v)", n, s, rep.Students)
		}
	}
	if names["Dmitri"].Correct != 3 {
		t.Errorf("Dmitri = %+v; want 3 right", names["Dmitri"])
	}
	// Each app student gets their result privately.
	botMessage(t, tg, tgGuestDM.ID, func(m telegramtest.Message) bool { return strings.Contains(m.Text, "Your class quiz") })
}
