package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// DB is the pipeline's storage.
var _ timeline.Store = (*DB)(nil)

// SaveDocument stores a document with its mentions and events in one
// transaction, all or nothing. Events refer to mentions by index. It fills in
// doc.SHA256 when empty, doc.IngestedAt when zero, and doc.ID. When a
// document with the same SHA256 is already stored it changes nothing, sets
// doc.ID to the stored one and reports stored=false.
func (db *DB) SaveDocument(ctx context.Context, doc *timeline.Document, mentions []timeline.Mention, events []timeline.Event) (stored bool, err error) {
	results, err := db.SaveDocuments(ctx, []timeline.Extraction{{Document: doc, Mentions: mentions, Events: events}})
	if err != nil {
		return false, err
	}
	return results[0].Stored, results[0].Err
}

// SaveDocuments stores several documents in one transaction, for ingest
// throughput, while keeping each document atomic: a document that is rejected
// (an EINVALID error in its result) leaves nothing behind and the others are
// stored. Any other failure, such as a lock timeout, rolls back the whole
// batch and is returned as the error, with nil results.
//
// Documents are checked before anything is written, so the batch first runs
// without savepoints: a savepoint per document makes SQLite journal pages and
// FTS5 flush its index at each one, which costs more than the inserts. Only
// when a document fails half-way (a constraint the checks did not foresee)
// is the batch run again with a savepoint per document.
func (db *DB) SaveDocuments(ctx context.Context, docs []timeline.Extraction) ([]timeline.SaveResult, error) {
	if db.rw == nil {
		return nil, db.readOnlyError()
	}
	results, err := db.saveBatch(ctx, docs, false)
	if errors.Is(err, errRetryWithSavepoints) {
		results, err = db.saveBatch(ctx, docs, true)
	}
	return results, err
}

// errRetryWithSavepoints asks SaveDocuments to run a batch again, one
// savepoint per document.
var errRetryWithSavepoints = errors.New("a document failed after writing: retry with savepoints")

func (db *DB) saveBatch(ctx context.Context, docs []timeline.Extraction, savepoints bool) ([]timeline.SaveResult, error) {
	tx, err := db.rw.BeginTx(ctx, nil)
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	defer tx.Rollback()

	w, err := db.newWriter(ctx, tx)
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	defer w.close()

	results := make([]timeline.SaveResult, len(docs))
	ids := make([]int64, len(docs))
	for i, x := range docs {
		if err := prepare(x); err != nil {
			results[i] = timeline.SaveResult{Err: err}
			continue
		}
		var id int64
		var stored bool
		if savepoints {
			id, stored, err = db.saveInSavepoint(ctx, w, x)
		} else {
			id, stored, err = db.saveDocument(ctx, w, x)
			if timeline.ErrorCode(err) == timeline.EINVALID {
				return nil, errRetryWithSavepoints
			}
		}
		if err != nil && timeline.ErrorCode(err) != timeline.EINVALID {
			return nil, err
		}
		results[i] = timeline.SaveResult{Stored: stored, Err: err}
		ids[i] = id
	}
	if err := w.indexEvents(ctx); err != nil {
		return nil, db.mapError(err, ours)
	}
	if err := tx.Commit(); err != nil {
		return nil, db.mapError(err, ours)
	}
	w.committed()
	// IDs are published only once they are durable.
	for i, x := range docs {
		if ids[i] != 0 {
			x.Document.ID = ids[i]
		}
	}
	return results, nil
}

// prepare fills in a document's hash and ingest time and checks it with its
// mentions and events, before anything is written.
func prepare(x timeline.Extraction) error {
	doc := x.Document
	if doc == nil {
		return timeline.Errorf(timeline.EINVALID, "no document to save")
	}
	if doc.SHA256 == "" {
		sum := sha256.Sum256([]byte(doc.Text))
		doc.SHA256 = hex.EncodeToString(sum[:])
	}
	if doc.IngestedAt.IsZero() {
		doc.IngestedAt = time.Now().UTC().Truncate(time.Second)
	}
	return validate(doc, x.Mentions, x.Events)
}

// saveInSavepoint saves one document so that its failure undoes only itself.
func (db *DB) saveInSavepoint(ctx context.Context, w *writer, x timeline.Extraction) (id int64, stored bool, err error) {
	if _, err := w.tx.ExecContext(ctx, `SAVEPOINT document`); err != nil {
		return 0, false, db.mapError(err, ours)
	}
	id, stored, err = db.saveDocument(ctx, w, x)
	if err != nil {
		w.forget() // ids cached since the savepoint may be rolled back
		if _, rerr := w.tx.ExecContext(ctx, `ROLLBACK TO document`); rerr != nil {
			return 0, false, db.mapError(rerr, ours)
		}
	}
	if _, rerr := w.tx.ExecContext(ctx, `RELEASE document`); rerr != nil {
		return 0, false, db.mapError(rerr, ours)
	}
	if err != nil {
		return 0, false, err
	}
	return id, stored, nil
}

// saveDocument inserts one document unless its text is already stored.
func (db *DB) saveDocument(ctx context.Context, w *writer, x timeline.Extraction) (id int64, stored bool, err error) {
	doc := x.Document
	err = w.insertDoc.QueryRowContext(ctx,
		doc.Source, nullable(doc.URL), nullable(doc.Title), nullable(timeline.FormatInstant(doc.Published)),
		nullable(doc.PublishedFrom), doc.SHA256, doc.ExtractorVersion,
		doc.IngestedAt.UTC().Format(time.RFC3339), doc.Text,
	).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) { // same text already stored
		if err := w.findDoc.QueryRowContext(ctx, doc.SHA256).Scan(&id); err != nil {
			return 0, false, db.mapError(err, ours)
		}
		return id, false, nil
	} else if err != nil {
		return 0, false, db.mapError(err, ours)
	}
	if err := db.insertExtraction(ctx, w, id, doc.Text, x.Mentions, x.Events); err != nil {
		return 0, false, err
	}
	return id, true, nil
}

// ReplaceExtraction atomically replaces a stored document's mentions and
// events, as `timeline reindex` does after the tagger or extractor changed,
// and records the version that produced them.
func (db *DB) ReplaceExtraction(ctx context.Context, docID int64, version string, mentions []timeline.Mention, events []timeline.Event) error {
	if db.rw == nil {
		return db.readOnlyError()
	}
	tx, err := db.rw.BeginTx(ctx, nil)
	if err != nil {
		return db.mapError(err, ours)
	}
	defer tx.Rollback()

	doc := timeline.Document{ID: docID}
	err = tx.QueryRowContext(ctx, `SELECT source, coalesce(title, ''), text FROM documents WHERE id = ?`, docID).
		Scan(&doc.Source, &doc.Title, &doc.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return timeline.Errorf(timeline.ENOTFOUND, "document %d not found", docID)
	} else if err != nil {
		return db.mapError(err, ours)
	}
	if err := validate(&doc, mentions, events); err != nil {
		return err
	}
	// Deleting the mentions cascades to events and their entity links; a
	// trigger keeps the full-text index in step.
	if _, err := tx.ExecContext(ctx, `DELETE FROM mentions WHERE document_id = ?`, docID); err != nil {
		return db.mapError(err, ours)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET extractor_version = ? WHERE id = ?`, version, docID); err != nil {
		return db.mapError(err, ours)
	}
	w, err := db.newWriter(ctx, tx)
	if err != nil {
		return db.mapError(err, ours)
	}
	defer w.close()
	if err := db.insertExtraction(ctx, w, docID, doc.Text, mentions, events); err != nil {
		return err
	}
	if err := w.indexEvents(ctx); err != nil {
		return db.mapError(err, ours)
	}
	if err := tx.Commit(); err != nil {
		return db.mapError(err, ours)
	}
	w.committed()
	return nil
}

// insertExtraction inserts a validated document's mentions and events.
func (db *DB) insertExtraction(ctx context.Context, w *writer, docID int64, text string, mentions []timeline.Mention, events []timeline.Event) error {
	runes := newRuneIndex(text, mentions, events)
	type dated struct {
		id                int64
		start, end, class any // NULL when unanchored
	}
	stored := make([]dated, len(mentions))
	for i := range mentions {
		m := &mentions[i]
		d := &stored[i]
		if m.Anchored() {
			d.start, d.end = timeline.FormatInstant(m.Interval.Start), timeline.FormatInstant(m.Interval.End)
			d.class = spanClass(m.Interval)
		}
		res, err := w.insertMention.ExecContext(ctx,
			docID, i, runes.at(m.Start), runes.at(m.End), m.Start, m.End, m.Text, string(m.Type), m.Value,
			nullable(m.Mod), nullable(m.Quant), nullable(m.Freq), d.start, d.end, nullable(string(m.Granularity)),
			nullable(m.How.Rule), nullable(m.How.Anchor), nullable(m.How.AnchorValue), nullable(m.How.Tense))
		if err != nil {
			return db.mapError(err, ours)
		}
		if d.id, err = res.LastInsertId(); err != nil {
			return db.mapError(err, ours)
		}
	}
	for i := range events {
		e := &events[i]
		m, d := &mentions[e.Mention], &stored[e.Mention]
		res, err := w.insertEvent.ExecContext(ctx, docID, d.id, d.start, d.end, nullable(string(m.Granularity)),
			runes.at(m.Start), d.class, e.Phrase, e.Sentence, runes.at(e.SentenceStart), runes.at(e.SentenceEnd))
		if err != nil {
			return db.mapError(err, ours)
		}
		eventID, err := res.LastInsertId()
		if err != nil {
			return db.mapError(err, ours)
		}
		w.noteEvent(eventID)
		if err := db.insertEntities(ctx, w, eventID, "actor", e.Actors); err != nil {
			return err
		}
		if err := db.insertEntities(ctx, w, eventID, "place", e.Places); err != nil {
			return err
		}
	}
	return nil
}

// insertEntities links an event to its actors or places, upserting the
// entities and skipping repeats.
func (db *DB) insertEntities(ctx context.Context, w *writer, eventID int64, role string, entities []timeline.Entity) error {
	seen := make(map[timeline.Entity]bool, len(entities))
	for _, en := range entities {
		if seen[en] {
			continue
		}
		seen[en] = true
		id, err := w.entityID(ctx, en)
		if err != nil {
			return db.mapError(err, ours)
		}
		if _, err := w.insertLink.ExecContext(ctx, eventID, role, len(seen)-1, id); err != nil {
			return db.mapError(err, ours)
		}
	}
	return nil
}

// readOnlyError is what a write on a read-only DB returns.
func (db *DB) readOnlyError() error {
	return timeline.Errorf(timeline.EREADONLY, "database %s is opened read-only", db.path)
}

// nullable stores an empty string as NULL: optional text is NULL in the schema.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
