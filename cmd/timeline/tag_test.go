package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/shared"
)

// TestTagReadsDocumentDates checks that tag finds the publication date as
// ingest does: in a text header, in an HTML page's metadata, or not at all.
func TestTagReadsDocumentDates(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		name, file, data, want, warn string
	}{
		{"text header", "a.txt", "Title: Vote\nPublished: 2025-03-06\n\nThe vote was held on Monday.\n",
			`"value":"2025-03-03"`, ""},
		{"html metadata", "b.html", `<html><head><title>Vote</title><meta property="article:published_time" content="2025-03-06T10:00:00Z"></head>` +
			`<body><article><p>The vote was held on Monday after a long debate in parliament about the budget.</p></article></body></html>`,
			`"value":"2025-03-03"`, ""},
		{"no date", "c.txt", "The vote was held on Monday.\n", `"value":"XXXX-WXX-1"`, "no publication date"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, "", "tag", write(tc.file, tc.data))
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if !strings.Contains(r.stdout, tc.want) {
				t.Errorf("stdout %q lacks %s", r.stdout, tc.want)
			}
			if tc.warn == "" && r.stderr != "" || !strings.Contains(r.stderr, tc.warn) {
				t.Errorf("stderr %q, want %q", r.stderr, tc.warn)
			}
		})
	}
}

// TestTagInterrupt checks that Ctrl-C stops tag while it waits on standard
// input, which no context interrupts: it exits 130 at once.
func TestTagInterrupt(t *testing.T) {
	stdin, w := io.Pipe()
	defer w.Close() // ends the read left behind
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan result, 1)
	go func() { done <- runContext(ctx, stdin, nil, "tag") }()
	// A whole line and half of the next: the reader now waits for more.
	if _, err := io.WriteString(w, `{"id":"a","dct":"2025-05-19","text":"Today."}`+"\n"+`{"id":"b",`); err != nil {
		t.Fatal(err)
	}
	cancel()
	select {
	case r := <-done:
		if r.code != exitInterrupted || r.stderr != "timeline: interrupted\n" {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("tag did not stop")
	}
}

// TestTagOrder tags a folder of documents of very different sizes, with
// unreadable files among them, on every core: the output must be what
// tagging the files one at a time gives, in the same order, and each bad
// file must fail alone.
func TestTagOrder(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for i := range 120 {
		name := fmt.Sprintf("%03d.txt", i)
		text := fmt.Sprintf("published: 2025-05-%02d\n\n", i%28+1) +
			strings.Repeat(fmt.Sprintf("The vote on Monday came %d days after the talks of last week. ", i), 1+(i%7)*40)
		switch {
		case i == 0: // the longest first: the others finish before it
			text += strings.Repeat("Talks resumed on Friday. ", 4000)
		case i%25 == 3:
			text = ""
		case i%25 == 11:
			name = fmt.Sprintf("%03d.tml", i)
			text = "<TimeML><TEXT>cut short"
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	var stdout, stderr strings.Builder
	for _, name := range names {
		r := runCLI(t, "", "tag", filepath.Join(dir, name))
		stdout.WriteString(r.stdout)
		stderr.WriteString(r.stderr)
	}
	r := runCLI(t, "", "tag", dir)
	if r.code != exitFailed {
		t.Errorf("exit %d; want %d for the bad files", r.code, exitFailed)
	}
	if r.stdout != stdout.String() {
		t.Errorf("stdout differs from tagging the files one at a time:\n%s", firstDiff(r.stdout, stdout.String()))
	}
	if r.stderr != stderr.String() {
		t.Errorf("stderr %q; one file at a time gives %q", r.stderr, stderr.String())
	}
	if n := strings.Count(r.stderr, "error: "); n != 10 {
		t.Errorf("%d errors; want one per bad file, 10", n)
	}
}

// firstDiff shows where two outputs part.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("at byte %d:\n got %q\nwant %q", i, got[from:min(len(got), i+80)], want[from:min(len(want), i+80)])
}

// BenchmarkTag tags the silver corpus as JSON Lines in-process, on every
// core; MB/s counts the input.
//
//	go test -run XXX -bench Tag ./cmd/timeline
func BenchmarkTag(b *testing.B) {
	path := shared.Path(b, "data/silver.jsonl")
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	for b.Loop() {
		if r := runContext(context.Background(), strings.NewReader(""), nil, "tag", "--format", "jsonl", path); r.code != 0 {
			b.Fatalf("exit %d: %s", r.code, r.stderr)
		}
	}
}
