package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/internal/guard"
	"github.com/timeline-dev/timeline/timeline"
)

// writer puts jobs back in input order, so that document ids follow the
// order of the inputs whatever order the workers finish in, and stores
// them in batches. A batch is stored by a goroutine of its own while the
// next one fills; it is sent when full (Batch documents or BatchBytes of
// text), when it has waited BatchWait, or at the end of the input.
//
// The first batches are smaller, 8 documents and twice as many each time
// up to Batch: the first documents are then stored, and seen by show and
// the progress line, moments after the start, and a short run that is
// interrupted keeps most of its work; a few small transactions cost
// nothing next to the hundreds of full ones of a large run.
type writer struct {
	db    timeline.Saver
	opt   Options
	win   *window
	start time.Time

	sum      Summary
	reported Summary // as last passed to Progress

	pending map[int]job // extracted ahead of their turn
	next    int         // the seq due next

	batch   []job // filling, in input order
	bytes   int   // text in batch
	limit   int   // documents in a full batch: grows to Batch
	timer   *time.Timer
	overdue bool // batch has waited BatchWait

	toStore chan []job
	stored  chan stored
	busy    bool // a batch is being stored
}

// firstBatch is the size of the first batch.
const firstBatch = 8

// stored is what became of a batch.
type stored struct {
	jobs    []job
	results []timeline.SaveResult
	err     error
}

func newWriter(db timeline.Saver, opt Options, win *window, start time.Time) *writer {
	t := time.NewTimer(time.Hour)
	t.Stop()
	return &writer{db: db, opt: opt, win: win, start: start, pending: map[int]job{}, timer: t, limit: min(firstBatch, opt.Batch),
		toStore: make(chan []job), stored: make(chan stored, 1)}
}

// run stores the jobs of done until it is closed, or the store fails, or
// ctx is cancelled. It returns only once no batch is being stored.
func (w *writer) run(ctx context.Context, done <-chan job) error {
	go w.store(ctx)
	defer func() {
		close(w.toStore)
		if w.busy { // its documents are stored or not: count them either way
			w.finish(ctx, <-w.stored)
		}
		w.timer.Stop()
	}()
	for done != nil || len(w.batch) > 0 || w.busy {
		if done == nil && len(w.batch) > 0 && !w.busy {
			if err := w.submit(ctx); err != nil {
				return err
			}
			continue
		}
		var due <-chan time.Time
		if len(w.batch) > 0 && !w.overdue {
			due = w.timer.C
		}
		select {
		case j, ok := <-done:
			if !ok {
				done = nil
				continue
			}
			if err := w.add(ctx, j); err != nil {
				return err
			}
		case s := <-w.stored:
			w.busy = false
			if err := w.finish(ctx, s); err != nil {
				return err
			}
			if len(w.batch) > 0 && w.overdue {
				if err := w.submit(ctx); err != nil {
					return err
				}
			}
		case <-due:
			w.overdue = true
			if !w.busy {
				if err := w.submit(ctx); err != nil {
					return err
				}
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if w.opt.Progress != nil && w.sum != w.reported {
		w.progress() // items after the last batch: errors, warnings
	}
	return nil
}

// store runs SaveDocuments on each batch it is sent.
func (w *writer) store(ctx context.Context) {
	for jobs := range w.toStore {
		xs := make([]timeline.Extraction, len(jobs))
		for i, j := range jobs {
			xs[i] = j.x
		}
		results, err := w.save(ctx, xs)
		w.stored <- stored{jobs, results, err}
	}
}

// save stores xs, turning a panic in the store into the failure of the
// document that caused it. A batch that panics is stored again a document
// at a time: each document is atomic and the batch's transaction was
// rolled back, so the others are stored as if nothing had happened.
func (w *writer) save(ctx context.Context, xs []timeline.Extraction) (results []timeline.SaveResult, err error) {
	perr := guard.Run(xs[0].Document.Source, "storing", func() { results, err = w.db.SaveDocuments(ctx, xs) })
	if perr == nil {
		return results, err
	}
	if len(xs) == 1 {
		return []timeline.SaveResult{{Err: perr}}, nil
	}
	results = make([]timeline.SaveResult, len(xs))
	for i := range xs {
		one, err := w.save(ctx, xs[i:i+1])
		if err != nil {
			return nil, err
		}
		results[i] = one[0]
	}
	return results, nil
}

// add takes an extracted job and accepts, in order, every job now due.
func (w *writer) add(ctx context.Context, j job) error {
	w.pending[j.seq] = j
	for {
		j, ok := w.pending[w.next]
		if !ok {
			return nil
		}
		delete(w.pending, w.next)
		w.next++
		if err := w.accept(ctx, j); err != nil {
			return err
		}
	}
}

// accept reports an item's warnings and errors and adds its document to the
// batch, sending the batch when full. A batch never holds more than Batch
// documents, nor more than BatchBytes of text unless it is one document.
func (w *writer) accept(ctx context.Context, j job) error {
	for _, msg := range j.item.Warnings {
		w.sum.Warnings++
		w.opt.Report("warning: " + msg)
	}
	if j.item.Err != nil {
		w.sum.Failed++
		w.reportError(j.item.Err, "")
	}
	if j.item.Err != nil || j.item.Doc == nil {
		w.win.release(j.cost)
		return nil
	}
	n := len(j.item.Doc.Text)
	w.sum.Documents++
	w.sum.Bytes += int64(n)
	if len(w.batch) > 0 && w.bytes+n > w.opt.BatchBytes {
		if err := w.submit(ctx); err != nil {
			return err
		}
	}
	if len(w.batch) == 0 {
		w.timer.Reset(w.opt.BatchWait)
	}
	w.batch = append(w.batch, j)
	w.bytes += n
	if len(w.batch) >= w.limit || w.bytes >= w.opt.BatchBytes {
		return w.submit(ctx)
	}
	return nil
}

// submit hands the batch to the storing goroutine, once the one before it
// is stored.
func (w *writer) submit(ctx context.Context) error {
	if w.busy {
		w.busy = false
		if err := w.finish(ctx, <-w.stored); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	w.toStore <- w.batch
	w.busy = true
	w.limit = min(2*w.limit, w.opt.Batch)
	w.batch, w.bytes, w.overdue = nil, 0, false
	w.timer.Stop()
	return nil
}

// finish counts and reports what the store did with a batch.
func (w *writer) finish(ctx context.Context, s stored) error {
	for _, j := range s.jobs {
		w.win.release(j.cost)
	}
	if s.err != nil {
		// An interrupted batch is not stored but did not fail either: a
		// rerun stores it.
		if ctx.Err() == nil {
			w.sum.Failed += len(s.jobs)
		}
		return s.err
	}
	// What each document of the batch holds, as stored: a copy later in
	// the batch may re-extract a document stored earlier in it, and date
	// it. Warnings of undated documents wait for the end of the batch.
	type counts struct{ mentions, events, unresolved int }
	held := map[int64]counts{}
	var order []int64
	warning := map[int64]string{}
	for i, r := range s.results {
		x := s.jobs[i].x
		switch {
		case r.Err != nil:
			w.sum.Failed++
			w.reportError(r.Err, x.Document.Source)
			continue
		case r.Stored:
			w.sum.Stored++
		case r.Updated:
			w.sum.Updated++
		default:
			w.sum.Duplicates++
		}
		if !r.Stored && w.opt.Copy != nil {
			w.opt.Copy(Copy{Document: x.Document, Of: r.Of, Updated: r.Updated, Reextracted: r.Reextracted, Changed: r.Changed})
		}
		if !r.Stored && !r.Reextracted {
			continue
		}
		id := x.Document.ID
		before, seen := held[id]
		if !seen {
			order = append(order, id)
		}
		now := counts{len(x.Mentions), len(x.Events), unresolved(x.Mentions)}
		held[id] = now
		w.sum.Mentions += now.mentions - before.mentions
		w.sum.Events += now.events - before.events
		w.sum.Unresolved += now.unresolved - before.unresolved
		warning[id] = ""
		if n := now.unresolved; n > 0 {
			warning[id] = fmt.Sprintf("warning: %s: no publication date: %d relative expression%s left undated (pass --published YYYY-MM-DD)",
				x.Document.Source, n, plural(n))
		}
	}
	for _, id := range order {
		if line := warning[id]; line != "" {
			w.sum.Warnings++
			w.opt.Report(line)
		}
	}
	if w.opt.Progress != nil {
		w.progress()
	}
	return nil
}

// reportError reports the failure of one item, prefixed with its source
// unless the message names it already; with Options.Verbose the stack of
// a recovered panic follows.
func (w *writer) reportError(err error, source string) {
	stack := guard.Stack(err)
	msg := timeline.ErrorMessage(err)
	if source != "" && stack == nil {
		msg = source + ": " + msg
	}
	w.opt.Report("error: " + msg)
	if stack != nil && w.opt.Verbose {
		w.opt.Report(string(stack))
	}
}

func (w *writer) progress() {
	w.sum.Elapsed = time.Since(w.start)
	w.reported = w.sum
	w.opt.Progress(w.sum)
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
