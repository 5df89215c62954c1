package ingest

import (
	"context"
	"slices"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
)

// Reviser is the storage Revise works on; store.DB implements it.
type Reviser interface {
	// Document returns a stored document, text included; ENOTFOUND when
	// there is none.
	Document(ctx context.Context, id int64) (*timeline.Document, error)
	// ReviseDocuments replaces the metadata and extraction of stored
	// documents in one transaction.
	ReviseDocuments(ctx context.Context, xs []timeline.Extraction) error
}

// Revise loads the stored documents ids, lets edit change each one's
// title, URL or publication date, re-extracts every one with the current
// extractor (a date changes what relative expressions mean) and stores
// them all in one transaction. It returns the extractions stored, in the
// order of ids, each id once.
func Revise(ctx context.Context, db Reviser, ids []int64, edit func(*timeline.Document)) ([]timeline.Extraction, error) {
	var xs []timeline.Extraction
	seen := map[int64]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		doc, err := db.Document(ctx, id)
		if err != nil {
			return nil, err
		}
		edit(doc)
		doc.ExtractorVersion = Version
		mentions, events := extract.Process(doc)
		xs = append(xs, timeline.Extraction{Document: doc, Mentions: mentions, Events: events})
	}
	if err := db.ReviseDocuments(ctx, xs); err != nil {
		return nil, err
	}
	return slices.Clip(xs), nil
}
