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
	// The link goes out in the chat's send lane, after the lock is
	// released; the sender hears there whether it got through.
	// The callback runs in the lane while this conversation goes on: it
	// uses only what it was given, never the conversation itself.
	s, in, chatID := c.s, c.in, c.chat.ID
	s.post(ctx, in.Chat, Reply{Text: text, UserID: in.User.ID}, func(ctx context.Context, _ string, err error) {
		say := "📬 I sent you a sign-in link privately."
		if err != nil {
			s.log.Debug("private sign-in link", "chat", chatID, "err", err)
			say = "I could not send you a private message. Open a private chat with me and send /class web there."
		}
		if err := s.replyTo(ctx, in, Reply{Text: say, Notice: say, Ephemeral: true}); err != nil {
			s.log.Warn("reply failed", "platform", in.Chat.Platform, "err", err)
		}
	})
	return nil
}
