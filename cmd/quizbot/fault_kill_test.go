package main

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"quizbot/bot/telegram/telegramtest"
)

// TestFaultKillMidRound: a group plays a round of 4 questions through the
// Telegram fake, 12 players answering each. During question 2, with
// answers flowing, the process is killed with SIGKILL and started again
// on the same database. The round must finish: every question revealed
// exactly once, one end of round; every answer the bot acknowledged (a
// verdict on the press) stored, none stored twice, none without a press.
func TestFaultKillMidRound(t *testing.T) {
	if testing.Short() {
		t.Skip("plays a round across a kill and a restart")
	}
	const (
		token     = "123456:test-token-ABC"
		questions = 4
		players   = 12
		seconds   = 6
	)
	dbPath := t.TempDir() + "/q.db"
	if _, errOut, code := run(t, map[string]string{"QUIZBOT_DB": dbPath}, "", "chat"); code != 0 {
		t.Fatalf("seed: %s", errOut)
	}
	fake := telegramtest.New(token).Start()
	defer fake.Close()
	env := []string{"QUIZBOT_DB=" + dbPath, "QUIZBOT_TELEGRAM_TOKEN=" + token, "QUIZBOT_TELEGRAM_API_URL=" + fake.URL,
		"QUIZBOT_LOG_LEVEL=info"}
	p := startServe(t, env)

	group := telegramtest.Chat{ID: -1001234, Type: "supergroup", Title: "Kill test"}
	host := telegramtest.User{ID: 5000, FirstName: "Host"}
	fake.SetMember(group.ID, host.ID, "administrator")
	var kids []telegramtest.User
	for i := 0; i < players; i++ {
		kids = append(kids, telegramtest.User{ID: int64(5100 + i), FirstName: fmt.Sprintf("P%02d", i)})
	}
	// find waits for the bot's group message with sub, after the first skip.
	find := func(sub string, skip int, within time.Duration) (telegramtest.Message, int, bool) {
		var found telegramtest.Message
		at := -1
		ok := fake.Wait(within, func() bool {
			msgs := fake.BotMessages(group.ID)
			for i := skip; i < len(msgs); i++ {
				if strings.Contains(msgs[i].Text, sub) {
					found, at = msgs[i], i
					return true
				}
			}
			return false
		})
		return found, at, ok
	}
	fake.Send(group, host, fmt.Sprintf("/quiz time %d", seconds))
	if _, _, ok := find(fmt.Sprintf("%d seconds each", seconds), 0, 10*time.Second); !ok {
		t.Fatal("/quiz time was not answered")
	}
	fake.Send(group, host, fmt.Sprintf("/quiz %d", questions))

	type press struct {
		id   string
		user int64
		seq  int
	}
	var (
		mu      sync.Mutex
		presses []press
		typed   int
	)
	rng := rand.New(rand.NewPCG(7, 7))
	killed := false
	skip := 0
	for seq := 0; seq < questions; seq++ {
		qm, at, ok := find(fmt.Sprintf("Question %d/%d", seq+1, questions), skip, 30*time.Second)
		if !ok {
			t.Fatalf("question %d never came; log:\n%s", seq+1, p.log)
		}
		skip = at + 1
		var wg sync.WaitGroup
		for k, kid := range kids {
			delay := time.Duration(rng.Int64N(int64(2 * time.Second)))
			var data string
			var buttons []telegramtest.Button
			for _, row := range qm.Buttons {
				buttons = append(buttons, row...)
			}
			if len(buttons) > 0 {
				data = buttons[rng.IntN(len(buttons))].Data
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				time.Sleep(delay)
				if data == "" {
					fake.Reply(group, kid, fmt.Sprint("guess ", k), qm.ID)
					mu.Lock()
					typed++
					mu.Unlock()
					return
				}
				id := fake.Press(group, kid, qm.ID, data)
				mu.Lock()
				presses = append(presses, press{id, kid.ID, seq})
				mu.Unlock()
			}()
		}
		if seq == 1 && !killed {
			// Mid-question, with half the answers in: SIGKILL, then the
			// same binary on the same database.
			time.Sleep(time.Second)
			p.cmd.Process.Kill()
			<-p.exited
			killed = true
			t.Logf("killed during question %d", seq+1)
			p = startServe(t, env)
		}
		wg.Wait()
	}
	if _, _, ok := find("Round over", 0, 40*time.Second); !ok {
		t.Fatalf("the round never ended after the restart; log:\n%s", p.log)
	}
	time.Sleep(500 * time.Millisecond) // anything sent twice shows up now

	// Every question revealed once, one end of round.
	reveals, ends := 0, 0
	for _, m := range fake.BotMessages(group.ID) {
		if strings.Contains(m.Text, "The answer:") && !strings.HasPrefix(m.Text, "❓") {
			reveals++
		}
		if strings.Contains(m.Text, "Round over") {
			ends++
		}
	}
	if reveals != questions || ends != 1 {
		t.Errorf("reveals = %d, ends of round = %d; want %d and 1", reveals, ends, questions)
	}

	// Every acknowledged answer stored once.
	raw, err := sql.Open("sqlite", dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	stored := map[[2]int64]int{}
	rows, err := raw.Query(`SELECT u.platform_id, a.seq FROM attempts a JOIN users u ON u.id = a.user_id
		JOIN chats c ON c.id = a.chat_id WHERE c.platform_id = ?`, fmt.Sprint(group.ID))
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for rows.Next() {
		var user, seq int64
		if err := rows.Scan(&user, &seq); err != nil {
			t.Fatal(err)
		}
		stored[[2]int64{user, seq}]++
		total++
	}
	rows.Close()
	verdicts := map[string]string{}
	for _, cb := range fake.Callbacks() {
		verdicts[cb.ID] = cb.Text
	}
	acked, pressed := 0, map[[2]int64]bool{}
	for _, pr := range presses {
		key := [2]int64{pr.user, int64(pr.seq)}
		pressed[key] = true
		v := verdicts[pr.id]
		if strings.HasPrefix(v, "✅") || strings.HasPrefix(v, "❌") {
			acked++
			if stored[key] != 1 {
				t.Errorf("player %d's answer to question %d was acknowledged (%q) but stored %d times", pr.user, pr.seq+1, v, stored[key])
			}
		}
	}
	for key, n := range stored {
		if n > 1 {
			t.Errorf("player %d's answer to question %d stored %d times", key[0], key[1]+1, n)
		}
		if !pressed[key] && typed == 0 {
			t.Errorf("player %d has an answer to question %d stored without a press", key[0], key[1]+1)
		}
	}
	unanswered := 0
	for _, pr := range presses {
		if verdicts[pr.id] == "" {
			unanswered++
		}
	}
	t.Logf("%d presses (%d acknowledged with a verdict, %d never answered), %d typed answers; %d attempts stored; %d reveals",
		len(presses), acked, unanswered, typed, total, reveals)
	if unanswered > 0 {
		t.Errorf("%d presses were never answered, before the kill or after the restart", unanswered)
	}
	if os.Getenv("QUIZBOT_TEST_LOG") != "" {
		t.Logf("log after the restart:\n%s", p.log)
	}
}
