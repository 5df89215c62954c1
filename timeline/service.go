package timeline

import "context"

// Store is what the pipeline needs from storage; store.DB implements it.
type Store interface {
	// SaveDocument stores a document with its mentions and events in one
	// transaction. It reports stored=false, and changes nothing, when a
	// document with the same SHA256 is already stored.
	SaveDocument(ctx context.Context, doc *Document, mentions []Mention, events []Event) (stored bool, err error)
	// Timeline returns the page of rows that f selects, in timeline order,
	// and the number of rows the filter matches without Offset and Limit.
	Timeline(ctx context.Context, f Filter) ([]Row, int, error)
}
