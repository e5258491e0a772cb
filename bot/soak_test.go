package bot_test

import (
	"context"
	"database/sql"
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

// TestSoakGroupsPlayAndLeave: group chats each play a round, ask for their
// rank and stop, and are never heard from again. What the Service and the
// store keep per chat must not grow with them: no chat lock or send lane is
// left behind, the rank boards in memory are bounded, and the heap after is
// close to the heap before. One chat playing on and on keeps only its last
// 200 asked questions. 500 groups (twice) by default, 5,000 (twice) with
// QUIZBOT_LOAD=full.
func TestSoakGroupsPlayAndLeave(t *testing.T) {
	groups := 500
	if os.Getenv("QUIZBOT_LOAD") == "full" {
		groups = 5000
	}
	db := bottest.OpenDB(t)
	bottest.Seed(t, db, 12)
	svc := bot.New(db, bot.Config{Clock: bottest.NewClock()})
	svc.Register(bottest.Platform, discard{}, bottest.Capabilities)
	t.Cleanup(svc.Close)
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	play := func(from, to int) {
		var wg sync.WaitGroup
		for w := 0; w < 4; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := from + w; i < to; i += 4 {
					chat := bot.Chat{Platform: bottest.Platform, ID: fmt.Sprint(-1_000_000 - i), Title: "Group"}
					u := bot.User{ID: fmt.Sprint(i), Name: "U", Admin: true}
					for j, text := range []string{"/quiz 2", "/score", "/stop"} {
						in := bot.Incoming{ID: fmt.Sprint("g", i, ".", j), Chat: chat, User: u, Text: text}
						if err := svc.Handle(context.Background(), in); err != nil {
							t.Error(err)
							return
						}
					}
				}
			}()
		}
		wg.Wait()
	}
	play(0, 100) // warm up
	before := heap()
	play(100, groups)
	mid := heap()
	play(groups, 2*groups)
	after := heap()
	t.Logf("%d groups played and left, then %d more: heap %d KiB before, %d KiB after the first, %d KiB after the second",
		groups, groups, before/1024, mid/1024, after/1024)
	if n := svc.LockedChats(); n != 0 {
		t.Errorf("chat locks left = %d; want 0", n)
	}
	if n := svc.BusyLanes(); n != 0 {
		t.Errorf("send lanes left = %d; want 0", n)
	}
	if after > before+32<<20 {
		t.Errorf("heap grew from %d to %d KiB over %d groups", before/1024, after/1024, 2*groups)
	}

	// One group plays round after round: the asked table keeps its last 200.
	chat := bot.Chat{Platform: bottest.Platform, ID: "-42", Title: "Keen"}
	u := bot.User{ID: "42", Name: "K", Admin: true}
	for i := 0; i < 60; i++ {
		for j, text := range []string{"/quiz 5", "/stop"} {
			if err := svc.Handle(context.Background(), bot.Incoming{ID: fmt.Sprint("k", i, ".", j), Chat: chat, User: u, Text: text}); err != nil {
				t.Fatal(err)
			}
		}
	}
	raw, err := sql.Open("sqlite", db.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var asked, most int
	raw.QueryRow(`SELECT COUNT(*) FROM asked a JOIN chats c ON c.id = a.chat_id WHERE c.platform_id = '-42'`).Scan(&asked)
	raw.QueryRow(`SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM asked GROUP BY chat_id)`).Scan(&most)
	t.Logf("asked rows of the keen group after 60 rounds: %d; most of any chat: %d", asked, most)
	if asked == 0 || asked > 200 || most > 200 {
		t.Errorf("asked rows = %d for the keen group, %d at most for a chat; want 1 to 200", asked, most)
	}
}
