package store

import (
	"context"
	"database/sql"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// Events returns every event of a document, dated or not, in the order
// they were saved (the extractor's), with byte offsets and mention
// indexes as the extractor produced them: what SaveDocument stored.
func (db *DB) Events(ctx context.Context, docID int64) ([]timeline.Event, error) {
	tx, err := db.ro.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // events and links from one snapshot
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, docID).Scan(&n); err != nil {
		return nil, db.mapError(err, ours)
	} else if n == 0 {
		return nil, timeline.Errorf(timeline.ENOTFOUND, "document %d not found", docID)
	}
	rows, err := tx.QueryContext(ctx, `SELECT e.id, e."trigger", e.trigger_start, e.trigger_end, e.lemma, e.class,
		e.polarity, e.modality, coalesce(m.ordinal, -1), coalesce(e.value, ''), coalesce(e.start, ''), coalesce(e."end", ''),
		coalesce(e.granularity, ''), coalesce(e.relation, ''), e.anchored_by, e.confidence, e.phrase,
		s.text, s.char_start, s.byte_start, s.byte_end
		FROM events e JOIN sentences s ON s.id = e.sentence_id LEFT JOIN mentions m ON m.id = e.mention_id
		WHERE e.document_id = ? ORDER BY e.id`, docID)
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	defer rows.Close()
	var out []timeline.Event
	byID := map[int64]int{}
	for rows.Next() {
		e := timeline.Event{DocumentID: docID}
		var class, polarity, modality, start, end, granularity, relation, anchoredBy string
		var triggerStart, triggerEnd, sentenceChar int
		if err := rows.Scan(&e.ID, &e.Trigger, &triggerStart, &triggerEnd, &e.Lemma, &class, &polarity, &modality,
			&e.Mention, &e.Value, &start, &end, &granularity, &relation, &anchoredBy, &e.Confidence, &e.Phrase,
			&e.Sentence, &sentenceChar, &e.SentenceStart, &e.SentenceEnd); err != nil {
			return nil, db.mapError(err, ours)
		}
		e.Class, e.Polarity, e.Modality = timeline.EventClass(class), timeline.Polarity(polarity), timeline.Modality(modality)
		e.Granularity, e.Relation, e.AnchoredBy = timeline.Granularity(granularity), timeline.Relation(relation), timeline.Anchoring(anchoredBy)
		if start != "" {
			if e.Interval.Start, err = timeline.ParseInstant(start); err != nil {
				return nil, badValue("event", e.ID, "start", start)
			}
			if e.Interval.End, err = timeline.ParseInstant(end); err != nil {
				return nil, badValue("event", e.ID, "end", end)
			}
		}
		// The trigger's byte offsets, from its sentence's: the sentence
		// holds the trigger, and its text is what the offsets count in.
		var ok bool
		if e.TriggerStart, ok = byteOffset(e.Sentence, e.SentenceStart, triggerStart-sentenceChar); !ok {
			return nil, badValue("event", e.ID, "trigger_start", e.Trigger)
		}
		if e.TriggerEnd, ok = byteOffset(e.Sentence, e.SentenceStart, triggerEnd-sentenceChar); !ok {
			return nil, badValue("event", e.ID, "trigger_end", e.Trigger)
		}
		byID[e.ID] = len(out)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, db.mapError(err, ours)
	}
	links, err := tx.QueryContext(ctx, `SELECT x.event_id, n.name, n.kind, x.role, coalesce(x.alias, '')
		FROM events e JOIN event_entities x ON x.event_id = e.id JOIN entities n ON n.id = x.entity_id
		WHERE e.document_id = ? ORDER BY x.event_id, x.position`, docID)
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	defer links.Close()
	for links.Next() {
		var id int64
		var p timeline.Participant
		var kind, role string
		if err := links.Scan(&id, &p.Name, &kind, &role, &p.Alias); err != nil {
			return nil, db.mapError(err, ours)
		}
		p.Kind, p.Role = timeline.EntityKind(kind), timeline.Role(role)
		e := &out[byID[id]]
		e.Participants = append(e.Participants, p)
	}
	return out, db.mapError(links.Err(), ours)
}

// byteOffset returns the byte offset in the document of the code point
// runes code points into sentence, which starts at byte base.
func byteOffset(sentence string, base, runes int) (int, bool) {
	if runes < 0 {
		return 0, false
	}
	i := 0
	for ; runes > 0 && i < len(sentence); runes-- {
		_, size := utf8.DecodeRuneInString(sentence[i:])
		i += size
	}
	return base + i, runes == 0
}
