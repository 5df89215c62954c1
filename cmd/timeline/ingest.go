package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/ingest"
)

// ingestCommand is `timeline ingest`: it stores documents with their
// mentions and events.
type ingestCommand struct {
	env       *env
	db        string
	published string
	source    sourceFlags
	workers   int
	quiet     bool
	verbose   bool
	report    string
	paths     []string
}

func (c *ingestCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Store articles with their time expressions and dated events",
		Long: `Reads files, folders (recursively; hidden files skipped) or - for standard
input: plain text (with an optional title:/published:/url: header), HTML
pages, JSON Lines or JSON arrays, TimeML; .gz files transparently. Each
document is stored whole or not at all; the same content is stored once.

A document whose text is already stored is a copy. A copy that brings a
publication date where the stored one has none, or an explicit --published
date other than the stored one, updates the stored document and re-extracts
it; a copy with a better name (a date and a title from its own metadata)
names it, the old name becoming another source. Otherwise the copy is
skipped; from another file or URL it is recorded as another source of the
text (timeline docs lists them). --verbose names every copy and the
document it repeats; --report FILE writes them as JSON Lines.`,
		Example: `  timeline ingest --published 2025-05-19 article.txt
  timeline ingest --include '*.html' saved-pages/
  timeline ingest --field text=body --field published=pub_date export.jsonl`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			c.paths = args
			return c.run(cmd.Context())
		},
	}
	addDBFlag(cmd, c.env, &c.db)
	cmd.Flags().StringVar(&c.published, "published", "", "publication date of every document (YYYY-MM-DD); overrides metadata")
	c.source.add(cmd)
	cmd.Flags().IntVar(&c.workers, "workers", 0, "extraction workers (default: one per core)")
	cmd.Flags().BoolVarP(&c.quiet, "quiet", "q", false, "no progress and no summary")
	cmd.Flags().BoolVarP(&c.verbose, "verbose", "v", false, "a line for every copy of a stored text, skipped or updating it, and the stack of an internal error")
	cmd.Flags().StringVar(&c.report, "report", "", "write every copy of a stored text to this file, as JSON Lines")
	return cmd
}

func (c *ingestCommand) run(ctx context.Context) error {
	if c.workers < 0 {
		return usagef("--workers %d: want 0 (one per core) or more", c.workers)
	}
	published, err := parseDay("--published", c.published)
	if err != nil {
		return err
	}
	src, err := c.source.options(c.env, published)
	if err != nil {
		return err
	}
	db, err := openForIngest(ctx, c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	copies, err := newCopyReport(c.verbose, c.report)
	if err != nil {
		return err
	}
	sum, err := c.ingest(ctx, db, ingest.Options{Source: src, Workers: c.workers, Verbose: c.verbose, Extract: c.env.extract}, copies)
	if cerr := copies.close(); err == nil && cerr != nil {
		return cerr
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintf(c.env.stderr, "timeline: interrupted: %d document%s stored; run the same command again to resume\n", sum.Stored, plural(sum.Stored))
		return &exitError{exitInterrupted}
	}
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return &exitError{exitFailed}
	}
	return nil
}

// ingest runs the pipeline with progress on a terminal and prints the
// closing summary.
func (c *ingestCommand) ingest(ctx context.Context, db timeline.Saver, opt ingest.Options, copies *copyReport) (ingest.Summary, error) {
	e := c.env
	opt.Report = func(line string) { fmt.Fprintln(e.stderr, line) }
	var p *progress
	if e.stderrTTY && !c.quiet {
		p = newProgress(e.stderr, totalSize(c.paths))
		opt.Progress = p.update
		opt.Report = func(line string) { p.clear(); fmt.Fprintln(e.stderr, line) }
	}
	if copies.wanted() {
		copies.say = opt.Report
		opt.Copy = copies.copy
	}
	sum, err := ingest.Run(ctx, db, c.paths, opt)
	if p != nil {
		p.clear()
	}
	if !c.quiet {
		fmt.Fprintf(e.stderr, "%d stored, %d updated, %d duplicate%s skipped, %d event%s, %d warning%s, %d error%s (%.1f MB in %s)\n",
			sum.Stored, sum.Updated, sum.Duplicates, plural(sum.Duplicates), sum.Events, plural(sum.Events),
			sum.Warnings, plural(sum.Warnings), sum.Failed, plural(sum.Failed),
			float64(sum.Bytes)/1e6, sum.Elapsed.Round(time.Millisecond))
	}
	return sum, err
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
