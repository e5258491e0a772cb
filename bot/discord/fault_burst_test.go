package discord

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/bot/discord/discordtest"
	"quizbot/storage"
)

// TestFaultJoinBurst: 300 students press Join within one second while
// every Discord REST call takes 100 ms, through the signed HTTP
// interactions endpoint and through the gateway (where the first response
// is itself a REST call). Each join must be stored and answered with its
// own "You're in" at once (not a deferral), and the lobby's list must
// follow with a few edits, not one per join.
func TestFaultJoinBurst(t *testing.T) {
	t.Run("http", func(t *testing.T) { joinBurst(t, false) })
	t.Run("gateway", func(t *testing.T) { joinBurst(t, true) })
}

func joinBurst(t *testing.T, gateway bool) {
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
	var svc *bot.Service
	h := newHarness(t, func(cfg Config) (*Bot, error) {
		svc = bot.New(db, bot.Config{Logger: cfg.Logger}) // the real clock: live edits are paced by it
		return New(cfg, svc)
	}, nil)
	h.bot.deferAfter = deferAfter
	t.Cleanup(svc.Close)
	// press delivers an interaction and returns the first response: its
	// type, text, and how long it took from the press.
	press := func(in *discordtest.Interaction) (int, string, time.Duration) {
		rep, err := h.discord.Post(h.endpoint, in)
		if err != nil {
			t.Errorf("post interaction: %v", err)
			return 0, "", 0
		}
		return rep.Type, rep.Data.Content, rep.Elapsed
	}
	if gateway {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- h.bot.Run(ctx) }()
		t.Cleanup(func() { cancel(); <-done })
		select {
		case <-h.discord.Identified():
		case <-time.After(5 * time.Second):
			t.Fatal("no Identify")
		}
		press = func(in *discordtest.Interaction) (int, string, time.Duration) {
			at := time.Now()
			if err := h.discord.Dispatch(in); err != nil {
				t.Errorf("dispatch: %v", err)
				return 0, "", 0
			}
			for time.Since(at) < 30*time.Second {
				if got := h.discord.Interaction(in.ID); got.Response != 0 {
					text := ""
					if got.Original != nil {
						text = got.Original.Content
					}
					return got.Response, text, time.Since(at)
				}
				time.Sleep(2 * time.Millisecond)
			}
			return 0, "", time.Since(at)
		}
	}

	press(h.discord.Command(guild, teacher, "class", discordtest.Sub("start", discordtest.Str("topic", "Science"))))
	var lobby discordtest.Message
	eventually(t, "the lobby", func() bool {
		for _, m := range h.discord.Channel(guild.Channel) {
			if strings.HasPrefix(m.Text(), "🎓 Class quiz") {
				lobby = m
				return true
			}
		}
		return false
	})
	var join string
	for _, row := range lobby.Buttons {
		for _, b := range row {
			if strings.Contains(b.Label, "Join") {
				join = b.CustomID
			}
		}
	}
	h.discord.SetLatency(latency)

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

	type ack struct {
		elapsed time.Duration
		text    string
		typ     int
	}
	acks := make([]ack, students)
	start := time.Now()
	var wg sync.WaitGroup
	for i := range students {
		m := discordtest.Member{ID: fmt.Sprintf("8100000000%08d", i), Name: fmt.Sprintf("Student%03d", i)}
		in := h.discord.Click(guild, m, lobby.ID, join)
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * time.Second / students) // all within one second
			typ, text, elapsed := press(in)
			acks[i] = ack{elapsed, text, typ}
		}()
	}
	// Time to the last join stored, polled while the presses go on.
	var allStored time.Duration
	for deadline := start.Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if stored() >= students {
			allStored = time.Since(start)
			break
		}
	}
	wg.Wait()
	if allStored == 0 {
		t.Fatalf("joins stored after 60 s: %d of %d", stored(), students)
	}

	var lat []time.Duration
	deferred := 0
	for i, a := range acks {
		lat = append(lat, a.elapsed)
		if a.typ != 4 || !strings.Contains(a.text, "You're in, Student") {
			deferred++
			if deferred <= 3 && !raceBuild {
				t.Errorf("join %d answered type %d %q; want the ephemeral \"You're in\" as the first response", i, a.typ, a.text)
			}
		}
	}
	slices.Sort(lat)
	p50, p99, worst := lat[len(lat)/2], lat[len(lat)*99/100], lat[len(lat)-1]

	// The lobby's list catches up with a few coalesced edits.
	want := fmt.Sprintf("Joined: %d", students)
	edits := func() int {
		n := 0
		for _, c := range h.discord.Calls() {
			if c.Method == "PATCH" && strings.HasSuffix(c.Path, "/messages/"+lobby.ID) {
				n++
			}
		}
		return n
	}
	deadline := time.Now().Add(10 * time.Second)
	lobbyText := func() string { m := h.message(lobby.ID); return m.Text() }
	for !strings.Contains(lobbyText(), want) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	listed := time.Since(start)
	if got := lobbyText(); !strings.Contains(got, want) {
		t.Errorf("lobby after the burst = %q; want %q", got, want)
	}
	t.Logf("%s: %d joins in 1 s at %v latency: all stored after %v; press to answer p50 %v, p99 %v, max %v; "+
		"%d not answered at once; lobby shows all after %v with %d edits",
		map[bool]string{false: "http", true: "gateway"}[gateway], students, latency, allStored.Round(time.Millisecond), p50.Round(time.Millisecond), p99.Round(time.Millisecond),
		worst.Round(time.Millisecond), deferred, listed.Round(time.Millisecond), edits())
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
	if n, most := edits(), int(listed/(2*time.Second))+2; n > most {
		t.Errorf("the lobby was edited %d times for %d joins in %v; want at most %d coalesced edits", n, students, listed, most)
	}
}

// message returns a channel message by id, as edited so far.
func (h *harness) message(id string) discordtest.Message {
	for _, m := range h.discord.Channel(guild.Channel) {
		if m.ID == id {
			return m
		}
	}
	h.t.Fatalf("no message %s", id)
	return discordtest.Message{}
}
