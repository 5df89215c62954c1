package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
)

// docsCommand is `timeline docs`: the stored documents, listed, shown,
// removed or corrected. Without a subcommand it lists them.
type docsCommand struct {
	env    *env
	db     string
	filter docFilterFlags
	format string
}

func (c *docsCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "docs [ID...]",
		Short: "List, show, remove or correct the stored documents",
		Long: `Lists the stored documents (all, the ids given, or those the filters
select) with where their publication date came from, the other sources of
their text (copies read from other files or URLs) and how many events were
found in them: all, dated, and on the default timeline.

  timeline docs show ID...      one document in full
  timeline docs rm ID...        remove documents with their events
  timeline docs set ID...       correct a publication date or title`,
		Example: `  timeline docs --undated
  timeline docs --source saved-pages/ --format csv
  timeline docs set 3 --published 2025-05-19
  timeline docs rm --dry-run --title "live updates"`,
		Args: usageArgs(idArgs),
		RunE: func(cmd *cobra.Command, args []string) error { return c.run(cmd.Context(), args) },
	}
	addDBFlag(cmd, c.env, &c.db)
	c.filter.add(cmd, "list")
	cmd.Flags().StringVarP(&c.format, "format", "f", "table", "table, csv, json or jsonl")
	cmd.AddCommand(
		(&docsShowCommand{env: c.env}).command(),
		(&docsRemoveCommand{env: c.env}).command(),
		(&docsSetCommand{env: c.env}).command(),
	)
	return cmd
}

func (c *docsCommand) run(ctx context.Context, args []string) error {
	switch c.format {
	case "table", "csv", "json", "jsonl":
	default:
		return usagef("--format %q: want table, csv, json or jsonl", c.format)
	}
	f, err := c.filter.documentFilter(args)
	if err != nil {
		return err
	}
	return withReadOnly(ctx, c.db, func(d *store.DB) error {
		list, total, err := d.ListDocuments(ctx, f)
		if err != nil {
			return err
		}
		if err := writeDocuments(c.env.stdout, c.format, list); err != nil {
			return err
		}
		if total == 0 && !c.filter.any(args) {
			fmt.Fprintf(c.env.stderr, "no documents in %s: store some with `timeline ingest`\n", c.db)
		} else if c.format == "table" && c.env.stdoutTTY && len(list) < total {
			fmt.Fprintf(c.env.stderr, "documents %d–%d of %d\n", f.Offset+min(1, len(list)), f.Offset+len(list), total)
		}
		return nil
	})
}

// idArgs checks that every argument is a document id.
func idArgs(_ *cobra.Command, args []string) error {
	_, err := parseIDs(args)
	return err
}

// parseIDs reads document ids.
func parseIDs(args []string) ([]int64, error) {
	ids := make([]int64, 0, len(args))
	for _, a := range args {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			return nil, fmt.Errorf("%q is not a document id (a number that `timeline docs` lists)", a)
		}
		ids = append(ids, id)
	}
	return ids, nil
}
