package source

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/timeline-dev/timeline/timeline"
	"golang.org/x/net/html"
)

// parseHTML reads a web page: its main article text through readability,
// with paragraphs kept as blank-line-separated lines, and its title,
// canonical URL and publication date from the page's metadata. Malformed
// markup is repaired the way browsers do; a page whose article has no text
// gives no document.
func parseHTML(name string, data []byte) (*record, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, timeline.Errorf(timeline.EINVALID, "%s: invalid HTML: %v", name, err)
	}
	// Metadata first: readability removes scripts and rewrites the tree.
	meta := scanHTML(root)
	rec := &record{
		source: name,
		url:    meta.url(),
		dates:  meta.dates(),
		hints:  meta.hints(),
		noText: "no article text",
	}
	article, err := readable(root, rec.url)
	if err != nil {
		return nil, timeline.Errorf(timeline.EINVALID, "%s: cannot extract the article: %v", name, err)
	}
	if article.Node != nil {
		rec.text = dropMenus(strings.TrimSpace(render.InnerText(article.Node)))
	}
	rec.title = article.Title()
	if rec.title == "" {
		rec.title = meta.title
	}
	rec.title = headline(rec.title, meta.h1)
	return rec, nil
}

// readable runs readability, turning a panic on some odd page into an
// error: one bad page must not end a corpus run.
func readable(root *html.Node, pageURL string) (article readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("readability failed: %v", r)
		}
	}()
	var base *url.URL
	if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
		base = u
	}
	parser := readability.NewParser()
	return parser.ParseAndMutate(root, base)
}

// dropMenus removes the lines of a page's text that are menus rather than
// sentences, which readability can keep: "Order Reprints | Today's Paper |
// Subscribe", "Home · World · Business".
func dropMenus(text string) string {
	if !strings.ContainsAny(text, "|·•") {
		return text
	}
	lines := strings.Split(text, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if !menuLine(l) {
			kept = append(kept, l)
		}
	}
	return strings.TrimSpace(strings.Join(kept, "\n"))
}

// menuLine reports a line of two separators or more ("|", "·", "•") that
// does not end a sentence.
func menuLine(l string) bool {
	l = strings.TrimSpace(l)
	seps := strings.Count(l, "|") + strings.Count(l, "·") + strings.Count(l, "•")
	return seps >= 2 && !strings.HasSuffix(l, ".") && !strings.HasSuffix(l, "?") && !strings.HasSuffix(l, "!")
}
