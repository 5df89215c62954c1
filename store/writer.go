package store

import (
	"context"
	"database/sql"
	"errors"
	"sync"

	"github.com/timeline-dev/timeline/timeline"
)

// entityCache remembers entity ids across transactions: entities are never
// deleted, so an id once committed stays right, and looking names up again
// in every batch was a third of the cost of storing a document.
type entityCache struct {
	mu  sync.Mutex
	ids map[timeline.Entity]int64
}

func (c *entityCache) get(en timeline.Entity) (int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id, ok := c.ids[en]
	return id, ok
}

func (c *entityCache) add(ids map[timeline.Entity]int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ids == nil {
		c.ids = make(map[timeline.Entity]int64, len(ids))
	}
	for en, id := range ids {
		c.ids[en] = id
	}
}

// writer holds a write transaction's statements, run for every row, and
// the entity ids looked up or created in this transaction.
type writer struct {
	shared  *entityCache
	addRows *sql.Stmt // DB.addRows
	// firstEvent is the id of the first event this transaction inserted,
	// 0 when none: indexEvents indexes every event from there.
	firstEvent    int64
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

// writeQueries are the statements of every write, prepared once per
// transaction (newWriter). Preparing them once per database instead was
// measured: no faster on the silver corpus.
var writeQueries = [...]string{
	`INSERT INTO documents
		(source, url, title, published, published_from, sha256, extractor_version, ingested_at, text)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (sha256) DO NOTHING
		RETURNING id`,
	`SELECT id FROM documents WHERE sha256 = ?`,
	`INSERT INTO mentions
		(document_id, ordinal, char_start, char_end, byte_start, byte_end, text, type, value,
		 mod, quant, freq, start, "end", granularity, rule, anchor, anchor_value, tense)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	`INSERT INTO events
		(document_id, mention_id, start, "end", granularity, mention_offset, span_class,
		 phrase, sentence, sentence_start, sentence_end)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	`SELECT id FROM entities WHERE name = ? AND kind = ?`,
	`INSERT INTO entities (name, kind) VALUES (?, ?) RETURNING id`,
	`INSERT INTO event_entities (event_id, role, position, entity_id) VALUES (?, ?, ?, ?)`,
}

// newWriter prepares the write statements in tx.
func (db *DB) newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{tx: tx, shared: db.entities, addRows: db.addRows, entities: make(map[timeline.Entity]int64)}
	for i, p := range []**sql.Stmt{&w.insertDoc, &w.findDoc, &w.insertMention, &w.insertEvent, &w.findEntity, &w.insertEntity, &w.insertLink} {
		stmt, err := tx.PrepareContext(ctx, writeQueries[i])
		if err != nil {
			w.close()
			return nil, err
		}
		*p = stmt
	}
	return w, nil
}

// entityID returns the id of an entity, inserting it when new.
func (w *writer) entityID(ctx context.Context, en timeline.Entity) (int64, error) {
	if id, ok := w.entities[en]; ok {
		return id, nil
	}
	if id, ok := w.shared.get(en); ok {
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

// forget drops this transaction's ids, which a rollback to a savepoint may
// have undone.
func (w *writer) forget() { clear(w.entities) }

// noteEvent records an inserted event id for indexEvents.
func (w *writer) noteEvent(id int64) {
	if w.firstEvent == 0 || id < w.firstEvent {
		w.firstEvent = id
	}
}

// writeRowsQuery adds the timeline_rows of the events from the given id on.
const writeRowsQuery = `INSERT INTO timeline_rows SELECT * FROM timeline_rows_source WHERE event_id >= ?`

// indexEvents adds this transaction's dated events to timeline_rows and to
// the full-text index, one statement each. Events are only ever appended by
// the one writer, so every event from firstEvent on is new. The full-text
// insert comes last: FTS5 writes out its pending terms at the savepoint of
// every later statement in the transaction.
func (w *writer) indexEvents(ctx context.Context) error {
	if w.firstEvent == 0 {
		return nil
	}
	if _, err := w.tx.StmtContext(ctx, w.addRows).ExecContext(ctx, w.firstEvent); err != nil {
		return err
	}
	_, err := w.tx.ExecContext(ctx, `INSERT INTO events_fts (rowid, phrase, sentence)
		SELECT id, phrase, sentence FROM events WHERE id >= ? AND start IS NOT NULL`, w.firstEvent)
	return err
}

// committed shares this transaction's entity ids once they are durable.
func (w *writer) committed() { w.shared.add(w.entities) }

func (w *writer) close() {
	for _, s := range []*sql.Stmt{w.insertDoc, w.findDoc, w.insertMention, w.insertEvent, w.findEntity, w.insertEntity, w.insertLink} {
		if s != nil {
			s.Close()
		}
	}
}
