-- Schema 4: entities can be deleted.
--
-- `timeline docs rm` deletes the entities that only the removed documents
-- named, and anybody may delete or rename an entity with another SQLite
-- tool. A writer keeps the ids of the entities it has looked up for the
-- life of its process (store/writer.go, entityCache): an id it holds for
-- an entity since deleted would link events to nothing, or to another
-- entity that took the freed id. entity_changes counts deletions and
-- renamings, by triggers, whoever makes them; a writer reads the count at
-- the start of every transaction and forgets its ids when it moved.
--
-- Portable as schema 3: SQLite 3.31 and Python's sqlite3.

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

-- +goose Down
DROP TRIGGER entity_changes_update;
DROP TRIGGER entity_changes_delete;
DROP TABLE entity_changes;
