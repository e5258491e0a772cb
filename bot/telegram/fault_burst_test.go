package telegram

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/bot/telegram/telegramtest"
	"quizbot/storage"
)

// TestFaultJoinBurst: 300 students of a supergroup press Join within one
// second while every Bot API call takes 100 ms, with Telegram's limits as
// the real service has them (30 messages a second, 20 a minute in one
// group). Each press must be stored and answered (its callback query, with
// "You're in") at once, and the lobby's list must follow with a few edits
// within the group's budget.
func TestFaultJoinBurst(t *testing.T) {
	const (
		students = 300
		latency  = 100 * time.Millisecond
	)
	path := filepath.Join(t.TempDir(), "quizbot.db")
	db, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	bottest.Seed(t, db, 8)

	srv := newServer(t)
	srv.SetGroupLimit(20, time.Minute)
	var slow sync.Map // the latency starts once the lobby is up
	srv.SetFault(func(method string, _ url.Values) *telegramtest.Fault {
		if _, ok := slow.Load("on"); ok && method != "getUpdates" {
			time.Sleep(latency)
		}
		return nil
	})
	room := telegramtest.Chat{ID: -1000000000700, Type: "supergroup", Title: "Assembly"}
	logs := &bottest.Log{}
	svc := bot.New(db, bot.Config{Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo}))})
	cfg := testConfig(srv, logs)
	cfg.Rate, cfg.GroupPerMin = 30, 20
	b, err := New(cfg, svc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run = %v", err)
		}
		svc.Close()
	})

	teacher := telegramtest.User{ID: 7000, FirstName: "Teacher"}
	srv.SetMember(room.ID, teacher.ID, "administrator")
	srv.Send(room, teacher, "/class start Science")
	var lobby telegramtest.Message
	if !srv.Wait(10*time.Second, func() bool {
		for _, m := range srv.BotMessages(room.ID) {
			if strings.HasPrefix(m.Text, "🎓 Class quiz") {
				lobby = m
				return true
			}
		}
		return false
	}) {
		t.Fatal("no lobby")
	}
	slow.Store("on", true)

	sqldb, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer sqldb.Close()
	stored := func() int {
		var n int
		if err := sqldb.QueryRow(`SELECT count(*) FROM class_members`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}

	pressed := make([]time.Time, students)
	ids := make([]string, students)
	start := time.Now()
	var wg sync.WaitGroup
	for i := range students {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * time.Second / students)
			pressed[i] = time.Now()
			ids[i], _ = srv.PressButton(room, telegramtest.User{ID: int64(71000 + i), FirstName: fmt.Sprintf("Student%03d", i)}, lobby.ID, "🙋 Join")
		}()
	}
	allStored := bottest.TimeToCount(start, 60*time.Second, students, stored)
	wg.Wait()
	if allStored == 0 {
		t.Fatalf("joins stored after 60 s: %d of %d", stored(), students)
	}
	answered := func() map[string]telegramtest.Callback {
		m := map[string]telegramtest.Callback{}
		for _, cb := range srv.Callbacks() {
			m[cb.ID] = cb
		}
		return m
	}
	srv.Wait(30*time.Second, func() bool { return len(answered()) >= students })
	cbs := answered()
	var lat []time.Duration
	for i, id := range ids {
		cb, ok := cbs[id]
		switch {
		case !ok:
			t.Errorf("join %d (%s) never answered", i, id)
			continue
		case !strings.Contains(cb.Text, "You're in, Student"):
			t.Errorf("join %d answered %q; want \"You're in\"", i, cb.Text)
		}
		lat = append(lat, cb.At.Sub(pressed[i]))
	}
	if len(lat) == 0 {
		t.Fatal("no join answered")
	}
	slices.Sort(lat)
	p50, p99, worst := lat[len(lat)/2], lat[len(lat)*99/100], lat[len(lat)-1]

	want := fmt.Sprintf("Joined: %d", students)
	lobbyText := func() string { m, _ := srv.Message(lobby.ID); return m.Text }
	srv.Wait(90*time.Second, func() bool { return strings.Contains(lobbyText(), want) })
	listed := time.Since(start)
	edits := len(srv.Calls("editMessageText"))
	t.Logf("%d joins in 1 s at %v latency: all stored after %v; press to answer p50 %v, p99 %v, max %v; "+
		"lobby shows all after %v with %d edits; group limit refused %d",
		students, latency, allStored.Round(time.Millisecond), p50.Round(time.Millisecond), p99.Round(time.Millisecond),
		worst.Round(time.Millisecond), listed.Round(time.Millisecond), edits, srv.Limited())
	if !strings.Contains(lobbyText(), want) {
		t.Errorf("lobby after the burst = %q; want %q", lobbyText(), want)
	}
	// The time bounds are the bot's, checked without the race detector,
	// which makes the bot's own work (SQLite above all) many times slower;
	// under it the test looks for races and counts, and logs the figures.
	// They leave room for a busy machine (on an idle one: stored within
	// about 1.1 s, p99 under 0.5 s) and stay far below the 30 s that joins
	// took under the chat's lock; 2.5 s is within Discord's 3 s for a first
	// response.
	if !raceBuild && allStored > 5*time.Second {
		t.Errorf("the last join was stored %v after the first press; want within 5 s", allStored)
	}
	if !raceBuild && p99 > 2500*time.Millisecond {
		t.Errorf("press to answer p99 = %v; want within 2.5 s", p99)
	}
	// Coalesced: one edit in flight, at most one per two seconds.
	if most := int(listed/(2*time.Second)) + 2; edits > most {
		t.Errorf("the lobby was edited %d times for %d joins in %v; want at most %d coalesced edits", edits, students, listed, most)
	}
	if n := srv.Limited(); n != 0 {
		t.Errorf("the group limit refused %d requests; want none", n)
	}
}
