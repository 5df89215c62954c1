package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/timeline-dev/timeline/timeline"
)

// ReviseDocuments replaces, in one transaction, the title, URL and
// publication date (with where it came from) of stored documents, and
// their mentions, sentences and events by the ones given, extracted with
// that date. Each extraction's Document names its stored document by ID
// and carries its text, which must be the stored one; its source, hash
// and ingest time are kept. ENOTFOUND when a document is not stored,
// EINVALID when an extraction does not fit its text; either way nothing
// changes.
func (db *DB) ReviseDocuments(ctx context.Context, xs []timeline.Extraction) error {
	if db.rw == nil {
		return db.readOnlyError()
	}
	tx, err := db.rw.BeginTx(ctx, nil)
	if err != nil {
		return db.mapError(err, ours)
	}
	defer tx.Rollback()
	w, err := db.newWriter(ctx, tx)
	if err != nil {
		return db.mapError(err, ours)
	}
	defer w.close()
	seen := map[int64]bool{}
	for _, x := range xs {
		d := x.Document
		if d == nil {
			return timeline.Errorf(timeline.EINVALID, "no document to revise")
		}
		// A second extraction would delete rows this transaction has not
		// indexed yet, which the full-text index cannot take.
		if seen[d.ID] {
			return timeline.Errorf(timeline.EINVALID, "document %d given twice", d.ID)
		}
		seen[d.ID] = true
		var text string
		err := tx.QueryRowContext(ctx, `SELECT text FROM documents WHERE id = ?`, d.ID).Scan(&text)
		if errors.Is(err, sql.ErrNoRows) {
			return timeline.Errorf(timeline.ENOTFOUND, "document %d not found", d.ID)
		} else if err != nil {
			return db.mapError(err, ours)
		}
		if text != d.Text {
			return timeline.Errorf(timeline.EINVALID, "document %d: the text to revise is not the stored text", d.ID)
		}
		if err := validate(d, x.Mentions, x.Events); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET url = ?, title = ?, published = ?, published_from = ? WHERE id = ?`,
			nullable(d.URL), nullable(d.Title), nullable(timeline.FormatInstant(d.Published)), nullable(d.PublishedFrom), d.ID); err != nil {
			return db.mapError(err, ours)
		}
		if err := db.replaceRows(ctx, w, d.ID, x); err != nil {
			return err
		}
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
