package bot_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/quiz"
	"quizbot/storage"
)

type env struct {
	t     *testing.T
	db    *storage.DB
	clock *bottest.Clock
	out   *bottest.Outbox
	svc   *bot.Service
	qs    map[string]quiz.Question
	n     int
}

func newEnv(t *testing.T, questions int) *env {
	db := bottest.OpenDB(t)
	e := &env{t: t, db: db, clock: bottest.NewClock(), out: &bottest.Outbox{}, qs: map[string]quiz.Question{}}
	for _, q := range bottest.Seed(t, db, questions) {
		e.qs[q.Stem] = q
	}
	e.start()
	return e
}

func (e *env) start() {
	e.svc = bot.New(e.db, bot.Config{Clock: e.clock, QuestionTime: 30 * time.Second, Pause: 3 * time.Second})
	e.svc.Register(bottest.Platform, e.out, bottest.Capabilities)
	if err := e.svc.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(e.svc.Close)
}

var (
	private = bot.Chat{Platform: bottest.Platform, ID: "100", Private: true}
	group   = bot.Chat{Platform: bottest.Platform, ID: "-500", Title: "Class 7b"}
)

func user(id string) bot.User { return bot.User{ID: id, Name: "User" + id} }

// send handles a message and returns what the bot sent.
func (e *env) send(chat bot.Chat, u bot.User, text string) []bottest.Sent {
	e.t.Helper()
	e.n++
	if err := e.svc.Handle(context.Background(), bot.Incoming{ID: fmt.Sprint("m", e.n), Chat: chat, User: u, Text: text, At: e.clock.Now()}); err != nil {
		e.t.Fatalf("Handle(%q): %v", text, err)
	}
	return e.out.Take()
}

func (e *env) press(chat bot.Chat, u bot.User, data string) []bottest.Sent {
	e.t.Helper()
	e.n++
	if err := e.svc.Handle(context.Background(), bot.Incoming{ID: fmt.Sprint("p", e.n), Chat: chat, User: u, Data: data, At: e.clock.Now()}); err != nil {
		e.t.Fatalf("Handle(press %q): %v", data, err)
	}
	return e.out.Take()
}

// await collects what is sent until a reply or edit containing sub shows
// up, for what the Service sends apart from the Incoming it handles (live
// edits).
func (e *env) await(sub string) []bottest.Sent {
	e.t.Helper()
	var got []bottest.Sent
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		got = append(got, e.out.Take()...)
		if strings.Contains(bottest.Text(got), sub) {
			return got
		}
		time.Sleep(5 * time.Millisecond)
	}
	e.t.Fatalf("nothing with %q was sent within 5 s:\n%s", sub, bottest.Text(got))
	return nil
}

// question finds the stored question a sent question message shows.
func (e *env) question(s bottest.Sent) quiz.Question {
	e.t.Helper()
	lines := strings.Split(s.Reply.Text, "\n")
	q, ok := e.qs[lines[1]]
	if !ok {
		e.t.Fatalf("no stored question for %q", lines[1])
	}
	return asShown(e.t, q, s.Reply.Buttons)
}

// asShown puts the question's options in the order its buttons show them,
// which is drawn for each round.
func asShown(t *testing.T, q quiz.Question, buttons []bot.Button) quiz.Question {
	t.Helper()
	if len(buttons) != len(q.Options) {
		return q
	}
	stored := q.Options
	q.Options = make([]string, len(buttons))
	for i, b := range buttons {
		for _, o := range stored {
			if strings.HasPrefix(o, strings.TrimSuffix(b.Label, "…")) {
				q.Options[i] = o
			}
		}
	}
	return q
}

// rightButton and wrongButton return the data of a button of the question.
func rightButton(s bottest.Sent, q quiz.Question) string {
	return s.Reply.Buttons[q.AnswerIndex()].Data
}
func wrongButton(s bottest.Sent, q quiz.Question) string {
	return s.Reply.Buttons[(q.AnswerIndex()+1)%len(q.Options)].Data
}

func (e *env) attempts() []quiz.Attempt {
	var out []quiz.Attempt
	for id := int64(1); id < 50; id++ {
		atts, _ := e.db.RoundAttempts(context.Background(), id)
		out = append(out, atts...)
	}
	return out
}

func TestPrivateRoundToTheEnd(t *testing.T) {
	e := newEnv(t, 12)
	me := user("1")
	sent := e.send(private, me, "/quiz 4")
	if !strings.Contains(bottest.Text(sent), "A round of 4") {
		t.Fatalf("/quiz 4 sent:\n%s", bottest.Text(sent))
	}
	for i := 0; i < 4; i++ {
		qm, ok := bottest.LastQuestion(sent)
		if !ok {
			t.Fatalf("question %d not sent; got:\n%s", i+1, bottest.Text(sent))
		}
		q := e.question(qm)
		var answer string
		switch {
		case q.Kind.Choice():
			sent = e.press(private, me, rightButton(qm, q))
		default:
			answer = q.Answer
			sent = e.send(private, me, answer)
		}
		text := bottest.Text(sent)
		if !strings.Contains(text, "✅") || !strings.Contains(text, q.Explanation) {
			t.Fatalf("after answering %q right, sent:\n%s\nwant a verdict and the source sentence", q.Stem, text)
		}
	}
	if text := bottest.Text(sent); !strings.Contains(text, "Round over") || !strings.Contains(text, "4/4 right") {
		t.Fatalf("end of round sent:\n%s", text)
	}
	atts := e.attempts()
	if len(atts) != 4 {
		t.Fatalf("attempts = %d; want 4", len(atts))
	}
	st, _ := e.db.Standing(context.Background(), quiz.GlobalScope, atts[0].UserID)
	sum := 0
	for _, a := range atts {
		sum += a.Points
	}
	if st.Points != sum || st.Rounds != 1 || st.Correct != 4 {
		t.Errorf("standing = %+v; want %d points (sum of attempts), 1 round, 4 correct", st, sum)
	}
}

func TestGroupButtonsTimerRevealAndIdleStop(t *testing.T) {
	e := newEnv(t, 12)
	ann, bob, cy := user("1"), user("2"), user("3")
	var qm bottest.Sent
	var q quiz.Question
	for {
		qm, _ = bottest.LastQuestion(e.send(group, ann, "/quiz 5"))
		if q = e.question(qm); q.Kind.Choice() {
			break
		}
		e.send(group, ann, "/stop")
	}
	e.clock.Advance(10 * time.Second)
	if s := e.press(group, ann, rightButton(qm, q)); !strings.Contains(s[0].Reply.Notice, "✅ +") {
		t.Fatalf("right press notice = %q", s[0].Reply.Notice)
	}
	if s := e.press(group, bob, wrongButton(qm, q)); !strings.Contains(s[0].Reply.Notice, "❌") {
		t.Fatalf("wrong press notice = %q", s[0].Reply.Notice)
	}
	if s := e.press(group, ann, wrongButton(qm, q)); !strings.Contains(bottest.Text(s), "already") {
		t.Fatalf("second press by the same member: %s", bottest.Text(s))
	}
	e.press(group, cy, rightButton(qm, q))
	e.clock.Advance(20 * time.Second) // time is up
	sent := e.out.Take()
	text := bottest.Text(sent)
	if !strings.Contains(text, "[edit]") || !strings.Contains(text, "Time's up") || !strings.Contains(text, "User1") || !strings.Contains(text, "User3") {
		t.Fatalf("reveal sent:\n%s", text)
	}
	if !strings.Contains(text, fmt.Sprintf("✅ %d. %s — 2", q.AnswerIndex()+1, q.Answer)) {
		t.Errorf("reveal edit does not show 2 picks of the answer:\n%s", text)
	}
	// Stale button after the reveal.
	if s := e.press(group, bob, rightButton(qm, q)); !strings.Contains(bottest.Text(s), "closed") {
		t.Errorf("stale press: %s", bottest.Text(s))
	}
	// Two unanswered questions stop the round.
	e.clock.Advance(3*time.Second + 30*time.Second + 3*time.Second + 30*time.Second)
	text = bottest.Text(e.out.Take())
	if !strings.Contains(text, "Nobody answered two questions in a row") || !strings.Contains(text, "Round over") {
		t.Fatalf("after two idle questions:\n%s", text)
	}
	atts := e.attempts()
	if len(atts) != 3 {
		t.Errorf("attempts = %d; want 3", len(atts))
	}
}

func TestTypedRaceHasOneWinner(t *testing.T) {
	e := newEnv(t, 40)
	ann := user("1")
	sent := e.send(group, ann, "/quiz fill 1") // no such topic word: use the mixed topic instead
	if !strings.Contains(bottest.Text(sent), "no topic") {
		t.Fatalf("unknown topic: %s", bottest.Text(sent))
	}
	// Play rounds of one until a typed question comes up.
	var qm bottest.Sent
	var q quiz.Question
	for tries := 0; ; tries++ {
		sent = e.send(group, ann, "/quiz 1")
		qm, _ = bottest.LastQuestion(sent)
		q = e.question(qm)
		if !q.Kind.Choice() {
			break
		}
		e.send(group, ann, "/stop")
		if tries > 30 {
			t.Fatal("no typed question came up")
		}
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			e.svc.Handle(context.Background(), bot.Incoming{ID: fmt.Sprint("race", i), Chat: group, User: user(fmt.Sprint(10 + i)),
				Text: "/answer " + q.Answer, At: e.clock.Now()})
		}(i)
	}
	wg.Wait()
	text := bottest.Text(e.out.Take())
	if n := strings.Count(text, "got it"); n != 1 {
		t.Fatalf("%d winners announced; want 1:\n%s", n, text)
	}
	var right int
	for _, a := range e.attempts() {
		if a.Correct {
			right++
		}
	}
	if right != 1 {
		t.Errorf("correct attempts recorded = %d; want 1", right)
	}
}

func TestDuplicateDeliveryScoresOnce(t *testing.T) {
	e := newEnv(t, 8)
	me := user("1")
	var qm bottest.Sent
	var q quiz.Question
	for {
		qm, _ = bottest.LastQuestion(e.send(group, me, "/quiz 1"))
		if q = e.question(qm); q.Kind.Choice() {
			break
		}
		e.send(group, me, "/stop")
	}
	in := bot.Incoming{ID: "same-update", Chat: group, User: me, Data: rightButton(qm, q), At: e.clock.Now()}
	for i := 0; i < 3; i++ {
		if err := e.svc.Handle(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
	if atts := e.attempts(); len(atts) != 1 {
		t.Errorf("attempts after three deliveries = %d; want 1", len(atts))
	}
}

func TestHintHalvesPoints(t *testing.T) {
	e := newEnv(t, 8)
	me := user("1")
	for {
		sent := e.send(private, me, "/quiz 1")
		qm, _ := bottest.LastQuestion(sent)
		q := e.question(qm)
		if q.Kind != quiz.MultipleChoice {
			e.send(private, me, "/stop")
			continue
		}
		hint := bottest.Text(e.send(private, me, "/hint"))
		if !strings.Contains(hint, "Hint") || strings.Contains(hint, "not "+q.Answer+" ") {
			t.Fatalf("hint = %q for answer %q", hint, q.Answer)
		}
		e.press(private, me, rightButton(qm, q))
		atts := e.attempts()
		if len(atts) != 1 || atts[0].Points != 500 || !atts[0].Hinted {
			t.Fatalf("hinted answer at t=0 = %+v; want 500 points", atts)
		}
		return
	}
}

func TestStopPermissions(t *testing.T) {
	e := newEnv(t, 8)
	ann, bob := user("1"), user("2")
	e.send(group, ann, "/quiz 3")
	if text := bottest.Text(e.send(group, bob, "/stop")); !strings.Contains(text, "Only whoever started") {
		t.Fatalf("non-starter /stop: %s", text)
	}
	admin := bob
	admin.Admin = true
	if text := bottest.Text(e.send(group, admin, "/stop")); !strings.Contains(text, "stopped the round") || !strings.Contains(text, "Round over") {
		t.Fatalf("admin /stop: %s", text)
	}
}

func TestRestartResumesOpenQuestion(t *testing.T) {
	e := newEnv(t, 8)
	ann := user("1")
	sent := e.send(group, ann, "/quiz 2")
	qm, _ := bottest.LastQuestion(sent)
	q := e.question(qm)
	if q.Kind.Choice() {
		e.press(group, ann, rightButton(qm, q))
	} else {
		e.send(group, ann, "/answer wrong guess")
	}
	before := len(e.attempts())
	e.svc.Close() // the process dies: timers gone, nothing else
	e.clock.Advance(time.Minute)
	if text := bottest.Text(e.out.Take()); strings.Contains(text, "Time's up") {
		t.Fatalf("a closed service still revealed:\n%s", text)
	}
	e.start() // a new process on the same database
	e.clock.Advance(0)
	text := bottest.Text(e.out.Take())
	if !strings.Contains(text, "Time's up") {
		t.Fatalf("after restart, the overdue question was not revealed:\n%s", text)
	}
	if after := len(e.attempts()); after != before || before != 1 {
		t.Errorf("attempts before/after restart = %d/%d; want 1/1", before, after)
	}
	e.clock.Advance(3 * time.Second)
	if _, ok := bottest.LastQuestion(e.out.Take()); !ok {
		t.Error("the round did not go on with its next question after the restart")
	}
}

func TestReviewBringsBackMisses(t *testing.T) {
	e := newEnv(t, 8)
	me := user("1")
	if text := bottest.Text(e.send(private, me, "/review")); !strings.Contains(text, "Nothing to review") {
		t.Fatalf("/review with no cards: %s", text)
	}
	sent := e.send(private, me, "/quiz 2")
	for i := 0; i < 2; i++ {
		qm, _ := bottest.LastQuestion(sent)
		q := e.question(qm)
		if q.Kind.Choice() {
			sent = e.press(private, me, wrongButton(qm, q))
		} else {
			sent = e.send(private, me, "definitely not it")
		}
	}
	e.clock.Advance(20 * time.Minute)
	text := bottest.Text(e.send(private, me, "/review"))
	if !strings.Contains(text, "Review: 2 questions due") {
		t.Fatalf("/review after two misses: %s", text)
	}
	if text := bottest.Text(e.send(group, me, "/review")); !strings.Contains(text, "private chat") {
		t.Errorf("/review in a group: %s", text)
	}
}

func TestBadInputGetsOneClearLine(t *testing.T) {
	e := newEnv(t, 4)
	me := user("1")
	cases := map[string]string{
		"/frobnicate":             "don't know the command",
		"1":                       "No question is open",
		"/answer 42":              "No question is open",
		"/quiz 99":                "1 to 20 questions",
		"/stop":                   "No round is running",
		"\xff\xfe binary":         "not text",
		strings.Repeat("x", 5000): "too long",
		"/forgetme":               "/forgetme yes",
	}
	for in, want := range cases {
		text := bottest.Text(e.send(private, me, in))
		if !strings.Contains(text, want) {
			t.Errorf("%q answered %q; want it to say %q", shortIn(in), text, want)
		}
	}
	if s := e.press(private, me, "zz:garbage"); !strings.Contains(bottest.Text(s), "not one of mine") {
		t.Errorf("garbage button: %s", bottest.Text(s))
	}
}

func shortIn(s string) string {
	if len(s) > 20 {
		return s[:20] + "…"
	}
	return s
}

func TestChatSettingsTakeEffectAtOnce(t *testing.T) {
	e := newEnv(t, 8)
	ann := user("1")
	e.send(group, ann, "/quiz time 45")
	qm, _ := bottest.LastQuestion(e.send(group, ann, "/quiz 1"))
	if !strings.Contains(qm.Reply.Text, "⏱ 45 s") {
		t.Fatalf("question after /quiz time 45:\n%s", qm.Reply.Text)
	}
	e.send(group, ann, "/stop")
	e.send(group, ann, "/quiz poll")
	for i := 0; i < 20; i++ {
		qm, _ = bottest.LastQuestion(e.send(group, ann, "/quiz 1"))
		e.send(group, ann, "/stop")
		if q := e.question(qm); q.Kind.Choice() {
			if qm.Reply.Poll == nil {
				t.Fatal("a choice question after /quiz poll came without a poll")
			}
			return
		}
	}
	t.Fatal("no choice question came up")
}

func TestDeepLinksAndStopOnALobby(t *testing.T) {
	e := newEnv(t, 8)
	me := user("1")
	if text := bottest.Text(e.send(private, me, "/start hw_99")); strings.Contains(text, "Hi! I'm quizbot") || !strings.Contains(strings.ToLower(text), "homework") {
		t.Errorf("/start hw_99 answered %q; want the homework answer", text)
	}
	if text := bottest.Text(e.send(private, me, "/start quiz_Science")); !strings.Contains(text, "A round of 5 on Science") {
		t.Errorf("/start quiz_Science answered %q", text)
	}
	teacher := user("2")
	teacher.Admin = true
	if text := bottest.Text(e.send(group, teacher, "/class start Science 2 20")); !strings.Contains(text, "Join") {
		t.Fatalf("/class start: %q", text)
	}
	if text := bottest.Text(e.send(group, user("3"), "/stop")); strings.Contains(text, "closed the class lobby") {
		t.Errorf("a student closed the lobby with /stop: %q", text)
	}
	if text := bottest.Text(e.send(group, teacher, "/stop")); !strings.Contains(text, "closed the class lobby") {
		t.Errorf("/stop on the lobby by the teacher: %q", text)
	}
}

// shardOutbox serves only the chats of one server, as a gateway shard
// beside others on the same database does.
type shardOutbox struct {
	*bottest.Outbox
	server string
}

func (o shardOutbox) Serves(c bot.Chat) bool { return c.Scope == o.server }

// After a restart a process resumes only the rounds of chats it serves; the
// others' belong to the process serving them.
func TestRestartResumesOnlyTheChatsItServes(t *testing.T) {
	e := newEnv(t, 8)
	mine := bot.Chat{Platform: bottest.Platform, ID: "-1", Title: "mine", Scope: "s1"}
	theirs := bot.Chat{Platform: bottest.Platform, ID: "-2", Title: "theirs", Scope: "s2"}
	e.send(mine, user("1"), "/quiz 2")
	e.send(theirs, user("2"), "/quiz 2")
	e.svc.Close()
	e.out.Take()

	svc := bot.New(e.db, bot.Config{Clock: e.clock, QuestionTime: 30 * time.Second, Pause: 3 * time.Second})
	svc.Register(bottest.Platform, shardOutbox{Outbox: e.out, server: "s1"}, bottest.Capabilities)
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	e.clock.Advance(time.Minute)
	var revealed []string
	for _, m := range e.out.Take() {
		if strings.Contains(m.Reply.Text, "Time's up") {
			revealed = append(revealed, m.Chat.ID)
		}
	}
	if len(revealed) != 1 || revealed[0] != mine.ID {
		t.Errorf("chats revealed after the restart = %v; want only %s", revealed, mine.ID)
	}
}

// TestRoundOfStatements: a topic of true or false statements (what a text
// of general truths mostly gives) plays as many as asked; their answers,
// "True", are no giveaway of each other's stems, which all open "True or
// false:".
func TestRoundOfStatements(t *testing.T) {
	e := newEnv(t, 4)
	var qs []quiz.Question
	for i, s := range []string{"Bacteria can swap genes.", "Resistance can evolve within weeks.", "Viruses are not killed by antibiotics."} {
		q := quiz.Question{Kind: quiz.TrueFalse, Stem: "True or false: " + s, Options: []string{"True", "False"}, Answer: "True",
			Explanation: s, Source: "Antibiotics", Difficulty: 0.25, Quality: 0.7}
		if i == 2 {
			q.Answer = "False"
		}
		q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
		qs = append(qs, q)
	}
	if _, err := e.db.SaveTopic(context.Background(), "Antibiotics", "antibiotics.txt", qs); err != nil {
		t.Fatal(err)
	}
	sent := e.send(private, user("1"), "/quiz Antibiotics 3")
	if !strings.Contains(bottest.Text(sent), "A round of 3") {
		t.Fatalf("/quiz Antibiotics 3 sent:\n%s\nwant a round of all 3 statements", bottest.Text(sent))
	}
}

// TestRoundShorterThanAsked: a round that holds fewer questions than asked
// says so and why, and one that holds them all says nothing of it.
func TestRoundShorterThanAsked(t *testing.T) {
	e := newEnv(t, 4)
	var qs []quiz.Question
	for _, d := range [][2]string{{"Larva", "The young stage that hatches from the egg, before the pupa."}, {"Pupa", "The resting stage inside a case."}} {
		q := quiz.Question{Kind: quiz.ShortAnswer, Stem: "\u201c" + d[1] + "\u201d Which term is this?", Answer: d[0],
			Explanation: d[0] + ": " + d[1], Source: "Insects", Difficulty: 0.5, Quality: 0.7}
		q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
		qs = append(qs, q)
	}
	if _, err := e.db.SaveTopic(context.Background(), "Insects", "insects.txt", qs); err != nil {
		t.Fatal(err)
	}
	text := bottest.Text(e.send(private, user("1"), "/quiz Insects 2"))
	if !strings.Contains(text, "A round of 1 on Insects (2 asked:") || !strings.Contains(text, "giving away another's answer") {
		t.Fatalf("/quiz Insects 2 (the larva's meaning names the pupa) sent:\n%s\nwant a round of 1 that says why", text)
	}
	e.send(private, user("1"), "/stop")
	if text := bottest.Text(e.send(private, user("1"), "/quiz Insects 1")); strings.Contains(text, "asked:") {
		t.Errorf("/quiz Insects 1 sent:\n%s\nwant no note: the round holds what was asked", text)
	}
}

// TestCountFirst: "/quiz 2 Science" is read as two questions on Science
// (the count typed first), for a round, a live class and homework alike;
// a topic whose own name starts with a number is still found whole, and
// an unknown topic is still named in the refusal.
func TestCountFirst(t *testing.T) {
	e := newEnv(t, 12)
	if text := bottest.Text(e.send(private, user("1"), "/quiz 2 Science")); !strings.Contains(text, "A round of 2 on Science") {
		t.Fatalf("/quiz 2 Science:\n%s", text)
	}
	e.send(private, user("1"), "/stop")
	if text := bottest.Text(e.send(private, user("1"), "/quiz 2 Geology")); !strings.Contains(text, `There is no topic "2 Geology"`) {
		t.Errorf("/quiz 2 Geology:\n%s", text)
	}
	q := quiz.Question{Kind: quiz.ShortAnswer, Stem: "Which volcano erupted in 1815?", Answer: "Tambora",
		Explanation: "Tambora erupted in 1815.", Source: "1815 eruption"}
	q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
	if _, err := e.db.SaveTopic(context.Background(), "1815 eruption", "tambora.txt", []quiz.Question{q}); err != nil {
		t.Fatal(err)
	}
	if text := bottest.Text(e.send(private, user("1"), "/quiz 1815 eruption 1")); !strings.Contains(text, "A round of 1 on 1815 eruption") {
		t.Errorf("/quiz 1815 eruption 1:\n%s", text)
	}
	e.send(private, user("1"), "/stop")
	if text := bottest.Text(e.send(group, teacher, "/class start 3 Science")); !strings.Contains(text, "Science") || strings.Contains(text, "no topic") {
		t.Errorf("/class start 3 Science:\n%s", text)
	}
	e.send(group, teacher, "/class stop")
	if text := bottest.Text(e.send(group, teacher, "/class assign 2 Science")); !strings.Contains(text, "2 questions") || strings.Contains(text, "no topic") {
		t.Errorf("/class assign 2 Science:\n%s", text)
	}
}
