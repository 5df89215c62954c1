package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/ingest"
)

// copyReport tells what ingest did with each copy of a stored text: a
// line on standard error with --verbose, a JSON object in the --report
// file.
type copyReport struct {
	verbose bool
	say     func(string) // prints a line as ingest prints its warnings
	file    *os.File
	buf     *bufio.Writer
	enc     *json.Encoder
	err     error // the first write error
}

// copyRecord is a line of the --report file.
type copyRecord struct {
	Source        string       `json:"source"`
	Action        string       `json:"action"` // skipped or updated
	DocumentID    int64        `json:"document_id"`
	Title         string       `json:"title"`
	URL           string       `json:"url"`
	Published     string       `json:"published"`
	PublishedFrom string       `json:"published_from"`
	SHA256        string       `json:"sha256"`
	Changed       []string     `json:"changed"`
	Reextracted   bool         `json:"reextracted"`
	Of            copyOfRecord `json:"of"`
}

// copyOfRecord is the stored document a copy repeats, as it was.
type copyOfRecord struct {
	Source        string `json:"source"`
	Title         string `json:"title"`
	URL           string `json:"url"`
	Published     string `json:"published"`
	PublishedFrom string `json:"published_from"`
}

// newCopyReport opens the report file, when one is asked for.
func newCopyReport(verbose bool, path string) (*copyReport, error) {
	r := &copyReport{verbose: verbose}
	if path == "" {
		return r, nil
	}
	f, err := os.Create(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, usagef("--report %s: %v", path, err)
	}
	r.file, r.buf = f, bufio.NewWriter(f)
	r.enc = json.NewEncoder(r.buf)
	r.enc.SetEscapeHTML(false)
	return r, nil
}

// wanted reports whether copies are reported at all.
func (r *copyReport) wanted() bool { return r.verbose || r.file != nil }

// copy reports one copy.
func (r *copyReport) copy(c ingest.Copy) {
	if r.verbose {
		r.say(copyLine(c))
	}
	if r.enc != nil && r.err == nil {
		r.err = r.enc.Encode(newCopyRecord(c))
	}
}

// close flushes and closes the report file.
func (r *copyReport) close() error {
	if r.file == nil {
		return nil
	}
	if r.err == nil {
		r.err = r.buf.Flush()
	}
	if err := r.file.Close(); r.err == nil {
		r.err = err
	}
	if r.err != nil {
		return fmt.Errorf("--report %s: %w", r.file.Name(), r.err)
	}
	return nil
}

func newCopyRecord(c ingest.Copy) copyRecord {
	d, of := c.Document, c.Of
	action := "skipped"
	if c.Updated {
		action = "updated"
	}
	changed := c.Changed
	if changed == nil {
		changed = []string{}
	}
	return copyRecord{
		Source: d.Source, Action: action, DocumentID: d.ID, Title: d.Title, URL: d.URL,
		Published: timeline.FormatInstant(d.Published), PublishedFrom: d.PublishedFrom, SHA256: d.SHA256,
		Changed: changed, Reextracted: c.Reextracted,
		Of: copyOfRecord{Source: of.Source, Title: of.Title, URL: of.URL, Published: timeline.FormatInstant(of.Published),
			PublishedFrom: of.PublishedFrom},
	}
}

// copyLine is the --verbose line of a copy.
func copyLine(c ingest.Copy) string {
	d, of := c.Document, c.Of
	if !c.Updated {
		if d.Source == of.Source {
			return fmt.Sprintf("duplicate: %s: already stored as document %d, skipped", d.Source, d.ID)
		}
		return fmt.Sprintf("duplicate: %s: same text as document %d (%s), skipped; kept as another source", d.Source, d.ID, of.Source)
	}
	var what []string
	for _, field := range c.Changed {
		switch field {
		case "published":
			what = append(what, fmt.Sprintf("published %s (was %s)", timeline.FormatInstant(d.Published),
				orNone(timeline.FormatInstant(of.Published))))
		case "source":
			what = append(what, "named by this copy, "+of.Source+" kept as another source")
		case "title":
			what = append(what, fmt.Sprintf("title \u201c%s\u201d", d.Title))
		case "url":
			what = append(what, "url "+d.URL)
		}
	}
	line := fmt.Sprintf("updated: %s: document %d (%s): %s", d.Source, d.ID, of.Source, strings.Join(what, ", "))
	if c.Reextracted {
		line += "; re-extracted"
	}
	return line
}
