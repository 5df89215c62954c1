package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/timeline"
)

// Exit statuses, as README documents them.
const (
	exitOK      = 0
	exitFailed  = 1 // something failed: a file, the database
	exitRefused = 2 // usage errors, and writes refused by `sql`

	exitInterrupted = 130 // stopped by a signal, as shells report it
)

// exitError carries an exit status whose message was already printed.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// usageError is a bad flag or argument, made where it is detected.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// usagef returns a usage error with a formatted message.
func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// usageOf marks err, when not nil, as a usage error; flags, when given,
// say which flags the value came from and start the message.
func usageOf(err error, flags string) error {
	if err == nil {
		return nil
	}
	if flags != "" {
		return usagef("%s: %s", flags, timeline.ErrorMessage(err))
	}
	return &usageError{err}
}

// usageArgs makes an argument validator's error a usage error.
func usageArgs(v cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		return usageOf(v(cmd, args), "")
	}
}

// exitStatus prints err, unless it was printed already, and returns the
// process exit status it stands for.
func exitStatus(stderr io.Writer, err error) int {
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "timeline: interrupted")
		return exitInterrupted
	}
	fmt.Fprintln(stderr, "timeline: "+oneLine(timeline.ErrorMessage(err)))
	var ue *usageError
	if errors.As(err, &ue) || timeline.ErrorCode(err) == timeline.EREADONLY {
		return exitRefused
	}
	return exitFailed
}

// oneLine joins a message's lines: every error is one line of stderr.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
