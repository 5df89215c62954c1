package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

func newEntitiesCommand(e *env) *cobra.Command {
	var (
		db   string
		kind string
	)
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "List the people, organisations and places named in events, with counts",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withReadOnly(cmd, db, func(d *store.DB) error {
				list, err := d.Entities(cmd.Context(), timeline.EntityKind(kind))
				if err != nil {
					return err
				}
				tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
				fmt.Fprintln(tw, "EVENTS\tKIND\tNAME")
				for _, en := range list {
					fmt.Fprintf(tw, "%d\t%s\t%s\n", en.Events, en.Kind, en.Name)
				}
				return tw.Flush()
			})
		},
	}
	addDBFlag(cmd, e, &db)
	cmd.Flags().StringVar(&kind, "kind", "", "person, organization or place")
	return cmd
}
