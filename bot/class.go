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
// (User.Admin, named in the platform's words by Capabilities.Admins), and
// anyone in a private chat with the bot, which is their own classroom.

// classHelp is the answer to /class with nothing after it. Where a step is
// done differently on some platform the bot serves, each such platform says
// how in its own words (Capabilities).
func (c *conv) classHelp() string {
	all := c.s.platforms("")
	admins := eachPlatform(all, ", ", func(p Capabilities) string { return onPlatform(p.Admins, "on", p) })
	if admins != "" {
		admins += "; "
	}
	upload := eachPlatform(all, "; ", func(p Capabilities) string { return namedBy(p.UploadHint, p) })
	if upload != "" {
		upload = " (" + upload + ")"
	}
	homework := eachPlatform(all, "; ", func(p Capabilities) string { return namedBy(p.HomeworkCommand, p) })
	if homework != "" {
		homework = " (" + homework + ")"
	}
	return `🎓 Class tools
Teachers (` + admins + `anyone in a private chat):
/class start [topic] [count] [seconds] — open a live class quiz with a lobby; students press Join, you press Start
/class begin — start the class (same as the Start button)
/class end — end the class now (the results are kept)
/class assign [topic] [count] [due] — homework, due like 3d, 48h or 2026-06-30 (default 7 days)
/class report [class] — the results as a CSV file, with flagged questions
/class retire ID — take a question out of play (ids are in the report)
/class upload — attach a .txt or .md file` + upload + ` to make a new topic
/class web — a sign-in link to the teacher's web pages (questions, the class on a projector, results), sent privately
Students:
/class join [code] — join the open class (or press Join); with a code from the teacher's screen, a class held elsewhere: its questions come to you privately
/class homework [number] — in a private chat with me: do your homework at your own pace until it is due` + homework
}

// onPlatform is "words on Name" ("chat admins on X"), or "" without words.
func onPlatform(words, on string, p Capabilities) string {
	if words == "" {
		return ""
	}
	return words + " " + on + " " + p.Name
}

// namedBy is "Name: words", or "" without words.
func namedBy(words string, p Capabilities) string {
	if words == "" {
		return ""
	}
	return p.Name + ": " + words
}

// uploadHelp is the answer to /class upload typed without a file: how each
// platform the bot serves attaches one, the reader's own platform first.
func (c *conv) uploadHelp() string {
	how := eachPlatform(c.s.platforms(c.chat.Platform), "; ", func(p Capabilities) string {
		if p.Upload == "" {
			return ""
		}
		return "on " + p.Name + " " + p.Upload
	})
	const intro = "Attach a .txt or .md file (up to 1 MB) and I will make a topic of it. "
	if how == "" {
		return intro + "In a private chat with me, just send the file."
	}
	return intro + strings.ToUpper(how[:1]) + how[1:] + " (in a private chat with me, just send the file)."
}

// class is /class start|join|begin|end|report|assign|homework|retire|upload|web|teacher-role.
func (c *conv) class(ctx context.Context, args string) error {
	sub, rest, _ := strings.Cut(strings.TrimSpace(args), " ")
	rest = strings.TrimSpace(rest)
	switch strings.ToLower(sub) {
	case "", "help":
		return c.say(ctx, "%s", c.classHelp())
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
		return c.say(ctx, "%s", c.uploadHelp())
	case "teacher-role":
		return c.teacherRole(ctx)
	case "web":
		return c.signIn(ctx)
	}
	return c.say(ctx, "I don't know /class %s.\n\n%s", shorten(sub, 30), c.classHelp())
}

// teacher reports whether the sender has teacher rights here.
func (c *conv) teacher() bool { return c.chat.Private || c.in.User.Admin }

// errTeacher is the polite refusal of a teacher command, saying who is a
// teacher on each platform the bot serves.
func (c *conv) errTeacher() error {
	who := eachPlatform(c.s.platforms(""), ", ", func(p Capabilities) string { return onPlatform(p.Admin, "on", p) })
	if who != "" {
		who = ": " + who + "."
	} else {
		who = "."
	}
	return quiz.Errorf(quiz.EFORBIDDEN, "Sorry, only a teacher can do that here%s In a private chat with me you are the teacher.", who)
}

// teacherRole answers /class teacher-role honestly: quizbot reads teacher
// rights from the platform and keeps no role list of its own.
func (c *conv) teacherRole(ctx context.Context) error {
	if !c.teacher() {
		return c.errTeacher()
	}
	how := eachPlatform(c.s.platforms(c.chat.Platform), " ", func(p Capabilities) string {
		if p.TeacherRole == "" {
			return ""
		}
		return "On " + p.Name + ", " + p.TeacherRole + "."
	})
	return c.reply(ctx, Reply{Ephemeral: true, Text: strings.TrimSpace("I take teacher rights from the platform rather than from a role list of my own. " + how)})
}

// retire is /class retire ID.
func (c *conv) retire(ctx context.Context, args string) error {
	if !c.teacher() {
		return c.errTeacher()
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
