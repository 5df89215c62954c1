package store_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// openDB opens a fresh database under t.TempDir and closes it at the end.
func openDB(t testing.TB) (*store.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "timeline.db")
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

// article builds a document with its extraction, finding expressions by
// their text so that tests do not count bytes.
type article struct {
	doc      *timeline.Document
	mentions []timeline.Mention
	events   []timeline.Event
}

func newArticle(title, text string) *article {
	return &article{doc: &timeline.Document{
		Source: strings.ToLower(strings.ReplaceAll(title, " ", "-")) + ".txt", Title: title, Text: text,
		Published: day("2025-05-20"), PublishedFrom: "flag", ExtractorVersion: "test-1",
	}}
}

// date adds a mention of expr (its first occurrence after the previous
// mention) with the interval [start, end); empty bounds mean unanchored. It
// adds an event dated by it whose sentence is the one holding expr.
func (a *article) date(expr, value string, g timeline.Granularity, start, end string, actors ...timeline.Entity) *article {
	from := 0
	if n := len(a.mentions); n > 0 {
		from = a.mentions[n-1].End
	}
	i := strings.Index(a.doc.Text[from:], expr)
	if i < 0 {
		panic("no " + expr + " in text")
	}
	m := timeline.Mention{
		Start: from + i, End: from + i + len(expr), Text: expr, Type: timeline.TypeDate, Value: value,
		Granularity: g, How: timeline.Resolution{Rule: "test-rule", Anchor: timeline.AnchorDCT, AnchorValue: "2025-05-20", Tense: "past"},
	}
	if start != "" {
		m.Interval = timeline.Interval{Start: instant(start), End: instant(end)}
	}
	a.mentions = append(a.mentions, m)

	sStart, sEnd := sentence(a.doc.Text, m.Start)
	e := timeline.Event{
		Mention: len(a.mentions) - 1, Phrase: "event of " + expr,
		Sentence: a.doc.Text[sStart:sEnd], SentenceStart: sStart, SentenceEnd: sEnd,
	}
	for _, en := range actors {
		if en.Kind == timeline.EntityPlace {
			e.Places = append(e.Places, en)
		} else {
			e.Actors = append(e.Actors, en)
		}
	}
	a.events = append(a.events, e)
	return a
}

// sentence returns the bounds of the sentence around offset i: sentences end
// with a period after a lowercase letter or digit (so "U.S." does not end one).
func sentence(text string, i int) (start, end int) {
	ends := func(j int) bool {
		return text[j] == '.' && j > 0 && (text[j-1] >= 'a' && text[j-1] <= 'z' || text[j-1] >= '0' && text[j-1] <= '9')
	}
	for start = i; start > 0 && !ends(start-1); start-- {
	}
	for start < i && text[start] == ' ' {
		start++
	}
	for end = i; end < len(text) && !ends(end); end++ {
	}
	return start, min(end+1, len(text))
}

func (a *article) save(t testing.TB, db *store.DB) {
	t.Helper()
	stored, err := db.SaveDocument(context.Background(), a.doc, a.mentions, a.events)
	if err != nil || !stored {
		t.Fatalf("SaveDocument(%q) = %v, %v; want true, nil", a.doc.Title, stored, err)
	}
}

func (a *article) extraction() timeline.Extraction {
	return timeline.Extraction{Document: a.doc, Mentions: a.mentions, Events: a.events}
}

func instant(s string) time.Time {
	t, err := timeline.ParseInstant(s)
	if err != nil {
		panic(err)
	}
	return t
}

func day(s string) time.Time { return instant(s) }

func ptr[T any](v T) *T { return &v }

func person(name string) timeline.Entity {
	return timeline.Entity{Name: name, Kind: timeline.EntityPerson}
}
func place(name string) timeline.Entity {
	return timeline.Entity{Name: name, Kind: timeline.EntityPlace}
}

// count returns the number of rows in a table, through the read-only SQL path.
func count(t testing.TB, db *store.DB, table string) int {
	t.Helper()
	rows, err := db.Query(context.Background(), "SELECT count(*) FROM "+table)
	if err != nil {
		t.Fatalf("count %s: %v", table, err)
	}
	defer rows.Close()
	if !rows.Next() {
		t.Fatalf("count %s: no row: %v", table, rows.Err())
	}
	return int(rows.Values()[0].(int64))
}

// wantCode fails unless err carries the given timeline error code.
func wantCode(t testing.TB, err error, code string) {
	t.Helper()
	if got := timeline.ErrorCode(err); got != code {
		t.Fatalf("error = %v (code %q); want code %q", err, got, code)
	}
}

// checkIntegrity fails unless SQLite, the foreign keys, the virtual tables
// (full-text, R*Tree) and the event → mention links are all consistent.
func checkIntegrity(t testing.TB, raw *sql.DB) {
	t.Helper()
	var ok string
	if err := raw.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("PRAGMA integrity_check = %q, %v; want ok", ok, err)
	}
	var tables int
	if err := raw.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = 'documents'`).Scan(&tables); err != nil {
		t.Fatal(err)
	}
	if tables == 0 {
		return // killed before the schema was created
	}
	rows, err := raw.Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		t.Errorf("PRAGMA foreign_key_check reports a violation")
	}
	rows.Close()
	// The full-text and R*Tree indexes, whatever the schema names them.
	vrows, err := raw.Query(`SELECT name, lower(sql) FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`)
	if err != nil {
		t.Fatal(err)
	}
	var fts, rtrees []string
	for vrows.Next() {
		var name, ddl string
		if err := vrows.Scan(&name, &ddl); err != nil {
			t.Fatal(err)
		}
		switch {
		case strings.Contains(ddl, "using fts5"):
			fts = append(fts, name)
		case strings.Contains(ddl, "using rtree"):
			rtrees = append(rtrees, name)
		}
	}
	vrows.Close()
	for _, name := range fts {
		if _, err := raw.Exec(`INSERT INTO "` + name + `" ("` + name + `") VALUES ('integrity-check')`); err != nil {
			t.Errorf("%s integrity-check: %v", name, err)
		}
	}
	for _, name := range rtrees {
		var res string
		if err := raw.QueryRow(`SELECT rtreecheck(?)`, name).Scan(&res); err != nil || res != "ok" {
			t.Errorf("rtreecheck(%s) = %q, %v; want ok", name, res, err)
		}
	}
	var bad int
	if err := raw.QueryRow(`SELECT count(*) FROM events e LEFT JOIN mentions m ON m.id = e.mention_id
		WHERE m.id IS NULL OR m.document_id <> e.document_id`).Scan(&bad); err != nil || bad != 0 {
		t.Errorf("%d events refer to a mention of another document (err %v)", bad, err)
	}
}
