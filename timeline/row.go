package timeline

import (
	"sort"
	"time"
)

// Row is one line of a timeline: an event with its date and its source.
type Row struct {
	EventID     int64
	DocumentID  int64
	Date        string // TIMEX3 value
	Type        TimexType
	Mod         string
	Start       time.Time
	End         time.Time
	Granularity Granularity
	Event       string // the event phrase
	Evidence    string // the sentence
	Expression  string // the time expression's surface text
	Offset      int    // byte offset of the expression in its document
	Document    string // the document's title or source
	Source      string
	URL         string
	Published   time.Time
	How         Resolution
	Actors      []string
	Places      []string
	Snippet     string // full-text match excerpt, when a query asked for one

	// Sources holds every row merged into this one by a cross-article merge,
	// itself included; empty when rows were not merged.
	Sources []Row
	// DateConflict is set on a merged row whose sources give different dates.
	DateConflict bool
}

// Interval returns the row's span.
func (r *Row) Interval() Interval { return Interval{Start: r.Start, End: r.End} }

// Less is the timeline order: earlier start first; on equal start the longer
// interval first (May 2025 before 2025-05-01), then document order.
func Less(a, b *Row) bool {
	if !a.Start.Equal(b.Start) {
		return a.Start.Before(b.Start)
	}
	if !a.End.Equal(b.End) {
		return a.End.After(b.End)
	}
	if a.DocumentID != b.DocumentID {
		return a.DocumentID < b.DocumentID
	}
	if a.Offset != b.Offset {
		return a.Offset < b.Offset
	}
	return a.EventID < b.EventID
}

// Sort orders rows by Less.
func Sort(rows []Row) {
	sort.SliceStable(rows, func(i, j int) bool { return Less(&rows[i], &rows[j]) })
}
