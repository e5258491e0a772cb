package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"quizbot/bot"
	"quizbot/quiz"
)

// maxFile is the largest file getFile serves on the public Bot API.
const maxFile = 20 << 20

// Polite answers to things the bot cannot use, where a user waits for one.
const (
	sayOnlyText  = "I can only read text messages, commands and documents. Send /help to see what I can do."
	sayTooLong   = "That message is too long for me. Please send at most 4,096 characters."
	sayAnonymous = "I cannot tell who you are when you post as the group or a channel. Please send commands as yourself."
	sayStale     = "This button no longer works."
)

// dispatch decodes one update and queues it in its chat's lane. done, if
// not nil, is called once the update has been handled (or dropped).
func (b *Bot) dispatch(ctx context.Context, raw []byte, done func()) {
	if done == nil {
		done = func() {}
	}
	var u tgbotapi.Update
	if err := json.Unmarshal(raw, &u); err != nil {
		b.log.Debug("malformed update ignored", "err", err, "bytes", len(raw))
		done()
		return
	}
	// An answer is timed from when its update arrived, not from when its
	// chat's lane got to it: the lane may be busy with the chat's earlier
	// updates.
	arrived := b.svc.Now()
	key, work := b.route(ctx, &u)
	if work == nil {
		done()
		return
	}
	b.inLanes.submit(key, func() {
		defer done()
		defer func() {
			// A bug must cost one update, not the bot.
			if p := recover(); p != nil {
				b.log.Error("panic while handling an update", "update", u.UpdateID, "panic", fmt.Sprint(p))
			}
		}()
		work(b.handleCtx(), arrived)
	})
}

// route says which lane an update goes to and what to do there; a nil
// func means the update is of no use (and was logged at debug).
func (b *Bot) route(ctx context.Context, u *tgbotapi.Update) (string, func(context.Context, time.Time)) {
	id := strconv.Itoa(u.UpdateID)
	switch {
	case u.Message != nil:
		m := u.Message
		if m.Chat == nil {
			break
		}
		return strconv.FormatInt(m.Chat.ID, 10), func(ctx context.Context, at time.Time) { b.onMessage(ctx, id, m, at) }
	case u.CallbackQuery != nil:
		q := u.CallbackQuery
		key := "callback"
		if q.Message != nil && q.Message.Chat != nil {
			key = strconv.FormatInt(q.Message.Chat.ID, 10)
			if q.Message.Chat.Type != "private" {
				// Presses in a group come from many people at once and
				// need no order among them: each runs at once, not behind
				// the group's other updates (thirty answers to a class
				// question must not queue behind one another).
				key = "press:" + q.ID
			}
		}
		return key, func(ctx context.Context, at time.Time) { b.onCallback(ctx, id, q, at) }
	case u.PollAnswer != nil:
		a := u.PollAnswer
		info := b.poll(ctx, a.PollID)
		if info == nil {
			b.log.Debug("answer to an unknown poll ignored", "update", u.UpdateID)
			return "", nil
		}
		return strconv.FormatInt(info.Chat, 10), func(ctx context.Context, at time.Time) { b.onPollAnswer(ctx, id, a, info, at) }
	case u.EditedMessage != nil:
		b.log.Debug("edited message ignored", "update", u.UpdateID)
		return "", nil
	case u.ChannelPost != nil || u.EditedChannelPost != nil:
		b.log.Debug("channel post ignored", "update", u.UpdateID)
		return "", nil
	}
	b.log.Debug("update of no use ignored", "update", u.UpdateID)
	return "", nil
}

func (b *Bot) onMessage(ctx context.Context, id string, m *tgbotapi.Message, at time.Time) {
	chat := chatOf(m.Chat)
	text := m.Text
	if text == "" {
		text = m.Caption
	}
	command := strings.HasPrefix(text, "/")
	switch {
	case m.Chat.Type == "channel":
		b.log.Debug("channel message ignored", "chat", chat.ID)
		return
	case m.SenderChat != nil:
		// An anonymous admin (sent as the group, "from" a stand-in bot)
		// or a linked channel: no user to score.
		b.log.Debug("message sent as a chat ignored", "chat", chat.ID)
		if command && m.Chat.Type != "private" {
			b.say(ctx, chat, m.MessageID, sayAnonymous)
		}
		return
	case m.From == nil || m.From.IsBot:
		b.log.Debug("message without a human sender ignored", "chat", chat.ID)
		return
	}
	if units(text) > maxText || !utf8.ValidString(text) {
		b.log.Debug("oversized or invalid text ignored", "chat", chat.ID, "bytes", len(text))
		if chat.Private || command {
			b.say(ctx, chat, m.MessageID, sayTooLong)
		}
		return
	}
	text, ours := b.command(text)
	if !ours {
		b.log.Debug("command for another bot ignored", "chat", chat.ID)
		return
	}
	in := bot.Incoming{ID: id, Chat: chat, User: userOf(m.From), Text: text, At: at}
	if r := m.ReplyToMessage; r != nil && r.From != nil && r.From.ID == b.self.ID {
		in.ToBot = true
	}
	if d := m.Document; d != nil {
		in.File = b.file(d)
	}
	if in.Text == "" && in.File == nil {
		b.log.Debug("message without text ignored", "chat", chat.ID, "kind", kind(m))
		if chat.Private && kind(m) != "service" {
			b.say(ctx, chat, m.MessageID, sayOnlyText)
		}
		return
	}
	in.User.Admin = chat.Private || (needsAdmin(in.Text) && b.isAdmin(ctx, m.Chat.ID, m.From.ID))
	b.handle(ctx, in, &origin{chat: m.Chat.ID, private: chat.Private, message: m.MessageID, user: m.From.ID})
}

func (b *Bot) onCallback(ctx context.Context, id string, q *tgbotapi.CallbackQuery, at time.Time) {
	if q.Message == nil || q.Message.Chat == nil || q.From == nil || q.Data == "" {
		b.log.Debug("callback query without message or data", "update", id)
		if err := b.answerCallback(ctx, q.ID, sayStale, false); err != nil {
			b.log.Debug("answerCallbackQuery failed", "err", err)
		}
		return
	}
	chat := chatOf(q.Message.Chat)
	in := bot.Incoming{ID: id, Chat: chat, User: userOf(q.From), Data: q.Data, At: at}
	in.User.Admin = chat.Private
	b.handle(ctx, in, &origin{chat: q.Message.Chat.ID, private: chat.Private, callback: q.ID, user: q.From.ID})
}

func (b *Bot) onPollAnswer(ctx context.Context, id string, a *tgbotapi.PollAnswer, info *pollInfo, at time.Time) {
	if len(a.OptionIDs) == 0 {
		b.log.Debug("retracted poll vote ignored", "update", id)
		return
	}
	opt := a.OptionIDs[0]
	if opt < 0 || opt >= len(info.Data) {
		b.log.Debug("poll answer out of range ignored", "update", id, "option", opt)
		return
	}
	chat := bot.Chat{Platform: Platform, ID: strconv.FormatInt(info.Chat, 10), Private: info.Private, Title: info.Title}
	in := bot.Incoming{ID: id, Chat: chat, User: userOf(&a.User), Data: info.Data[opt], At: at}
	in.User.Admin = chat.Private
	b.handle(ctx, in, &origin{chat: info.Chat, private: info.Private, poll: true, user: a.User.ID})
}

// handle runs in through the Service with its origin on record, then makes
// sure a button press was answered, so that the user's spinner stops. The
// Service answers errors in the chat itself; what it returns is for the log.
func (b *Bot) handle(ctx context.Context, in bot.Incoming, o *origin) {
	b.mu.Lock()
	b.origins[in.ID] = o
	b.mu.Unlock()
	defer func() {
		b.mu.Lock()
		delete(b.origins, in.ID)
		b.mu.Unlock()
	}()
	if err := b.svc.Handle(ctx, in); err != nil {
		b.log.Warn("update not handled", "chat", in.Chat.ID, "update", in.ID, "err", err)
	}
	if b.claimCallback(o) {
		if err := b.answerCallback(ctx, o.callback, "", false); err != nil {
			b.log.Debug("answerCallbackQuery failed", "chat", in.Chat.ID, "err", err)
		}
	}
}

// say replies to a user's message with a fixed text.
func (b *Bot) say(ctx context.Context, chat bot.Chat, replyTo int, text string) {
	id, _ := strconv.ParseInt(chat.ID, 10, 64)
	if chat.Private {
		replyTo = 0
	}
	if _, err := b.post(ctx, id, chat.Private, bot.Reply{Text: text}, replyTo); err != nil {
		b.log.Debug("polite reply failed", "chat", chat.ID, "err", err)
	}
}

// command renders a slash command as the bot expects it: "@botname" cut,
// the name lower-cased, and a "/start quiz_<topic>" deep link turned into
// "/quiz <topic>". ours is false for a command addressed to another bot.
func (b *Bot) command(text string) (out string, ours bool) {
	if !strings.HasPrefix(text, "/") {
		return text, true
	}
	head, rest, _ := strings.Cut(text, " ")
	if i := strings.IndexAny(head, "\n\t"); i >= 0 {
		head, rest = text[:i], text[i+1:]
	}
	name, at, addressed := strings.Cut(head, "@")
	if addressed && !strings.EqualFold(at, b.self.UserName) {
		return "", false
	}
	name = strings.ToLower(name)
	rest = strings.TrimSpace(rest)
	if topic, ok := strings.CutPrefix(rest, "quiz_"); ok && name == "/start" {
		// Deep links allow only A-Z, a-z, 0-9, _ and -: an underscore
		// stands for a space.
		name, rest = "/quiz", strings.ReplaceAll(topic, "_", " ")
	}
	if rest == "" {
		return name, true
	}
	return name + " " + rest, true
}

// needsAdmin reports whether a command needs teacher rights, which cost a
// getChatMember call in groups.
func needsAdmin(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return false
	}
	return f[0] == "/class" || f[0] == "/stop" || (f[0] == "/quiz" && len(f) > 1 && f[1] == "stop")
}

// file describes an uploaded document; Open fetches it with getFile.
func (b *Bot) file(d *tgbotapi.Document) *bot.File {
	id := d.FileID
	return &bot.File{
		Name: d.FileName,
		MIME: d.MimeType,
		Size: int64(d.FileSize),
		Open: func(ctx context.Context) (io.ReadCloser, error) {
			if d.FileSize > maxFile {
				return nil, quiz.Errorf(quiz.EINVALID, "That file is too big: Telegram lets bots fetch files of up to 20 MB.")
			}
			var f tgbotapi.File
			err := b.call(ctx, "getFile", 30*time.Second, func(api *tgbotapi.BotAPI) error {
				var err error
				f, err = api.GetFile(tgbotapi.FileConfig{FileID: id})
				return err
			})
			if err != nil {
				return nil, err
			}
			if f.FilePath == "" {
				return nil, quiz.Errorf(quiz.EINVALID, "Telegram did not hand over that file. Please send it again.")
			}
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.cfg.APIURL+"/file/bot"+b.cfg.Token+"/"+f.FilePath, nil)
			if err != nil {
				return nil, b.scrub("download", err)
			}
			resp, err := b.cfg.HTTPClient.Do(req)
			if err != nil {
				return nil, b.scrub("download", err)
			}
			if resp.StatusCode != http.StatusOK {
				resp.Body.Close()
				return nil, b.scrub("download", errors.New(resp.Status))
			}
			return resp.Body, nil
		},
	}
}

func chatOf(c *tgbotapi.Chat) bot.Chat {
	ch := bot.Chat{Platform: Platform, ID: strconv.FormatInt(c.ID, 10), Private: c.Type == "private", Title: c.Title}
	if ch.Private {
		ch.Title = strings.TrimSpace(c.FirstName + " " + c.LastName)
	}
	return ch
}

func userOf(u *tgbotapi.User) bot.User {
	name := strings.TrimSpace(u.FirstName + " " + u.LastName)
	if name == "" {
		name = u.UserName
	}
	if name == "" {
		name = "user " + strconv.FormatInt(u.ID, 10)
	}
	return bot.User{ID: strconv.FormatInt(u.ID, 10), Name: name}
}

// kind names what a message without text holds, for logs.
func kind(m *tgbotapi.Message) string {
	switch {
	case m.Sticker != nil:
		return "sticker"
	case len(m.Photo) > 0:
		return "photo"
	case m.Voice != nil || m.Audio != nil || m.Video != nil || m.VideoNote != nil || m.Animation != nil:
		return "media"
	case m.Location != nil || m.Venue != nil || m.Contact != nil || m.Dice != nil || m.Poll != nil || m.Game != nil:
		return "other"
	}
	return "service"
}
