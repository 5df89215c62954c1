-- timeline_rows: every timeline row ready to print, clustered in timeline
-- order, so that a full export is one sequential scan instead of a random
-- lookup of the event, its mention and its entities per row (14.9 s for a
-- million events, against 1.5 s wanted).
--
-- The row is one JSON array rather than a column per field: with the pure-Go
-- driver each column read costs about 250 ns per row, which for the twenty
-- fields of a row alone took more than the whole budget (measured: 4.5 s for
-- typed columns, 0.8 s for one JSON column). The order of its elements is
-- rowFields in store/rowjson.go; the key columns repeat in it so that
-- reading them costs nothing more.
--
-- events stays the source of truth. The store adds the rows of the events a
-- transaction inserted, at its end, from timeline_rows_source; triggers keep
-- them in step with deletes and with later updates of what a row shows.

-- +goose Up
CREATE TABLE timeline_rows (
    start          TEXT NOT NULL,
    "end"          TEXT NOT NULL,
    document_id    INTEGER NOT NULL,
    mention_offset INTEGER NOT NULL,
    event_id       INTEGER NOT NULL,
    row_json       TEXT NOT NULL,
    PRIMARY KEY (start, "end" DESC, document_id, mention_offset, event_id)
) STRICT, WITHOUT ROWID;

-- The one definition of a row's content, used by the store, the backfill
-- below and the triggers. Entities are joined and grouped rather than read by
-- two correlated subqueries per event, which made ingest 7% slower. The join
-- reads event_entities through its primary key (event_id, role, position),
-- so names come in extraction order. A WHERE on event_id is pushed down into
-- the grouping, so `WHERE event_id = ?` reads one event.
CREATE VIEW timeline_rows_source AS
SELECT
    e.start          AS start,
    e."end"          AS "end",
    e.document_id    AS document_id,
    e.mention_offset AS mention_offset,
    e.id             AS event_id,
    json_array(e.id, e.document_id, e.start, e."end", e.granularity, m.value, m.type, m.mod,
        e.phrase, e.sentence, m.text, m.byte_start, m.rule, m.anchor, m.anchor_value, m.tense,
        json_group_array(n.name) FILTER (WHERE x.role = 'actor'),
        json_group_array(n.name) FILTER (WHERE x.role = 'place')) AS row_json
FROM events e
JOIN mentions m ON m.id = e.mention_id
LEFT JOIN event_entities x ON x.event_id = e.id
LEFT JOIN entities n ON n.id = x.entity_id
WHERE e.start IS NOT NULL
GROUP BY e.id;

-- In key order, so that the table is written densely, page after page.
INSERT INTO timeline_rows
SELECT * FROM timeline_rows_source ORDER BY start, "end" DESC, document_id, mention_offset, event_id;

-- Deletes go by the full key, which the deleted event carries: no index on
-- event_id is needed (a foreign key cascade would need one).
-- +goose StatementBegin
CREATE TRIGGER timeline_rows_delete AFTER DELETE ON events WHEN old.start IS NOT NULL BEGIN
    DELETE FROM timeline_rows
     WHERE start = old.start AND "end" = old."end" AND document_id = old.document_id
       AND mention_offset = old.mention_offset AND event_id = old.id;
END;
-- +goose StatementEnd

-- The store never updates what a row shows; these keep rows right when
-- somebody does with other tools. The key columns cannot change
-- (events_keep_mention).
-- +goose StatementBegin
CREATE TRIGGER timeline_rows_event_update AFTER UPDATE OF phrase, sentence ON events WHEN new.start IS NOT NULL BEGIN
    UPDATE timeline_rows SET row_json = (SELECT s.row_json FROM timeline_rows_source s WHERE s.event_id = new.id)
     WHERE start = new.start AND "end" = new."end" AND document_id = new.document_id
       AND mention_offset = new.mention_offset AND event_id = new.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_rows_mention_update AFTER UPDATE OF text, type, value, mod, byte_start, rule, anchor,
    anchor_value, tense ON mentions BEGIN
    UPDATE timeline_rows SET row_json = (SELECT s.row_json FROM timeline_rows_source s WHERE s.event_id = timeline_rows.event_id)
     WHERE (start, "end", document_id, mention_offset, event_id) IN
           (SELECT e.start, e."end", e.document_id, e.mention_offset, e.id FROM events e
             WHERE e.mention_id = new.id AND e.start IS NOT NULL);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_rows_entity_update AFTER UPDATE OF name ON entities BEGIN
    UPDATE timeline_rows SET row_json = (SELECT s.row_json FROM timeline_rows_source s WHERE s.event_id = timeline_rows.event_id)
     WHERE (start, "end", document_id, mention_offset, event_id) IN
           (SELECT e.start, e."end", e.document_id, e.mention_offset, e.id FROM event_entities x JOIN events e ON e.id = x.event_id
             WHERE x.entity_id = new.id AND e.start IS NOT NULL);
END;
-- +goose StatementEnd

-- Links change a row's actors and places. The store writes an event's links
-- before its row exists and deletes them with their event (whose row goes
-- with it), so these find no row to refresh then. There is no trigger on
-- INSERT: it would run for every link an ingest writes, for nothing (a
-- tenth slower, measured); a link added by hand shows once its event's row
-- is refreshed by any of the updates here, or by reindex.
-- +goose StatementBegin
CREATE TRIGGER timeline_rows_link_delete AFTER DELETE ON event_entities BEGIN
    UPDATE timeline_rows SET row_json = (SELECT s.row_json FROM timeline_rows_source s WHERE s.event_id = old.event_id)
     WHERE (start, "end", document_id, mention_offset, event_id) =
           (SELECT e.start, e."end", e.document_id, e.mention_offset, e.id FROM events e WHERE e.id = old.event_id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_rows_link_update AFTER UPDATE ON event_entities BEGIN
    UPDATE timeline_rows SET row_json = (SELECT s.row_json FROM timeline_rows_source s WHERE s.event_id = timeline_rows.event_id)
     WHERE (start, "end", document_id, mention_offset, event_id) IN
           (SELECT e.start, e."end", e.document_id, e.mention_offset, e.id FROM events e
             WHERE e.id IN (old.event_id, new.event_id) AND e.start IS NOT NULL);
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER timeline_rows_link_update;
DROP TRIGGER timeline_rows_link_delete;
DROP TRIGGER timeline_rows_entity_update;
DROP TRIGGER timeline_rows_mention_update;
DROP TRIGGER timeline_rows_event_update;
DROP TRIGGER timeline_rows_delete;
DROP VIEW timeline_rows_source;
DROP TABLE timeline_rows;
