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
// caller replies to anyone. On a quiet database a group is one piece, and
// costs about what a transaction of its own would.
type group struct {
	db   *DB
	reqs chan *groupReq
	stop chan struct{}
	done sync.WaitGroup
}

type groupReq struct {
	ctx context.Context
	fn  func(tx *sql.Tx) error
	err chan error
}

func (g *group) start(db *DB) {
	g.db, g.reqs, g.stop = db, make(chan *groupReq), make(chan struct{})
	g.done.Add(1)
	go g.loop()
}

func (g *group) close() {
	if g.stop != nil {
		close(g.stop)
		g.done.Wait()
	}
}

// errClosed is returned for work sent after Close.
var errClosed = errors.New("storage: database closed")

// do runs fn in the next group and waits for the group's commit.
func (g *group) do(ctx context.Context, fn func(tx *sql.Tx) error) error {
	r := &groupReq{ctx: ctx, fn: fn, err: make(chan error, 1)}
	select {
	case g.reqs <- r:
	case <-g.stop:
		return errClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	return <-r.err
}

func (g *group) loop() {
	defer g.done.Done()
	for {
		var batch []*groupReq
		select {
		case r := <-g.reqs:
			batch = append(batch, r)
		case <-g.stop:
			return
		}
	fill:
		for len(batch) < maxGroup {
			select {
			case r := <-g.reqs:
				batch = append(batch, r)
			default:
				break fill
			}
		}
		g.commit(batch)
	}
}

// commit runs a batch in one transaction, each piece in a savepoint.
func (g *group) commit(batch []*groupReq) {
	errs := make([]error, len(batch))
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
				return err
			}
			if errs[i] = r.fn(tx); errs[i] != nil {
				if _, err := tx.Exec("ROLLBACK TO " + sp); err != nil {
					return err
				}
			}
			if _, err := tx.Exec("RELEASE " + sp); err != nil {
				return err
			}
		}
		return nil
	})
	for i, r := range batch {
		switch {
		case len(batch) == 1:
			r.err <- err
		case err != nil:
			r.err <- err
		default:
			r.err <- errs[i]
		}
	}
}
