package timeline

import "time"

// Document is one article as read from a file, a URL export or a corpus.
type Document struct {
	ID     int64  // assigned by the store
	Source string // file path, "-" for standard input, path:LINE for JSON Lines, path[INDEX] for JSON arrays
	URL    string // canonical URL when the document names one
	Title  string
	// Published is the document creation time (DCT), at day precision in UTC.
	// The zero time means unknown: relative expressions then stay unresolved.
	Published time.Time
	// PublishedFrom says where Published came from: "flag", "metadata",
	// "dateline", or "" when unknown.
	PublishedFrom string
	Text          string
	SHA256        string // hex digest of Text, the identity used to skip duplicates
	// ExtractorVersion names the tagger and extractor that produced the stored
	// mentions and events, so that reindex can find stale documents.
	ExtractorVersion string
	IngestedAt       time.Time
}

// Name is how a document is shown in a timeline: its title, else its source.
func (d *Document) Name() string {
	if d.Title != "" {
		return d.Title
	}
	return d.Source
}
