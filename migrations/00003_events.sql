-- Schema 3: every event of a document, not one per time expression, and a
-- database that stock SQLite tools open.
--
-- Events: each event has its trigger word, its TimeML class, polarity and
-- modality, and its own time (the mention that dates it, or the
-- publication date, or none), the relation to that time and how it was
-- found. Participants keep their role. Sentences are stored once and
-- events point at them: a sentence holds several events.
--
-- Portability floor: SQLite 3.31 (Ubuntu 20.04) and Python's sqlite3. No
-- STRICT tables (3.37), no ORDER BY inside an aggregate (3.44), no ->>
-- (3.38), no iif (3.32), and no function the program registers, in any
-- view or trigger. Types are checked by CHECK constraints instead. Lists
-- in a fixed order are built from an ordered subquery, which SQLite
-- aggregates in that order.
--
-- Events of schema 2 cannot be turned into events of schema 3 (they have no
-- trigger), so this migration drops them and marks every document stale:
-- `timeline reindex` (which applies this migration) re-extracts them.
--
-- Column descriptions for `timeline schema` live in store/schema.go.

-- +goose Up
-- Schema 2's triggers on the tables rebuilt below refer to timeline_rows,
-- which goes first; a table rename re-reads every trigger and fails on
-- one that refers to a table no longer there.
DROP TRIGGER timeline_rows_mention_update;
DROP TRIGGER timeline_rows_entity_update;
DROP TRIGGER timeline_rows_link_update;
DROP TRIGGER timeline_rows_link_delete;
DROP VIEW timeline;
DROP VIEW timeline_rows_source;
DROP TABLE timeline_rows;
DROP TABLE events_fts;
DROP TABLE event_entities;
DROP TABLE events;

CREATE TABLE documents_v3 (
    id                INTEGER PRIMARY KEY,
    source            TEXT NOT NULL,
    url               TEXT,
    title             TEXT,
    published         TEXT,
    published_from    TEXT,
    sha256            TEXT NOT NULL UNIQUE,
    extractor_version TEXT NOT NULL,
    ingested_at       TEXT NOT NULL,
    -- text is last so that scans of the other columns skip its overflow pages.
    text              TEXT NOT NULL,
    CHECK (typeof(source) = 'text' AND typeof(text) = 'text')
);
INSERT INTO documents_v3 (id, source, url, title, published, published_from, sha256, extractor_version, ingested_at, text)
SELECT id, source, url, title, published, published_from, sha256, extractor_version || ' (schema 2)', ingested_at, text
FROM documents;

CREATE TABLE entities_v3 (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place', '')),
    UNIQUE (name, kind)
);
INSERT INTO entities_v3 SELECT * FROM entities;

CREATE TABLE mentions_v3 (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents_v3 (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    -- Offsets in Unicode code points (what substr() counts), end exclusive.
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    -- The same offsets in bytes of the UTF-8 text, as the Go code uses them.
    byte_start   INTEGER NOT NULL,
    byte_end     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    type         TEXT NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
    value        TEXT NOT NULL,
    mod          TEXT,
    quant        TEXT,
    freq         TEXT,
    start        TEXT,
    "end"        TEXT,
    granularity  TEXT,
    rule         TEXT,
    anchor       TEXT,
    anchor_value TEXT,
    tense        TEXT,
    UNIQUE (document_id, ordinal),
    CHECK (typeof(char_start) = 'integer' AND typeof(char_end) = 'integer'
       AND typeof(byte_start) = 'integer' AND typeof(byte_end) = 'integer'),
    CHECK (char_start <= char_end AND byte_start <= byte_end),
    CHECK ((start IS NULL) = ("end" IS NULL)),
    CHECK (start < "end")
);
INSERT INTO mentions_v3 SELECT * FROM mentions;

-- The old tables go and the new ones take their names. Children go before
-- their parent, and the new mentions point at documents_v3, so that the
-- implicit DELETE of a dropped table cascades into nothing; renaming
-- documents_v3 rewrites that reference.
DROP TABLE mentions;
DROP TABLE entities;
DROP TABLE documents;
ALTER TABLE documents_v3 RENAME TO documents;
ALTER TABLE mentions_v3 RENAME TO mentions;
ALTER TABLE entities_v3 RENAME TO entities;

-- Every other name of a document: a syndicated copy with another source,
-- URL or title is recorded here instead of vanishing as a duplicate.
CREATE TABLE document_sources (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    source      TEXT NOT NULL,
    url         TEXT,
    title       TEXT,
    published   TEXT,
    ingested_at TEXT NOT NULL,
    PRIMARY KEY (document_id, source)
) WITHOUT ROWID;

-- Other names an entity goes by in the texts: "ICRC" for the International
-- Committee of the Red Cross. The store adds the aliases of participants.
CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL CHECK (alias <> ''),
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_alias ON entity_aliases (alias);

-- A sentence that holds at least one event, stored once.
CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    -- Position among the document's stored sentences, from 0.
    ordinal     INTEGER NOT NULL,
    char_start  INTEGER NOT NULL,
    char_end    INTEGER NOT NULL,
    byte_start  INTEGER NOT NULL,
    byte_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    UNIQUE (document_id, ordinal),
    CHECK (typeof(char_start) = 'integer' AND typeof(char_end) = 'integer'
       AND typeof(byte_start) = 'integer' AND typeof(byte_end) = 'integer'),
    CHECK (char_start <= char_end AND byte_start <= byte_end)
);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence_id    INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    -- The time expression that dates the event, NULL when the publication
    -- date does or nothing does.
    mention_id     INTEGER REFERENCES mentions (id) ON DELETE SET NULL,
    -- The trigger: the word, its code-point offsets in the document text,
    -- its lemma.
    "trigger"      TEXT NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    lemma          TEXT NOT NULL,
    class          TEXT NOT NULL CHECK (class IN ('OCCURRENCE', 'REPORTING', 'STATE', 'I_ACTION', 'I_STATE',
                                                  'ASPECTUAL', 'PERCEPTION')),
    polarity       TEXT NOT NULL CHECK (polarity IN ('POS', 'NEG')),
    modality       TEXT NOT NULL CHECK (modality IN ('asserted', 'planned', 'possible', 'hypothetical',
                                                     'counterfactual')),
    -- The event's time: a TIMEX3 value and its interval; all NULL when
    -- undated.
    value          TEXT,
    start          TEXT,
    "end"          TEXT,
    granularity    TEXT,
    -- span_class is the smallest c >= 0 with "end" - start <= 2^c days. An
    -- event of class c that overlaps [from, to) starts after from - 2^c days,
    -- which bounds the index range scanned for it (see store/timeline.go).
    span_class     INTEGER,
    relation       TEXT CHECK (relation IN ('on', 'before', 'after', 'since', 'until', 'by')),
    anchored_by    TEXT NOT NULL CHECK (anchored_by IN ('expression', 'narrative', 'publication', 'none')),
    confidence     REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    phrase         TEXT NOT NULL,
    CHECK (typeof(trigger_start) = 'integer' AND typeof(trigger_end) = 'integer'),
    CHECK (trigger_start <= trigger_end),
    CHECK ((start IS NULL) = ("end" IS NULL) AND (start IS NULL) = (span_class IS NULL)
       AND (start IS NULL) = (value IS NULL) AND (start IS NULL) = (relation IS NULL)),
    CHECK (start < "end"),
    CHECK ((start IS NULL) = (anchored_by = 'none')),
    CHECK (mention_id IS NULL OR anchored_by IN ('expression', 'narrative'))
);

-- The timeline order: an unfiltered page or a full export reads it in
-- order. It also covers what the default timeline filters on (class,
-- modality, polarity), so that counting a page's total reads no event.
CREATE INDEX events_timeline ON events (start, "end" DESC, document_id, trigger_start, granularity,
    class, modality, polarity)
    WHERE start IS NOT NULL;
-- Overlap with a date range: one range scan per span class.
CREATE INDEX events_span ON events (span_class, start, "end", document_id, trigger_start,
    class, modality, polarity)
    WHERE start IS NOT NULL;
CREATE INDEX events_granularity ON events (granularity, start, class, modality, polarity)
    WHERE start IS NOT NULL;
CREATE INDEX events_mention ON events (mention_id) WHERE mention_id IS NOT NULL;
CREATE INDEX events_document ON events (document_id, trigger_start);
CREATE INDEX events_sentence ON events (sentence_id);

-- Who takes part in an event, and how.
CREATE TABLE event_entities (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('agent', 'patient', 'recipient', 'co-agent', 'place')),
    -- position keeps the extractor's order among all the event's participants.
    position  INTEGER NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    -- The other name the text used for the entity here ("Putin"), NULL
    -- when it used the canonical name or a pronoun.
    alias     TEXT CHECK (alias <> ''),
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

CREATE INDEX event_entities_entity ON event_entities (entity_id, role);

-- Full-text indexes: sentences (the evidence) once each, and the phrases
-- of dated events, the only ones a search can show (more than half of all
-- events are undated: indexing them too cost a tenth of an ingest).
-- External content: the text lives once, in its table; the phrases' content
-- is the view of dated events, so that FTS5's 'rebuild' and content
-- 'integrity-check' see what the index holds. Deletes and updates are kept
-- in step by triggers, whose conditions must stay symmetric: an FTS5
-- 'delete' of a row never inserted corrupts the index. New rows are indexed
-- by the store with one INSERT ... SELECT per transaction, not by a trigger
-- (FTS5 flushes at every statement savepoint, so a per-row trigger made
-- ingest several times slower).
CREATE VIRTUAL TABLE sentences_fts USING fts5 (
    text,
    content = 'sentences', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIEW events_fts_source AS SELECT id, phrase FROM events WHERE start IS NOT NULL;
CREATE VIRTUAL TABLE events_fts USING fts5 (
    phrase,
    content = 'events_fts_source', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- +goose StatementBegin
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_fts_delete AFTER DELETE ON events WHEN old.start IS NOT NULL BEGIN
    INSERT INTO events_fts (events_fts, rowid, phrase) VALUES ('delete', old.id, old.phrase);
END;
-- +goose StatementEnd

-- An event that gains or loses its date joins or leaves the index.
-- +goose StatementBegin
CREATE TRIGGER events_fts_update AFTER UPDATE OF phrase, start ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, phrase) SELECT 'delete', old.id, old.phrase WHERE old.start IS NOT NULL;
    INSERT INTO events_fts (rowid, phrase) SELECT new.id, new.phrase WHERE new.start IS NOT NULL;
END;
-- +goose StatementEnd

-- One row per event whose date is on the calendar, whatever its class,
-- modality or polarity: what `timeline sql` users query. The lists of
-- names follow the extractor's order.
CREATE VIEW timeline AS
SELECT
    e.value                                   AS date,
    e.start                                   AS start,
    e."end"                                   AS "end",
    e.granularity                             AS granularity,
    e.phrase                                  AS event,
    s.text                                    AS evidence,
    m.text                                    AS expression,
    coalesce(nullif(d.title, ''), d.source)   AS document,
    d.published                               AS published,
    e."trigger"                               AS "trigger",
    e.trigger_start                           AS trigger_start,
    e.trigger_end                             AS trigger_end,
    e.lemma                                   AS lemma,
    e.class                                   AS class,
    e.modality                                AS modality,
    e.polarity                                AS polarity,
    e.relation                                AS relation,
    e.anchored_by                             AS anchored_by,
    e.confidence                              AS confidence,
    (SELECT group_concat(p, ', ') FROM (
        SELECT n.name || ' (' || x.role || ')' AS p
          FROM event_entities x JOIN entities n ON n.id = x.entity_id
         WHERE x.event_id = e.id ORDER BY x.position)) AS participants,
    (SELECT group_concat(name, ', ') FROM (
        SELECT n.name AS name
          FROM event_entities x JOIN entities n ON n.id = x.entity_id
         WHERE x.event_id = e.id AND n.kind <> 'place'
         GROUP BY n.name ORDER BY min(x.position))) AS actors,
    (SELECT group_concat(name, ', ') FROM (
        SELECT n.name AS name
          FROM event_entities x JOIN entities n ON n.id = x.entity_id
         WHERE x.event_id = e.id AND n.kind = 'place'
         GROUP BY n.name ORDER BY min(x.position))) AS places,
    e.id                                      AS event_id,
    e.document_id                             AS document_id,
    e.mention_id                              AS mention_id,
    m.type                                    AS type,
    m.mod                                     AS mod,
    d.source                                  AS source,
    d.url                                     AS url,
    m.char_start                              AS "offset",
    m.byte_start                              AS byte_offset,
    m.rule                                    AS rule,
    m.anchor                                  AS anchor,
    m.anchor_value                            AS anchor_value,
    m.tense                                   AS tense
FROM events e
JOIN sentences s ON s.id = e.sentence_id
JOIN documents d ON d.id = e.document_id
LEFT JOIN mentions m ON m.id = e.mention_id
WHERE e.start IS NOT NULL;

-- timeline_rows: every timeline row ready to print, clustered in timeline
-- order, so that a full export is one sequential scan (see migration 2 for
-- why one JSON array). The order of its elements is rowFields in
-- store/rowjson.go. class, modality and polarity are repeated outside the
-- array so that the default timeline, which filters on them, is that scan
-- too.
CREATE TABLE timeline_rows (
    start          TEXT NOT NULL,
    "end"          TEXT NOT NULL,
    document_id    INTEGER NOT NULL,
    trigger_start  INTEGER NOT NULL,
    event_id       INTEGER NOT NULL,
    class          TEXT NOT NULL,
    modality       TEXT NOT NULL,
    polarity       TEXT NOT NULL,
    row_json       TEXT NOT NULL,
    PRIMARY KEY (start, "end" DESC, document_id, trigger_start, event_id)
) WITHOUT ROWID;

-- The one definition of a row's content, used by the store and by the
-- triggers. Entities are joined and grouped rather than read by correlated
-- subqueries per event; the join reads event_entities through its primary
-- key (event_id, position), so names come in extraction order. A WHERE on
-- event_id is pushed down into the grouping, so `WHERE event_id = ?` reads
-- one event.
CREATE VIEW timeline_rows_source AS
SELECT
    e.start          AS start,
    e."end"          AS "end",
    e.document_id    AS document_id,
    e.trigger_start  AS trigger_start,
    e.id             AS event_id,
    e.class          AS class,
    e.modality       AS modality,
    e.polarity       AS polarity,
    json_array(e.id, e.document_id, e.start, e."end", e.granularity, e.value, m.type, m.mod,
        e.phrase, s.text, m.text, m.byte_start, m.rule, m.anchor, m.anchor_value, m.tense,
        json_group_array(DISTINCT n.name) FILTER (WHERE n.kind <> 'place'),
        json_group_array(DISTINCT n.name) FILTER (WHERE n.kind = 'place'),
        e."trigger", e.trigger_start, e.trigger_end, e.lemma, e.class, e.modality, e.polarity, e.relation,
        e.anchored_by, e.confidence,
        json_group_array(json_array(n.name, n.kind, x.role, x.alias)) FILTER (WHERE x.role IS NOT NULL)) AS row_json
FROM events e
JOIN sentences s ON s.id = e.sentence_id
LEFT JOIN mentions m ON m.id = e.mention_id
LEFT JOIN event_entities x ON x.event_id = e.id
LEFT JOIN entities n ON n.id = x.entity_id
WHERE e.start IS NOT NULL
GROUP BY e.id;

-- Deletes go by the full key, which the deleted event carries: no index on
-- event_id is needed.
-- +goose StatementBegin
CREATE TRIGGER timeline_rows_delete AFTER DELETE ON events WHEN old.start IS NOT NULL BEGIN
    DELETE FROM timeline_rows
     WHERE start = old.start AND "end" = old."end" AND document_id = old.document_id
       AND trigger_start = old.trigger_start AND event_id = old.id;
END;
-- +goose StatementEnd

-- The store never updates what a row shows; these keep rows right when
-- somebody does with other tools. Every trigger finds its rows by their
-- full key, through events: timeline_rows has no index on event_id, and a
-- trigger that looked a row up by event_id alone would read the whole
-- table once for each link a reindex deletes.
-- +goose StatementBegin
CREATE TRIGGER timeline_rows_event_update AFTER UPDATE ON events BEGIN
    DELETE FROM timeline_rows
     WHERE start = old.start AND "end" = old."end" AND document_id = old.document_id
       AND trigger_start = old.trigger_start AND event_id = old.id;
    INSERT INTO timeline_rows SELECT * FROM timeline_rows_source WHERE event_id = new.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_rows_sentence_update AFTER UPDATE OF text ON sentences BEGIN
    UPDATE timeline_rows SET row_json = (SELECT s.row_json FROM timeline_rows_source s WHERE s.event_id = timeline_rows.event_id)
     WHERE (start, "end", document_id, trigger_start, event_id) IN
           (SELECT e.start, e."end", e.document_id, e.trigger_start, e.id FROM events e
             WHERE e.sentence_id = new.id AND e.start IS NOT NULL);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_rows_mention_update AFTER UPDATE OF text, type, value, mod, byte_start, rule, anchor,
    anchor_value, tense ON mentions BEGIN
    UPDATE timeline_rows SET row_json = (SELECT s.row_json FROM timeline_rows_source s WHERE s.event_id = timeline_rows.event_id)
     WHERE (start, "end", document_id, trigger_start, event_id) IN
           (SELECT e.start, e."end", e.document_id, e.trigger_start, e.id FROM events e
             WHERE e.mention_id = new.id AND e.start IS NOT NULL);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_rows_entity_update AFTER UPDATE OF name, kind ON entities BEGIN
    UPDATE timeline_rows SET row_json = (SELECT s.row_json FROM timeline_rows_source s WHERE s.event_id = timeline_rows.event_id)
     WHERE (start, "end", document_id, trigger_start, event_id) IN
           (SELECT e.start, e."end", e.document_id, e.trigger_start, e.id FROM event_entities x JOIN events e ON e.id = x.event_id
             WHERE x.entity_id = new.id AND e.start IS NOT NULL);
END;
-- +goose StatementEnd

-- Links change a row's participants. The store writes an event's links
-- before its row exists and deletes them with their event (whose row goes
-- with it), so these find no row to refresh then. There is no trigger on
-- INSERT: it would run for every link an ingest writes, for nothing; a
-- link added by hand shows once its event's row is refreshed by any of the
-- updates here, or by reindex.
-- +goose StatementBegin
CREATE TRIGGER timeline_rows_link_delete AFTER DELETE ON event_entities BEGIN
    UPDATE timeline_rows SET row_json = (SELECT s.row_json FROM timeline_rows_source s WHERE s.event_id = old.event_id)
     WHERE (start, "end", document_id, trigger_start, event_id) =
           (SELECT e.start, e."end", e.document_id, e.trigger_start, e.id FROM events e WHERE e.id = old.event_id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER timeline_rows_link_update AFTER UPDATE ON event_entities BEGIN
    UPDATE timeline_rows SET row_json = (SELECT s.row_json FROM timeline_rows_source s WHERE s.event_id = timeline_rows.event_id)
     WHERE (start, "end", document_id, trigger_start, event_id) IN
           (SELECT e.start, e."end", e.document_id, e.trigger_start, e.id FROM events e
             WHERE e.id IN (old.event_id, new.event_id) AND e.start IS NOT NULL);
END;
-- +goose StatementEnd

-- +goose Down
-- Back to schema 2: its tables and views as they were, without events
-- (schema 3's events have no schema 2 form); documents are marked stale so
-- that reindex under the older program re-extracts them.
DROP TRIGGER timeline_rows_mention_update;
DROP TRIGGER timeline_rows_entity_update;
DROP VIEW timeline;
DROP VIEW timeline_rows_source;
DROP TABLE timeline_rows;
DROP TABLE events_fts;
DROP VIEW events_fts_source;
DROP TABLE sentences_fts;
DROP TABLE event_entities;
DROP TABLE events;
DROP TABLE sentences;
DROP TABLE entity_aliases;
DROP TABLE document_sources;

CREATE TABLE documents_v2 (
    id                INTEGER PRIMARY KEY,
    source            TEXT NOT NULL,
    url               TEXT,
    title             TEXT,
    published         TEXT,
    published_from    TEXT,
    sha256            TEXT NOT NULL UNIQUE,
    extractor_version TEXT NOT NULL,
    ingested_at       TEXT NOT NULL,
    -- text is last so that scans of the other columns skip its overflow pages.
    text              TEXT NOT NULL
) STRICT;
INSERT INTO documents_v2 (id, source, url, title, published, published_from, sha256, extractor_version, ingested_at, text)
SELECT id, source, url, title, published, published_from, sha256, extractor_version || ' (schema 3)', ingested_at, text
FROM documents;

CREATE TABLE entities_v2 (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place', '')),
    UNIQUE (name, kind)
) STRICT;
INSERT INTO entities_v2 SELECT * FROM entities;

CREATE TABLE mentions_v2 (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents_v2 (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    -- Offsets in Unicode code points (what substr() counts), end exclusive.
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    -- The same offsets in bytes of the UTF-8 text, as the Go code uses them.
    byte_start   INTEGER NOT NULL,
    byte_end     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    type         TEXT NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
    value        TEXT NOT NULL,
    mod          TEXT,
    quant        TEXT,
    freq         TEXT,
    start        TEXT,
    "end"        TEXT,
    granularity  TEXT,
    rule         TEXT,
    anchor       TEXT,
    anchor_value TEXT,
    tense        TEXT,
    UNIQUE (document_id, ordinal),
    CHECK (char_start <= char_end AND byte_start <= byte_end),
    CHECK ((start IS NULL) = ("end" IS NULL)),
    CHECK (start < "end")
) STRICT;
INSERT INTO mentions_v2 SELECT * FROM mentions;

DROP TABLE mentions;
DROP TABLE entities;
DROP TABLE documents;
ALTER TABLE documents_v2 RENAME TO documents;
ALTER TABLE mentions_v2 RENAME TO mentions;
ALTER TABLE entities_v2 RENAME TO entities;

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    mention_id     INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
    -- Copies of the mention's start, "end", granularity and char_start, so
    -- that filtering and ordering the timeline reads one covering index
    -- instead of joining a million mentions. Written with the mention, in the
    -- same transaction, and never updated.
    start          TEXT,
    "end"          TEXT,
    granularity    TEXT,
    mention_offset INTEGER NOT NULL,
    -- span_class is the smallest c >= 0 with "end" - start <= 2^c days. An
    -- event of class c that overlaps [from, to) starts after from - 2^c days,
    -- which bounds the index range scanned for it (see store/timeline.go).
    span_class     INTEGER,
    phrase         TEXT NOT NULL,
    sentence       TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    CHECK ((start IS NULL) = ("end" IS NULL) AND (start IS NULL) = (span_class IS NULL)),
    CHECK (start < "end"),
    CHECK (sentence_start <= sentence_end)
) STRICT;

-- The copies must match their mention, whatever code writes them.
-- +goose StatementBegin
CREATE TRIGGER events_match_mention BEFORE INSERT ON events
WHEN NOT EXISTS (SELECT 1 FROM mentions m WHERE m.id = new.mention_id AND m.document_id = new.document_id
    AND m.start IS new.start AND m."end" IS new."end" AND m.granularity IS new.granularity
    AND m.char_start = new.mention_offset)
BEGIN
    SELECT RAISE(ABORT, 'event does not match its mention');
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_keep_mention BEFORE UPDATE OF document_id, mention_id, start, "end", granularity,
    mention_offset, span_class ON events
BEGIN
    SELECT RAISE(ABORT, 'an event''s date is its mention''s: replace the extraction instead');
END;
-- +goose StatementEnd

-- The timeline order: an unfiltered page or a full export reads it in order.
CREATE INDEX events_timeline ON events (start, "end" DESC, document_id, mention_offset, granularity)
    WHERE start IS NOT NULL;
-- Overlap with a date range: one range scan per span class.
CREATE INDEX events_span ON events (span_class, start, "end", document_id, mention_offset)
    WHERE start IS NOT NULL;
CREATE INDEX events_granularity ON events (granularity, start)
    WHERE start IS NOT NULL;
CREATE INDEX events_mention ON events (mention_id);
CREATE INDEX events_document ON events (document_id);

CREATE TABLE event_entities (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('actor', 'place')),
    -- position keeps the extractor's order within a role.
    position  INTEGER NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (event_id, role, position)
) STRICT, WITHOUT ROWID;

CREATE INDEX event_entities_entity ON event_entities (entity_id, role);

-- Full-text index over what dated events say: only events on the calendar
-- (start IS NOT NULL) are indexed, so a search counts timeline rows without
-- reading events. External content: the text lives once, in events. Deletes
-- and updates are kept in step by triggers (their WHEN clauses must stay
-- symmetric: an FTS5 'delete' of a row never inserted corrupts the index).
-- New events are indexed by the store with one INSERT ... SELECT per
-- transaction, not by a trigger: FTS5 flushes its pending terms at every
-- statement savepoint, so a per-row trigger wrote one index segment per
-- statement and made ingest several times slower.
CREATE VIRTUAL TABLE events_fts USING fts5 (
    phrase, sentence,
    content = 'events', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- +goose StatementBegin
CREATE TRIGGER events_fts_delete AFTER DELETE ON events WHEN old.start IS NOT NULL BEGIN
    INSERT INTO events_fts (events_fts, rowid, phrase, sentence)
    VALUES ('delete', old.id, old.phrase, old.sentence);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_fts_update AFTER UPDATE OF phrase, sentence ON events WHEN old.start IS NOT NULL BEGIN
    INSERT INTO events_fts (events_fts, rowid, phrase, sentence)
    VALUES ('delete', old.id, old.phrase, old.sentence);
    INSERT INTO events_fts (rowid, phrase, sentence) VALUES (new.id, new.phrase, new.sentence);
END;
-- +goose StatementEnd

-- One row per event whose date is on the calendar: what `timeline sql` users
-- query, and what store.Timeline reads its rows from.
CREATE VIEW timeline AS
SELECT
    m.value                                   AS date,
    e.start                                   AS start,
    e."end"                                   AS "end",
    e.granularity                             AS granularity,
    e.phrase                                  AS event,
    e.sentence                                AS evidence,
    m.text                                    AS expression,
    coalesce(nullif(d.title, ''), d.source)   AS document,
    d.published                               AS published,
    e.id                                      AS event_id,
    e.document_id                             AS document_id,
    m.id                                      AS mention_id,
    m.type                                    AS type,
    m.mod                                     AS mod,
    d.source                                  AS source,
    d.url                                     AS url,
    e.mention_offset                          AS "offset",
    m.byte_start                              AS byte_offset,
    m.rule                                    AS rule,
    m.anchor                                  AS anchor,
    m.anchor_value                            AS anchor_value,
    m.tense                                   AS tense,
    (SELECT group_concat(n.name, ', ' ORDER BY x.position)
       FROM event_entities x JOIN entities n ON n.id = x.entity_id
      WHERE x.event_id = e.id AND x.role = 'actor') AS actors,
    (SELECT group_concat(n.name, ', ' ORDER BY x.position)
       FROM event_entities x JOIN entities n ON n.id = x.entity_id
      WHERE x.event_id = e.id AND x.role = 'place') AS places
FROM events e
JOIN mentions m ON m.id = e.mention_id
JOIN documents d ON d.id = e.document_id
WHERE e.start IS NOT NULL;

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
