package store_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// TestLockedByAnotherWriter holds the write lock from another connection, as
// a second `timeline ingest` would, and expects a clear ECONFLICT once the
// busy timeout has passed, then success once the lock is released.
func TestLockedByAnotherWriter(t *testing.T) {
	ctx := context.Background()
	db, path := openDB(t)
	db.Close()
	const timeout = 150 * time.Millisecond
	db, err := store.OpenWith(ctx, path, store.Options{BusyTimeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	other := holdWriteLock(t, path, "busy_timeout(0)")

	a := newArticle("Blocked", "It happened on 1 May 2025.").date("1 May 2025", "2025-05-01", timeline.GranularityDay, "2025-05-01", "2025-05-02")
	start := time.Now()
	stored, err := db.SaveDocument(ctx, a.doc, a.mentions, a.events)
	waited := time.Since(start)
	if stored {
		t.Fatal("saved while another writer held the lock")
	}
	wantCode(t, err, timeline.ECONFLICT)
	if !strings.Contains(err.Error(), "locked by another writer") || !strings.Contains(err.Error(), path) {
		t.Errorf("error %q should say the database is locked by another writer", err)
	}
	if waited < timeout {
		t.Errorf("gave up after %v; want it to wait the busy timeout %v", waited, timeout)
	}
	if waited > 20*timeout {
		t.Errorf("waited %v for a busy timeout of %v", waited, timeout)
	}

	// Readers are not blocked by a writer (WAL).
	if _, _, err := db.Timeline(ctx, timeline.Filter{}); err != nil {
		t.Errorf("Timeline while another writer holds the lock: %v", err)
	}

	if _, err := other.Exec(`ROLLBACK`); err != nil {
		t.Fatal(err)
	}
	a.doc.ID = 0
	if stored, err := db.SaveDocument(ctx, a.doc, a.mentions, a.events); err != nil || !stored {
		t.Fatalf("SaveDocument after the lock was released = %v, %v", stored, err)
	}
}

// TestLockedWhileCreating opens a new database whose file another writer
// holds locked: the schema cannot be created, and Open says why.
func TestLockedWhileCreating(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fresh.db")
	holdWriteLock(t, path, "journal_mode(WAL)")
	start := time.Now()
	db, err := store.OpenWith(context.Background(), path, store.Options{BusyTimeout: 100 * time.Millisecond})
	if err == nil {
		db.Close()
		t.Fatal("Open created the schema under another writer's lock")
	}
	wantCode(t, err, timeline.ECONFLICT)
	if waited := time.Since(start); waited > 2*time.Second {
		t.Errorf("Open took %v to give up with a 100ms busy timeout", waited)
	}
}

// holdWriteLock takes the write lock of the database at path from another
// connection, as a second writer would, with the given pragma; the lock is
// released when the test ends or by a ROLLBACK on the returned handle.
func holdWriteLock(t *testing.T, path, pragma string) *sql.DB {
	t.Helper()
	other, err := sql.Open("sqlite", path+"?_pragma="+pragma)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	other.SetMaxOpenConns(1)
	if _, err := other.Exec(`BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	return other
}
