package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/internal/guard"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/source"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// tagCommand is `timeline tag`: the tagger's findings on the documents of
// its inputs, read as ingest reads them, without storing anything.
type tagCommand struct {
	env     *env
	dct     string
	format  string
	source  sourceFlags
	verbose bool
	files   []string
}

func (c *tagCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "tag [PATH...]",
		Short: "Print the time expressions the tagger finds, without storing",
		Long: `Tags what ingest reads, read the same way, without storing it: plain text
or HTML (publication date from a text header, the page's metadata or a
dateline; --dct overrides), JSON Lines or JSON arrays such as
{"id","dct","text"} (fields found by common names, or named with --field),
TimeML (.tml: text from <TEXT>, date from the CREATION_TIME; existing
annotations ignored), and folders of them. Reads standard input when no
path is given. Output: JSON Lines
{"id","timexes":[{"start","end","text","type","value"}]} with code-point
offsets, one line per document in input order; --format timeml writes
TempEval-3 style TimeML; --format text a readable list.`,
		Example: `  timeline tag --dct 2025-05-19 article.txt
  echo '{"id":"a","dct":"2025-05-19","text":"He left last week."}' | timeline tag
  timeline tag --format timeml doc.tml`,
		Args: usageArgs(cobra.ArbitraryArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			c.files = args
			return c.run(cmd.Context())
		},
	}
	cmd.Flags().StringVar(&c.dct, "dct", "", "publication date (YYYY-MM-DD); overrides the documents' own dates")
	cmd.Flags().StringVarP(&c.format, "format", "f", "jsonl", "jsonl, timeml or text")
	c.source.add(cmd)
	cmd.Flags().BoolVarP(&c.verbose, "verbose", "v", false, "with an internal error, print its stack trace")
	return cmd
}

func (c *tagCommand) run(ctx context.Context) error {
	switch c.format {
	case "jsonl", "timeml", "text":
	default:
		return usagef("unknown format %q: want jsonl, timeml or text", c.format)
	}
	dct, err := parseDay("--dct", c.dct)
	if err != nil {
		return err
	}
	opt, err := c.source.options(c.env, dct)
	if err != nil {
		return err
	}
	opt.StdinName = "<stdin>"
	files := c.files
	if len(files) == 0 {
		files = []string{"-"}
	}
	opt.Defer = true // parsed by the taggers, on every core
	out := &tagOutput{w: bufio.NewWriter(c.env.stdout), stderr: c.env.stderr, verbose: c.verbose}
	defer out.w.Flush() // what was tagged, whatever stops the command
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // ends the walk and the taggers when writing stops first
	tag := c.env.tag
	if tag == nil {
		tag = temporal.Tag
	}
	tagged, walked := tagInputs(ctx, files, opt, tagger{format: c.format, tag: tag}, runtime.GOMAXPROCS(0))
	for {
		select {
		case t, ok := <-tagged:
			if !ok {
				if err := <-walked; err != nil {
					return err
				}
				if err := out.w.Flush(); err != nil {
					return err
				}
				if out.failed {
					return &exitError{exitFailed}
				}
				return nil
			}
			if err := out.write(t); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// tagJob is one item of the walk, tagged and written out in the format
// asked for by a tagger goroutine, in its place in the input order.
type tagJob struct {
	seq  int
	item source.Item
	out  []byte // the document's output
	err  error  // why it could not be written
}

// tagInputs reads paths in a goroutine of its own, tags their documents on
// workers goroutines and hands them over in input order, so that the
// output is the same as one goroutine would write. The caller's goroutine,
// which writes them, can stop on Ctrl-C even while the walk is blocked on
// standard input: no context interrupts that. walked receives the walk's
// error once tagged is closed. At most a few items per worker are held at
// once, whatever the input.
func tagInputs(ctx context.Context, paths []string, opt source.Options, tg tagger, workers int) (tagged <-chan tagJob, walked <-chan error) {
	window := make(chan struct{}, 16*workers) // a slot per item read and not yet written
	jobs := make(chan tagJob, workers)
	done := make(chan tagJob, workers)
	ordered := make(chan tagJob)
	errc := make(chan error, 1)
	go func() {
		defer close(jobs)
		seq := 0
		errc <- source.Walk(ctx, paths, opt, func(it source.Item) error {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- tagJob{seq: seq, item: it}:
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
				j.item = j.item.Parse()
				if doc := j.item.Doc; doc != nil && j.item.Err == nil {
					var b bytes.Buffer
					if err := guard.Run(doc.Source, "tagging", func() {
						j.err = tg.write(&b, tagDoc{ID: tagID(j.item), DCT: doc.Published, Text: doc.Text})
					}); err != nil {
						j.err = err
					}
					j.out = b.Bytes()
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
	go func() {
		defer close(ordered)
		pending := map[int]tagJob{}
		next := 0
		for j := range done {
			pending[j.seq] = j
			for {
				j, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				select {
				case ordered <- j:
					<-window
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return ordered, errc
}

// tagOutput writes tagged documents in input order; errors and warnings go
// to stderr in their place.
type tagOutput struct {
	w       *bufio.Writer
	stderr  io.Writer
	verbose bool // print the stack of an internal error
	failed  bool // some input could not be read or written
}

// write writes one tagged item.
func (o *tagOutput) write(t tagJob) error {
	it := t.item
	if len(it.Warnings) > 0 || it.Err != nil || t.err != nil {
		// What is tagged so far comes first, so that a terminal shows
		// messages next to the documents they follow.
		if err := o.w.Flush(); err != nil {
			return err
		}
	}
	for _, w := range it.Warnings {
		fmt.Fprintf(o.stderr, "warning: %s\n", w)
	}
	if it.Err != nil {
		o.failed = true
		fmt.Fprintln(o.stderr, "error: "+oneLine(timeline.ErrorMessage(it.Err)))
		o.stack(it.Err)
		return nil
	}
	doc := it.Doc
	if doc == nil {
		return nil
	}
	if doc.Published.IsZero() {
		fmt.Fprintf(o.stderr, "warning: %s: no publication date (give --dct): relative expressions stay undated\n", doc.Source)
	}
	if t.err != nil {
		o.failed = true
		msg := timeline.ErrorMessage(t.err)
		if guard.Stack(t.err) == nil { // a recovered panic names the document already
			msg = doc.Source + ": " + msg
		}
		fmt.Fprintln(o.stderr, "error: "+oneLine(msg))
		o.stack(t.err)
		return nil
	}
	_, err := o.w.Write(t.out)
	return err
}

// stack prints the stack of a recovered panic, with --verbose.
func (o *tagOutput) stack(err error) {
	if st := guard.Stack(err); st != nil && o.verbose {
		o.stderr.Write(st)
	}
}

// tagID is the id a document is known by in the output: its own, else the
// name of the file that holds it whole; a record without one keeps an
// empty id.
func tagID(it source.Item) string {
	if it.ID == "" && it.Doc.Source == it.File {
		return strings.TrimSuffix(filepath.Base(it.File), filepath.Ext(it.File))
	}
	return it.ID
}

// tagDoc is one document to tag.
type tagDoc struct {
	ID   string
	DCT  time.Time
	Text string
}
