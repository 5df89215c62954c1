package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/timeline-dev/timeline/timeline"
)

// jsonWriter streams a JSON array (one indented element at a time, never the
// whole timeline in memory) or JSON Lines (one compact object per line).
type jsonWriter struct {
	state
	w     *bufio.Writer
	opt   Options
	lines bool
	n     int
	buf   bytes.Buffer
	enc   *json.Encoder
}

func newJSONWriter(w io.Writer, opt Options, lines bool) *jsonWriter {
	j := &jsonWriter{w: bufio.NewWriter(w), opt: opt, lines: lines}
	j.enc = json.NewEncoder(&j.buf)
	// The output is data, not HTML: keep "<" and "&" readable.
	j.enc.SetEscapeHTML(false)
	if !lines {
		j.enc.SetIndent("  ", "  ")
	}
	return j
}

// Write implements Writer.
func (j *jsonWriter) Write(r *timeline.Row) error {
	if err := j.check(); err != nil {
		return err
	}
	j.buf.Reset()
	if err := j.enc.Encode(newRecord(r, j.opt.Explain)); err != nil {
		return j.fail(err)
	}
	if !j.lines {
		sep := ",\n  "
		if j.n == 0 {
			sep = "[\n  "
		}
		if _, err := j.w.WriteString(sep); err != nil {
			return j.fail(err)
		}
		// Encode ends with a newline; the separator supplies our own.
		j.buf.Truncate(j.buf.Len() - 1)
	}
	j.n++
	if _, err := j.w.Write(j.buf.Bytes()); err != nil {
		return j.fail(err)
	}
	return nil
}

// Close implements Writer.
func (j *jsonWriter) Close() error {
	if j.closed {
		return j.err
	}
	j.closed = true
	if j.err == nil && !j.lines {
		end := "\n]\n"
		if j.n == 0 {
			end = "[]\n"
		}
		if _, err := j.w.WriteString(end); err != nil {
			j.fail(err)
		}
	}
	if err := j.w.Flush(); err != nil {
		j.fail(err)
	}
	return j.err
}
