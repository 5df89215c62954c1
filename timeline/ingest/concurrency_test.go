package ingest_test

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/ingest"
)

// generated writes n generated articles with publication headers to a new
// folder.
func generated(t testing.TB, n int) string {
	t.Helper()
	dir := t.TempDir()
	r := rand.New(rand.NewSource(int64(n)))
	files := map[string]string{}
	for i := range n {
		files[fmt.Sprintf("%04d.txt", i)] = "published: 2025-05-19\n\n" + newsText(r, i, 5+r.Intn(30))
	}
	writeFiles(t, dir, files)
	return dir
}

// TestReadersDuringIngest queries the database from fresh read-only handles
// while an ingest writes small batches: every query succeeds (WAL) and sees
// the timeline only grow.
func TestReadersDuringIngest(t *testing.T) {
	dir := generated(t, 150)
	tests := []struct {
		name   string
		filter timeline.Filter
	}{
		{"whole timeline", timeline.Filter{}},
		{"first page", timeline.Filter{Limit: 20}},
		{"full-text", timeline.Filter{Match: ptr("budget")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db, path := openStore(t)
			type result struct {
				sum ingest.Summary
				err error
			}
			finished := make(chan result, 1)
			go func() {
				sum, err := ingest.Run(ctx, db, []string{dir}, ingest.Options{Workers: 2, Batch: 4})
				finished <- result{sum, err}
			}()

			reads, last := 0, 0
			var res result
		loop:
			for {
				select {
				case res = <-finished:
					break loop
				default:
				}
				ro, err := store.OpenReadOnly(ctx, path)
				if err != nil {
					t.Fatalf("OpenReadOnly during ingest (read %d): %v", reads, err)
				}
				rows, total, err := ro.Timeline(ctx, tt.filter)
				ro.Close()
				if err != nil {
					t.Fatalf("Timeline during ingest (read %d): %v", reads, err)
				}
				if total < last {
					t.Errorf("read %d: %d rows after %d; a snapshot went back in time", reads, total, last)
				}
				if tt.filter.Limit > 0 && len(rows) > tt.filter.Limit {
					t.Errorf("read %d: %d rows for limit %d", reads, len(rows), tt.filter.Limit)
				}
				last = total
				reads++
			}
			if res.err != nil || res.sum.Stored != 150 {
				t.Fatalf("ingest: %+v, %v; want 150 stored", res.sum, res.err)
			}
			t.Logf("%d reads while the ingest ran", reads)
			if reads < 3 {
				t.Errorf("only %d reads while the ingest ran", reads)
			}
			ro, err := store.OpenReadOnly(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer ro.Close()
			if _, total, err := ro.Timeline(ctx, tt.filter); err != nil || total < last || total == 0 {
				t.Errorf("Timeline after the ingest: %d rows, %v; want at least the %d seen during it", total, err, last)
			}
		})
	}
}

// TestSecondWriter holds the write lock from another connection, as a
// second `timeline ingest` would, and expects Run to fail soon with a clear
// ECONFLICT and to leave the database as it was.
func TestSecondWriter(t *testing.T) {
	dir, order := corpus(t)
	const timeout = 200 * time.Millisecond
	tests := []struct {
		name       string
		openLocked bool // open the store while the lock is already held
		prefill    bool // the database already holds documents
	}{
		{"empty database", false, false},
		{"database with documents", false, true},
		{"opened under the lock", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db, path := openStore(t)
			if tt.prefill {
				run(t, db, []string{dir + "/nested"}, ingest.Options{})
			}
			before := stats(t, db)
			db.Close()

			var w *store.DB
			open := func() {
				var err error
				if w, err = store.OpenWith(ctx, path, store.Options{BusyTimeout: timeout}); err != nil {
					t.Fatalf("OpenWith: %v", err)
				}
				t.Cleanup(func() { w.Close() })
			}
			if !tt.openLocked {
				open()
			}
			other := rawDB(t, path)
			if _, err := other.Exec(`BEGIN IMMEDIATE`); err != nil {
				t.Fatal(err)
			}
			if tt.openLocked {
				open()
			}

			rep := &reporter{}
			start := time.Now()
			sum, err := ingest.Run(ctx, w, []string{dir}, ingest.Options{Report: rep.report})
			took := time.Since(start)
			if code := timeline.ErrorCode(err); code != timeline.ECONFLICT {
				t.Fatalf("Run under another writer's lock = %+v, %v (code %q); want code %q", sum, err, code, timeline.ECONFLICT)
			}
			msg := timeline.ErrorMessage(err)
			for _, want := range []string{path, "locked by another writer", timeout.String(), "try again"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q does not say %q", msg, want)
				}
			}
			if took < timeout || took > 10*timeout+2*time.Second {
				t.Errorf("Run gave up after %v; want about the busy timeout %v", took, timeout)
			}
			if sum.Stored != 0 || sum.Failed == 0 {
				t.Errorf("summary %+v; want nothing stored and the batch counted failed", sum)
			}

			if _, err := other.Exec(`ROLLBACK`); err != nil {
				t.Fatal(err)
			}
			checkIntegrity(t, other)
			if after := stats(t, w); after != before {
				t.Errorf("row counts changed by the failed run: %+v, then %+v", before, after)
			}
			// Once the lock is gone the same store works.
			sum, _ = run(t, w, []string{dir}, ingest.Options{})
			if sum.Stored+sum.Duplicates != len(order) {
				t.Errorf("after the lock: %+v; want all %d documents stored or already there", sum, len(order))
			}
			if got := sources(t, storedDocs(t, w), dir); len(got) != len(order) {
				t.Errorf("stored %q; want %d documents", got, len(order))
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }
