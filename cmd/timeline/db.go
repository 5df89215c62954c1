package main

import (
	"github.com/spf13/cobra"
)

// addDBFlag adds --db to a command that touches the store: the flag, else
// $TIMELINE_DB, else timeline.db in the current folder.
func addDBFlag(cmd *cobra.Command, e *env, path *string) {
	def := e.getenv("TIMELINE_DB")
	if def == "" {
		def = "timeline.db"
	}
	cmd.Flags().StringVar(path, "db", def, "database file (default $TIMELINE_DB or timeline.db)")
}
