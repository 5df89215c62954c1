package main

import (
	"context"

	"github.com/spf13/cobra"
)

// execute runs the command line args with e's streams and returns what
// stopped it; exitStatus turns that into an exit status.
func execute(ctx context.Context, e *env, args []string) error {
	if args == nil {
		args = []string{} // cobra reads os.Args for nil
	}
	root := newRootCommand(e)
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	// cobra checks the root's own arguments (an unknown command) in Find,
	// before any validator of ours runs; it fails there for nothing else,
	// since every subcommand has validators.
	if _, _, err := root.Find(args); err != nil {
		return &usageError{err}
	}
	return root.ExecuteContext(ctx)
}

// newRootCommand builds the program: the root command and one command per
// subcommand type.
func newRootCommand(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "timeline",
		Short: "Turn news articles into ordered, queryable timelines of dated events",
		Long: `timeline reads news articles (plain text, HTML, JSON Lines, TimeML), finds
every time expression, dates the events they anchor and stores them in a
SQLite database you can list, filter, export and query with SQL.

Start with:  timeline demo`,
		Version:       versionText(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate("{{.Version}}")
	root.AddCommand(
		(&demoCommand{env: e}).command(),
		(&ingestCommand{env: e}).command(),
		(&docsCommand{env: e}).command(),
		(&showCommand{env: e}).command(),
		(&sqlCommand{env: e}).command(),
		(&tagCommand{env: e}).command(),
		(&evalCommand{env: e}).command(),
		(&entitiesCommand{env: e}).command(),
		(&schemaCommand{env: e}).command(),
		(&reindexCommand{env: e}).command(),
	)
	// Subcommands inherit this: every flag cobra cannot parse is a usage
	// error, typed here where cobra reports it.
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	return root
}
