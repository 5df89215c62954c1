package ingest_test

import (
	"context"
	"testing"

	"github.com/timeline-dev/timeline/internal/shared"
	"github.com/timeline-dev/timeline/timeline/ingest"
	"github.com/timeline-dev/timeline/timeline/source"
)

// BenchmarkRun runs the pipeline on the silver corpus, as TimeML files and
// as JSON Lines, into the in-memory store: reading, parsing, extraction and
// batching without SQLite. MB/s counts document text.
//
//	go test -run XXX -bench Run ./timeline/ingest
func BenchmarkRun(b *testing.B) {
	for _, rel := range []string{"data/timeml/silver", "data/silver.jsonl"} {
		b.Run(rel, func(b *testing.B) {
			path := shared.Path(b, rel)
			var text int64
			docs := 0
			err := source.Walk(context.Background(), []string{path}, source.Options{}, func(it source.Item) error {
				if it.Doc != nil {
					text += int64(len(it.Doc.Text))
					docs++
				}
				return nil
			})
			if err != nil || docs == 0 {
				b.Fatalf("reading %s: %d documents, %v", path, docs, err)
			}
			b.SetBytes(text)
			for b.Loop() {
				sum, err := ingest.Run(context.Background(), &memStore{}, []string{path}, ingest.Options{})
				if err != nil || sum.Stored != docs {
					b.Fatalf("Run: %+v, %v; want %d documents stored", sum, err, docs)
				}
				b.ReportMetric(float64(sum.Stored)/sum.Elapsed.Seconds(), "docs/s")
			}
		})
	}
}
