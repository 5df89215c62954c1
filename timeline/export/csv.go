package export

import (
	"encoding/csv"
	"io"

	"github.com/timeline-dev/timeline/timeline"
)

// csvWriter writes RFC 4180 CSV with one header row, streaming.
type csvWriter struct {
	state
	w      *csv.Writer
	opt    Options
	headed bool
}

func newCSVWriter(w io.Writer, opt Options) *csvWriter {
	return &csvWriter{w: csv.NewWriter(w), opt: opt}
}

// header writes the header row once, also for an empty timeline, so that a
// spreadsheet import always finds the columns.
func (c *csvWriter) header() error {
	if c.headed {
		return nil
	}
	c.headed = true
	h := csvHeader
	if c.opt.Explain {
		h = append(append([]string(nil), csvHeader...), csvExplainHeader...)
	}
	return c.w.Write(h)
}

// Write implements Writer.
func (c *csvWriter) Write(r *timeline.Row) error {
	if err := c.check(); err != nil {
		return err
	}
	if err := c.header(); err != nil {
		return c.fail(err)
	}
	rec := newRecord(r, c.opt.Explain)
	if err := c.w.Write(rec.csv()); err != nil {
		return c.fail(err)
	}
	return nil
}

// Close implements Writer.
func (c *csvWriter) Close() error {
	if c.closed {
		return c.err
	}
	if c.err == nil {
		if err := c.header(); err != nil {
			c.fail(err)
		}
	}
	c.closed = true
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		c.fail(err)
	}
	return c.err
}
