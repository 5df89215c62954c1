package store_test

import (
	"fmt"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestRowJSONMatchesView saves events whose rows the store builds in Go
// and checks them against what the view timeline_rows_source builds from
// the tables: text that JSON must escape, participants that repeat a name
// in another kind or role, aliases, events with and without an expression,
// and confidences that SQLite prints in every way it does.
func TestRowJSONMatchesView(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		change func(a *article)
	}{
		{"plain", "Talks began on 19 May 2025 in Paris.", nil},
		{"escapes", "Talks \"began\" on 19 May 2025 \\ in\ttheir \x01 \x1f \x7f\n\r\b\f Paris.", func(a *article) {
			a.events[0].Phrase = "a \"quoted\" \\ phrase\u2028 \x00 end"
			a.events[0].Lemma = "l\u00e9mme/\u00e9"
		}},
		{"non-ASCII", "Au café « Zürich », talks 😀 began on 19 May 2025.", nil},
		{"participants", "Talks began on 19 May 2025 in Paris.", func(a *article) {
			e := &a.events[0]
			e.Participants = []timeline.Participant{
				{Entity: person("Paris"), Role: timeline.RoleAgent, Alias: "P."},
				{Entity: place("Paris"), Role: timeline.RolePlace},
				{Entity: person("Ada \"Countess\" Lovelace"), Role: timeline.RolePatient, Alias: "Ada"},
				{Entity: person("Paris"), Role: timeline.RoleRecipient, Alias: "Paris"},
				{Entity: timeline.Entity{Name: "Nato"}, Role: timeline.RoleCoAgent},
				{Entity: place("Lyon"), Role: timeline.RolePlace},
				{Entity: place("Paris"), Role: timeline.RolePlace}, // repeated: skipped
			}
		}},
		{"published", "Talks began today. Nothing else.", func(a *article) {
			a.published("Talks")
		}},
		{"no mention fields", "Talks began on 19 May 2025.", func(a *article) {
			a.mentions[0].How = timeline.Resolution{}
			a.mentions[0].Mod = "APPROX"
			a.events[0].Relation = timeline.RelationBefore
		}},
	}
	for _, confidence := range []float64{0, 1, 0.5, 0.45, 0.1, 1.0 / 3, 0.0001, 0.00001, 0.30000000000000004, 0.999999999999999} {
		tests = append(tests, struct {
			name   string
			text   string
			change func(a *article)
		}{fmt.Sprint("confidence ", confidence), "Talks began on 19 May 2025.", func(a *article) { a.events[0].Confidence = confidence }})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, path := openDB(t)
			a := newArticle("Row", tt.text)
			if tt.change == nil || tt.name != "published" {
				a.date("19 May 2025", "2025-05-19", timeline.GranularityDay, "2025-05-19", "2025-05-20",
					person("Ada Lovelace"), place("Paris"))
			}
			if tt.change != nil {
				tt.change(a)
			}
			a.save(t, db)
			if n := checkTimelineRows(t, rawDB(t, path)); n != 1 {
				t.Errorf("%d timeline rows; want 1", n)
			}
		})
	}
}
