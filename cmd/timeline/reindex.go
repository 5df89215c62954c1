package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline/ingest"
)

func newReindexCommand(e *env) *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "reindex",
		Short: "Re-extract stored documents after a tagger upgrade, atomically per document",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			d, err := store.Open(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer d.Close()
			failed := false
			n, err := ingest.Reindex(cmd.Context(), d, func(line string) {
				failed = true
				fmt.Fprintln(e.stderr, line)
			})
			fmt.Fprintf(e.stderr, "%d document%s re-extracted with %s\n", n, plural(n), ingest.Version)
			if err != nil {
				return err
			}
			if failed {
				return &exitError{exitFailed}
			}
			return nil
		},
	}
	addDBFlag(cmd, e, &db)
	return cmd
}
