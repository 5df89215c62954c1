package source

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// record is what a format reader extracts from one document; finish applies
// the rules every format shares (date precedence, text checks, hashing).
type record struct {
	source string // Document.Source, and the prefix of every message
	text   string
	title  string
	url    string
	id     string
	// dates are the publication dates the metadata offers, most trusted
	// first; the first one that reads wins.
	dates []dateCandidate
	// hints are strings that may carry a date or year (a URL, a modified
	// date, the file name), used only to complete a dateline without a year.
	hints []string
	// noText is the complaint when text is blank; "" means "no text".
	noText   string
	warnings []string
}

// dateCandidate is one publication date found in a document's metadata.
type dateCandidate struct {
	value  string    // as written
	at     time.Time // already read by the format's own parser, else zero
	origin string    // where it was found, for messages: `field "date"`
}

// warnf adds a warning that starts with the record's source.
func (r *record) warnf(format string, args ...any) {
	r.warnings = append(r.warnings, r.source+": "+fmt.Sprintf(format, args...))
}

// finish turns the record into an Item.
func (r *record) finish(opt Options) Item {
	fail := func(format string, args ...any) Item {
		err := timeline.Errorf(timeline.EINVALID, "%s: "+format, append([]any{r.source}, args...)...)
		return Item{ID: r.id, Warnings: r.warnings, Err: err}
	}
	if strings.TrimSpace(r.text) == "" {
		if r.noText != "" {
			return fail("%s", r.noText)
		}
		return fail("no text")
	}
	// Readers check their raw input; this catches what decoding lets
	// through, such as a JSON "\u0000".
	if p := checkText(bytesOf(r.text)); p != nil {
		return fail("text has %s", p)
	}
	doc := &timeline.Document{
		Source: r.source,
		URL:    strings.TrimSpace(r.url),
		Title:  strings.Join(strings.Fields(r.title), " "),
		Text:   r.text,
	}
	switch {
	case !opt.Published.IsZero():
		doc.Published, doc.PublishedFrom = opt.Published, "flag"
	default:
		t, err := r.metadataDate()
		if err != nil {
			return fail("%s", err)
		}
		if !t.IsZero() {
			doc.Published, doc.PublishedFrom = t, "metadata"
		} else if t, ok := findDateline(r.text, r.hints); ok {
			doc.Published, doc.PublishedFrom = t, "dateline"
		}
	}
	if future(doc.Published, opt.Now) {
		r.warnf("publication date %s is in the future", doc.Published.Format("2006-01-02"))
	}
	sum := sha256.Sum256(bytesOf(doc.Text))
	doc.SHA256 = hex.EncodeToString(sum[:])
	return Item{Doc: doc, ID: r.id, Warnings: r.warnings}
}

// metadataDate returns the first candidate date that reads. An impossible
// date is an error: the source is wrong, and guessing another date would
// hide it. An unreadable one is only a warning, since other sources follow.
func (r *record) metadataDate() (time.Time, error) {
	for _, c := range r.dates {
		if !c.at.IsZero() {
			return day(c.at), nil
		}
		if strings.TrimSpace(c.value) == "" {
			continue
		}
		t, err := parseDate(c.value)
		if err == nil {
			return t, nil
		}
		var de *dateError
		if errors.As(err, &de) && de.impossible {
			return time.Time{}, fmt.Errorf("%v (%s)", err, c.origin)
		}
		r.warnf("ignoring %v (%s)", err, c.origin)
	}
	return time.Time{}, nil
}

// future reports whether published lies after today everywhere on Earth:
// a date is written in its author's zone, which may be a day ahead of UTC.
func future(published, now time.Time) bool {
	if published.IsZero() || now.IsZero() {
		return false
	}
	return published.After(day(now.UTC()).AddDate(0, 0, 1))
}
