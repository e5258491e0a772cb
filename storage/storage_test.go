package storage_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"quizbot/quiz"
	"quizbot/storage"
)

// open returns a fresh database file in the test's temporary folder with a
// controllable clock.
func open(t testing.TB) (*storage.DB, *time.Time) {
	t.Helper()
	db, err := storage.Open(filepath.Join(t.TempDir(), "quiz.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	return db, &now
}

func sampleQuestions() []quiz.Question {
	qs := []quiz.Question{
		{Kind: quiz.MultipleChoice, Stem: "In what year did the treaty end the war?", Options: []string{"1687", "1688", "1689", "1690"},
			Answer: "1689", Explanation: "The treaty of 1689 ended the war.", Source: "Wars", Difficulty: 0.4, Quality: 0.8},
		{Kind: quiz.FillBlank, Stem: "The fort was built on the _____ River.", Answer: "Amur", Aliases: []string{"Amur River"},
			Explanation: "The fort was built on the Amur River.", Source: "Wars", Difficulty: 0.6, Quality: 0.7},
		{Kind: quiz.TrueFalse, Stem: "The siege lasted five months.", Options: []string{"True", "False"}, Answer: "True",
			Explanation: "The siege lasted five months.", Source: "Wars", Difficulty: 0.3, Quality: 0.6},
	}
	for i := range qs {
		qs[i].ID = quiz.QuestionID(qs[i].Kind, qs[i].Stem, qs[i].Answer, qs[i].Options)
	}
	return qs
}

func TestOpenRefusesAMissingFolder(t *testing.T) {
	_, err := storage.Open(filepath.Join(t.TempDir(), "no", "such", "quiz.db"))
	if quiz.ErrorCode(err) != quiz.EINVALID {
		t.Fatalf("Open in a missing folder: err = %v; want EINVALID with a message", err)
	}
}

func TestOpenRefusesANonDatabaseFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(path, []byte("this is not a database, just some text that is long enough to look like a header"), 0o644)
	if _, err := storage.Open(path); err == nil {
		t.Fatal("Open on a text file succeeded; want an error")
	}
	if b, _ := os.ReadFile(path); string(b[:4]) != "this" {
		t.Error("Open changed the file it refused")
	}
}
