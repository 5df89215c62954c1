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
	// Stored is false when the document was already stored (Err nil) or was
	// rejected (Err set).
	Stored bool
	// Err says why the document was rejected; its code is EINVALID.
	Err error
}
