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

// A soak has chats come and go in two waves, each of which goes past the
// bound of every cache the Service keeps per chat (the known chats and
// users: maxKnown), so that the caches are as full after the second wave
// as after the first. Anything kept per chat beyond those bounds then shows
// as growth from the first wave to the second; a cache that merely fills
// up does not. By default the waves are small and the caches made as
// small; with QUIZBOT_LOAD=full, the waves are thousands of chats and the
// caches keep their real bound. A warm-up fills the caches nine tenths
// first, so that the heaps compared hold them nearly full (and away from
// the moment a full cache starts afresh).
type soak struct {
	t          *testing.T
	svc        *bot.Service
	bound      int    // of each known-chat and user cache
	before     uint64 // heap after the warm-up
	mid, after uint64 // heap after the first and second wave
	midKnown   [2]int // cache sizes after the first wave
	goroutines [2]int // before and after
	rss        [3]int // KiB, at each point
}

// soakSlack is how much more heap the second wave may leave than the
// first: above the collector's own noise (a few dozen KiB here). A wave of
// 1,000 chats shows what a chat leaves behind from about 130 bytes on;
// the full size sees far less (one map entry per chat id, some 40 bytes,
// grew the heap by 1.1 MiB over 30,000 chats).
const soakSlack = 128 << 10

// far reports whether two cache sizes differ by more than the handful that
// concurrent workers may add around the moment a cache starts afresh.
func far(a, b int) bool { return a-b > 16 || b-a > 16 }

// soakWave is the chats of each wave, and the cache bound during the soak.
func soakWave(t *testing.T, small, full int) (wave, bound int) {
	if os.Getenv("QUIZBOT_LOAD") == "full" {
		return full, 10_000
	}
	bound = small / 2
	t.Cleanup(bot.SetMaxKnown(bound))
	return small, bound
}

// heapNow is the live heap, after collecting garbage (twice: the first
// collection only moves pooled objects to their victim cache).
func heapNow() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// rss is the process's resident memory in KiB, for the log: it counts
// what the Go heap does not (SQLite's own allocations); 0 where unknown.
func rss() int {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	var size, resident int
	fmt.Sscan(string(b), &size, &resident)
	return resident * os.Getpagesize() / 1024
}

// warm, first and second mark the points of the soak.
func (s *soak) warm() {
	s.before = heapNow()
	s.goroutines[0] = runtime.NumGoroutine()
	s.rss[0] = rss()
}

func (s *soak) first() {
	s.mid = heapNow()
	s.midKnown[0], s.midKnown[1] = s.svc.KnownSizes()
	s.rss[1] = rss()
}

// second measures the heap after the second wave and checks it against
// the first: the same cache fill, and no more than slack bytes more.
func (s *soak) second(what string, wave int, slack uint64) {
	t := s.t
	s.after = heapNow()
	s.goroutines[1] = runtime.NumGoroutine()
	s.rss[2] = rss()
	kc, ku := s.svc.KnownSizes()
	t.Logf("%d %s, then %d more (caches bound at %d): heap %d KiB before, %d KiB after the first wave, %d KiB after the second (%+d KiB); "+
		"known chats/users %d/%d after the first, %d/%d after the second; goroutines %d before, %d after; resident %d, %d, %d KiB",
		wave, what, wave, s.bound, s.before/1024, s.mid/1024, s.after/1024, (int64(s.after)-int64(s.mid))/1024,
		s.midKnown[0], s.midKnown[1], kc, ku, s.goroutines[0], s.goroutines[1], s.rss[0], s.rss[1], s.rss[2])
	if n := s.svc.LockedChats(); n != 0 {
		t.Errorf("chat locks left = %d; want 0", n)
	}
	if n := s.svc.BusyLanes(); n != 0 {
		t.Errorf("send lanes left = %d; want 0", n)
	}
	if kc > s.bound || ku > s.bound {
		t.Errorf("known chats/users = %d/%d; want at most %d each", kc, ku, s.bound)
	}
	if far(kc, s.midKnown[0]) || far(ku, s.midKnown[1]) {
		// Each wave is a multiple of the bound, so the caches end both
		// at the same fill, give or take the chats of the workers that
		// were under way when a cache started afresh; if not, the heaps
		// do not compare.
		t.Fatalf("known chats/users = %d/%d after the second wave, %d/%d after the first; want the same fill", kc, ku, s.midKnown[0], s.midKnown[1])
	}
	if s.after > s.mid+slack {
		t.Errorf("heap grew from %d KiB after the first wave to %d KiB after the second, of %d %s each; want at most %d KiB more",
			s.mid/1024, s.after/1024, wave, what, slack/1024)
	}
	if s.goroutines[1] > s.goroutines[0]+4 {
		t.Errorf("goroutines = %d after the soak, %d before; want no more than a few more", s.goroutines[1], s.goroutines[0])
	}
}

// TestSoakChatsComeAndGo: chats each say something once and never again,
// in two waves past the caches' bound. What the Service keeps per chat in
// memory must not grow with them: no chat lock or send lane is left
// behind, the caches stay within their bound, and the heap after the
// second wave is what it was after the first. Waves of 1,000 chats by
// default, 30,000 (three times the caches' bound) with QUIZBOT_LOAD=full.
func TestSoakChatsComeAndGo(t *testing.T) {
	wave, bound := soakWave(t, 1000, 30_000)
	db := bottest.OpenDB(t)
	bottest.Seed(t, db, 8)
	svc := bot.New(db, bot.Config{Clock: bottest.NewClock()})
	svc.Register(bottest.Platform, discard{}, bottest.Capabilities)
	t.Cleanup(svc.Close)
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
	s := &soak{t: t, svc: svc, bound: bound}
	warm := bound * 9 / 10
	say(0, warm) // warm up: statements, pools, and the caches nine tenths full
	s.warm()
	say(warm, warm+wave)
	s.first()
	say(warm+wave, warm+2*wave)
	s.second("chats", wave, soakSlack)
}

// TestSoakGroupsPlayAndLeave: group chats each play a round, ask for their
// rank and stop, and are never heard from again, in two waves past the
// caches' bound. What the Service and the store keep per chat must not
// grow with them: no chat lock or send lane is left behind, the caches
// stay within their bound, and the heap after the second wave is what it
// was after the first. One chat playing on and on keeps only its last 200
// asked questions. Waves of 1,000 groups by default, 20,000 (twice the
// caches' bound) with QUIZBOT_LOAD=full.
func TestSoakGroupsPlayAndLeave(t *testing.T) {
	wave, bound := soakWave(t, 1000, 20_000)
	db := bottest.OpenDB(t)
	bottest.Seed(t, db, 12)
	svc := bot.New(db, bot.Config{Clock: bottest.NewClock()})
	svc.Register(bottest.Platform, discard{}, bottest.Capabilities)
	t.Cleanup(svc.Close)
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
	s := &soak{t: t, svc: svc, bound: bound}
	warm := bound * 9 / 10
	play(0, warm) // warm up: statements, pools, and the caches nine tenths full
	s.warm()
	play(warm, warm+wave)
	s.first()
	play(warm+wave, warm+2*wave)
	s.second("groups", wave, soakSlack)

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
