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
	"quizbot/quiz"
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

// burst is a class in a guild channel at Discord scale: the real
// conversation on a SQLite file, the adapter against the fake Discord with
// 100 ms on every REST call, interactions coming through the signed HTTP
// endpoint or through the gateway.
type burst struct {
	t       *testing.T
	h       *harness
	svc     *bot.Service
	db      *sql.DB // the bot's file, read apart from it
	gateway bool
	lobby   discordtest.Message
	join    string          // the lobby's Join button
	qs      []quiz.Question // the seeded questions
}

const burstLatency = 100 * time.Millisecond

// newBurst opens a class with /class start and the given options, and
// finds its lobby; only then do REST calls become slow.
func newBurst(t *testing.T, gateway bool, opts ...discordtest.Opt) *burst {
	path := filepath.Join(t.TempDir(), "quizbot.db")
	db, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	b := &burst{t: t, gateway: gateway, qs: bottest.Seed(t, db, 12)}
	b.h = newHarness(t, func(cfg Config) (*Bot, error) {
		// The real clock: live edits, the pause between questions and
		// the outbox are paced by it.
		b.svc = bot.New(db, bot.Config{Logger: cfg.Logger, Pause: time.Second})
		return New(cfg, b.svc)
	}, nil)
	b.h.bot.deferAfter = deferAfter
	t.Cleanup(b.svc.Close)
	if err := b.svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if gateway {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- b.h.bot.Run(ctx) }()
		t.Cleanup(func() { cancel(); <-done })
		select {
		case <-b.h.discord.Identified():
		case <-time.After(5 * time.Second):
			t.Fatal("no Identify")
		}
	}
	b.press(b.h.discord.Command(guild, teacher, "class", discordtest.Sub("start", opts...)))
	eventually(t, "the lobby", func() bool {
		for _, m := range b.h.discord.Channel(guild.Channel) {
			if strings.HasPrefix(m.Text(), "🎓 Class quiz") {
				b.lobby = m
				return true
			}
		}
		return false
	})
	b.join, _ = buttonFor(b.lobby, "🙋 Join")
	if b.join == "" {
		t.Fatalf("no Join button on the lobby %q", b.lobby.Text())
	}
	b.h.discord.SetLatency(burstLatency)
	b.db, err = sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.db.Close() })
	return b
}

func (b *burst) path() string { return map[bool]string{false: "http", true: "gateway"}[b.gateway] }

// press delivers an interaction and returns the first response: its type,
// text, and how long it took from the press.
func (b *burst) press(in *discordtest.Interaction) (int, string, time.Duration) {
	if !b.gateway {
		rep, err := b.h.discord.Post(b.h.endpoint, in)
		if err != nil {
			b.t.Errorf("post interaction: %v", err)
			return 0, "", 0
		}
		return rep.Type, rep.Data.Content, rep.Elapsed
	}
	at := time.Now()
	if err := b.h.discord.Dispatch(in); err != nil {
		b.t.Errorf("dispatch: %v", err)
		return 0, "", 0
	}
	for time.Since(at) < 30*time.Second {
		if got := b.h.discord.Interaction(in.ID); got.Response != 0 {
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

// count runs a count(*) query on the bot's file.
func (b *burst) count(query string, args ...any) int {
	var n int
	if err := b.db.QueryRow(query, args...).Scan(&n); err != nil {
		b.t.Fatal(err)
	}
	return n
}

// student is the i-th student of a burst.
func student(i int) discordtest.Member {
	return discordtest.Member{ID: fmt.Sprintf("8100000000%08d", i), Name: fmt.Sprintf("Student%03d", i)}
}

// pctl is the p50, p99 and max of a sample.
func pctl(d []time.Duration) (p50, p99, worst time.Duration) {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2], s[len(s)*99/100], s[len(s)-1]
}

func joinBurst(t *testing.T, gateway bool) {
	const students = 300
	b := newBurst(t, gateway, discordtest.Str("topic", "Science"))
	h, lobby := b.h, b.lobby
	stats := b.joinAll(students)
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
	listed := time.Since(stats.start)
	if got := lobbyText(); !strings.Contains(got, want) {
		t.Errorf("lobby after the burst = %q; want %q", got, want)
	}
	t.Logf("%s: %d joins in 1 s at %v latency: all stored after %v; press to answer p50 %v, p99 %v, max %v; "+
		"%d not answered at once; lobby shows all after %v with %d edits",
		b.path(), students, burstLatency, stats.allStored.Round(time.Millisecond), stats.p50.Round(time.Millisecond), stats.p99.Round(time.Millisecond),
		stats.worst.Round(time.Millisecond), stats.deferred, listed.Round(time.Millisecond), edits())
	// The time bounds are the bot's, checked without the race detector,
	// which makes the bot's own work (SQLite above all) many times slower;
	// under it the test looks for races and counts, and logs the figures.
	// They leave room for a busy machine (on an idle one: stored within
	// about 1.1 s, p99 under 0.5 s) and stay far below the 30 s that joins
	// took under the chat's lock; 2.5 s is within Discord's 3 s for a first
	// response.
	if !raceBuild && stats.allStored > 5*time.Second {
		t.Errorf("the last join was stored %v after the first press; want within 5 s", stats.allStored)
	}
	if !raceBuild && stats.p99 > 2500*time.Millisecond {
		t.Errorf("press to answer p99 = %v; want within 2.5 s", stats.p99)
	}
	// Coalesced: one edit in flight, at most one per two seconds.
	if n, most := edits(), int(listed/(2*time.Second))+2; n > most {
		t.Errorf("the lobby was edited %d times for %d joins in %v; want at most %d coalesced edits", n, students, listed, most)
	}
}

// joinStats are the figures of a join burst.
type joinStats struct {
	start           time.Time
	allStored       time.Duration // first press to the last join stored
	p50, p99, worst time.Duration // press to first response
	deferred        int           // joins not answered with "You're in" first
}

// joinAll has students press Join, spread over one second, and returns
// once every press is answered and every join stored.
func (b *burst) joinAll(students int) joinStats {
	t, h := b.t, b.h
	stored := func() int { return b.count(`SELECT count(*) FROM class_members`) }
	type ack struct {
		elapsed time.Duration
		text    string
		typ     int
	}
	acks := make([]ack, students)
	start := time.Now()
	var wg sync.WaitGroup
	for i := range students {
		in := h.discord.Click(guild, student(i), b.lobby.ID, b.join)
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * time.Second / time.Duration(students)) // all within one second
			typ, text, elapsed := b.press(in)
			acks[i] = ack{elapsed, text, typ}
		}()
	}
	// Time to the last join stored, polled while the presses go on.
	allStored := bottest.TimeToCount(start, 60*time.Second, students, stored)
	wg.Wait()
	if allStored == 0 {
		t.Fatalf("joins stored after 60 s: %d of %d", stored(), students)
	}

	st := joinStats{start: start, allStored: allStored}
	var lat []time.Duration
	for i, a := range acks {
		lat = append(lat, a.elapsed)
		if a.typ != 4 || !strings.Contains(a.text, "You're in, Student") {
			st.deferred++
			if st.deferred <= 3 && !raceBuild {
				t.Errorf("join %d answered type %d %q; want the ephemeral \"You're in\" as the first response", i, a.typ, a.text)
			}
		}
	}
	st.p50, st.p99, st.worst = pctl(lat)
	return st
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
