package storage

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// TestFaultDiskFullForAMoment: with no room left (the database held at its
// page count, as a full disk would), Writable fails while reads still work,
// so /healthz says what a load balancer needs to know; once there is room
// again it succeeds, and its probe left nothing behind.
func TestFaultDiskFullForAMoment(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "full.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if err := db.Writable(ctx); err != nil {
		t.Fatalf("Writable on a fresh database = %v", err)
	}
	var pages int
	if err := db.w.QueryRowContext(ctx, `PRAGMA page_count`).Scan(&pages); err != nil {
		t.Fatal(err)
	}
	// The writer is one connection: the limit holds for every write.
	if _, err := db.w.ExecContext(ctx, `PRAGMA max_page_count = `+itoa(pages)); err != nil {
		t.Fatal(err)
	}
	if err := db.Writable(ctx); err == nil {
		t.Error("Writable with no room left = nil; want an error")
	}
	if _, err := db.CountQuestions(ctx); err != nil {
		t.Errorf("a read with no room left = %v; want it to work", err)
	}
	if _, err := db.w.ExecContext(ctx, `PRAGMA max_page_count = 1073741823`); err != nil {
		t.Fatal(err)
	}
	if err := db.Writable(ctx); err != nil {
		t.Errorf("Writable once there is room again = %v", err)
	}
	if v, _ := db.State(ctx, "health.probe"); v != "" {
		t.Error("the probe's row was kept")
	}
}

func itoa(n int) string { return fmt.Sprint(n) }
