-- The first schema of the timeline database.
--
-- Conventions: tables are STRICT; optional text is NULL rather than '' so that
-- `IS NULL` reads naturally in `timeline sql`; instants are TEXT written by
-- timeline.FormatInstant ("2025-05-19" at midnight, "2025-05-19T15:00"
-- otherwise), which sorts in time order and is understood by julianday().
-- Column descriptions for `timeline schema` live in store/schema.go.

-- +goose Up
CREATE TABLE documents (
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

CREATE TABLE mentions (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
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

CREATE TABLE entities (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place', '')),
    UNIQUE (name, kind)
) STRICT;

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

-- +goose Down
DROP VIEW timeline;
DROP TRIGGER events_fts_update;
DROP TRIGGER events_fts_delete;
DROP TABLE events_fts;
DROP TABLE event_entities;
DROP TABLE entities;
DROP TRIGGER events_keep_mention;
DROP TRIGGER events_match_mention;
DROP TABLE events;
DROP TABLE mentions;
DROP TABLE documents;
