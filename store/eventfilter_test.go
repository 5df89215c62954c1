package store_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// eventFixture stores one article whose events differ in class, modality,
// polarity, relation, confidence and participants' roles, and an undated
// one.
func eventFixture(t *testing.T) *store.DB {
	t.Helper()
	db, _ := openDB(t)
	a := newArticle("Statements", "Officials said on 2 May 2025 that talks would resume by June 2025. "+
		"Had the truce held in 2024, the war would have ended. Nobody attended on 3 May 2025. "+
		"Aides will meet Putin in Geneva in July 2025. The minister told reporters about the plan.")
	set := func(trigger string, change func(e *timeline.Event)) {
		e := a.last()
		i := strings.Index(e.Sentence, trigger)
		e.Trigger, e.Lemma = trigger, trigger
		e.TriggerStart = e.SentenceStart + i
		e.TriggerEnd = e.TriggerStart + len(trigger)
		change(e)
	}
	a.date("2 May 2025", "2025-05-02", timeline.GranularityDay, "2025-05-02", "2025-05-03", person("Jane Envoy"))
	set("said", func(e *timeline.Event) { e.Class = timeline.ClassReporting })
	a.date("June 2025", "2025-06", timeline.GranularityMonth, "2025-06-01", "2025-07-01")
	set("resume", func(e *timeline.Event) {
		e.Modality, e.Relation, e.Confidence = timeline.ModalityPlanned, timeline.RelationBy, 0.75
	})
	a.date("2024", "2024", timeline.GranularityYear, "2024-01-01", "2025-01-01")
	set("held", func(e *timeline.Event) { e.Modality, e.Phrase = timeline.ModalityCounterfactual, "truce held" })
	a.date("3 May 2025", "2025-05-03", timeline.GranularityDay, "2025-05-03", "2025-05-04")
	set("attended", func(e *timeline.Event) { e.Polarity, e.Confidence = timeline.PolarityNegative, 0.5 })
	a.date("July 2025", "2025-07", timeline.GranularityMonth, "2025-07-01", "2025-08-01", person("Anna Aide"), person("Vladimir Putin"), place("Geneva"))
	set("meet", func(e *timeline.Event) {
		e.Modality, e.Phrase = timeline.ModalityPlanned, "aides meet Vladimir Putin"
		e.Participants[1].Role = timeline.RolePatient
	})
	a.published("told", person("Jane Envoy"))
	set("told", func(e *timeline.Event) {
		e.Class, e.Participants[0].Role = timeline.ClassReporting, timeline.RoleRecipient
	})
	a.undated("plan")
	a.save(t, db)
	return db
}

func TestTimelineEventFilters(t *testing.T) {
	ctx := context.Background()
	db := eventFixture(t)
	may := &timeline.Interval{Start: day("2025-05-01"), End: day("2025-06-01")}
	role := func(r timeline.Role) *timeline.Role { return &r }
	tests := []struct {
		name   string
		filter timeline.Filter
		want   string // triggers in order
		total  int    // when the page is cut by Limit/Offset
	}{
		{"default: what happened or is planned", timeline.Filter{}, "resume meet", 0},
		{"all dated events", timeline.Filter{All: true}, "held said attended told resume meet", 0},
		{"reporting, otherwise the default", timeline.Filter{Class: []timeline.EventClass{timeline.ClassReporting}}, "said told", 0},
		{"two classes", timeline.Filter{Class: []timeline.EventClass{timeline.ClassReporting, timeline.ClassOccurrence}}, "said told resume meet", 0},
		{"counterfactual", timeline.Filter{Modality: []timeline.Modality{timeline.ModalityCounterfactual}}, "held", 0},
		{"negated", timeline.Filter{Polarity: ptr(timeline.PolarityNegative)}, "attended", 0},
		{"positive, every class and modality", timeline.Filter{All: true, Polarity: ptr(timeline.PolarityPositive)}, "held said told resume meet", 0},
		{"deadline", timeline.Filter{Relation: []timeline.Relation{timeline.RelationBy}}, "resume", 0},
		{"on", timeline.Filter{All: true, Relation: []timeline.Relation{timeline.RelationOn}}, "held said attended told meet", 0},
		{"sure", timeline.Filter{MinConfidence: ptr(0.8)}, "meet", 0},
		{"sure, all", timeline.Filter{All: true, MinConfidence: ptr(0.8)}, "held said meet", 0},
		{"actor in any role", timeline.Filter{Actor: ptr("putin")}, "meet", 0},
		{"actor as patient", timeline.Filter{Actor: ptr("putin"), Role: role(timeline.RolePatient)}, "meet", 0},
		{"actor as agent", timeline.Filter{Actor: ptr("putin"), Role: role(timeline.RoleAgent)}, "", 0},
		{"actor, all", timeline.Filter{All: true, Actor: ptr("jane")}, "said told", 0},
		{"actor as recipient, all", timeline.Filter{All: true, Actor: ptr("jane"), Role: role(timeline.RoleRecipient)}, "told", 0},
		{"place", timeline.Filter{Place: ptr("GENEVA"), Role: role(timeline.RolePlace)}, "meet", 0},
		{"place as agent", timeline.Filter{Place: ptr("GENEVA"), Role: role(timeline.RoleAgent)}, "", 0},
		{"a place is no actor", timeline.Filter{Actor: ptr("geneva")}, "", 0},
		{"role alone", timeline.Filter{All: true, Role: role(timeline.RoleAgent)}, "said meet", 0},
		{"search, all", timeline.Filter{All: true, Match: ptr("truce")}, "held", 0},
		{"search, default", timeline.Filter{Match: ptr("truce")}, "", 0},
		{"search finds a phrase", timeline.Filter{Match: ptr("Vladimir")}, "meet", 0},
		{"range, all", timeline.Filter{All: true, From: may, To: may}, "said attended told", 0},
		{"range, default", timeline.Filter{From: may, To: may}, "", 0},
		{"page, all", timeline.Filter{All: true, Offset: 1, Limit: 2}, "said attended", 6},
		{"page, default", timeline.Filter{Limit: 1}, "resume", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, total, err := db.Timeline(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, r.Trigger)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("rows: got %q, want %q", strings.Join(got, " "), tt.want)
			}
			wantTotal := tt.total
			if wantTotal == 0 {
				wantTotal = len(rows)
			}
			if total != wantTotal {
				t.Errorf("total = %d; want %d", total, wantTotal)
			}
			var streamed []timeline.Row
			if err := db.EachRow(ctx, tt.filter, func(r *timeline.Row) error {
				streamed = append(streamed, *r)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(streamed, rows) && !(len(streamed) == 0 && len(rows) == 0) {
				t.Errorf("EachRow differs from Timeline: %d rows against %d", len(streamed), len(rows))
			}
		})
	}

	rows, _, err := db.Timeline(ctx, timeline.Filter{Match: ptr("Vladimir")})
	if err != nil || len(rows) != 1 || rows[0].Snippet != "aides meet [Vladimir] Putin" {
		t.Errorf("snippet of a phrase match: %+v, %v", rows, err)
	}
	rows, _, err = db.Timeline(ctx, timeline.Filter{Actor: ptr("Putin")})
	if err != nil || len(rows) != 1 {
		t.Fatalf("Timeline = %v, %v", rows, err)
	}
	r := rows[0]
	wantParticipants := []timeline.Participant{
		{Entity: person("Anna Aide"), Role: timeline.RoleAgent},
		{Entity: person("Vladimir Putin"), Role: timeline.RolePatient},
		{Entity: place("Geneva"), Role: timeline.RolePlace},
	}
	if !reflect.DeepEqual(r.Participants, wantParticipants) || !reflect.DeepEqual(r.Actors, []string{"Anna Aide", "Vladimir Putin"}) ||
		!reflect.DeepEqual(r.Places, []string{"Geneva"}) {
		t.Errorf("participants %+v, actors %v, places %v", r.Participants, r.Actors, r.Places)
	}
	// A publication-dated event has no expression.
	rows, _, err = db.Timeline(ctx, timeline.Filter{All: true, Class: []timeline.EventClass{timeline.ClassReporting}, From: &timeline.Interval{Start: day("2025-05-20"), End: day("2025-05-21")}})
	if err != nil || len(rows) != 1 || rows[0].Expression != "" || rows[0].Offset != 0 || rows[0].Type != "" ||
		rows[0].AnchoredBy != timeline.AnchoredByPublication || rows[0].Date != "2025-05-20" {
		t.Errorf("publication-dated row: %+v, %v", rows, err)
	}
	// The undated event is stored, but is no row.
	if got, err := db.Stats(ctx); err != nil || got.Events != 7 || got.Rows != 6 {
		t.Errorf("Stats = %+v, %v; want 7 events, 6 rows", got, err)
	}
	for _, bad := range []timeline.Filter{
		{Class: []timeline.EventClass{"EVENT"}},
		{Modality: []timeline.Modality{"likely"}},
		{Polarity: ptr(timeline.Polarity("maybe"))},
		{Relation: []timeline.Relation{"during"}},
		{Role: role("witness")},
		{MinConfidence: ptr(1.5)},
	} {
		_, _, err := db.Timeline(ctx, bad)
		wantCode(t, err, timeline.EINVALID)
	}
}
