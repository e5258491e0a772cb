package storetest

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"quizbot/quiz"
)

// testMail: mail queued with the end of a round is claimed once each,
// results before their summary, which counts the refused; a failed queue
// leaves the round open; claims of a dead process end in doubt, never
// claimed again.
func testMail(t *testing.T, s *suite) {
	_, chat, _, r := s.groupRound(t, 0)
	tg := []string{"telegram"}
	batch := fmt.Sprintf("class %d", r.ID)
	mail := []quiz.Mail{
		{Batch: batch, ChatID: chat.ID, UserID: "1", Text: "result 1"},
		{Batch: batch, ChatID: chat.ID, UserID: "2", Text: "result 2"},
		{Batch: batch, ChatID: chat.ID, UserID: "3", Text: "result 3"},
		{Batch: batch, ChatID: chat.ID, Text: "could not send %d", Summary: true},
	}

	// All or nothing: mail for no chat fails the whole transaction.
	bad := append([]quiz.Mail{}, mail...)
	bad = append(bad, quiz.Mail{Batch: batch, ChatID: chat.ID + 999, Text: "nobody"})
	if err := s.db.FinishRoundMail(ctx, r, chat.Scope, bad); err == nil {
		t.Fatal("FinishRoundMail with mail for no chat succeeded")
	}
	if open, err := s.db.OpenRound(ctx, chat.ID); err != nil || open == nil {
		t.Fatalf("after a failed FinishRoundMail OpenRound = %v, %v; want the round still open", open, err)
	}
	if m, err := s.db.ClaimMail(ctx, tg, s.now); m != nil || err != nil {
		t.Fatalf("after a failed FinishRoundMail ClaimMail = %+v, %v; want nothing queued", m, err)
	}

	if err := s.db.FinishRoundMail(ctx, r, chat.Scope, mail); err != nil {
		t.Fatal(err)
	}
	if open, err := s.db.OpenRound(ctx, chat.ID); err != nil || open != nil {
		t.Fatalf("after FinishRoundMail OpenRound = %+v, %v; want none", open, err)
	}
	if m, err := s.db.ClaimMail(ctx, []string{"discord"}, s.now); m != nil || err != nil {
		t.Fatalf("ClaimMail for another platform = %+v, %v; want nil", m, err)
	}
	claim := func(at time.Time) *quiz.Mail {
		t.Helper()
		m, err := s.db.ClaimMail(ctx, tg, at)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	var got []*quiz.Mail
	for i := 0; i < 3; i++ {
		m := claim(s.now)
		if m == nil || m.Summary || m.Text != fmt.Sprintf("result %d", i+1) || m.UserID != fmt.Sprint(i+1) || m.Tries != 1 || m.ChatID != chat.ID {
			t.Fatalf("claim %d = %+v; want result %d, first try", i+1, m, i+1)
		}
		if i < 2 {
			if err := s.db.SendingMail(ctx, m.ID, s.now); err != nil {
				t.Fatal(err)
			}
		}
		got = append(got, m)
	}
	if m := claim(s.now); m != nil {
		t.Fatalf("claim while the results are being sent = %+v; want nil (the summary waits)", m)
	}
	later := s.now.Add(time.Minute)
	if err := s.db.SettleMail(ctx, got[0].ID, quiz.MailSent, s.now); err != nil {
		t.Fatal(err)
	}
	if err := s.db.SettleMail(ctx, got[1].ID, quiz.MailFailed, s.now); err != nil {
		t.Fatal(err)
	}
	if err := s.db.SettleMail(ctx, got[2].ID, quiz.MailPending, later); err != nil {
		t.Fatal(err)
	}
	// A settled mail stays settled: a late second settlement changes nothing.
	if err := s.db.SettleMail(ctx, got[0].ID, quiz.MailPending, s.now); err != nil {
		t.Fatal(err)
	}
	if m := claim(s.now); m != nil {
		t.Fatalf("claim before the retry is due = %+v; want nil", m)
	}
	m := claim(later)
	if m == nil || m.ID != got[2].ID || m.Tries != 2 {
		t.Fatalf("claim when the retry is due = %+v; want result 3, second try", m)
	}
	if err := s.db.SettleMail(ctx, m.ID, quiz.MailFailed, s.now); err != nil {
		t.Fatal(err)
	}
	sum := claim(later)
	if sum == nil || !sum.Summary || sum.Failed != 2 || sum.Text != "could not send %d" {
		t.Fatalf("claim after the results settled = %+v; want the summary with 2 refused", sum)
	}
	if m := claim(later); m != nil {
		t.Fatalf("claim after everything was claimed = %+v; want nil", m)
	}
	if err := s.db.SettleMail(ctx, sum.ID, quiz.MailSent, s.now); err != nil {
		t.Fatal(err)
	}

	// The claims of a process that died: a mail it only claimed is
	// pending again; one it was sending is in doubt after the sweep, never
	// claimed again, and its batch's summary goes out.
	r2 := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, State: quiz.Asking, TimeLimit: 30, QuestionIDs: r.QuestionIDs}
	if err := s.db.CreateRound(ctx, r2); err != nil {
		t.Fatal(err)
	}
	b2 := fmt.Sprintf("class %d", r2.ID)
	if err := s.db.FinishRoundMail(ctx, r2, chat.Scope, []quiz.Mail{
		{Batch: b2, ChatID: chat.ID, UserID: "1", Text: "again"},
		{Batch: b2, ChatID: chat.ID, UserID: "2", Text: "prepared"},
		{Batch: b2, ChatID: chat.ID, Text: "%d", Summary: true},
	}); err != nil {
		t.Fatal(err)
	}
	stale, prepared := claim(later), claim(later)
	if stale == nil || stale.Text != "again" || prepared == nil || prepared.Text != "prepared" {
		t.Fatalf("claims = %+v, %+v; want the new results", stale, prepared)
	}
	if err := s.db.SendingMail(ctx, stale.ID, later); err != nil {
		t.Fatal(err)
	}
	if n, err := s.db.SweepMail(ctx, later.Add(-time.Second), time.Time{}); err != nil || n != 0 {
		t.Fatalf("SweepMail of claims before these = %d, %v; want 0", n, err)
	}
	if m := claim(later); m != nil {
		t.Fatalf("claim while two are claimed = %+v; want nil", m)
	}
	if n, err := s.db.SweepMail(ctx, later.Add(time.Second), time.Time{}); err != nil || n != 1 {
		t.Fatalf("SweepMail = %d, %v; want 1 mail in doubt", n, err)
	}
	again := claim(later)
	if again == nil || again.ID != prepared.ID || again.Tries != 2 {
		t.Fatalf("claim after the sweep = %+v; want the mail that was only claimed, second try", again)
	}
	if err := s.db.SettleMail(ctx, again.ID, quiz.MailSent, later); err != nil {
		t.Fatal(err)
	}
	if sum := claim(later); sum == nil || !sum.Summary || sum.Failed != 0 || sum.Batch != b2 {
		t.Fatalf("claim after the sweep = %+v; want the summary of %s with none refused", sum, b2)
	} else if err := s.db.SettleMail(ctx, sum.ID, quiz.MailDropped, later); err != nil {
		t.Fatal(err)
	}
	if m := claim(later.Add(time.Hour)); m != nil {
		t.Fatalf("claim after the sweep = %+v; want nil: mail in doubt is never sent again", m)
	}
	if _, err := s.db.SweepMail(ctx, later, later.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}

	// A guest's mail goes through the guest's platform, not the chat's.
	r3 := &quiz.Round{ChatID: chat.ID, Mode: quiz.ModeQuiz, State: quiz.Asking, TimeLimit: 30, QuestionIDs: r.QuestionIDs}
	if err := s.db.CreateRound(ctx, r3); err != nil {
		t.Fatal(err)
	}
	if err := s.db.FinishRoundMail(ctx, r3, chat.Scope, []quiz.Mail{
		{Batch: "guests", ChatID: chat.ID, UserID: "g1", Platform: "web", Text: "hello guest"}}); err != nil {
		t.Fatal(err)
	}
	if m := claim(later); m != nil {
		t.Fatalf("claim for the chat's platform = %+v; want nil: the mail is for a guest of another platform", m)
	}
	if m, err := s.db.ClaimMail(ctx, []string{"web"}, later); err != nil || m == nil || m.Platform != "web" || m.UserID != "g1" {
		t.Fatalf("claim for the guest's platform = %+v, %v; want the guest's mail", m, err)
	}
}

// testMailClaimedOnce: many workers claim a hundred mails at once; each is
// claimed by exactly one.
func testMailClaimedOnce(t *testing.T, s *suite) {
	_, chat, _, r := s.groupRound(t, 0)
	const n = 100
	var mail []quiz.Mail
	for i := range n {
		mail = append(mail, quiz.Mail{Batch: "b", ChatID: chat.ID, UserID: fmt.Sprint(i), Text: fmt.Sprint(i)})
	}
	if err := s.db.FinishRoundMail(ctx, r, chat.Scope, mail); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	seen := map[int64]int{}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				m, err := s.db.ClaimMail(ctx, []string{"telegram", "discord"}, s.now)
				if err != nil {
					t.Error(err)
					return
				}
				if m == nil {
					return
				}
				mu.Lock()
				seen[m.ID]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(seen) != n {
		t.Errorf("claimed %d distinct mails; want %d", len(seen), n)
	}
	for id, k := range seen {
		if k != 1 {
			t.Errorf("mail %d claimed %d times; want once", id, k)
		}
	}
}
