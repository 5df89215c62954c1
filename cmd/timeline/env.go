package main

import (
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/timeline-dev/timeline/timeline"
)

// env is what commands get from the outside world, injected so that tests
// run the CLI in-process with their own streams and clock.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	now            func() time.Time
	// stderrTTY and stdoutTTY say whether progress and terminal widths apply.
	stderrTTY, stdoutTTY bool
	width                func() int
	// extract and tag replace the extractor of ingest and the tagger of
	// tag when set: tests make them fail on some documents.
	extract func(*timeline.Document) ([]timeline.Mention, []timeline.Event)
	tag     func(text string, dct time.Time) []timeline.Mention
}

func newEnv() *env {
	return &env{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		getenv:    os.Getenv,
		now:       time.Now,
		stderrTTY: isatty.IsTerminal(os.Stderr.Fd()),
		stdoutTTY: isatty.IsTerminal(os.Stdout.Fd()),
		width:     terminalWidth,
	}
}
