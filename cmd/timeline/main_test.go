package main

import (
	"bytes"
	"context"
	"flag"
	"io"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/cli")

// seedPath is the seed article in the repository's testdata.
const seedPath = "../../testdata/seed/article.txt"

// result is what one in-process run of the CLI produced.
type result struct {
	code           int
	stdout, stderr string
}

// runCLI runs the command line in-process with the given stdin, a fixed
// clock and an empty environment.
func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	return runWith(t, stdin, nil, args...)
}

// runWith is runCLI with the environment vars.
func runWith(t *testing.T, stdin string, vars map[string]string, args ...string) result {
	t.Helper()
	return runContext(context.Background(), strings.NewReader(stdin), vars, args...)
}

// runContext runs the command line as main does, with ctx for the signal
// context.
func runContext(ctx context.Context, stdin io.Reader, vars map[string]string, args ...string) result {
	var out, errb bytes.Buffer
	e := &env{
		stdin: stdin, stdout: &out, stderr: &errb,
		getenv: func(k string) string { return vars[k] },
		now:    func() time.Time { return time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC) },
	}
	code := exitStatus(&errb, execute(ctx, e, args))
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}
