package timeline

// Extraction is one document with the mentions and events found in it: the
// unit the pipeline hands to storage, which stores it atomically. Events
// refer to mentions by index into Mentions.
type Extraction struct {
	Document *Document
	Mentions []Mention
	Events   []Event
}

// SaveResult reports what Saver.SaveDocuments did with one document.
type SaveResult struct {
	// Stored is true when the document was stored as new.
	Stored bool
	// Of is the stored document whose text this one repeats, as it was
	// before this copy came (no text): set when Stored is false and Err is
	// nil. Such a copy is a duplicate: it is skipped, or it updates the
	// stored document (Updated).
	Of *Document
	// Updated is true when this copy changed the stored document: a
	// publication date where it had none or a less trusted one, an explicit
	// date (PublishedFrom "flag") other than the stored one, or a better
	// source (a title or a date from its own metadata). Changed names what
	// changed: "published", "source", "url", "title".
	Updated bool
	Changed []string
	// Reextracted is true when the update changed the publication date, so
	// that this copy's mentions and events replaced the stored ones.
	Reextracted bool
	// Err says why the document was rejected; its code is EINVALID.
	Err error
}
