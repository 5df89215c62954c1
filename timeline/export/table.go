package export

import (
	"bufio"
	"io"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// evidenceMinWidth is the terminal width from which the table has room for
// the evidence column; narrower terminals get date, granularity, event and
// document only. An unbounded table (Width 0) always has it.
const evidenceMinWidth = 120

// columnGap separates table columns.
const columnGap = "  "

// column is one table column: a heading, the least width it shrinks to and
// how strongly it keeps its width when the terminal is too narrow.
type column struct {
	title  string
	min    int
	weight int
}

// tableWriter writes aligned columns for a terminal. It keeps the rows'
// cells until Close, because alignment needs the widest cell of each column.
type tableWriter struct {
	state
	w        *bufio.Writer
	opt      Options
	cols     []column
	rows     [][]string
	notes    [][]string // indented lines under each row (explain, sources)
	conflict bool
}

func newTableWriter(w io.Writer, opt Options) *tableWriter {
	t := &tableWriter{w: bufio.NewWriter(w), opt: opt}
	// The event phrase is what a reader scans for: it keeps its width
	// longest, the document name and the evidence give way first.
	t.cols = []column{{"DATE", 11, 2}, {"GRANULARITY", 5, 2}, {"EVENT", 16, 2}, {"DOCUMENT", 12, 1}}
	if opt.Width == 0 || opt.Width >= evidenceMinWidth {
		t.cols = append(t.cols, column{"EVIDENCE", 16, 1})
	}
	return t
}

// Write implements Writer.
func (t *tableWriter) Write(r *timeline.Row) error {
	if err := t.check(); err != nil {
		return err
	}
	date := DisplayWhen(r)
	if r.DateConflict {
		date += conflictMark
		t.conflict = true
	}
	cells := []string{date, string(r.Granularity), oneLine(eventCell(r)), oneLine(documentCell(r))}
	if len(t.cols) > 4 {
		cells = append(cells, oneLine(r.Evidence))
	}
	var notes []string
	if t.opt.Explain {
		notes = append(notes, "  ↳ "+oneLine(explanation(r)))
		if len(r.Sources) > 1 {
			notes = append(notes, "  ↳ sources: "+oneLine(sourcesSummary(r)))
		}
	}
	t.rows = append(t.rows, cells)
	t.notes = append(t.notes, notes)
	return nil
}

// widths returns each column's width: the widest cell, shrunk to fit
// opt.Width one column at a time from the one widest for its weight, so that
// a long evidence sentence gives way before a short date does.
func (t *tableWriter) widths() []int {
	w := make([]int, len(t.cols))
	for i, c := range t.cols {
		w[i] = textWidth(c.title)
	}
	for _, cells := range t.rows {
		for i, c := range cells {
			w[i] = max(w[i], textWidth(c))
		}
	}
	if t.opt.Width == 0 {
		return w
	}
	total := len(columnGap) * (len(w) - 1)
	for _, n := range w {
		total += n
	}
	for total > t.opt.Width {
		widest := -1
		for i, n := range w {
			if n > t.cols[i].min && (widest < 0 || n*t.cols[widest].weight > w[widest]*t.cols[i].weight) {
				widest = i
			}
		}
		if widest < 0 {
			break // every column at its least: lines get cut below
		}
		w[widest]--
		total--
	}
	return w
}

// line renders one row of cells at the given widths.
func (t *tableWriter) line(cells []string, w []int) string {
	var b strings.Builder
	for i, c := range cells {
		c = truncate(c, w[i])
		if i < len(cells)-1 {
			c = pad(c, w[i]) + columnGap
		}
		b.WriteString(c)
	}
	return t.fit(strings.TrimRight(b.String(), " "))
}

// fit cuts a whole line to the terminal width, the last resort for a
// terminal narrower than the least widths of the columns.
func (t *tableWriter) fit(s string) string {
	if t.opt.Width > 0 {
		return truncate(s, t.opt.Width)
	}
	return s
}

// Close implements Writer: it writes the aligned table and its footnote.
func (t *tableWriter) Close() error {
	if t.closed {
		return t.err
	}
	t.closed = true
	if t.err != nil {
		return t.err
	}
	w := t.widths()
	titles := make([]string, len(t.cols))
	for i, c := range t.cols {
		titles[i] = c.title
	}
	t.w.WriteString(t.line(titles, w) + "\n")
	for i, cells := range t.rows {
		t.w.WriteString(t.line(cells, w) + "\n")
		for _, n := range t.notes[i] {
			t.w.WriteString(t.fit(n) + "\n")
		}
	}
	if t.conflict {
		t.w.WriteString(t.fit(strings.TrimSpace(conflictMark)+" sources disagree on this date; the most precise one is shown") + "\n")
	}
	if err := t.w.Flush(); err != nil {
		t.fail(err)
	}
	return t.err
}
