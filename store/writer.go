package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"

	"github.com/timeline-dev/timeline/timeline"
)

// entityCache remembers entity ids across transactions: looking names up
// again in every batch was a third of the cost of storing a document. An
// id once committed stays right until an entity is deleted or renamed
// (`timeline docs rm`, or another tool), which moves the count in
// entity_changes: a writer reads it when its transaction starts (sync),
// and the cache forgets every id when it moved.
type entityCache struct {
	mu      sync.Mutex
	ids     map[timeline.Entity]int64
	changes int64 // entity_changes.n when the ids were read
}

// sync forgets the ids when entities changed since they were read.
func (c *entityCache) sync(changes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if changes != c.changes {
		clear(c.ids)
		c.changes = changes
	}
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

// writer holds a write transaction's statements, run for every row, the
// rows queued for insertion, and the ids given out or looked up in this
// transaction.
//
// Documents and their other sources, new entities and their aliases,
// mentions, sentences, events, their links and their timeline rows are
// queued and inserted in batches (rowBatch), so their ids cannot come
// back from SQLite: the writer gives them out itself, from the largest id
// stored on, which is safe since a transaction holds the write lock from
// its start. The batches are flushed in the order the foreign keys need
// (flush), at the end of the transaction or of a document's savepoint.
// A statement per row cost more in database/sql, the driver and SQLite's
// statement setup than the insert itself.
type writer struct {
	shared  *entityCache
	buffers *batchBuffers // DB.buffers
	tx      *sql.Tx
	// Statements run at once: a look-up, or a change to a stored row.
	findEntity *sql.Stmt
	updateDoc  *sql.Stmt
	dropSource *sql.Stmt
	// Batched inserts, in the order flush runs them.
	docs, sources, newEntities, mentions, sentences, events, links, aliasRows, rows *rowBatch
	// pending are the timeline rows of the queued events, inserted by
	// flush in key order; byView the ids of queued events whose row the
	// view builds (appendRowJSON).
	pending []pendingRow
	byView  []int64
	json    []byte // appendRowJSON's buffer, reused
	// next holds the next free id of mentions, sentences, events,
	// entities and documents; 0 until read from the database.
	next [5]int64
	// firstEvent and firstSentence are the ids of the first event and
	// sentence this transaction inserted, 0 when none: indexEvents indexes
	// every one from there.
	firstEvent    int64
	firstSentence int64
	entities      map[timeline.Entity]int64
	// aliases are the entity aliases stored by this transaction.
	aliases map[entityAlias]bool
	// replaced are the entities the replaced extractions of this
	// transaction named: those no event names after flush are deleted.
	replaced []int64
}

// entityAlias is another name of an entity.
type entityAlias struct {
	entity int64
	alias  string
}

// The tables whose ids the writer gives out, indexes of writer.next.
const (
	mentionIDs = iota
	sentenceIDs
	eventIDs
	entityIDs
	documentIDs
)

var idTables = [...]string{mentionIDs: "mentions", sentenceIDs: "sentences", eventIDs: "events", entityIDs: "entities",
	documentIDs: "documents"}

// writeQueries are the statements run at once, prepared once per
// transaction (newWriter), in the order of writer.stmts. Preparing them
// once per database instead was measured: no faster on the silver corpus.
var writeQueries = [...]string{
	`SELECT id FROM entities WHERE name = ? AND kind = ?`,
	`UPDATE documents SET source = ?, url = ?, title = ?, published = ?, published_from = ? WHERE id = ?`,
	`DELETE FROM document_sources WHERE document_id = ? AND source = ?`,
}

// stmts lists the writer's statements in the order of writeQueries.
func (w *writer) stmts() []**sql.Stmt {
	return []**sql.Stmt{&w.findEntity, &w.updateDoc, &w.dropSource}
}

// batchColumns are the table, columns and conflict clause of the batched
// inserts, in the order of writer.batches.
var batchColumns = [...][3]string{
	{"documents", `(id, source, url, title, published, published_from, sha256, extractor_version, ingested_at, text)`},
	{"document_sources", `(document_id, source, url, title, published, ingested_at)`, `ON CONFLICT DO NOTHING`},
	{"entities", `(id, name, kind)`},
	{"mentions", `(id, document_id, ordinal, char_start, char_end, byte_start, byte_end, text, type, value,
		mod, quant, freq, start, "end", granularity, rule, anchor, anchor_value, tense)`},
	{"sentences", `(id, document_id, ordinal, char_start, char_end, byte_start, byte_end, text)`},
	{"events", `(id, document_id, sentence_id, mention_id, "trigger", trigger_start, trigger_end, lemma, class,
		polarity, modality, value, start, "end", granularity, span_class, relation, anchored_by, confidence, phrase)`},
	{"event_entities", `(event_id, role, position, entity_id, alias)`},
	{"entity_aliases", `(entity_id, alias)`, `ON CONFLICT DO NOTHING`},
	{"timeline_rows", `(start, "end", document_id, trigger_start, event_id, class, modality, polarity, confidence,
		row_json)`},
}

// batches lists the writer's batched inserts in the order of batchColumns,
// which is the order flush runs them: a row's references first.
func (w *writer) batches() []**rowBatch {
	return []**rowBatch{&w.docs, &w.sources, &w.newEntities, &w.mentions, &w.sentences, &w.events, &w.links, &w.aliasRows, &w.rows}
}

// newWriter prepares the write statements in tx, and brings the shared
// entity ids up to date with the database.
func (db *DB) newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	var changes int64
	if err := tx.QueryRowContext(ctx, `SELECT n FROM entity_changes`).Scan(&changes); err != nil {
		return nil, err
	}
	db.entities.sync(changes)
	w := &writer{tx: tx, shared: db.entities, buffers: db.buffers, entities: make(map[timeline.Entity]int64),
		aliases: make(map[entityAlias]bool)}
	for i, p := range w.stmts() {
		stmt, err := tx.PrepareContext(ctx, writeQueries[i])
		if err != nil {
			w.close()
			return nil, err
		}
		*p = stmt
	}
	for i, p := range w.batches() {
		b, err := newRowBatch(ctx, tx, batchColumns[i][0], batchColumns[i][1], batchColumns[i][2])
		if err != nil {
			w.close()
			return nil, err
		}
		b.args = db.buffers.take(b.table)
		*p = b
	}
	return w, nil
}

// ids reserves n consecutive ids of table (mentionIDs, sentenceIDs,
// eventIDs, entityIDs, documentIDs) and returns the first.
func (w *writer) ids(ctx context.Context, table, n int) (int64, error) {
	if w.next[table] == 0 {
		if err := w.tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM `+idTables[table]).Scan(&w.next[table]); err != nil {
			return 0, err
		}
	}
	first := w.next[table]
	w.next[table] += int64(n)
	switch {
	case n == 0:
	case table == eventIDs:
		noteFirst(&w.firstEvent, first)
	case table == sentenceIDs:
		noteFirst(&w.firstSentence, first)
	}
	return first, nil
}

// pendingRow is a timeline row waiting for flush.
type pendingRow struct {
	key                       rowKey
	class, modality, polarity string
	confidence                float64
	json                      string
}

// addRow queues the timeline row of a dated event, or its id for the view
// to build the row when Go cannot (appendRowJSON).
func (w *writer) addRow(r *rowSource) {
	js, ok := appendRowJSON(w.json[:0], r)
	w.json = js
	if !ok {
		w.byView = append(w.byView, r.key.eventID)
		return
	}
	w.pending = append(w.pending, pendingRow{key: r.key, class: r.class, modality: r.modality, polarity: r.polarity,
		confidence: r.confidence, json: string(js)})
}

// flush inserts every queued row. Timeline rows go in in key order, so
// that each lands next to the one before it in timeline_rows' b-tree.
func (w *writer) flush(ctx context.Context) error {
	slices.SortFunc(w.pending, func(a, b pendingRow) int { return compareRowKeys(a.key, b.key) })
	for i := range w.pending {
		r := &w.pending[i]
		w.rows.add(r.key.start, r.key.end, r.key.documentID, r.key.triggerStart, r.key.eventID, r.class, r.modality,
			r.polarity, r.confidence, r.json)
	}
	clear(w.pending)
	w.pending = w.pending[:0]
	for _, b := range w.batches() {
		if err := (*b).flush(ctx); err != nil {
			w.drop()
			return err
		}
	}
	for _, id := range w.byView {
		if _, err := w.tx.ExecContext(ctx, `INSERT INTO timeline_rows SELECT * FROM timeline_rows_source WHERE event_id = ?`, id); err != nil {
			w.drop()
			return err
		}
	}
	w.byView = w.byView[:0]
	return nil
}

// drop forgets the queued rows.
func (w *writer) drop() {
	for _, b := range w.batches() {
		(*b).drop()
	}
	clear(w.pending)
	w.pending = w.pending[:0]
	w.byView = w.byView[:0]
}

// alias queues another name of an entity, once per transaction.
func (w *writer) alias(entity int64, alias string) {
	key := entityAlias{entity, alias}
	if w.aliases[key] {
		return
	}
	w.aliasRows.add(entity, alias)
	w.aliases[key] = true
}

// entityID returns the id of an entity, queueing it for insertion with
// an id of its own when new.
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
		return w.newEntity(ctx, en)
	}
	if err != nil {
		return 0, err
	}
	w.entities[en] = id
	return id, nil
}

// newEntity queues an entity the database does not hold, and returns its
// id.
func (w *writer) newEntity(ctx context.Context, en timeline.Entity) (int64, error) {
	id, err := w.ids(ctx, entityIDs, 1)
	if err != nil {
		return 0, err
	}
	w.newEntities.add(id, en.Name, string(en.Kind))
	w.entities[en] = id
	return id, nil
}

// resolveEntities finds the ids of the entities taking part in the events
// of xs, one query per lookupChunk of those this writer does not know
// yet, and queues the new ones: one query for a batch instead of one or
// two for each new name.
func (w *writer) resolveEntities(ctx context.Context, xs []timeline.Extraction) error {
	var unknown []timeline.Entity
	seen := map[timeline.Entity]bool{}
	for _, x := range xs {
		for i := range x.Events {
			for _, p := range x.Events[i].Participants {
				en := p.Entity
				if seen[en] {
					continue
				}
				seen[en] = true
				if _, ok := w.entities[en]; ok {
					continue
				}
				if id, ok := w.shared.get(en); ok {
					w.entities[en] = id
					continue
				}
				unknown = append(unknown, en)
			}
		}
	}
	for len(unknown) > 0 {
		chunk := unknown[:min(lookupChunk, len(unknown))]
		unknown = unknown[len(chunk):]
		if err := w.lookupEntities(ctx, chunk); err != nil {
			return err
		}
		for _, en := range chunk {
			if _, ok := w.entities[en]; ok {
				continue
			}
			if _, err := w.newEntity(ctx, en); err != nil {
				return err
			}
		}
	}
	return nil
}

// lookupEntities records the ids of those of ens the database holds.
func (w *writer) lookupEntities(ctx context.Context, ens []timeline.Entity) error {
	args := make([]any, 0, 2*len(ens))
	for _, en := range ens {
		args = append(args, en.Name, string(en.Kind))
	}
	rows, err := w.tx.QueryContext(ctx, `SELECT n.id, n.name, n.kind
		FROM (VALUES `+strings.TrimSuffix(strings.Repeat("(?, ?), ", len(ens)), ", ")+`) AS v
		JOIN entities n ON n.name = v.column1 AND n.kind = v.column2`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var en timeline.Entity
		if err := rows.Scan(&id, &en.Name, &en.Kind); err != nil {
			return err
		}
		w.entities[en] = id
	}
	return rows.Err()
}

// forget drops this transaction's ids, aliases and queued rows, which a
// rollback to a savepoint may have undone.
func (w *writer) forget() {
	clear(w.entities)
	clear(w.aliases)
	w.next = [5]int64{}
	w.drop()
}

func noteFirst(first *int64, id int64) {
	if *first == 0 || id < *first {
		*first = id
	}
}

// indexEvents inserts the rows still queued, then adds this transaction's
// dated events to the full-text index of phrases, and its sentences to
// theirs, one statement each.
// Events and sentences are only ever appended by the one writer, so every
// one from the first this transaction inserted on is new. The full-text
// inserts come last: FTS5 writes out its pending terms at the savepoint of
// every later statement in the transaction.
func (w *writer) indexEvents(ctx context.Context) error {
	if err := w.flush(ctx); err != nil {
		return err
	}
	if err := w.dropOrphans(ctx); err != nil {
		return err
	}
	if w.firstEvent == 0 {
		return nil
	}
	if _, err := w.tx.ExecContext(ctx, `INSERT INTO sentences_fts (rowid, text)
		SELECT id, text FROM sentences WHERE id >= ?`, w.firstSentence); err != nil {
		return err
	}
	_, err := w.tx.ExecContext(ctx, `INSERT INTO events_fts (rowid, phrase)
		SELECT id, phrase FROM events WHERE id >= ? AND start IS NOT NULL`, w.firstEvent)
	return err
}

// noteReplaced records the entities the stored events of document docID
// name, before they are replaced.
func (w *writer) noteReplaced(ctx context.Context, docID int64) error {
	rows, err := w.tx.QueryContext(ctx, `SELECT DISTINCT x.entity_id FROM event_entities x
		JOIN events e ON e.id = x.event_id WHERE e.document_id = ?`, docID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		w.replaced = append(w.replaced, id)
	}
	return rows.Err()
}

// dropOrphans deletes the entities a replaced extraction named that no
// event names any more (a re-extraction or a corrected date no longer
// finds them), as removing a document does.
func (w *writer) dropOrphans(ctx context.Context) error {
	if len(w.replaced) == 0 {
		return nil
	}
	list, err := json.Marshal(w.replaced)
	if err != nil {
		return err
	}
	w.replaced = w.replaced[:0]
	_, err = w.tx.ExecContext(ctx, `DELETE FROM entities WHERE id IN (SELECT value FROM json_each(?))
		AND NOT EXISTS (SELECT 1 FROM event_entities WHERE entity_id = entities.id)`, string(list))
	if err == nil {
		w.forget() // deleted ids must not be reused from memory
	}
	return err
}

// committed shares this transaction's entity ids once they are durable.
func (w *writer) committed() { w.shared.add(w.entities) }

func (w *writer) close() {
	for _, s := range w.stmts() {
		if *s != nil {
			(*s).Close()
		}
	}
	for _, b := range w.batches() {
		if *b != nil {
			(*b).close()
			w.buffers.put((*b).table, (*b).args)
		}
	}
}
