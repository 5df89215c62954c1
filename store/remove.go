package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// Removal counts what removing documents takes with them.
type Removal struct {
	Documents int
	Sources   int // other sources of their texts (document_sources)
	Mentions  int
	Sentences int
	Events    int
	Entities  int // entities that no other document's event names
}

// removalCounts counts, in one statement, what removing the documents of
// the JSON array :ids takes. Orphans are the entities that an event of
// those documents names and no event of another document does.
const removalCounts = `WITH gone (id) AS (SELECT value FROM json_each(:ids))
SELECT
	(SELECT count(*) FROM documents WHERE id IN gone),
	(SELECT count(*) FROM document_sources WHERE document_id IN gone),
	(SELECT count(*) FROM mentions WHERE document_id IN gone),
	(SELECT count(*) FROM sentences WHERE document_id IN gone),
	(SELECT count(*) FROM events WHERE document_id IN gone),
	(SELECT count(*) FROM (` + orphansQuery + `))`

// orphansQuery selects the ids of the entities that only the documents of
// the common table gone name.
const orphansQuery = `SELECT DISTINCT x.entity_id FROM event_entities x JOIN events e ON e.id = x.event_id
	WHERE e.document_id IN gone
	AND NOT EXISTS (SELECT 1 FROM event_entities y JOIN events f ON f.id = y.event_id
		WHERE y.entity_id = x.entity_id AND f.document_id NOT IN gone)`

// RemoveDocuments deletes the documents with the given ids in one
// transaction, with their other sources, mentions, sentences, events,
// the events' links and timeline rows, and the entities no other
// document names, and returns what it deleted. With dryRun it deletes
// nothing and returns what it would delete; a read-only DB can do that.
// ENOTFOUND, with nothing deleted, when an id is not stored.
func (db *DB) RemoveDocuments(ctx context.Context, ids []int64, dryRun bool) (Removal, error) {
	var r Removal
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	if len(ids) == 0 {
		return r, timeline.Errorf(timeline.EINVALID, "no document to remove")
	}
	if !dryRun && db.rw == nil {
		return r, db.readOnlyError()
	}
	pool, opts := db.rw, (*sql.TxOptions)(nil)
	if dryRun {
		pool, opts = db.ro, &sql.TxOptions{ReadOnly: true}
	}
	tx, err := pool.BeginTx(ctx, opts)
	if err != nil {
		return r, db.mapError(err, ours)
	}
	defer tx.Rollback()
	list, err := json.Marshal(ids)
	if err != nil {
		return r, err
	}
	arg := sql.Named("ids", string(list))
	if err := tx.QueryRowContext(ctx, removalCounts, arg).Scan(&r.Documents, &r.Sources, &r.Mentions, &r.Sentences,
		&r.Events, &r.Entities); err != nil {
		return r, db.mapError(err, ours)
	}
	if r.Documents < len(ids) {
		return Removal{}, db.missingDocuments(ctx, tx, ids)
	}
	if dryRun {
		return r, nil
	}
	// The orphans are found before their links go with the events.
	orphans, err := db.orphans(ctx, tx, arg)
	if err != nil {
		return Removal{}, err
	}
	statements := []string{
		// Events first, as ReplaceExtraction deletes them: their links,
		// timeline rows and full-text entries go with them (cascade and
		// triggers), before the mentions and sentences they point at.
		`DELETE FROM events WHERE document_id IN (SELECT value FROM json_each(:ids))`,
		`DELETE FROM mentions WHERE document_id IN (SELECT value FROM json_each(:ids))`,
		`DELETE FROM sentences WHERE document_id IN (SELECT value FROM json_each(:ids))`,
		`DELETE FROM documents WHERE id IN (SELECT value FROM json_each(:ids))`,    // and their other sources
		`DELETE FROM entities WHERE id IN (SELECT value FROM json_each(:orphans))`, // and their aliases
	}
	arg2 := sql.Named("orphans", orphans)
	for _, q := range statements {
		if _, err := tx.ExecContext(ctx, q, arg, arg2); err != nil {
			return Removal{}, db.mapError(err, ours)
		}
	}
	if err := tx.Commit(); err != nil {
		return Removal{}, db.mapError(err, ours)
	}
	return r, nil
}

// orphans returns the ids of the entities only the documents of the
// JSON array ids name, as a JSON array.
func (db *DB) orphans(ctx context.Context, tx *sql.Tx, ids sql.NamedArg) (string, error) {
	var list string
	err := tx.QueryRowContext(ctx, `WITH gone (id) AS (SELECT value FROM json_each(:ids))
		SELECT json_group_array(entity_id) FROM (`+orphansQuery+`)`, ids).Scan(&list)
	return list, db.mapError(err, ours)
}

// missingDocuments returns the ENOTFOUND error that names the ids not
// stored.
func (db *DB) missingDocuments(ctx context.Context, tx *sql.Tx, ids []int64) error {
	var missing []string
	for _, id := range ids {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, id).Scan(&n); err != nil {
			return db.mapError(err, ours)
		}
		if n == 0 {
			missing = append(missing, fmt.Sprint(id))
		}
	}
	noun := "document"
	if len(missing) > 1 {
		noun = "documents"
	}
	return timeline.Errorf(timeline.ENOTFOUND, "no %s %s: nothing removed", noun, strings.Join(missing, ", "))
}
