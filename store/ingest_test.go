package store_test

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/ingest"
	"github.com/timeline-dev/timeline/timeline/ingest/ingesttest"
)

// The tests in this file run the ingest pipeline into SQLite, for what only
// the real store shows: counts agree with the tables, readers see
// snapshots while it writes, and a second writer meets the lock. The
// pipeline's own logic is tested against an in-memory store in
// timeline/ingest.

// ingestInto runs the pipeline into db and fails the test on a run error.
func ingestInto(t testing.TB, db *store.DB, paths []string, opt ingest.Options) (ingest.Summary, *ingesttest.Reporter) {
	t.Helper()
	rep := &ingesttest.Reporter{}
	opt.Report = rep.Report
	sum, err := ingest.Run(context.Background(), db, paths, opt)
	if err != nil {
		t.Fatalf("Run: %v\nreported:\n%s", err, strings.Join(rep.All(), "\n"))
	}
	return sum, rep
}

// stats returns the store's row counts.
func stats(t testing.TB, db *store.DB) store.Stats {
	t.Helper()
	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return s
}

// storedDocs returns the stored documents in id order.
func storedDocs(t testing.TB, db *store.DB) []*timeline.Document {
	t.Helper()
	var docs []*timeline.Document
	err := db.Documents(context.Background(), func(d *timeline.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Documents: %v", err)
	}
	return docs
}

// sources returns the sources of docs, relative to dir when under it, and
// fails unless ids run 1, 2, 3... without gaps.
func sources(t testing.TB, docs []*timeline.Document, dir string) []string {
	t.Helper()
	out := make([]string, len(docs))
	for i, d := range docs {
		if d.ID != int64(i+1) {
			t.Errorf("document %d of %d (%s) has id %d; want ids 1..n in order", i+1, len(docs), d.Source, d.ID)
		}
		if rel, err := filepath.Rel(dir, d.Source); err == nil && dir != "" && !strings.HasPrefix(rel, "..") {
			out[i] = filepath.ToSlash(rel)
		} else {
			out[i] = d.Source
		}
	}
	return out
}

// TestIngestAndReindex ingests the mixed folder into SQLite with several
// workers and batch sizes: the tables hold what the summary counts, in
// input order; marking documents stale and reindexing them gives back the
// same rows.
func TestIngestAndReindex(t *testing.T) {
	dir, order := ingesttest.Corpus(t)
	for _, batch := range []int{1, 3, 0} {
		ctx := context.Background()
		db, _ := openDB(t)
		sum, _ := ingestInto(t, db, []string{dir}, ingest.Options{Workers: 4, Batch: batch})
		if sum.Stored != len(order) || sum.Failed != 1 {
			t.Fatalf("batch %d: summary %+v; want %d stored, 1 failed", batch, sum, len(order))
		}
		want := stats(t, db)
		if want.Documents != sum.Stored || want.Mentions != sum.Mentions || want.Events != sum.Events {
			t.Errorf("batch %d: store holds %+v; summary says %+v", batch, want, sum)
		}
		if got := sources(t, storedDocs(t, db), dir); !slices.Equal(got, order) {
			t.Errorf("batch %d: documents in id order\n %q\nwant input order\n %q", batch, got, order)
		}
		rows := everyRow(t, db)

		for i, doc := range storedDocs(t, db) {
			var mentions []timeline.Mention
			var events []timeline.Event
			if i%2 == 0 { // what an older extractor found, or nothing
				mentions, events = extract.Process(doc)
			}
			if err := db.ReplaceExtraction(ctx, doc.ID, "old", mentions, events); err != nil {
				t.Fatal(err)
			}
		}
		n, err := ingest.Reindex(ctx, db, func(l string) { t.Errorf("Reindex reported %q", l) })
		if err != nil || n != len(order) {
			t.Fatalf("batch %d: Reindex = %d, %v; want %d", batch, n, err, len(order))
		}
		if got := stats(t, db); got != want {
			t.Errorf("batch %d: after reindex the store holds %+v; want %+v", batch, got, want)
		}
		// Reindexing gives events new ids: compare the rows without them.
		if got := everyRow(t, db); !reflect.DeepEqual(withoutEventIDs(got), withoutEventIDs(rows)) {
			t.Errorf("batch %d: the timeline changed with reindex:\n got %s\nwant %s", batch, keys(got), keys(rows))
		}
	}
}

// withoutEventIDs returns copies of rows with EventID cleared.
func withoutEventIDs(rows []timeline.Row) []timeline.Row {
	out := slices.Clone(rows)
	for i := range out {
		out[i].EventID = 0
	}
	return out
}

// TestReadersDuringIngest queries the database from fresh read-only handles
// while an ingest writes small batches: every query succeeds (WAL) and sees
// the timeline only grow.
func TestReadersDuringIngest(t *testing.T) {
	dir := ingesttest.Generated(t, 150)
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
			db, path := openDB(t)
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
	dir, order := ingesttest.Corpus(t)
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
			db, path := openDB(t)
			if tt.prefill {
				ingestInto(t, db, []string{dir + "/nested"}, ingest.Options{})
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
			other := holdWriteLock(t, path, "busy_timeout(5000)")
			if tt.openLocked {
				open()
			}

			rep := &ingesttest.Reporter{}
			start := time.Now()
			sum, err := ingest.Run(ctx, w, []string{dir}, ingest.Options{Report: rep.Report})
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
			sum, _ = ingestInto(t, w, []string{dir}, ingest.Options{})
			if sum.Stored+sum.Duplicates != len(order) {
				t.Errorf("after the lock: %+v; want all %d documents stored or already there", sum, len(order))
			}
			if got := sources(t, storedDocs(t, w), dir); len(got) != len(order) {
				t.Errorf("stored %q; want %d documents", got, len(order))
			}
		})
	}
}
