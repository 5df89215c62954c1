-- Schema 4: documents and entities can be deleted, by timeline or by hand.
--
-- A document deleted with another SQLite tool takes everything extracted
-- from it along, even where foreign keys are not enforced: SQLite's
-- default, in its shell and in Python's sqlite3, is not to enforce them,
-- and the cascades of the schema then do nothing. The triggers below do
-- what the cascades do; where foreign keys are enforced, the cascades have
-- done it and the triggers find nothing left.
--
-- Entities: `timeline docs rm` deletes the entities that only the removed
-- documents named, and anybody may delete or rename an entity by hand. A
-- writer keeps the ids of the entities it has looked up for the life of
-- its process (store/writer.go, entityCache): an id it holds for an entity
-- since deleted would link events to nothing, or to another entity that
-- took the freed id. entity_changes counts deletions and renamings, by
-- triggers, whoever makes them; a writer reads the count at the start of
-- every transaction and forgets its ids when it moved.
--
-- Portable as schema 3: SQLite 3.31 and Python's sqlite3, no function the
-- program registers.

-- +goose Up
CREATE TABLE entity_changes (
    n INTEGER NOT NULL
);
INSERT INTO entity_changes (n) VALUES (0);

-- +goose StatementBegin
CREATE TRIGGER entity_changes_delete AFTER DELETE ON entities BEGIN
    UPDATE entity_changes SET n = n + 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER entity_changes_update AFTER UPDATE OF id, name, kind ON entities BEGIN
    UPDATE entity_changes SET n = n + 1;
END;
-- +goose StatementEnd

-- An event's links go with it (the cascade of event_entities.event_id).
-- +goose StatementBegin
CREATE TRIGGER events_links_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_entities WHERE event_id = old.id;
END;
-- +goose StatementEnd

-- A document's rows go with it (the cascades of document_id). Events go
-- first, as the store deletes them: their own triggers take their links,
-- timeline rows and full-text entries, before the mentions and sentences
-- they point at go.
-- +goose StatementBegin
CREATE TRIGGER documents_delete AFTER DELETE ON documents BEGIN
    DELETE FROM events WHERE document_id = old.id;
    DELETE FROM mentions WHERE document_id = old.id;
    DELETE FROM sentences WHERE document_id = old.id;
    DELETE FROM document_sources WHERE document_id = old.id;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER documents_delete;
DROP TRIGGER events_links_delete;
DROP TRIGGER entity_changes_update;
DROP TRIGGER entity_changes_delete;
DROP TABLE entity_changes;
