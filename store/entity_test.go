package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

func TestEntities(t *testing.T) {
	ctx := context.Background()
	db := timelineFixture(t)
	raw := rawDB(t, db.Path())
	mustExec(t, raw, `INSERT INTO entity_aliases (entity_id, alias) SELECT id, 'Putin' FROM entities WHERE name = 'Vladimir Putin'
		UNION ALL SELECT id, 'V. V. Putin, "VVP"' FROM entities WHERE name = 'Vladimir Putin'`)
	tests := []struct {
		kind timeline.EntityKind
		want string
	}{
		{"", "[{Vladimir Putin person} 2][Putin V. V. Putin, \"VVP\"] [{Anna Aide person} 1] [{Geneva place} 1] [{Jane Envoy person} 1] [{Moscow place} 1] [{Édouard Philippe person} 1]"},
		{timeline.EntityPerson, "[{Vladimir Putin person} 2][Putin V. V. Putin, \"VVP\"] [{Anna Aide person} 1] [{Jane Envoy person} 1] [{Édouard Philippe person} 1]"},
		{timeline.EntityPlace, "[{Geneva place} 1] [{Moscow place} 1]"},
		{timeline.EntityOrganization, ""},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			got, err := db.Entities(ctx, tt.kind)
			if err != nil {
				t.Fatal(err)
			}
			s := ""
			for i, e := range got {
				if i > 0 {
					s += " "
				}
				s += fmt.Sprintf("[%v %d]", e.Entity, e.Events)
				if e.Aliases != nil {
					s += fmt.Sprint(e.Aliases)
				}
			}
			if s != tt.want {
				t.Errorf("Entities(%q) =\n %s\nwant\n %s", tt.kind, s, tt.want)
			}
		})
	}
	_, err := db.Entities(ctx, "river")
	wantCode(t, err, timeline.EINVALID)
}

// TestSaveResolvesEntities saves a batch whose participants are partly
// stored already, by another process (whose ids this one has never seen),
// more of them than one look-up query takes: each name must keep its one
// row, and every link and alias point at it.
func TestSaveResolvesEntities(t *testing.T) {
	ctx := context.Background()
	_, path := openDB(t)
	people := func(from, to int) []timeline.Entity {
		var out []timeline.Entity
		for i := from; i < to; i++ {
			out = append(out, person(fmt.Sprintf("Person %d", i)))
		}
		return out
	}
	save := func(title string, participants []timeline.Entity) *article {
		db, err := store.Open(ctx, path) // a process of its own: no ids cached
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		a := newArticle(title, "In "+title+", it happened on 3 May 2025.").
			date("3 May 2025", "2025-05-03", timeline.GranularityDay, "2025-05-03", "2025-05-04", participants...)
		a.events[0].Participants[0].Alias = "P" + title
		b := newArticle(title+" again", "Then "+title+" went on 4 May 2025.").
			date("4 May 2025", "2025-05-04", timeline.GranularityDay, "2025-05-04", "2025-05-05", participants[:3]...)
		results, err := db.SaveDocuments(ctx, []timeline.Extraction{a.extraction(), b.extraction()})
		if err != nil || results[0].Err != nil || results[1].Err != nil {
			t.Fatalf("SaveDocuments = %+v, %v", results, err)
		}
		return a
	}
	save("First", people(0, 250))
	second := save("Second", slices.Concat(people(100, 350), people(100, 110)))

	db, err := store.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n := count(t, db, "entities"); n != 350 {
		t.Errorf("%d entities; want 350", n)
	}
	events, err := db.Events(ctx, second.doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range events[0].Participants {
		names = append(names, p.Name)
	}
	want := make([]string, 0, 250)
	for _, en := range people(100, 350) {
		want = append(want, en.Name)
	}
	if !slices.Equal(names, want) {
		t.Errorf("participants of the second document: %d names, %q...; want %d, %q...", len(names), names[:3], len(want), want[:3])
	}
	raw := rawDB(t, path)
	checkIntegrity(t, raw)
	var aliases int
	if err := raw.QueryRow(`SELECT count(*) FROM entity_aliases a JOIN entities n ON n.id = a.entity_id
		WHERE n.name = 'Person 100' AND a.alias = 'PSecond'`).Scan(&aliases); err != nil || aliases != 1 {
		t.Errorf("alias of Person 100: %d, %v; want 1", aliases, err)
	}
}
