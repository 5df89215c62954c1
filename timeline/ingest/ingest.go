// Package ingest runs the pipeline from files to the store: sources are read
// in one goroutine, extraction (tagging, events) runs on every core, and a
// single writer stores documents in batched transactions, each document
// atomic. Memory stays bounded by the channel sizes, whatever the input.
package ingest

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/source"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// Version names the extraction that produced stored mentions and events;
// reindex re-extracts documents stored under any other version.
const Version = temporal.Version + "+" + extract.Version

// Options controls a run.
type Options struct {
	Source source.Options
	// Workers is the number of extraction goroutines; 0 means one per core.
	Workers int
	// Batch is the number of documents stored per transaction; 0 means 64.
	Batch int
	// Report receives every warning and error, one line each.
	Report func(line string)
	// Progress is called after each stored batch.
	Progress func(Summary)
}

// Summary counts what a run did.
type Summary struct {
	Documents  int   // documents read successfully
	Stored     int   // documents newly stored
	Duplicates int   // documents already in the store
	Failed     int   // files or records that could not be read or stored
	Mentions   int   // time expressions in stored documents
	Events     int   // events in stored documents
	Unresolved int   // relative expressions left without a date (no publication date)
	Warnings   int   // warnings reported
	Bytes      int64 // text bytes read
	Elapsed    time.Duration
}

// job is one item in input order, carried through extraction.
type job struct {
	seq  int
	item source.Item
	x    timeline.Extraction
}

// Run ingests paths into db. It returns an error only when the run itself
// cannot go on (the database failed, ctx was cancelled: then the summary
// counts what was done before); failures of single files are reported
// through opt.Report and counted in Summary.Failed.
func Run(ctx context.Context, db timeline.Saver, paths []string, opt Options) (Summary, error) {
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := opt.Batch
	if batch <= 0 {
		batch = 64
	}
	report := opt.Report
	if report == nil {
		report = func(string) {}
	}

	jobs := make(chan job, workers*2)
	done := make(chan job, workers*2)
	// window bounds the items between the reader and the writer. The writer
	// holds those extracted before an earlier, slower one; without a bound
	// the reader would run ahead for as long as that one takes.
	window := make(chan struct{}, workers*8)
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		seq := 0
		readErr <- source.Walk(ctx, paths, opt.Source, func(it source.Item) error {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{seq: seq, item: it}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if doc := j.item.Doc; doc != nil && j.item.Err == nil {
					doc.ExtractorVersion = Version
					mentions, events := extract.Process(doc)
					j.x = timeline.Extraction{Document: doc, Mentions: mentions, Events: events}
				}
				select {
				case done <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	w := writer{db: db, report: report, batch: batch, progress: opt.Progress, start: start, window: window}
	err := w.consume(ctx, done)
	if err != nil {
		cancel()
		for range done { // let the workers finish
		}
	}
	w.sum.Elapsed = time.Since(start)
	if err == nil {
		// The walk's own failure (invalid options), unless ctx is done: the
		// reader may then be stuck in a read of standard input.
		select {
		case err = <-readErr:
		case <-ctx.Done():
		}
	}
	if err == nil {
		// Cancelled, the workers drop what they hold: the run is not whole.
		err = ctx.Err()
	}
	return w.sum, err
}

// writer stores jobs in input order so that document ids follow the order
// of the inputs, whatever order the workers finish in.
type writer struct {
	db       timeline.Saver
	report   func(string)
	progress func(Summary)
	batch    int
	start    time.Time
	sum      Summary
	pending  map[int]job
	next     int
	queue    []job
	window   chan struct{} // a slot per item read and not yet accepted
}

func (w *writer) consume(ctx context.Context, done <-chan job) error {
	w.pending = make(map[int]job)
	for j := range done {
		w.pending[j.seq] = j
		for {
			j, ok := w.pending[w.next]
			if !ok {
				break
			}
			delete(w.pending, w.next)
			w.next++
			<-w.window
			w.accept(j)
			// Flush here, not after the loop: a slow document releases
			// all those queued behind it at once, and a transaction must
			// still hold at most batch documents.
			if len(w.queue) >= w.batch {
				if err := w.flush(ctx); err != nil {
					return err
				}
			}
		}
		if len(w.queue) > 0 && len(done) == 0 {
			if err := w.flush(ctx); err != nil {
				return err
			}
		}
	}
	return w.flush(ctx)
}

// accept reports an item's warnings and errors and queues its document.
func (w *writer) accept(j job) {
	for _, msg := range j.item.Warnings {
		w.sum.Warnings++
		w.report("warning: " + msg)
	}
	if j.item.Err != nil {
		w.sum.Failed++
		w.report("error: " + timeline.ErrorMessage(j.item.Err))
		return
	}
	if j.item.Doc == nil {
		return
	}
	w.sum.Documents++
	w.sum.Bytes += int64(len(j.item.Doc.Text))
	w.queue = append(w.queue, j)
}

func (w *writer) flush(ctx context.Context) error {
	if len(w.queue) == 0 {
		return nil
	}
	xs := make([]timeline.Extraction, len(w.queue))
	for i, j := range w.queue {
		xs[i] = j.x
	}
	results, err := w.db.SaveDocuments(ctx, xs)
	if err != nil {
		// An interrupted batch is not stored but did not fail either: a
		// rerun stores it.
		if ctx.Err() == nil {
			w.sum.Failed += len(xs)
		}
		return err
	}
	for i, r := range results {
		x := xs[i]
		switch {
		case r.Err != nil:
			w.sum.Failed++
			w.report("error: " + x.Document.Source + ": " + timeline.ErrorMessage(r.Err))
		case !r.Stored:
			w.sum.Duplicates++
		default:
			w.sum.Stored++
			w.sum.Mentions += len(x.Mentions)
			w.sum.Events += len(x.Events)
			if n := unresolved(x.Mentions); n > 0 {
				w.sum.Unresolved += n
				w.sum.Warnings++
				w.report(fmt.Sprintf("warning: %s: no publication date: %d relative expression%s left undated (pass --published YYYY-MM-DD)",
					x.Document.Source, n, plural(n)))
			}
		}
	}
	w.queue = w.queue[:0]
	if w.progress != nil {
		w.sum.Elapsed = time.Since(w.start)
		w.progress(w.sum)
	}
	return nil
}

func unresolved(ms []timeline.Mention) int {
	n := 0
	for i := range ms {
		if ms[i].How.Anchor == timeline.AnchorMissing {
			n++
		}
	}
	return n
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
