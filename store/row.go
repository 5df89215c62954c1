package store

import (
	"context"

	"github.com/timeline-dev/timeline/timeline"
)

// rowColumns is what rowScanner reads of a row: its timeline_rows entry,
// one JSON array (see rowjson.go). The document's fields come from a cache,
// as a timeline has far fewer documents than rows.
const rowColumns = `r.row_json`

// rowJoins brings in the timeline_rows entry of each event e, by its whole
// key. CROSS JOIN keeps e, which the filter chose an index for, outside.
const rowJoins = ` CROSS JOIN timeline_rows r ON r.start = e.start AND r."end" = e."end"
	AND r.document_id = e.document_id AND r.trigger_start = e.trigger_start AND r.event_id = e.id`

// rowScanner turns rowColumns and a snippet into one reused Row.
type rowScanner struct {
	row  timeline.Row
	dec  rowDecoder
	docs *documentNames
}

func (s *rowScanner) scan(ctx context.Context, js, snippet string) (*timeline.Row, error) {
	r := &s.row
	*r = timeline.Row{Snippet: snippet}
	if err := s.dec.decode(js, r); err != nil {
		return nil, err
	}
	d, err := s.docs.get(ctx, r.DocumentID)
	if err != nil {
		return nil, err
	}
	r.Document, r.Source, r.URL, r.Published = d.name, d.source, d.url, d.published
	return r, nil
}

// badValue reports a stored value this package could not have written.
func badValue(table string, id int64, column, value string) error {
	return timeline.Errorf(timeline.EINTERNAL, "%s %d has an unreadable %s %q in the database", table, id, column, value)
}
