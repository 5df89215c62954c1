package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/ingest"
)

// documentRecord is a document as the data formats write it.
type documentRecord struct {
	ID               int64          `json:"id"`
	Source           string         `json:"source"`
	URL              string         `json:"url"`
	Title            string         `json:"title"`
	Published        string         `json:"published"`      // YYYY-MM-DD, "" when unknown
	PublishedFrom    string         `json:"published_from"` // flag, metadata, dateline, ""
	SHA256           string         `json:"sha256"`
	ExtractorVersion string         `json:"extractor_version"`
	Stale            bool           `json:"stale"` // made by another extractor: reindex redoes it
	IngestedAt       string         `json:"ingested_at"`
	Mentions         int            `json:"mentions"`
	Events           int            `json:"events"`
	Dated            int            `json:"dated"`
	Shown            int            `json:"shown"`
	Sources          []sourceRecord `json:"sources"`
}

// sourceRecord is another source of a document's text.
type sourceRecord struct {
	Source     string `json:"source"`
	URL        string `json:"url"`
	Title      string `json:"title"`
	Published  string `json:"published"`
	IngestedAt string `json:"ingested_at"`
}

func newDocumentRecord(d *store.DocumentInfo) documentRecord {
	r := documentRecord{
		ID: d.ID, Source: d.Source, URL: d.URL, Title: d.Title, Published: timeline.FormatInstant(d.Published),
		PublishedFrom: d.PublishedFrom, SHA256: d.SHA256, ExtractorVersion: d.ExtractorVersion,
		Stale: d.ExtractorVersion != ingest.Version, IngestedAt: d.IngestedAt.UTC().Format(time.RFC3339),
		Mentions: d.Mentions, Events: d.Events, Dated: d.Dated, Shown: d.Shown, Sources: []sourceRecord{},
	}
	for _, s := range d.Sources {
		r.Sources = append(r.Sources, sourceRecord{Source: s.Source, URL: s.URL, Title: s.Title,
			Published: timeline.FormatInstant(s.Published), IngestedAt: s.IngestedAt.UTC().Format(time.RFC3339)})
	}
	return r
}

// documentColumns is the CSV header; other_sources joins the sources'
// names with sourceSep.
var documentColumns = []string{"id", "source", "url", "title", "published", "published_from", "sha256",
	"extractor_version", "stale", "ingested_at", "mentions", "events", "dated", "shown", "other_sources"}

// sourceSep joins the other sources in a table or CSV cell.
const sourceSep = "; "

// writeDocuments prints documents in format: an aligned table, CSV with a
// header, a JSON array, or JSON Lines.
func writeDocuments(w io.Writer, format string, list []store.DocumentInfo) error {
	recs := make([]documentRecord, len(list))
	for i := range list {
		recs[i] = newDocumentRecord(&list[i])
	}
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(documentColumns)
		for _, r := range recs {
			cw.Write([]string{strconv.FormatInt(r.ID, 10), r.Source, r.URL, r.Title, r.Published, r.PublishedFrom,
				r.SHA256, r.ExtractorVersion, strconv.FormatBool(r.Stale), r.IngestedAt, strconv.Itoa(r.Mentions),
				strconv.Itoa(r.Events), strconv.Itoa(r.Dated), strconv.Itoa(r.Shown), strings.Join(sourceNames(r), sourceSep)})
		}
		cw.Flush()
		return cw.Error()
	case "json", "jsonl":
		return writeRecords(w, format, recs)
	}
	var b bytes.Buffer
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tFROM\tEVENTS\tDATED\tSHOWN\tCOPIES\tSOURCE\tTITLE")
	for _, r := range recs {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%d\t%d\t%s\t%s\n", r.ID, orDash(r.Published), orDash(r.PublishedFrom),
			r.Events, r.Dated, r.Shown, len(r.Sources), r.Source, r.Title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for line := range strings.Lines(b.String()) {
		if _, err := io.WriteString(w, strings.TrimRight(line, " \n")+"\n"); err != nil {
			return err
		}
	}
	return nil
}

func sourceNames(r documentRecord) []string {
	names := make([]string, len(r.Sources))
	for i, s := range r.Sources {
		names[i] = s.Source
	}
	return names
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
