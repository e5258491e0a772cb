package bot_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/quiz"
	"quizbot/storage"
)

// loadFull runs the load tests at full size (1,000 chats × 100 answers;
// 10,000 open rounds): QUIZBOT_LOAD=full go test -run Load ./bot
var loadFull = os.Getenv("QUIZBOT_LOAD") == "full"

// seedChoices stores a topic of multiple-choice questions only.
func seedChoices(t testing.TB, db *storage.DB, n int) {
	var qs []quiz.Question
	for i := 0; i < n; i++ {
		q := quiz.Question{Kind: quiz.MultipleChoice, Stem: fmt.Sprintf("Which option is number %d?", i),
			Options: []string{fmt.Sprint("a", i), fmt.Sprint("b", i), fmt.Sprint("c", i), fmt.Sprint("d", i)}, Answer: fmt.Sprint("c", i),
			Explanation: fmt.Sprintf("Option c%d is number %d.", i, i)}
		q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
		qs = append(qs, q)
	}
	if _, err := db.SaveTopic(context.Background(), "Choices", "", qs); err != nil {
		t.Fatal(err)
	}
}

// TestLoad: many chats at once, each with a question open and a crowd
// pressing buttons, every press delivered twice. Afterwards nothing is lost,
// nothing counted twice, and every board equals the sum of its attempts.
func TestLoad(t *testing.T) {
	chats, answers := 100, 20
	if loadFull {
		chats, answers = 1000, 100
	}
	db := bottest.OpenDB(t)
	seedChoices(t, db, 10)
	clock := bottest.NewClock()
	out := &bottest.Outbox{}
	svc := bot.New(db, bot.Config{Clock: clock})
	svc.Register(bottest.Platform, out, bottest.Capabilities)
	defer svc.Close()
	ctx := context.Background()
	group := func(i int) bot.Chat { return bot.Chat{Platform: bottest.Platform, ID: fmt.Sprint("-", i), Title: "g"} }
	for i := 0; i < chats; i++ {
		if err := svc.Handle(ctx, bot.Incoming{Chat: group(i), User: user("starter"), Text: "/quiz Choices 1"}); err != nil {
			t.Fatal(err)
		}
	}
	data := map[string][]string{}
	for _, s := range out.Take() {
		if len(s.Reply.Buttons) > 0 {
			for _, b := range s.Reply.Buttons {
				data[s.Chat.ID] = append(data[s.Chat.ID], b.Data)
			}
		}
	}
	if len(data) != chats {
		t.Fatalf("questions open in %d chats; want %d", len(data), chats)
	}
	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, chats)
	for i := 0; i < chats; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(i), 7))
			for u := 0; u < answers; u++ {
				in := bot.Incoming{ID: fmt.Sprintf("%d-%d", i, u), Chat: group(i), User: user(fmt.Sprint(u)),
					Data: data[group(i).ID][r.IntN(4)], At: clock.Now().Add(time.Duration(r.IntN(30000)) * time.Millisecond)}
				for range 2 { // every update delivered twice
					if err := svc.Handle(ctx, in); err != nil {
						errs <- err
						return
					}
				}
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	t.Logf("%d answers (each delivered twice) in %v: %.0f answers/s", chats*answers, elapsed, float64(chats*answers)/elapsed.Seconds())

	raw, err := sql.Open("sqlite", db.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var n int
	raw.QueryRow(`SELECT COUNT(*) FROM attempts`).Scan(&n)
	if n != chats*answers {
		t.Fatalf("attempts = %d; want %d (nothing lost, nothing twice)", n, chats*answers)
	}
	// Every board line equals the sum of its attempts, and every player
	// with attempts has a line: global, and per chat scope.
	for _, c := range []struct{ name, boards, sums string }{
		{"global", `SELECT user_id, points, answered FROM scores WHERE scope = '*'`,
			`SELECT user_id, SUM(points), COUNT(*) FROM attempts GROUP BY user_id`},
		{"chat", `SELECT user_id || scope, points, answered FROM scores WHERE scope <> '*'`,
			`SELECT a.user_id || c.scope, SUM(a.points), COUNT(*) FROM attempts a JOIN chats c ON c.id = a.chat_id GROUP BY a.user_id, c.scope`},
	} {
		boards, sums := lines(t, raw, c.boards), lines(t, raw, c.sums)
		if len(boards) != len(sums) {
			t.Errorf("%s: %d board lines for %d players with attempts", c.name, len(boards), len(sums))
		}
		bad := 0
		for k, v := range sums {
			if boards[k] != v {
				bad++
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d board lines differ from the sum of their attempts", c.name, bad)
		}
	}
}

// lines reads key, points, count rows into a map.
func lines(t *testing.T, db *sql.DB, query string) map[string][2]int {
	rows, err := db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string][2]int{}
	for rows.Next() {
		var k string
		var p, n int
		if err := rows.Scan(&k, &p, &n); err != nil {
			t.Fatal(err)
		}
		out[k] = [2]int{p, n}
	}
	return out
}

// TestLoadOpenRoundsMemory: open rounds with their timers stay small in memory.
func TestLoadOpenRoundsMemory(t *testing.T) {
	rounds := 1000
	if loadFull {
		rounds = 10000
	}
	db := bottest.OpenDB(t)
	seedChoices(t, db, 5)
	svc := bot.New(db, bot.Config{Clock: bottest.NewClock()})
	svc.Register(bottest.Platform, &bottest.Outbox{}, bottest.Capabilities)
	defer svc.Close()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < rounds; i++ {
		chat := bot.Chat{Platform: bottest.Platform, ID: fmt.Sprint("-", i)}
		if err := svc.Handle(context.Background(), bot.Incoming{Chat: chat, User: user("1"), Text: "/quiz 3"}); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	grew := float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
	perTenK := grew * 10000 / float64(rounds)
	t.Logf("%d open rounds: heap grew %.1f MB (%.1f MB per 10,000)", rounds, grew, perTenK)
	if perTenK > 200 {
		t.Errorf("open rounds cost %.1f MB per 10,000; want under 200", perTenK)
	}
}
