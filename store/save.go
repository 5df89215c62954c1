package store

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// DB is the pipeline's storage.
var _ timeline.Store = (*DB)(nil)

// SaveDocument stores a document with its mentions and events in one
// transaction, all or nothing. Events refer to mentions by index; their
// sentences are stored once each. It fills in
// doc.SHA256 when empty, doc.IngestedAt when zero, and doc.ID. When a
// document with the same SHA256 is already stored it sets doc.ID to the
// stored one and reports stored=false; it may update the stored one, as
// SaveDocuments says.
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
	groups, err := db.planCopies(ctx, w, docs, results)
	if err != nil {
		return nil, err
	}
	if !savepoints {
		// With savepoints, each document queues its own new entities, so
		// that a document rolled back takes them along.
		var xs []timeline.Extraction // the extractions the batch writes
		for _, g := range groups {
			if g.isNew || g.reindex {
				xs = append(xs, g.x)
			}
		}
		if err := w.resolveEntities(ctx, xs); err != nil {
			return nil, db.mapError(err, ours)
		}
	}
	for _, g := range groups {
		if savepoints {
			err = db.saveInSavepoint(ctx, w, g)
		} else {
			err = db.saveGroup(ctx, w, g)
			if timeline.ErrorCode(err) == timeline.EINVALID {
				return nil, errRetryWithSavepoints
			}
		}
		if err != nil && timeline.ErrorCode(err) != timeline.EINVALID {
			return nil, err
		}
		if err != nil {
			g.err = err
			for _, i := range g.members {
				results[i] = timeline.SaveResult{Err: err}
			}
		}
	}
	// Queued rows go in now, so that a refusal retries the batch.
	if err := w.flush(ctx); err != nil {
		if err = db.mapError(err, ours); timeline.ErrorCode(err) == timeline.EINVALID && !savepoints {
			return nil, errRetryWithSavepoints
		}
		return nil, err
	}
	if err := w.indexEvents(ctx); err != nil {
		return nil, db.mapError(err, ours)
	}
	if err := tx.Commit(); err != nil {
		return nil, db.mapError(err, ours)
	}
	w.committed()
	// IDs are published only once they are durable.
	for _, g := range groups {
		if g.err != nil {
			continue
		}
		for _, i := range g.members {
			docs[i].Document.ID = g.id
			if of := results[i].Of; of != nil {
				of.ID = g.id
			}
		}
	}
	return results, nil
}

// planCopies checks every document of a batch and groups them by text: a
// text already stored, or new to the database. The first document of a
// new text is stored; every other one is a copy, merged into its group
// (copyGroup.add), its result set here. Groups come in the order of their
// first document, so that new documents get ids in input order.
func (db *DB) planCopies(ctx context.Context, w *writer, docs []timeline.Extraction, results []timeline.SaveResult) ([]*copyGroup, error) {
	shas := make([]string, 0, len(docs))
	for i, x := range docs {
		if err := prepare(x); err != nil {
			results[i] = timeline.SaveResult{Err: err}
			continue
		}
		shas = append(shas, x.Document.SHA256)
	}
	stored, err := db.storedCopies(ctx, w, shas)
	if err != nil {
		return nil, err
	}
	var groups []*copyGroup
	bySHA := map[string]*copyGroup{}
	for i, x := range docs {
		if results[i].Err != nil {
			continue
		}
		doc := x.Document
		g := bySHA[doc.SHA256]
		if g == nil {
			if g = stored[doc.SHA256]; g == nil { // a new text: this document is stored
				g = &copyGroup{isNew: true, state: *doc, x: x, members: []int{i}}
				bySHA[doc.SHA256] = g
				groups = append(groups, g)
				results[i] = timeline.SaveResult{Stored: true}
				continue
			}
			bySHA[doc.SHA256] = g
			groups = append(groups, g)
		}
		results[i] = g.add(i, x)
	}
	return groups, nil
}

// lookupChunk is how many documents or entities one look-up query of the
// writer finds: one query for a batch rather than one for each.
const lookupChunk = 200

// storedCopies returns the groups of the stored documents with the given
// text hashes, by hash.
func (db *DB) storedCopies(ctx context.Context, w *writer, shas []string) (map[string]*copyGroup, error) {
	found := map[string]*copyGroup{}
	for len(shas) > 0 {
		chunk := shas[:min(lookupChunk, len(shas))]
		shas = shas[len(chunk):]
		if err := db.storedChunk(ctx, w, chunk, found); err != nil {
			return nil, err
		}
	}
	return found, nil
}

// storedChunk adds to found the groups of the stored documents with the
// given text hashes.
func (db *DB) storedChunk(ctx context.Context, w *writer, shas []string, found map[string]*copyGroup) error {
	args := make([]any, len(shas))
	for i, sha := range shas {
		args[i] = sha
	}
	rows, err := w.tx.QueryContext(ctx, `SELECT id, source, coalesce(url, ''), coalesce(title, ''), coalesce(published, ''),
		coalesce(published_from, ''), extractor_version, ingested_at, sha256
		FROM documents WHERE sha256 IN (`+strings.TrimSuffix(strings.Repeat("?, ", len(shas)), ", ")+`)`, args...)
	if err != nil {
		return db.mapError(err, ours)
	}
	defer rows.Close()
	for rows.Next() {
		g := &copyGroup{}
		s := &g.state
		var published, ingested string
		if err := rows.Scan(&g.id, &s.Source, &s.URL, &s.Title, &published, &s.PublishedFrom,
			&s.ExtractorVersion, &ingested, &s.SHA256); err != nil {
			return db.mapError(err, ours)
		}
		s.ID = g.id
		if published != "" {
			if s.Published, err = timeline.ParseInstant(published); err != nil {
				return badValue("document", g.id, "published", published)
			}
		}
		if s.IngestedAt, err = time.Parse(time.RFC3339, ingested); err != nil {
			return badValue("document", g.id, "ingested_at", ingested)
		}
		found[s.SHA256] = g
	}
	return db.mapError(rows.Err(), ours)
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

// saveInSavepoint saves one group so that its failure undoes only itself.
func (db *DB) saveInSavepoint(ctx context.Context, w *writer, g *copyGroup) error {
	if _, err := w.tx.ExecContext(ctx, `SAVEPOINT document`); err != nil {
		return db.mapError(err, ours)
	}
	err := db.saveGroup(ctx, w, g)
	if err == nil {
		err = db.mapError(w.flush(ctx), ours) // the group's rows, within its savepoint
	}
	if err != nil {
		w.forget() // ids cached since the savepoint may be rolled back
		if _, rerr := w.tx.ExecContext(ctx, `ROLLBACK TO document`); rerr != nil {
			return db.mapError(rerr, ours)
		}
	}
	if _, rerr := w.tx.ExecContext(ctx, `RELEASE document`); rerr != nil {
		return db.mapError(rerr, ours)
	}
	return err
}

// saveGroup writes what a batch does to one text: the new document with
// its extraction, or the changes its copies make to the stored one, and
// the other sources they add.
func (db *DB) saveGroup(ctx context.Context, w *writer, g *copyGroup) error {
	s := &g.state
	published := nullable(timeline.FormatInstant(s.Published))
	switch {
	case g.isNew:
		var err error
		if g.id, err = w.ids(ctx, documentIDs, 1); err != nil {
			return db.mapError(err, ours)
		}
		w.docs.add(g.id, s.Source, nullable(s.URL), nullable(s.Title), published,
			nullable(s.PublishedFrom), s.SHA256, g.x.Document.ExtractorVersion, formatIngested(s), s.Text)
		if err := db.insertExtraction(ctx, w, g.id, s.Text, g.x.Mentions, g.x.Events); err != nil {
			return err
		}
	case g.changed:
		if _, err := w.updateDoc.ExecContext(ctx, s.Source, nullable(s.URL), nullable(s.Title), published,
			nullable(s.PublishedFrom), g.id); err != nil {
			return db.mapError(err, ours)
		}
		if g.reindex {
			if err := db.replaceRows(ctx, w, g.id, g.x); err != nil {
				return err
			}
		}
	}
	for _, source := range g.dropped {
		if _, err := w.dropSource.ExecContext(ctx, g.id, source); err != nil {
			return db.mapError(err, ours)
		}
	}
	// In a fixed order, so that a rerun of the batch writes the same rows.
	sources := slices.Sorted(maps.Keys(g.sources))
	for _, source := range sources {
		o := g.sources[source]
		w.sources.add(g.id, source, nullable(o.url), nullable(o.title), nullable(o.published), o.ingested)
	}
	return nil
}

// replaceRows replaces the mentions, sentences and events of the stored
// document docID by x's, and records x's extractor version. x's document
// has the stored text.
func (db *DB) replaceRows(ctx context.Context, w *writer, docID int64, x timeline.Extraction) error {
	if err := w.noteReplaced(ctx, docID); err != nil {
		return db.mapError(err, ours)
	}
	// Events first: deleting them takes their links, their timeline rows
	// and their full-text entries (by triggers) before the mentions and
	// sentences they point at go.
	for _, table := range []string{"events", "mentions", "sentences"} {
		if _, err := w.tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE document_id = ?`, docID); err != nil {
			return db.mapError(err, ours)
		}
	}
	if _, err := w.tx.ExecContext(ctx, `UPDATE documents SET extractor_version = ? WHERE id = ?`,
		x.Document.ExtractorVersion, docID); err != nil {
		return db.mapError(err, ours)
	}
	return db.insertExtraction(ctx, w, docID, x.Document.Text, x.Mentions, x.Events)
}

// formatIngested is a document's ingest time as stored.
func formatIngested(d *timeline.Document) string { return d.IngestedAt.UTC().Format(time.RFC3339) }

// ReplaceExtraction atomically replaces a stored document's mentions,
// sentences and events, as `timeline reindex` does after the tagger or
// extractor changed, and records the version that produced them.
func (db *DB) ReplaceExtraction(ctx context.Context, docID int64, version string, mentions []timeline.Mention, events []timeline.Event) error {
	if db.rw == nil {
		return db.readOnlyError()
	}
	tx, err := db.rw.BeginTx(ctx, nil)
	if err != nil {
		return db.mapError(err, ours)
	}
	defer tx.Rollback()

	doc := timeline.Document{ID: docID, ExtractorVersion: version}
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
	w, err := db.newWriter(ctx, tx)
	if err != nil {
		return db.mapError(err, ours)
	}
	defer w.close()
	x := timeline.Extraction{Document: &doc, Mentions: mentions, Events: events}
	if err := w.resolveEntities(ctx, []timeline.Extraction{x}); err != nil {
		return db.mapError(err, ours)
	}
	if err := db.replaceRows(ctx, w, docID, x); err != nil {
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

// insertExtraction queues a validated document's mentions, the sentences
// of its events, its events and their participants for insertion (see
// writer).
func (db *DB) insertExtraction(ctx context.Context, w *writer, docID int64, text string, mentions []timeline.Mention, events []timeline.Event) error {
	runes := newRuneIndex(text, mentions, events)
	firstMention, err := w.ids(ctx, mentionIDs, len(mentions))
	if err != nil {
		return db.mapError(err, ours)
	}
	for i := range mentions {
		m := &mentions[i]
		start, end := instants(m.Interval)
		w.mentions.add(firstMention+int64(i),
			docID, i, runes.at(m.Start), runes.at(m.End), m.Start, m.End, m.Text, string(m.Type), m.Value,
			nullable(m.Mod), nullable(m.Quant), nullable(m.Freq), start, end, nullable(string(m.Granularity)),
			nullable(m.How.Rule), nullable(m.How.Anchor), nullable(m.How.AnchorValue), nullable(m.How.Tense))
	}
	sentences, err := db.insertSentences(ctx, w, docID, text, runes, events)
	if err != nil {
		return err
	}
	firstEvent, err := w.ids(ctx, eventIDs, len(events))
	if err != nil {
		return db.mapError(err, ours)
	}
	var row rowSource
	for i := range events {
		e := &events[i]
		id := firstEvent + int64(i)
		var mentionID, start, end, class any // NULL when there is none
		var mention *timeline.Mention
		if e.Mention != timeline.NoMention {
			mentionID = firstMention + int64(e.Mention)
			mention = &mentions[e.Mention]
		}
		if e.Dated() {
			start, end = instants(e.Interval)
			class = spanClass(e.Interval)
		}
		triggerStart, triggerEnd := runes.at(e.TriggerStart), runes.at(e.TriggerEnd)
		w.events.add(id, docID, sentences[[2]int{e.SentenceStart, e.SentenceEnd}], mentionID,
			e.Trigger, triggerStart, triggerEnd, e.Lemma, string(e.Class), string(e.Polarity),
			string(e.Modality), nullable(e.Value), start, end, nullable(string(e.Granularity)), class,
			nullable(string(e.Relation)), string(e.AnchoredBy), e.Confidence, e.Phrase)
		if i%flushEvents == flushEvents-1 {
			// A long document's rows go to SQLite as they come, not all
			// at its end: what is queued is held in memory.
			if err := w.flush(ctx); err != nil {
				return db.mapError(err, ours)
			}
		}
		row.links = row.links[:0]
		if err := db.insertParticipants(ctx, w, id, e.Participants, &row.links); err != nil {
			return err
		}
		if start == nil {
			continue
		}
		row = rowSource{
			key:         rowKey{start: start.(string), end: end.(string), documentID: docID, triggerStart: triggerStart, eventID: id},
			granularity: nullable(string(e.Granularity)), value: nullable(e.Value), mention: mention,
			phrase: e.Phrase, sentence: text[e.SentenceStart:e.SentenceEnd], trigger: e.Trigger, triggerEnd: triggerEnd,
			lemma: e.Lemma, class: string(e.Class), modality: string(e.Modality), polarity: string(e.Polarity),
			relation: nullable(string(e.Relation)), anchoredBy: string(e.AnchoredBy), confidence: e.Confidence,
			links: row.links,
		}
		w.addRow(&row)
	}
	return nil
}

// flushEvents is how many events of one document are queued at most
// before the queued rows are inserted; articles are far shorter.
const flushEvents = 8192

// instants returns an interval's bounds as stored, NULL when unanchored.
func instants(iv timeline.Interval) (start, end any) {
	if iv.IsZero() {
		return nil, nil
	}
	return timeline.FormatInstant(iv.Start), timeline.FormatInstant(iv.End)
}

// insertSentences queues each sentence of the events once, in text order,
// and returns their ids by byte offsets.
func (db *DB) insertSentences(ctx context.Context, w *writer, docID int64, text string, runes runeIndex, events []timeline.Event) (map[[2]int]int64, error) {
	ids := make(map[[2]int]int64, len(events)/2+1)
	spans := make([][2]int, 0, len(events)/2+1)
	for i := range events {
		key := [2]int{events[i].SentenceStart, events[i].SentenceEnd}
		if _, ok := ids[key]; !ok {
			ids[key] = 0
			spans = append(spans, key)
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	first, err := w.ids(ctx, sentenceIDs, len(spans))
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	for ordinal, sp := range spans {
		id := first + int64(ordinal)
		w.sentences.add(id, docID, ordinal, runes.at(sp[0]), runes.at(sp[1]), sp[0], sp[1], text[sp[0]:sp[1]])
		ids[sp] = id
	}
	return ids, nil
}

// insertParticipants queues the links of an event to the entities taking
// part in it, upserting the entities and their aliases, and skipping an
// entity repeated in the same role (the first keeps its alias). It appends
// the links, as stored, to links.
func (db *DB) insertParticipants(ctx context.Context, w *writer, eventID int64, participants []timeline.Participant, links *[]rowLink) error {
	position := 0
	for i, p := range participants {
		if slices.ContainsFunc(participants[:i], func(o timeline.Participant) bool { return o.Entity == p.Entity && o.Role == p.Role }) {
			continue
		}
		id, err := w.entityID(ctx, p.Entity)
		if err != nil {
			return db.mapError(err, ours)
		}
		var alias any // NULL when none
		if p.Alias != "" && p.Alias != p.Name {
			alias = p.Alias
			w.alias(id, p.Alias)
		}
		w.links.add(eventID, string(p.Role), position, id, alias)
		*links = append(*links, rowLink{name: p.Name, kind: string(p.Kind), role: string(p.Role), alias: alias})
		position++
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
