package quiz

import (
	"time"
)

// ModeHomework is a student's own round of an assignment, in a private chat.
// The engine treats it as an ordinary quiz round; its ClassID ties its
// answers to the class report.
const ModeHomework = "homework"

// Class is one classroom session in a chat: a live class quiz (a round of
// ModeClass with this ClassID), the students who joined it, and any homework
// assigned to it afterwards. Reports are per class.
type Class struct {
	ID        int64
	ChatID    int64
	TeacherID int64
	Topic     string
	// Code is what students type to join from a browser, "" for none; it
	// is good while the class runs.
	Code      string
	CreatedAt time.Time
	ChatTitle string // filled when read back
	Platform  string // of the chat, filled when read back
}

// Assignment is homework: a fixed set of questions that the class's students
// answer at their own pace, in a private chat, until Due.
type Assignment struct {
	ID          int64
	ClassID     int64
	Topic       string
	QuestionIDs []string
	Due         time.Time
	CreatedAt   time.Time
	ChatTitle   string // the class's chat, filled when read back
	Platform    string
}

// Report is a class's results: one line per student and one per question.
type Report struct {
	Class    Class
	Students []StudentResult
	Items    []ItemResult // the questions, in the order they were set
}

// StudentResult is one student's line in a report.
type StudentResult struct {
	UserID     int64
	Name       string
	Points     int
	Correct    int
	Answered   int
	AvgSeconds float64
	// Answers holds the first answer given to each question of the report,
	// parallel to Report.Items; "" where the student gave none.
	Answers []string
}

// Accuracy is the share of correct answers, 0 when none were given.
func (s StudentResult) Accuracy() float64 {
	if s.Answered == 0 {
		return 0
	}
	return float64(s.Correct) / float64(s.Answered)
}

// ItemResult is one question's line in a report.
type ItemResult struct {
	Question Question
	Answered int // students who answered it
	ItemStat
}

// BuildReport works out a class report from the questions set (in column
// order), the students who joined and every answer given in the class's
// live round and homework.
//
// Student totals (points, correct, answered, time) count every attempt. The
// item statistics count each student's first answer to a question only (a
// homework may repeat a question of the live class), and a student's total
// for the discrimination is the number of items answered right first time:
// the classical test score, which leaves speed points out.
//
// Answers of players who asked to be forgotten (user 0) are left out.
func BuildReport(class Class, qs []Question, members []User, atts []Attempt) *Report {
	rep := &Report{Class: class}
	col := map[string]int{}
	for _, q := range qs {
		if _, ok := col[q.ID]; ok {
			continue
		}
		col[q.ID] = len(rep.Items)
		rep.Items = append(rep.Items, ItemResult{Question: q})
	}
	row := map[int64]int{}
	add := func(id int64, name string) int {
		if i, ok := row[id]; ok {
			return i
		}
		row[id] = len(rep.Students)
		rep.Students = append(rep.Students, StudentResult{UserID: id, Name: name, Answers: make([]string, len(rep.Items))})
		return row[id]
	}
	for _, m := range members {
		add(m.ID, m.Name)
	}
	type key struct {
		user int64
		item int
	}
	first := map[key]Attempt{}
	elapsed := map[int64]time.Duration{}
	for _, a := range atts {
		if a.UserID == 0 {
			continue
		}
		i := add(a.UserID, a.UserName)
		s := &rep.Students[i]
		if s.Name == "" {
			s.Name = a.UserName
		}
		s.Points += a.Points
		s.Answered++
		if a.Correct {
			s.Correct++
		}
		elapsed[a.UserID] += a.Elapsed
		j, ok := col[a.QuestionID]
		if !ok {
			continue
		}
		k := key{a.UserID, j}
		if _, seen := first[k]; !seen {
			first[k] = a
			s.Answers[j] = a.Answer
		}
	}
	totals := make([]float64, len(rep.Students))
	for k, a := range first {
		if a.Correct {
			totals[row[k.user]]++
		}
	}
	for i := range rep.Students {
		s := &rep.Students[i]
		if s.Answered > 0 {
			s.AvgSeconds = elapsed[s.UserID].Seconds() / float64(s.Answered)
		}
	}
	for j := range rep.Items {
		it := &rep.Items[j]
		q := &it.Question
		if q.Kind.Choice() {
			it.OptionCounts = make([]int, len(q.Options))
		}
		var item []bool
		var total []float64
		var right int
		var secs float64
		for i, s := range rep.Students {
			a, ok := first[key{s.UserID, j}]
			if !ok {
				continue
			}
			item = append(item, a.Correct)
			total = append(total, totals[i])
			secs += a.Elapsed.Seconds()
			if a.Correct {
				right++
			}
			if a.Option >= 0 && a.Option < len(it.OptionCounts) {
				it.OptionCounts[a.Option]++
			}
		}
		it.Answered = len(item)
		if it.Answered == 0 {
			continue
		}
		it.PercentCorrect = 100 * float64(right) / float64(it.Answered)
		it.AvgSeconds = secs / float64(it.Answered)
		it.Discrimination = PointBiserial(item, total)
		Flag(&it.ItemStat)
	}
	return rep
}
