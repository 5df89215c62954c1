package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
)

// addDBFlag adds --db to a command that touches the store: the flag, else
// $TIMELINE_DB, else timeline.db in the current folder.
func addDBFlag(cmd *cobra.Command, e *env, path *string) {
	def := e.getenv("TIMELINE_DB")
	if def == "" {
		def = "timeline.db"
	}
	cmd.Flags().StringVar(path, "db", def, "database file (default: $TIMELINE_DB, else timeline.db)")
	// The usage above says where the default comes from; pflag would add
	// the value it came to, a second default.
	cmd.Flags().Lookup("db").DefValue = ""
}

// withReadOnly opens the database at path for reading only, runs fn on it
// and closes it: what show, sql, entities and schema share.
func withReadOnly(ctx context.Context, path string, fn func(*store.DB) error) error {
	d, err := store.OpenReadOnly(ctx, path)
	if err != nil {
		return err
	}
	defer d.Close()
	return fn(d)
}
