package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
