package ingest_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/ingest"
	"github.com/timeline-dev/timeline/timeline/ingest/ingesttest"
	"github.com/timeline-dev/timeline/timeline/source"
)

// TestRunFolder ingests a folder of text files, a nested folder, hidden files
// and JSON Lines with a malformed line, and checks the summary, the reports
// and that document ids follow input order whatever the number of workers.
func TestRunFolder(t *testing.T) {
	dir, order := ingesttest.Corpus(t)
	tests := []struct {
		name    string
		workers int
		batch   int
	}{
		{"one worker", 1, 0},
		{"four workers", 4, 0},
		{"four workers batch 1", 4, 1},
		{"four workers batch 2", 4, 2},
		{"default workers batch 3", 0, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for round := range 3 { // ids must not depend on scheduling
				db := &memStore{}
				var progress []ingest.Summary
				opt := ingest.Options{Workers: tt.workers, Batch: tt.batch,
					Progress: func(s ingest.Summary) { progress = append(progress, s) }}
				sum, rep := run(t, db, []string{dir}, opt)

				want := ingest.Summary{Documents: len(order), Stored: len(order), Failed: 1}
				if sum.Documents != want.Documents || sum.Stored != want.Stored || sum.Failed != want.Failed ||
					sum.Duplicates != 0 || sum.Unresolved != 0 {
					t.Errorf("round %d: summary %+v; want %d documents, %d stored, 1 failed, no duplicates, none unresolved",
						round, sum, want.Documents, want.Stored)
				}
				if sum.Events == 0 || sum.Mentions == 0 || sum.Bytes == 0 {
					t.Errorf("round %d: summary %+v; want events, mentions and bytes", round, sum)
				}
				if s := db.stats(); s.documents != sum.Stored || s.mentions != sum.Mentions || s.events != sum.Events {
					t.Errorf("round %d: store holds %+v; summary says %+v", round, s, sum)
				}

				jsonl := filepath.Join(dir, "records.jsonl")
				if got := rep.Matching("error: ", jsonl+":2: ", "JSON"); len(got) != 1 {
					t.Errorf("round %d: want one error for %s:2 (file:line), got reports:\n%s", round, jsonl, strings.Join(rep.All(), "\n"))
				}
				if got := rep.Matching("error: "); len(got) != sum.Failed {
					t.Errorf("round %d: %d error lines for %d failures: %q", round, len(got), sum.Failed, got)
				}
				for _, l := range rep.All() {
					if strings.Contains(l, "hidden") || strings.Contains(l, ".git") {
						t.Errorf("round %d: a hidden file was read: %s", round, l)
					}
				}

				got := sources(t, db.documents(), dir)
				if !slices.Equal(got, order) {
					t.Errorf("round %d: documents in id order\n %q\nwant input order\n %q", round, got, order)
				}

				if len(progress) == 0 {
					t.Errorf("round %d: Progress never called", round)
				} else {
					last := progress[len(progress)-1]
					last.Elapsed = sum.Elapsed
					if last != sum {
						t.Errorf("round %d: last progress %+v; final summary %+v", round, last, sum)
					}
				}
				if tt.batch == 1 && len(progress) < sum.Documents {
					t.Errorf("round %d: %d progress calls with batch 1 for %d documents", round, len(progress), sum.Documents)
				}
			}
		})
	}
}

// TestRunIdempotent runs twice over the same inputs: the second run stores
// nothing new and counts every document as a duplicate.
func TestRunIdempotent(t *testing.T) {
	dir, order := ingesttest.Corpus(t)
	tests := []struct {
		name      string
		first     []string
		again     []string
		firstDups int // a file named as well as its folder is read twice
	}{
		{"same folder", []string{dir}, []string{dir}, 0},
		{"file then folder", []string{filepath.Join(dir, "b.txt"), dir}, []string{dir}, 1},
		{"folder then subfolder", []string{dir}, []string{filepath.Join(dir, "nested"), dir}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := &memStore{}
			opt := ingest.Options{Workers: 4, Batch: 3}
			first, _ := run(t, db, tt.first, opt)
			if first.Stored != len(order) || first.Duplicates != tt.firstDups {
				t.Fatalf("first run: %+v; want %d stored, %d duplicates", first, len(order), tt.firstDups)
			}
			before := db.stats()
			beforeDocs := sources(t, db.documents(), dir)

			again, _ := run(t, db, tt.again, opt)
			if again.Stored != 0 || again.Duplicates != first.Stored || again.Mentions != 0 || again.Events != 0 {
				t.Errorf("second run: %+v; want 0 stored, %d duplicates, no mentions or events", again, first.Stored)
			}
			if again.Failed != 1 {
				t.Errorf("second run: %d failed; want the malformed line again", again.Failed)
			}
			if after := db.stats(); after != before {
				t.Errorf("row counts changed: %+v, then %+v", before, after)
			}
			if after := sources(t, db.documents(), dir); !slices.Equal(after, beforeDocs) {
				t.Errorf("documents changed: %q, then %q", beforeDocs, after)
			}
		})
	}
}

// TestRunWithoutPublicationDate stores a document without any date to
// resolve "yesterday" against and expects it counted and reported.
func TestRunWithoutPublicationDate(t *testing.T) {
	const body = "The minister resigned yesterday after a long dispute.\n\nTalks will resume next Monday, aides said.\n"
	tests := []struct {
		name       string
		content    string
		published  time.Time
		unresolved bool
	}{
		{"no date anywhere", body, time.Time{}, true},
		{"date in header", "published: 2025-05-19\n\n" + body, time.Time{}, false},
		{"date from --published", body, time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			ingesttest.WriteFiles(t, dir, map[string]string{"undated.txt": tt.content})
			db := &memStore{}
			sum, rep := run(t, db, []string{dir}, ingest.Options{Source: source.Options{Published: tt.published}})
			if sum.Stored != 1 || sum.Failed != 0 {
				t.Fatalf("summary %+v; want the document stored", sum)
			}
			warnings := rep.Matching("warning: ", "undated.txt", "--published")
			if !tt.unresolved {
				if sum.Unresolved != 0 || len(warnings) != 0 {
					t.Errorf("Unresolved = %d, warnings %q; want none", sum.Unresolved, warnings)
				}
				return
			}
			if sum.Unresolved == 0 {
				t.Errorf("Unresolved = 0; want the relative expressions counted")
			}
			if len(warnings) != 1 {
				t.Errorf("want one warning naming the file and --published, got reports %q", rep.All())
			} else if want := fmt.Sprintf("%d relative expression", sum.Unresolved); !strings.Contains(warnings[0], want) {
				t.Errorf("warning %q should say %q", warnings[0], want)
			}
			if sum.Warnings < 1 {
				t.Errorf("Warnings = %d; want the missing date counted", sum.Warnings)
			}
			docs := db.documents()
			if len(docs) != 1 || !docs[0].Published.IsZero() {
				t.Errorf("stored %+v; want one document without a publication date", docs)
			}
		})
	}
}

// TestReindex marks stored documents as extracted by an older version, in
// the ways an old extractor could have left them, and expects Reindex to
// redo exactly those, reporting and skipping a document the store rejects.
func TestReindex(t *testing.T) {
	dir, order := ingesttest.Corpus(t)
	tests := []struct {
		name   string
		stale  func(i int) bool // which documents to mark
		empty  bool             // the old version found nothing
		reject string           // the title of a document the store rejects
	}{
		{"all, same extraction", func(int) bool { return true }, false, ""},
		{"all, nothing extracted", func(int) bool { return true }, true, ""},
		{"every other one", func(i int) bool { return i%2 == 0 }, true, ""},
		{"none", func(int) bool { return false }, false, ""},
		{"one rejected", func(int) bool { return true }, true, "C"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db := &memStore{}
			run(t, db, []string{dir}, ingest.Options{})
			want := db.stats()
			if want.events == 0 {
				t.Fatal("nothing to reindex: no events stored")
			}

			stale, rejected := 0, ""
			for i, doc := range db.documents() {
				if !tt.stale(i) {
					continue
				}
				mentions, events := extract.Process(doc)
				if tt.empty {
					mentions, events = nil, nil
				}
				if err := db.ReplaceExtraction(ctx, doc.ID, "old", mentions, events); err != nil {
					t.Fatalf("ReplaceExtraction(%d): %v", doc.ID, err)
				}
				if doc.Title == tt.reject {
					rejected = doc.Source
				} else {
					stale++
				}
			}
			if tt.empty && stale > 0 && db.stats().events >= want.events {
				t.Fatal("emptying extractions removed no events")
			}
			if tt.reject != "" {
				if rejected == "" {
					t.Fatalf("no document titled %q to reject", tt.reject)
				}
				db.reject = map[string]bool{tt.reject: true}
			}

			var reported []string
			n, err := ingest.Reindex(ctx, db, func(l string) { reported = append(reported, l) })
			if err != nil || n != stale {
				t.Fatalf("Reindex = %d, %v; want %d documents re-extracted", n, err, stale)
			}
			if want := "error: " + rejected + ": rejected " + tt.reject; tt.reject != "" && !slices.Equal(reported, []string{want}) {
				t.Errorf("Reindex reported %q; want %q", reported, want)
			} else if tt.reject == "" && len(reported) > 0 {
				t.Errorf("Reindex reported %q", reported)
			}
			docs := db.documents()
			for _, d := range docs {
				wantVersion := ingest.Version
				if d.Source == rejected {
					wantVersion = "old"
				}
				if d.ExtractorVersion != wantVersion {
					t.Errorf("%s: version %q after reindex; want %q", d.Source, d.ExtractorVersion, wantVersion)
				}
				if d.Source == rejected {
					continue
				}
				gotM, gotE := db.extraction(d.ID)
				wantM, wantE := extract.Process(d)
				if !reflect.DeepEqual(gotM, wantM) || !reflect.DeepEqual(withoutDocumentID(gotE), withoutDocumentID(wantE)) {
					t.Errorf("%s: stored %d mentions, %d events after reindex; want the %d, %d the extractor finds",
						d.Source, len(gotM), len(gotE), len(wantM), len(wantE))
				}
			}
			if got := sources(t, docs, dir); !slices.Equal(got, order) {
				t.Errorf("documents after reindex %q; want %q", got, order)
			}
			if got := db.stats(); got != want && tt.reject == "" {
				t.Errorf("after reindex the store holds %+v; want what ingest stored, %+v", got, want)
			}

			// Once done, nothing is stale but what the store keeps rejecting;
			// without a report function a rejection ends the run.
			n, err = ingest.Reindex(ctx, db, nil)
			switch {
			case tt.reject == "" && (n != 0 || err != nil):
				t.Errorf("second Reindex = %d, %v; want 0, nil", n, err)
			case tt.reject != "" && (n != 0 || timeline.ErrorCode(err) != timeline.EINVALID):
				t.Errorf("second Reindex without report = %d, %v; want 0 and the rejection", n, err)
			}
		})
	}
}

// withoutDocumentID returns copies of events with DocumentID cleared: the
// extractor copies the document's id, which ingest does not know yet.
func withoutDocumentID(events []timeline.Event) []timeline.Event {
	out := slices.Clone(events)
	for i := range out {
		out[i].DocumentID = 0
	}
	return out
}
