package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline/ingest"
)

// reindexCommand is `timeline reindex`: stored documents re-extracted with
// the current rules.
type reindexCommand struct {
	env *env
	db  string
}

func (c *reindexCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "reindex",
		Short: "Re-extract stored documents after a tagger upgrade, atomically per document",
		Args:  usageArgs(cobra.NoArgs),
		RunE:  func(cmd *cobra.Command, _ []string) error { return c.run(cmd.Context()) },
	}
	addDBFlag(cmd, c.env, &c.db)
	return cmd
}

func (c *reindexCommand) run(ctx context.Context) error {
	// Re-extracting nothing into a new file would only hide a wrong --db.
	d, err := store.OpenWith(ctx, c.db, store.Options{MustExist: true})
	if err != nil {
		return err
	}
	defer d.Close()
	failed := false
	n, err := ingest.Reindex(ctx, d, func(line string) {
		failed = true
		fmt.Fprintln(c.env.stderr, line)
	})
	fmt.Fprintf(c.env.stderr, "%d document%s re-extracted with %s\n", n, plural(n), ingest.Version)
	if err != nil {
		return err
	}
	if failed {
		return &exitError{exitFailed}
	}
	return nil
}
