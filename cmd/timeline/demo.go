package main

import (
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/export"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/ingest"
)

// The built-in sample: the article behind this project, published by The
// National on Monday 2025-05-19.
var (
	//go:embed sample/article.txt
	sampleText      string
	samplePublished = time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC)
)

const sampleTitle = "Trump and Putin hold two-hour call (The National)"

func newDemoCommand(e *env) *cobra.Command {
	var (
		format  string
		explain bool
	)
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the built-in sample article into a temporary database and print its timeline",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w, err := export.New(format, e.stdout, export.Options{Explain: explain, Title: sampleTitle, Width: tableWidth(e, format)})
			if err != nil {
				return &usageError{err}
			}
			dir, err := os.MkdirTemp("", "timeline-demo-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			db, err := store.Open(cmd.Context(), filepath.Join(dir, "demo.db"))
			if err != nil {
				return err
			}
			defer db.Close()
			doc := &timeline.Document{
				Source: "sample/article.txt", Title: sampleTitle, Text: sampleText,
				Published: samplePublished, PublishedFrom: "flag", ExtractorVersion: ingest.Version,
			}
			mentions, events := extract.Process(doc)
			if _, err := db.SaveDocument(cmd.Context(), doc, mentions, events); err != nil {
				return err
			}
			if format == export.FormatTable {
				// Only events whose date is on the calendar are rows; "as soon
				// as possible" is an event of the text but of no day.
				onTimeline := 0
				for _, ev := range events {
					if mentions[ev.Mention].Anchored() {
						onTimeline++
					}
				}
				fmt.Fprintf(e.stdout, "Timeline of %q, published %s: %d time expressions, %d events on the timeline.\n\n",
					doc.Title, doc.Published.Format("Monday 2 January 2006"), len(mentions), onTimeline)
			}
			if err := db.EachRow(cmd.Context(), timeline.Filter{}, func(r *timeline.Row) error { return w.Write(r) }); err != nil {
				return err
			}
			if err := w.Close(); err != nil {
				return err
			}
			if format == export.FormatTable {
				fmt.Fprintln(e.stdout, "\nNext: timeline ingest --published YYYY-MM-DD your-article.txt && timeline show")
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", export.FormatTable, "table, csv, json, jsonl, markdown, timelinejs or html")
	cmd.Flags().BoolVar(&explain, "explain", false, "show how each date was resolved")
	return cmd
}
