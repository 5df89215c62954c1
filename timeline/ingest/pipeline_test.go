package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/ingest"
	"github.com/timeline-dev/timeline/timeline/ingest/ingesttest"
	"github.com/timeline-dev/timeline/timeline/source"
)

// jsonlInput returns JSON Lines of n documents titled d0, d1, ...; sizes
// gives the paragraphs of each (default 1). The first line must stay short:
// standard input is recognised as JSON Lines only when its first 8 KB hold
// a whole line and the start of the next.
func jsonlInput(n int, sizes map[int]int) string {
	r := rand.New(rand.NewSource(int64(n)))
	var b strings.Builder
	for i := range n {
		p := sizes[i]
		if p == 0 {
			p = 1
		}
		fmt.Fprintf(&b, `{"title": "d%d", "published": "2025-05-19", "text": %q}`+"\n", i, ingesttest.NewsText(r, i, p))
	}
	return b.String()
}

// TestWriterBatches checks with a fake store that batches never exceed
// Options.Batch and hold the documents in input order, even when a slow
// first document releases many at once.
func TestWriterBatches(t *testing.T) {
	tests := []struct {
		name    string
		n       int
		sizes   map[int]int
		workers int
		batch   int
	}{
		{"batch 1", 20, nil, 4, 1},
		{"batch 5", 40, nil, 2, 5},
		{"slow early document, batch 4", 60, map[int]int{1: 800}, 4, 4},
		{"slow middle document, batch 3", 60, map[int]int{30: 800}, 4, 3},
		{"default batch", 200, map[int]int{1: 400}, 4, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			saver := &memStore{}
			opt := ingest.Options{Workers: tt.workers, Batch: tt.batch, Source: source.Options{Stdin: strings.NewReader(jsonlInput(tt.n, tt.sizes))}}
			sum, _ := run(t, saver, []string{"-"}, opt)
			if sum.Stored != tt.n {
				t.Fatalf("summary %+v; want %d stored", sum, tt.n)
			}
			limit := tt.batch
			if limit == 0 {
				limit = 64
			}
			next := 0
			for i, b := range saver.batches {
				if len(b) == 0 || len(b) > limit {
					t.Errorf("batch %d holds %d documents; want 1..%d", i, len(b), limit)
				}
				for _, title := range b {
					if title != fmt.Sprintf("d%d", next) {
						t.Fatalf("batch %d holds %s where d%d was due", i, title, next)
					}
					next++
				}
			}
		})
	}
}

// TestWriterResults checks how the summary counts what the store did with
// each document, and that a store failure ends the run with its error.
func TestWriterResults(t *testing.T) {
	locked := timeline.Errorf(timeline.ECONFLICT, "database x is locked by another writer")
	tests := []struct {
		name    string
		input   string
		saver   *memStore
		want    ingest.Summary // compared on Documents, Stored, Duplicates, Failed
		wantErr error
		report  string
	}{
		{name: "all stored", input: jsonlInput(10, nil), saver: &memStore{},
			want: ingest.Summary{Documents: 10, Stored: 10}},
		{name: "repeated text is a duplicate", input: jsonlInput(3, nil) + jsonlInput(3, nil), saver: &memStore{},
			want: ingest.Summary{Documents: 6, Stored: 3, Duplicates: 3}},
		{name: "rejected document", input: jsonlInput(5, nil), saver: &memStore{reject: map[string]bool{"d2": true}},
			want: ingest.Summary{Documents: 5, Stored: 4, Failed: 1}, report: "error: -:3: rejected d2"},
		{name: "store fails", input: jsonlInput(50, nil), saver: &memStore{failAt: 2, fail: locked},
			want: ingest.Summary{Stored: 1}, wantErr: locked},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := &ingesttest.Reporter{}
			opt := ingest.Options{Workers: 2, Batch: 1, Report: rep.Report, Source: source.Options{Stdin: strings.NewReader(tt.input)}}
			sum, err := ingest.Run(context.Background(), tt.saver, []string{"-"}, opt)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Run error %v; want %v", err, tt.wantErr)
			}
			if tt.wantErr != nil {
				// Stops at the failing batch: nothing saved after it.
				if len(tt.saver.batches) != tt.saver.failAt || sum.Stored != tt.want.Stored || sum.Failed == 0 {
					t.Errorf("after the failure: %d calls, summary %+v; want %d calls, %d stored, the batch counted failed",
						len(tt.saver.batches), sum, tt.saver.failAt, tt.want.Stored)
				}
				return
			}
			if sum.Documents != tt.want.Documents || sum.Stored != tt.want.Stored ||
				sum.Duplicates != tt.want.Duplicates || sum.Failed != tt.want.Failed {
				t.Errorf("summary %+v; want %+v", sum, tt.want)
			}
			if tt.report != "" && len(rep.Matching(tt.report)) != 1 {
				t.Errorf("reports %q; want one %q", rep.All(), tt.report)
			}
		})
	}
}

// TestRunCancelled cancels the run, before it starts or midway: Run must
// say so with the context's error, never report an interrupted run as a
// complete one, and leave only whole documents, in input order.
func TestRunCancelled(t *testing.T) {
	tests := []struct {
		name     string
		cancelAt int // cancel during this SaveDocuments call; 0: before Run
	}{
		{"before start", 0},
		{"during first batch", 1},
		{"during third batch", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for round := range 5 {
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				if tt.cancelAt == 0 {
					cancel()
				}
				saver := &memStore{onSave: func(call int) {
					if call == tt.cancelAt {
						cancel()
					}
				}}
				opt := ingest.Options{Workers: 2, Batch: 2, Source: source.Options{Stdin: strings.NewReader(jsonlInput(200, nil))}}
				sum, err := ingest.Run(ctx, saver, []string{"-"}, opt)
				if !errors.Is(err, context.Canceled) {
					t.Fatalf("round %d: Run = %+v, %v; want context.Canceled", round, sum, err)
				}
				if sum.Stored >= 200 {
					t.Errorf("round %d: all stored despite the cancel", round)
				}
			}
		})
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// slowSave records how far the input was read when the document titled
// slow was stored.
type slowSave struct {
	memStore
	slow string
	in   *countingReader
	read atomic.Int64
}

func (f *slowSave) SaveDocuments(ctx context.Context, docs []timeline.Extraction) ([]timeline.SaveResult, error) {
	for _, x := range docs {
		if x.Document.Title == f.slow {
			f.read.Store(f.in.n.Load())
		}
	}
	return f.memStore.SaveDocuments(ctx, docs)
}

// TestRunBoundedReadAhead puts a slow document early: while it is
// extracted, the ones after it must not all be read and held by the writer,
// or memory grows with the input instead of staying bounded.
func TestRunBoundedReadAhead(t *testing.T) {
	const n = 20000
	input := jsonlInput(n, map[int]int{1: 8000})
	first := strings.Index(input, "\n") + 1
	first += strings.Index(input[first:], "\n") + 1
	in := &countingReader{r: strings.NewReader(input)}
	saver := &slowSave{in: in, slow: "d1"}
	opt := ingest.Options{Workers: 2, Source: source.Options{Stdin: in}}
	sum, _ := run(t, saver, []string{"-"}, opt)
	if sum.Stored != n {
		t.Fatalf("summary %+v; want %d stored", sum, n)
	}
	small := (len(input) - first) / (n - 2)
	// Allow for the channels, the workers, a batch, the reader's buffer.
	limit := int64(first + 128*small + 80<<10)
	if got := saver.read.Load(); got > limit {
		t.Errorf("%d bytes of %d read (%d small documents) before the first one was stored; want at most %d",
			got, len(input), (got-int64(first))/int64(small), limit)
	}
}
