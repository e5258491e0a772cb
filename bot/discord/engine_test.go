package discord

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strconv"
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

// game is the adapter on the real conversation and a real database file,
// with a clock moved by hand.
type game struct {
	*harness
	svc   *bot.Service
	clock *bottest.Clock
	path  string
	qs    []quiz.Question
}

func newGame(t *testing.T) *game {
	t.Helper()
	path := filepath.Join(t.TempDir(), "quizbot.db")
	db, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	qs := bottest.Seed(t, db, 8) // topic "Science", every kind
	clock := bottest.NewClock()
	g := &game{clock: clock, path: path, qs: qs}
	g.harness = newHarness(t, func(cfg Config) (*Bot, error) {
		g.svc = bot.New(db, bot.Config{QuestionTime: 20 * time.Second, Pause: time.Second, Clock: clock, Logger: cfg.Logger})
		return New(cfg, g.svc)
	}, nil)
	g.bot.deferAfter = deferAfter // the real deadline: the engine on SQLite under -race may take a while
	t.Cleanup(g.svc.Close)
	if err := g.svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	return g
}

// firstReply is what the member who interacted sees first: the HTTP answer,
// or for a deferral the edited original or the first followup.
func (g *game) firstReply(in *discordtest.Interaction, rep *discordtest.Reply) (text string, ephemeral bool) {
	g.t.Helper()
	if rep.Status != 200 {
		g.t.Fatalf("interaction answered %d: %s", rep.Status, rep.Body)
	}
	if rep.Type == 4 {
		text = rep.Data.Content
		for _, e := range rep.Data.Embeds {
			text += e.Description
		}
		return text, rep.Data.Flags&64 != 0
	}
	var m *discordtest.Message
	eventually(g.t, "a deferred reply", func() bool {
		got := g.discord.Interaction(in.ID)
		switch {
		case got.Original != nil && !got.Original.Deferred && !got.Original.Deleted:
			m = got.Original
		case len(got.Followups) > 0:
			m = got.Followups[0]
		}
		return m != nil
	})
	return m.Text(), m.Ephemeral()
}

// do posts an interaction and returns its first reply.
func (g *game) do(in *discordtest.Interaction) (string, bool) {
	g.t.Helper()
	return g.firstReply(in, g.post(in))
}

// question waits for the channel message of question n and returns it with
// the seeded question it asks.
func (g *game) question(n, of int) (discordtest.Message, quiz.Question) {
	g.t.Helper()
	head := fmt.Sprintf("❓ Question %d/%d", n, of)
	var msg discordtest.Message
	g.bot.Close() // let interactions under way finish; timers run in Advance
	for i := 0; ; i++ {
		found := false
		for _, m := range g.discord.Channel(guild.Channel) {
			if strings.HasPrefix(m.Text(), head) {
				msg, found = m, true
			}
		}
		if found {
			break
		}
		if i == 60 {
			g.t.Fatalf("question %d never came; channel:\n%s", n, g.channelText())
		}
		g.clock.Advance(time.Second) // the pause between questions
	}
	for _, q := range g.qs {
		if strings.Contains(msg.Text(), q.Stem+"\n") {
			return msg, q
		}
	}
	g.t.Fatalf("question message %q asks no seeded question", msg.Text())
	return msg, quiz.Question{}
}

func (g *game) channelText() string {
	var b strings.Builder
	for _, m := range g.discord.Channel(guild.Channel) {
		fmt.Fprintf(&b, "[%s] %q buttons=%d\n", m.ID, m.Text(), len(m.Buttons))
	}
	return b.String()
}

func (g *game) message(id string) discordtest.Message {
	for _, m := range g.discord.Channel(guild.Channel) {
		if m.ID == id {
			return m
		}
	}
	g.t.Fatalf("no message %s", id)
	return discordtest.Message{}
}

func buttonFor(m discordtest.Message, label string) (right, wrong string) {
	for _, row := range m.Buttons {
		for _, b := range row {
			if b.Label == label {
				right = b.CustomID
			} else if wrong == "" {
				wrong = b.CustomID
			}
		}
	}
	return right, wrong
}

func (g *game) attempts(t *testing.T) (rows, correct int) {
	db, err := sql.Open("sqlite", g.path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.QueryRow(`SELECT count(*), coalesce(sum(correct), 0) FROM attempts`).Scan(&rows, &correct); err != nil {
		t.Fatal(err)
	}
	return rows, correct
}

// TestFullGameInAGuild plays a round of eight through signed interactions:
// three members click buttons, typed answers come as /answer, timers reveal
// (editing the question), stale buttons and double clicks are refused, and
// every answer is one row in attempts.
func TestFullGameInAGuild(t *testing.T) {
	g := newGame(t)
	const n = 8 // every seeded question: two of each kind
	text, _ := g.do(g.discord.Command(guild, alice, "quiz", discordtest.Sub("start", discordtest.Str("topic", "Science"), discordtest.Int("count", n))))
	if !strings.Contains(text, "round of 8 on Science") {
		t.Fatalf("/quiz start answered %q; want the round announced", text)
	}
	wantRows, wantRight := 0, 0
	var stale string
	for i := 1; i <= n; i++ {
		msg, q := g.question(i, n)
		if q.Kind.Choice() {
			right, wrong := buttonFor(msg, q.Answer)
			if right == "" || wrong == "" {
				t.Fatalf("question %d has buttons %v; want one labelled %q and another", i, msg.Buttons, q.Answer)
			}
			stale = right
			var wg sync.WaitGroup
			verdicts := make([]string, 3)
			for k, click := range []struct {
				m    discordtest.Member
				data string
			}{{alice, right}, {bob, wrong}, {carol, right}} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					v, eph := g.do(g.discord.Click(guild, click.m, msg.ID, click.data))
					if !eph {
						t.Errorf("%s's verdict %q is public; want ephemeral", click.m.Name, v)
					}
					verdicts[k] = v
				}()
			}
			wg.Wait()
			if !strings.HasPrefix(verdicts[0], "✅") || !strings.HasPrefix(verdicts[1], "❌") || !strings.HasPrefix(verdicts[2], "✅") {
				t.Errorf("question %d verdicts = %q; want ✅ ❌ ✅", i, verdicts)
			}
			again, _ := g.do(g.discord.Click(guild, alice, msg.ID, wrong))
			if !strings.Contains(again, "already") {
				t.Errorf("second click answered %q; want \"already answered\"", again)
			}
			wantRows += 3
			wantRight += 2
		} else {
			v, eph := g.do(g.discord.Command(guild, bob, "answer", discordtest.Str("text", "Nonsense Wrongly")))
			if !strings.HasPrefix(v, "❌") || !eph {
				t.Errorf("wrong typed answer got %q (ephemeral %v); want an ephemeral ❌", v, eph)
			}
			g.do(g.discord.Command(guild, carol, "answer", discordtest.Str("text", q.Answer)))
			g.bot.Close()
			if !strings.Contains(g.channelText(), "Carol") {
				t.Errorf("after Carol's right answer the channel says:\n%s\nwant her credited", g.channelText())
			}
			wantRows += 2
			wantRight++
		}
		// Time runs out (or the typed answer closed it): the reveal edits
		// the question to show the answer without buttons.
		for k := 0; k < 25 && len(g.message(msg.ID).Buttons) > 0; k++ {
			g.clock.Advance(time.Second)
		}
		if q.Kind.Choice() {
			revealed := g.message(msg.ID)
			if len(revealed.Buttons) != 0 || !strings.Contains(revealed.Text(), "✅ "+shownAt(msg, q.Answer)+". "+q.Answer+" — 2") {
				t.Errorf("question %d after reveal: %q with %d rows; want ✅ %s — 2 and no buttons", i, revealed.Text(), len(revealed.Buttons), q.Answer)
			}
		}
	}
	eventually(t, "results", func() bool { return strings.Contains(g.channelText(), "Carol") })
	if stale != "" {
		v, eph := g.do(g.discord.Click(guild, bob, "old", stale))
		if !strings.Contains(v, "closed") || !eph {
			t.Errorf("stale button answered %q (ephemeral %v); want a private \"closed\"", v, eph)
		}
	}
	top, _ := g.do(g.discord.Command(guild, bob, "top"))
	if !strings.Contains(top, "Carol") || !strings.Contains(top, "Alice") {
		t.Errorf("/top = %q; want Carol and Alice on the board", top)
	}
	g.bot.Close()
	rows, right := g.attempts(t)
	if rows != wantRows || right != wantRight {
		t.Errorf("attempts = %d rows, %d correct; want %d, %d", rows, right, wantRows, wantRight)
	}
	for _, c := range g.discord.Calls() {
		if strings.HasPrefix(c.Path, "/channels/") && c.Auth != "Bot "+g.discord.Token {
			t.Errorf("%s %s without the bot token", c.Method, c.Path)
		}
	}
}

// TestGameCommandsHTTP covers the remaining commands against the engine:
// autocomplete from stored topics, /topics, /help, an unknown topic, and the
// same interaction delivered twice.
func TestGameCommandsHTTP(t *testing.T) {
	g := newGame(t)
	rep := g.post(g.discord.Autocomplete(guild, alice, "quiz", discordtest.Sub("start", discordtest.Focus(discordtest.Str("topic", "sci")))))
	if len(rep.Data.Choices) != 1 || rep.Data.Choices[0].Value != "Science" {
		t.Errorf("autocomplete sci = %+v; want Science", rep.Data.Choices)
	}
	if v, _ := g.do(g.discord.Command(guild, alice, "topics")); !strings.Contains(v, "Science") {
		t.Errorf("/topics = %q; want Science", v)
	}
	if v, _ := g.do(g.discord.Command(guild, alice, "help")); !strings.Contains(v, "/quiz") {
		t.Errorf("/help = %q; want the commands", v)
	}
	v, eph := g.do(g.discord.Command(guild, alice, "quiz", discordtest.Sub("start", discordtest.Str("topic", "Astrology"))))
	if !strings.Contains(v, "Astrology") || !eph {
		t.Errorf("unknown topic answered %q (ephemeral %v); want a private message naming it", v, eph)
	}
	in := g.discord.Command(guild, alice, "quiz", discordtest.Sub("start"))
	g.do(in)
	g.post(in)
	g.bot.Close() // waits for both deliveries to be handled
	starts := 0
	for _, m := range g.discord.Channel(guild.Channel) {
		if strings.HasPrefix(m.Text(), "❓ Question 1/") {
			starts++
		}
	}
	if starts != 1 {
		t.Errorf("a twice-delivered /quiz start asked %d first questions; want 1", starts)
	}
	v, _ = g.do(g.discord.Command(guild, bob, "quiz", discordtest.Sub("stop")))
	if v == "" {
		t.Error("/quiz stop got no answer")
	}
}

// shownAt is the number the question message gives the option labelled
// label: options are shown in an order drawn for each round.
func shownAt(m discordtest.Message, label string) string {
	n := 0
	for _, row := range m.Buttons {
		for _, b := range row {
			n++
			if b.Label == label {
				return strconv.Itoa(n)
			}
		}
	}
	return "?"
}
