package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// documentPage is how many documents Documents reads per query. Paging by id
// keeps memory bounded and holds no read transaction open while the caller
// works, so a reindex writing between pages does not grow the WAL.
const documentPage = 64

const documentColumns = `id, source, coalesce(url, ''), coalesce(title, ''), coalesce(published, ''),
	coalesce(published_from, ''), sha256, extractor_version, ingested_at, text`

// Document returns the stored document with the given id.
func (db *DB) Document(ctx context.Context, id int64) (*timeline.Document, error) {
	rows, err := db.ro.QueryContext(ctx, `SELECT `+documentColumns+` FROM documents WHERE id = ?`, id)
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, db.mapError(err, ours)
		}
		return nil, timeline.Errorf(timeline.ENOTFOUND, "document %d not found", id)
	}
	return db.scanDocument(rows)
}

// Documents calls fn with every stored document in id order, text included,
// reading them a page at a time. An error from fn stops the walk and is
// returned.
func (db *DB) Documents(ctx context.Context, fn func(*timeline.Document) error) error {
	return db.eachDocument(ctx, `1`, nil, fn)
}

// StaleDocuments calls fn, like Documents, with each document whose mentions
// and events were produced by an extractor version other than version: the
// documents `timeline reindex` must redo.
func (db *DB) StaleDocuments(ctx context.Context, version string, fn func(*timeline.Document) error) error {
	return db.eachDocument(ctx, `extractor_version <> :version`, []any{sql.Named("version", version)}, fn)
}

// eachDocument walks the documents that cond selects, a page at a time;
// args are cond's, named (sql.Named) as the page's own are.
func (db *DB) eachDocument(ctx context.Context, cond string, args []any, fn func(*timeline.Document) error) error {
	var after int64
	for {
		page, err := db.documentPage(ctx, cond, append(args[:len(args):len(args)], sql.Named("after", after)))
		if err != nil {
			return err
		}
		for _, doc := range page {
			if err := fn(doc); err != nil {
				return err
			}
		}
		if len(page) < documentPage {
			return nil
		}
		after = page[len(page)-1].ID
	}
}

func (db *DB) documentPage(ctx context.Context, cond string, args []any) ([]*timeline.Document, error) {
	rows, err := db.ro.QueryContext(ctx, `SELECT `+documentColumns+` FROM documents
		WHERE `+cond+` AND id > :after ORDER BY id LIMIT :page`, append(args, sql.Named("page", documentPage))...)
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	defer rows.Close()
	var page []*timeline.Document
	for rows.Next() {
		doc, err := db.scanDocument(rows)
		if err != nil {
			return nil, err
		}
		page = append(page, doc)
	}
	return page, db.mapError(rows.Err(), ours)
}

func (db *DB) scanDocument(rows *sql.Rows) (*timeline.Document, error) {
	var doc timeline.Document
	var published, ingested string
	err := rows.Scan(&doc.ID, &doc.Source, &doc.URL, &doc.Title, &published, &doc.PublishedFrom,
		&doc.SHA256, &doc.ExtractorVersion, &ingested, &doc.Text)
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	if published != "" {
		if doc.Published, err = timeline.ParseInstant(published); err != nil {
			return nil, badValue("document", doc.ID, "published", published)
		}
	}
	if doc.IngestedAt, err = time.Parse(time.RFC3339, ingested); err != nil {
		return nil, badValue("document", doc.ID, "ingested_at", ingested)
	}
	return &doc, nil
}

// Mentions returns every mention of a document in text order, anchored or
// not, with byte offsets as the tagger produced them.
func (db *DB) Mentions(ctx context.Context, docID int64) ([]timeline.Mention, error) {
	rows, err := db.ro.QueryContext(ctx, `SELECT byte_start, byte_end, text, type, value,
		coalesce(mod, ''), coalesce(quant, ''), coalesce(freq, ''), coalesce(start, ''), coalesce("end", ''),
		coalesce(granularity, ''), coalesce(rule, ''), coalesce(anchor, ''), coalesce(anchor_value, ''), coalesce(tense, '')
		FROM mentions WHERE document_id = ? ORDER BY ordinal`, docID)
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	defer rows.Close()
	var out []timeline.Mention
	for rows.Next() {
		var m timeline.Mention
		var typ, start, end, gran string
		if err := rows.Scan(&m.Start, &m.End, &m.Text, &typ, &m.Value, &m.Mod, &m.Quant, &m.Freq, &start, &end,
			&gran, &m.How.Rule, &m.How.Anchor, &m.How.AnchorValue, &m.How.Tense); err != nil {
			return nil, db.mapError(err, ours)
		}
		m.Type, m.Granularity = timeline.TimexType(typ), timeline.Granularity(gran)
		if start != "" {
			if m.Interval.Start, err = timeline.ParseInstant(start); err != nil {
				return nil, badValue("mention of document", docID, "start", start)
			}
			if m.Interval.End, err = timeline.ParseInstant(end); err != nil {
				return nil, badValue("mention of document", docID, "end", end)
			}
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, db.mapError(err, ours)
	}
	if len(out) == 0 { // no mentions, or no such document?
		var n int
		if err := db.ro.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, docID).Scan(&n); err != nil {
			return nil, db.mapError(err, ours)
		} else if n == 0 {
			return nil, timeline.Errorf(timeline.ENOTFOUND, "document %d not found", docID)
		}
	}
	return out, nil
}
