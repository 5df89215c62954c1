package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// documentName is what a row shows of its document.
type documentName struct {
	name, source, url string
	published         time.Time
}

// documentNames caches documents by id for the rows of one query.
type documentNames struct {
	db   *DB
	stmt *sql.Stmt
	err  error
	// byID holds documents by id. Ids are rowids, dense from 1, and a map
	// lookup on every row of a million-row export took 0.1 s (profile).
	// sparse holds ids too large for a slice.
	byID   []*documentName
	sparse map[int64]*documentName
}

// maxDenseID bounds byID (8 bytes per id).
const maxDenseID = 1 << 24

// documentNameColumns are what documentNames reads, id last.
const documentNameColumns = `coalesce(nullif(title, ''), source), source, coalesce(url, ''), coalesce(published, ''), id`

func (db *DB) documentNames(tx *sql.Tx) *documentNames {
	d := &documentNames{db: db, sparse: make(map[int64]*documentName)}
	d.stmt, d.err = tx.Prepare(`SELECT ` + documentNameColumns + ` FROM documents WHERE id = ?`)
	return d
}

// loadAll reads every document at once.
func (d *documentNames) loadAll(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT `+documentNameColumns+` FROM documents`)
	if err != nil {
		return d.db.mapError(err, ours)
	}
	defer rows.Close()
	for rows.Next() {
		if _, err := d.add(rows); err != nil {
			return err
		}
	}
	return d.db.mapError(rows.Err(), ours)
}

func (d *documentNames) get(ctx context.Context, id int64) (*documentName, error) {
	if id >= 0 && id < int64(len(d.byID)) && d.byID[id] != nil {
		return d.byID[id], nil
	}
	if doc, ok := d.sparse[id]; ok {
		return doc, nil
	}
	if d.err != nil {
		return nil, d.db.mapError(d.err, ours)
	}
	rows, err := d.stmt.QueryContext(ctx, id)
	if err != nil {
		return nil, d.db.mapError(err, ours)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, d.db.mapError(err, ours)
		}
		return nil, timeline.Errorf(timeline.EINTERNAL, "document %d of a timeline row is missing", id)
	}
	return d.add(rows)
}

// add caches the document that rows is on.
func (d *documentNames) add(rows *sql.Rows) (*documentName, error) {
	doc := &documentName{}
	var id int64
	var published string
	if err := rows.Scan(&doc.name, &doc.source, &doc.url, &published, &id); err != nil {
		return nil, d.db.mapError(err, ours)
	}
	if published != "" {
		var err error
		if doc.published, err = parseInstant(published); err != nil {
			return nil, badValue("document", id, "published", published)
		}
	}
	switch {
	case id < 0 || id >= maxDenseID:
		d.sparse[id] = doc
	case id < int64(len(d.byID)):
		d.byID[id] = doc
	default:
		d.byID = append(d.byID, make([]*documentName, int(id)+1-len(d.byID))...)
		d.byID[id] = doc
	}
	return doc, nil
}

func (d *documentNames) close() {
	if d.stmt != nil {
		d.stmt.Close()
	}
}
