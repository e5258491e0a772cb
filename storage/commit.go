package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// maxGroup is the most answers one transaction commits together.
const maxGroup = 64

// group commits work that arrives together in one transaction. Each piece
// runs inside its own savepoint, so one that fails is undone alone; all
// learn the outcome only after the commit, so each is durable before its
// caller replies to anyone.
//
// There is no committer goroutine: a caller queues its piece, then takes
// the commit lock, and whoever holds it commits everything queued so far.
// A caller whose piece was committed by someone else meanwhile just reads
// its result. On a quiet database a piece is committed by its own caller
// in its own transaction, with no hand-off between goroutines.
type group struct {
	db *DB

	mu     sync.Mutex // guards queue and closed
	queue  []*groupReq
	closed bool

	commitMu sync.Mutex // held by the caller committing a batch
}

type groupReq struct {
	ctx   context.Context
	fn    func(tx *sql.Tx) error
	after func() // run after a successful commit, under commitMu; may be nil
	done  bool   // set, under commitMu, once err is final
	err   error  // the piece's outcome
}

// errClosed is returned for work sent after Close.
var errClosed = errors.New("storage: database closed")

func (g *group) start(db *DB) { g.db = db }

// close refuses new work and returns once the batch being committed, if
// any, is done.
func (g *group) close() {
	g.mu.Lock()
	g.closed = true
	g.mu.Unlock()
	g.exclusive(func() {})
}

// do runs fn in the next group and waits for the group's commit. If the
// piece is committed, after (when not nil) runs right then, before any
// later commit: in-memory copies of the data follow the commit order.
func (g *group) do(ctx context.Context, fn func(tx *sql.Tx) error, after func()) error {
	r := &groupReq{ctx: ctx, fn: fn, after: after}
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return errClosed
	}
	g.queue = append(g.queue, r)
	g.mu.Unlock()

	g.commitMu.Lock()
	defer g.commitMu.Unlock()
	for !r.done {
		g.mu.Lock()
		n := min(len(g.queue), maxGroup)
		batch := g.queue[:n:n]
		g.queue = g.queue[n:]
		g.mu.Unlock()
		g.commit(batch)
	}
	return r.err
}

// commit runs a batch in one transaction, each piece in a savepoint. A
// piece hears success only if it ran without error and the transaction
// committed: a piece skipped because its caller gave up (its context ended
// before its turn) hears that, even when the transaction commits the others,
// or nothing at all.
func (g *group) commit(batch []*groupReq) {
	errs := make([]error, len(batch))
	defer func() {
		// A piece that panicked must not leave the others of its batch
		// waiting for an outcome that never comes.
		if p := recover(); p != nil {
			for _, r := range batch {
				if !r.done {
					r.err, r.done = fmt.Errorf("group commit: a piece of the batch panicked: %v", p), true
				}
			}
			panic(p)
		}
	}()
	err := g.db.update(context.Background(), func(tx *sql.Tx) error {
		for i, r := range batch {
			if err := r.ctx.Err(); err != nil {
				errs[i] = err
				continue
			}
			if len(batch) == 1 {
				errs[i] = r.fn(tx)
				return errs[i]
			}
			sp := fmt.Sprintf("a%d", i)
			if _, err := tx.Exec("SAVEPOINT " + sp); err != nil {
				return fmt.Errorf("savepoint: %w", err)
			}
			if errs[i] = r.fn(tx); errs[i] != nil {
				if _, err := tx.Exec("ROLLBACK TO " + sp); err != nil {
					return fmt.Errorf("rollback to savepoint: %w", err)
				}
			}
			if _, err := tx.Exec("RELEASE " + sp); err != nil {
				return fmt.Errorf("release savepoint: %w", err)
			}
		}
		return nil
	})
	for i, r := range batch {
		switch {
		case errs[i] != nil:
			r.err = errs[i] // its own failure, or its context's end
		case err != nil:
			r.err = err // ran, but the transaction did not commit
		default:
			r.err = nil
		}
		r.done = true
		if r.err == nil && r.after != nil {
			r.after()
		}
	}
}

// exclusive runs f while no batch is being committed: f sees every commit
// whose after hooks have run, and no other.
func (g *group) exclusive(f func()) {
	g.commitMu.Lock()
	defer g.commitMu.Unlock()
	f()
}
