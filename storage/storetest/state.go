package storetest

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
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
	// "" removes a value; one stored for a while is gone after it.
	s.db.SetState(ctx, "k", "")
	if v, _ := s.db.State(ctx, "k"); v != "" {
		t.Errorf("State after setting \"\" = %q; want none", v)
	}
	if err := s.db.SetStateFor(ctx, "poll", "open", time.Hour); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.db.State(ctx, "poll"); v != "open" {
		t.Errorf("State of a value kept an hour = %q; want open", v)
	}
	s.db.SetStateFor(ctx, "poll", "closed", -time.Second)
	if v, _ := s.db.State(ctx, "poll"); v != "" {
		t.Errorf("State of an expired value = %q; want none", v)
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
