package storage_test

import (
	"context"
	"testing"
	"time"
)

// TestEventsKeptForTheRedeliveryWindow: a delivery id is refused for two
// days, then forgotten, so the events table holds only the window.
func TestEventsKeptForTheRedeliveryWindow(t *testing.T) {
	db, now := open(t)
	ctx := context.Background()
	if fresh, err := db.MarkEvent(ctx, "telegram:1"); err != nil || !fresh {
		t.Fatalf("first MarkEvent = %v, %v; want fresh", fresh, err)
	}
	*now = now.Add(47 * time.Hour)
	if fresh, _ := db.MarkEvent(ctx, "telegram:1"); fresh {
		t.Error("a delivery id seen 47 hours ago was taken as fresh")
	}
	*now = now.Add(2 * time.Hour) // 49 hours after: pruned by the next mark
	if fresh, _ := db.MarkEvent(ctx, "telegram:2"); !fresh {
		t.Error("a new delivery id was refused")
	}
	if fresh, _ := db.MarkEvent(ctx, "telegram:1"); !fresh {
		t.Error("a delivery id older than the window was still kept")
	}
}
