package discord

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"quizbot/bot/bottest"
	"quizbot/bot/discord/discordtest"
	"quizbot/quiz"
)

// TestFaultAnswerBurst: a class of students joins within one second, the
// teacher starts it, and for each of three questions every student presses
// an option within one second of it being shown, while every Discord REST
// call takes 100 ms; through the signed HTTP endpoint and through the
// gateway (where the first response is itself a REST call). Every join is
// stored within 2 s of the first press; every student sees their verdict
// (the ephemeral first response to the press, or its followup if the press
// had to be deferred) within 3 s of pressing; every answer is stored within
// 3 s of the question's first press, and the reveal counts them all; at the
// end each student gets their own result privately, from the outbox.
//
// 300 students with QUIZBOT_LOAD=full, 100 by default, so that the whole
// suite stays quick and reliable under the race detector on a small
// machine.
func TestFaultAnswerBurst(t *testing.T) {
	students := 100
	if os.Getenv("QUIZBOT_LOAD") == "full" {
		students = 300
	}
	t.Run("http", func(t *testing.T) { answerBurst(t, false, students) })
	t.Run("gateway", func(t *testing.T) { answerBurst(t, true, students) })
}

func answerBurst(t *testing.T, gateway bool, students int) {
	const questions = 3
	b := newBurst(t, gateway, discordtest.Str("topic", "Science"), discordtest.Int("count", questions), discordtest.Int("seconds", 30))
	h := b.h
	js := b.joinAll(students)
	t.Logf("%s: %d joins in 1 s at %v latency: all stored after %v; press to answer p50 %v, p99 %v, max %v; %d not answered at once",
		b.path(), students, burstLatency, js.allStored.Round(time.Millisecond), js.p50.Round(time.Millisecond),
		js.p99.Round(time.Millisecond), js.worst.Round(time.Millisecond), js.deferred)
	if !raceBuild && js.allStored > 2*time.Second {
		t.Errorf("the last join was stored %v after the first press; want within 2 s", js.allStored)
	}

	begin, _ := buttonFor(b.lobby, "▶️ Start")
	if _, text, _ := b.press(h.discord.Click(guild, teacher, b.lobby.ID, begin)); !strings.Contains(text, fmt.Sprintf("Starting with %d students", students)) {
		t.Fatalf("the teacher's Start answered %q", text)
	}

	var all []time.Duration
	for qi := 1; qi <= questions; qi++ {
		msg, q := b.question(qi, questions)
		var buttons []discordtest.Button
		for _, row := range msg.Buttons {
			buttons = append(buttons, row...)
		}
		if len(buttons) < 2 {
			t.Fatalf("Q%d has buttons %v; want its options", qi, msg.Buttons)
		}
		stored := func() int { return b.count(`SELECT count(*) FROM attempts WHERE seq = ?`, qi-1) }
		type verdict struct {
			elapsed time.Duration
			text    string
		}
		got := make([]verdict, students)
		start := time.Now()
		var wg sync.WaitGroup
		for i := range students {
			pick := buttons[i%len(buttons)]
			in := h.discord.Click(guild, student(i), msg.ID, pick.CustomID)
			wg.Add(1)
			go func() {
				defer wg.Done()
				time.Sleep(time.Duration(i) * time.Second / time.Duration(students)) // all within one second
				text, elapsed := b.verdict(in)
				got[i] = verdict{elapsed, text}
			}()
		}
		allStored := bottest.TimeToCount(start, 60*time.Second, students, stored)
		wg.Wait()
		if allStored == 0 {
			t.Fatalf("Q%d: answers stored after 60 s: %d of %d", qi, stored(), students)
		}
		if n := stored(); n != students {
			t.Errorf("Q%d: %d answers stored; want %d, one per student", qi, n, students)
		}
		var lat []time.Duration
		late, wrong := 0, 0
		for i, v := range got {
			lat = append(lat, v.elapsed)
			if v.elapsed > 3*time.Second {
				late++
			}
			right := buttons[i%len(buttons)].Label == q.Answer
			if want := map[bool]string{true: "✅", false: "❌"}[right]; !strings.HasPrefix(v.text, want) {
				if wrong++; wrong <= 3 {
					t.Errorf("Q%d: student %d pressed %q and saw %q; want a verdict starting %s", qi, i, buttons[i%len(buttons)].Label, v.text, want)
				}
			}
		}
		all = append(all, lat...)
		p50, p99, worst := pctl(lat)
		t.Logf("%s Q%d: %d presses in 1 s: press to verdict p50 %v, p99 %v, max %v, %d after 3 s; all stored after %v",
			b.path(), qi, students, p50.Round(time.Millisecond), p99.Round(time.Millisecond), worst.Round(time.Millisecond), late,
			allStored.Round(time.Millisecond))
		if wrong > 0 {
			t.Errorf("Q%d: %d of %d presses saw no verdict or the wrong one", qi, wrong, students)
		}
		if !raceBuild && late > 0 {
			t.Errorf("Q%d: %d of %d verdicts came after 3 s (max %v); want every one within 3 s", qi, late, students, worst)
		}
		if !raceBuild && allStored > 3*time.Second {
			t.Errorf("Q%d: the last answer was stored %v after the first press; want within 3 s", qi, allStored)
		}
		reveal := fmt.Sprintf("📊 %d of %d students answered.", students, students)
		if _, ok := b.waitChannel(reveal, 10*time.Second); !ok {
			t.Fatalf("Q%d: no reveal with %q:\n%s", qi, reveal, b.channelTail())
		}
	}
	p50, p99, worst := pctl(all)
	t.Logf("%s: %d verdicts over %d questions: press to verdict p50 %v, p99 %v, max %v",
		b.path(), len(all), questions, p50.Round(time.Millisecond), p99.Round(time.Millisecond), worst.Round(time.Millisecond))

	podium := fmt.Sprintf("🏁 Class over: %d questions, %d students.", questions, students)
	if _, ok := b.waitChannel(podium, 10*time.Second); !ok {
		t.Fatalf("no podium %q:\n%s", podium, b.channelTail())
	}
	// Each student's own result comes from the outbox, a few at a time,
	// each a DM channel opened and a message, at 100 ms a call.
	ended := time.Now()
	results := func() (n int) {
		for i := range students {
			for _, m := range h.discord.Channel("dm-" + student(i).ID) {
				if strings.HasPrefix(m.Text(), "🎓 Your class quiz") {
					n++
				}
			}
		}
		return n
	}
	for deadline := ended.Add(2 * time.Minute); results() < students && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
	}
	delivered := time.Since(ended)
	n := results()
	t.Logf("%s: %d of %d private results delivered %v after the podium", b.path(), n, students, delivered.Round(time.Millisecond))
	if n != students {
		t.Errorf("private results delivered = %d; want %d, one per student", n, students)
	}
	if _, ok := b.waitChannel("could not send", 0); ok {
		t.Errorf("the channel says results could not be sent:\n%s", b.channelTail())
	}
}

// verdict presses as a student and returns the first reply the student
// sees with something in it (the verdict: the first response, or the
// followup after a deferral), and how long after the press it came.
func (b *burst) verdict(in *discordtest.Interaction) (string, time.Duration) {
	replied := b.h.discord.Replied(in.ID)
	at := time.Now()
	if b.gateway {
		if err := b.h.discord.Dispatch(in); err != nil {
			b.t.Errorf("dispatch: %v", err)
			return "", 0
		}
	} else if _, err := b.h.discord.Post(b.h.endpoint, in); err != nil {
		b.t.Errorf("post interaction: %v", err)
		return "", 0
	}
	select {
	case <-replied:
	case <-time.After(30 * time.Second):
		return "", time.Since(at)
	}
	elapsed := time.Since(at)
	got := b.h.discord.Interaction(in.ID)
	switch {
	case got.Original != nil && !got.Original.Deferred:
		return got.Original.Text(), elapsed
	case len(got.Followups) > 0:
		return got.Followups[0].Text(), elapsed
	}
	return "", elapsed
}

// question waits for the channel message of question n of the class and
// returns it with the seeded question it asks.
func (b *burst) question(n, of int) (discordtest.Message, quiz.Question) {
	b.t.Helper()
	msg, ok := b.waitChannel(fmt.Sprintf("❓ Question %d/%d", n, of), 30*time.Second)
	if !ok {
		b.t.Fatalf("question %d never came:\n%s", n, b.channelTail())
	}
	for _, q := range b.qs {
		if strings.Contains(msg.Text(), q.Stem+"\n") {
			return msg, q
		}
	}
	b.t.Fatalf("question message %q asks no seeded question", msg.Text())
	return msg, quiz.Question{}
}

// waitChannel waits up to d for a channel message containing sub.
func (b *burst) waitChannel(sub string, d time.Duration) (discordtest.Message, bool) {
	for deadline := time.Now().Add(d); ; time.Sleep(10 * time.Millisecond) {
		for _, m := range b.h.discord.Channel(guild.Channel) {
			if strings.Contains(m.Text(), sub) {
				return m, true
			}
		}
		if time.Now().After(deadline) {
			return discordtest.Message{}, false
		}
	}
}

// channelTail is the last messages of the class's channel, for failures.
func (b *burst) channelTail() string {
	msgs := b.h.discord.Channel(guild.Channel)
	var out []string
	for _, m := range msgs[max(0, len(msgs)-8):] {
		out = append(out, m.Text())
	}
	return strings.Join(out, "\n---\n")
}
