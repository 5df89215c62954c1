package store

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// notStored are the fields of timeline.Row that no stored value backs: the
// merge fills Sources and DateConflict, and a query's search Snippet, which
// the round trip checks apart.
var notStored = map[string]bool{"Sources": true, "DateConflict": true, "Snippet": true}

// viewColumn is a column of the timeline view and what it shows of a row:
// field names the timeline.Row field it is ("How.Rule" for a nested one),
// "" for a column that is no field of Row.
type viewColumn struct {
	name, field string
	value       func(r *timeline.Row) any
}

// roundTrip is a document whose one timeline row has a distinct, non-zero
// value in every stored field, so that a value landing in the wrong place
// shows; charOffset is where its expression starts, in characters.
type roundTrip struct {
	doc        *timeline.Document
	mention    timeline.Mention
	event      timeline.Event
	want       timeline.Row
	charOffset int
	// triggerChars are the trigger's offsets in characters.
	triggerChars [2]int
}

func newRoundTrip() *roundTrip {
	at := func(s string) time.Time {
		t, err := timeline.ParseInstant(s)
		if err != nil {
			panic(err)
		}
		return t
	}
	// Accents before the expression make its byte and character offsets differ.
	text := "Né à Paris, elle dit. Talks resumed at 3 p.m. on Monday with Ann Actor in Paris."
	expr, sentence := "3 p.m.", "Talks resumed at 3 p.m. on Monday with Ann Actor in Paris."
	start, sStart := strings.Index(text, expr), strings.Index(text, sentence)
	rt := &roundTrip{charOffset: utf8.RuneCountInString(text[:start])}
	rt.doc = &timeline.Document{
		Source: "round-trip.txt", Title: "Round trip", URL: "https://example.org/round-trip",
		Published: at("2025-05-18"), PublishedFrom: "flag", ExtractorVersion: "test", Text: text,
	}
	rt.mention = timeline.Mention{
		Start: start, End: start + len(expr), Text: expr, Type: timeline.TypeTime, Value: "2025-05-19T15", Mod: "APPROX",
		Interval:    timeline.Interval{Start: at("2025-05-19T15:00"), End: at("2025-05-19T16:00")},
		Granularity: timeline.GranularityHour,
		How:         timeline.Resolution{Rule: "clock-pm", Anchor: timeline.AnchorDCT, AnchorValue: "2025-05-18", Tense: "future"},
	}
	trigger := strings.Index(text, "resumed")
	rt.event = timeline.Event{
		Trigger: "resumed", TriggerStart: trigger, TriggerEnd: trigger + len("resumed"), Lemma: "resume",
		Class: timeline.ClassAspectual, Polarity: timeline.PolarityPositive, Modality: timeline.ModalityPlanned,
		Mention: 0, Value: rt.mention.Value, Interval: rt.mention.Interval, Granularity: rt.mention.Granularity,
		Relation: timeline.RelationSince, AnchoredBy: timeline.AnchoredByNarrative, Confidence: 0.85,
		Phrase: "talks resumed", Sentence: sentence, SentenceStart: sStart, SentenceEnd: sStart + len(sentence),
		Participants: []timeline.Participant{
			{Entity: timeline.Entity{Name: "Ann Actor", Kind: timeline.EntityPerson}, Role: timeline.RoleCoAgent, Alias: "Ann"},
			{Entity: timeline.Entity{Name: "Bob Group", Kind: timeline.EntityOrganization}, Role: timeline.RoleAgent},
			{Entity: timeline.Entity{Name: "Paris", Kind: timeline.EntityPlace}, Role: timeline.RolePlace},
			{Entity: timeline.Entity{Name: "Ann Actor", Kind: timeline.EntityPerson}, Role: timeline.RoleRecipient},
		},
	}
	rt.triggerChars = [2]int{utf8.RuneCountInString(text[:trigger]), utf8.RuneCountInString(text[:trigger+len("resumed")])}
	rt.want = timeline.Row{
		Date: rt.mention.Value, Type: rt.mention.Type, Mod: rt.mention.Mod,
		Start: rt.mention.Interval.Start, End: rt.mention.Interval.End, Granularity: rt.mention.Granularity,
		Event: rt.event.Phrase, Evidence: rt.event.Sentence, Expression: rt.mention.Text, Offset: rt.mention.Start,
		Trigger: rt.event.Trigger, TriggerStart: rt.triggerChars[0], TriggerEnd: rt.triggerChars[1], Lemma: rt.event.Lemma,
		Class: rt.event.Class, Modality: rt.event.Modality, Polarity: rt.event.Polarity, Relation: rt.event.Relation,
		AnchoredBy: rt.event.AnchoredBy, Confidence: rt.event.Confidence,
		Document: rt.doc.Title, Source: rt.doc.Source, URL: rt.doc.URL, Published: rt.doc.Published,
		How: rt.mention.How, Actors: []string{"Ann Actor", "Bob Group"}, Places: []string{"Paris"},
		Participants: rt.event.Participants,
	}
	return rt
}

// viewColumns are the timeline view's columns for a row of rt.
func (rt *roundTrip) viewColumns(mentionID int64) []viewColumn {
	text := func(f func(r *timeline.Row) string) func(r *timeline.Row) any {
		return func(r *timeline.Row) any { return f(r) }
	}
	return []viewColumn{
		{"date", "Date", text(func(r *timeline.Row) string { return r.Date })},
		{"start", "Start", text(func(r *timeline.Row) string { return timeline.FormatInstant(r.Start) })},
		{"end", "End", text(func(r *timeline.Row) string { return timeline.FormatInstant(r.End) })},
		{"granularity", "Granularity", text(func(r *timeline.Row) string { return string(r.Granularity) })},
		{"event", "Event", text(func(r *timeline.Row) string { return r.Event })},
		{"evidence", "Evidence", text(func(r *timeline.Row) string { return r.Evidence })},
		{"expression", "Expression", text(func(r *timeline.Row) string { return r.Expression })},
		{"document", "Document", text(func(r *timeline.Row) string { return r.Document })},
		{"published", "Published", text(func(r *timeline.Row) string { return timeline.FormatInstant(r.Published) })},
		{"trigger", "Trigger", text(func(r *timeline.Row) string { return r.Trigger })},
		{"trigger_start", "TriggerStart", func(r *timeline.Row) any { return int64(r.TriggerStart) }},
		{"trigger_end", "TriggerEnd", func(r *timeline.Row) any { return int64(r.TriggerEnd) }},
		{"lemma", "Lemma", text(func(r *timeline.Row) string { return r.Lemma })},
		{"class", "Class", text(func(r *timeline.Row) string { return string(r.Class) })},
		{"modality", "Modality", text(func(r *timeline.Row) string { return string(r.Modality) })},
		{"polarity", "Polarity", text(func(r *timeline.Row) string { return string(r.Polarity) })},
		{"relation", "Relation", text(func(r *timeline.Row) string { return string(r.Relation) })},
		{"anchored_by", "AnchoredBy", text(func(r *timeline.Row) string { return string(r.AnchoredBy) })},
		{"confidence", "Confidence", func(r *timeline.Row) any { return r.Confidence }},
		{"participants", "Participants", text(func(r *timeline.Row) string {
			parts := make([]string, len(r.Participants))
			for i, p := range r.Participants {
				parts[i] = p.Name + " (" + string(p.Role) + ")"
			}
			return strings.Join(parts, ", ")
		})},
		{"actors", "Actors", text(func(r *timeline.Row) string { return strings.Join(r.Actors, ", ") })},
		{"places", "Places", text(func(r *timeline.Row) string { return strings.Join(r.Places, ", ") })},
		{"event_id", "EventID", func(r *timeline.Row) any { return r.EventID }},
		{"document_id", "DocumentID", func(r *timeline.Row) any { return r.DocumentID }},
		{"mention_id", "", func(*timeline.Row) any { return mentionID }},
		{"type", "Type", text(func(r *timeline.Row) string { return string(r.Type) })},
		{"mod", "Mod", text(func(r *timeline.Row) string { return r.Mod })},
		{"source", "Source", text(func(r *timeline.Row) string { return r.Source })},
		{"url", "URL", text(func(r *timeline.Row) string { return r.URL })},
		{"offset", "", func(*timeline.Row) any { return int64(rt.charOffset) }},
		{"byte_offset", "Offset", func(r *timeline.Row) any { return int64(r.Offset) }},
		{"rule", "How.Rule", text(func(r *timeline.Row) string { return r.How.Rule })},
		{"anchor", "How.Anchor", text(func(r *timeline.Row) string { return r.How.Anchor })},
		{"anchor_value", "How.AnchorValue", text(func(r *timeline.Row) string { return r.How.AnchorValue })},
		{"tense", "How.Tense", text(func(r *timeline.Row) string { return r.How.Tense })},
	}
}

// rowFieldPaths lists the fields of timeline.Row, nested struct fields as
// "How.Rule"; time.Time counts as one value.
func rowFieldPaths() []string {
	var paths []string
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for i := range t.NumField() {
			f := t.Field(i)
			if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[time.Time]() {
				walk(f.Type, prefix+f.Name+".")
				continue
			}
			paths = append(paths, prefix+f.Name)
		}
	}
	walk(reflect.TypeFor[timeline.Row](), "")
	return paths
}

// fieldValue returns the field of r at path.
func fieldValue(r *timeline.Row, path string) reflect.Value {
	v := reflect.ValueOf(r).Elem()
	for _, name := range strings.Split(path, ".") {
		v = v.FieldByName(name)
	}
	return v
}

// TestRowRoundTrip stores a row with a distinct value in every stored field
// of timeline.Row and expects each back, equal, through every way out:
// Timeline (a page, with and without a search), EachRow (the whole export
// from timeline_rows, and a filtered one), the timeline view, and the
// column list of `timeline schema`. It also checks the layout of
// timeline_rows.row_json, rowFields, against the json_array of the
// migration, element by element. A field added in one of these places and
// not the others fails here; doc.go lists them.
func TestRowRoundTrip(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "roundtrip.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Two documents without events first, so that no two ids are equal.
	for _, text := range []string{"Nothing dated.", "Nothing dated either."} {
		if _, err := db.SaveDocument(ctx, &timeline.Document{Source: text, Text: text, ExtractorVersion: "test"}, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	rt := newRoundTrip()
	if _, err := db.SaveDocument(ctx, rt.doc, []timeline.Mention{rt.mention}, []timeline.Event{rt.event}); err != nil {
		t.Fatal(err)
	}
	want := rt.want
	want.DocumentID = rt.doc.ID
	var mentionID int64
	if err := db.ro.QueryRowContext(ctx, `SELECT id, (SELECT id FROM events) FROM mentions`).Scan(&mentionID, &want.EventID); err != nil {
		t.Fatal(err)
	}

	// The test itself: every stored field of Row has a value to carry.
	paths := rowFieldPaths()
	for _, path := range paths {
		if !notStored[path] && fieldValue(&want, path).IsZero() {
			t.Errorf("Row.%s has no value in the round trip: give it one in newRoundTrip (see store/doc.go)", path)
		}
	}

	t.Run("Timeline and EachRow", func(t *testing.T) {
		docID := want.DocumentID
		match := "Monday"
		withSnippet := want
		withSnippet.Snippet = "…on [Monday] with Ann Actor in Paris."
		for _, tc := range []struct {
			name string
			f    timeline.Filter
			want timeline.Row
		}{
			{"whole timeline", timeline.Filter{}, want},
			{"one document", timeline.Filter{DocumentID: &docID}, want},
			{"search", timeline.Filter{Match: &match}, withSnippet},
		} {
			rows, total, err := db.Timeline(ctx, tc.f)
			if err != nil || total != 1 || len(rows) != 1 {
				t.Fatalf("%s: Timeline = %d of %d rows, %v; want 1", tc.name, len(rows), total, err)
			}
			checkRow(t, "Timeline, "+tc.name, rows[0], tc.want)
			n := 0
			err = db.EachRow(ctx, tc.f, func(r *timeline.Row) error {
				n++
				checkRow(t, "EachRow, "+tc.name, *r, tc.want)
				return nil
			})
			if err != nil || n != 1 {
				t.Errorf("%s: EachRow gave %d rows, %v; want 1", tc.name, n, err)
			}
		}
	})

	columns := rt.viewColumns(mentionID)
	t.Run("view", func(t *testing.T) {
		covered := map[string]bool{}
		for _, c := range columns {
			covered[c.field] = true
		}
		for _, path := range paths {
			if !notStored[path] && !covered[path] {
				t.Errorf("Row.%s is no column of the timeline view (or the test does not know it: add it to viewColumns)", path)
			}
		}
		rows, err := db.Query(ctx, `SELECT * FROM timeline`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		if !rows.Next() {
			t.Fatalf("the timeline view has no row: %v", rows.Err())
		}
		got := map[string]any{}
		for i, name := range rows.Columns() {
			got[name] = rows.Values()[i]
		}
		if rows.Next() {
			t.Error("the timeline view has more than one row")
		}
		for _, c := range columns {
			v, ok := got[c.name]
			if !ok {
				t.Errorf("the timeline view has no column %s", c.name)
				continue
			}
			if w := c.value(&want); !reflect.DeepEqual(v, w) {
				t.Errorf("timeline.%s = %#v; want %#v", c.name, v, w)
			}
			delete(got, c.name)
		}
		for name := range got {
			t.Errorf("the timeline view's column %s is unknown to the test: add it to viewColumns", name)
		}
	})

	t.Run("schema", func(t *testing.T) {
		tables, err := db.Schema(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var described []string
		for _, table := range tables {
			for _, c := range table.Columns {
				if table.Name == "timeline" {
					described = append(described, c.Name)
					if c.Description == "" {
						t.Errorf("timeline.%s has no description in schema.go", c.Name)
					}
				}
				if table.Name == "timeline_rows" && c.Name == "row_json" && !strings.Contains(c.Description, strings.Join(rowFields[:], ", ")) {
					t.Errorf("timeline_rows.row_json is described as %q; want it to list %v", c.Description, rowFields)
				}
			}
		}
		var names []string
		for _, c := range columns {
			names = append(names, c.name)
		}
		if !slices.Equal(described, names) {
			t.Errorf("`timeline schema` lists the timeline view's columns\n %v\nwant\n %v", described, names)
		}
	})

	t.Run("row_json layout", func(t *testing.T) {
		byName := map[string]viewColumn{}
		for _, c := range columns {
			byName[c.name] = c
		}
		// Distinct values, or a swap of two elements would go unseen.
		seen := map[string]string{}
		for _, name := range rowFields {
			c, ok := byName[name]
			if !ok {
				t.Fatalf("rowFields names %q, which is no column of the timeline view", name)
			}
			v := fmt.Sprint(c.value(&want))
			if other, dup := seen[v]; dup {
				t.Fatalf("row_json elements %s and %s both hold %q in the round trip: make them differ", other, name, v)
			}
			seen[v] = name
		}
		var js string
		var length int
		if err := db.ro.QueryRowContext(ctx, `SELECT row_json, json_array_length(row_json) FROM timeline_rows`).Scan(&js, &length); err != nil {
			t.Fatal(err)
		}
		if length != len(rowFields) {
			t.Fatalf("row_json has %d elements, rowFields %d: %s", length, len(rowFields), js)
		}
		for i, name := range rowFields {
			// Lists are arrays in row_json, comma-separated text in the view;
			// participants are [name, kind, role] arrays, "name (role)" there.
			var got any
			err := db.ro.QueryRowContext(ctx, `SELECT CASE
				WHEN ?3 = 'participants' THEN (SELECT group_concat(json_extract(value, '$[0]') || ' (' || json_extract(value, '$[2]') || ')', ', ') FROM json_each(?1, ?2))
				WHEN json_type(?1, ?2) = 'array' THEN (SELECT group_concat(value, ', ') FROM json_each(?1, ?2))
				ELSE json_extract(?1, ?2) END`,
				js, fmt.Sprintf("$[%d]", i), name).Scan(&got)
			if err != nil {
				t.Fatal(err)
			}
			if w := byName[name].value(&want); !reflect.DeepEqual(got, w) {
				t.Errorf("row_json element %d, %s in rowFields, holds %#v; the view's %s is %#v", i, name, got, name, w)
			}
		}
	})
}

// checkRow fails unless got equals want, naming the fields that differ.
func checkRow(t *testing.T, how string, got, want timeline.Row) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	for _, path := range rowFieldPaths() {
		g, w := fieldValue(&got, path), fieldValue(&want, path)
		if !reflect.DeepEqual(g.Interface(), w.Interface()) {
			t.Errorf("%s: Row.%s = %#v; want %#v", how, path, g.Interface(), w.Interface())
		}
	}
}
