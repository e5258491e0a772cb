package postgres_test

import (
	"testing"
	"time"

	"quizbot/storage/postgres/pgtest"
	"quizbot/storage/storetest"
)

// TestStore holds the PostgreSQL store to the behaviour every store shares,
// each test on a fresh schema of the server QUIZBOT_TEST_POSTGRES names.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) storetest.Store {
		db := pgtest.Open(t)
		db.Now = now
		return db
	})
}
