package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/timeline"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailed  = 1 // something failed: a file, the database
	exitRefused = 2 // usage errors, and writes refused by `sql`

	exitInterrupted = 130 // stopped by a signal, as shells report it
)

// exitError carries an exit status whose message was already printed.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// usageError marks a bad flag or argument.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// run executes the command line and returns the process exit status.
func run(ctx context.Context, args []string, e *env) int {
	root := newRootCommand(e)
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintln(e.stderr, "timeline: "+oneLine(timeline.ErrorMessage(err)))
	var ue *usageError
	if errors.As(err, &ue) || isCobraUsage(err) || timeline.ErrorCode(err) == timeline.EREADONLY {
		return exitRefused
	}
	return exitFailed
}

// isCobraUsage recognises cobra's own flag and argument errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "required flag"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func newRootCommand(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "timeline",
		Short: "Turn news articles into ordered, queryable timelines of dated events",
		Long: `timeline reads news articles (plain text, HTML, JSON Lines, TimeML), finds
every time expression, dates the events they anchor and stores them in a
SQLite database you can list, filter, export and query with SQL.

Start with:  timeline demo`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(
		newDemoCommand(e),
		newIngestCommand(e),
		newShowCommand(e),
		newSQLCommand(e),
		newTagCommand(e),
		newEvalCommand(e),
		newEntitiesCommand(e),
		newSchemaCommand(e),
		newReindexCommand(e),
	)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	return root
}
