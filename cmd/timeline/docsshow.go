package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/ingest"
)

// docsShowCommand is `timeline docs show`: documents in full.
type docsShowCommand struct {
	env    *env
	db     string
	format string
	text   bool
}

func (c *docsShowCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "show ID...",
		Short: "Show stored documents in full: names, date, other sources, counts",
		Args:  usageArgs(cobra.MatchAll(cobra.MinimumNArgs(1), idArgs)),
		RunE:  func(cmd *cobra.Command, args []string) error { return c.run(cmd.Context(), args) },
	}
	addDBFlag(cmd, c.env, &c.db)
	cmd.Flags().StringVarP(&c.format, "format", "f", "text", "text or json")
	cmd.Flags().BoolVar(&c.text, "text", false, "print the document's text too")
	return cmd
}

func (c *docsShowCommand) run(ctx context.Context, args []string) error {
	if c.format != "text" && c.format != "json" {
		return usagef("--format %q: want text or json", c.format)
	}
	ids, _ := parseIDs(args) // checked by idArgs
	return withReadOnly(ctx, c.db, func(d *store.DB) error {
		list, _, err := d.ListDocuments(ctx, store.DocumentFilter{IDs: ids})
		if err != nil {
			return err
		}
		byID := map[int64]*store.DocumentInfo{}
		for i := range list {
			byID[list[i].ID] = &list[i]
		}
		var texts []string
		for _, id := range ids {
			if byID[id] == nil {
				return timeline.Errorf(timeline.ENOTFOUND, "no document %d (`timeline docs` lists them)", id)
			}
			if c.text {
				doc, err := d.Document(ctx, id)
				if err != nil {
					return err
				}
				texts = append(texts, doc.Text)
			}
		}
		out := c.env.stdout
		for i, id := range ids {
			r := newDocumentRecord(byID[id])
			if c.format == "json" {
				if err := writeDocumentJSON(out, r, texts, i); err != nil {
					return err
				}
				continue
			}
			if i > 0 {
				fmt.Fprintln(out)
			}
			if err := writeDocumentText(out, r); err != nil {
				return err
			}
			if c.text {
				fmt.Fprintf(out, "\n%s\n", strings.TrimRight(texts[i], "\n"))
			}
		}
		return nil
	})
}

// writeDocumentJSON writes one document as a line of JSON, with its text
// when texts holds it.
func writeDocumentJSON(w io.Writer, r documentRecord, texts []string, i int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if texts == nil {
		return enc.Encode(r)
	}
	return enc.Encode(struct {
		documentRecord
		Text string `json:"text"`
	}{r, texts[i]})
}

// writeDocumentText writes one document as aligned "field: value" lines.
func writeDocumentText(w io.Writer, r documentRecord) error {
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	published := orDash(r.Published)
	if r.PublishedFrom != "" {
		published += " (from the " + map[string]string{"flag": "--published flag", "metadata": "document's metadata",
			"dateline": "dateline"}[r.PublishedFrom] + ")"
	}
	extractor := r.ExtractorVersion
	if r.Stale {
		extractor += " (not " + ingest.Version + ": `timeline reindex` re-extracts it)"
	}
	for _, f := range [][2]string{
		{"id", fmt.Sprint(r.ID)},
		{"source", r.Source},
		{"title", orDash(r.Title)},
		{"url", orDash(r.URL)},
		{"published", published},
		{"events", fmt.Sprintf("%d: %d dated, %d on the default timeline", r.Events, r.Dated, r.Shown)},
		{"time expressions", fmt.Sprint(r.Mentions)},
		{"sha256", r.SHA256},
		{"extractor", extractor},
		{"ingested at", r.IngestedAt},
	} {
		fmt.Fprintf(tw, "%s:\t%s\n", f[0], f[1])
	}
	for i, s := range r.Sources {
		label := ""
		if i == 0 {
			label = "other sources:"
		}
		detail := []string{"read " + s.IngestedAt}
		if s.Published != "" {
			detail = append([]string{"published " + s.Published}, detail...)
		}
		if s.URL != "" {
			detail = append([]string{s.URL}, detail...)
		}
		if s.Title != "" {
			detail = append([]string{"\u201c" + s.Title + "\u201d"}, detail...)
		}
		fmt.Fprintf(tw, "%s\t%s (%s)\n", label, s.Source, strings.Join(detail, ", "))
	}
	return tw.Flush()
}
