package bot_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"sync"
	"testing"

	"quizbot/bot"
	"quizbot/bot/bottest"
)

// discard is an Outbox that keeps nothing, so that a soak measures the
// Service, not the test's record of it.
type discard struct{}

func (discard) Send(context.Context, bot.Chat, bot.Reply) (string, error) { return "1", nil }
func (discard) Edit(context.Context, bot.Chat, string, bot.Reply) error   { return nil }

// TestSoakChatsComeAndGo: thousands of chats each say something once and
// never again. What the Service keeps per chat in memory must not grow with
// them: no chat lock is left behind, and the heap after is close to the heap
// before. 1,000 chats (twice) by default, 10,000 (twice) with QUIZBOT_LOAD=full.
func TestSoakChatsComeAndGo(t *testing.T) {
	chats := 1000
	if os.Getenv("QUIZBOT_LOAD") == "full" {
		chats = 10000
	}
	db := bottest.OpenDB(t)
	bottest.Seed(t, db, 8)
	svc := bot.New(db, bot.Config{Clock: bottest.NewClock()})
	svc.Register(bottest.Platform, discard{}, bottest.Capabilities)
	t.Cleanup(svc.Close)
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	say := func(from, to int) {
		var wg sync.WaitGroup
		for w := 0; w < 8; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := from + w; i < to; i += 8 {
					chat := bot.Chat{Platform: bottest.Platform, ID: fmt.Sprint(1_000_000 + i), Private: true}
					in := bot.Incoming{ID: fmt.Sprint("soak", i), Chat: chat, User: bot.User{ID: fmt.Sprint(i), Name: "U"}, Text: "/help"}
					if err := svc.Handle(context.Background(), in); err != nil {
						t.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
	}
	say(0, 500) // warm up: statements, caches, pools
	before := heap()
	say(500, chats)
	mid := heap()
	say(chats, 2*chats)
	after := heap()
	t.Logf("%d chats came and went, then %d more: heap %d KiB before, %d KiB after the first, %d KiB after the second",
		chats, chats, before/1024, mid/1024, after/1024)
	if n := svc.LockedChats(); n != 0 {
		t.Errorf("chat locks left = %d; want 0", n)
	}
	// What the Service keeps per chat is bounded (the known-chat and user
	// caches at 10,000 each): the heap may fill up to that, not grow with
	// every chat ever seen.
	if after > before+32<<20 {
		t.Errorf("heap grew from %d to %d KiB over %d chats", before/1024, after/1024, 2*chats)
	}
}
