package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/ingest"
)

// docsSetCommand is `timeline docs set`: a document's publication date,
// title or URL corrected, and the document re-extracted.
type docsSetCommand struct {
	env                   *env
	db                    string
	published, title, url string
}

func (c *docsSetCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "set ID... [--published DATE] [--title TITLE] [--url URL]",
		Short: "Correct documents' publication date, title or URL, and re-extract them",
		Long: `Sets the publication date, title or URL of stored documents and
re-extracts them with that date, all in one transaction: relative
expressions ("last week", "on Monday") are dated anew. An empty value
clears the field: --published '' leaves the documents undated.`,
		Example: `  timeline docs set 3 --published 2025-05-19
  timeline docs set 3 4 --title "Putin skips talks" --url https://example.org/a`,
		Args: usageArgs(cobra.MatchAll(cobra.MinimumNArgs(1), idArgs)),
		RunE: func(cmd *cobra.Command, args []string) error { return c.run(cmd, args) },
	}
	addDBFlag(cmd, c.env, &c.db)
	cmd.Flags().StringVar(&c.published, "published", "", "publication date, YYYY-MM-DD ('' for none)")
	cmd.Flags().StringVar(&c.title, "title", "", "title ('' for none)")
	cmd.Flags().StringVar(&c.url, "url", "", "canonical URL ('' for none)")
	return cmd
}

func (c *docsSetCommand) run(cmd *cobra.Command, args []string) error {
	ctx := cmd.Context()
	flags := cmd.Flags()
	setDate, setTitle, setURL := flags.Changed("published"), flags.Changed("title"), flags.Changed("url")
	if !setDate && !setTitle && !setURL {
		return usagef("nothing to set: give --published, --title or --url")
	}
	published, err := parseDay("--published", c.published)
	if err != nil {
		return err
	}
	ids, _ := parseIDs(args) // checked by idArgs
	d, err := store.Open(ctx, c.db)
	if err != nil {
		return err
	}
	defer d.Close()
	before := map[int64]timeline.Document{}
	xs, err := ingest.Revise(ctx, d, ids, func(doc *timeline.Document) {
		before[doc.ID] = *doc
		if setDate {
			doc.Published, doc.PublishedFrom = published, "flag"
			if published.IsZero() {
				doc.PublishedFrom = ""
			}
		}
		if setTitle {
			doc.Title = c.title
		}
		if setURL {
			doc.URL = c.url
		}
	})
	if err != nil {
		return err
	}
	for _, x := range xs {
		doc := x.Document
		dated := 0
		for i := range x.Events {
			if x.Events[i].Dated() {
				dated++
			}
		}
		was := before[doc.ID]
		var what []string
		if setDate {
			what = append(what, fmt.Sprintf("published %s (was %s)", orNone(timeline.FormatInstant(doc.Published)),
				orNone(timeline.FormatInstant(was.Published))))
		}
		if setTitle {
			what = append(what, fmt.Sprintf("title \u201c%s\u201d (was \u201c%s\u201d)", doc.Title, was.Title))
		}
		if setURL {
			what = append(what, fmt.Sprintf("url %s (was %s)", orNone(doc.URL), orNone(was.URL)))
		}
		fmt.Fprintf(c.env.stderr, "document %d: %s; re-extracted: %s, %d dated\n", doc.ID, strings.Join(what, ", "),
			count(len(x.Events), "event"), dated)
	}
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
