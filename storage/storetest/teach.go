package storetest

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"quizbot/quiz"
)

// The teacher's pages: sign-in links, sessions, draft topics, edited
// questions and their statistics, a teacher's classes.

func (s *suite) user(t *testing.T, platform, id, name string) *quiz.User {
	t.Helper()
	u := &quiz.User{Platform: platform, PlatformID: id, Name: name}
	if err := s.db.EnsureUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	return u
}

func testSignInAndSessions(t *testing.T, s *suite) {
	ada := s.user(t, "web", "teacher:ada", "Ada")
	if err := s.db.CreateSignIn(ctx, ada.ID, "link-1", s.now.Add(15*time.Minute)); err != nil {
		t.Fatal(err)
	}
	if err := s.db.CreateSignIn(ctx, ada.ID, "link-2", s.now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if id, err := s.db.RedeemSignIn(ctx, "link-1"); err != nil || id != ada.ID {
		t.Fatalf("RedeemSignIn = %d, %v; want %d", id, err, ada.ID)
	}
	for _, h := range []string{"link-1", "no-such-link"} {
		if _, err := s.db.RedeemSignIn(ctx, h); quiz.ErrorCode(err) != quiz.ENOTFOUND {
			t.Errorf("RedeemSignIn(%s) used or unknown: %v; want ENOTFOUND", h, err)
		}
	}
	s.now = s.now.Add(2 * time.Minute)
	if _, err := s.db.RedeemSignIn(ctx, "link-2"); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("RedeemSignIn of an expired link: %v; want ENOTFOUND", err)
	}

	exp := s.now.Add(12 * time.Hour)
	if err := s.db.CreateSession(ctx, "session-1", &quiz.Session{Teacher: *ada, CSRF: "csrf-1", Expires: exp}); err != nil {
		t.Fatal(err)
	}
	got, err := s.db.Session(ctx, "session-1")
	if err != nil || got == nil || got.Teacher != *ada || got.CSRF != "csrf-1" || !got.Expires.Equal(exp) {
		t.Fatalf("Session = %+v, %v; want Ada's with csrf-1 until %v", got, err, exp)
	}
	if got, err := s.db.Session(ctx, "session-2"); got != nil || err != nil {
		t.Errorf("Session of an unknown token = %+v, %v; want nil, nil", got, err)
	}
	if err := s.db.CreateSession(ctx, "session-2", &quiz.Session{Teacher: *ada, CSRF: "csrf-2", Expires: exp}); err != nil {
		t.Fatal(err)
	}
	if err := s.db.DeleteSession(ctx, "session-2"); err != nil {
		t.Fatal(err)
	}
	if got, err := s.db.Session(ctx, "session-2"); got != nil || err != nil {
		t.Errorf("Session after DeleteSession = %+v, %v; want nil, nil", got, err)
	}
	if got, _ := s.db.Session(ctx, "session-1"); got == nil {
		t.Errorf("DeleteSession of one session ended another")
	}
	s.now = exp.Add(time.Second)
	if got, err := s.db.Session(ctx, "session-1"); got != nil || err != nil {
		t.Errorf("Session once expired = %+v, %v; want nil, nil", got, err)
	}
}

// A link clicked twice at once (two tabs, two replicas) signs in once.
func testSignInRace(t *testing.T, s *suite) {
	ada := s.user(t, "web", "teacher:ada", "Ada")
	if err := s.db.CreateSignIn(ctx, ada.ID, "link", s.now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			var id int64
			id, errs[i] = s.db.RedeemSignIn(ctx, "link")
			if errs[i] == nil && id != ada.ID {
				errs[i] = fmt.Errorf("redeemed for user %d; want %d", id, ada.ID)
			}
		})
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case quiz.ErrorCode(err) != quiz.ENOTFOUND:
			t.Errorf("RedeemSignIn under race: %v; want success or ENOTFOUND", err)
		}
	}
	if ok != 1 {
		t.Errorf("%d of %d redeemed one link; want exactly 1", ok, n)
	}
}

func riverQuestions() []quiz.Question {
	return []quiz.Question{
		{Kind: quiz.MultipleChoice, Stem: "Which river flows through Cairo?", Options: []string{"Nile", "Congo", "Niger", "Zambezi"},
			Answer: "Nile", Explanation: "The Nile flows through Cairo.", Source: "Rivers", Quality: 0.9},
		{Kind: quiz.FillBlank, Stem: "The longest river of South America is the _____.", Answer: "Amazon",
			Explanation: "The longest river of South America is the Amazon.", Source: "Rivers", Quality: 0.8},
	}
}

func topicNames(ts []quiz.Topic) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Name)
	}
	return out
}

func testDraftTopics(t *testing.T, s *suite) {
	if _, err := s.db.SaveTopic(ctx, "Wars", "wars.txt", sampleQuestions()); err != nil {
		t.Fatal(err)
	}
	ada := s.user(t, "web", "teacher:ada", "Ada")
	bob := s.user(t, "web", "teacher:bob", "Bob")
	draft, err := s.db.CreateDraftTopic(ctx, ada.ID, " Rivers ", "rivers.md", riverQuestions())
	if err != nil {
		t.Fatal(err)
	}
	if draft.Name != "Rivers" || !draft.Draft || draft.OwnerID != ada.ID || draft.Questions != 2 || draft.Source != "rivers.md" {
		t.Fatalf("CreateDraftTopic = %+v; want Ada's draft Rivers with 2 questions from rivers.md", draft)
	}
	if ts, _ := s.db.Topics(ctx); !slices.Equal(topicNames(ts), []string{"Wars"}) {
		t.Errorf("Topics with a draft = %v; want [Wars]: drafts are out of play", topicNames(ts))
	}
	if qs, err := s.db.Candidates(ctx, 1, "rivers", 10); err != nil || len(qs) != 0 {
		t.Errorf("Candidates of a draft = %d, %v; want none", len(qs), err)
	}
	if qs, _ := s.db.Candidates(ctx, 1, "", 10); len(qs) != 3 {
		t.Errorf("Candidates of every topic = %d; want Wars' 3 only", len(qs))
	}
	if ts, _ := s.db.TeacherTopics(ctx, ada.ID); !slices.Equal(topicNames(ts), []string{"Rivers", "Wars"}) || !ts[0].Draft || ts[1].Draft {
		t.Errorf("TeacherTopics(owner) = %+v; want the draft Rivers first, then Wars", ts)
	}
	if ts, _ := s.db.TeacherTopics(ctx, bob.ID); !slices.Equal(topicNames(ts), []string{"Wars"}) {
		t.Errorf("TeacherTopics(another teacher) = %v; want [Wars]", topicNames(ts))
	}
	for _, name := range []string{"rivers", "WARS"} {
		if _, err := s.db.CreateDraftTopic(ctx, bob.ID, name, "", riverQuestions()); quiz.ErrorCode(err) != quiz.ECONFLICT {
			t.Errorf("CreateDraftTopic(%q) of a taken name: %v; want ECONFLICT", name, err)
		}
	}
	bad := riverQuestions()
	bad[0].Options = []string{"Nile", "Nile"}
	if _, err := s.db.CreateDraftTopic(ctx, ada.ID, "Lakes", "", bad); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Errorf("CreateDraftTopic with a flawed question: %v; want EINVALID", err)
	}
	if _, err := s.db.CreateDraftTopic(ctx, ada.ID, "  ", "", riverQuestions()); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Errorf("CreateDraftTopic without a name: %v; want EINVALID", err)
	}
	if ts, _ := s.db.TeacherTopics(ctx, ada.ID); len(ts) != 2 {
		t.Errorf("TeacherTopics after refused drafts = %v; want Rivers and Wars only", topicNames(ts))
	}

	if err := s.db.PublishTopic(ctx, draft.ID); err != nil {
		t.Fatal(err)
	}
	if got, err := s.db.Topic(ctx, draft.ID); err != nil || got.Draft || got.OwnerID != ada.ID {
		t.Errorf("Topic once published = %+v, %v; want Ada's, no longer a draft", got, err)
	}
	if ts, _ := s.db.Topics(ctx); !slices.Equal(topicNames(ts), []string{"Rivers", "Wars"}) {
		t.Errorf("Topics once published = %v; want [Rivers Wars]", topicNames(ts))
	}
	if qs, _ := s.db.Candidates(ctx, 1, "rivers", 10); len(qs) != 2 || qs[0].Topic != "Rivers" {
		t.Errorf("Candidates once published = %+v; want Rivers' 2", qs)
	}
	if err := s.db.PublishTopic(ctx, draft.ID+100); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("PublishTopic of no topic: %v; want ENOTFOUND", err)
	}
	if _, err := s.db.Topic(ctx, draft.ID+100); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("Topic of no topic: %v; want ENOTFOUND", err)
	}
}

func testEditAndAddQuestions(t *testing.T, s *suite) {
	qs := sampleQuestions()
	if _, err := s.db.SaveTopic(ctx, "Wars", "", qs); err != nil {
		t.Fatal(err)
	}
	// Read once, so that a store that keeps questions in memory has it there.
	if _, err := s.db.Question(ctx, qs[0].ID); err != nil {
		t.Fatal(err)
	}
	s.now = s.now.Add(time.Hour)
	edit := qs[0]
	edit.Stem, edit.Options, edit.Answer = "In what year did the treaty of Nerchinsk end the war?", []string{"1687", "1689", "1691", "1693"}, "1689"
	if err := s.db.EditQuestion(ctx, &edit, false); err != nil {
		t.Fatal(err)
	}
	got, err := s.db.Question(ctx, qs[0].ID)
	if err != nil || got.Stem != edit.Stem || !slices.Equal(got.Options, edit.Options) {
		t.Fatalf("Question after EditQuestion = %+v, %v; want the edited text", got, err)
	}
	flawed := edit
	flawed.Answer = "1700" // not among the options
	if err := s.db.EditQuestion(ctx, &flawed, false); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Errorf("EditQuestion with a flawed question: %v; want EINVALID", err)
	}
	if got, _ := s.db.Question(ctx, qs[0].ID); got.Answer != "1689" {
		t.Errorf("a refused edit changed the answer to %q", got.Answer)
	}
	missing := edit
	missing.ID = "nope"
	if err := s.db.EditQuestion(ctx, &missing, false); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("EditQuestion of no question: %v; want ENOTFOUND", err)
	}

	// Retired by an edit: out of play, listed last, back in play by another.
	if err := s.db.EditQuestion(ctx, &qs[1], true); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.db.CountQuestions(ctx); n != 2 {
		t.Errorf("CountQuestions after retiring one = %d; want 2", n)
	}
	topicID := topicNamed(t, s, "Wars").ID
	list, err := s.db.TopicQuestions(ctx, topicID)
	if err != nil || len(list) != 3 || list[2].ID != qs[1].ID || !list[2].Retired || list[0].Retired || list[0].TopicID != topicID {
		t.Fatalf("TopicQuestions = %+v, %v; want 3, the retired one last", list, err)
	}
	if list[0].Stats.Reasons == nil || list[0].Stats.Answered != 0 {
		t.Errorf("statistics of an unanswered question = %+v; want zero with an empty list of reasons", list[0].Stats)
	}
	if _, err := s.db.TopicQuestions(ctx, topicID+100); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("TopicQuestions of no topic: %v; want ENOTFOUND", err)
	}
	rq, err := s.db.ReviewQuestion(ctx, qs[1].ID)
	if err != nil || !rq.Retired || rq.Topic != "Wars" || rq.Answer != "Amur" {
		t.Errorf("ReviewQuestion = %+v, %v; want the retired Amur question of Wars", rq, err)
	}
	if _, err := s.db.ReviewQuestion(ctx, "nope"); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("ReviewQuestion of no question: %v; want ENOTFOUND", err)
	}
	if err := s.db.EditQuestion(ctx, &qs[1], false); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.db.CountQuestions(ctx); n != 3 {
		t.Errorf("CountQuestions after putting it back = %d; want 3", n)
	}

	// Added by hand: its id comes from its text, so it is added once.
	add := quiz.Question{Kind: quiz.TrueFalse, Stem: "The fort fell in winter.", Options: []string{"True", "False"}, Answer: "False",
		Explanation: "The fort fell in summer."}
	if err := s.db.AddQuestion(ctx, topicID, &add); err != nil {
		t.Fatal(err)
	}
	if want := quiz.QuestionID(add.Kind, add.Stem, add.Answer, add.Options); add.ID != want || add.Topic != "Wars" {
		t.Errorf("AddQuestion set id %q, topic %q; want %q, Wars", add.ID, add.Topic, want)
	}
	if got, err := s.db.Question(ctx, add.ID); err != nil || got.Stem != add.Stem {
		t.Errorf("Question of the added one = %+v, %v", got, err)
	}
	again := add
	if err := s.db.AddQuestion(ctx, topicID, &again); quiz.ErrorCode(err) != quiz.ECONFLICT {
		t.Errorf("AddQuestion twice: %v; want ECONFLICT", err)
	}
	other := add
	other.Stem = "The fort fell in spring."
	if err := s.db.AddQuestion(ctx, topicID+100, &other); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("AddQuestion to no topic: %v; want ENOTFOUND", err)
	}
	if n, _ := s.db.CountQuestions(ctx); n != 4 {
		t.Errorf("CountQuestions = %d; want 4", n)
	}
}

func topicNamed(t *testing.T, s *suite, name string) quiz.Topic {
	t.Helper()
	ts, err := s.db.Topics(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range ts {
		if tp.Name == name {
			return tp
		}
	}
	t.Fatalf("no topic %q among %v", name, topicNames(ts))
	return quiz.Topic{}
}

// Statistics count each player's first answer to each question.
func testTopicStatistics(t *testing.T, s *suite) {
	qs, chat, ann, r := s.groupRound(t, 0, 1)
	players := []*quiz.User{ann}
	for i := 2; i <= 5; i++ {
		players = append(players, s.user(t, "telegram", fmt.Sprint(i), fmt.Sprint("P", i)))
	}
	record := func(u *quiz.User, seq int, correct bool, ms int, event string) {
		t.Helper()
		a := &quiz.Attempt{RoundID: r.ID, Seq: seq, QuestionID: r.QuestionIDs[seq], UserID: u.ID, ChatID: chat.ID,
			Answer: "x", Option: -1, Correct: correct, Elapsed: time.Duration(ms) * time.Millisecond, EventID: event}
		if ok, err := s.db.RecordAttempt(ctx, a, chat.Scope, true); err != nil || !ok {
			t.Fatalf("RecordAttempt = %v, %v", ok, err)
		}
	}
	// Question 0: five players, all wrong at first; Ann's later right guess
	// does not count.
	for i, u := range players {
		record(u, 0, false, 1000*(i+1), fmt.Sprint("q0-", i))
	}
	record(ann, 0, true, 500, "q0-again")
	// Question 1: two players, one right.
	record(players[1], 1, true, 2000, "q1-a")
	record(players[2], 1, false, 4000, "q1-b")

	list, err := s.db.TopicQuestions(ctx, topicNamed(t, s, "Wars").ID)
	if err != nil {
		t.Fatal(err)
	}
	stats := map[string]quiz.ItemStats{}
	for _, q := range list {
		stats[q.ID] = q.Stats
	}
	q0, q1, q2 := stats[qs[0].ID], stats[qs[1].ID], stats[qs[2].ID]
	if q0.Answered != 5 || q0.PercentCorrect != 0 || q0.AvgSeconds != 3 || !q0.Flagged || len(q0.Reasons) != 1 {
		t.Errorf("stats of a question all five got wrong = %+v; want 5 answered, 0%%, 3 s, flagged for being hard", q0)
	}
	if q1.Answered != 2 || q1.PercentCorrect != 50 || q1.AvgSeconds != 3 || q1.Flagged || q1.Reasons == nil {
		t.Errorf("stats of a question two answered = %+v; want 2, 50%%, 3 s, too few to flag", q1)
	}
	if q2.Answered != 0 || q2.Reasons == nil {
		t.Errorf("stats of an unanswered question = %+v", q2)
	}
	rq, err := s.db.ReviewQuestion(ctx, qs[0].ID)
	if err != nil || rq.Stats.Answered != 5 || !rq.Stats.Flagged {
		t.Errorf("ReviewQuestion stats = %+v, %v; want those of TopicQuestions", rq, err)
	}
}

func testTeacherClasses(t *testing.T, s *suite) {
	qs := sampleQuestions()
	if _, err := s.db.SaveTopic(ctx, "Wars", "", qs); err != nil {
		t.Fatal(err)
	}
	ada := s.user(t, "web", "teacher:ada", "Ada")
	bob := s.user(t, "web", "teacher:bob", "Bob")
	var classes []*quiz.Class
	for i, code := range []string{"ABC123", "DEF456"} {
		chat := &quiz.Chat{Platform: "web", PlatformID: code, Title: "Class " + code}
		if err := s.db.EnsureChat(ctx, chat); err != nil {
			t.Fatal(err)
		}
		c := &quiz.Class{ChatID: chat.ID, TeacherID: ada.ID, Topic: "Wars"}
		r := &quiz.Round{ChatID: chat.ID, StarterID: ada.ID, Mode: quiz.ModeClass, QuestionIDs: []string{qs[i].ID},
			TimeLimit: 20, State: quiz.Lobby}
		if err := s.db.CreateClass(ctx, c, r); err != nil {
			t.Fatal(err)
		}
		if got, err := s.db.ClassRound(ctx, c.ID); err != nil || got == nil || got.ID != r.ID || got.State != quiz.Lobby {
			t.Errorf("ClassRound = %+v, %v; want round %d in the lobby", got, err, r.ID)
		}
		r.State = quiz.Asking
		if err := s.db.UpdateRound(ctx, r); err != nil {
			t.Fatal(err)
		}
		if err := s.db.FinishRound(ctx, r, chat.Scope); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.db.ClassRound(ctx, c.ID); got == nil || got.State != quiz.Done {
			t.Errorf("ClassRound of a finished class = %+v; want the round, done", got)
		}
		classes = append(classes, c)
	}
	// Homework only: a class with no live round.
	homework := &quiz.Class{ChatID: classes[0].ChatID, TeacherID: bob.ID, Topic: "Wars"}
	if err := s.db.CreateClass(ctx, homework, nil); err != nil {
		t.Fatal(err)
	}
	if got, err := s.db.ClassRound(ctx, homework.ID); got != nil || err != nil {
		t.Errorf("ClassRound of homework = %+v, %v; want nil, nil", got, err)
	}
	got, err := s.db.TeacherClasses(ctx, ada.ID)
	if err != nil || len(got) != 2 || got[0].ID != classes[1].ID || got[1].ID != classes[0].ID ||
		got[0].ChatTitle != "Class DEF456" || got[0].Platform != "web" || got[0].TeacherID != ada.ID {
		t.Errorf("TeacherClasses(Ada) = %+v, %v; want her two classes, the latest first", got, err)
	}
	if got, _ := s.db.TeacherClasses(ctx, bob.ID); len(got) != 1 || got[0].ID != homework.ID {
		t.Errorf("TeacherClasses(Bob) = %+v; want his homework class", got)
	}
}
