package store_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// timelineFixture stores three articles whose rows exercise the ordering:
// equal starts with different ends, equal intervals in two documents, a time
// of day, a year holding everything, and an unanchored mention.
func timelineFixture(t *testing.T) *store.DB {
	t.Helper()
	db, _ := openDB(t)
	a := newArticle("Ceasefire talks",
		"Talks began in May 2025 in Geneva. On 1 May 2025 the U.S. envoy arrived. "+
			"The ceasefire held during the week of 5 May 2025. Officials met at 15:00 that day. "+
			"Elections are due in 2026. Things changed later.").
		date("May 2025", "2025-05", timeline.GranularityMonth, "2025-05-01", "2025-06-01", place("Geneva")).
		date("1 May 2025", "2025-05-01", timeline.GranularityDay, "2025-05-01", "2025-05-02", person("Jane Envoy")).
		date("week of 5 May 2025", "2025-W19", timeline.GranularityWeek, "2025-05-05", "2025-05-12").
		date("15:00", "2025-05-01T15:00", timeline.GranularityHour, "2025-05-01T15:00", "2025-05-01T16:00").
		date("2026", "2026", timeline.GranularityYear, "2026-01-01", "2027-01-01", person("Édouard Philippe")).
		date("later", "FUTURE_REF", timeline.GranularityNone, "", "")
	a.mentions[3].Type = timeline.TypeTime
	a.doc.URL = "https://example.org/ceasefire"
	a.save(t, db)

	b := newArticle("Moscow visit", "In April 2025 Putin visited Moscow. On 1 May 2025 he spoke.").
		date("April 2025", "2025-04", timeline.GranularityMonth, "2025-04-01", "2025-05-01", person("Vladimir Putin"), place("Moscow"), person("Anna Aide")).
		date("1 May 2025", "2025-05-01", timeline.GranularityDay, "2025-05-01", "2025-05-02", person("Vladimir Putin"))
	b.save(t, db)

	c := newArticle("", "2025 was a year of change.").
		date("2025", "2025", timeline.GranularityYear, "2025-01-01", "2026-01-01")
	c.doc.Source = "notes/c.txt"
	c.save(t, db)
	return db
}

// key names a row for comparisons: its document's first word and expression.
func key(r timeline.Row) string {
	return strings.Fields(r.Document + " ?")[0] + ":" + r.Expression
}

func keys(rows []timeline.Row) string {
	var out []string
	for _, r := range rows {
		out = append(out, key(r))
	}
	return strings.Join(out, " ")
}

const fullOrder = "notes/c.txt:2025 Moscow:April 2025 Ceasefire:May 2025 Ceasefire:1 May 2025 Moscow:1 May 2025 " +
	"Ceasefire:15:00 Ceasefire:week of 5 May 2025 Ceasefire:2026"

func TestTimelineFilters(t *testing.T) {
	ctx := context.Background()
	db := timelineFixture(t)
	may := &timeline.Interval{Start: day("2025-05-01"), End: day("2025-06-01")}
	april := &timeline.Interval{Start: day("2025-04-01"), End: day("2025-05-01")}
	year2026 := &timeline.Interval{Start: day("2026-01-01"), End: day("2027-01-01")}
	docB := int64(2)

	tests := []struct {
		name   string
		filter timeline.Filter
		want   string
		total  int // when the page is cut by Limit/Offset
	}{
		{"everything, unanchored left out", timeline.Filter{}, fullOrder, 0},
		{"overlapping May 2025", timeline.Filter{From: may, To: may},
			"notes/c.txt:2025 Ceasefire:May 2025 Ceasefire:1 May 2025 Moscow:1 May 2025 Ceasefire:15:00 Ceasefire:week of 5 May 2025", 0},
		{"within May 2025", timeline.Filter{From: may, To: may, Within: true},
			"Ceasefire:May 2025 Ceasefire:1 May 2025 Moscow:1 May 2025 Ceasefire:15:00 Ceasefire:week of 5 May 2025", 0},
		{"from 2026 on", timeline.Filter{From: year2026}, "Ceasefire:2026", 0},
		{"up to April 2025", timeline.Filter{To: april}, "notes/c.txt:2025 Moscow:April 2025", 0},
		{"within April to 2026", timeline.Filter{From: april, To: year2026, Within: true},
			"Moscow:April 2025 Ceasefire:May 2025 Ceasefire:1 May 2025 Moscow:1 May 2025 Ceasefire:15:00 Ceasefire:week of 5 May 2025 Ceasefire:2026", 0},
		{"days", timeline.Filter{Granularity: []timeline.Granularity{timeline.GranularityDay}},
			"Ceasefire:1 May 2025 Moscow:1 May 2025", 0},
		{"days and months", timeline.Filter{Granularity: []timeline.Granularity{timeline.GranularityDay, timeline.GranularityMonth}},
			"Moscow:April 2025 Ceasefire:May 2025 Ceasefire:1 May 2025 Moscow:1 May 2025", 0},
		{"type TIME", timeline.Filter{Type: ptr(timeline.TypeTime)}, "Ceasefire:15:00", 0},
		{"one document", timeline.Filter{DocumentID: &docB}, "Moscow:April 2025 Moscow:1 May 2025", 0},
		{"document by title", timeline.Filter{Document: ptr("cease")}, "Ceasefire:May 2025 Ceasefire:1 May 2025 Ceasefire:15:00 Ceasefire:week of 5 May 2025 Ceasefire:2026", 0},
		{"document by source", timeline.Filter{Document: ptr("NOTES/")}, "notes/c.txt:2025", 0},
		{"document wildcard taken literally", timeline.Filter{Document: ptr("%")}, "", 0},
		{"actor, any case", timeline.Filter{Actor: ptr("putin")}, "Moscow:April 2025 Moscow:1 May 2025", 0},
		{"actor is not a place", timeline.Filter{Actor: ptr("Moscow")}, "", 0},
		{"actor, any case beyond ASCII", timeline.Filter{Actor: ptr("ÉDOUARD")}, "Ceasefire:2026", 0},
		{"actor, lower case beyond ASCII", timeline.Filter{Actor: ptr("édouard phil")}, "Ceasefire:2026", 0},
		{"place", timeline.Filter{Place: ptr("GENEVA")}, "Ceasefire:May 2025", 0},
		{"actor and range", timeline.Filter{Actor: ptr("Putin"), From: may, To: may}, "Moscow:1 May 2025", 0},
		{"search", timeline.Filter{Match: ptr("ceasefire")}, "Ceasefire:week of 5 May 2025", 0},
		{"search with dots", timeline.Filter{Match: ptr("U.S.")}, "Ceasefire:1 May 2025", 0},
		{"search with a stray quote", timeline.Filter{Match: ptr(`envoy "`)}, "Ceasefire:1 May 2025", 0},
		{"search with FTS5 syntax", timeline.Filter{Match: ptr("Geneva OR Moscow")}, "Moscow:April 2025 Ceasefire:May 2025", 0},
		{"search for a prefix", timeline.Filter{Match: ptr("cease*")}, "Ceasefire:week of 5 May 2025", 0},
		{"search for a phrase", timeline.Filter{Match: ptr(`"Putin visited"`)}, "Moscow:April 2025", 0},
		{"search with a colon", timeline.Filter{Match: ptr("15:00")}, "Ceasefire:15:00", 0},
		{"search within a range", timeline.Filter{Match: ptr("May"), From: april, To: april}, "", 0},
		{"search and granularity", timeline.Filter{Match: ptr("May"), Granularity: []timeline.Granularity{timeline.GranularityDay}},
			"Ceasefire:1 May 2025 Moscow:1 May 2025", 0},
		{"page", timeline.Filter{Offset: 2, Limit: 3}, "Ceasefire:May 2025 Ceasefire:1 May 2025 Moscow:1 May 2025", 8},
		{"last page", timeline.Filter{Offset: 7, Limit: 3}, "Ceasefire:2026", 8},
		{"past the end", timeline.Filter{Offset: 8, Limit: 3}, "", 8},
		{"page of a range", timeline.Filter{From: may, To: may, Limit: 2}, "notes/c.txt:2025 Ceasefire:May 2025", 6},
		{"page of a search", timeline.Filter{Match: ptr("May"), Offset: 1, Limit: 1}, "Ceasefire:1 May 2025", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, total, err := db.Timeline(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if got := keys(rows); got != tt.want {
				t.Errorf("rows:\n got %s\nwant %s", got, tt.want)
			}
			wantTotal := tt.total
			if wantTotal == 0 {
				wantTotal = len(rows)
			}
			if total != wantTotal {
				t.Errorf("total = %d; want %d", total, wantTotal)
			}
			if !sort.SliceIsSorted(rows, func(i, j int) bool { return timeline.Less(&rows[i], &rows[j]) }) {
				t.Errorf("rows are not in timeline.Less order: %s", keys(rows))
			}

			// EachRow streams the same rows.
			var streamed []timeline.Row
			err = db.EachRow(ctx, tt.filter, func(r *timeline.Row) error {
				streamed = append(streamed, *r)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(streamed, rows) && !(len(streamed) == 0 && len(rows) == 0) {
				t.Errorf("EachRow differs from Timeline:\n got %s\nwant %s", keys(streamed), keys(rows))
			}
		})
	}
}

func TestTimelineRowFields(t *testing.T) {
	ctx := context.Background()
	db := timelineFixture(t)
	rows, _, err := db.Timeline(ctx, timeline.Filter{Match: ptr("envoy")})
	if err != nil || len(rows) != 1 {
		t.Fatalf("Timeline = %d rows, %v; want 1", len(rows), err)
	}
	got := rows[0]
	text := "Talks began in May 2025 in Geneva. On 1 May 2025 the U.S. envoy arrived."
	want := timeline.Row{
		EventID: 2, DocumentID: 1, Date: "2025-05-01", Type: timeline.TypeDate,
		Start: day("2025-05-01"), End: day("2025-05-02"), Granularity: timeline.GranularityDay,
		Event: "event of 1 May 2025", Evidence: "On 1 May 2025 the U.S. envoy arrived.", Expression: "1 May 2025",
		Offset: strings.Index(text, "1 May"), Document: "Ceasefire talks", Source: "ceasefire-talks.txt",
		URL: "https://example.org/ceasefire", Published: day("2025-05-20"),
		How:     timeline.Resolution{Rule: "test-rule", Anchor: "dct", AnchorValue: "2025-05-20", Tense: "past"},
		Trigger: "On", TriggerStart: strings.Index(text, "On 1"), TriggerEnd: strings.Index(text, "On 1") + 2, Lemma: "on",
		Class: timeline.ClassOccurrence, Modality: timeline.ModalityAsserted, Polarity: timeline.PolarityPositive,
		Relation: timeline.RelationOn, AnchoredBy: timeline.AnchoredByExpression, Confidence: 0.9,
		Actors:       []string{"Jane Envoy"},
		Participants: []timeline.Participant{{Entity: person("Jane Envoy"), Role: timeline.RoleAgent}},
		Snippet:      "On 1 May 2025 the U.S. [envoy] arrived.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("row:\n got %+v\nwant %+v", got, want)
	}

	// A document without a title is named by its source.
	rows, _, _ = db.Timeline(ctx, timeline.Filter{Granularity: []timeline.Granularity{timeline.GranularityYear}, Limit: 1})
	if len(rows) != 1 || rows[0].Document != "notes/c.txt" {
		t.Errorf("untitled document named %+v; want its source", rows)
	}
	// Several actors keep their extraction order (not the alphabet's);
	// places are separate.
	rows, _, _ = db.Timeline(ctx, timeline.Filter{Match: ptr("Putin visited")})
	if len(rows) != 1 || !reflect.DeepEqual(rows[0].Actors, []string{"Vladimir Putin", "Anna Aide"}) || !reflect.DeepEqual(rows[0].Places, []string{"Moscow"}) {
		t.Errorf("entities: %+v", rows)
	}
}

func TestTimelineErrors(t *testing.T) {
	ctx := context.Background()
	db := timelineFixture(t)
	may := &timeline.Interval{Start: day("2025-05-01"), End: day("2025-06-01")}
	april := &timeline.Interval{Start: day("2025-04-01"), End: day("2025-05-01")}
	for _, f := range []timeline.Filter{
		{From: may, To: april},
		{Limit: -1},
		{Granularity: []timeline.Granularity{"fortnight"}},
		{Match: ptr(`"`)},
		{Match: ptr("  ")},
		{Match: ptr(`( ) -- ...`)},
	} {
		t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
			_, _, err := db.Timeline(ctx, f)
			wantCode(t, err, timeline.EINVALID)
			t.Log(err)
			wantCode(t, db.EachRow(ctx, f, func(*timeline.Row) error { return nil }), timeline.EINVALID)
		})
	}
	stop := errors.New("stop")
	if err := db.EachRow(ctx, timeline.Filter{}, func(*timeline.Row) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("EachRow returned %v; want fn's error", err)
	}
}

// TestTimelineMatchesView checks that Timeline, which reads the tables, and
// the timeline view, which SQL users read, tell the same story.
func TestTimelineMatchesView(t *testing.T) {
	ctx := context.Background()
	db := timelineFixture(t)
	rows, _, err := db.Timeline(ctx, timeline.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	q, err := db.Query(ctx, `SELECT event_id, document_id, date, type, coalesce(mod, ''), start, "end", granularity,
		event, evidence, expression, byte_offset, document, source, coalesce(url, ''), coalesce(published, ''),
		rule, anchor, anchor_value, tense, coalesce(actors, ''), coalesce(places, ''),
		"trigger", trigger_start, trigger_end, lemma, class, modality, polarity, relation, anchored_by, confidence,
		coalesce(participants, '')
		FROM timeline ORDER BY start, "end" DESC, document_id, trigger_start, event_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	i := 0
	for ; q.Next(); i++ {
		if i >= len(rows) {
			t.Fatalf("the view has more rows than Timeline (%d)", len(rows))
		}
		r := rows[i]
		published := ""
		if !r.Published.IsZero() {
			published = timeline.FormatInstant(r.Published)
		}
		want := []any{r.EventID, r.DocumentID, r.Date, string(r.Type), r.Mod, timeline.FormatInstant(r.Start),
			timeline.FormatInstant(r.End), string(r.Granularity), r.Event, r.Evidence, r.Expression, int64(r.Offset),
			r.Document, r.Source, r.URL, published, r.How.Rule, r.How.Anchor, r.How.AnchorValue, r.How.Tense,
			strings.Join(r.Actors, ", "), strings.Join(r.Places, ", "),
			r.Trigger, int64(r.TriggerStart), int64(r.TriggerEnd), r.Lemma, string(r.Class), string(r.Modality),
			string(r.Polarity), string(r.Relation), string(r.AnchoredBy), r.Confidence, participantList(r.Participants)}
		if !reflect.DeepEqual(q.Values(), want) {
			t.Errorf("row %d:\n view     %v\n Timeline %v", i, q.Values(), want)
		}
	}
	if err := q.Err(); err != nil {
		t.Fatal(err)
	}
	if i != len(rows) {
		t.Errorf("the view has %d rows; Timeline %d", i, len(rows))
	}
}

// participantList writes participants as the timeline view does.
func participantList(ps []timeline.Participant) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Name + " (" + string(p.Role) + ")"
	}
	return strings.Join(parts, ", ")
}
