package storage_test

import (
	"path/filepath"
	"testing"
	"time"

	"quizbot/storage"
	"quizbot/storage/storetest"
)

// TestStore holds the SQLite store to the behaviour every store shares.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) storetest.Store {
		db, err := storage.Open(filepath.Join(t.TempDir(), "quiz.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		db.Now = now
		return db
	})
}
