package migrations_test

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite"

	"github.com/timeline-dev/timeline/migrations"
)

// openSQLite opens an empty database file under t.TempDir.
func openSQLite(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "m.db")+"?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func newProvider(t *testing.T, db *sql.DB, fsys fs.FS) *goose.Provider {
	t.Helper()
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		t.Fatalf("NewProvider: %v", err)
	}
	return p
}

// objects lists the schema objects outside goose's own table, as "type name".
func objects(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT type || ' ' || name FROM sqlite_schema
		WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE 'goose_%' ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

func checkIntegrity(t *testing.T, db *sql.DB) {
	t.Helper()
	var res string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q, %v; want ok", res, err)
	}
	rows, err := db.Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	if rows.Next() {
		t.Fatal("foreign_key_check reports violations")
	}
}

func TestUpDownUp(t *testing.T) {
	ctx := context.Background()
	db := openSQLite(t)
	p := newProvider(t, db, migrations.FS)
	sources := p.ListSources()
	if len(sources) == 0 {
		t.Fatal("no migrations embedded")
	}
	latest := sources[len(sources)-1].Version

	want := []string{"table documents", "table mentions", "table sentences", "table events", "table entities",
		"table event_entities", "table entity_aliases", "table document_sources", "table events_fts",
		"table sentences_fts", "view timeline", "index events_timeline", "index events_span",
		"trigger events_fts_delete", "trigger sentences_fts_delete",
		"table timeline_rows", "view timeline_rows_source", "trigger timeline_rows_delete"}
	for round := 1; round <= 2; round++ {
		if _, err := p.Up(ctx); err != nil {
			t.Fatalf("round %d: Up: %v", round, err)
		}
		if v, err := p.GetDBVersion(ctx); err != nil || v != latest {
			t.Fatalf("round %d: version after Up = %d, %v; want %d", round, v, err, latest)
		}
		got := strings.Join(objects(t, db), "\n")
		for _, w := range want {
			if !strings.Contains(got+"\n", w+"\n") {
				t.Errorf("round %d: after Up, schema lacks %q; have:\n%s", round, w, got)
			}
		}
		checkIntegrity(t, db)
		// The view must compile against the tables, not just exist.
		for _, view := range []string{"timeline", "timeline_rows_source"} {
			if _, err := db.Exec(`SELECT * FROM ` + view + ` LIMIT 1`); err != nil {
				t.Fatalf("round %d: query %s view: %v", round, view, err)
			}
		}

		if _, err := p.DownTo(ctx, 0); err != nil {
			t.Fatalf("round %d: DownTo(0): %v", round, err)
		}
		if v, err := p.GetDBVersion(ctx); err != nil || v != 0 {
			t.Fatalf("round %d: version after DownTo(0) = %d, %v; want 0", round, v, err)
		}
		if left := objects(t, db); len(left) != 0 {
			t.Fatalf("round %d: DownTo(0) left %v", round, left)
		}
		checkIntegrity(t, db)
	}
}

// TestMapFS runs our migrations next to an in-memory next version, as a
// future migration would be added: goose must apply and revert it on top of
// ours, statement blocks included.
func TestMapFS(t *testing.T) {
	ctx := context.Background()
	fsys := fstest.MapFS{}
	entries, err := fs.ReadDir(migrations.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	var last string
	for _, e := range entries {
		b, err := fs.ReadFile(migrations.FS, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		fsys[e.Name()] = &fstest.MapFile{Data: b}
		last = e.Name()
	}
	next := nextVersion(t, last)
	fsys[next+"_test_next.sql"] = &fstest.MapFile{Data: []byte(`-- +goose Up
ALTER TABLE documents ADD COLUMN language TEXT;
-- +goose StatementBegin
CREATE TRIGGER documents_language AFTER INSERT ON documents WHEN new.language IS NULL BEGIN
    UPDATE documents SET language = 'en' WHERE id = new.id;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER documents_language;
ALTER TABLE documents DROP COLUMN language;
`)}

	db := openSQLite(t)
	p := newProvider(t, db, fsys)
	if _, err := p.Up(ctx); err != nil {
		t.Fatalf("Up: %v", err)
	}
	if _, err := db.Exec(`INSERT INTO documents (source, sha256, extractor_version, ingested_at, text)
		VALUES ('a', 'x', 'v', '2025-01-01T00:00:00Z', 'text')`); err != nil {
		t.Fatal(err)
	}
	var lang string
	if err := db.QueryRow(`SELECT language FROM documents`).Scan(&lang); err != nil || lang != "en" {
		t.Fatalf("language = %q, %v; want the trigger to set en", lang, err)
	}
	if _, err := p.Down(ctx); err != nil {
		t.Fatalf("Down: %v", err)
	}
	if _, err := db.Exec(`SELECT language FROM documents`); err == nil {
		t.Fatal("column language survived Down")
	}
	checkIntegrity(t, db)
}

// nextVersion returns the version after the one that names file, as goose
// writes it: 00001_init.sql gives "00002".
func nextVersion(t *testing.T, file string) string {
	t.Helper()
	n, err := strconv.Atoi(file[:5])
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return fmt.Sprintf("%05d", n+1)
}

func TestFileNames(t *testing.T) {
	entries, err := fs.ReadDir(migrations.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	name := regexp.MustCompile(`^\d{5}_[a-z0-9_]+\.sql$`)
	for i, e := range entries {
		if !name.MatchString(e.Name()) {
			t.Errorf("%s: want NNNNN_description.sql", e.Name())
		}
		if want := fmt.Sprintf("%05d_", i+1); !strings.HasPrefix(e.Name(), want) {
			t.Errorf("%s: versions must be consecutive; want prefix %s", e.Name(), want)
		}
		b, _ := fs.ReadFile(migrations.FS, e.Name())
		for _, section := range []string{"-- +goose Up", "-- +goose Down"} {
			if !strings.Contains(string(b), section) {
				t.Errorf("%s: no %q section", e.Name(), section)
			}
		}
	}
}

// TestDownFromEvents takes a database with a schema 3 event back to
// schema 2 and up again: documents, mentions and entities stay, events
// (which schema 2 cannot hold) go, documents are marked stale, and the
// foreign keys hold at every step.
func TestDownFromEvents(t *testing.T) {
	ctx := context.Background()
	db := openSQLite(t)
	p := newProvider(t, db, migrations.FS)
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		`INSERT INTO documents (id, source, sha256, extractor_version, ingested_at, text)
		 VALUES (1, 'a.txt', 'aa', 'v3', '2025-05-20T10:00:00Z', 'Talks began on Monday.')`,
		`INSERT INTO mentions (id, document_id, ordinal, char_start, char_end, byte_start, byte_end, text, type, value, start, "end", granularity)
		 VALUES (1, 1, 0, 15, 21, 15, 21, 'Monday', 'DATE', '2025-05-19', '2025-05-19', '2025-05-20', 'day')`,
		`INSERT INTO sentences VALUES (1, 1, 0, 0, 22, 0, 22, 'Talks began on Monday.')`,
		`INSERT INTO entities (id, name, kind) VALUES (1, 'Ann', 'person')`,
		`INSERT INTO entity_aliases VALUES (1, 'A.')`,
		`INSERT INTO events (id, document_id, sentence_id, mention_id, "trigger", trigger_start, trigger_end, lemma, class,
			polarity, modality, value, start, "end", granularity, span_class, relation, anchored_by, confidence, phrase)
		 VALUES (1, 1, 1, 1, 'began', 6, 11, 'begin', 'ASPECTUAL', 'POS', 'asserted', '2025-05-19', '2025-05-19', '2025-05-20',
			'day', 0, 'on', 'expression', 0.9, 'talks began')`,
		`INSERT INTO event_entities VALUES (1, 'agent', 0, 1, 'A.')`,
		`INSERT INTO timeline_rows SELECT * FROM timeline_rows_source`,
	} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	count := func(table string) int {
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		return n
	}
	if _, err := p.DownTo(ctx, 2); err != nil {
		t.Fatalf("DownTo(2): %v", err)
	}
	checkIntegrity(t, db)
	var version string
	if err := db.QueryRow(`SELECT extractor_version FROM documents`).Scan(&version); err != nil || version != "v3 (schema 3)" {
		t.Errorf("extractor_version after Down = %q, %v; want it marked stale", version, err)
	}
	if d, m, e, n := count("documents"), count("mentions"), count("events"), count("entities"); d != 1 || m != 1 || e != 0 || n != 1 {
		t.Errorf("after Down: %d documents, %d mentions, %d events, %d entities; want 1, 1, 0, 1", d, m, e, n)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatalf("Up again: %v", err)
	}
	checkIntegrity(t, db)
	if err := db.QueryRow(`SELECT extractor_version FROM documents`).Scan(&version); err != nil || version != "v3 (schema 3) (schema 2)" {
		t.Errorf("extractor_version after Up again = %q, %v", version, err)
	}
}
