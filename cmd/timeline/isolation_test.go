package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// runPanicking runs the command line in-process with an extractor and a
// tagger that panic on any text containing "BUG".
func runPanicking(t *testing.T, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(string) string { return "" },
		now:    func() time.Time { return time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC) },
		extract: func(d *timeline.Document) ([]timeline.Mention, []timeline.Event) {
			if strings.Contains(d.Text, "BUG") {
				panic("extractor bug")
			}
			return extract.Process(d)
		},
		tag: func(text string, dct time.Time) []timeline.Mention {
			if strings.Contains(text, "BUG") {
				var ms []timeline.Mention
				return ms[:len(text)] // slice bounds out of range
			}
			return temporal.Tag(text, dct)
		},
	}
	code := exitStatus(&errb, execute(context.Background(), e, args))
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

// TestIngestIsolatesPanics: in `timeline ingest good.txt bad.txt` the good
// file is stored, the bad one is named with the stage that failed, and the
// exit status is 1; --verbose adds the stack.
func TestIngestIsolatesPanics(t *testing.T) {
	for _, verbose := range []bool{false, true} {
		dir := t.TempDir()
		good, bad := filepath.Join(dir, "good.txt"), filepath.Join(dir, "bad.txt")
		write(t, good, "published: 2025-05-19\n\nThe vote was held on Monday.\n")
		write(t, bad, "published: 2025-05-19\n\nThe BUG was found on Tuesday.\n")
		db := filepath.Join(dir, "t.db")
		args := []string{"ingest", "--db", db, good, bad}
		if verbose {
			args = append(args, "--verbose")
		}
		r := runPanicking(t, args...)
		if r.code != exitFailed {
			t.Errorf("exit %d; want %d\n%s", r.code, exitFailed, r.stderr)
		}
		if want := "error: " + bad + ": internal error while extracting events: extractor bug"; !strings.Contains(r.stderr, want) {
			t.Errorf("stderr %q; want %q", r.stderr, want)
		}
		if !strings.Contains(r.stderr, "1 stored") {
			t.Errorf("stderr %q; want the good file stored", r.stderr)
		}
		if hasStack := strings.Contains(r.stderr, "goroutine "); hasStack != verbose {
			t.Errorf("verbose %v: stack printed %v:\n%s", verbose, hasStack, r.stderr)
		}
		s := runCLI(t, "", "sql", "--db", db, "--format", "csv", "SELECT source FROM documents")
		if s.stdout != "source\n"+good+"\n" {
			t.Errorf("stored %q; want only %s", s.stdout, good)
		}
	}
}

// TestTagIsolatesPanics: `timeline tag` on JSON Lines writes every line but
// the one the tagger panics on, names that line, and exits 1.
func TestTagIsolatesPanics(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	write(t, in, `{"id": "a", "dct": "2025-05-19", "text": "He left on Monday."}
{"id": "b", "dct": "2025-05-19", "text": "The BUG came on Tuesday."}
{"id": "c", "dct": "2025-05-19", "text": "She returns next week."}
`)
	r := runPanicking(t, "tag", in)
	if r.code != exitFailed {
		t.Errorf("exit %d; want %d", r.code, exitFailed)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		ids = append(ids, line[:len(`{"id":"a"`)])
	}
	if got := strings.Join(ids, " "); got != `{"id":"a" {"id":"c"` {
		t.Errorf("tagged %s; want a and c:\n%s", got, r.stdout)
	}
	if want := "error: " + in + ":2: internal error while tagging: runtime error: slice bounds out of range"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr %q; want %q", r.stderr, want)
	}
	if strings.Contains(r.stderr, "goroutine ") {
		t.Errorf("a stack without --verbose:\n%s", r.stderr)
	}
	if r := runPanicking(t, "tag", "--verbose", in); !strings.Contains(r.stderr, "goroutine ") {
		t.Errorf("no stack with --verbose:\n%s", r.stderr)
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
