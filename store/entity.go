package store

import (
	"context"

	"github.com/timeline-dev/timeline/timeline"
)

// EntityCount is an entity with the number of events naming it.
type EntityCount struct {
	timeline.Entity
	Events int
}

// Entities returns the entities that events name, most frequent first, then
// by name. A non-empty kind keeps only entities of that kind.
func (db *DB) Entities(ctx context.Context, kind timeline.EntityKind) ([]EntityCount, error) {
	switch kind {
	case "", timeline.EntityPerson, timeline.EntityOrganization, timeline.EntityPlace:
	default:
		return nil, timeline.Errorf(timeline.EINVALID, "unknown entity kind %q: want person, organization or place", kind)
	}
	rows, err := db.ro.QueryContext(ctx, `
		SELECT n.name, n.kind, count(DISTINCT x.event_id) AS events
		FROM entities n JOIN event_entities x ON x.entity_id = n.id
		WHERE ? = '' OR n.kind = ?
		GROUP BY n.id
		ORDER BY events DESC, n.name, n.kind`, string(kind), string(kind))
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	defer rows.Close()
	var out []EntityCount
	for rows.Next() {
		var ec EntityCount
		var k string
		if err := rows.Scan(&ec.Name, &k, &ec.Events); err != nil {
			return nil, db.mapError(err, ours)
		}
		ec.Kind = timeline.EntityKind(k)
		out = append(out, ec)
	}
	return out, db.mapError(rows.Err(), ours)
}
