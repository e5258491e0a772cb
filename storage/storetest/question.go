package storetest

import (
	"fmt"
	"testing"

	"quizbot/quiz"
)

func testSaveTopicIsIdempotent(t *testing.T, s *suite) {
	qs := sampleQuestions()
	added, err := s.db.SaveTopic(ctx, "Wars", "wars.txt", qs)
	if err != nil || added != 3 {
		t.Fatalf("SaveTopic = %d, %v; want 3, nil", added, err)
	}
	added, err = s.db.SaveTopic(ctx, "wars", "wars.txt", qs)
	if err != nil || added != 0 {
		t.Fatalf("second SaveTopic = %d, %v; want 0, nil", added, err)
	}
	topics, err := s.db.Topics(ctx)
	if err != nil || len(topics) != 1 || topics[0].Questions != 3 || topics[0].Name != "Wars" {
		t.Fatalf("Topics = %+v, %v; want Wars with 3 questions", topics, err)
	}
	got, err := s.db.Question(ctx, qs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Stem != qs[0].Stem || len(got.Options) != 4 || got.Answer != "1689" || got.Topic != "Wars" || got.Difficulty != 0.4 {
		t.Errorf("Question = %+v; want the stored question back", got)
	}
	typed, err := s.db.Question(ctx, qs[1].ID)
	if err != nil || typed.Options == nil || len(typed.Options) != 0 || len(typed.Aliases) != 1 {
		t.Errorf("typed Question = %+v, %v; want no options (empty, not nil) and one alias", typed, err)
	}
	if _, err := s.db.Question(ctx, "nope"); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("Question(nope) err = %v; want ENOTFOUND", err)
	}
}

func testSaveTopicRefusesFlawed(t *testing.T, s *suite) {
	qs := sampleQuestions()
	qs[2].Options = []string{"True", "True"}
	if _, err := s.db.SaveTopic(ctx, "Wars", "", qs); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Fatalf("SaveTopic with a flawed question: err = %v; want EINVALID", err)
	}
	if n, _ := s.db.CountQuestions(ctx); n != 0 {
		t.Errorf("CountQuestions = %d after a refused save; want 0", n)
	}
	if _, err := s.db.SaveTopic(ctx, "  ", "", sampleQuestions()); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Errorf("SaveTopic without a name: err = %v; want EINVALID", err)
	}
}

func testImportAllOrNothing(t *testing.T, s *suite) {
	qs := sampleQuestions()
	for i := range qs {
		qs[i].Topic = []string{"A", "B", "a"}[i] // "a" is "A": topic names ignore case
	}
	bad := append([]quiz.Question{}, qs...)
	bad = append(bad, quiz.Question{Kind: quiz.MultipleChoice, Stem: "Broken?", Options: []string{"x", "x"}, Answer: "x", Topic: "C"})
	if _, err := s.db.ImportQuestions(ctx, "bank.gift", bad); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Fatalf("import with a flawed question: %v; want EINVALID", err)
	}
	if n, _ := s.db.CountQuestions(ctx); n != 0 {
		t.Fatalf("questions after a failed import = %d; want 0", n)
	}
	noTopic := append([]quiz.Question{}, qs...)
	noTopic[1].Topic = ""
	if _, err := s.db.ImportQuestions(ctx, "bank.gift", noTopic); quiz.ErrorCode(err) != quiz.EINVALID {
		t.Fatalf("import without a topic: %v; want EINVALID", err)
	}
	added, err := s.db.ImportQuestions(ctx, "bank.gift", qs)
	if err != nil || added != 3 {
		t.Fatalf("import = %d, %v; want 3", added, err)
	}
	if added, err := s.db.ImportQuestions(ctx, "bank.gift", qs); err != nil || added != 0 {
		t.Fatalf("import again = %d, %v; want 0", added, err)
	}
	ts, _ := s.db.Topics(ctx)
	if len(ts) != 2 || ts[0].Name != "A" || ts[0].Questions != 2 || ts[1].Name != "B" {
		t.Errorf("topics = %+v; want A (2 questions) and B", ts)
	}
	if err := s.db.RetireQuestion(ctx, qs[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.db.RetireQuestion(ctx, "nope"); quiz.ErrorCode(err) != quiz.ENOTFOUND {
		t.Errorf("RetireQuestion(nope) = %v; want ENOTFOUND", err)
	}
	all, _ := s.db.ExportQuestions(ctx, "")
	a, _ := s.db.ExportQuestions(ctx, "a")
	if len(all) != 2 || len(a) != 1 || a[0].ID != qs[2].ID {
		t.Errorf("export after retiring one: all %d, A %v", len(all), a)
	}
	if n, _ := s.db.CountQuestions(ctx); n != 2 {
		t.Errorf("CountQuestions after retiring one = %d; want 2", n)
	}
	// The bank's order survives: export lists a topic's questions as stored.
	var bank []quiz.Question
	for i := 0; i < 12; i++ {
		q := quiz.Question{Kind: quiz.FillBlank, Stem: fmt.Sprintf("Gate %d of the town faced the _____.", 11-i),
			Answer: fmt.Sprint("north", i), Explanation: fmt.Sprintf("Gate %d of the town faced the north%d.", 11-i, i), Topic: "Gates"}
		bank = append(bank, q)
	}
	if _, err := s.db.ImportQuestions(ctx, "gates.csv", bank); err != nil {
		t.Fatal(err)
	}
	got, _ := s.db.ExportQuestions(ctx, "Gates")
	if len(got) != len(bank) {
		t.Fatalf("export of Gates = %d questions; want %d", len(got), len(bank))
	}
	for i := range got {
		if got[i].Stem != bank[i].Stem {
			t.Fatalf("export #%d = %q; want %q (the order stored)", i, got[i].Stem, bank[i].Stem)
		}
	}
}

// Candidates come from the topic asked for (any case), in play, and those
// asked lately in the chat come last.
func testCandidates(t *testing.T, s *suite) {
	qs, chat, _, r := s.groupRound(t, 0)
	if err := s.db.RetireQuestion(ctx, qs[2].ID); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 10; i++ {
		got, err := s.db.Candidates(ctx, chat.ID, "wars", 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID != qs[1].ID || got[1].ID != qs[0].ID {
			t.Fatalf("Candidates = %v; want the unasked %s, then the asked %s (the retired one left out)", ids(got), qs[1].ID, qs[0].ID)
		}
	}
	if got, _ := s.db.Candidates(ctx, chat.ID, "Peace", 10); len(got) != 0 {
		t.Errorf("Candidates of another topic = %v; want none", ids(got))
	}
	if got, _ := s.db.Candidates(ctx, chat.ID+1000, "", 1); len(got) != 1 {
		t.Errorf("Candidates limited to 1 = %v", ids(got))
	}
	_ = r
}

func ids(qs []quiz.Question) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.ID)
	}
	return out
}

// testImportUpdatesByRef: a bank question that names a stored question by
// its id (an edited export) replaces it, keeping the id, instead of adding
// a copy; a Ref that names nothing stored is a new question.
func testImportUpdatesByRef(t *testing.T, s *suite) {
	qs := sampleQuestions()
	for i := range qs {
		qs[i].Topic = "A"
	}
	if _, err := s.db.ImportQuestions(ctx, "bank.gift", qs); err != nil {
		t.Fatal(err)
	}
	old := qs[0].ID
	if _, err := s.db.Question(ctx, old); err != nil { // now in the cache too
		t.Fatal(err)
	}
	edit := qs[0]
	edit.Stem = "(Edited) " + edit.Stem
	edit.Explanation = "A better explanation."
	edit.Ref = old
	edit.ID = quiz.QuestionID(edit.Kind, edit.Stem, edit.Answer, edit.Options)
	fresh := qs[1]
	fresh.Stem = "A new question with an unknown id?"
	fresh.Ref = "ffffffffffff"
	fresh.ID = quiz.QuestionID(fresh.Kind, fresh.Stem, fresh.Answer, fresh.Options)
	added, updated, err := s.db.ImportBank(ctx, "bank.gift", []quiz.Question{edit, fresh})
	if err != nil || added != 1 || updated != 1 {
		t.Fatalf("ImportBank = %d added, %d updated, %v; want 1 and 1", added, updated, err)
	}
	got, err := s.db.Question(ctx, old)
	if err != nil || got.Stem != edit.Stem || got.Explanation != edit.Explanation {
		t.Errorf("question %s after the edit = %+v, %v; want the edited text", old, got, err)
	}
	if n, _ := s.db.CountQuestions(ctx); n != len(qs)+1 {
		t.Errorf("questions = %d; want %d (the edit adds none, the new one one)", n, len(qs)+1)
	}
}
