package main

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline/ingest"
)

// progress draws one self-erasing status line on a terminal.
type progress struct {
	w     io.Writer
	total int64
	drawn bool
}

func newProgress(w io.Writer, total int64) *progress { return &progress{w: w, total: total} }

func (p *progress) update(s ingest.Summary) {
	rate := 0.0
	if secs := s.Elapsed.Seconds(); secs > 0 {
		rate = float64(s.Bytes) / 1e6 / secs
	}
	line := fmt.Sprintf("%d documents  %.1f MB  %.1f MB/s", s.Documents, float64(s.Bytes)/1e6, rate)
	if p.total > 0 && rate > 0 && s.Bytes < p.total {
		eta := time.Duration(float64(p.total-s.Bytes) / 1e6 / rate * float64(time.Second))
		line += "  ETA " + eta.Round(time.Second).String()
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", line)
	p.drawn = true
}

func (p *progress) clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// totalSize estimates the input size for the ETA: the sizes of the files
// named or found below the folders named (hidden ones skipped). Compressed
// files count at their compressed size, so the ETA is a guide only.
func totalSize(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0
		}
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				if info, err := d.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total
}
