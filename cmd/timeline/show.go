package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/export"
	"github.com/timeline-dev/timeline/timeline/merge"
)

func newShowCommand(e *env) *cobra.Command {
	var (
		db      string
		f       filterFlags
		format  string
		explain bool
		merged  bool
		groupBy string
		title   string
	)
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Print the ordered timeline, filtered, in any export format",
		Example: `  timeline show
  timeline show --from 2025-05 --to 2025-05 --format csv > may.csv
  timeline show --match ceasefire --actor Putin --explain
  timeline show --merge --format html > timeline.html`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			flt, err := f.filter()
			if err != nil {
				return err
			}
			w, err := export.New(format, e.stdout, export.Options{Explain: explain, Title: title, GroupBy: groupBy, Width: tableWidth(e, format)})
			if err != nil {
				return &usageError{err}
			}
			return withReadOnly(cmd, db, func(d *store.DB) error {
				if merged {
					rows, _, err := d.Timeline(cmd.Context(), flt)
					if err != nil {
						return err
					}
					for _, r := range merge.Merge(rows) {
						if err := w.Write(&r); err != nil {
							return err
						}
					}
					return w.Close()
				}
				if flt.Limit > 0 || flt.Offset > 0 {
					rows, total, err := d.Timeline(cmd.Context(), flt)
					if err != nil {
						return err
					}
					for i := range rows {
						if err := w.Write(&rows[i]); err != nil {
							return err
						}
					}
					if err := w.Close(); err != nil {
						return err
					}
					if format == export.FormatTable && e.stdoutTTY {
						fmt.Fprintf(e.stderr, "rows %d–%d of %d\n", flt.Offset+min(1, len(rows)), flt.Offset+len(rows), total)
					}
					return nil
				}
				// Stream: a million-row export never sits in memory.
				if err := d.EachRow(cmd.Context(), flt, func(r *timeline.Row) error { return w.Write(r) }); err != nil {
					return err
				}
				return w.Close()
			})
		},
	}
	addDBFlag(cmd, e, &db)
	cmd.Flags().StringVar(&f.from, "from", "", "first date: 2025, 2025-05, 2025-W20, 2025-05-19, \"May 2025\"")
	cmd.Flags().StringVar(&f.to, "to", "", "last date, inclusive of its whole span (--to 2025-05 ends on May 31)")
	cmd.Flags().BoolVar(&f.within, "within", false, "keep events that lie inside --from/--to (default: that overlap it)")
	cmd.Flags().StringVar(&f.match, "match", "", "full-text search over event and evidence")
	cmd.Flags().StringVar(&f.doc, "doc", "", "documents whose title or source contains this")
	cmd.Flags().StringVar(&f.typ, "type", "", "DATE or TIME")
	cmd.Flags().StringArrayVar(&f.granularity, "granularity", nil, "keep these granularities, e.g. day,week,month")
	cmd.Flags().StringVar(&f.actor, "actor", "", "events naming this actor")
	cmd.Flags().StringVar(&f.place, "place", "", "events naming this place")
	cmd.Flags().IntVar(&f.limit, "limit", 0, "at most this many rows")
	cmd.Flags().IntVar(&f.offset, "offset", 0, "skip this many rows")
	cmd.Flags().StringVarP(&format, "format", "f", export.FormatTable, "table, csv, json, jsonl, markdown, timelinejs or html")
	cmd.Flags().BoolVar(&explain, "explain", false, "show how each date was resolved (rule, anchor, tense)")
	cmd.Flags().BoolVar(&merged, "merge", false, "show an event reported by several documents once, with its sources")
	cmd.Flags().StringVar(&groupBy, "group-by", "", "timelinejs groups: document or actor")
	cmd.Flags().StringVar(&title, "title", "", "title of html and timelinejs exports")
	return cmd
}

// tableWidth fits tables to the terminal; piped output is never cut.
func tableWidth(e *env, format string) int {
	if format != export.FormatTable || !e.stdoutTTY || e.width == nil {
		return 0
	}
	return e.width()
}
