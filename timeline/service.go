package timeline

import "context"

// Saver stores extractions: what `timeline ingest` writes to.
type Saver interface {
	// SaveDocuments stores several extractions, each atomically, and
	// returns a result per extraction. A document that is rejected (an
	// EINVALID error in its result) leaves nothing behind and the others
	// are stored. A document whose SHA256 (filled in from its text when
	// empty) is already stored, or comes earlier in xs, is a copy: it is
	// reported with Stored false and Of set; when it is the better copy
	// (SaveResult.Updated says when) it updates the stored document, and
	// re-extracts it with its own mentions and events when it brings
	// another publication date; a copy from another source is recorded as
	// another source of the text. Any other failure stores none of them and
	// is returned as the error, with nil results. On success the ID of
	// every document stored or found stored is set, and IngestedAt is
	// filled in when zero.
	SaveDocuments(ctx context.Context, xs []Extraction) ([]SaveResult, error)
}

// Store is the storage the extraction pipeline uses: ingest saves
// extractions; reindex finds the documents an older extractor made, loads
// them one at a time and replaces their extraction. store.DB implements it;
// the pipeline's tests use an in-memory one.
type Store interface {
	Saver
	// StaleDocuments calls fn with each stored document whose extraction
	// was made by an extractor version other than version, in id order. An
	// error from fn stops the walk and is returned.
	StaleDocuments(ctx context.Context, version string, fn func(*Document) error) error
	// Document returns the stored document with the given id, text
	// included; ENOTFOUND when there is none.
	Document(ctx context.Context, id int64) (*Document, error)
	// ReplaceExtraction atomically replaces the mentions and events of the
	// stored document docID, and records version as the extractor version
	// that made them; the document itself never changes. ENOTFOUND when
	// there is no such document; EINVALID, with nothing changed, when the
	// mentions and events do not fit its text.
	ReplaceExtraction(ctx context.Context, docID int64, version string, mentions []Mention, events []Event) error
}
