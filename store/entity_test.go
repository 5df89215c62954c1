package store_test

import (
	"context"
	"fmt"
	"testing"

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
