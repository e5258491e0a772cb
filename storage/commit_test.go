package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
)

// The group commit on its own: every caller hears "done" only for work that
// is in the database, whatever happened to the others of its batch.

func openCommit(t *testing.T) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "commit.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// put is a piece that stores key=value in the state table.
func put(key string) func(tx *sql.Tx) error {
	return func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO state (key, value) VALUES (?, 'v')`, key)
		return err
	}
}

func stored(t *testing.T, db *DB, key string) bool {
	t.Helper()
	v, err := db.State(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	return v != ""
}

func piece(ctx context.Context, fn func(tx *sql.Tx) error, after func()) *groupReq {
	return &groupReq{ctx: ctx, fn: fn, after: after}
}

// TestFaultCommitCancelledAlone: a piece whose caller gave up before its
// turn, alone in its batch, is not run and its caller hears the cancellation,
// not success; its after hook (the in-memory board) does not run.
func TestFaultCommitCancelledAlone(t *testing.T) {
	db := openCommit(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ran, after := false, false
	err := db.group.do(ctx, func(tx *sql.Tx) error { ran = true; return put("k")(tx) }, func() { after = true })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("do with a cancelled context = %v; want context.Canceled", err)
	}
	if ran || after || stored(t, db, "k") {
		t.Errorf("cancelled piece: ran %v, after %v, stored %v; want none", ran, after, stored(t, db, "k"))
	}
}

// TestFaultCommitCancelledInBatch: in a batch, the cancelled piece alone is
// skipped; the others commit and hear success.
func TestFaultCommitCancelledInBatch(t *testing.T) {
	db := openCommit(t)
	gone, cancel := context.WithCancel(context.Background())
	cancel()
	var afters atomic.Int32
	batch := []*groupReq{
		piece(context.Background(), put("a"), func() { afters.Add(1) }),
		piece(gone, put("b"), func() { afters.Add(10) }),
		piece(context.Background(), put("c"), func() { afters.Add(1) }),
	}
	db.group.exclusive(func() { db.group.commit(batch) })
	if batch[0].err != nil || batch[2].err != nil || !errors.Is(batch[1].err, context.Canceled) {
		t.Errorf("outcomes = %v, %v, %v; want nil, Canceled, nil", batch[0].err, batch[1].err, batch[2].err)
	}
	if !stored(t, db, "a") || stored(t, db, "b") || !stored(t, db, "c") {
		t.Errorf("stored a, b, c = %v, %v, %v; want true, false, true", stored(t, db, "a"), stored(t, db, "b"), stored(t, db, "c"))
	}
	if afters.Load() != 2 {
		t.Errorf("after hooks = %d; want the two committed pieces' only", afters.Load())
	}
}

// TestFaultCommitErrorInSavepoint: a piece that fails after writing is
// undone alone, its own error reported; the batch's other pieces commit.
func TestFaultCommitErrorInSavepoint(t *testing.T) {
	db := openCommit(t)
	boom := errors.New("boom")
	batch := []*groupReq{
		piece(context.Background(), put("a"), nil),
		piece(context.Background(), func(tx *sql.Tx) error {
			if err := put("b")(tx); err != nil {
				return err
			}
			return boom // after a write: the savepoint must undo it
		}, nil),
		piece(context.Background(), put("a"), nil), // a constraint error: key a exists
		piece(context.Background(), put("d"), nil),
	}
	db.group.exclusive(func() { db.group.commit(batch) })
	if batch[0].err != nil || !errors.Is(batch[1].err, boom) || batch[2].err == nil || batch[3].err != nil {
		t.Errorf("outcomes = %v, %v, %v, %v; want nil, boom, a constraint error, nil", batch[0].err, batch[1].err, batch[2].err, batch[3].err)
	}
	if !stored(t, db, "a") || stored(t, db, "b") || !stored(t, db, "d") {
		t.Errorf("stored a, b, d = %v, %v, %v; want true, false, true", stored(t, db, "a"), stored(t, db, "b"), stored(t, db, "d"))
	}
}

// TestFaultCommitFails: when the COMMIT itself fails (here a deferred
// foreign key that does not hold), every piece hears the failure, none is
// stored, no after hook runs, and the next batch commits normally.
func TestFaultCommitFails(t *testing.T) {
	db := openCommit(t)
	var afters atomic.Int32
	orphan := func(tx *sql.Tx) error {
		if _, err := tx.Exec(`PRAGMA defer_foreign_keys = ON`); err != nil {
			return err
		}
		// A member of a class that does not exist: refused only at COMMIT.
		_, err := tx.Exec(`INSERT INTO class_members (class_id, user_id, joined_at) VALUES (987654, 987654, '')`)
		return err
	}
	batch := []*groupReq{
		piece(context.Background(), put("a"), func() { afters.Add(1) }),
		piece(context.Background(), orphan, func() { afters.Add(1) }),
	}
	db.group.exclusive(func() { db.group.commit(batch) })
	for i, r := range batch {
		if r.err == nil {
			t.Errorf("piece %d of a batch whose commit failed heard success", i)
		}
	}
	if stored(t, db, "a") || afters.Load() != 0 {
		t.Errorf("after a failed commit: a stored %v, after hooks %d; want false, 0", stored(t, db, "a"), afters.Load())
	}
	if err := db.group.do(context.Background(), put("later"), nil); err != nil || !stored(t, db, "later") {
		t.Errorf("the next commit = %v (stored %v); want it to work", err, stored(t, db, "later"))
	}
}

// TestFaultCommitManyCallers: many callers at once, some cancelled, some
// failing: each hears exactly its own outcome, and what is stored is
// exactly what was reported stored.
func TestFaultCommitManyCallers(t *testing.T) {
	db := openCommit(t)
	const n = 400
	var wg sync.WaitGroup
	errs := make([]error, n)
	afters := make([]atomic.Bool, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx := context.Background()
			if i%7 == 0 {
				c, cancel := context.WithCancel(ctx)
				cancel()
				ctx = c
			}
			fn := put(fmt.Sprint("k", i))
			if i%5 == 0 {
				fn = func(tx *sql.Tx) error { _ = put(fmt.Sprint("k", i))(tx); return errors.New("refused") }
			}
			errs[i] = db.group.do(ctx, fn, func() { afters[i].Store(true) })
		}()
	}
	wg.Wait()
	ok := 0
	for i := 0; i < n; i++ {
		key := fmt.Sprint("k", i)
		want := i%7 != 0 && i%5 != 0
		if (errs[i] == nil) != want || stored(t, db, key) != want || afters[i].Load() != want {
			t.Errorf("caller %d: err %v, stored %v, after %v; want success %v", i, errs[i], stored(t, db, key), afters[i].Load(), want)
		}
		if errs[i] == nil {
			ok++
		}
	}
	t.Logf("%d callers: %d stored", n, ok)
}
