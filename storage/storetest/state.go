package storetest

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
)

func testStateAndEvents(t *testing.T, s *suite) {
	if v, err := s.db.State(ctx, "k"); v != "" || err != nil {
		t.Fatalf("State of unset key = %q, %v", v, err)
	}
	s.db.SetState(ctx, "k", "1")
	s.db.SetState(ctx, "k", "2")
	if v, _ := s.db.State(ctx, "k"); v != "2" {
		t.Errorf("State = %q; want 2", v)
	}
	if fresh, _ := s.db.MarkEvent(ctx, "e1"); !fresh {
		t.Error("first MarkEvent not fresh")
	}
	if fresh, _ := s.db.MarkEvent(ctx, "e1"); fresh {
		t.Error("second MarkEvent fresh")
	}
	// Deliveries of one event at once: exactly one is fresh.
	var fresh atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				if ok, err := s.db.MarkEvent(ctx, fmt.Sprint("burst", j)); err != nil {
					t.Error(err)
				} else if ok {
					fresh.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if fresh.Load() != 5 {
		t.Errorf("fresh among 16 deliveries of 5 events = %d; want 5", fresh.Load())
	}
}
