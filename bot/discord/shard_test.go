package discord

import (
	"testing"

	"quizbot/bot"
)

// Each chat belongs to exactly one shard: a guild's to (id >> 22) % count,
// direct messages to shard 0.
func TestServesFollowsDiscordSharding(t *testing.T) {
	cases := []struct {
		chat   bot.Chat
		count  int
		wanted int // the shard that serves it
	}{
		{bot.Chat{ID: "c", Scope: "81384788765712384"}, 3, 1},
		{bot.Chat{ID: "c", Scope: "81384788765712384"}, 5, 3},
		{bot.Chat{ID: "c", Scope: "197038439483310086"}, 3, 2},
		{bot.Chat{ID: "dm", Private: true}, 3, 0},
		{bot.Chat{ID: "c", Scope: "81384788765712384"}, 1, 0},
	}
	for _, c := range cases {
		for shard := 0; shard < c.count; shard++ {
			b := &Bot{cfg: Config{ShardID: shard, ShardCount: c.count}}
			if got := b.Serves(c.chat); got != (shard == c.wanted) {
				t.Errorf("shard %d of %d serves %+v = %v; want %v", shard, c.count, c.chat, got, shard == c.wanted)
			}
		}
	}
}
