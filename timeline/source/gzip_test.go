package source

import (
	"fmt"
	"strings"
	"testing"
)

// TestDamagedGzip checks that a compressed file cut short or corrupted is
// named as such, in every format, rather than as a bare "unexpected EOF".
func TestDamagedGzip(t *testing.T) {
	var lines strings.Builder
	for i := range 300 {
		fmt.Fprintf(&lines, `{"id": "d%d", "published": "2025-05-19", "text": "The vote was held on May %d, officials said."}`+"\n", i, i%28+1)
	}
	text := "published: 2025-05-19\n\n" + strings.Repeat("The vote was held on Monday, officials said. ", 200)
	array := "[" + strings.Repeat(`{"text": "The vote was held on Monday.", "published": "2025-05-19"},`, 200) + `{"text": "x"}]`
	cut := func(s string) string { z := gz(s); return z[:len(z)*2/3] }
	corrupt := func(s string) string {
		b := []byte(gz(s))
		for i := 30; i < 50; i++ {
			b[i] ^= 0x5a
		}
		return string(b)
	}
	tests := []struct {
		name, data, want string
	}{
		{"a.txt.gz", cut(text), "a.txt.gz: truncated gzip file"},
		{"a.jsonl.gz", cut(lines.String()), ": truncated gzip file"},
		{"a.json.gz", cut(array), ": truncated gzip file"},
		{"a.txt.gz", gz(text)[:12], "a.txt.gz: truncated gzip file"},
		{"a.txt.gz", corrupt(text), "a.txt.gz: corrupt gzip data"},
		{"a.jsonl.gz", corrupt(lines.String()), "a.jsonl.gz: corrupt gzip data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := read(t, tt.name, tt.data, Options{})
			last := items[len(items)-1]
			if last.Err == nil || !strings.Contains(last.Err.Error(), tt.want) {
				t.Errorf("last item %s; want an error with %q", describe(items[len(items)-1:]), tt.want)
			}
		})
	}
}
