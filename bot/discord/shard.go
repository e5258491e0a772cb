package discord

import (
	"strconv"

	"quizbot/bot"
)

// Serves tells whether this process's gateway shard receives the chat's
// events: Discord sends a guild's to shard (guild_id >> 22) % shard_count
// and direct messages to shard 0. bot.Service resumes only these chats'
// rounds after a restart.
func (b *Bot) Serves(chat bot.Chat) bool {
	if b.cfg.ShardCount <= 1 {
		return true
	}
	if chat.Scope == "" {
		return b.cfg.ShardID == 0
	}
	guild, err := strconv.ParseUint(chat.Scope, 10, 64)
	if err != nil {
		return b.cfg.ShardID == 0
	}
	return int((guild>>22)%uint64(b.cfg.ShardCount)) == b.cfg.ShardID
}

var _ bot.Partitioned = (*Bot)(nil)
