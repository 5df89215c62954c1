package store

import (
	"context"
	"encoding/json"

	"github.com/timeline-dev/timeline/timeline"
)

// EntityCount is an entity with the other names it goes by and the number
// of events it takes part in.
type EntityCount struct {
	timeline.Entity
	Aliases []string // in alphabetical order; nil when none is known
	Events  int
}

// Entities returns the entities that take part in events, most frequent
// first, then by name. A non-empty kind keeps only entities of that kind.
func (db *DB) Entities(ctx context.Context, kind timeline.EntityKind) ([]EntityCount, error) {
	switch kind {
	case "", timeline.EntityPerson, timeline.EntityOrganization, timeline.EntityPlace:
	default:
		return nil, timeline.Errorf(timeline.EINVALID, "unknown entity kind %q: want person, organization or place", kind)
	}
	// Aliases as one JSON array per entity: names may hold any separator.
	rows, err := db.ro.QueryContext(ctx, `
		SELECT n.name, n.kind, count(DISTINCT x.event_id) AS events,
			(SELECT json_group_array(alias) FROM
				(SELECT a.alias FROM entity_aliases a WHERE a.entity_id = n.id ORDER BY a.alias))
		FROM entities n JOIN event_entities x ON x.entity_id = n.id
		WHERE ?1 = '' OR n.kind = ?1
		GROUP BY n.id
		ORDER BY events DESC, n.name, n.kind`, string(kind))
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	defer rows.Close()
	var out []EntityCount
	for rows.Next() {
		var ec EntityCount
		var k, aliases string
		if err := rows.Scan(&ec.Name, &k, &ec.Events, &aliases); err != nil {
			return nil, db.mapError(err, ours)
		}
		ec.Kind = timeline.EntityKind(k)
		if err := json.Unmarshal([]byte(aliases), &ec.Aliases); err != nil {
			return nil, badValue("entity", 0, "aliases", aliases)
		}
		if len(ec.Aliases) == 0 {
			ec.Aliases = nil
		}
		out = append(out, ec)
	}
	return out, db.mapError(rows.Err(), ours)
}
