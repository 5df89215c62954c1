package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
