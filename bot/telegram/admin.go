package telegram

import (
	"context"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// adminEntry is a remembered getChatMember answer.
type adminEntry struct {
	admin   bool
	expires time.Time
}

// isAdmin asks Telegram whether user manages chat (creator or
// administrator), remembering the answer for cfg.AdminTTL. When Telegram
// cannot say, the answer is no: teacher rights are not given on a guess.
func (b *Bot) isAdmin(ctx context.Context, chat, user int64) bool {
	key := strconv.FormatInt(chat, 10) + ":" + strconv.FormatInt(user, 10)
	now := time.Now()
	b.mu.Lock()
	e, ok := b.admins[key]
	b.mu.Unlock()
	if ok && now.Before(e.expires) {
		return e.admin
	}
	var m tgbotapi.ChatMember
	err := b.call(ctx, "getChatMember", 10*time.Second, func(api *tgbotapi.BotAPI) error {
		var err error
		m, err = api.GetChatMember(tgbotapi.GetChatMemberConfig{ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: chat, UserID: user}})
		return err
	})
	if err != nil {
		b.log.Debug("getChatMember failed; no teacher rights", "chat", chat, "err", err)
		return false
	}
	admin := m.Status == "creator" || m.Status == "administrator"
	b.mu.Lock()
	if len(b.admins) > 10000 {
		b.admins = map[string]adminEntry{} // a crude bound; entries are cheap to refetch
	}
	b.admins[key] = adminEntry{admin: admin, expires: now.Add(b.cfg.AdminTTL)}
	b.mu.Unlock()
	return admin
}
