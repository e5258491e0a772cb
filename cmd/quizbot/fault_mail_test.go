package main

import (
	"encoding/hex"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"quizbot/bot/discord/discordtest"
)

// TestFaultClassResultsSurviveKill: a class of 300 students on Discord
// (HTTP interactions, 30 ms per REST call) ends with the last answer; its
// private results are on their way when the process is killed with
// SIGKILL. After a restart every student who can be reached has exactly one
// result, and the class is told, once, how many could not be: five have
// direct messages closed (Discord refuses with 403, for good).
func TestFaultClassResultsSurviveKill(t *testing.T) {
	if testing.Short() {
		t.Skip("plays a class of 300 against a real quizbot process")
	}
	const (
		students = 300
		refused  = 5
	)
	dbPath := filepath.Join(t.TempDir(), "q.db")
	if _, errOut, code := run(t, map[string]string{"QUIZBOT_DB": dbPath}, "", "chat"); code != 0 {
		t.Fatalf("seed: %s", errOut)
	}
	fake := discordtest.New()
	defer fake.Close()
	env := []string{"QUIZBOT_DB=" + dbPath, "QUIZBOT_DISCORD_PUBLIC_KEY=" + hex.EncodeToString(fake.PublicKey),
		"QUIZBOT_DISCORD_APP_ID=" + fake.AppID, "QUIZBOT_DISCORD_TOKEN=" + fake.Token, "QUIZBOT_DISCORD_API_URL=" + fake.URL,
		"QUIZBOT_LOG_LEVEL=info"}
	p := startServe(t, env)

	where := discordtest.Where{Guild: "900", Channel: "5000"}
	teacher := discordtest.Member{ID: "1", Name: "host", Admin: true}
	kid := func(k int) discordtest.Member {
		return discordtest.Member{ID: fmt.Sprintf("7%05d", k), Name: fmt.Sprintf("Student%03d", k)}
	}
	dmPath := func(k int) string { return "/channels/dm-" + kid(k).ID + "/messages" }
	for k := 0; k < refused; k++ {
		fake.Fail("POST", dmPath(k), 100, 403, `{"code": 50007, "message": "Cannot send messages to this user"}`)
	}
	post := func(in *discordtest.Interaction) {
		if rep, err := fake.Post(p.endpoint, in); err != nil || rep.Status != 200 {
			t.Errorf("post to %s: %v, %+v", p.endpoint, err, rep)
		}
	}
	// each runs f for every student, sixteen at a time.
	each := func(f func(k int)) {
		var wg sync.WaitGroup
		sem := make(chan struct{}, 16)
		for k := range students {
			wg.Add(1)
			sem <- struct{}{}
			go func() { defer wg.Done(); defer func() { <-sem }(); f(k) }()
		}
		wg.Wait()
	}
	find := func(sub string) discordtest.Message {
		t.Helper()
		for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
			for _, m := range fake.Channel(where.Channel) {
				if strings.Contains(m.Text(), sub) {
					return m
				}
			}
		}
		t.Fatalf("no message with %q; log:\n%s", sub, p.log)
		return discordtest.Message{}
	}

	post(fake.Command(where, teacher, "class", discordtest.Sub("start", discordtest.Int("count", 1), discordtest.Int("seconds", 120))))
	lobby := find("🎓 Class quiz")
	ids := customIDs(lobby)
	each(func(k int) { post(fake.Click(where, kid(k), lobby.ID, ids[0])) })
	post(fake.Click(where, teacher, lobby.ID, ids[1]))
	question := find("❓")
	fake.SetLatency(30 * time.Millisecond)
	options := customIDs(question)
	each(func(k int) { post(fake.Click(where, kid(k), question.ID, options[k%len(options)])) })
	find("🏁 Class over")
	over := time.Now()

	// dms counts the private messages each student got, and the posts
	// Discord refused.
	dms := func() (got map[int]int, total int) {
		got = map[int]int{}
		for k := range students {
			if n := len(fake.Channel("dm-" + kid(k).ID)); n > 0 {
				got[k] = n
				total += n
			}
		}
		return got, total
	}
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(2 * time.Millisecond) {
		if _, n := dms(); n >= 100 {
			break
		}
	}
	p.cmd.Process.Kill() // SIGKILL, deliveries under way
	<-p.exited
	_, atKill := dms()
	t.Logf("killed %v after the podium, with %d of %d private results delivered", time.Since(over).Round(time.Millisecond), atKill, students-refused)
	if atKill >= students-refused {
		t.Fatalf("every result was out before the kill (%d): the test killed nothing mid-delivery", atKill)
	}

	restarted := time.Now()
	p = startServe(t, env)
	reachable := students - refused
	for end := time.Now().Add(60 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if _, n := dms(); n >= reachable && strings.Contains(channelText(fake, where.Channel), "could not send") {
			break
		}
	}
	done := time.Since(restarted)
	time.Sleep(500 * time.Millisecond) // a duplicate, if any, would come now
	got, total := dms()
	t.Logf("after the restart: %d private results for %d students and the notice within %v", total, len(got), done.Round(time.Millisecond))
	// A result marked "sending" when the process died is left in doubt and
	// not sent again (the outbox sends at most once): it may or may not have
	// arrived. The restart says how many; only those may be missing.
	inDoubt := 0
	if m := regexp.MustCompile(`in doubt[^\n]*mails=(\d+)`).FindStringSubmatch(p.log.String()); m != nil {
		inDoubt, _ = strconv.Atoi(m[1])
	}
	missing := 0
	for k := range students {
		want := 1
		if k < refused {
			want = 0
		}
		switch {
		case got[k] == 0 && want == 1:
			missing++
			if missing > inDoubt {
				t.Errorf("%s got no private result, and only %d results were left in doubt by the kill", kid(k).Name, inDoubt)
			}
		case got[k] != want:
			t.Errorf("%s got %d private results; want %d", kid(k).Name, got[k], want)
		}
	}
	t.Logf("%d results left in doubt by the kill, %d of them never arrived", inDoubt, missing)
	if n := strings.Count(channelText(fake, where.Channel), "could not send"); n != 1 {
		t.Errorf("the class was told %d times that results could not be sent; want once:\n%s", n, channelText(fake, where.Channel))
	}
	if !strings.Contains(channelText(fake, where.Channel), fmt.Sprintf("could not send %d students their result privately", refused)) {
		t.Errorf("the notice does not name %d students:\n%s", refused, channelText(fake, where.Channel))
	}
	if strings.Count(p.log.String(), "in doubt") > 0 {
		t.Logf("log of the restart:\n%s", p.log)
	}
}

func channelText(fake *discordtest.Server, channel string) string {
	var b strings.Builder
	for _, m := range fake.Channel(channel) {
		b.WriteString(m.Text() + "\n")
	}
	return b.String()
}
