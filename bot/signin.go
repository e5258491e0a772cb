package bot

import (
	"context"
)

// signIn is /class web: a one-time sign-in link to the teacher's web pages
// for the sender's own identity on this platform, so that the classes they
// run here are theirs on the pages too. The link goes privately: in a group
// it would sign in whoever clicks first.
func (c *conv) signIn(ctx context.Context) error {
	if !c.teacher() {
		return c.errTeacher()
	}
	if c.s.cfg.SignInLink == nil {
		return c.reply(ctx, Reply{Ephemeral: true, Text: "The teacher's web pages need the setting QUIZBOT_PUBLIC_URL " +
			"(the address teachers' browsers reach). Ask whoever runs quizbot to set it."})
	}
	link, err := c.s.cfg.SignInLink(ctx, c.user)
	if err != nil {
		return err
	}
	text := "🔑 Your sign-in link to the teacher's web pages. It works once, within 15 minutes; keep it to yourself:\n" + link
	if c.chat.Private {
		return c.reply(ctx, Reply{Text: text, Ephemeral: true})
	}
	if _, err := c.s.send(ctx, c.in.Chat, Reply{Text: text, UserID: c.in.User.ID}); err != nil {
		c.s.log.Debug("private sign-in link", "chat", c.chat.ID, "err", err)
		return c.notice(ctx, "I could not send you a private message. Open a private chat with me and send /class web there.")
	}
	return c.notice(ctx, "📬 I sent you a sign-in link privately.")
}
