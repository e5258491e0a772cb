package telegram

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"quizbot/bot"
	"quizbot/quiz"
)

// origin is where an Incoming came from, kept while it is handled so that
// replies with To set can answer the button press or thread under the
// command.
type origin struct {
	chat     int64
	private  bool
	message  int    // the user's message id, 0 for button presses and poll answers
	callback string // the callback query id of a button press
	poll     bool   // a poll answer: nothing to answer, no message to thread under
	user     int64
	answered bool // the callback query has been answered (guarded by Bot.mu)
}

func (b *Bot) originOf(in *bot.Incoming) *origin {
	if in == nil {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.origins[in.ID]
}

// claimCallback marks o's callback query answered and reports whether it
// was still open, so that it is answered exactly once.
func (b *Bot) claimCallback(o *origin) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if o.callback == "" || o.answered {
		return false
	}
	o.answered = true
	return true
}

// Send delivers r to chat (or privately to r.UserID) and returns the id of
// the message a later Edit should change. Replies to a button press answer
// its callback query with r.Notice (or a short r.Text).
func (b *Bot) Send(ctx context.Context, chat bot.Chat, r bot.Reply) (string, error) {
	target, err := chatID(chat.ID)
	if err != nil {
		return "", err
	}
	private := chat.Private
	replyTo := 0
	if o := b.originOf(r.To); o != nil {
		rest, err := b.answer(ctx, chat, o, &r)
		if err != nil || !rest {
			return "", err
		}
		if r.Ephemeral && !o.private && o.message != 0 && r.UserID == "" && b.mayDM(o.user) {
			// Only that user should see it: a private message, or, if the
			// user has never started the bot, a reply under the command.
			id, err := b.post(ctx, o.user, true, r, 0)
			if err == nil {
				return id, nil
			}
			if c := apiCode(err); c == 403 || c == 400 {
				b.noDM(o.user)
			}
			b.log.Debug("private reply failed, replying in the group", "chat", chat.ID, "err", err)
		}
		if !o.private {
			replyTo = o.message
		}
	}
	if r.UserID != "" {
		if target, err = chatID(r.UserID); err != nil {
			return "", err
		}
		private, replyTo = true, 0
	}
	return b.post(ctx, target, private, r, replyTo)
}

// noDMFor is how long a user who cannot get private messages (they never
// started the bot, or blocked it) is not tried again.
const noDMFor = 10 * time.Minute

func (b *Bot) mayDM(user int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	until, ok := b.dmBlocked[user]
	return !ok || time.Now().After(until)
}

func (b *Bot) noDM(user int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.dmBlocked) > 10000 {
		b.dmBlocked = map[int64]time.Time{}
	}
	b.dmBlocked[user] = time.Now().Add(noDMFor)
}

// answer handles a reply to a button press or poll answer: it answers the
// callback query if still open and says whether the rest of r (its text,
// possibly trimmed by what the toast showed) must still be posted.
func (b *Bot) answer(ctx context.Context, chat bot.Chat, o *origin, r *bot.Reply) (rest bool, err error) {
	plain := r.Image == nil && r.File == nil && r.Poll == nil && len(r.Buttons) == 0 && r.UserID == ""
	if b.claimCallback(o) {
		toast, alert := r.Notice, false
		if toast == "" && plain {
			switch {
			case units(r.Text) <= maxCallback:
				toast, r.Text = r.Text, ""
			case r.Ephemeral && !o.private:
				toast, alert, r.Text = shorten(r.Text, maxCallback), true, ""
			}
		}
		if err := b.answerCallback(ctx, o.callback, toast, alert); err != nil {
			b.log.Debug("answerCallbackQuery failed", "chat", chat.ID, "err", err)
		}
	}
	if o.message == 0 && r.Ephemeral && !o.private && r.UserID == "" {
		// A group's button press or poll answer: the toast was the
		// user's own view; the group must not see the rest.
		if r.Text != "" && plain {
			b.log.Debug("ephemeral text after a button press not shown", "chat", chat.ID)
		}
		return false, nil
	}
	return r.Text != "" || !plain, nil
}

func (b *Bot) answerCallback(ctx context.Context, id, text string, alert bool) error {
	cfg := tgbotapi.CallbackConfig{CallbackQueryID: id, Text: shorten(text, maxCallback), ShowAlert: alert}
	// Not paced: a callback answer is not a chat message, and the user's
	// spinner turns until it arrives. Retried briefly: it expires soon.
	return b.out.retry(ctx, "answerCallbackQuery", 0, func() error {
		return b.call(ctx, "answerCallbackQuery", 10*time.Second, func(api *tgbotapi.BotAPI) error {
			_, err := api.Request(cfg)
			return err
		})
	})
}

// post sends r as new messages to chat: a poll, or attachments, then the
// text in pieces of at most 4,096 characters with the buttons under the
// last. It returns the id of the last message ("p"+id for a poll).
func (b *Bot) post(ctx context.Context, chat int64, private bool, r bot.Reply, replyTo int) (string, error) {
	if r.Poll != nil {
		if cfg, ok := b.pollConfig(chat, r.Poll); ok {
			cfg.ReplyToMessageID = replyTo
			return b.sendPoll(ctx, chat, private, r.Poll, cfg)
		}
		b.log.Debug("poll outside Telegram's limits, sending text and buttons", "chat", chat)
	}
	text := r.Text
	var last tgbotapi.Message
	send := func(method string, c tgbotapi.Chattable) error {
		return b.out.deliver(ctx, chat, !private, method, func(api *tgbotapi.BotAPI) error {
			m, err := api.Send(c)
			if err == nil {
				last = m
			}
			return err
		})
	}
	for _, a := range []struct {
		att    *bot.Attachment
		method string
	}{{r.Image, "sendPhoto"}, {r.File, "sendDocument"}} {
		if a.att == nil {
			continue
		}
		f := tgbotapi.FileBytes{Name: a.att.Name, Bytes: a.att.Data}
		var c tgbotapi.Chattable
		caption := ""
		if text != "" && units(text) <= maxCaption {
			caption, text = text, ""
		}
		if a.method == "sendPhoto" {
			p := tgbotapi.NewPhoto(chat, f)
			p.Caption, p.ReplyToMessageID, p.AllowSendingWithoutReply = caption, replyTo, true
			c = p
		} else {
			d := tgbotapi.NewDocument(chat, f)
			d.Caption, d.ReplyToMessageID, d.AllowSendingWithoutReply = caption, replyTo, true
			c = d
		}
		if err := send(a.method, c); err != nil {
			return "", err
		}
		replyTo = 0
	}
	if text == "" && len(r.Buttons) == 0 {
		if last.MessageID == 0 {
			return "", errors.New("telegram: nothing to send")
		}
		return strconv.Itoa(last.MessageID), nil
	}
	if text == "" {
		text = "…" // buttons need a message to hang under
	}
	parts := split(text, maxText)
	for i, p := range parts {
		m := tgbotapi.NewMessage(chat, p)
		m.DisableWebPagePreview = true
		if i == 0 {
			m.ReplyToMessageID, m.AllowSendingWithoutReply = replyTo, true
		}
		if i == len(parts)-1 && len(r.Buttons) > 0 {
			m.ReplyMarkup = keyboard(r.Buttons)
		}
		if err := send("sendMessage", m); err != nil {
			return "", err
		}
	}
	return strconv.Itoa(last.MessageID), nil
}

// Edit changes a message the bot sent: its text and buttons (nil Buttons
// removes the keyboard). A poll is closed instead and the text sent anew;
// a message that can no longer be edited is sent anew.
func (b *Bot) Edit(ctx context.Context, chat bot.Chat, msgID string, r bot.Reply) error {
	target, err := chatID(chat.ID)
	if err != nil {
		return err
	}
	if id, ok := strings.CutPrefix(msgID, "p"); ok {
		return b.closePoll(ctx, chat, target, id, r)
	}
	mid, err := strconv.Atoi(msgID)
	if err != nil {
		return fmt.Errorf("telegram: bad message id %q", msgID)
	}
	markup := keyboard(r.Buttons)
	group := !chat.Private
	if r.Minor && group {
		// A live count waits, outside the chat's lane, until the group's
		// window has room for it and for what must not wait behind it.
		if err := b.out.spare(ctx, target, 1+keepFree); err != nil {
			return err
		}
	}
	var parts []string
	if r.Text == "" {
		err = b.out.deliver(ctx, target, group, "editMessageReplyMarkup", func(api *tgbotapi.BotAPI) error {
			_, err := api.Request(tgbotapi.NewEditMessageReplyMarkup(target, mid, markup))
			return err
		})
	} else {
		parts = split(r.Text, maxText)
		err = b.out.deliver(ctx, target, group, "editMessageText", func(api *tgbotapi.BotAPI) error {
			_, err := api.Request(tgbotapi.NewEditMessageTextAndMarkup(target, mid, parts[0], markup))
			return err
		})
	}
	switch d := apiDesc(err); {
	case err == nil:
	case strings.Contains(d, "not modified"):
		err = nil
	case apiCode(err) == 400 && r.Text != "" && (strings.Contains(d, "not found") || strings.Contains(d, "can't be edited") || strings.Contains(d, "no text")):
		b.log.Debug("message cannot be edited, sending it anew", "chat", chat.ID, "err", err)
		_, err = b.post(ctx, target, chat.Private, r, 0)
		return err
	default:
		return err
	}
	if len(parts) > 1 {
		_, err = b.post(ctx, target, chat.Private, bot.Reply{Text: strings.Join(parts[1:], "\n")}, 0)
	}
	return err
}

// keepFree is how many of a group's message slots a Minor edit leaves
// free for messages that must not wait: a question's reveal (its edit and
// the results message) and the next question, or a class's start (the
// lobby's last edit and the first question) followed by the first reveal.
const keepFree = 5

// keyboard lays buttons out in rows: short labels side by side, long ones
// one to a row. An empty keyboard (which removes one) for no buttons.
func keyboard(bs []bot.Button) tgbotapi.InlineKeyboardMarkup {
	rows := [][]tgbotapi.InlineKeyboardButton{}
	perRow := 1
	longest := 0
	for _, x := range bs {
		longest = max(longest, units(x.Label))
	}
	switch {
	case longest <= 8:
		perRow = 4
	case longest <= 16:
		perRow = 2
	}
	for i, x := range bs {
		if i%perRow == 0 {
			rows = append(rows, nil)
		}
		label := x.Label
		if label == "" {
			label = "·"
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], tgbotapi.NewInlineKeyboardButtonData(label, x.Data))
	}
	return tgbotapi.InlineKeyboardMarkup{InlineKeyboard: rows}
}

// chatID parses a Telegram chat or user id.
func chatID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, quiz.Errorf(quiz.EINVALID, "That is not a Telegram chat.")
	}
	return id, nil
}
