package store

import "context"

// Stats counts what the database holds, for the ingest summary.
type Stats struct {
	Documents int
	Mentions  int
	Anchored  int // mentions with an interval
	Events    int
	Rows      int // events whose mention has an interval: the timeline's length
	Entities  int
}

// Stats returns the counts of stored documents, mentions, events and entities.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	err := db.ro.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents),
		(SELECT count(*) FROM mentions),
		(SELECT count(*) FROM mentions WHERE start IS NOT NULL),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM events e JOIN mentions m ON m.id = e.mention_id WHERE m.start IS NOT NULL),
		(SELECT count(*) FROM entities)`).
		Scan(&s.Documents, &s.Mentions, &s.Anchored, &s.Events, &s.Rows, &s.Entities)
	return s, db.mapError(err, ours)
}
