package discord

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"quizbot/bot/discord/discordtest"
)

// A live class through signed interactions and the fake REST API: the
// teacher has Manage Server, students click the lobby's Join, a student's
// Start is refused, each question closes once every student answered, and
// the end brings a podium in the channel and each student's result in a DM.

// waitMessage waits up to 5 s for message id to contain sub, for edits
// made apart from the interaction that caused them (live counts), and
// returns the message as it is then.
func (g *game) waitMessage(id, sub string) discordtest.Message {
	g.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		g.bot.Close()
		m := g.message(id)
		if strings.Contains(m.Text(), sub) || time.Now().After(deadline) {
			return m
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// lobbyMessage returns the channel message holding the class lobby.
func (g *game) lobbyMessage() discordtest.Message {
	g.t.Helper()
	g.bot.Close()
	for _, m := range g.discord.Channel(guild.Channel) {
		if strings.HasPrefix(m.Text(), "🎓 Class quiz") {
			return m
		}
	}
	g.t.Fatalf("no lobby in the channel:\n%s", g.channelText())
	return discordtest.Message{}
}

// withText returns the last channel message from the from-th on that
// contains want.
func (g *game) withText(from int, want string) (discordtest.Message, bool) {
	// What a press brings about (a reveal) goes out through the chat's send
	// lane after the press is answered: wait for it, a while.
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		g.bot.Close()
		msgs := g.discord.Channel(guild.Channel)
		for i := len(msgs) - 1; i >= from; i-- {
			if strings.Contains(msgs[i].Text(), want) {
				return msgs[i], true
			}
		}
		if time.Now().After(deadline) {
			return discordtest.Message{}, false
		}
	}
}

// click clicks a button as m and returns the reply, which must be for m only.
func (g *game) click(m discordtest.Member, msgID, customID string) string {
	g.t.Helper()
	text, eph := g.do(g.discord.Click(guild, m, msgID, customID))
	if !eph {
		g.t.Errorf("%s's click was answered in public: %q", m.Name, text)
	}
	return text
}

func TestClassInAGuild(t *testing.T) {
	g := newGame(t)
	kids := []discordtest.Member{alice, bob, carol}
	start := discordtest.Sub("start", discordtest.Str("topic", "Science"), discordtest.Int("count", 2), discordtest.Int("seconds", 20))
	if v, eph := g.do(g.discord.Command(guild, alice, "class", start)); !strings.Contains(v, "only a teacher") || !eph {
		t.Errorf("a student's /class start answered %q (ephemeral %v); want a private refusal", v, eph)
	}
	g.do(g.discord.Command(guild, teacher, "class", start))
	lobby := g.lobbyMessage()
	if !strings.Contains(lobby.Text(), "2 questions on Science, 20 seconds each") {
		t.Errorf("lobby = %q", lobby.Text())
	}
	join, begin := buttonFor(lobby, "🙋 Join")
	if b, _ := buttonFor(lobby, "▶️ Start"); b != begin || join == "" {
		t.Fatalf("lobby buttons = %+v; want Join and Start", lobby.Buttons)
	}
	for _, k := range kids {
		if v := g.click(k, lobby.ID, join); !strings.Contains(v, "You're in, "+k.Name) {
			t.Errorf("%s's Join answered %q", k.Name, v)
		}
	}
	if v := g.click(bob, lobby.ID, join); !strings.Contains(v, "already") {
		t.Errorf("Bob's second Join answered %q; want \"already\"", v)
	}
	// The lobby's list is a live edit, at most one per two seconds from
	// the last one delivered: move the clock until it shows.
	l := g.lobbyMessage()
	for i := 0; i < 500 && !strings.Contains(l.Text(), "Joined: 3 — Alice, Bob, Carol"); i++ {
		g.clock.Advance(time.Second)
		time.Sleep(10 * time.Millisecond)
		g.bot.Close()
		l = g.message(l.ID)
	}
	if !strings.Contains(l.Text(), "Joined: 3 — Alice, Bob, Carol") {
		t.Errorf("lobby after three Joins = %q", l.Text())
	}
	if v := g.click(alice, lobby.ID, begin); !strings.Contains(v, "Only the teacher") {
		t.Errorf("a student's Start answered %q; want a refusal", v)
	}
	if v := g.click(teacher, lobby.ID, begin); !strings.Contains(v, "Starting with 3 students") {
		t.Errorf("the teacher's Start answered %q", v)
	}
	if l := g.lobbyMessage(); !strings.Contains(l.Text(), "Started") || len(l.Buttons) != 1 || len(l.Buttons[0]) != 1 ||
		!strings.Contains(l.Buttons[0][0].Label, "Join") {
		t.Errorf("lobby after Start = %q with buttons %v; want Started and only Join, for latecomers", l.Text(), l.Buttons)
	}

	for qi := 1; qi <= 2; qi++ {
		msg, q := g.question(qi, 2)
		if !q.Kind.Choice() {
			t.Fatalf("a class asked a %s question", q.Kind)
		}
		right, wrong := buttonFor(msg, q.Answer)
		since := len(g.discord.Channel(guild.Channel))
		if v := g.click(alice, msg.ID, right); !strings.HasPrefix(v, "✅") {
			t.Errorf("Q%d: Alice's right answer got %q", qi, v)
		}
		if m := g.waitMessage(msg.ID, "Answered: 1/3"); !strings.Contains(m.Text(), "Answered: 1/3") {
			t.Errorf("Q%d after one answer = %q; want the live count", qi, m.Text())
		}
		if v := g.click(alice, msg.ID, wrong); !strings.Contains(v, "answered this one already") {
			t.Errorf("Q%d: Alice's second click got %q; want a refusal", qi, v)
		}
		if v := g.click(bob, msg.ID, wrong); !strings.HasPrefix(v, "❌") {
			t.Errorf("Q%d: Bob's wrong answer got %q", qi, v)
		}
		if v := g.click(carol, msg.ID, right); !strings.HasPrefix(v, "✅") {
			t.Errorf("Q%d: Carol's right answer got %q", qi, v)
		}
		// The last answer closed the question; the clock has not moved.
		rev, ok := g.withText(since, "📊 3 of 3 students answered.")
		if !ok {
			t.Fatalf("Q%d: no reveal with the counts:\n%s", qi, g.channelText())
		}
		if _, ok := g.withText(since, "Everyone has answered"); !ok {
			t.Errorf("Q%d: the reveal does not say everyone answered:\n%s", qi, g.channelText())
		}
		if !strings.Contains(rev.Text(), q.Answer+" — 2") || len(rev.Files) != 1 {
			t.Errorf("Q%d reveal = %q with %d files; want %q — 2 and the chart", qi, rev.Text(), len(rev.Files), q.Answer)
		}
		if m := g.message(msg.ID); len(m.Buttons) != 0 || !strings.Contains(m.Text(), "✅ "+shownAt(msg, q.Answer)+". "+q.Answer+" — 2") {
			t.Errorf("Q%d after the reveal = %q with %d button rows", qi, m.Text(), len(m.Buttons))
		}
		if v := g.click(bob, msg.ID, right); !strings.Contains(v, "closed") {
			t.Errorf("Q%d: a click after the close got %q", qi, v)
		}
	}

	podium, ok := g.withText(0, "🏁 Class over: 2 questions, 3 students.")
	if !ok {
		t.Fatalf("no podium:\n%s", g.channelText())
	}
	if len(podium.Files) != 1 || !strings.Contains(podium.Text(), "🥉 Bob — 0 points (0/2 right)") {
		t.Errorf("podium = %q with %d files; want Bob third and the chart", podium.Text(), len(podium.Files))
	}
	// The private results come from the outbox, apart from the podium.
	eventually(t, "three private results", func() bool {
		n := 0
		for _, k := range kids {
			n += len(g.discord.Channel("dm-" + k.ID))
		}
		return n >= len(kids)
	})
	for _, k := range kids {
		dm := g.discord.Channel("dm-" + k.ID)
		want := "2 of 2 questions right, place 1 of 3."
		if k.ID == bob.ID {
			want = "0 of 2 questions right, place 3 of 3."
		}
		if len(dm) != 1 || !strings.Contains(dm[0].Text(), want) {
			var texts []string
			for _, m := range dm {
				texts = append(texts, m.Text())
			}
			t.Errorf("%s's DMs = %q; want one with %q", k.Name, texts, want)
		}
	}
	if _, ok := g.withText(0, "could not send"); ok {
		t.Errorf("the channel says a result could not be sent:\n%s", g.channelText())
	}

	db, err := sql.Open("sqlite", g.path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT u.platform_id, count(*), sum(a.correct) FROM attempts a JOIN users u ON u.id = a.user_id
		GROUP BY u.platform_id ORDER BY u.platform_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string][2]int{}
	total := 0
	for rows.Next() {
		var who string
		var n, right int
		if err := rows.Scan(&who, &n, &right); err != nil {
			t.Fatal(err)
		}
		got[who] = [2]int{n, right}
		total += n
	}
	want := map[string][2]int{alice.ID: {2, 2}, bob.ID: {2, 0}, carol.ID: {2, 2}}
	if total != len(kids)*2 || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("attempts (user: rows, right) = %v, %d rows; want %v, %d rows", got, total, want, len(kids)*2)
	}
}
