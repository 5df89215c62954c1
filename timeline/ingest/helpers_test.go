package ingest_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/ingest"
	"github.com/timeline-dev/timeline/timeline/ingest/ingesttest"
)

// run ingests paths into db and fails the test on a run error.
func run(t testing.TB, db timeline.Saver, paths []string, opt ingest.Options) (ingest.Summary, *ingesttest.Reporter) {
	t.Helper()
	rep := &ingesttest.Reporter{}
	opt.Report = rep.Report
	sum, err := ingest.Run(context.Background(), db, paths, opt)
	if err != nil {
		t.Fatalf("Run: %v\nreported:\n%s", err, strings.Join(rep.All(), "\n"))
	}
	return sum, rep
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
