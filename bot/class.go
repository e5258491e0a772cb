package bot

import (
	"context"
	"strings"

	"quizbot/bot/chart"
	"quizbot/quiz"
)

// Classroom tools: a live class quiz with a lobby (class_live.go), homework
// (class_homework.go), the class report (class_report.go) and new topics
// from uploaded texts (upload.go). This file routes /class and holds the
// rights check.
//
// Who is a teacher: whoever the platform says manages the chat
// (User.Admin: Telegram creator or administrator, Discord Manage Server, the
// console's user), and anyone in a private chat with the bot, which is their
// own classroom.

// classHelp is the answer to /class with nothing after it.
const classHelp = `🎓 Class tools
Teachers (chat admins on Telegram, Manage Server on Discord; anyone in a private chat):
/class start [topic] [count] [seconds] — open a live class quiz with a lobby; students press Join, you press Start
/class begin — start the class (same as the Start button)
/class end — end the class now (the results are kept)
/class assign [topic] [count] [due] — homework, due like 3d, 48h or 2026-06-30 (default 7 days)
/class report [class] — the results as a CSV file, with flagged questions
/class retire ID — take a question out of play (ids are in the report)
/class upload — attach a .txt or .md file (Telegram: send it with the caption /class upload) to make a new topic
/class web — a sign-in link to the teacher's web pages (questions, the class on a projector, results), sent privately
Students:
/class join [code] — join the open class (or press Join); with a code from the teacher's screen, a class held elsewhere: its questions come to you privately
/class homework [number] — in a private chat with me: do your homework at your own pace until it is due (Discord: /homework)`

// class is /class start|join|begin|end|report|assign|homework|retire|upload|web|teacher-role.
func (c *conv) class(ctx context.Context, args string) error {
	sub, rest, _ := strings.Cut(strings.TrimSpace(args), " ")
	rest = strings.TrimSpace(rest)
	switch strings.ToLower(sub) {
	case "", "help":
		return c.say(ctx, "%s", classHelp)
	case "start":
		return c.startClass(ctx, rest)
	case "join":
		if rest != "" {
			return c.joinByCode(ctx, rest)
		}
		return c.joinCommand(ctx)
	case "begin", "go":
		return c.beginCommand(ctx)
	case "end", "stop":
		return c.endClass(ctx)
	case "assign":
		return c.assign(ctx, rest)
	case "homework", "hw":
		return c.homework(ctx, rest)
	case "report":
		return c.report(ctx, rest)
	case "retire":
		return c.retire(ctx, rest)
	case "upload":
		return c.say(ctx, "Attach a .txt or .md file (up to 1 MB) and I will make a topic of it. "+
			"On Discord use the file option of /class upload; on Telegram send the file as a document with the caption /class upload "+
			"(in a private chat with me, just send the file).")
	case "teacher-role":
		return c.teacherRole(ctx)
	case "web":
		return c.signIn(ctx)
	}
	return c.say(ctx, "I don't know /class %s.\n\n%s", shorten(sub, 30), classHelp)
}

// teacher reports whether the sender has teacher rights here.
func (c *conv) teacher() bool { return c.chat.Private || c.in.User.Admin }

// errTeacher is the polite refusal of a teacher command.
func errTeacher() error {
	return quiz.Errorf(quiz.EFORBIDDEN, "Sorry, only a teacher can do that here: a chat admin on Telegram, "+
		"someone with Manage Server on Discord. In a private chat with me you are the teacher.")
}

// teacherRole answers /class teacher-role honestly: quizbot reads teacher
// rights from the platform and keeps no role list of its own.
func (c *conv) teacherRole(ctx context.Context) error {
	if !c.teacher() {
		return errTeacher()
	}
	return c.reply(ctx, Reply{Ephemeral: true, Text: "I take teacher rights from the platform rather than from a role list of my own. " +
		"On Discord, give the teachers' role the Manage Server permission, or let that role use /class under " +
		"Server Settings → Integrations → quizbot → Command Permissions. On Telegram, make the teachers admins of the group."})
}

// retire is /class retire ID.
func (c *conv) retire(ctx context.Context, args string) error {
	if !c.teacher() {
		return errTeacher()
	}
	id := strings.TrimSpace(args)
	if id == "" {
		return c.say(ctx, "Give the question's id, as shown in the class report: /class retire 3f9a0c12ab45")
	}
	q, err := c.s.store.Question(ctx, shorten(id, 40))
	if err != nil {
		return err
	}
	if err := c.s.store.RetireQuestion(ctx, q.ID); err != nil {
		return err
	}
	return c.say(ctx, "🗑 Question %s is out of play: “%s”. Its past answers stay in the reports.", q.ID, shorten(q.Stem, 120))
}

// joined reports whether the user joined the class round r.
func (s *Service) joined(ctx context.Context, r *quiz.Round, userID int64) bool {
	ok, err := s.store.IsMember(ctx, r.ClassID, userID)
	if err != nil {
		s.log.Error("class membership", "round", r.ID, "err", err)
	}
	return ok
}

// progressChart is the /score chart of the player's accuracy over time; nil
// until there are two days to draw a line between.
func (s *Service) progressChart(ctx context.Context, userID int64) (*Attachment, error) {
	days, acc, err := s.store.DailyAccuracy(ctx, userID)
	if err != nil || len(days) < 2 {
		return nil, err
	}
	png, err := chart.Progress(days, acc)
	if err != nil {
		return nil, err
	}
	return &Attachment{Name: "progress.png", Data: png}, nil
}
