package storage

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"sync"

	"github.com/hashicorp/golang-lru/v2/simplelru"
)

// A player's rank on a board is one more than the number of players with
// more points. Counted in SQL it costs a step per player above, about 8 ms
// with 100,000 of them, so each board's points are also kept in memory, in
// order, from the first time a rank on it is asked for. Every change to a
// board's points is applied to the copy right after its commit, while the
// commit lock is held. A write to the file by another process (PRAGMA
// data_version on the write connection tells) drops every board, to be
// loaded again.
//
// Loading a board reads every player on it: too long to hold the commit
// lock for, since every answer everywhere waits for that lock. So a board
// is read outside it, and made exact under it afterwards: while a board
// loads, the players whose points change (commits apply their changes
// under the lock) are noted, and before the board is put to use their
// points are read again, under the lock, where no commit runs. A load
// thus holds the lock twice for a moment, not for the whole read.
//
// Boards are kept for the maxBoards scopes asked about last (least recently
// used first out): one per Discord server or Telegram group that asks for
// ranks, which would otherwise stay in memory for every chat that ever
// did. A board dropped is read again on its next rank.

// maxBoards bounds the boards kept in memory.
const maxBoards = 256

// ranks holds the loaded boards.
type ranks struct {
	mu      sync.Mutex
	boards  *simplelru.LRU[string, *board]
	loading map[string]*boardLoad // scopes whose board is being read
	version int64                 // data_version of the write connection when last checked
	epoch   uint64                // counts the times every board was dropped
}

// boardLoad is a board being read: who loads it, which players' points
// changed meanwhile, and when it is done.
type boardLoad struct {
	epoch   uint64
	touched map[int64]bool
	done    chan struct{}
}

// board is one scope's players with points above zero: a player absent
// here has 0 points, which puts nobody below them.
type board struct {
	points map[int64]int
	order  descending
}

// rank is the 1-based rank of a player with the given points on the
// scope's board, read first if it is not in memory.
func (db *DB) rank(ctx context.Context, scope string, points int) (int, error) {
	for {
		var (
			rank int
			load *boardLoad
			wait chan struct{}
			err  error
		)
		db.group.exclusive(func() { rank, load, wait, err = db.ranks.lookup(ctx, db, scope, points) })
		switch {
		case err != nil:
			return 0, err
		case wait != nil: // someone else reads the board: wait for it
			select {
			case <-wait:
				continue
			case <-ctx.Done():
				return 0, ctx.Err()
			}
		case load == nil:
			return rank, nil
		}
		b, err := loadBoard(ctx, db.r, scope)
		db.group.exclusive(func() { rank, err = db.ranks.install(ctx, db, scope, load, b, err, points) })
		return rank, err
	}
}

// lookup ranks points on the scope's board if it is loaded; else it
// returns the load the caller must do, or a load under way to wait for.
// The caller holds the commit lock.
func (rk *ranks) lookup(ctx context.Context, db *DB, scope string, points int) (int, *boardLoad, chan struct{}, error) {
	rk.mu.Lock()
	defer rk.mu.Unlock()
	var version int64
	if err := db.w.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&version); err != nil {
		return 0, nil, nil, err
	}
	if version != rk.version {
		rk.dropAll()
		rk.version = version
	}
	if rk.boards != nil {
		if b, ok := rk.boards.Get(scope); ok {
			return 1 + b.order.above(points), nil, nil, nil
		}
	}
	if l := rk.loading[scope]; l != nil {
		return 0, nil, l.done, nil
	}
	l := &boardLoad{epoch: rk.epoch, touched: map[int64]bool{}, done: make(chan struct{})}
	if rk.loading == nil {
		rk.loading = map[string]*boardLoad{}
	}
	rk.loading[scope] = l
	return 0, l, nil, nil
}

// install makes the board read outside the lock exact and puts it to use,
// then ranks points on it. The caller holds the commit lock.
func (rk *ranks) install(ctx context.Context, db *DB, scope string, l *boardLoad, b *board, loadErr error, points int) (int, error) {
	rk.mu.Lock()
	defer rk.mu.Unlock()
	defer close(l.done)
	if rk.loading[scope] == l {
		delete(rk.loading, scope)
	}
	if loadErr != nil {
		return 0, loadErr
	}
	if l.epoch != rk.epoch {
		// Another process wrote while the board was read: what was read
		// may be older than that write. Count this rank in SQL instead.
		var n int
		err := db.r.QueryRowContext(ctx, `SELECT 1 + COUNT(*) FROM scores WHERE scope = ? AND points > ?`, scope, points).Scan(&n)
		return n, err
	}
	for user := range l.touched {
		var now int
		err := db.r.QueryRowContext(ctx, `SELECT points FROM scores WHERE scope = ? AND user_id = ?`, scope, user).Scan(&now)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return 0, err
		}
		b.set(user, b.points[user], max(now, 0))
	}
	if rk.boards == nil {
		rk.boards, _ = simplelru.NewLRU[string, *board](maxBoards, nil)
	}
	rk.boards.Add(scope, b)
	return 1 + b.order.above(points), nil
}

// dropAll forgets every board and makes loads under way count for nothing.
// Call with rk.mu held.
func (rk *ranks) dropAll() {
	if rk.boards != nil {
		rk.boards.Purge()
	}
	rk.epoch++
}

// loaded is how many boards are in memory, for tests of their bound.
func (rk *ranks) loaded() int {
	rk.mu.Lock()
	defer rk.mu.Unlock()
	if rk.boards == nil {
		return 0
	}
	return rk.boards.Len()
}

func loadBoard(ctx context.Context, r *sql.DB, scope string) (*board, error) {
	rows, err := r.QueryContext(ctx, `SELECT user_id, points FROM scores WHERE scope = ? AND points > 0`, scope)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	b := &board{points: map[int64]int{}}
	var all []int
	for rows.Next() {
		var user int64
		var p int
		if err := rows.Scan(&user, &p); err != nil {
			return nil, err
		}
		b.points[user] = p
		all = append(all, p)
	}
	b.order.fill(all)
	return b, rows.Err()
}

// add applies a committed change of a player's points to a loaded board,
// and notes it for a board being read. The caller holds the commit lock.
func (rk *ranks) add(scope string, user int64, delta int) {
	rk.mu.Lock()
	defer rk.mu.Unlock()
	if delta == 0 {
		return
	}
	if l := rk.loading[scope]; l != nil {
		l.touched[user] = true
	}
	if rk.boards == nil {
		return
	}
	b, ok := rk.boards.Peek(scope)
	if !ok {
		return
	}
	old := b.points[user]
	b.set(user, old, old+delta)
}

// forget takes a player off every loaded board. The caller holds the
// commit lock.
func (rk *ranks) forget(user int64) {
	rk.mu.Lock()
	defer rk.mu.Unlock()
	for _, l := range rk.loading {
		l.touched[user] = true
	}
	if rk.boards == nil {
		return
	}
	for _, scope := range rk.boards.Keys() {
		if b, ok := rk.boards.Peek(scope); ok {
			b.set(user, b.points[user], 0)
		}
	}
}

func (b *board) set(user int64, old, now int) {
	if old > 0 {
		b.order.remove(old)
	}
	if now > 0 {
		b.order.insert(now)
		b.points[user] = now
	} else {
		delete(b.points, user)
	}
}

// descending is a multiset of points kept as a list of sorted chunks,
// highest first, so that counting the points above a value, inserting and
// removing all cost a walk over the chunks plus one binary search and a
// copy within a chunk: a few microseconds for 100,000 points.
type descending struct {
	chunks [][]int
}

const chunkSize = 512

func (d *descending) fill(all []int) {
	slices.Sort(all)
	slices.Reverse(all)
	d.chunks = nil
	for len(all) > 0 {
		n := min(len(all), chunkSize)
		d.chunks = append(d.chunks, slices.Clone(all[:n]))
		all = all[n:]
	}
}

// above counts the points greater than p.
func (d *descending) above(p int) int {
	n := 0
	for _, c := range d.chunks {
		if c[len(c)-1] > p {
			n += len(c)
			continue
		}
		n += firstNotAbove(c, p)
		break
	}
	return n
}

// firstNotAbove is the index of the first value <= p in a descending chunk.
func firstNotAbove(c []int, p int) int {
	i, _ := slices.BinarySearchFunc(c, p, func(v, p int) int {
		if v > p {
			return -1
		}
		return 1
	})
	return i
}

func (d *descending) insert(p int) {
	i := 0
	for i < len(d.chunks)-1 && d.chunks[i][len(d.chunks[i])-1] > p {
		i++
	}
	if len(d.chunks) == 0 {
		d.chunks = [][]int{{p}}
		return
	}
	c := d.chunks[i]
	c = slices.Insert(c, firstNotAbove(c, p), p)
	if len(c) <= 2*chunkSize {
		d.chunks[i] = c
		return
	}
	half := slices.Clone(c[chunkSize:])
	d.chunks[i] = c[:chunkSize:chunkSize]
	d.chunks = slices.Insert(d.chunks, i+1, half)
}

func (d *descending) remove(p int) {
	for i, c := range d.chunks {
		if c[len(c)-1] > p {
			continue
		}
		j := firstNotAbove(c, p)
		if j == len(c) || c[j] != p {
			return // not here: nothing to remove
		}
		c = slices.Delete(c, j, j+1)
		if len(c) == 0 {
			d.chunks = slices.Delete(d.chunks, i, i+1)
		} else {
			d.chunks[i] = c
		}
		return
	}
}
