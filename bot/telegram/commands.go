package telegram

import (
	"context"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"quizbot/bot"
)

// setCommands publishes bot.Commands for private chats and for groups, so
// that Telegram's menu offers them. A failure only costs the menu.
func (b *Bot) setCommands(ctx context.Context) {
	for _, scope := range []struct {
		scope   tgbotapi.BotCommandScope
		teacher bool
	}{
		{tgbotapi.NewBotCommandScopeAllPrivateChats(), false},
		{tgbotapi.NewBotCommandScopeAllGroupChats(), true},
	} {
		cfg := tgbotapi.NewSetMyCommandsWithScope(scope.scope, commands(scope.teacher)...)
		err := b.out.retry(ctx, "setMyCommands", 0, func() error {
			return b.call(ctx, "setMyCommands", 10*time.Second, func(api *tgbotapi.BotAPI) error {
				_, err := api.Request(cfg)
				return err
			})
		})
		if err != nil {
			b.log.Warn("setMyCommands failed; the command menu may be out of date", "scope", scope.scope.Type, "err", err)
		}
	}
}

// commands is bot.Commands as Telegram takes them: teacher commands only
// where a class meets (groups).
func commands(teacher bool) []tgbotapi.BotCommand {
	var out []tgbotapi.BotCommand
	for _, c := range bot.Commands {
		if c.Teacher && !teacher {
			continue
		}
		desc := c.Description
		if c.Usage != "" && c.Usage != "/"+c.Name {
			desc = strings.TrimPrefix(c.Usage, "/"+c.Name+" ") + " — " + desc
		}
		out = append(out, tgbotapi.BotCommand{Command: c.Name, Description: shorten(desc, 256)})
	}
	return out
}
