// Package source reads every input format the tool accepts — plain text,
// HTML, JSON, JSON Lines and TimeML, each optionally gzip-compressed — and
// turns each article into a timeline.Document.
//
// Reading streams: a JSON Lines file is read a line at a time and a JSON
// array an element at a time, so a corpus never has to fit in memory. Every
// problem with one file or one record is reported as an Item whose Err names
// the file (and line or index) and the walk goes on with the next one.
package source

import (
	"io"
	"maps"
	"path/filepath"
	"slices"
	"time"

	"github.com/timeline-dev/timeline/internal/guard"
	"github.com/timeline-dev/timeline/timeline"
)

// DefaultMaxSize is the limit on one file, or on one record of a JSON Lines
// file or JSON array, when Options.MaxSize is zero.
const DefaultMaxSize int64 = 50 << 20

// Options controls how inputs are found and read.
type Options struct {
	// Published is the publication date of every document; it wins over
	// anything found in the documents. The zero time means not given.
	Published time.Time
	// MaxSize limits what is held in memory at once: a whole text, HTML or
	// TimeML file, or one line of JSON Lines, or one element of a JSON array.
	// Zero means DefaultMaxSize.
	MaxSize int64
	// Fields names the JSON field to use for a role, overriding the common
	// names: keys are "text", "published", "title", "url" and "id", values a
	// field name or a dotted path into nested objects ("article.body").
	Fields map[string]string
	// Include and Exclude are glob patterns matched against a file's base
	// name, or against its path relative to the walked directory when the
	// pattern has a slash ("**" matches any number of directories). They
	// filter directory walks only; a file named on the command line is read.
	Include, Exclude []string
	// Now is the current time, used only to warn about publication dates in
	// the future; the zero time disables the check.
	Now time.Time
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// StdinName names what Stdin holds, in sources and messages, and picks
	// its format by extension as a file name would; "" means "-".
	StdinName string
	// Defer leaves the parsing of whole files (text, HTML, TimeML) and of
	// JSON Lines records to the caller: they are emitted unparsed, in order,
	// and Item.Parse finishes them on whatever goroutine calls it. A caller
	// that parses on several goroutines then reads on every core, while
	// Walk itself only reads bytes.
	Defer bool
}

// Item is one result of reading: a document, or the failure of one file or
// record. Warnings may come with either, or alone (a directory without any
// matching file). Every message is one line that starts with the file name.
type Item struct {
	Doc *timeline.Document
	// ID is the document's own identifier when the input gives one (the JSON
	// "id" field, the TimeML DOCID); the Document has no field for it.
	ID string
	// File is the path the item comes from, as named or found in a walk
	// (Options.StdinName for standard input). A document that is a whole
	// file has it as its Source; one record of a file has "File:LINE" or
	// "File[INDEX]".
	File     string
	Warnings []string
	Err      error

	// pending finishes an item emitted unparsed (Options.Defer); size is
	// the bytes it holds until then.
	pending func() Item
	size    int
	name    string // the file or record pending parses, for its errors
}

// Parse finishes an item that was emitted unparsed (Options.Defer) and
// returns the item it stands for: a document, or the failure of its file or
// record. Any other item comes back as it is. Parse may run on any
// goroutine, and at most once per item.
//
// A panic while parsing (a bug, met on some odd input) fails the item
// alone: it comes back as the item's error, naming its file or record.
func (it Item) Parse() Item {
	if it.pending == nil {
		return it
	}
	var out Item
	if err := guard.Run(it.name, "reading", func() { out = it.pending() }); err != nil {
		out = Item{Err: err}
	}
	out.File = it.File
	return out
}

// Size returns about how many bytes the item holds in memory: the input not
// parsed yet, else the document's text.
func (it Item) Size() int {
	switch {
	case it.pending != nil:
		return it.size
	case it.Doc != nil:
		return len(it.Doc.Text)
	}
	return 0
}

// roles are the keys Options.Fields accepts.
var roles = []string{"text", "published", "title", "url", "id"}

// Validate reports options that cannot be used: a field mapping for an
// unknown role or to no field, or a glob pattern that does not parse. Walk
// and ReadFile return the same error; a caller checks first to report it
// as its own (a bad flag) before any input is read.
func (opt Options) Validate() error {
	for _, key := range slices.Sorted(maps.Keys(opt.Fields)) {
		if !slices.Contains(roles, key) {
			return timeline.Errorf(timeline.EINVALID, "unknown role %q: want one of text, published, title, url, id", key)
		}
		if opt.Fields[key] == "" {
			return timeline.Errorf(timeline.EINVALID, "role %s has an empty field name", key)
		}
	}
	for _, p := range append(append([]string(nil), opt.Include...), opt.Exclude...) {
		if _, err := filepath.Match(p, ""); err != nil {
			return timeline.Errorf(timeline.EINVALID, "invalid glob pattern %q", p)
		}
	}
	return nil
}

// withDefaults checks opt and fills in its defaults.
func (opt Options) withDefaults() (Options, error) {
	if err := opt.Validate(); err != nil {
		return opt, err
	}
	if opt.MaxSize <= 0 {
		opt.MaxSize = DefaultMaxSize
	}
	if opt.StdinName == "" {
		opt.StdinName = "-"
	}
	if !opt.Published.IsZero() {
		opt.Published = day(opt.Published)
	}
	return opt, nil
}
