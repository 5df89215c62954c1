package store

import (
	"slices"

	"github.com/timeline-dev/timeline/timeline"
)

// A text is stored once, however many copies of it are read: the same
// article saved twice, a syndicated wire story under other titles and
// URLs, a file ingested again with --published. The first copy is stored;
// each later one is compared with what is stored (mergeCopy) and may
// correct it, and a copy from another source is kept in document_sources,
// so that no provenance is lost.

// dateRank orders where a publication date came from, from the least
// trusted: none, a dateline in the text, the document's metadata, the
// user's --published.
func dateRank(from string) int {
	switch from {
	case "dateline":
		return 1
	case "metadata":
		return 2
	case "flag":
		return 3
	}
	return 0
}

// identityRank orders the copies of a text by what they say about
// themselves: a publication date in their own metadata first, then a
// title. The best copy names the document; the others are its other
// sources.
func identityRank(d *timeline.Document) int {
	r := 0
	if d.PublishedFrom == "metadata" {
		r += 2
	}
	if d.Title != "" {
		r++
	}
	return r
}

// copyMerge is what a copy changes in the stored document.
type copyMerge struct {
	date     bool // the copy's publication date replaces the stored one: re-extract with it
	identity bool // the copy's source names the document; the old one becomes another source
	changed  []string
}

// mergeCopy returns the stored document s as the copy c leaves it, and
// what c changed. Only names and dates are compared; the texts are the
// same.
//
// The date: an explicit date (--published) other than the stored one
// always wins; otherwise a date wins over a less trusted one (dateRank),
// and, from the same source read again, over an equally trusted one, since
// the file's own metadata were corrected. The name: a copy from the same
// source brings its current title and URL; one from another source names
// the document when it ranks higher (identityRank), keeping the stored
// title or URL where it has none.
func mergeCopy(s, c *timeline.Document) (timeline.Document, copyMerge) {
	next := *s
	var m copyMerge
	same := c.Source == s.Source
	if !c.Published.IsZero() && !c.Published.Equal(s.Published) {
		cr, sr := dateRank(c.PublishedFrom), dateRank(s.PublishedFrom)
		m.date = c.PublishedFrom == "flag" || sr < 3 && (cr > sr || same && cr == sr)
	}
	if m.date {
		next.Published, next.PublishedFrom = c.Published, c.PublishedFrom
		m.changed = append(m.changed, "published")
	}
	if !same && identityRank(c) > identityRank(s) {
		m.identity = true
		next.Source = c.Source
		m.changed = append(m.changed, "source")
	}
	if same || m.identity {
		if c.URL != "" && c.URL != s.URL {
			next.URL = c.URL
			m.changed = append(m.changed, "url")
		}
		if c.Title != "" && c.Title != s.Title {
			next.Title = c.Title
			m.changed = append(m.changed, "title")
		}
	}
	return next, m
}

// copyGroup is one text of a batch: the stored document or the one the
// batch stores, and every document of the batch with that text.
type copyGroup struct {
	id      int64               // the stored document, 0 until a new one is inserted
	isNew   bool                // no document had the text before this batch
	state   timeline.Document   // what is to be stored, text included
	x       timeline.Extraction // the extraction to store: a new document's, or the copy whose date won
	reindex bool                // a stored document whose date changed: replace its extraction with x's
	changed bool                // a stored document whose row changes
	members []int               // indexes into the batch, in order
	// sources are the other sources to record, by source; dropped are
	// those to delete, a copy that came to name the document.
	sources map[string]otherSource
	dropped []string
	err     error
}

// otherSource is a row of document_sources.
type otherSource struct {
	url, title, published, ingested string
}

// sourceOf returns d as another source of a text.
func sourceOf(d *timeline.Document) otherSource {
	return otherSource{url: d.URL, title: d.Title, published: timeline.FormatInstant(d.Published), ingested: formatIngested(d)}
}

// add merges the copy x, at index i of the batch, into the group and
// returns its result.
func (g *copyGroup) add(i int, x timeline.Extraction) timeline.SaveResult {
	c := x.Document
	of := g.state
	of.Text = ""
	next, m := mergeCopy(&g.state, c)
	if m.identity {
		g.keep(g.state.Source, sourceOf(&g.state))
		g.drop(c.Source)
	} else if c.Source != g.state.Source {
		g.keep(c.Source, sourceOf(c))
	}
	if m.date {
		g.x = x
		g.reindex = !g.isNew
	}
	g.state = next
	g.changed = g.changed || len(m.changed) > 0
	g.members = append(g.members, i)
	return timeline.SaveResult{Of: &of, Updated: len(m.changed) > 0, Changed: m.changed, Reextracted: m.date}
}

// keep records source as another source, unless it was recorded before:
// the first reading of a copy is kept.
func (g *copyGroup) keep(source string, o otherSource) {
	if _, ok := g.sources[source]; ok {
		return
	}
	if g.sources == nil {
		g.sources = map[string]otherSource{}
	}
	g.sources[source] = o
	g.dropped = slices.DeleteFunc(g.dropped, func(s string) bool { return s == source })
}

// drop removes source from the other sources: it names the document now.
func (g *copyGroup) drop(source string) {
	delete(g.sources, source)
	if !slices.Contains(g.dropped, source) {
		g.dropped = append(g.dropped, source)
	}
}
