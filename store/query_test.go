package store_test

import (
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

func fileDigest(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestQueryRefusesWrites(t *testing.T) {
	ctx := context.Background()
	db, path := openDB(t)
	newArticle("Kept", "It happened on 1 May 2025 in Rome.").
		date("1 May 2025", "2025-05-01", timeline.GranularityDay, "2025-05-01", "2025-05-02", place("Rome")).save(t, db)
	db.Close() // checkpoints the WAL into the file, so the file alone is the database
	dir := filepath.Dir(path)
	elsewhere := filepath.Join(dir, "elsewhere.db")

	statements := []struct {
		sql  string
		code string
	}{
		{`INSERT INTO entities (name, kind) VALUES ('x', '')`, timeline.EREADONLY},
		{`insert into entities (name, kind) values ('x', '')`, timeline.EREADONLY},
		{`REPLACE INTO entities (id, name, kind) VALUES (1, 'x', '')`, timeline.EREADONLY},
		{`UPDATE documents SET title = 'changed'`, timeline.EREADONLY},
		{`DELETE FROM events`, timeline.EREADONLY},
		{`/* sneaky */ -- comment
		  DELETE FROM events`, timeline.EREADONLY},
		{`WITH doomed AS (SELECT id FROM events) DELETE FROM events WHERE id IN doomed`, timeline.EREADONLY},
		{`WITH x AS (SELECT 1) INSERT INTO entities (name, kind) SELECT 'x', '' FROM x`, timeline.EREADONLY},
		{`WITH x AS (SELECT 1) INSERT INTO events_fts_data (id, block) SELECT 999, x'00' FROM x`, timeline.EREADONLY},
		{`INSERT INTO events_fts (events_fts) VALUES ('optimize')`, timeline.EREADONLY},
		{`DROP TABLE events`, timeline.EREADONLY},
		{`DROP VIEW timeline`, timeline.EREADONLY},
		{`CREATE TABLE t (x)`, timeline.EREADONLY},
		{`CREATE TEMP TABLE t (x)`, timeline.EREADONLY},
		{`CREATE TRIGGER t AFTER INSERT ON events BEGIN DELETE FROM documents; END`, timeline.EREADONLY},
		{`ALTER TABLE documents ADD COLUMN x TEXT`, timeline.EREADONLY},
		{`ATTACH '` + elsewhere + `' AS other`, timeline.EREADONLY},
		{`VACUUM`, timeline.EREADONLY},
		{`VACUUM INTO '` + elsewhere + `'`, timeline.EREADONLY},
		{`REINDEX`, timeline.EREADONLY},
		{`ANALYZE`, timeline.EREADONLY},
		{`BEGIN`, timeline.EREADONLY},
		{`SAVEPOINT x`, timeline.EREADONLY},
		{`PRAGMA journal_mode=DELETE`, timeline.EREADONLY},
		{`PRAGMA journal_mode = delete`, timeline.EREADONLY},
		{`PRAGMA user_version = 7`, timeline.EREADONLY},
		{`PRAGMA query_only = 0`, timeline.EREADONLY},
		{`PRAGMA foreign_keys = OFF`, timeline.EREADONLY},
		{`PRAGMA wal_checkpoint(TRUNCATE)`, timeline.EREADONLY},
		{`PRAGMA optimize`, timeline.EREADONLY},
		{`SELECT 1; DELETE FROM events`, timeline.EINVALID},
		{`SELECT 1; SELECT 2`, timeline.EINVALID},
		{`SELECT * FROM no_such_table`, timeline.EINVALID},
		{`SELEC 1`, timeline.EINVALID},
		{``, timeline.EINVALID},
		{`  ; -- nothing`, timeline.EINVALID},
	}
	for _, opener := range []struct {
		name string
		open func(context.Context, string) (*store.DB, error)
	}{{"read-only", store.OpenReadOnly}, {"read-write", store.Open}} {
		t.Run(opener.name, func(t *testing.T) {
			before := fileDigest(t, path)
			db, err := opener.open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			counts := map[string]int{}
			for _, table := range []string{"documents", "events", "entities", "timeline", "events_fts"} {
				counts[table] = count(t, db, table)
			}
			for _, st := range statements {
				rows, err := db.Query(ctx, st.sql)
				if err == nil {
					for rows.Next() {
					}
					err = rows.Err()
					rows.Close()
				}
				if timeline.ErrorCode(err) != st.code {
					t.Errorf("%s: error %v (code %q); want code %q", st.sql, err, timeline.ErrorCode(err), st.code)
				} else {
					t.Logf("%s: %v", st.sql, err)
				}
			}
			for table, n := range counts {
				if got := count(t, db, table); got != n {
					t.Errorf("%s has %d rows after the attempts; want %d", table, got, n)
				}
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			if after := fileDigest(t, path); after != before {
				t.Error("database file changed")
			}
			if _, err := os.Stat(elsewhere); err == nil {
				t.Errorf("%s was created", elsewhere)
			}
		})
	}
}

func TestQuerySelect(t *testing.T) {
	ctx := context.Background()
	db := timelineFixture(t)
	tests := []struct {
		sql     string
		args    []any
		columns []string
		rows    [][]any
	}{
		{`SELECT date, start, "end", granularity, event, document FROM timeline WHERE granularity = 'day' ORDER BY start, "end" DESC, document_id`, nil,
			[]string{"date", "start", "end", "granularity", "event", "document"},
			[][]any{
				{"2025-05-01", "2025-05-01", "2025-05-02", "day", "event of 1 May 2025", "Ceasefire talks"},
				{"2025-05-01", "2025-05-01", "2025-05-02", "day", "event of 1 May 2025", "Moscow visit"},
			}},
		{`SELECT actors, places, "offset", published FROM timeline WHERE expression = 'April 2025';`, nil,
			[]string{"actors", "places", "offset", "published"},
			[][]any{{"Vladimir Putin, Anna Aide", "Moscow", int64(3), "2025-05-20"}}},
		{`SELECT count(*) AS n FROM timeline t JOIN events e ON e.id = t.event_id
			WHERE e.sentence_id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)`, []any{"ceasefire"},
			[]string{"n"}, [][]any{{int64(1)}}},
		{`SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'May OR Moscow'`, nil, []string{"count(*)"}, [][]any{{int64(5)}}},
		{`SELECT count(*) FROM events_fts WHERE events_fts MATCH 'event AND May'`, nil, []string{"count(*)"}, [][]any{{int64(4)}}},
		{`SELECT ? + 1 AS answer, NULL AS empty, 1.5 AS half, x'01' AS blob`, []any{41},
			[]string{"answer", "empty", "half", "blob"}, [][]any{{int64(42), nil, 1.5, []byte{1}}}},
		{`PRAGMA journal_mode`, nil, []string{"journal_mode"}, [][]any{{"wal"}}},
		{`SELECT name FROM pragma_table_info('entities') ORDER BY cid`, nil, []string{"name"}, [][]any{{"id"}, {"name"}, {"kind"}}},
		{`-- the entities
		  SELECT ';' AS semicolon; -- trailing`, nil, []string{"semicolon"}, [][]any{{";"}}},
	}
	for _, tt := range tests {
		t.Run(tt.sql, func(t *testing.T) {
			rows, err := db.Query(ctx, tt.sql, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			if !reflect.DeepEqual(rows.Columns(), tt.columns) {
				t.Errorf("columns = %v; want %v", rows.Columns(), tt.columns)
			}
			var got [][]any
			for rows.Next() {
				got = append(got, append([]any(nil), rows.Values()...))
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.rows) {
				t.Errorf("rows = %#v; want %#v", got, tt.rows)
			}
		})
	}

	// After a refused statement the pooled connection serves the store's
	// own queries normally.
	if _, err := db.Query(ctx, `PRAGMA user_version = 1`); timeline.ErrorCode(err) != timeline.EREADONLY {
		t.Fatalf("PRAGMA write: %v", err)
	}
	for range 5 {
		if _, n, err := db.Timeline(ctx, timeline.Filter{}); err != nil || n != 8 {
			t.Fatalf("Timeline after Query = %d, %v", n, err)
		}
	}
	if !strings.Contains(db.Path(), "timeline.db") {
		t.Errorf("Path() = %q", db.Path())
	}
}
