package store_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/shared"
	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
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

// capture is a timeline.Saver that keeps what ingest would store.
type capture struct{ batches [][]timeline.Extraction }

func (c *capture) SaveDocuments(_ context.Context, xs []timeline.Extraction) ([]timeline.SaveResult, error) {
	c.batches = append(c.batches, slices.Clone(xs))
	results := make([]timeline.SaveResult, len(xs))
	for i := range results {
		results[i].Stored = true
	}
	return results, nil
}

// BenchmarkSaveSilver measures the store alone on real extractions: the
// silver corpus is read, tagged and extracted once, in the batches ingest
// makes, and each iteration saves them into a fresh database.
//
//	go test -run XXX -bench SaveSilver -benchtime 3x ./store
func BenchmarkSaveSilver(b *testing.B) {
	silver := shared.Path(b, "data/timeml/silver")
	ctx := context.Background()
	var c capture
	if _, err := ingest.Run(ctx, &c, []string{silver}, ingest.Options{}); err != nil {
		b.Fatal(err)
	}
	events := 0
	for _, batch := range c.batches {
		for _, x := range batch {
			events += len(x.Events)
		}
	}
	dir := b.TempDir()
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(dir, "silver.db")
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(path + suffix)
		}
		db, err := store.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		for _, batch := range c.batches {
			for _, x := range batch {
				x.Document.ID = 0
			}
		}
		b.StartTimer()
		before := cpuTime()
		for _, batch := range c.batches {
			if _, err := db.SaveDocuments(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		if err := db.Close(); err != nil { // the last checkpoint is part of the work
			b.Fatal(err)
		}
		cpu += cpuTime() - before
	}
	b.ReportMetric(float64(events)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	// CPU time varies less than wall time on a shared machine.
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
