package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/timeline-dev/timeline/migrations"
	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/ingest"
)

// rawDB opens the database file without the store, to write as other tools
// would; foreign keys on, as the store has them.
func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	return raw
}

func mustExec(t *testing.T, raw *sql.DB, query string, args ...any) {
	t.Helper()
	if _, err := raw.Exec(query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

// checkTimelineRows fails unless timeline_rows holds exactly what
// timeline_rows_source computes from the tables, and returns how many rows.
func checkTimelineRows(t *testing.T, raw *sql.DB) int {
	t.Helper()
	read := func(table string) []string {
		rows, err := raw.Query(`SELECT start, "end", document_id, trigger_start, event_id, class, modality, polarity, row_json FROM ` + table +
			` ORDER BY start, "end" DESC, document_id, trigger_start, event_id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var start, end, class, modality, polarity, js string
			var doc, offset, event int64
			if err := rows.Scan(&start, &end, &doc, &offset, &event, &class, &modality, &polarity, &js); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(start, " ", end, " ", doc, " ", offset, " ", event, " ", class, " ", modality, " ", polarity, " ", js))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	stored, want := read("timeline_rows"), read("timeline_rows_source")
	if !reflect.DeepEqual(stored, want) {
		t.Fatalf("timeline_rows is out of step:\n stored %s\n   want %s", strings.Join(stored, "\n        "), strings.Join(want, "\n        "))
	}
	return len(stored)
}

// everyRow streams the whole timeline, which EachRow reads from timeline_rows.
func everyRow(t *testing.T, db *store.DB) []timeline.Row {
	t.Helper()
	var rows []timeline.Row
	if err := db.EachRow(context.Background(), timeline.Filter{}, func(r *timeline.Row) error {
		rows = append(rows, *r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestTimelineRowsInStep changes the database every way the store and other
// tools can, and checks timeline_rows after each.
func TestTimelineRowsInStep(t *testing.T) {
	ctx := context.Background()
	db := timelineFixture(t)
	raw := rawDB(t, db.Path())
	if n := checkTimelineRows(t, raw); n != 8 {
		t.Fatalf("%d timeline rows after saving; want 8", n)
	}

	// Reindex: the document's events are deleted and new ones inserted.
	b := newArticle("Moscow visit", "In April 2025 Putin visited Moscow. On 1 May 2025 he spoke.").
		date("April 2025", "2025-04", timeline.GranularityMonth, "2025-04-01", "2025-05-01", person("Anna Aide")).
		date("May 2025", "2025-05", timeline.GranularityMonth, "2025-05-01", "2025-06-01", place("Moscow"))
	if err := db.ReplaceExtraction(ctx, 2, "test-2", b.mentions, b.events); err != nil {
		t.Fatal(err)
	}
	checkTimelineRows(t, raw)

	// A batch in which a document fails half-way is run again with
	// savepoints: the failed document's rows must not stay.
	addBoomTrigger(t, db.Path())
	c := newArticle("Later", "On 2 June 2025 it ended.").date("2 June 2025", "2025-06-02", timeline.GranularityDay, "2025-06-02", "2025-06-03")
	boom := newArticle("Boom", "On 3 June 2025 one. On 4 June 2025 two.").
		date("3 June 2025", "2025-06-03", timeline.GranularityDay, "2025-06-03", "2025-06-04").
		date("4 June 2025", "2025-06-04", timeline.GranularityDay, "2025-06-04", "2025-06-05")
	boom.events[1].Phrase = "boom"
	results, err := db.SaveDocuments(ctx, []timeline.Extraction{c.extraction(), boom.extraction()})
	if err != nil || !results[0].Stored || results[1].Err == nil {
		t.Fatalf("SaveDocuments = %+v, %v; want the second refused", results, err)
	}
	if n := checkTimelineRows(t, raw); n != 9 {
		t.Errorf("%d timeline rows after the batch; want 9", n)
	}

	for _, change := range []string{
		`UPDATE events SET phrase = 'renamed "event"' WHERE id = 1`,
		`UPDATE sentences SET text = 'A new sentence.' WHERE id = 2`,
		`UPDATE events SET class = 'REPORTING', modality = 'possible', polarity = 'NEG' WHERE id = 3`,
		`UPDATE events SET relation = 'by', confidence = 0.5, "trigger" = 'Talk' WHERE id = 4`,
		`UPDATE mentions SET value = 'XXXX', text = 'changed', rule = NULL WHERE id = 3`,
		`UPDATE entities SET name = 'Jane Q. Envoy' WHERE name = 'Jane Envoy'`,
		`UPDATE entities SET kind = 'place' WHERE name = 'Anna Aide'`,
		// A link inserted by hand shows at the next refresh of its row.
		`INSERT INTO event_entities (event_id, role, position, entity_id) SELECT 3, 'agent', 5, id FROM entities WHERE name = 'Anna Aide';
		 UPDATE event_entities SET role = 'patient' WHERE event_id = 3`,
		`UPDATE event_entities SET event_id = 4 WHERE event_id = 3`,
		`DELETE FROM event_entities WHERE event_id = 4`,
		// An event that loses its date leaves the timeline; one that gains
		// one joins it.
		`UPDATE events SET value = NULL, start = NULL, "end" = NULL, granularity = NULL, span_class = NULL,
		 relation = NULL, anchored_by = 'none', mention_id = NULL WHERE id = 6`,
		`UPDATE events SET value = '2025-05-20', start = '2025-05-20', "end" = '2025-05-21', granularity = 'day', span_class = 0,
		 relation = 'on', anchored_by = 'publication', mention_id = NULL WHERE id = 6`,
		`DELETE FROM events WHERE id = 5`,
		// A deleted mention leaves its events dated, without an expression.
		`DELETE FROM mentions WHERE id = (SELECT max(mention_id) FROM events WHERE start IS NOT NULL)`,
		`DELETE FROM sentences WHERE id = (SELECT max(sentence_id) FROM events WHERE start IS NOT NULL)`,
		`DELETE FROM documents WHERE id = 3`,
	} {
		res, err := raw.Exec(change)
		if err != nil {
			t.Fatalf("%s: %v", change, err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			t.Fatalf("%s changed nothing: the test does not test it", change)
		}
		checkTimelineRows(t, raw)
		checkIntegrity(t, raw)
	}
	for _, r := range everyRow(t, db) {
		if r.EventID == 1 && r.Event != `renamed "event"` {
			t.Errorf("event 1 after updates: %+v", r)
		}
	}
	mustExec(t, raw, `DELETE FROM documents`)
	if n := checkTimelineRows(t, raw); n != 0 {
		t.Errorf("%d timeline rows left with no documents", n)
	}
}

// TestMigrationFromSchema2 upgrades a database as the previous release
// left it, at schema version 2: documents, mentions and entities stay,
// events (which schema 3 cannot express) go, and every document is marked
// stale so that reindex re-extracts it.
func TestMigrationFromSchema2(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v2.db")
	raw := rawDB(t, path)
	p, err := goose.NewProvider(goose.DialectSQLite3, raw, migrations.FS, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 2); err != nil {
		t.Fatal(err)
	}
	text := "Talks began in Geneva on 19 May 2025. Élysée officials said nothing."
	for _, stmt := range []string{
		`INSERT INTO documents (id, source, title, published, published_from, sha256, extractor_version, ingested_at, text)
		 VALUES (1, 'a.txt', 'A', '2025-05-20', 'flag', 'aa', 'tagger-9+extract-2', '2025-05-20T10:00:00Z', '` + text + `'),
		        (2, 'b.txt', NULL, NULL, NULL, 'bb', 'tagger-9+extract-2', '2025-05-20T10:00:00Z', 'Nothing dated.')`,
		`INSERT INTO mentions (id, document_id, ordinal, char_start, char_end, byte_start, byte_end, text, type, value, start, "end", granularity)
		 VALUES (1, 1, 0, 25, 36, 25, 36, '19 May 2025', 'DATE', '2025-05-19', '2025-05-19', '2025-05-20', 'day')`,
		`INSERT INTO events (id, document_id, mention_id, start, "end", granularity, mention_offset, span_class, phrase, sentence, sentence_start, sentence_end)
		 VALUES (1, 1, 1, '2025-05-19', '2025-05-20', 'day', 25, 0, 'talks began', 'Talks began in Geneva on 19 May 2025.', 0, 37)`,
		`INSERT INTO entities (id, name, kind) VALUES (1, 'Geneva', 'place')`,
		`INSERT INTO event_entities (event_id, role, position, entity_id) VALUES (1, 'place', 0, 1)`,
		`INSERT INTO timeline_rows SELECT * FROM timeline_rows_source`,
		`INSERT INTO events_fts (rowid, phrase, sentence) SELECT id, phrase, sentence FROM events`,
	} {
		mustExec(t, raw, stmt)
	}

	// Readers do not upgrade; they say how to.
	if _, err := store.OpenReadOnly(ctx, path); err == nil || !strings.Contains(err.Error(), "schema version 2") || !strings.Contains(err.Error(), "timeline reindex") {
		t.Errorf("read-only open of a version-2 database: %v", err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	checkIntegrity(t, raw)
	want := store.Stats{Documents: 2, Mentions: 1, Entities: 1}
	if got, err := db.Stats(ctx); err != nil || got != want {
		t.Errorf("Stats after the upgrade = %+v, %v; want %+v", got, err, want)
	}
	doc, err := db.Document(ctx, 1)
	if err != nil || doc.Text != text || doc.SHA256 != "aa" || doc.Title != "A" || !doc.Published.Equal(day("2025-05-20")) {
		t.Errorf("document 1 after the upgrade = %+v, %v", doc, err)
	}
	if ms, err := db.Mentions(ctx, 1); err != nil || len(ms) != 1 || ms[0].Value != "2025-05-19" {
		t.Errorf("mentions after the upgrade = %+v, %v", ms, err)
	}
	var stale []string
	if err := db.StaleDocuments(ctx, "tagger-9+extract-2", func(d *timeline.Document) error {
		stale = append(stale, d.ExtractorVersion)
		return nil
	}); err != nil || strings.Join(stale, ",") != "tagger-9+extract-2 (schema 2),tagger-9+extract-2 (schema 2)" {
		t.Errorf("stale after the upgrade: %q, %v; want both documents, even for the version that made them", stale, err)
	}

	// Reindex re-extracts them: events come back in the new form.
	n, err := ingest.Reindex(ctx, db, nil)
	if err != nil || n != 2 {
		t.Fatalf("Reindex = %d, %v; want 2", n, err)
	}
	checkIntegrity(t, raw)
	checkTimelineRows(t, raw)
	rows, _, err := db.Timeline(ctx, timeline.Filter{All: true})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		if r.Trigger == "began" && r.Date == "2025-05-19" && r.Relation == timeline.RelationOn {
			found = true
		}
	}
	if !found {
		t.Errorf("after reindex no row says talks began on 2025-05-19: %+v", rows)
	}
	if err := db.StaleDocuments(ctx, ingest.Version, func(d *timeline.Document) error {
		t.Errorf("document %d still stale after reindex", d.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// TestEachRowStream reads more rows than one batch of the reading goroutine,
// stops half-way, and is cancelled half-way; the database stays usable.
func TestEachRowStream(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	const per = 400
	for d := 0; d < 3; d++ {
		a := newArticle(fmt.Sprintf("Doc %d", d), fmt.Sprintf("Doc %d. ", d)+strings.Repeat("On 1 May 2025 it happened. ", per))
		for i := 0; i < per; i++ {
			start := day("2025-05-01").AddDate(0, 0, (i*7+d)%60)
			a.date("1 May 2025", "X", timeline.GranularityDay, timeline.FormatInstant(start), timeline.FormatInstant(start.AddDate(0, 0, 1)))
		}
		a.save(t, db)
	}
	all, total, err := db.Timeline(ctx, timeline.Filter{})
	if err != nil || total != 3*per {
		t.Fatalf("Timeline: %d rows, %v", total, err)
	}
	if got := everyRow(t, db); !reflect.DeepEqual(got, all) {
		t.Fatalf("EachRow differs from Timeline")
	}

	stop := errors.New("stop")
	n := 0
	err = db.EachRow(ctx, timeline.Filter{}, func(*timeline.Row) error {
		if n++; n == 300 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 300 {
		t.Errorf("EachRow stopped after %d rows with %v; want 300, stop", n, err)
	}

	cctx, cancel := context.WithCancel(ctx)
	n = 0
	err = db.EachRow(cctx, timeline.Filter{}, func(*timeline.Row) error {
		if n++; n == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) && timeline.ErrorCode(err) == "" {
		t.Errorf("cancelled EachRow returned %v after %d rows", err, n)
	}
	if n == len(all) {
		t.Errorf("cancelled EachRow read every row")
	}

	// A page of the whole timeline, both ways.
	rows, _, err := db.Timeline(ctx, timeline.Filter{Offset: 500, Limit: 7})
	if err != nil || !reflect.DeepEqual(rows, all[500:507]) {
		t.Errorf("page: %v %v", keys(rows), err)
	}
	page := 0
	if err := db.EachRow(ctx, timeline.Filter{Offset: 500, Limit: 7}, func(r *timeline.Row) error {
		if r.EventID != all[500+page].EventID {
			t.Errorf("EachRow page row %d = event %d; want %d", page, r.EventID, all[500+page].EventID)
		}
		page++
		return nil
	}); err != nil || page != 7 {
		t.Errorf("EachRow page: %d rows, %v", page, err)
	}
}
