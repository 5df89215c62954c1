package export

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"html/template"
	"io"
	"sort"
	"strconv"

	"github.com/timeline-dev/timeline/timeline"
)

// The page's template, style and script, inlined into every export so that
// the file opens anywhere, offline, with no network request.
var (
	//go:embed assets/page.html.tmpl
	pageTemplate string
	//go:embed assets/timeline.css
	pageCSS string
	//go:embed assets/timeline.js
	pageJS string
)

// page is parsed once; html/template escapes every row field it prints.
var page = template.Must(template.New("page").Parse(pageTemplate))

// htmlWriter writes one self-contained HTML page. It keeps the rows until
// Close: the page carries them twice, as JSON for the script and as a static
// list for readers without JavaScript.
type htmlWriter struct {
	state
	w    io.Writer
	opt  Options
	rows []timeline.Row
}

func newHTMLWriter(w io.Writer, opt Options) *htmlWriter {
	return &htmlWriter{w: w, opt: opt}
}

// Write implements Writer.
func (h *htmlWriter) Write(r *timeline.Row) error {
	if err := h.check(); err != nil {
		return err
	}
	h.rows = append(h.rows, *r)
	return nil
}

// Close implements Writer: it renders the page.
func (h *htmlWriter) Close() error {
	if h.closed {
		return h.err
	}
	h.closed = true
	if h.err != nil {
		return h.err
	}
	sortForPage(h.rows)
	events := make([]pageEvent, len(h.rows))
	ids := map[string]bool{}
	for i := range h.rows {
		events[i] = newPageEvent(&h.rows[i], h.opt.Explain, i)
		// Ids become element ids and #links: keep them unique.
		for base, n := events[i].ID, 2; ids[events[i].ID]; n++ {
			events[i].ID = base + "-" + strconv.Itoa(n)
		}
		ids[events[i].ID] = true
	}
	data, err := json.Marshal(pageData{Title: h.title(), Explain: h.opt.Explain, Events: events})
	if err != nil {
		return h.fail(err)
	}
	bw := bufio.NewWriter(h.w)
	err = page.Execute(bw, pageView{
		Title:   h.title(),
		Summary: summary(h.rows),
		Events:  events,
		// json.Marshal escapes <, > and & as \u003c…, so no row text can
		// close the <script> element that carries the data.
		Data: template.JS(data),
		CSS:  template.CSS(pageCSS),
		JS:   template.JS(pageJS),
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		h.fail(err)
	}
	return h.err
}

// title is the page title; a page always needs one.
func (h *htmlWriter) title() string {
	if h.opt.Title != "" {
		return h.opt.Title
	}
	return "Timeline"
}

// sortForPage puts rows in timeline order with undated rows last, since the
// page groups events under year and month headings.
func sortForPage(rows []timeline.Row) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := &rows[i], &rows[j]
		if a.Start.IsZero() != b.Start.IsZero() {
			return b.Start.IsZero()
		}
		return timeline.Less(a, b)
	})
}

// summary reads "10 events from 4 documents · May 2025 – June 2025".
func summary(rows []timeline.Row) string {
	docs := map[string]bool{}
	var first, last timeline.Row
	for i := range rows {
		r := &rows[i]
		docs[r.Document] = true
		for _, s := range r.Sources {
			docs[s.Document] = true
		}
		if r.Start.IsZero() {
			continue
		}
		if first.Start.IsZero() || r.Start.Before(first.Start) {
			first = *r
		}
		if last.End.IsZero() || r.End.After(last.End) {
			last = *r
		}
	}
	s := plural(len(rows), "event") + " from " + plural(len(docs), "document")
	if !first.Start.IsZero() {
		from, to := first.Start.UTC(), lastDay(last.End)
		if from.Year() == to.Year() && from.Month() == to.Month() {
			s += " · " + from.Format("January 2006")
		} else {
			s += " · " + from.Format("January 2006") + " – " + to.Format("January 2006")
		}
	}
	return s
}

// plural writes "1 event", "2 events".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
