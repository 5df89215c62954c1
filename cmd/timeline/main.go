// Command timeline turns news articles into ordered, queryable timelines of
// dated events. See README.md for usage.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first signal asks the command to stop cleanly; after it, signals
	// kill as usual, so a second Ctrl-C ends a command that cannot stop.
	context.AfterFunc(ctx, stop)
	e := newEnv()
	err := execute(ctx, e, os.Args[1:])
	stop()
	os.Exit(exitStatus(e.stderr, err))
}
