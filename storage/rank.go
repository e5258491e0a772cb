package storage

import (
	"context"
	"database/sql"
	"slices"
	"sync"
)

// A player's rank on a board is one more than the number of players with
// more points. Counted in SQL it costs a step per player above, about 8 ms
// with 100,000 of them, so each board's points are also kept in memory, in
// order, from the first time a rank on it is asked for. Every change to a
// board's points is applied to the copy right after its commit, while the
// commit lock is held, and a board is loaded under that lock too, so a load
// sees exactly the commits applied before it. A write to the file by
// another process (PRAGMA data_version on the write connection tells)
// drops every board, to be loaded again.

// ranks holds the loaded boards.
type ranks struct {
	mu      sync.Mutex
	boards  map[string]*board
	version int64 // data_version of the write connection when last checked
}

// board is one scope's players with points above zero: a player absent
// here has 0 points, which puts nobody below them.
type board struct {
	points map[int64]int
	order  descending
}

// rank is the 1-based rank of a player with the given points, loading the
// scope's board first if needed. The caller holds the commit lock.
func (rk *ranks) rank(ctx context.Context, db *DB, scope string, points int) (int, error) {
	rk.mu.Lock()
	defer rk.mu.Unlock()
	var version int64
	if err := db.w.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&version); err != nil {
		return 0, err
	}
	if version != rk.version {
		rk.boards, rk.version = nil, version
	}
	b := rk.boards[scope]
	if b == nil {
		var err error
		if b, err = loadBoard(ctx, db.r, scope); err != nil {
			return 0, err
		}
		if rk.boards == nil {
			rk.boards = map[string]*board{}
		}
		rk.boards[scope] = b
	}
	return 1 + b.order.above(points), nil
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

// add applies a committed change of a player's points to a loaded board.
// The caller holds the commit lock.
func (rk *ranks) add(scope string, user int64, delta int) {
	rk.mu.Lock()
	defer rk.mu.Unlock()
	b := rk.boards[scope]
	if b == nil || delta == 0 {
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
	for _, b := range rk.boards {
		b.set(user, b.points[user], 0)
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
