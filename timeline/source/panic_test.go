package source

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/guard"
)

// panicReader serves its data, then panics instead of reporting the end.
type panicReader struct{ r io.Reader }

func (p *panicReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if err == io.EOF {
		panic("reader bug")
	}
	return n, err
}

// TestReadPanics checks that a panic while reading fails the input with an
// error naming it, after the documents read before it, and that ReadFile
// returns normally so that a walk goes on.
func TestReadPanics(t *testing.T) {
	line := `{"text": "The vote was held on Monday, officials said.", "published": "2025-05-19"}` + "\n"
	tests := []struct {
		name, data string
		docs       int
	}{
		{"a.txt", "The vote was held on Monday.", 0},
		{"a.jsonl", strings.Repeat(line, 200), 200},
	}
	for _, tt := range tests {
		for _, deferred := range []bool{false, true} {
			var items []Item
			err := ReadFile(context.Background(), tt.name, &panicReader{strings.NewReader(tt.data)}, Options{Defer: deferred}, func(it Item) error {
				items = append(items, it.Parse())
				return nil
			})
			if err != nil {
				t.Fatalf("%s: ReadFile = %v; want the panic emitted as an item", tt.name, err)
			}
			if len(items) != tt.docs+1 {
				t.Fatalf("%s: %d items; want %d documents and an error:\n%s", tt.name, len(items), tt.docs, describe(items))
			}
			last := items[len(items)-1]
			if want := tt.name + ": internal error while reading: reader bug"; last.Err == nil || !strings.HasPrefix(last.Err.Error(), want) {
				t.Errorf("%s: last item %s; want an error starting %q", tt.name, describe(items[len(items)-1:]), want)
			}
			if guard.Stack(last.Err) == nil {
				t.Errorf("%s: the error keeps no stack", tt.name)
			}
		}
	}
}

// TestParsePanics checks that a panic in a deferred parse fails the item
// alone, naming its record.
func TestParsePanics(t *testing.T) {
	it := Item{File: "a.jsonl", name: "a.jsonl:7", size: 10, pending: func() Item { panic("parser bug") }}
	got := it.Parse()
	if got.Err == nil || !strings.HasPrefix(got.Err.Error(), "a.jsonl:7: internal error while reading: parser bug") || got.File != "a.jsonl" {
		t.Errorf("Parse = %s (file %q); want the record's error", describe([]Item{got}), got.File)
	}
}
