package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
)

func newSchemaCommand(e *env) *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Describe the tables and views that `timeline sql` can query",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withReadOnly(cmd, db, func(d *store.DB) error {
				tables, err := d.Schema(cmd.Context())
				if err != nil {
					return err
				}
				tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
				for i, t := range tables {
					if i > 0 {
						fmt.Fprintln(tw)
					}
					fmt.Fprintf(tw, "%s %s: %s\n", t.Kind, t.Name, t.Description)
					for _, c := range t.Columns {
						fmt.Fprintf(tw, "  %s\t%s\t%s\n", c.Name, c.Type, c.Description)
					}
				}
				return tw.Flush()
			})
		},
	}
	addDBFlag(cmd, e, &db)
	return cmd
}
