package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/source"
)

// tagCommand is `timeline tag`: the tagger's findings on the documents of
// its inputs, read as ingest reads them, without storing anything.
type tagCommand struct {
	env    *env
	dct    string
	format string
	source sourceFlags
	files  []string
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
	out := &tagOutput{w: bufio.NewWriter(c.env.stdout), stderr: c.env.stderr, format: c.format}
	defer out.w.Flush() // what was tagged, whatever stops the command
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // ends the walk when tagging stops first
	items, walked := walkInputs(ctx, files, opt)
	for {
		select {
		case it, ok := <-items:
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
			if err := out.item(it); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// walkInputs reads paths in a goroutine of its own and hands their items
// over, so that the caller's goroutine, which tags them, can stop on Ctrl-C
// even while the walk is blocked on standard input: no context interrupts
// that. walked receives the walk's error once items is closed.
func walkInputs(ctx context.Context, paths []string, opt source.Options) (items <-chan source.Item, walked <-chan error) {
	ch := make(chan source.Item)
	errc := make(chan error, 1)
	go func() {
		defer close(ch)
		errc <- source.Walk(ctx, paths, opt, func(it source.Item) error {
			select {
			case ch <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	return ch, errc
}

// tagOutput tags documents and writes them in input order; errors and
// warnings go to stderr as they come.
type tagOutput struct {
	w      *bufio.Writer
	stderr io.Writer
	format string
	failed bool // some input could not be read
}

// item handles one item of the walk.
func (o *tagOutput) item(it source.Item) error {
	if len(it.Warnings) > 0 || it.Err != nil {
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
		return nil
	}
	doc := it.Doc
	if doc == nil {
		return nil
	}
	id := it.ID
	if id == "" && doc.Source == it.File {
		// A whole file without an identifier of its own is known by its
		// name; a record without one keeps an empty id.
		id = strings.TrimSuffix(filepath.Base(it.File), filepath.Ext(it.File))
	}
	if doc.Published.IsZero() {
		fmt.Fprintf(o.stderr, "warning: %s: no publication date (give --dct): relative expressions stay undated\n", doc.Source)
	}
	return writeTagged(o.w, o.format, tagDoc{ID: id, DCT: doc.Published, Text: doc.Text})
}

// tagDoc is one document to tag.
type tagDoc struct {
	ID   string
	DCT  time.Time
	Text string
}
