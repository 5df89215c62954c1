package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/timeline-dev/timeline/timeline"
)

// writer holds the statements a write transaction prepares once and runs for
// every row, and a cache of entity ids.
type writer struct {
	tx            *sql.Tx
	insertDoc     *sql.Stmt
	findDoc       *sql.Stmt
	insertMention *sql.Stmt
	insertEvent   *sql.Stmt
	findEntity    *sql.Stmt
	insertEntity  *sql.Stmt
	insertLink    *sql.Stmt
	entities      map[timeline.Entity]int64
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{tx: tx, entities: make(map[timeline.Entity]int64)}
	for _, p := range []struct {
		stmt  **sql.Stmt
		query string
	}{
		{&w.insertDoc, `INSERT INTO documents
			(source, url, title, published, published_from, sha256, extractor_version, ingested_at, text)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (sha256) DO NOTHING
			RETURNING id`},
		{&w.findDoc, `SELECT id FROM documents WHERE sha256 = ?`},
		{&w.insertMention, `INSERT INTO mentions
			(document_id, ordinal, char_start, char_end, byte_start, byte_end, text, type, value,
			 mod, quant, freq, start, "end", granularity, rule, anchor, anchor_value, tense)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.insertEvent, `INSERT INTO events
			(document_id, mention_id, start, "end", granularity, mention_offset, span_class,
			 phrase, sentence, sentence_start, sentence_end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.findEntity, `SELECT id FROM entities WHERE name = ? AND kind = ?`},
		{&w.insertEntity, `INSERT INTO entities (name, kind) VALUES (?, ?) RETURNING id`},
		{&w.insertLink, `INSERT INTO event_entities (event_id, role, position, entity_id) VALUES (?, ?, ?, ?)`},
	} {
		stmt, err := tx.PrepareContext(ctx, p.query)
		if err != nil {
			w.close()
			return nil, err
		}
		*p.stmt = stmt
	}
	return w, nil
}

// entityID returns the id of an entity, inserting it when new.
func (w *writer) entityID(ctx context.Context, en timeline.Entity) (int64, error) {
	if id, ok := w.entities[en]; ok {
		return id, nil
	}
	var id int64
	err := w.findEntity.QueryRowContext(ctx, en.Name, string(en.Kind)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		err = w.insertEntity.QueryRowContext(ctx, en.Name, string(en.Kind)).Scan(&id)
	}
	if err != nil {
		return 0, err
	}
	w.entities[en] = id
	return id, nil
}

// forget drops cached ids, which a rollback to a savepoint may have undone.
func (w *writer) forget() { clear(w.entities) }

func (w *writer) close() {
	for _, s := range []*sql.Stmt{w.insertDoc, w.findDoc, w.insertMention, w.insertEvent, w.findEntity, w.insertEntity, w.insertLink} {
		if s != nil {
			s.Close()
		}
	}
}
