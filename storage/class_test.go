package storage_test

import (
	"context"
	"testing"
	"time"

	"quizbot/quiz"
)

func TestClassStore(t *testing.T) {
	db, now := open(t)
	ctx := context.Background()
	qs := sampleQuestions()
	if _, err := db.SaveTopic(ctx, "Wars", "wars.txt", qs); err != nil {
		t.Fatal(err)
	}
	group := &quiz.Chat{Platform: "telegram", PlatformID: "-5", Title: "7b"}
	dm := &quiz.Chat{Platform: "telegram", PlatformID: "1", Private: true}
	ann := &quiz.User{Platform: "telegram", PlatformID: "1", Name: "Ann"}
	teacher := &quiz.User{Platform: "telegram", PlatformID: "9", Name: "T"}
	for _, c := range []*quiz.Chat{group, dm} {
		if err := db.EnsureChat(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	for _, u := range []*quiz.User{ann, teacher} {
		if err := db.EnsureUser(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	if c, err := db.LatestClass(ctx, group.ID); c != nil || err != nil {
		t.Fatalf("LatestClass of a new chat = %v, %v; want nil, nil", c, err)
	}
	// A class with its lobby round; a second one conflicts and leaves no class.
	r := &quiz.Round{ChatID: group.ID, StarterID: teacher.ID, Mode: quiz.ModeClass, QuestionIDs: []string{qs[0].ID, qs[2].ID},
		TimeLimit: 20, State: quiz.Lobby, Deadline: now.Add(time.Hour)}
	cl := &quiz.Class{ChatID: group.ID, TeacherID: teacher.ID, Topic: "Wars"}
	if err := db.CreateClass(ctx, cl, r); err != nil {
		t.Fatal(err)
	}
	if r.ClassID != cl.ID || r.ID == 0 {
		t.Fatalf("round %+v not tied to class %d", r, cl.ID)
	}
	err := db.CreateClass(ctx, &quiz.Class{ChatID: group.ID}, &quiz.Round{ChatID: group.ID, Mode: quiz.ModeClass,
		QuestionIDs: []string{qs[0].ID}, State: quiz.Lobby, TimeLimit: 20})
	if quiz.ErrorCode(err) != quiz.ECONFLICT {
		t.Fatalf("second open class: err %v; want ECONFLICT", err)
	}
	if got, _ := db.LatestClass(ctx, group.ID); got == nil || got.ID != cl.ID || got.ChatTitle != "7b" || got.Platform != "telegram" {
		t.Fatalf("LatestClass = %+v; want class %d of 7b (the conflicting one rolled back)", got, cl.ID)
	}
	for i, want := range []bool{true, false} {
		if joined, err := db.JoinClass(ctx, cl.ID, ann.ID); err != nil || joined != want {
			t.Errorf("JoinClass #%d = %v, %v; want %v", i+1, joined, err, want)
		}
	}
	if ok, _ := db.IsMember(ctx, cl.ID, teacher.ID); ok {
		t.Error("the teacher is a member without joining")
	}
	if ms, _ := db.ClassMembers(ctx, cl.ID); len(ms) != 1 || ms[0].Name != "Ann" || ms[0].PlatformID != "1" {
		t.Errorf("members = %+v", ms)
	}

	// Homework: listed for Ann (a member) until due, answered questions tracked.
	a := &quiz.Assignment{ClassID: cl.ID, Topic: "Wars", QuestionIDs: []string{qs[1].ID, qs[2].ID}, Due: now.Add(48 * time.Hour)}
	if err := db.CreateAssignment(ctx, a); err != nil {
		t.Fatal(err)
	}
	if open, _ := db.OpenAssignments(ctx, "telegram", ann.ID, *now); len(open) != 1 || open[0].ID != a.ID || len(open[0].QuestionIDs) != 2 {
		t.Errorf("open homework for Ann = %+v", open)
	}
	for _, c := range []struct {
		platform string
		user     int64
		at       time.Time
	}{{"discord", ann.ID, *now}, {"telegram", teacher.ID, *now}, {"telegram", ann.ID, now.Add(49 * time.Hour)}} {
		if open, _ := db.OpenAssignments(ctx, c.platform, c.user, c.at); len(open) != 0 {
			t.Errorf("OpenAssignments(%s, %d, %v) = %+v; want none", c.platform, c.user, c.at, open)
		}
	}
	hw := &quiz.Round{ChatID: dm.ID, StarterID: ann.ID, Mode: quiz.ModeHomework, QuestionIDs: a.QuestionIDs, TimeLimit: 120,
		State: quiz.Asking, ClassID: cl.ID, AskedAt: *now, Deadline: now.Add(2 * time.Minute)}
	if err := db.CreateRound(ctx, hw); err != nil {
		t.Fatal(err)
	}
	att := &quiz.Attempt{RoundID: hw.ID, QuestionID: qs[1].ID, UserID: ann.ID, ChatID: dm.ID, Answer: "Amur", Option: -1, Correct: true, Points: 900}
	if _, err := db.RecordAttempt(ctx, att, dm.Scope, true); err != nil {
		t.Fatal(err)
	}
	if done, _ := db.HomeworkAnswered(ctx, cl.ID, ann.ID); len(done) != 1 || done[0] != qs[1].ID {
		t.Errorf("HomeworkAnswered = %v; want [%s]", done, qs[1].ID)
	}
	rep, err := db.ClassReport(ctx, cl.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Live round [q0 q2], then homework [q1 q2]: q0 q2 q1.
	if len(rep.Items) != 3 || rep.Items[0].Question.ID != qs[0].ID || rep.Items[1].Question.ID != qs[2].ID || rep.Items[2].Question.ID != qs[1].ID {
		t.Errorf("report questions in order live, then homework: %v", rep.Items)
	}
	if len(rep.Students) != 1 || rep.Students[0].Points != att.Points || rep.Students[0].Answers[2] != "Amur" {
		t.Errorf("report students = %+v", rep.Students)
	}
	if _, err := db.ClassReport(ctx, 99); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("report of no class: %v", err)
	}
}

func TestImportQuestionsAllOrNothing(t *testing.T) {
	db, _ := open(t)
	ctx := context.Background()
	qs := sampleQuestions()
	for i := range qs {
		qs[i].Topic = []string{"A", "B", "a"}[i] // "a" is "A": topic names ignore case
	}
	bad := append([]quiz.Question{}, qs...)
	bad = append(bad, quiz.Question{Kind: quiz.MultipleChoice, Stem: "Broken?", Options: []string{"x", "x"}, Answer: "x", Topic: "C"})
	if _, err := db.ImportQuestions(ctx, "bank.gift", bad); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Fatalf("import with a flawed question: %v; want EINVALID", err)
	}
	if n, _ := db.CountQuestions(ctx); n != 0 {
		t.Fatalf("questions after a failed import = %d; want 0", n)
	}
	noTopic := append([]quiz.Question{}, qs...)
	noTopic[1].Topic = ""
	if _, err := db.ImportQuestions(ctx, "bank.gift", noTopic); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Fatalf("import without a topic: %v; want EINVALID", err)
	}
	added, err := db.ImportQuestions(ctx, "bank.gift", qs)
	if err != nil || added != 3 {
		t.Fatalf("import = %d, %v; want 3", added, err)
	}
	ts, _ := db.Topics(ctx)
	if len(ts) != 2 {
		t.Errorf("topics = %+v; want A (2 questions) and B", ts)
	}
	if err := db.RetireQuestion(ctx, qs[0].ID); err != nil {
		t.Fatal(err)
	}
	all, _ := db.ExportQuestions(ctx, "")
	a, _ := db.ExportQuestions(ctx, "A")
	if len(all) != 2 || len(a) != 1 || a[0].ID != qs[2].ID {
		t.Errorf("export after retiring one: all %d, A %v", len(all), a)
	}
}
