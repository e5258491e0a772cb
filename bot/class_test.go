package bot_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"image/png"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/quiz"
)

var teacher = bot.User{ID: "900", Name: "Ms Teacher", Admin: true}

// lobby finds the lobby message and its Join and Start button data.
func lobby(t *testing.T, ss []bottest.Sent) (join, start string) {
	t.Helper()
	for _, s := range ss {
		for _, b := range s.Reply.Buttons {
			switch {
			case strings.HasPrefix(b.Data, "j:"):
				join = b.Data
			case strings.HasPrefix(b.Data, "b:"):
				start = b.Data
			}
		}
	}
	if join == "" || start == "" {
		t.Fatalf("no lobby with Join and Start buttons in:\n%s", bottest.Text(ss))
	}
	return join, start
}

// checkPNG decodes an attached chart.
func checkPNG(t *testing.T, what string, a *bot.Attachment) {
	t.Helper()
	if a == nil {
		t.Fatalf("%s: no image", what)
	}
	img, err := png.Decode(bytes.NewReader(a.Data))
	if err != nil {
		t.Fatalf("%s: PNG does not decode: %v", what, err)
	}
	if b := img.Bounds(); b.Dx() < 100 || b.Dy() < 100 {
		t.Fatalf("%s: image is %dx%d", what, b.Dx(), b.Dy())
	}
	// Non-empty: not every pixel the same colour.
	b := img.Bounds()
	first := img.At(b.Min.X, b.Min.Y)
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			if img.At(x, y) != first {
				return
			}
		}
	}
	t.Fatalf("%s: image is blank", what)
}

func withText(ss []bottest.Sent, sub string) (bottest.Sent, bool) {
	for _, s := range ss {
		if strings.Contains(s.Reply.Text, sub) {
			return s, true
		}
	}
	return bottest.Sent{}, false
}

func students(n int) []bot.User {
	out := make([]bot.User, n)
	for i := range out {
		out[i] = bot.User{ID: fmt.Sprint(1000 + i), Name: fmt.Sprintf("Student%02d", i+1)}
	}
	return out
}

// optionButton presses option i counted from the answer: 0 is the answer,
// 1 the option after it, and so on around.
func optionButton(s bottest.Sent, q quiz.Question, i int) string {
	return s.Reply.Buttons[(q.AnswerIndex()+i)%len(q.Options)].Data
}

func TestLiveClassOfThirty(t *testing.T) {
	e := newEnv(t, 40)
	ctx := context.Background()
	kids := students(30)
	const nq = 5

	sent := e.send(group, kids[0], "/class start Science 5 20")
	if !strings.Contains(bottest.Text(sent), "only a teacher") {
		t.Fatalf("a student's /class start: %s", bottest.Text(sent))
	}
	sent = e.send(group, teacher, "/class start Science 5 20")
	join, start := lobby(t, sent)
	if s := e.press(group, teacher, start); !strings.Contains(bottest.Text(s), "Nobody has joined") {
		t.Fatalf("Start with nobody in: %s", bottest.Text(s))
	}
	for _, k := range kids {
		e.press(group, k, join)
	}
	if s := e.press(group, kids[3], join); !strings.Contains(bottest.Text(s), "already") {
		t.Errorf("joining twice: %s", bottest.Text(s))
	}
	if s := e.send(group, kids[4], "/class join"); !strings.Contains(bottest.Text(s), "already") {
		t.Errorf("/class join after Join: %s", bottest.Text(s))
	}
	outsider := bot.User{ID: "77", Name: "Outsider"}
	if s := e.press(group, kids[5], start); !strings.Contains(bottest.Text(s), "Only the teacher") {
		t.Errorf("a student pressing Start: %s", bottest.Text(s))
	}
	// The teacher's press comes as a button, for which a platform may not
	// say who is an admin: the opener is known by id.
	sent = e.press(group, bot.User{ID: teacher.ID, Name: teacher.Name}, start)
	if !strings.Contains(bottest.Text(sent), "Joined: 30") {
		t.Errorf("lobby at start does not say 30 joined:\n%s", bottest.Text(sent))
	}

	var roundID int64
	for qi := 0; qi < nq; qi++ {
		qm, ok := bottest.LastQuestion(sent)
		if !ok {
			t.Fatalf("question %d not asked; sent:\n%s", qi+1, bottest.Text(sent))
		}
		q := e.question(qm)
		if !q.Kind.Choice() {
			t.Fatalf("a class asked a %s question", q.Kind)
		}
		if roundID == 0 {
			d := strings.Split(qm.Reply.Buttons[0].Data, ":")
			roundID, _ = strconv.ParseInt(d[1], 10, 64)
		}
		if s := e.press(group, outsider, rightButton(qm, q)); !strings.Contains(bottest.Text(s), "Join the class first") {
			t.Errorf("an outsider's answer: %s", bottest.Text(s))
		}
		// Student i is right on question qi when i < 30-5*qi: 30, 25, 20…
		// right. The last question: one student never answers, and the
		// time runs out.
		answering := kids
		if qi == nq-1 {
			answering = kids[:29]
		}
		var edits []bottest.Sent
		for i, k := range answering {
			if i%6 == 0 {
				e.clock.Advance(time.Second)
			}
			btn := rightButton(qm, q)
			if i >= 30-5*qi {
				btn = wrongButton(qm, q)
			}
			s := e.press(group, k, btn)
			edits = append(edits, s...)
			if i == 0 && !strings.Contains(bottest.Text(s), "Answered: 1/30") {
				// The live count is edited apart from the answer: it may
				// come with the press's own replies, or after them.
				edits = append(edits, e.await("Answered: 1/30")...)
			}
		}
		if qi == nq-1 {
			e.clock.Advance(30 * time.Second)
			edits = append(edits, e.out.Take()...)
		}
		text := bottest.Text(edits)
		if !strings.Contains(text, "Answered: 1/30") {
			t.Errorf("question %d: no live count of the first answer:\n%s", qi+1, text)
		}
		right := 30 - 5*qi
		want := fmt.Sprintf("📊 30 of 30 students answered.")
		why := "Everyone has answered"
		if qi == nq-1 {
			want, why = "📊 29 of 30 students answered.", "Time's up"
		}
		rev, ok := withText(edits, want)
		if !ok || !strings.Contains(text, why) {
			t.Fatalf("question %d: reveal lacks %q / %q:\n%s", qi+1, want, why, text)
		}
		wantLine := fmt.Sprintf("✅ %d. %s — %d", q.AnswerIndex()+1, q.Answer, right)
		if !strings.Contains(rev.Reply.Text, wantLine) || !strings.Contains(rev.Reply.Text, "Top 5:\n1. ") {
			t.Errorf("question %d: distribution lacks %q or the top 5:\n%s", qi+1, wantLine, rev.Reply.Text)
		}
		checkPNG(t, fmt.Sprintf("distribution %d", qi+1), rev.Reply.Image)
		late := e.press(group, kids[29], rightButton(qm, q))
		if !strings.Contains(bottest.Text(late), "closed") {
			t.Errorf("question %d: answer after the close: %s", qi+1, bottest.Text(late))
		}
		edits = append(edits, late...) // after the last question: private results may be among them
		if qi < nq-1 {
			e.clock.Advance(3 * time.Second) // the pause
			sent = e.out.Take()
		} else {
			sent = edits
		}
	}

	podium, ok := withText(sent, "🏁 Class over")
	if !ok {
		t.Fatalf("no podium:\n%s", bottest.Text(sent))
	}
	checkPNG(t, "podium", podium.Reply.Image)
	if strings.Count(podium.Reply.Text, "points (") != 3 || !strings.Contains(podium.Reply.Text, "🥇") {
		t.Errorf("podium text does not name three:\n%s", podium.Reply.Text)
	}
	// The private results come from the outbox, apart from the podium.
	private := map[string]string{}
	for deadline := time.Now().Add(5 * time.Second); ; sent = e.out.Take() {
		for _, s := range sent {
			if s.Reply.UserID != "" {
				private[s.Reply.UserID] = s.Reply.Text
			}
		}
		if len(private) >= 30 || time.Now().After(deadline) {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if len(private) != 30 {
		t.Errorf("private results = %d; want 30", len(private))
	}
	if txt := private[kids[0].ID]; !strings.Contains(txt, "5 of 5 questions right") {
		t.Errorf("Student01's private result: %q", txt)
	}
	if txt := private[kids[29].ID]; !strings.Contains(txt, "1 of 5 questions right") {
		t.Errorf("Student30's private result: %q", txt)
	}

	// The report: 30 rows whose totals are the sums of the stored attempts.
	atts, err := e.db.RoundAttempts(ctx, roundID)
	if err != nil {
		t.Fatal(err)
	}
	sum := map[int64][3]int{}
	for _, a := range atts {
		v := sum[a.UserID]
		v[0] += a.Points
		v[1] += boolInt(a.Correct)
		v[2]++
		sum[a.UserID] = v
	}
	cl, err := e.db.LatestClass(ctx, 0)
	if err != nil || cl == nil {
		t.Fatalf("LatestClass = %v, %v", cl, err)
	}
	rep, err := e.db.ClassReport(ctx, cl.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Students) != 30 || len(rep.Items) != nq {
		t.Fatalf("report has %d students and %d questions; want 30 and %d", len(rep.Students), len(rep.Items), nq)
	}
	for _, s := range rep.Students {
		if v := sum[s.UserID]; s.Points != v[0] || s.Correct != v[1] || s.Answered != v[2] {
			t.Errorf("%s: report %d points %d/%d; attempts sum to %d points %d/%d", s.Name, s.Points, s.Correct, s.Answered, v[0], v[1], v[2])
		}
	}
	for qi, it := range rep.Items {
		right := 30 - 5*qi
		n := 30
		if qi == nq-1 {
			n = 29
		}
		if it.Answered != n || math.Abs(it.PercentCorrect-100*float64(right)/float64(n)) > 1e-9 {
			t.Errorf("Q%d: %d answered, %.2f%% correct; want %d, %.2f%%", qi+1, it.Answered, it.PercentCorrect, n, 100*float64(right)/float64(n))
		}
		if qi > 0 && it.Discrimination <= 0 {
			t.Errorf("Q%d: discrimination %.3f; the strong students were the ones right, want > 0", qi+1, it.Discrimination)
		}
	}

	// The teacher's /class report: a CSV file with 30 student rows.
	sent = e.send(group, teacher, "/class report")
	var file *bot.Attachment
	for _, s := range sent {
		if s.Reply.File != nil {
			file = s.Reply.File
		}
	}
	if file == nil || !strings.Contains(bottest.Text(sent), "30 students, 5 questions") {
		t.Fatalf("/class report sent:\n%s", bottest.Text(sent))
	}
	r := csv.NewReader(bytes.NewReader(file.Data))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("report CSV: %v", err)
	}
	if len(recs) != 1+30+1+nq || recs[0][0] != "student" || recs[31][0] != "question" {
		t.Errorf("report CSV has %d records (want %d), headers %q / %q", len(recs), 1+30+1+nq, recs[0], recs[min(31, len(recs)-1)])
	}
	if s := e.send(group, kids[0], "/class report"); !strings.Contains(bottest.Text(s), "only a teacher") {
		t.Errorf("a student's /class report: %s", bottest.Text(s))
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestClassSmallCaseByHand runs five students through four questions and
// checks the report's item statistics against arithmetic done by hand.
//
// Right (1) or wrong (0), first answer of each student:
//
//	      Q1 Q2 Q3 Q4   total (number right)
//	A      1  1  0  0   2
//	B      1  1  0  0   2
//	C      1  0  0  0   1
//	D      0  1  1  0   2
//	E      0  0  1  0   1
//
// Totals: mean 8/5 = 1.6; deviations .4 .4 −.6 .4 −.6; variance
// (3·.16 + 2·.36)/5 = .24; σ = √.24 ≈ .4899.
// r = (M1 − M0)/σ · √(p·q):
//
//	Q1: right A B C, M1 = 5/3, M0 = 3/2, p = .6: (1/6)/σ·√.24 = 1/6 ≈ 0.167, 60 % correct
//	Q2: right A B D, M1 = 2, M0 = 1, p = .6: 1/σ·√.24 = 1.000, 60 % correct
//	Q3: right D E, M1 = 3/2, M0 = 5/3, p = .4: −1/6 ≈ −0.167, 40 %, flagged (negative)
//	Q4: nobody right: 0 %, discrimination 0 (undefined), flagged (under 20 %)
//
// Q1's options from the answer: A B C pick the answer, D the next option,
// E the one after: counts 3, 1, 1 (and 0 for a fourth).
func TestClassSmallCaseByHand(t *testing.T) {
	e := newEnv(t, 4)
	ctx := context.Background()
	var hand []quiz.Question
	for i := 0; i < 4; i++ {
		opts := []string{fmt.Sprint("Lake ", i, "a"), fmt.Sprint("River ", i, "b"), fmt.Sprint("Hill ", i, "c"), fmt.Sprint("Town ", i, "d")}
		q := quiz.Question{Kind: quiz.MultipleChoice, Stem: fmt.Sprintf("Which place is number %d on the map?", i), Options: opts,
			Answer: opts[i], Explanation: fmt.Sprintf("Place %d is %s.", i, opts[i]), Difficulty: 0.5, Quality: 0.8}
		q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
		hand = append(hand, q)
		e.qs[q.Stem] = q
	}
	if _, err := e.db.SaveTopic(ctx, "Map", "map.txt", hand); err != nil {
		t.Fatal(err)
	}
	kids := students(5)
	join, start := lobby(t, e.send(group, teacher, "/class start Map 4 30"))
	for _, k := range kids {
		e.press(group, k, join)
	}
	sent := e.press(group, teacher, start)
	right := [][]bool{
		{true, true, true, false, false},
		{true, true, false, true, false},
		{false, false, false, true, true},
		{false, false, false, false, false},
	}
	var qs []quiz.Question
	for qi := range right {
		qm, ok := bottest.LastQuestion(sent)
		if !ok {
			t.Fatalf("question %d not asked:\n%s", qi+1, bottest.Text(sent))
		}
		q := e.question(qm)
		qs = append(qs, q)
		for i, k := range kids {
			e.clock.Advance(time.Second)
			pick := 0
			if !right[qi][i] {
				pick = 1 + (i % (len(q.Options) - 1))
				if qi == 0 {
					pick = i - 2 // D: 1, E: 2
				}
			}
			e.press(group, k, optionButton(qm, q, pick))
		}
		e.clock.Advance(3 * time.Second)
		sent = e.out.Take()
	}
	cl, _ := e.db.LatestClass(ctx, 0)
	rep, err := e.db.ClassReport(ctx, cl.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		pct, disc float64
		flagged   bool
	}{{60, 1.0 / 6, false}, {60, 1, false}, {40, -1.0 / 6, true}, {0, 0, true}}
	for i, w := range want {
		it := rep.Items[i]
		if math.Abs(it.PercentCorrect-w.pct) > 1e-9 || math.Abs(it.Discrimination-w.disc) > 1e-9 || it.Flagged != w.flagged {
			t.Errorf("Q%d: %.2f%% correct, discrimination %.4f, flagged %v; want %.0f%%, %.4f, %v",
				i+1, it.PercentCorrect, it.Discrimination, it.Flagged, w.pct, w.disc, w.flagged)
		}
		// Each question was answered one second apart, from one second
		// after it was asked: 1..5 s, mean 3 s.
		if math.Abs(it.AvgSeconds-3) > 1e-9 {
			t.Errorf("Q%d: average time %.3f s; want 3", i+1, it.AvgSeconds)
		}
	}
	// The report counts in the stored order of the options; the presses
	// were in the order shown.
	c := rep.Items[0].OptionCounts
	stored := e.qs[qs[0].Stem].Options
	n := len(qs[0].Options)
	at := func(shown int) int { return slices.Index(stored, qs[0].Options[shown%n]) }
	ai := qs[0].AnswerIndex()
	if c[at(ai)] != 3 || c[at(ai+1)] != 1 || c[at(ai+2)] != 1 {
		t.Errorf("Q1 option counts %v (answer shown at %d); want 3 on the answer and 1 on each of the next two shown", c, ai)
	}
	var buf bytes.Buffer
	if err := bot.WriteReport(&buf, "json", rep); err != nil || !strings.Contains(buf.String(), `"discrimination": -0.167`) {
		t.Errorf("JSON report (err %v) lacks Q3's discrimination -0.167:\n%s", err, buf.String())
	}
}

// TestClassFinishesWithoutItsTeacher: once started, a class runs on its
// timers; the teacher need not do anything more. Ending early keeps the
// answers.
func TestClassFinishesWithoutItsTeacher(t *testing.T) {
	e := newEnv(t, 24)
	kids := students(3)
	join, start := lobby(t, e.send(group, teacher, "/class start 3 10"))
	for _, k := range kids {
		e.press(group, k, join)
	}
	sent := e.press(group, teacher, start)
	qm, _ := bottest.LastQuestion(sent)
	q := e.question(qm)
	e.press(group, kids[0], rightButton(qm, q))
	// The teacher is gone; nobody answers after the first one: question
	// 1 times out, question 2 times out, and two idle questions end it.
	e.clock.Advance(10*time.Second + 3*time.Second + 10*time.Second + 3*time.Second + 10*time.Second)
	text := bottest.Text(e.out.Take())
	if !strings.Contains(text, "🏁 Class over") || !strings.Contains(text, "Student01 — 1") {
		t.Fatalf("class left alone did not finish with its podium:\n%s", text)
	}
	if s := e.send(group, teacher, "/class end"); !strings.Contains(bottest.Text(s), "No class is running") {
		t.Errorf("/class end after the end: %s", bottest.Text(s))
	}

	// A second class, ended early by the teacher.
	join, start = lobby(t, e.send(group, teacher, "/class start 3 10"))
	e.press(group, kids[1], join)
	sent = e.press(group, teacher, start)
	qm, _ = bottest.LastQuestion(sent)
	q = e.question(qm)
	e.press(group, kids[1], rightButton(qm, q))
	if s := e.send(group, kids[1], "/class end"); !strings.Contains(bottest.Text(s), "only a teacher") {
		t.Errorf("a student's /class end: %s", bottest.Text(s))
	}
	text = bottest.Text(e.send(group, teacher, "/class end"))
	if !strings.Contains(text, "ended the class early") || !strings.Contains(text, "Student02") {
		t.Errorf("/class end:\n%s", text)
	}
	cl, _ := e.db.LatestClass(context.Background(), 0)
	rep, _ := e.db.ClassReport(context.Background(), cl.ID)
	if len(rep.Students) != 1 || rep.Students[0].Correct != 1 {
		t.Errorf("report after /class end: %+v", rep.Students)
	}
}

func TestLobbyExpiresAndCanBeClosed(t *testing.T) {
	e := newEnv(t, 12)
	join, _ := lobby(t, e.send(group, teacher, "/class start"))
	e.press(group, user("1"), join)
	e.clock.Advance(bot.LobbyTime)
	text := bottest.Text(e.out.Take())
	if !strings.Contains(text, "lobby closed") {
		t.Fatalf("after %v the lobby is still open:\n%s", bot.LobbyTime, text)
	}
	if s := e.press(group, user("2"), join); !strings.Contains(bottest.Text(s), "class is over") {
		t.Errorf("Join on a closed lobby: %s", bottest.Text(s))
	}
	e.send(group, teacher, "/class start")
	if s := e.send(group, teacher, "/class end"); !strings.Contains(bottest.Text(s), "closed the class lobby") {
		t.Errorf("/class end in the lobby: %s", bottest.Text(s))
	}
	if s := e.send(group, teacher, "/quiz 1"); !strings.Contains(bottest.Text(s), "A round of 1") {
		t.Errorf("a round after the lobby closed: %s", bottest.Text(s))
	}
}

func TestHomework(t *testing.T) {
	e := newEnv(t, 24)
	ctx := context.Background()
	ann, bob := user("1"), user("2")
	annDM := bot.Chat{Platform: bottest.Platform, ID: "1", Private: true}
	bobDM := bot.Chat{Platform: bottest.Platform, ID: "2", Private: true}

	for _, bad := range []struct{ args, want string }{
		{"Science 3 3dayz", "could not read the deadline"},
		{"Science 3 2020-01-01", "has passed"},
		{"Science 999 3d", "1 to 50"},
	} {
		if s := e.send(group, teacher, "/class assign "+bad.args); !strings.Contains(bottest.Text(s), bad.want) {
			t.Errorf("/class assign %s: %s; want %q", bad.args, bottest.Text(s), bad.want)
		}
	}
	if s := e.send(group, ann, "/class assign Science 3 3d"); !strings.Contains(bottest.Text(s), "only a teacher") {
		t.Errorf("a student's /class assign: %s", bottest.Text(s))
	}
	text := bottest.Text(e.send(group, teacher, "/class assign Science 3 3d"))
	if !strings.Contains(text, "Homework 1") || !strings.Contains(text, "/class homework 1") || !strings.Contains(text, "Thu 5 Mar 2026, 09:00 UTC") {
		t.Fatalf("/class assign:\n%s", text)
	}
	if s := e.send(group, ann, "/class homework 1"); !strings.Contains(bottest.Text(s), "private chat") {
		t.Errorf("/class homework in the group: %s", bottest.Text(s))
	}
	// Ann knows the number; she answers one question, then stops.
	sent := e.send(annDM, ann, "/class homework 1")
	if !strings.Contains(bottest.Text(sent), "3 of 3 questions to go") {
		t.Fatalf("/class homework 1:\n%s", bottest.Text(sent))
	}
	answer := func(chat bot.Chat, u bot.User, sent []bottest.Sent, right bool) []bottest.Sent {
		t.Helper()
		qm, ok := bottest.LastQuestion(sent)
		if !ok {
			t.Fatalf("no question in:\n%s", bottest.Text(sent))
		}
		q := e.question(qm)
		if q.Kind.Choice() {
			if right {
				return e.press(chat, u, rightButton(qm, q))
			}
			return e.press(chat, u, wrongButton(qm, q))
		}
		if right {
			return e.send(chat, u, q.Answer)
		}
		return e.send(chat, u, "no idea")
	}
	sent = answer(annDM, ann, sent, true)
	e.send(annDM, ann, "/stop")
	sent = e.send(annDM, ann, "/class homework 1")
	if !strings.Contains(bottest.Text(sent), "2 of 3 questions to go") {
		t.Fatalf("carrying on:\n%s", bottest.Text(sent))
	}
	sent = answer(annDM, ann, sent, true)
	sent = answer(annDM, ann, sent, false)
	if !strings.Contains(bottest.Text(sent), "Round over") {
		t.Errorf("end of homework:\n%s", bottest.Text(sent))
	}
	if s := e.send(annDM, ann, "/class homework 1"); !strings.Contains(bottest.Text(s), "done homework 1: 3 questions") {
		t.Errorf("homework again when done: %s", bottest.Text(s))
	}
	// Bob, who has never played in the group, has no homework listed, and
	// none at all once it is due.
	if s := e.send(bobDM, bob, "/class homework"); !strings.Contains(bottest.Text(s), "no open homework") {
		t.Errorf("Bob's list: %s", bottest.Text(s))
	}
	e.clock.Advance(3*24*time.Hour + time.Minute)
	if s := e.send(bobDM, bob, "/class homework 1"); !strings.Contains(bottest.Text(s), "closed") {
		t.Errorf("homework after the deadline: %s", bottest.Text(s))
	}
	cl, _ := e.db.LatestClass(ctx, 0)
	rep, err := e.db.ClassReport(ctx, cl.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Students) != 1 || rep.Students[0].Answered != 3 || rep.Students[0].Correct != 2 || len(rep.Items) != 3 {
		t.Fatalf("report after homework: %d students %+v, %d items", len(rep.Students), rep.Students, len(rep.Items))
	}
	for i, a := range rep.Students[0].Answers {
		if a == "" {
			t.Errorf("Ann's answer to Q%d is missing from the report", i+1)
		}
	}
}

func TestHomeworkListedForClassMembers(t *testing.T) {
	e := newEnv(t, 24)
	ann := user("1")
	annDM := bot.Chat{Platform: bottest.Platform, ID: "1", Private: true}
	join, _ := lobby(t, e.send(group, teacher, "/class start"))
	e.press(group, ann, join)
	e.send(group, teacher, "/class end")
	e.send(group, teacher, "/class assign 2 48h")
	e.send(group, teacher, "/class assign Science 2 2026-03-20")
	text := bottest.Text(e.send(annDM, ann, "/class homework"))
	if !strings.Contains(text, "Your open homework") || !strings.Contains(text, "1 — 2 questions") || !strings.Contains(text, "2 — 2 questions on Science") {
		t.Fatalf("homework list:\n%s", text)
	}
}

func TestRetireAndTeacherRole(t *testing.T) {
	e := newEnv(t, 8)
	var id string
	for _, q := range e.qs {
		id = q.ID
	}
	if s := e.send(group, user("1"), "/class retire "+id); !strings.Contains(bottest.Text(s), "only a teacher") {
		t.Errorf("a student's retire: %s", bottest.Text(s))
	}
	if s := e.send(group, teacher, "/class retire "+id); !strings.Contains(bottest.Text(s), "out of play") {
		t.Fatalf("retire: %s", bottest.Text(s))
	}
	if n, _ := e.db.CountQuestions(context.Background()); n != 7 {
		t.Errorf("questions in play after retiring one = %d; want 7", n)
	}
	if s := e.send(group, teacher, "/class retire nosuchid"); !strings.Contains(bottest.Text(s), "no question") {
		t.Errorf("retire of an unknown id: %s", bottest.Text(s))
	}
	if s := e.send(group, teacher, "/class teacher-role Teachers"); !strings.Contains(bottest.Text(s), "On Chat, "+bottest.Capabilities.TeacherRole+".") {
		t.Errorf("teacher-role: %s", bottest.Text(s))
	}
	if s := e.send(group, teacher, "/class"); !strings.Contains(bottest.Text(s), "/class assign") {
		t.Errorf("/class help: %s", bottest.Text(s))
	}
}

func TestScoreProgressChart(t *testing.T) {
	e := newEnv(t, 12)
	me := user("1")
	play := func() {
		sent := e.send(private, me, "/quiz 1")
		qm, _ := bottest.LastQuestion(sent)
		q := e.question(qm)
		if q.Kind.Choice() {
			e.press(private, me, rightButton(qm, q))
		} else {
			e.send(private, me, q.Answer)
		}
	}
	play()
	for _, s := range e.send(private, me, "/score") {
		if s.Reply.Image != nil {
			t.Errorf("a chart after one day of play")
		}
	}
	e.clock.Advance(24 * time.Hour)
	play()
	var img *bot.Attachment
	for _, s := range e.send(private, me, "/score") {
		if s.Reply.Image != nil {
			img = s.Reply.Image
		}
	}
	checkPNG(t, "progress", img)
}

func TestClassLatecomerJoinsAfterStart(t *testing.T) {
	e := newEnv(t, 12)
	teacher := user("t")
	teacher.Admin = true
	var join, begin string
	for _, s := range e.send(group, teacher, "/class start Science 2 20") {
		for _, b := range s.Reply.Buttons {
			if strings.HasPrefix(b.Data, "j:") {
				join = b.Data
			} else if strings.HasPrefix(b.Data, "b:") {
				begin = b.Data
			}
		}
	}
	e.press(group, user("1"), join)
	sent := e.press(group, teacher, begin)
	var lobbyEdit bool
	for _, s := range sent {
		if s.Edit && strings.Contains(s.Reply.Text, "Started") {
			lobbyEdit = true
			if len(s.Reply.Buttons) != 1 || s.Reply.Buttons[0].Data != join {
				t.Errorf("lobby after Start has buttons %v; want only Join", s.Reply.Buttons)
			}
		}
	}
	if !lobbyEdit {
		t.Fatalf("the lobby was not edited at Start:\n%s", bottest.Text(sent))
	}
	if text := bottest.Text(e.press(group, user("2"), join)); !strings.Contains(text, "in") {
		t.Errorf("a latecomer's Join answered %q", text)
	}
}
