// Package ingest runs the pipeline from files to the store: sources are read
// in one goroutine, parsing and extraction (tagging, events) run on every
// core, and a single writer stores documents in input order, in batched
// transactions that run while the next batch is read and extracted, each
// document atomic. Memory stays bounded by a window of bytes held between
// reading and storing, whatever the input.
package ingest

import (
	"context"
	"runtime"
	"sync"
	"time"

	"github.com/timeline-dev/timeline/internal/guard"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/source"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// Version names the extraction that produced stored mentions and events;
// reindex re-extracts documents stored under any other version.
const Version = temporal.Version + "+" + extract.Version

// Defaults of Options. A transaction costs the same fixed commit whatever
// it holds, so batches are large; the byte limits keep one batch, and all
// that waits around it, to a few megabytes.
const (
	DefaultBatch      = 256
	DefaultBatchBytes = 4 << 20
	DefaultBatchWait  = 250 * time.Millisecond
)

// Options controls a run.
type Options struct {
	Source source.Options
	// Workers is the number of parsing and extraction goroutines; 0 means
	// one per core.
	Workers int
	// Batch is the most documents stored per transaction; 0 means
	// DefaultBatch.
	Batch int
	// BatchBytes is the most document text stored per transaction; 0 means
	// DefaultBatchBytes. A larger document is stored alone.
	BatchBytes int
	// BatchWait is how long a batch may wait to fill before it is stored
	// anyway, so that a slow input (a pipe) still shows progress; 0 means
	// DefaultBatchWait.
	BatchWait time.Duration
	// Window bounds the bytes read and not yet stored (input not yet
	// parsed, then document text), which bounds memory; 0 means four
	// batches' worth, so that reading and extraction go on while a batch
	// is stored and the next one fills.
	Window int
	// Report receives every warning and error, one line each.
	Report func(line string)
	// Copy, when set, receives every document whose text was already
	// stored, whether it was skipped or updated the stored document.
	Copy func(Copy)
	// Verbose follows the report of an internal error (a panic recovered
	// while one document was read, extracted or stored) with its stack,
	// in one more call of Report.
	Verbose bool
	// Extract finds the mentions and events of a document, or of a section
	// of a long one; nil means extract.Process. A panic in it fails that
	// document only.
	Extract func(*timeline.Document) ([]timeline.Mention, []timeline.Event)
	// Progress is called after each stored batch, and once at the end.
	Progress func(Summary)
}

// withDefaults fills in the zero fields of opt.
func (opt Options) withDefaults() Options {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Batch <= 0 {
		opt.Batch = DefaultBatch
	}
	if opt.BatchBytes <= 0 {
		opt.BatchBytes = DefaultBatchBytes
	}
	if opt.BatchWait <= 0 {
		opt.BatchWait = DefaultBatchWait
	}
	if opt.Window <= 0 {
		opt.Window = 4 * opt.BatchBytes
	}
	if opt.Report == nil {
		opt.Report = func(string) {}
	}
	if opt.Extract == nil {
		opt.Extract = extract.Process
	}
	// Parsing is the workers' job: the walk only reads bytes, in order.
	opt.Source.Defer = true
	return opt
}

// Copy is a document whose text was already stored, or read earlier in
// the run.
type Copy struct {
	Document *timeline.Document // the copy as read; its ID is the stored document's
	Of       *timeline.Document // the stored document before this copy came, without its text
	// Updated says the copy changed the stored document (Changed names
	// what: published, source, url, title); Reextracted that it brought
	// another publication date, so that the document was re-extracted.
	// Otherwise the copy was skipped.
	Updated     bool
	Reextracted bool
	Changed     []string
}

// Summary counts what a run did.
type Summary struct {
	Documents  int   // documents read successfully
	Stored     int   // documents newly stored
	Updated    int   // copies of stored documents that updated them
	Duplicates int   // copies of stored documents skipped
	Failed     int   // files or records that could not be read or stored
	Mentions   int   // time expressions in stored documents
	Events     int   // events in stored and re-extracted documents
	Unresolved int   // relative expressions left without a date (no publication date)
	Warnings   int   // warnings reported
	Bytes      int64 // text bytes read
	Elapsed    time.Duration
}

// job is one item in input order, carried through parsing and extraction.
type job struct {
	seq  int
	item source.Item
	cost int64 // its share of the window
	x    timeline.Extraction
}

// minCost is the least share of the window an item takes, so that the
// window bounds the number of items too, however small.
const minCost = 256

// cost is the share of the window an item takes: its input until parsed,
// then its text.
func cost(it source.Item) int64 {
	return max(int64(it.Size()), minCost)
}

// Run ingests paths into db. It returns an error only when the run itself
// cannot go on (the database failed, ctx was cancelled: then the summary
// counts what was done before); failures of single files are reported
// through opt.Report and counted in Summary.Failed.
func Run(ctx context.Context, db timeline.Saver, paths []string, opt Options) (Summary, error) {
	start := time.Now()
	opt = opt.withDefaults()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	win := newWindow(int64(opt.Window))
	jobs := make(chan job, opt.Workers*2)
	done := make(chan job, opt.Workers*2)
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		seq := 0
		readErr <- source.Walk(ctx, paths, opt.Source, func(it source.Item) error {
			c := cost(it)
			if err := win.acquire(ctx, c); err != nil {
				return err
			}
			select {
			case jobs <- job{seq: seq, item: it, cost: c}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.item = j.item.Parse()
				if c := cost(j.item); c < j.cost { // parsed, it holds less
					win.release(j.cost - c)
					j.cost = c
				}
				if doc := j.item.Doc; doc != nil && j.item.Err == nil {
					doc.ExtractorVersion = Version
					j.x = timeline.Extraction{Document: doc}
					err := guard.Run(doc.Source, "extracting events", func() {
						j.x.Mentions, j.x.Events = extractSections(doc, sectionSize, opt.Extract)
					})
					if err != nil {
						j.item.Err, j.x = err, timeline.Extraction{}
					}
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

	w := newWriter(db, opt, win, start)
	err := w.run(ctx, done)
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
