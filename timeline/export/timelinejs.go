package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// tjsDate is a TimelineJS3 date. Only the parts the text gave are set, so
// that TimelineJS shows "2025" for a year and not "1 January 2025".
type tjsDate struct {
	Year   string `json:"year"`
	Month  string `json:"month,omitempty"`
	Day    string `json:"day,omitempty"`
	Hour   string `json:"hour,omitempty"`
	Minute string `json:"minute,omitempty"`
}

// tjsText is a TimelineJS3 text object; both fields are HTML.
type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// tjsEvent is a TimelineJS3 slide.
type tjsEvent struct {
	StartDate   tjsDate  `json:"start_date"`
	EndDate     *tjsDate `json:"end_date,omitempty"`
	DisplayDate string   `json:"display_date"`
	Text        tjsText  `json:"text"`
	Group       string   `json:"group,omitempty"`
	UniqueID    string   `json:"unique_id"`
}

// timelineJSWriter streams a TimelineJS3 JSON document. Rows without a
// calendar date are left out: TimelineJS cannot place them.
type timelineJSWriter struct {
	state
	w    *bufio.Writer
	opt  Options
	n    int
	ids  map[string]bool
	open bool
}

func newTimelineJSWriter(w io.Writer, opt Options) *timelineJSWriter {
	return &timelineJSWriter{w: bufio.NewWriter(w), opt: opt, ids: map[string]bool{}}
}

// begin writes the title and opens the events array.
func (t *timelineJSWriter) begin() error {
	if t.open {
		return nil
	}
	t.open = true
	t.w.WriteString("{\n")
	if t.opt.Title != "" {
		title, err := marshal(map[string]tjsText{"text": {Headline: html.EscapeString(t.opt.Title)}})
		if err != nil {
			return err
		}
		t.w.WriteString(`  "title": ` + title + ",\n")
	}
	_, err := t.w.WriteString(`  "events": [`)
	return err
}

// Write implements Writer.
func (t *timelineJSWriter) Write(r *timeline.Row) error {
	if err := t.check(); err != nil {
		return err
	}
	if err := t.begin(); err != nil {
		return t.fail(err)
	}
	if r.Start.IsZero() {
		return nil
	}
	ev := t.event(r)
	b, err := marshal(ev)
	if err != nil {
		return t.fail(err)
	}
	sep := ",\n    "
	if t.n == 0 {
		sep = "\n    "
	}
	t.n++
	if _, err := t.w.WriteString(sep + b); err != nil {
		return t.fail(err)
	}
	return nil
}

// event converts a row to a slide.
func (t *timelineJSWriter) event(r *timeline.Row) tjsEvent {
	ev := tjsEvent{
		StartDate:   tjsStart(r),
		EndDate:     tjsEnd(r),
		DisplayDate: DisplayWhen(r),
		Text:        tjsText{Headline: html.EscapeString(eventCell(r)), Text: tjsBody(r)},
		UniqueID:    t.uniqueID(r),
	}
	switch t.opt.GroupBy {
	case GroupByDocument:
		ev.Group = r.Document
	case GroupByActor:
		if len(r.Actors) > 0 {
			ev.Group = r.Actors[0]
		}
	}
	return ev
}

// uniqueID is "e<event id>", kept unique even for rows that share or lack an
// id, because TimelineJS refuses a document with duplicate ids.
func (t *timelineJSWriter) uniqueID(r *timeline.Row) string {
	id := "e" + strconv.FormatInt(r.EventID, 10)
	if r.EventID == 0 {
		id = "r" + strconv.Itoa(t.n)
	}
	for base, i := id, 2; t.ids[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	t.ids[id] = true
	return id
}

// headline is the event phrase, or the expression when the extractor found
// no phrase: a slide needs a title.
func headline(r *timeline.Row) string {
	if r.Event != "" {
		return r.Event
	}
	return r.Expression
}

// tjsStart gives the start at the precision of the row's granularity.
func tjsStart(r *timeline.Row) tjsDate {
	s := r.Start.UTC()
	d := tjsDate{Year: strconv.Itoa(s.Year())}
	switch r.Granularity {
	case timeline.GranularityYear, timeline.GranularityDecade, timeline.GranularityCentury:
		return d
	case timeline.GranularityMonth, timeline.GranularitySeason, timeline.GranularityQuarter, timeline.GranularityHalf:
		d.Month = strconv.Itoa(int(s.Month()))
		return d
	}
	d.Month = strconv.Itoa(int(s.Month()))
	d.Day = strconv.Itoa(s.Day())
	if r.Granularity == timeline.GranularityHour || r.Granularity == timeline.GranularityMinute {
		d.Hour = strconv.Itoa(s.Hour())
		d.Minute = strconv.Itoa(s.Minute())
	}
	return d
}

// tjsEnd gives the last day (or year) a span includes, and nil for rows that
// read as a point or as a single named unit (a day, a month, a year).
func tjsEnd(r *timeline.Row) *tjsDate {
	if r.End.IsZero() || !r.End.After(r.Start) {
		return nil
	}
	last := lastDay(r.End)
	switch r.Granularity {
	case timeline.GranularityMinute, timeline.GranularityHour, timeline.GranularityPartOfDay,
		timeline.GranularityDay, timeline.GranularityMonth, timeline.GranularityYear:
		return nil
	case timeline.GranularityDecade, timeline.GranularityCentury:
		return &tjsDate{Year: strconv.Itoa(last.Year())}
	case timeline.GranularityNone:
		if r.End.Sub(r.Start) <= 24*time.Hour {
			return nil
		}
	}
	return &tjsDate{Year: strconv.Itoa(last.Year()), Month: strconv.Itoa(int(last.Month())), Day: strconv.Itoa(last.Day())}
}

// tjsBody is the slide's HTML: the evidence with the time expression marked,
// who takes part, then who reported it. Every piece of row text is escaped.
func tjsBody(r *timeline.Row) string {
	var b strings.Builder
	if r.Evidence != "" {
		b.WriteString("<p>" + markExpression(r.Evidence, r.Expression) + "</p>")
	}
	if len(r.Participants) > 0 {
		parts := make([]string, len(r.Participants))
		for i, p := range r.Participants {
			parts[i] = html.EscapeString(p.Name) + " (" + html.EscapeString(string(p.Role)) + ")"
		}
		b.WriteString("<p>Taking part: " + strings.Join(parts, ", ") + "</p>")
	}
	if len(r.Sources) > 1 {
		parts := make([]string, len(r.Sources))
		for i := range r.Sources {
			s := &r.Sources[i]
			parts[i] = htmlLink(s.Document, s.URL) + " (" + html.EscapeString(DisplayDate(s)) + ")"
		}
		b.WriteString("<p>Reported by " + strings.Join(parts, "; ") + ".</p>")
		if r.DateConflict {
			b.WriteString("<p><strong>Sources disagree on the date.</strong></p>")
		}
		return b.String()
	}
	src := "— " + htmlLink(r.Document, r.URL)
	if p := formatDay(r.Published); p != "" {
		src += ", published " + p
	}
	b.WriteString("<p>" + src + "</p>")
	return b.String()
}

// markExpression escapes evidence and wraps the first occurrence of the time
// expression in <mark>.
func markExpression(evidence, expr string) string {
	i := -1
	if expr != "" {
		i = strings.Index(evidence, expr)
	}
	if i < 0 {
		return html.EscapeString(evidence)
	}
	return html.EscapeString(evidence[:i]) + "<mark>" + html.EscapeString(expr) + "</mark>" + html.EscapeString(evidence[i+len(expr):])
}

// htmlLink links text to a web URL, or escapes the text alone.
func htmlLink(text, link string) string {
	if !webURL(link) {
		return html.EscapeString(text)
	}
	return fmt.Sprintf(`<a href="%s" target="_blank" rel="noopener">%s</a>`, html.EscapeString(link), html.EscapeString(text))
}

// marshal encodes v as compact JSON without HTML escaping: the slide text is
// HTML already, and every piece of data in it was escaped.
func marshal(v any) (string, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// Close implements Writer.
func (t *timelineJSWriter) Close() error {
	if t.closed {
		return t.err
	}
	t.closed = true
	if t.err == nil {
		if err := t.begin(); err != nil {
			t.fail(err)
		}
		end := "\n  ]\n}\n"
		if t.n == 0 {
			end = "]\n}\n"
		}
		t.w.WriteString(end)
	}
	if err := t.w.Flush(); err != nil {
		t.fail(err)
	}
	return t.err
}
