package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// entitiesCommand is `timeline entities`: who and where events name.
type entitiesCommand struct {
	env  *env
	db   string
	kind string
}

func (c *entitiesCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "List the people, organisations and places named in events, with counts",
		Args:  usageArgs(cobra.NoArgs),
		RunE:  func(cmd *cobra.Command, _ []string) error { return c.run(cmd.Context()) },
	}
	addDBFlag(cmd, c.env, &c.db)
	cmd.Flags().StringVar(&c.kind, "kind", "", "person, organization or place")
	return cmd
}

func (c *entitiesCommand) run(ctx context.Context) error {
	return withReadOnly(ctx, c.db, func(d *store.DB) error {
		list, err := d.Entities(ctx, timeline.EntityKind(c.kind))
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(c.env.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "EVENTS\tKIND\tNAME")
		for _, en := range list {
			fmt.Fprintf(tw, "%d\t%s\t%s\n", en.Events, en.Kind, en.Name)
		}
		return tw.Flush()
	})
}
