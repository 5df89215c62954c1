package store

import "context"

// Stats counts what the database holds, for the ingest summary.
type Stats struct {
	Documents int
	Mentions  int
	Sentences int
	Events    int
	Rows      int // dated events: the timeline's length with every event shown
	Entities  int
}

// Stats returns the counts of stored documents, mentions, sentences,
// events and entities.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	err := db.ro.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents),
		(SELECT count(*) FROM mentions),
		(SELECT count(*) FROM sentences),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM events WHERE start IS NOT NULL),
		(SELECT count(*) FROM entities)`).
		Scan(&s.Documents, &s.Mentions, &s.Sentences, &s.Events, &s.Rows, &s.Entities)
	return s, db.mapError(err, ours)
}
