package main

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/export"
	"github.com/timeline-dev/timeline/timeline/ingest"
	"github.com/timeline-dev/timeline/timeline/source"
)

// sample is the article behind this project, published by The National on
// Monday 2025-05-19, with a header giving its title and date as a user's
// file would.
//
//go:embed sample/article.txt
var sample []byte

// sampleName is the sample's source, as if it were read from that file.
const sampleName = "sample/article.txt"

// demoCommand is `timeline demo`: the sample article ingested into a
// temporary database, through the same pipeline as ingest, and shown.
type demoCommand struct {
	env     *env
	format  string
	explain bool
}

func (c *demoCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the built-in sample article into a temporary database and print its timeline",
		Args:  usageArgs(cobra.NoArgs),
		RunE:  func(cmd *cobra.Command, _ []string) error { return c.run(cmd.Context()) },
	}
	cmd.Flags().StringVarP(&c.format, "format", "f", export.FormatTable, "table, csv, json, jsonl, markdown, timelinejs or html")
	cmd.Flags().BoolVar(&c.explain, "explain", false, "show how each date was resolved")
	return cmd
}

func (c *demoCommand) run(ctx context.Context) error {
	e := c.env
	dir, err := os.MkdirTemp("", "timeline-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db, err := store.Open(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	opt := ingest.Options{
		Source: source.Options{Stdin: bytes.NewReader(sample), StdinName: sampleName},
		Report: func(line string) { fmt.Fprintln(e.stderr, line) },
	}
	sum, err := ingest.Run(ctx, db, []string{"-"}, opt)
	if err != nil {
		return err
	}
	if sum.Stored != 1 {
		return fmt.Errorf("the sample article was not stored")
	}
	var doc *timeline.Document
	if err := db.Documents(ctx, func(d *timeline.Document) error { doc = d; return nil }); err != nil {
		return err
	}
	w, err := export.New(c.format, e.stdout, export.Options{Explain: c.explain, Title: doc.Title, Width: tableWidth(e, c.format)})
	if err != nil {
		return &usageError{err}
	}
	if c.format == export.FormatTable {
		// The timeline shows what happened or is planned: of the events
		// found, not those left undated, denied, only supposed, or the
		// reporting verbs.
		_, shown, err := db.Timeline(ctx, timeline.Filter{Limit: 1})
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Timeline of %q, published %s: %d time expressions, %d events, %d of them on the timeline.\n\n",
			doc.Title, doc.Published.Format("Monday 2 January 2006"), sum.Mentions, sum.Events, shown)
	}
	if err := db.EachRow(ctx, timeline.Filter{}, w.Write); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if c.format == export.FormatTable {
		fmt.Fprintln(e.stdout, "\nNext: timeline ingest --published YYYY-MM-DD your-article.txt && timeline show")
	}
	return nil
}
