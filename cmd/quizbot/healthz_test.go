package main

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"

	"quizbot/storage"
)

// TestHealthzSaysWhetherAnswersCanBeTaken: 200 while the database takes
// writes; 503 while the process shuts down and when the database cannot be
// written (here closed; a full disk is TestFaultDiskFullForAMoment in
// storage), so that a load balancer sends answers elsewhere.
func TestHealthzSaysWhetherAnswersCanBeTaken(t *testing.T) {
	db, err := storage.Open(filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	var stopping atomic.Bool
	h := healthz(db, &stopping, slog.New(slog.DiscardHandler))
	get := func() int {
		w := httptest.NewRecorder()
		h(w, httptest.NewRequest(http.MethodGet, "/healthz", nil))
		return w.Code
	}
	if c := get(); c != 200 {
		t.Errorf("healthy: %d; want 200", c)
	}
	stopping.Store(true)
	if c := get(); c != 503 {
		t.Errorf("shutting down: %d; want 503", c)
	}
	stopping.Store(false)
	db.Close()
	if c := get(); c != 503 {
		t.Errorf("database unwritable: %d; want 503", c)
	}
}
