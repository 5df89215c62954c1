// Package export writes timeline rows in the formats the CLI offers: an
// aligned table for the terminal, CSV, JSON, JSON Lines, Markdown, TimelineJS3
// JSON and a self-contained HTML page.
//
// Every format is a Writer fed one row at a time, in timeline order. Formats
// that can stream do (csv, json, jsonl, markdown, timelinejs); table and html
// keep the rows until Close because alignment and a page that carries the rows
// twice (as data and as a static list) need all of them.
package export

import (
	"io"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// Writer receives timeline rows and renders them in one format.
type Writer interface {
	// Write renders one row. After an error every later call returns it.
	Write(*timeline.Row) error
	// Close flushes buffered output, writes any footer and returns the first
	// error met. It does not close the underlying io.Writer.
	Close() error
}

// Options tune a Writer. The zero value is the plain default of every format.
type Options struct {
	// Explain adds how each date was resolved (rule, anchor, tense).
	Explain bool
	// Title names the timeline in formats that have a title (markdown,
	// timelinejs, html).
	Title string
	// GroupBy sets the TimelineJS group of each event: "document", "actor"
	// (the first actor) or "" for none.
	GroupBy string
	// Width is the terminal width the table must fit; 0 means no truncation.
	Width int
}

// Format names accepted by New.
const (
	FormatTable      = "table"
	FormatCSV        = "csv"
	FormatJSON       = "json"
	FormatJSONL      = "jsonl"
	FormatMarkdown   = "markdown"
	FormatTimelineJS = "timelinejs"
	FormatHTML       = "html"
)

// Formats lists every format New accepts, the default first.
var Formats = []string{FormatTable, FormatCSV, FormatJSON, FormatJSONL, FormatMarkdown, FormatTimelineJS, FormatHTML}

// GroupBy values accepted in Options.GroupBy.
const (
	GroupByDocument = "document"
	GroupByActor    = "actor"
)

// New returns a Writer that renders rows in format to w. An unknown format or
// option is an EINVALID error naming the valid choices.
func New(format string, w io.Writer, opt Options) (Writer, error) {
	switch opt.GroupBy {
	case "", GroupByDocument, GroupByActor:
	default:
		return nil, timeline.Errorf(timeline.EINVALID, "unknown group %q: want %s or %s", opt.GroupBy, GroupByDocument, GroupByActor)
	}
	if opt.Width < 0 {
		return nil, timeline.Errorf(timeline.EINVALID, "width must not be negative")
	}
	switch strings.ToLower(format) {
	case FormatTable:
		return newTableWriter(w, opt), nil
	case FormatCSV:
		return newCSVWriter(w, opt), nil
	case FormatJSON:
		return newJSONWriter(w, opt, false), nil
	case FormatJSONL:
		return newJSONWriter(w, opt, true), nil
	case FormatMarkdown:
		return newMarkdownWriter(w, opt), nil
	case FormatTimelineJS:
		return newTimelineJSWriter(w, opt), nil
	case FormatHTML:
		return newHTMLWriter(w, opt), nil
	}
	return nil, timeline.Errorf(timeline.EINVALID, "unknown format %q: want one of %s", format, strings.Join(Formats, ", "))
}
