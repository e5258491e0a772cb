package bot

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"quizbot/quiz"
)

// MaxText is the longest message the bot reads; longer ones are refused
// rather than half-read.
const MaxText = 4096

// Handle runs one Incoming to the end; replies go out through the Outbox of
// its platform before Handle returns. Errors are answered in the chat (an
// apology for internal ones, which are logged here, once). The returned
// error is only for an Incoming that could not be handled at all (the
// Service is closed, its delivery could not be checked): nobody was
// answered and nothing logged, so the adapter does both.
func (s *Service) Handle(ctx context.Context, in Incoming) error {
	if !s.begin() {
		return errClosed
	}
	defer s.work.Done()
	// Answers are made idempotent by the attempt's event id, in the same
	// transaction that records them; other events are marked here.
	if in.ID != "" && !mayAnswer(in) {
		fresh, err := s.store.MarkEvent(ctx, in.from()+":"+in.ID)
		if err != nil {
			return fmt.Errorf("mark event: %w", err)
		} else if !fresh {
			s.log.Debug("duplicate event ignored", "platform", in.Chat.Platform, "event", in.ID)
			return nil
		}
	}
	if in.At.IsZero() {
		in.At = s.now()
	}
	c := &conv{s: s, in: &in}
	if err := c.load(ctx); err != nil {
		return c.fail(ctx, err)
	}
	if c.joining() {
		// A join is recorded and answered outside the chat's lock: a class
		// of hundreds joins within seconds, and nothing a join does needs
		// the chat's other work to stand still (class_live.go).
		return c.fail(ctx, c.dispatch(ctx))
	}
	if c.in.File != nil && c.in.Data == "" {
		// Reading a document and writing its questions takes seconds to
		// minutes: it runs outside the chat's lock, which upload takes
		// only to store the topic.
		return c.fail(ctx, c.upload(ctx))
	}
	if c.classPress(ctx) {
		// So is a guest's answer to a class by button: a class of hundreds
		// in browsers answers within a second, each answer is checked
		// against the question it names and stored once by the store, and
		// the reveal that everyone's answers bring is taken under the lock
		// (classAnswered).
		err := c.fail(ctx, c.dispatch(ctx))
		c.afterwards(ctx)
		return err
	}
	l, err := s.lockChat(ctx, c.chat.ID)
	if err != nil {
		return c.fail(ctx, err)
	}
	c.locked = true
	err = c.fail(l.ctx, c.dispatch(l.ctx))
	c.locked = false
	l.release()
	c.afterwards(ctx)
	l.h.wait()
	return err
}

// afterwards sends the held replies and runs what was left for after the
// chat's lock.
func (c *conv) afterwards(ctx context.Context) {
	for _, r := range c.held {
		if serr := c.reply(ctx, r); serr != nil {
			c.s.log.Warn("reply failed", "platform", c.in.Chat.Platform, "err", serr)
		}
	}
	for _, f := range c.later {
		f(ctx)
	}
}

// classPress reports whether the Incoming is a guest's button answer to a
// class's open question: from another platform (a browser), or from the
// guest's private chat (g:...). A class's own chat keeps its presses under
// its lock, where its live count is edited in order.
func (c *conv) classPress(ctx context.Context) bool {
	if c.in.Data == "" || c.in.User.Platform == "" && !strings.HasPrefix(c.in.Data, "g:") {
		return false
	}
	d, ok := parseData(c.in.Data)
	if !ok {
		return false
	}
	if d.Op == 'g' {
		return true
	}
	if d.Op != 'a' || c.chat.Private {
		return false
	}
	r, err := c.s.store.OpenRound(ctx, c.chat.ID)
	return err == nil && r != nil && r.ID == d.Round && r.Mode == quiz.ModeClass
}

// joining reports whether the Incoming joins a class: the lobby's Join
// button or /class join.
func (c *conv) joining() bool {
	if c.in.Data != "" {
		d, ok := parseData(c.in.Data)
		return ok && d.Op == 'j'
	}
	t := strings.TrimSpace(c.in.Text)
	if !strings.HasPrefix(t, "/") {
		return false
	}
	name, args := splitCommand(t)
	sub, _, _ := strings.Cut(args, " ")
	return name == "class" && strings.EqualFold(sub, "join")
}

// pressAnswer reports whether r answers someone in a group for them alone
// (a button's toast, an ephemeral reply, a private note), which has no
// place in the group's order of messages. In a private chat it is a message
// of the chat like any other, after the question and before the reveal.
func pressAnswer(r Reply) bool {
	return r.Ephemeral && r.To != nil && !r.To.Chat.Private
}

// mayAnswer reports whether the Incoming may be an answer: a button, a
// plain message or /answer.
func mayAnswer(in Incoming) bool {
	t := strings.TrimSpace(in.Text)
	return in.Data != "" || !strings.HasPrefix(t, "/") || strings.HasPrefix(strings.ToLower(t), "/answer")
}

// conv is the handling of one Incoming: who, where, and how to answer.
type conv struct {
	s    *Service
	in   *Incoming
	chat *quiz.Chat
	user *quiz.User
	// held are replies sent once the chat's lock is released: a verdict
	// that only its presser sees need not keep the next answer waiting.
	held []Reply
	// later runs after the chat's lock is released: what follows an answer
	// that need not hold up the next one (a class's count).
	later []func(ctx context.Context)
	// locked is set while the chat's lock is held: replies for the sender
	// alone (a verdict, an error) then wait in held rather than in the
	// chat's send lane behind the chat's messages.
	locked bool
}

func (c *conv) load(ctx context.Context) error {
	c.chat = &quiz.Chat{Platform: c.in.Chat.Platform, PlatformID: c.in.Chat.ID, Private: c.in.Chat.Private,
		Title: c.in.Chat.Title}
	if c.in.Chat.Scope != "" {
		c.chat.Scope = c.in.Chat.Platform + ":" + c.in.Chat.Scope
	}
	if err := c.s.known.chat(ctx, c.s.store, c.chat, c.s.now()); err != nil {
		return fmt.Errorf("ensure chat: %w", err)
	}
	name := strings.TrimSpace(c.in.User.Name)
	if name == "" {
		name = "player " + c.in.User.ID
	}
	c.user = &quiz.User{Platform: c.in.from(), PlatformID: c.in.User.ID, Name: name}
	if err := c.s.known.user(ctx, c.s.store, c.user, c.s.now()); err != nil {
		return fmt.Errorf("ensure user: %w", err)
	}
	return nil
}

// fail answers an error: application errors with their message, anything
// else with an apology, logged here for the operator.
func (c *conv) fail(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if quiz.ErrorCode(err) == quiz.EINTERNAL {
		c.s.log.Error("handle", "platform", c.in.Chat.Platform, "chat", c.in.Chat.ID, "update", c.in.ID, "err", err)
	}
	if serr := c.reply(ctx, Reply{Text: quiz.ErrorMessage(err), Ephemeral: true, Notice: shorten(quiz.ErrorMessage(err), 190)}); serr != nil {
		c.s.log.Warn("reply failed", "platform", c.in.Chat.Platform, "err", serr)
	}
	// Logged and answered here, once: the adapter must not do either again.
	return nil
}

// reply answers the Incoming, on the platform it came from (a guest's,
// not the chat's). Under the chat's lock, what answers someone in a group
// for them alone (a press's toast where the platform has them) goes out
// right after the lock is released, apart from the chat's own messages
// (which may wait for a paced slot): a press is answered at once. Other
// replies keep their place among the chat's messages.
func (c *conv) reply(ctx context.Context, r Reply) error {
	r.To = c.in
	if c.locked && pressAnswer(r) {
		c.held = append(c.held, r)
		return nil
	}
	return c.s.replyTo(ctx, c.in, r)
}

// replyTo answers in at once, on the platform it came from. It reads
// nothing of a conversation, so a send lane's callback, which runs while
// the conversation goes on, may use it.
func (s *Service) replyTo(ctx context.Context, in *Incoming, r Reply) error {
	r.To = in
	if from := in.from(); from != in.Chat.Platform {
		// A guest's platform: not the chat's, nor its send lane.
		out := s.outbox(from)
		if out == nil {
			return fmt.Errorf("no outbox for platform %q", from)
		}
		_, err := out.Send(ctx, in.Chat, r)
		return err
	}
	_, err := s.send(ctx, in.Chat, r)
	return err
}

// from is the platform the Incoming came from: its user's, for a guest in
// a chat of another platform.
func (in *Incoming) from() string {
	if in.User.Platform != "" {
		return in.User.Platform
	}
	return in.Chat.Platform
}

func (c *conv) say(ctx context.Context, format string, args ...any) error {
	return c.reply(ctx, Reply{Text: fmt.Sprintf(format, args...)})
}

func (c *conv) dispatch(ctx context.Context) error {
	if c.in.Data != "" {
		return c.button(ctx)
	}
	if c.in.File != nil {
		return c.upload(ctx)
	}
	text := strings.TrimSpace(c.in.Text)
	switch {
	case text == "":
		return nil
	case !utf8.ValidString(text) || strings.ContainsRune(text, 0):
		return c.say(ctx, "I could not read that message: it is not text.")
	case len(text) > MaxText:
		return c.say(ctx, "That message is too long for me (over %d characters).", MaxText)
	case strings.HasPrefix(text, "/"):
		name, args := splitCommand(text)
		return c.command(ctx, name, args)
	}
	return c.plain(ctx, text)
}

// splitCommand splits "/quiz@quizbot history 5" into "quiz" and the rest.
func splitCommand(text string) (string, string) {
	name, args, _ := strings.Cut(text[1:], " ")
	name, _, _ = strings.Cut(name, "@")
	return strings.ToLower(name), strings.TrimSpace(args)
}

func (c *conv) command(ctx context.Context, name, args string) error {
	switch name {
	case "start":
		// Deep links: /start quiz_TOPIC starts a round, /start hw_N opens
		// homework N.
		if topic, ok := strings.CutPrefix(args, "quiz_"); ok {
			return c.startQuiz(ctx, strings.ReplaceAll(topic, "_", " "))
		}
		if n, ok := strings.CutPrefix(args, "hw_"); ok {
			return c.homework(ctx, n)
		}
		return c.say(ctx, "%s", welcomeText(c.chat.Private))
	case "help":
		return c.say(ctx, "%s", helpText(c.chat.Private, c.s.caps(c.in.Chat.Platform)))
	case "quiz":
		return c.quizCommand(ctx, args)
	case "stop":
		return c.stop(ctx)
	case "hint":
		return c.hint(ctx)
	case "skip":
		return c.skip(ctx)
	case "answer":
		if args == "" {
			return c.say(ctx, "Write your answer after the command, for example: /answer 1757")
		}
		return c.answerText(ctx, args, true)
	case "score":
		return c.score(ctx)
	case "top":
		return c.top(ctx)
	case "topics":
		return c.topics(ctx)
	case "review":
		return c.review(ctx)
	case "forgetme":
		return c.forget(ctx, args)
	case "class":
		return c.class(ctx, args)
	}
	return c.say(ctx, "I don't know the command /%s.\n\n%s", shorten(name, 40), helpText(c.chat.Private, c.s.caps(c.in.Chat.Platform)))
}

// plain is a message that is not a command: an answer where one is
// expected, otherwise a pointer to /help in private chats. In groups, chatter
// that does not reply to the bot is left alone.
func (c *conv) plain(ctx context.Context, text string) error {
	if !c.chat.Private && !c.in.ToBot {
		return nil
	}
	r, err := c.s.store.OpenRound(ctx, c.chat.ID)
	if err != nil {
		return err
	}
	if r == nil || r.State != quiz.Asking {
		if !c.chat.Private {
			return nil
		}
		return c.say(ctx, "No question is open right now. Type /quiz to start a round, or /help to see what I can do.")
	}
	return c.answerText(ctx, text, false)
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
