package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline/ingest"
	"github.com/timeline-dev/timeline/timeline/source"
)

// ingestFlags are the flags of `timeline ingest`.
type ingestFlags struct {
	db        string
	published string
	include   []string
	exclude   []string
	fields    []string
	maxSize   int64
	workers   int
	quiet     bool
}

func newIngestCommand(e *env) *cobra.Command {
	var f ingestFlags
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Store articles with their time expressions and dated events",
		Long: `Reads files, folders (recursively; hidden files skipped) or - for standard
input: plain text (with an optional title:/published:/url: header), HTML
pages, JSON Lines or JSON arrays, TimeML; .gz files transparently. Each
document is stored whole or not at all; the same content is stored once.`,
		Example: `  timeline ingest --published 2025-05-19 article.txt
  timeline ingest --include '*.html' saved-pages/
  timeline ingest --field text=body --field published=pub_date export.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opt, err := f.options(e)
			if err != nil {
				return err
			}
			db, err := store.Open(cmd.Context(), f.db)
			if err != nil {
				return err
			}
			defer db.Close()
			sum, err := runIngest(cmd, e, db, args, opt, f.quiet)
			if errors.Is(err, context.Canceled) {
				fmt.Fprintf(e.stderr, "timeline: interrupted: %d document%s stored; run the same command again to resume\n", sum.Stored, plural(sum.Stored))
				return &exitError{exitInterrupted}
			}
			if err != nil {
				return err
			}
			if sum.Failed > 0 {
				return &exitError{exitFailed}
			}
			return nil
		},
	}
	addDBFlag(cmd, e, &f.db)
	addSourceFlags(cmd, &f)
	cmd.Flags().BoolVarP(&f.quiet, "quiet", "q", false, "no progress and no summary")
	return cmd
}

// addSourceFlags adds the flags that say how inputs are read.
func addSourceFlags(cmd *cobra.Command, f *ingestFlags) {
	cmd.Flags().StringVar(&f.published, "published", "", "publication date of every document (YYYY-MM-DD); overrides metadata")
	cmd.Flags().StringArrayVar(&f.include, "include", nil, "only files matching this glob (repeatable)")
	cmd.Flags().StringArrayVar(&f.exclude, "exclude", nil, "skip files matching this glob (repeatable)")
	cmd.Flags().StringArrayVar(&f.fields, "field", nil, "JSON field for a role, e.g. text=body (roles: text, published, title, url, id)")
	cmd.Flags().Int64Var(&f.maxSize, "max-size", source.DefaultMaxSize, "largest file or JSON record read, in bytes")
	cmd.Flags().IntVar(&f.workers, "workers", 0, "extraction workers (default: one per core)")
}

func (f *ingestFlags) options(e *env) (ingest.Options, error) {
	opt := ingest.Options{Workers: f.workers}
	opt.Source = source.Options{Include: f.include, Exclude: f.exclude, MaxSize: f.maxSize, Now: e.now(), Stdin: e.stdin}
	if f.published != "" {
		t, err := source.ParseDate(f.published)
		if err != nil {
			return opt, &usageError{fmt.Errorf("--published %q: %v", f.published, err)}
		}
		opt.Source.Published = t
	}
	if len(f.fields) > 0 {
		opt.Source.Fields = map[string]string{}
		for _, kv := range f.fields {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" || v == "" {
				return opt, &usageError{fmt.Errorf("--field %q: want ROLE=NAME, e.g. text=body", kv)}
			}
			opt.Source.Fields[k] = v
		}
	}
	return opt, nil
}

// runIngest runs the pipeline with progress on a terminal and prints the
// closing summary.
func runIngest(cmd *cobra.Command, e *env, db *store.DB, paths []string, opt ingest.Options, quiet bool) (ingest.Summary, error) {
	opt.Report = func(line string) { fmt.Fprintln(e.stderr, line) }
	var p *progress
	if e.stderrTTY && !quiet {
		p = newProgress(e.stderr, totalSize(paths))
		opt.Progress = p.update
		opt.Report = func(line string) { p.clear(); fmt.Fprintln(e.stderr, line) }
	}
	sum, err := ingest.Run(cmd.Context(), db, paths, opt)
	if p != nil {
		p.clear()
	}
	if !quiet {
		fmt.Fprintf(e.stderr, "%d stored, %d duplicate%s skipped, %d event%s, %d warning%s, %d error%s (%.1f MB in %s)\n",
			sum.Stored, sum.Duplicates, plural(sum.Duplicates), sum.Events, plural(sum.Events),
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
