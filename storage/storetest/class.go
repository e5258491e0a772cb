package storetest

import (
	"testing"
	"time"

	"quizbot/quiz"
)

func testClassStore(t *testing.T, s *suite) {
	now := s.now
	qs := sampleQuestions()
	if _, err := s.db.SaveTopic(ctx, "Wars", "wars.txt", qs); err != nil {
		t.Fatal(err)
	}
	group := &quiz.Chat{Platform: "telegram", PlatformID: "-5", Title: "7b"}
	dm := &quiz.Chat{Platform: "telegram", PlatformID: "1", Private: true}
	ann := &quiz.User{Platform: "telegram", PlatformID: "1", Name: "Ann"}
	teacher := &quiz.User{Platform: "telegram", PlatformID: "9", Name: "T"}
	for _, c := range []*quiz.Chat{group, dm} {
		if err := s.db.EnsureChat(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	for _, u := range []*quiz.User{ann, teacher} {
		if err := s.db.EnsureUser(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	if c, err := s.db.LatestClass(ctx, group.ID); c != nil || err != nil {
		t.Fatalf("LatestClass of a new chat = %v, %v; want nil, nil", c, err)
	}
	// A class with its lobby round; a second one conflicts and leaves no class.
	r := &quiz.Round{ChatID: group.ID, StarterID: teacher.ID, Mode: quiz.ModeClass, QuestionIDs: []string{qs[0].ID, qs[2].ID},
		TimeLimit: 20, State: quiz.Lobby, Deadline: now.Add(time.Hour)}
	cl := &quiz.Class{ChatID: group.ID, TeacherID: teacher.ID, Topic: "Wars"}
	if err := s.db.CreateClass(ctx, cl, r); err != nil {
		t.Fatal(err)
	}
	if r.ClassID != cl.ID || r.ID == 0 {
		t.Fatalf("round %+v not tied to class %d", r, cl.ID)
	}
	err := s.db.CreateClass(ctx, &quiz.Class{ChatID: group.ID}, &quiz.Round{ChatID: group.ID, Mode: quiz.ModeClass,
		QuestionIDs: []string{qs[0].ID}, State: quiz.Lobby, TimeLimit: 20})
	if quiz.ErrorCode(err) != quiz.ECONFLICT {
		t.Fatalf("second open class: err %v; want ECONFLICT", err)
	}
	if got, _ := s.db.LatestClass(ctx, group.ID); got == nil || got.ID != cl.ID || got.ChatTitle != "7b" || got.Platform != "telegram" {
		t.Fatalf("LatestClass = %+v; want class %d of 7b (the conflicting one rolled back)", got, cl.ID)
	}
	if got, _ := s.db.LatestClass(ctx, 0); got == nil || got.ID != cl.ID {
		t.Errorf("LatestClass of any chat = %+v; want class %d", got, cl.ID)
	}
	if got, err := s.db.Class(ctx, cl.ID); err != nil || got.TeacherID != teacher.ID || !got.CreatedAt.Equal(now) {
		t.Errorf("Class = %+v, %v", got, err)
	}
	if _, err := s.db.Class(ctx, cl.ID+99); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("Class of no class: %v; want ENOTFOUND", err)
	}
	for i, want := range []bool{true, false} {
		if joined, err := s.db.JoinClass(ctx, cl.ID, ann.ID); err != nil || joined != want {
			t.Errorf("JoinClass #%d = %v, %v; want %v", i+1, joined, err, want)
		}
	}
	if ok, _ := s.db.IsMember(ctx, cl.ID, teacher.ID); ok {
		t.Error("the teacher is a member without joining")
	}
	if ok, _ := s.db.IsMember(ctx, cl.ID, ann.ID); !ok {
		t.Error("Ann is not a member after joining")
	}
	if _, err := s.db.JoinClass(ctx, cl.ID, teacher.ID); err != nil {
		t.Fatal(err)
	}
	if ms, _ := s.db.ClassMembers(ctx, cl.ID); len(ms) != 2 || ms[0].Name != "Ann" || ms[0].PlatformID != "1" || ms[1].Name != "T" {
		t.Errorf("members = %+v; want Ann then T, in join order", ms)
	}
	// A live class counts who answered its open question, and its
	// students: Ann answers the first question (twice: stored once).
	if n, m, err := s.db.CountAnswered(ctx, r.ID, 0, cl.ID); err != nil || n != 0 || m != 2 {
		t.Errorf("CountAnswered before any answer = %d, %d, %v; want 0 of 2", n, m, err)
	}
	for i := range 2 {
		live := &quiz.Attempt{RoundID: r.ID, QuestionID: qs[0].ID, UserID: ann.ID, ChatID: group.ID, Answer: qs[0].Options[i], Option: i}
		if _, err := s.db.RecordAttempt(ctx, live, group.Scope, true); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		round        int64
		seq          int
		class        int64
		answered, of int
	}{{r.ID, 0, cl.ID, 1, 2}, {r.ID, 1, cl.ID, 0, 2}, {r.ID + 99, 0, cl.ID + 99, 0, 0}} {
		if n, m, err := s.db.CountAnswered(ctx, c.round, c.seq, c.class); err != nil || n != c.answered || m != c.of {
			t.Errorf("CountAnswered(round %d, question %d, class %d) = %d, %d, %v; want %d of %d", c.round, c.seq, c.class, n, m, err, c.answered, c.of)
		}
	}

	// Homework: listed for Ann (a member) until due, answered questions tracked.
	a := &quiz.Assignment{ClassID: cl.ID, Topic: "Wars", QuestionIDs: []string{qs[1].ID, qs[2].ID}, Due: now.Add(48 * time.Hour)}
	if err := s.db.CreateAssignment(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := s.db.CreateAssignment(ctx, &quiz.Assignment{ClassID: cl.ID}); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Errorf("homework without questions: %v; want EINVALID", err)
	}
	if got, err := s.db.Assignment(ctx, a.ID); err != nil || !got.Due.Equal(a.Due) || got.ChatTitle != "7b" || len(got.QuestionIDs) != 2 {
		t.Errorf("Assignment = %+v, %v", got, err)
	}
	if _, err := s.db.Assignment(ctx, a.ID+99); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("Assignment of none: %v; want ENOTFOUND", err)
	}
	if open, _ := s.db.OpenAssignments(ctx, "telegram", ann.ID, now); len(open) != 1 || open[0].ID != a.ID || len(open[0].QuestionIDs) != 2 {
		t.Errorf("open homework for Ann = %+v", open)
	}
	stranger := &quiz.User{Platform: "telegram", PlatformID: "55", Name: "S"}
	s.db.EnsureUser(ctx, stranger)
	for _, c := range []struct {
		platform string
		user     int64
		at       time.Time
	}{{"discord", ann.ID, now}, {"telegram", stranger.ID, now}, {"telegram", ann.ID, now.Add(49 * time.Hour)}} {
		if open, _ := s.db.OpenAssignments(ctx, c.platform, c.user, c.at); len(open) != 0 {
			t.Errorf("OpenAssignments(%s, %d, %v) = %+v; want none", c.platform, c.user, c.at, open)
		}
	}
	hw := &quiz.Round{ChatID: dm.ID, StarterID: ann.ID, Mode: quiz.ModeHomework, QuestionIDs: a.QuestionIDs, TimeLimit: 120,
		State: quiz.Asking, ClassID: cl.ID, AskedAt: now, Deadline: now.Add(2 * time.Minute)}
	if err := s.db.CreateRound(ctx, hw); err != nil {
		t.Fatal(err)
	}
	att := &quiz.Attempt{RoundID: hw.ID, QuestionID: qs[1].ID, UserID: ann.ID, ChatID: dm.ID, Answer: "Amur", Option: -1, Correct: true, Points: 900}
	if _, err := s.db.RecordAttempt(ctx, att, dm.Scope, true); err != nil {
		t.Fatal(err)
	}
	if done, _ := s.db.HomeworkAnswered(ctx, cl.ID, ann.ID); len(done) != 1 || done[0] != qs[1].ID {
		t.Errorf("HomeworkAnswered = %v; want [%s]", done, qs[1].ID)
	}
	rep, err := s.db.ClassReport(ctx, cl.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Live round [q0 q2], then homework [q1 q2]: q0 q2 q1.
	if len(rep.Items) != 3 || rep.Items[0].Question.ID != qs[0].ID || rep.Items[1].Question.ID != qs[2].ID || rep.Items[2].Question.ID != qs[1].ID {
		t.Errorf("report questions in order live, then homework: %v", rep.Items)
	}
	if len(rep.Students) != 2 || rep.Students[0].Points != att.Points || rep.Students[0].Answers[2] != "Amur" {
		t.Errorf("report students = %+v", rep.Students)
	}
	if _, err := s.db.ClassReport(ctx, cl.ID+99); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("report of no class: %v", err)
	}
}
