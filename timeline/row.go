package timeline

import (
	"sort"
	"time"
)

// Row is one line of a timeline: a dated event with its time, what kind of
// event it is, who takes part, and its source.
type Row struct {
	EventID    int64
	DocumentID int64
	// Date is the event's TIMEX3 value: its time expression's, or the
	// publication date's when that dates it.
	Date        string
	Type        TimexType // of the time expression; "" when none dates the event
	Mod         string
	Start       time.Time
	End         time.Time
	Granularity Granularity
	Event       string // the event phrase
	Evidence    string // the sentence
	Expression  string // the time expression's surface text; "" when none dates the event
	Offset      int    // byte offset of the expression in its document; 0 when there is none

	// Trigger is the word that names the event; TriggerStart and
	// TriggerEnd are its offsets in the document text in Unicode code
	// points (what the database stores and SQL's substr() counts), End
	// exclusive. Lemma is its dictionary form.
	Trigger      string
	TriggerStart int
	TriggerEnd   int
	Lemma        string
	Class        EventClass
	Modality     Modality
	Polarity     Polarity
	Relation     Relation  // how the event stands to Date: on, before, after, since, until, by
	AnchoredBy   Anchoring // where Date came from
	Confidence   float64   // how sure the dating is, 0 to 1

	Document  string // the document's title or source
	Source    string
	URL       string
	Published time.Time
	How       Resolution
	// Actors are the people and organisations taking part, Places the
	// places, each once, in order of appearance; Participants are all of
	// them with their roles.
	Actors       []string
	Places       []string
	Participants []Participant
	Snippet      string // full-text match excerpt, when a query asked for one

	// Sources holds every row merged into this one by a cross-article merge,
	// itself included; empty when rows were not merged.
	Sources []Row
	// DateConflict is set on a merged row whose sources give different dates.
	DateConflict bool
}

// Interval returns the row's span.
func (r *Row) Interval() Interval { return Interval{Start: r.Start, End: r.End} }

// Less is the timeline order: earlier start first; on equal start the longer
// interval first (May 2025 before 2025-05-01), then document order, then
// text order of the events' triggers.
func Less(a, b *Row) bool {
	if !a.Start.Equal(b.Start) {
		return a.Start.Before(b.Start)
	}
	if !a.End.Equal(b.End) {
		return a.End.After(b.End)
	}
	if a.DocumentID != b.DocumentID {
		return a.DocumentID < b.DocumentID
	}
	if a.TriggerStart != b.TriggerStart {
		return a.TriggerStart < b.TriggerStart
	}
	return a.EventID < b.EventID
}

// Sort orders rows by Less.
func Sort(rows []Row) {
	sort.SliceStable(rows, func(i, j int) bool { return Less(&rows[i], &rows[j]) })
}
