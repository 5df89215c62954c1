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
	"time"

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
// Options.Batch, nor the smaller sizes of the first batches, and hold the
// documents in input order, even when a slow first document releases many
// at once.
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
		{"default batch", 600, map[int]int{1: 400}, 4, 0},
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
				limit = ingest.DefaultBatch
			}
			next := 0
			for i, b := range saver.batches {
				// The first batches are smaller: 8, 16, 32...
				if want := min(8<<min(i, 20), limit); len(b) == 0 || len(b) > want {
					t.Errorf("batch %d holds %d documents; want 1..%d", i, len(b), want)
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
// or memory grows with the input instead of staying bounded by the window.
func TestRunBoundedReadAhead(t *testing.T) {
	const n = 20000
	input := jsonlInput(n, map[int]int{1: 8000})
	first := strings.Index(input, "\n") + 1
	slow := strings.Index(input[first:], "\n") + 1
	for _, window := range []int{64 << 10, 1 << 20} {
		t.Run(fmt.Sprint(window), func(t *testing.T) {
			in := &countingReader{r: strings.NewReader(input)}
			saver := &slowSave{in: in, slow: "d1"}
			opt := ingest.Options{Workers: 2, Window: window, Source: source.Options{Stdin: in}}
			sum, _ := run(t, saver, []string{"-"}, opt)
			if sum.Stored != n {
				t.Fatalf("summary %+v; want %d stored", sum, n)
			}
			// Allow for the reader's buffer and the slow document itself,
			// which may be read alone once the window is empty.
			limit := int64(first + slow + window + 80<<10)
			if got := saver.read.Load(); got > limit {
				t.Errorf("%d bytes of %d read before the first one was stored; want at most %d", got, len(input), limit)
			}
		})
	}
}

// TestWriterBatchBytes checks that no batch holds more than BatchBytes of
// text, except a single document larger than that.
func TestWriterBatchBytes(t *testing.T) {
	const limit = 8 << 10
	input := jsonlInput(300, map[int]int{10: 400, 11: 5, 200: 300})
	saver := &memStore{}
	opt := ingest.Options{Workers: 2, BatchBytes: limit, Source: source.Options{Stdin: strings.NewReader(input)}}
	sum, _ := run(t, saver, []string{"-"}, opt)
	if sum.Stored != 300 {
		t.Fatalf("summary %+v; want 300 stored", sum)
	}
	alone := 0
	for i, b := range saver.textBytes {
		total := 0
		for _, n := range b {
			total += n
		}
		if total > limit && len(b) > 1 {
			t.Errorf("batch %d holds %d documents, %d bytes of text; want at most %d unless alone", i, len(b), total, limit)
		}
		if total > limit {
			alone++
		}
	}
	if alone != 2 || len(saver.batches) < 300*300/limit {
		t.Errorf("%d batches, %d of one large document; want 2 of those and the rest split by size", len(saver.batches), alone)
	}
}

// gatedReader gives its input up to a gate, then blocks until the gate
// opens, as a pipe does when the writer pauses.
type gatedReader struct {
	r    io.Reader
	gate int // bytes given before waiting
	open chan struct{}
	n    int
}

func (g *gatedReader) Read(p []byte) (int, error) {
	if g.n >= g.gate {
		<-g.open
	} else if len(p) > g.gate-g.n {
		p = p[:g.gate-g.n]
	}
	n, err := g.r.Read(p)
	g.n += n
	return n, err
}

// TestWriterBatchWait feeds some documents and then stalls the input: they
// must be stored after BatchWait, not held until the input ends.
func TestWriterBatchWait(t *testing.T) {
	const n = 100
	input := jsonlInput(n, nil)
	// Past the 8 KB that standard input is sniffed with, at a line's end.
	gate := 10 << 10
	gate += strings.Index(input[gate:], "\n") + 1
	before := strings.Count(input[:gate], "\n")
	in := &gatedReader{r: strings.NewReader(input), gate: gate, open: make(chan struct{})}
	first := make(chan struct{}, 1)
	saver := &memStore{onSave: func(call int) {
		if call == 1 {
			first <- struct{}{}
		}
	}}
	opt := ingest.Options{Workers: 2, BatchWait: 20 * time.Millisecond, Source: source.Options{Stdin: in}}
	result := make(chan ingest.Summary, 1)
	go func() {
		sum, _ := run(t, saver, []string{"-"}, opt)
		result <- sum
	}()
	select {
	case <-first:
	case <-time.After(10 * time.Second):
		t.Fatal("nothing stored while the input stalled")
	}
	close(in.open)
	if sum := <-result; sum.Stored != n {
		t.Errorf("summary %+v; want %d stored", sum, n)
	}
	if got := len(saver.batches[0]); got > before {
		t.Errorf("first batch holds %d documents; only %d were read before the stall", got, before)
	}
}

// blockingSave holds its first SaveDocuments call until the whole input has
// been read, or gives up after a while.
type blockingSave struct {
	memStore
	in       *countingReader
	size     int64
	overlap  atomic.Bool
	attempts atomic.Int32
}

func (f *blockingSave) SaveDocuments(ctx context.Context, docs []timeline.Extraction) ([]timeline.SaveResult, error) {
	if f.attempts.Add(1) == 1 {
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
			if f.in.n.Load() >= f.size {
				f.overlap.Store(true)
				break
			}
		}
	}
	return f.memStore.SaveDocuments(ctx, docs)
}

// TestWriterOverlap checks that reading and extraction go on while a batch
// is stored: the first store call waits for the rest of the input to be
// read, which happens only if the pipeline does not wait for it.
func TestWriterOverlap(t *testing.T) {
	input := jsonlInput(100, nil)
	in := &countingReader{r: strings.NewReader(input)}
	saver := &blockingSave{in: in, size: int64(len(input))}
	opt := ingest.Options{Workers: 2, Batch: 10, Source: source.Options{Stdin: in}}
	sum, _ := run(t, saver, []string{"-"}, opt)
	if sum.Stored != 100 {
		t.Fatalf("summary %+v; want 100 stored", sum)
	}
	if !saver.overlap.Load() {
		t.Errorf("the input was not read to its end while the first batch was stored")
	}
}
