package export

import (
	"html/template"
	"strconv"

	"github.com/timeline-dev/timeline/timeline"
)

// pageView is what the HTML template prints.
type pageView struct {
	Title   string
	Summary string
	Events  []pageEvent
	Data    template.JS
	CSS     template.CSS
	JS      template.JS
}

// pageData is the JSON the page's script renders.
type pageData struct {
	Title   string      `json:"title"`
	Explain bool        `json:"explain"`
	Events  []pageEvent `json:"events"`
}

// pageEvent is one event as the page needs it. Labels and headings are made
// here, in Go, so that the page, the static list and the other formats say
// dates the same way and the script does no calendar arithmetic.
type pageEvent struct {
	ID          string   `json:"id"`
	Label       string   `json:"label"`
	Date        string   `json:"date"`
	Granularity string   `json:"granularity"`
	Point       bool     `json:"point"`
	Start       string   `json:"start"`
	End         string   `json:"end"`
	T0          int64    `json:"t0"` // Unix milliseconds, for the overview axis
	T1          int64    `json:"t1"`
	Year        string   `json:"year"`  // year heading: "2025", "1990s", "Undated"
	Month       string   `json:"month"` // month heading, "" for events coarser than a month
	Event       string   `json:"event"`
	Evidence    string   `json:"evidence"`
	Expression  string   `json:"expression"`
	Document    string   `json:"document"`
	Source      string   `json:"source"`
	URL         string   `json:"url"`
	Published   string   `json:"published"`
	Actors      []string `json:"actors"`
	Places      []string `json:"places"`
	// What the event is and how real the text holds it: Qualifier is
	// "planned", "counterfactual", "negated"..., "" for an asserted event.
	Trigger      string        `json:"trigger"`
	Lemma        string        `json:"lemma"`
	Class        string        `json:"class"`
	Modality     string        `json:"modality"`
	Polarity     string        `json:"polarity"`
	Relation     string        `json:"relation"`
	Qualifier    string        `json:"qualifier"`
	AnchoredBy   string        `json:"anchoredBy"`
	Confidence   float64       `json:"confidence"`
	Participants []participant `json:"participants"`
	How          *pageHow      `json:"how,omitempty"`
	Sources      []pageSource  `json:"sources,omitempty"`
	Conflict     bool          `json:"conflict"`
}

// pageHow is the --explain part of an event.
type pageHow struct {
	Rule        string `json:"rule"`
	Anchor      string `json:"anchor"`
	AnchorValue string `json:"anchorValue"`
	Tense       string `json:"tense"`
}

// pageSource is one merged source of an event.
type pageSource struct {
	Label      string `json:"label"`
	Date       string `json:"date"`
	Document   string `json:"document"`
	URL        string `json:"url"`
	Published  string `json:"published"`
	Evidence   string `json:"evidence"`
	Expression string `json:"expression"`
}

// newPageEvent converts a row; i numbers rows that have no event id.
func newPageEvent(r *timeline.Row, explained bool, i int) pageEvent {
	ev := pageEvent{
		ID:           "e" + strconv.FormatInt(r.EventID, 10),
		Label:        DisplayWhen(r),
		Date:         r.Date,
		Granularity:  string(r.Granularity),
		Point:        isPoint(r.Granularity),
		Start:        timeline.FormatInstant(r.Start),
		End:          timeline.FormatInstant(r.End),
		Year:         yearHeading(r),
		Month:        monthHeading(r),
		Event:        headline(r),
		Evidence:     r.Evidence,
		Expression:   r.Expression,
		Document:     r.Document,
		Source:       r.Source,
		URL:          safeURL(r.URL),
		Published:    formatDay(r.Published),
		Actors:       nonNil(r.Actors),
		Places:       nonNil(r.Places),
		Conflict:     r.DateConflict,
		Trigger:      r.Trigger,
		Lemma:        r.Lemma,
		Class:        string(r.Class),
		Modality:     string(r.Modality),
		Polarity:     string(r.Polarity),
		Relation:     string(r.Relation),
		Qualifier:    qualifier(r),
		AnchoredBy:   string(r.AnchoredBy),
		Confidence:   r.Confidence,
		Participants: make([]participant, len(r.Participants)),
	}
	for i, p := range r.Participants {
		ev.Participants[i] = participant{Name: p.Name, Kind: string(p.Kind), Role: string(p.Role), Alias: p.Alias}
	}
	if r.EventID == 0 {
		ev.ID = "r" + strconv.Itoa(i)
	}
	if !r.Start.IsZero() {
		ev.T0, ev.T1 = r.Start.UnixMilli(), r.End.UnixMilli()
	}
	if explained {
		ev.How = &pageHow{Rule: r.How.Rule, Anchor: r.How.Anchor, AnchorValue: r.How.AnchorValue, Tense: r.How.Tense}
	}
	for i := range r.Sources {
		s := &r.Sources[i]
		ev.Sources = append(ev.Sources, pageSource{
			Label: DisplayWhen(s), Date: s.Date, Document: s.Document, URL: safeURL(s.URL),
			Published: formatDay(s.Published), Evidence: s.Evidence, Expression: s.Expression,
		})
	}
	return ev
}

// safeURL keeps only web URLs, the only ones the page links to: a
// javascript: or file: URL in a document must not become a link.
func safeURL(link string) string {
	if webURL(link) {
		return link
	}
	return ""
}

// yearHeading is the top-level heading an event is listed under.
func yearHeading(r *timeline.Row) string {
	if r.Start.IsZero() {
		return "Undated"
	}
	switch r.Granularity {
	case timeline.GranularityDecade, timeline.GranularityCentury:
		return plainDate(r)
	}
	return strconv.Itoa(r.Start.UTC().Year())
}

// monthHeading is the month heading of events a month long or shorter; a
// coarser event (a quarter, a year) sits directly under its year.
func monthHeading(r *timeline.Row) string {
	if r.Start.IsZero() {
		return ""
	}
	switch r.Granularity {
	case timeline.GranularitySeason, timeline.GranularityQuarter, timeline.GranularityHalf,
		timeline.GranularityYear, timeline.GranularityDecade, timeline.GranularityCentury:
		return ""
	case timeline.GranularityNone:
		if r.End.Sub(r.Start).Hours() > 31*24 {
			return ""
		}
	}
	return r.Start.UTC().Format("January 2006")
}
