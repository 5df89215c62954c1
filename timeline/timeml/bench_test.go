package timeml

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/timeline-dev/timeline/internal/shared"
)

// BenchmarkParse reads the silver TimeML corpus from memory with each
// reader; MB/s counts the files' bytes.
//
//	go test -run XXX -bench Parse ./timeline/timeml
func BenchmarkParse(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join(shared.Path(b, "data/timeml/silver"), "*.tml"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no .tml files: %v", err)
	}
	files := make([][]byte, len(paths))
	size := 0
	for i, p := range paths {
		if files[i], err = os.ReadFile(p); err != nil {
			b.Fatal(err)
		}
		size += len(files[i])
	}
	readers := []struct {
		name  string
		parse func([]byte) (*Doc, error)
	}{
		{"fast", ParseBytes},
		{"fast-text-only", ParseText},
		{"xml", func(data []byte) (*Doc, error) { return parseXML(bytes.NewReader(data), false) }},
	}
	for _, r := range readers {
		b.Run(r.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, data := range files {
					if _, err := r.parse(data); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
