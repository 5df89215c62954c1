package export

import (
	"strconv"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// record is a row flattened to the strings the data formats (csv, json,
// jsonl) share, so that their columns and field names cannot drift apart.
// The JSON names are the CSV column names.
type record struct {
	Date         string   `json:"date"`
	Start        string   `json:"start"`
	End          string   `json:"end"`
	Granularity  string   `json:"granularity"`
	Event        string   `json:"event"`
	Evidence     string   `json:"evidence"`
	Expression   string   `json:"expression"`
	Document     string   `json:"document"`
	Published    string   `json:"published"`
	Type         string   `json:"type"`
	Mod          string   `json:"mod"`
	Source       string   `json:"source"`
	URL          string   `json:"url"`
	Actors       []string `json:"actors"`
	Places       []string `json:"places"`
	Sources      []record `json:"sources,omitempty"`
	DateConflict bool     `json:"date_conflict"`
	// What the event is: its trigger word (offsets in characters), its
	// kind, how it stands to its date, and who takes part.
	Trigger      string        `json:"trigger"`
	Lemma        string        `json:"lemma"`
	TriggerStart int           `json:"trigger_start"`
	TriggerEnd   int           `json:"trigger_end"`
	Class        string        `json:"class"`
	Modality     string        `json:"modality"`
	Polarity     string        `json:"polarity"`
	Relation     string        `json:"relation"`
	AnchoredBy   string        `json:"anchored_by"`
	Confidence   float64       `json:"confidence"`
	Participants []participant `json:"participants"`
	// The JSON-only fields: identifiers a program can join on, and the
	// full-text excerpt when a query asked for one.
	EventID    int64  `json:"event_id"`
	DocumentID int64  `json:"document_id"`
	Offset     int    `json:"offset"`
	Snippet    string `json:"snippet,omitempty"`
	*explain
}

// participant is an entity taking part in the event, in JSON; Alias is
// the other name the text used for it there, when it did.
type participant struct {
	Name  string `json:"name"`
	Kind  string `json:"kind"`
	Role  string `json:"role"`
	Alias string `json:"alias,omitempty"`
}

// explain holds the --explain fields; a nil pointer leaves them out of JSON.
type explain struct {
	Rule        string `json:"rule"`
	Anchor      string `json:"anchor"`
	AnchorValue string `json:"anchor_value"`
	Tense       string `json:"tense"`
}

// csvHeader is the CSV header without and with the explain columns. The first
// nine columns are a contract with spreadsheet users: never reorder them;
// new columns go at the end, before the explain columns.
var (
	csvHeader = []string{"date", "start", "end", "granularity", "event", "evidence", "expression", "document", "published",
		"type", "mod", "source", "url", "actors", "places", "sources", "date_conflict",
		"trigger", "lemma", "trigger_start", "trigger_end", "class", "modality", "polarity", "relation", "anchored_by",
		"confidence", "participants"}
	csvExplainHeader = []string{"rule", "anchor", "anchor_value", "tense"}
)

// listSep joins actors, places and sources in a single CSV cell.
const listSep = "; "

// participantSep joins participants, each "name (role)", in a CSV cell, as
// the timeline view of the database does.
const participantSep = ", "

// newRecord flattens r; explained adds the resolution fields.
func newRecord(r *timeline.Row, explained bool) record {
	rec := record{
		Date:         r.Date,
		Start:        timeline.FormatInstant(r.Start),
		End:          timeline.FormatInstant(r.End),
		Granularity:  string(r.Granularity),
		Event:        r.Event,
		Evidence:     r.Evidence,
		Expression:   r.Expression,
		Document:     r.Document,
		Published:    formatDay(r.Published),
		Type:         string(r.Type),
		Mod:          r.Mod,
		Source:       r.Source,
		URL:          r.URL,
		Actors:       nonNil(r.Actors),
		Places:       nonNil(r.Places),
		DateConflict: r.DateConflict,
		Trigger:      r.Trigger,
		Lemma:        r.Lemma,
		TriggerStart: r.TriggerStart,
		TriggerEnd:   r.TriggerEnd,
		Class:        string(r.Class),
		Modality:     string(r.Modality),
		Polarity:     string(r.Polarity),
		Relation:     string(r.Relation),
		AnchoredBy:   string(r.AnchoredBy),
		Confidence:   r.Confidence,
		Participants: make([]participant, len(r.Participants)),
		EventID:      r.EventID,
		DocumentID:   r.DocumentID,
		Offset:       r.Offset,
		Snippet:      r.Snippet,
	}
	for i, p := range r.Participants {
		rec.Participants[i] = participant{Name: p.Name, Kind: string(p.Kind), Role: string(p.Role), Alias: p.Alias}
	}
	if explained {
		rec.explain = &explain{Rule: r.How.Rule, Anchor: r.How.Anchor, AnchorValue: r.How.AnchorValue, Tense: r.How.Tense}
	}
	for i := range r.Sources {
		rec.Sources = append(rec.Sources, newRecord(&r.Sources[i], explained))
	}
	return rec
}

// csv returns the record's cells in csvHeader order.
func (rec *record) csv() []string {
	cells := []string{
		rec.Date, rec.Start, rec.End, rec.Granularity, rec.Event, rec.Evidence,
		rec.Expression, rec.Document, rec.Published, rec.Type, rec.Mod,
		rec.Source, rec.URL, strings.Join(rec.Actors, listSep),
		strings.Join(rec.Places, listSep), sourcesCell(rec.Sources),
		boolCell(rec.DateConflict), rec.Trigger, rec.Lemma, strconv.Itoa(rec.TriggerStart),
		strconv.Itoa(rec.TriggerEnd), rec.Class, rec.Modality, rec.Polarity, rec.Relation, rec.AnchoredBy,
		strconv.FormatFloat(rec.Confidence, 'f', -1, 64), participantsCell(rec.Participants),
	}
	if rec.explain != nil {
		cells = append(cells, rec.Rule, rec.Anchor, rec.AnchorValue, rec.Tense)
	}
	return cells
}

// sourcesCell names each merged source with the date it gives, which is what
// a reader checking a conflict needs: "Reuters: 2025-05-19; AP: 2025-05-18".
func sourcesCell(sources []record) string {
	parts := make([]string, len(sources))
	for i, s := range sources {
		parts[i] = s.Document + ": " + s.Date
	}
	return strings.Join(parts, listSep)
}

// participantsCell writes "Donald Trump (agent), Kyiv (place)".
func participantsCell(ps []participant) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Name + " (" + p.Role + ")"
	}
	return strings.Join(parts, participantSep)
}

// boolCell spells a boolean the way spreadsheets import it.
func boolCell(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// formatDay writes a publication date as YYYY-MM-DD, or "" when unknown.
func formatDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}

// nonNil makes JSON write [] rather than null for an empty list.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
