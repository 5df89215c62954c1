package main

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/export"
	"github.com/timeline-dev/timeline/timeline/merge"
)

// showCommand is `timeline show`: the stored timeline, filtered, in any
// export format.
type showCommand struct {
	env     *env
	db      string
	filter  filterFlags
	format  string
	explain bool
	merge   bool
	groupBy string
	title   string
}

func (c *showCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Print the ordered timeline, filtered, in any export format",
		Example: `  timeline show
  timeline show --from 2025-05 --to 2025-05 --format csv > may.csv
  timeline show --match ceasefire --actor Putin --role agent --explain
  timeline show --all --modality counterfactual,hypothetical
  timeline show --merge --format html > timeline.html`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error { return c.run(cmd.Context()) },
	}
	addDBFlag(cmd, c.env, &c.db)
	c.filter.add(cmd)
	cmd.Flags().StringVarP(&c.format, "format", "f", export.FormatTable, "table, csv, json, jsonl, markdown, timelinejs or html")
	cmd.Flags().BoolVar(&c.explain, "explain", false, "show how each date was resolved (rule, anchor, tense)")
	cmd.Flags().BoolVar(&c.merge, "merge", false, "show an event reported by several documents once, with its sources")
	cmd.Flags().StringVar(&c.groupBy, "group-by", "", "timelinejs groups: document or actor")
	cmd.Flags().StringVar(&c.title, "title", "", "title of html and timelinejs exports")
	return cmd
}

func (c *showCommand) run(ctx context.Context) error {
	e := c.env
	flt, err := c.filter.filter()
	if err != nil {
		return err
	}
	w, err := export.New(c.format, e.stdout, export.Options{Explain: c.explain, Title: c.title, GroupBy: c.groupBy, Width: tableWidth(e, c.format)})
	if err != nil {
		return &usageError{err}
	}
	return withReadOnly(ctx, c.db, func(d *store.DB) error {
		rows, total, err := c.rows(ctx, d, flt)
		if err != nil {
			return err
		}
		n := 0
		if err := rows(func(r *timeline.Row) error { n++; return w.Write(r) }); err != nil {
			return err
		}
		if err := w.Close(); err != nil {
			return err
		}
		if n == 0 && flt.Offset == 0 {
			if err := explainEmpty(ctx, e, d, c.db, reflect.DeepEqual(flt, timeline.Filter{})); err != nil {
				return err
			}
		}
		if total >= 0 && c.format == export.FormatTable && e.stdoutTTY {
			fmt.Fprintf(e.stderr, "rows %d–%d of %d\n", flt.Offset+min(1, n), flt.Offset+n, total)
		}
		return nil
	})
}

// rows returns what to print, as a function that calls its argument for
// every row in order: the merged rows, one page, or the whole timeline
// streamed, which a million-row export needs. total counts the rows of
// the whole timeline for a page, and is -1 otherwise.
func (c *showCommand) rows(ctx context.Context, d *store.DB, flt timeline.Filter) (each func(func(*timeline.Row) error) error, total int, err error) {
	paged := flt.Limit > 0 || flt.Offset > 0
	if !c.merge && !paged {
		return func(fn func(*timeline.Row) error) error { return d.EachRow(ctx, flt, fn) }, -1, nil
	}
	list, total, err := d.Timeline(ctx, flt)
	if err != nil {
		return nil, 0, err
	}
	if c.merge {
		list, total = merge.Merge(list), -1
	}
	return func(fn func(*timeline.Row) error) error {
		for i := range list {
			if err := fn(&list[i]); err != nil {
				return err
			}
		}
		return nil
	}, total, nil
}

// tableWidth fits tables to the terminal; piped output is never cut.
func tableWidth(e *env, format string) int {
	if format != export.FormatTable || !e.stdoutTTY || e.width == nil {
		return 0
	}
	return e.width()
}

// explainEmpty says on standard error why a timeline is empty when the
// reason lies in the database rather than in the filters: no documents,
// no dated event (documents without a publication date), or, for the
// default timeline (plain), every dated event left out by its defaults.
func explainEmpty(ctx context.Context, e *env, d *store.DB, path string, plain bool) error {
	st, err := d.Stats(ctx)
	if err != nil {
		return err
	}
	if st.Documents == 0 {
		fmt.Fprintf(e.stderr, "no documents in %s: store some with `timeline ingest`\n", path)
		return nil
	}
	_, undated, err := d.ListDocuments(ctx, store.DocumentFilter{Undated: true, Limit: 1})
	if err != nil {
		return err
	}
	var why []string
	switch {
	case st.Rows == 0 && undated == 0:
		why = append(why, fmt.Sprintf("no event is dated: the %s name no date on the calendar", count(st.Documents, "document")))
	case st.Rows == 0:
		why = append(why, "no event is dated")
	case plain && st.Rows == 1:
		why = append(why, "the default timeline leaves out the only dated event (--all shows it)")
	case plain:
		why = append(why, fmt.Sprintf("the default timeline leaves out all %d dated events: reported, denied, hypothetical or uncertain ones (--all shows them)", st.Rows))
	}
	if len(why) > 0 && undated > 0 {
		which := fmt.Sprintf("%d of the %d documents have", undated, st.Documents)
		if undated == st.Documents {
			which = "no document has"
		}
		why = append(why, which+" a publication date, so their relative dates are unknown (`timeline docs --undated` lists them; `timeline docs set ID --published YYYY-MM-DD` sets one)")
	}
	if len(why) > 0 {
		fmt.Fprintln(e.stderr, strings.Join(why, "; "))
	}
	return nil
}
