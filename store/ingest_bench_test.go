package store_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/timeline-dev/timeline/internal/shared"
	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline/ingest"
	"github.com/timeline-dev/timeline/timeline/source"
)

// BenchmarkIngestSilver ingests the whole silver corpus into a fresh
// database per iteration, the whole pipeline into SQLite; MB/s counts
// document text.
//
//	go test -run XXX -bench IngestSilver -benchtime 1x ./store
func BenchmarkIngestSilver(b *testing.B) {
	silver := shared.Path(b, "data/timeml/silver")
	ctx := context.Background()
	var text int64
	docs := 0
	err := source.Walk(ctx, []string{silver}, source.Options{}, func(it source.Item) error {
		if it.Doc != nil {
			text += int64(len(it.Doc.Text))
			docs++
		}
		return nil
	})
	if err != nil || docs == 0 {
		b.Fatalf("reading %s: %d documents, %v", silver, docs, err)
	}
	b.SetBytes(text)
	dir := b.TempDir()
	for b.Loop() {
		path := filepath.Join(dir, "silver.db")
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(path + suffix)
		}
		db, err := store.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		sum, err := ingest.Run(ctx, db, []string{silver}, ingest.Options{})
		db.Close()
		if err != nil || sum.Stored != docs {
			b.Fatalf("Run: %+v, %v; want %d documents stored", sum, err, docs)
		}
		b.ReportMetric(float64(sum.Stored)/sum.Elapsed.Seconds(), "docs/s")
	}
}
