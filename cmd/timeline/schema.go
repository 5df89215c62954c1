package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
)

// schemaCommand is `timeline schema`: what `sql` can query, a line per
// column.
type schemaCommand struct {
	env *env
	db  string
}

func (c *schemaCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Describe the tables and views that `timeline sql` can query",
		Args:  usageArgs(cobra.NoArgs),
		RunE:  func(cmd *cobra.Command, _ []string) error { return c.run(cmd.Context()) },
	}
	addDBFlag(cmd, c.env, &c.db)
	return cmd
}

func (c *schemaCommand) run(ctx context.Context) error {
	return withReadOnly(ctx, c.db, func(d *store.DB) error {
		tables, err := d.Schema(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(c.env.stdout, 0, 0, 2, ' ', 0)
		for i, t := range tables {
			if i > 0 {
				fmt.Fprintln(tw)
			}
			fmt.Fprintf(tw, "%s %s: %s\n", t.Kind, t.Name, t.Description)
			for _, col := range t.Columns {
				fmt.Fprintf(tw, "  %s\t%s\t%s\n", col.Name, col.Type, col.Description)
			}
		}
		return tw.Flush()
	})
}
