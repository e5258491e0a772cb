package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/quiz"
)

// Three made-up platforms, each declaring what it can do and its own words,
// so that the texts built from capabilities can be told apart.
var (
	alpha = bot.Capabilities{Name: "Alpha", Buttons: true, Polls: true, Edits: true, Images: true,
		Admins: "chat admins", Admin: "a chat admin", TeacherRole: "make the teachers admins",
		Upload: "send the file with the caption /class upload", UploadHint: "the caption /class upload",
		GroupReplies: "Alpha shows bots only replies"}
	beta = bot.Capabilities{Name: "Beta", Buttons: true, QuizSubcommands: true, HomeworkCommand: "/homework",
		Admins: "Manage Rooms", Admin: "someone with Manage Rooms", TeacherRole: "give the role Manage Rooms",
		Upload: "use the file option", Unreachable: "they may have turned private messages off."}
	gamma = bot.Capabilities{Name: "Gamma"} // text alone, one private chat
)

// capsEnv is an env whose service serves the three platforms, registered in
// that order, all into one recording outbox; beta's private messages fail.
func capsEnv(t *testing.T) *env {
	db := bottest.OpenDB(t)
	e := &env{t: t, db: db, clock: bottest.NewClock(), out: &bottest.Outbox{}, qs: map[string]quiz.Question{}}
	for _, q := range bottest.Seed(t, db, 12) {
		e.qs[q.Stem] = q
	}
	e.svc = bot.New(e.db, bot.Config{Clock: e.clock, QuestionTime: 30 * time.Second, Pause: 3 * time.Second})
	e.svc.Register("alpha", e.out, alpha)
	e.svc.Register("beta", noPrivate{e.out}, beta)
	e.svc.Register("gamma", e.out, gamma)
	if err := e.svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.svc.Close)
	return e
}

// said is the text of the one reply in ss.
func said(t *testing.T, ss []bottest.Sent) string {
	t.Helper()
	if len(ss) != 1 {
		t.Fatalf("%d replies; want 1:\n%s", len(ss), bottest.Text(ss))
	}
	return ss[0].Reply.Text
}

// noPrivate is an outbox that cannot reach users privately.
type noPrivate struct{ *bottest.Outbox }

func (o noPrivate) Send(ctx context.Context, chat bot.Chat, r bot.Reply) (string, error) {
	if r.UserID != "" {
		return "", fmt.Errorf("user unreachable: %w", bot.ErrRefused) // for good: not tried again
	}
	return o.Outbox.Send(ctx, chat, r)
}

func onPlatform(platform string, private bool) bot.Chat {
	if private {
		return bot.Chat{Platform: platform, ID: "1", Private: true}
	}
	return bot.Chat{Platform: platform, ID: "-7", Title: "Room 7"}
}

// TestHelpFollowsCapabilities: the help lists the forms of commands the
// platform has, speaks of buttons only where there are some, and adds a
// platform's own note on group answers.
func TestHelpFollowsCapabilities(t *testing.T) {
	e := capsEnv(t)
	a := bottest.Text(e.send(onPlatform("alpha", false), user("1"), "/help"))
	b := bottest.Text(e.send(onPlatform("beta", false), user("1"), "/help"))
	g := bottest.Text(e.send(onPlatform("gamma", true), user("1"), "/help"))
	for _, c := range []struct {
		platform, text, sub string
		want                bool
	}{
		{"alpha", a, "\n/start — ", true},
		{"alpha", a, "\n/quiz [topic] [count] — ", true},
		{"alpha", a, "or use /answer TEXT to type an answer (Alpha shows bots only replies).", true},
		{"alpha", a, "pressing a button", true},
		{"beta", b, "\n/start — ", false},
		{"beta", b, "\n/stop — ", false},
		{"beta", b, "\n/quiz start [topic] [count] — ", true},
		{"beta", b, "or use /answer TEXT to type an answer.", true},
		{"gamma", g, "pressing a button", false},
		{"gamma", g, "/quiz poll", false},
		{"gamma", g, "Answer by typing the option's number or its text", true},
	} {
		if strings.Contains(c.text, c.sub) != c.want {
			t.Errorf("/help on %s contains %q = %v; want %v:\n%s", c.platform, c.sub, !c.want, c.want, c.text)
		}
	}
}

// TestQuestionsFollowCapabilities: buttons and polls only where the platform
// has them; without buttons, the lobby and the question talk of typing.
func TestQuestionsFollowCapabilities(t *testing.T) {
	e := capsEnv(t)
	for _, c := range []struct {
		platform string
		poll     bool
		footer   string
	}{
		{"alpha", true, "press a button or type the number"},
		{"beta", false, "press a button or type the number"},
		{"gamma", false, "type the option's number or its text"},
	} {
		chat := onPlatform(c.platform, true)
		e.send(chat, user("1"), "/quiz poll")
		found := false
		for i := 0; i < 20 && !found; i++ {
			qm, _ := bottest.LastQuestion(e.send(chat, user("1"), "/quiz 1"))
			e.send(chat, user("1"), "/stop")
			if q := e.question(qm); q.Kind.Choice() {
				found = true
				if (qm.Reply.Poll != nil) != c.poll {
					t.Errorf("choice question on %s after /quiz poll: poll %v; want %v", c.platform, qm.Reply.Poll != nil, c.poll)
				}
				if !strings.Contains(qm.Reply.Text, c.footer) {
					t.Errorf("choice question on %s = %q; want %q", c.platform, qm.Reply.Text, c.footer)
				}
			}
		}
		if !found {
			t.Fatalf("no choice question came up on %s", c.platform)
		}
	}
	lobby := bottest.Text(e.send(onPlatform("gamma", true), teacher, "/class start 3"))
	if !strings.Contains(lobby, "Students: send /class join. Teacher: send /class begin") {
		t.Errorf("lobby on a platform without buttons:\n%s", lobby)
	}
	lobby = bottest.Text(e.send(onPlatform("alpha", false), teacher, "/class start 3"))
	if !strings.Contains(lobby, "Students: press Join") {
		t.Errorf("lobby on a platform with buttons:\n%s", lobby)
	}
}

// TestClassTextsInEachPlatformsWords: texts that tell teachers how a thing
// is done name each registered platform that declared words for it, in the
// order the platforms registered, or with the reader's own platform first
// where they give advice.
func TestClassTextsInEachPlatformsWords(t *testing.T) {
	e := capsEnv(t)
	help := bottest.Text(e.send(onPlatform("gamma", true), user("1"), "/class"))
	for _, want := range []string{
		"Teachers (chat admins on Alpha, Manage Rooms on Beta; anyone in a private chat):",
		"/class upload — attach a .txt or .md file (Alpha: the caption /class upload) to make a new topic",
		"do your homework at your own pace until it is due (Beta: /homework)",
	} {
		if !strings.Contains(help, want) {
			t.Errorf("/class help lacks %q:\n%s", want, help)
		}
	}
	refusal := said(t, e.send(onPlatform("beta", false), user("2"), "/class report"))
	if want := "Sorry, only a teacher can do that here: a chat admin on Alpha, someone with Manage Rooms on Beta. " +
		"In a private chat with me you are the teacher."; refusal != want {
		t.Errorf("a student's /class report = %q; want %q", refusal, want)
	}
	role := said(t, e.send(onPlatform("beta", false), teacher, "/class teacher-role"))
	if want := "I take teacher rights from the platform rather than from a role list of my own. " +
		"On Beta, give the role Manage Rooms. On Alpha, make the teachers admins."; role != want {
		t.Errorf("/class teacher-role on Beta = %q; want %q", role, want)
	}
	upload := said(t, e.send(onPlatform("alpha", false), teacher, "/class upload"))
	if want := "Attach a .txt or .md file (up to 1 MB) and I will make a topic of it. " +
		"On Alpha send the file with the caption /class upload; on Beta use the file option " +
		"(in a private chat with me, just send the file)."; upload != want {
		t.Errorf("/class upload on Alpha = %q; want %q", upload, want)
	}
	// A platform alone with no words to add says only what holds everywhere.
	lone := bot.New(e.db, bot.Config{Clock: e.clock})
	defer lone.Close()
	out := &bottest.Outbox{}
	lone.Register("gamma", out, gamma)
	if err := lone.Handle(context.Background(), bot.Incoming{ID: "lone", Chat: onPlatform("gamma", true), User: user("1"), Text: "/class"}); err != nil {
		t.Fatal(err)
	}
	if text := said(t, out.Take()); !strings.Contains(text, "Teachers (anyone in a private chat):\n") ||
		!strings.Contains(text, "attach a .txt or .md file to make a new topic") || !strings.HasSuffix(text, "until it is due") {
		t.Errorf("/class help with one plain platform:\n%s", text)
	}
	if err := lone.Handle(context.Background(), bot.Incoming{ID: "lone2", Chat: onPlatform("gamma", true), User: user("1"), Text: "/class upload"}); err != nil {
		t.Fatal(err)
	}
	if text, want := said(t, out.Take()), "Attach a .txt or .md file (up to 1 MB) and I will make a topic of it. "+
		"In a private chat with me, just send the file."; text != want {
		t.Errorf("/class upload with one plain platform = %q; want %q", text, want)
	}
}

// TestHomeworkAndPrivateResultsInThePlatformsWords: students are told the
// homework command of their platform, and a class whose students the
// platform cannot reach privately is told why in the platform's words.
func TestHomeworkAndPrivateResultsInThePlatformsWords(t *testing.T) {
	e := capsEnv(t)
	for _, c := range []struct{ platform, want string }{
		{"alpha", "send /class homework 1."},
		{"beta", "send /homework 2."},
	} {
		text := bottest.Text(e.send(onPlatform(c.platform, false), teacher, "/class assign 2"))
		if !strings.Contains(text, "open a private chat with me and "+c.want) {
			t.Errorf("/class assign on %s:\n%s", c.platform, text)
		}
	}
	if text := bottest.Text(e.send(onPlatform("beta", false), user("3"), "/class homework")); !strings.Contains(text, "send /homework there.") {
		t.Errorf("/class homework in a group on beta: %s", text)
	}

	for _, c := range []struct{ platform, want string }{
		{"alpha", ""},
		{"beta", "📭 I could not send 1 student their result privately: they may have turned private messages off."},
	} {
		chat := onPlatform(c.platform, false)
		chat.ID = "-class"
		join, start := lobby(t, e.send(chat, teacher, "/class start 1 10"))
		e.press(chat, user("5"), join)
		e.press(chat, teacher, start)
		e.clock.Advance(11 * time.Second)
		text := bottest.Text(e.await("Class over"))
		// The private results and the note come from the outbox, apart
		// from the podium: the note once the result was refused, none once
		// it went.
		wait := "📭"
		if c.want == "" {
			wait = "Your class quiz"
		}
		if !strings.Contains(text, wait) {
			text += bottest.Text(e.await(wait))
		}
		time.Sleep(100 * time.Millisecond)
		text += bottest.Text(e.out.Take())
		got := ""
		for _, line := range strings.Split(text, "\n") {
			if strings.HasPrefix(line, "📭") {
				got = strings.TrimSpace(line)
			}
		}
		if got != c.want {
			t.Errorf("class end on %s: unreachable note %q; want %q\n%s", c.platform, got, c.want, text)
		}
	}
}

// TestChartsAndLiveEditsFollowCapabilities: a class draws its charts only
// for a platform that shows images, and edits live figures into its lobby
// and questions only where messages can be edited.
func TestChartsAndLiveEditsFollowCapabilities(t *testing.T) {
	e := capsEnv(t)
	kid := user("7")

	// Alpha has both: the lobby's list is edited in, the reveal and the
	// podium come with charts.
	room := onPlatform("alpha", false)
	join, start := lobby(t, e.send(room, teacher, "/class start 1 10"))
	if s := e.press(room, kid, join); !strings.Contains(bottest.Text(s), "Joined: 1 — User7") {
		e.await("Joined: 1 — User7") // the live list, edited apart from the join
	}
	qm, _ := bottest.LastQuestion(e.press(room, teacher, start))
	// The one student answered: the reveal and the end come at once.
	sent := e.press(room, kid, rightButton(qm, e.question(qm)))
	if !strings.Contains(bottest.Text(sent), "Class over") {
		t.Fatalf("the class did not end with its one answer:\n%s", bottest.Text(sent))
	}
	var images []string
	for _, s := range sent {
		if s.Reply.Image != nil {
			images = append(images, s.Reply.Image.Name)
		}
	}
	if strings.Join(images, " ") != "answers.png podium.png" {
		t.Errorf("charts of a class on a platform with images = %v; want answers.png podium.png", images)
	}

	// Gamma has neither: the same class, typed, sends no edit and no chart.
	solo := onPlatform("gamma", true)
	sent = e.send(solo, teacher, "/class start 1 10")
	sent = append(sent, e.send(solo, teacher, "/class join")...)
	sent = append(sent, e.send(solo, teacher, "/class begin")...)
	qm, ok := bottest.LastQuestion(sent)
	if !ok {
		t.Fatalf("no question in:\n%s", bottest.Text(sent))
	}
	answer := e.question(qm).Answer
	if e.question(qm).Kind.Choice() {
		answer = "1"
	}
	sent = append(sent, e.send(solo, teacher, answer)...)
	if !strings.Contains(bottest.Text(sent), "Class over") {
		t.Fatalf("the class did not end with its one answer:\n%s", bottest.Text(sent))
	}
	time.Sleep(100 * time.Millisecond) // a live edit, were one made, starts at once
	sent = append(sent, e.out.Take()...)
	for _, s := range sent {
		if s.Reply.Image != nil {
			t.Errorf("a chart (%s) for a platform without images", s.Reply.Image.Name)
		}
		if s.Edit && s.Reply.Minor { // live edits are the Minor ones
			t.Errorf("a live edit for a platform without edits: %q", s.Reply.Text)
		}
	}
}
