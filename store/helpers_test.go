package store_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
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
// adds an event in the sentence holding expr, dated by the mention when it
// is anchored and undated otherwise, with the participants given: people
// and organisations as agents, places as places.
func (a *article) date(expr, value string, g timeline.Granularity, start, end string, participants ...timeline.Entity) *article {
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
	e := a.event(m.Start, "event of "+expr, participants...)
	if m.Anchored() {
		e.Mention, e.Value, e.Interval, e.Granularity = len(a.mentions)-1, m.Value, m.Interval, m.Granularity
		e.Relation, e.AnchoredBy, e.Confidence = timeline.RelationOn, timeline.AnchoredByExpression, 0.9
	}
	return a
}

// undated adds an event in the sentence holding the first occurrence of
// word, with no time.
func (a *article) undated(word string, participants ...timeline.Entity) *article {
	i := strings.Index(a.doc.Text, word)
	if i < 0 {
		panic("no " + word + " in text")
	}
	a.event(i, "undated "+word, participants...)
	return a
}

// published adds an event in the sentence holding the first occurrence of
// word, dated by the publication date.
func (a *article) published(word string, participants ...timeline.Entity) *article {
	i := strings.Index(a.doc.Text, word)
	if i < 0 {
		panic("no " + word + " in text")
	}
	e := a.event(i, "published "+word, participants...)
	p := a.doc.Published
	e.Value, e.Interval, e.Granularity = p.Format("2006-01-02"), timeline.Interval{Start: p, End: p.AddDate(0, 0, 1)}, timeline.GranularityDay
	e.Relation, e.AnchoredBy, e.Confidence = timeline.RelationOn, timeline.AnchoredByPublication, 0.6
	return a
}

// last returns the event added last, to adjust it.
func (a *article) last() *timeline.Event { return &a.events[len(a.events)-1] }

// event adds an undated, asserted, positive occurrence in the sentence
// around byte offset at. Its trigger is the first word of the sentence
// that no earlier event of the article has as its trigger.
func (a *article) event(at int, phrase string, participants ...timeline.Entity) *timeline.Event {
	sStart, sEnd := sentence(a.doc.Text, at)
	e := timeline.Event{
		Class: timeline.ClassOccurrence, Polarity: timeline.PolarityPositive, Modality: timeline.ModalityAsserted,
		Mention: timeline.NoMention, AnchoredBy: timeline.AnchoredByNone, Phrase: phrase,
		Sentence: a.doc.Text[sStart:sEnd], SentenceStart: sStart, SentenceEnd: sEnd,
	}
	for w := sStart; w < sEnd; {
		for w < sEnd && !isLetter(a.doc.Text[w]) {
			w++
		}
		end := w
		for end < sEnd && isLetter(a.doc.Text[end]) {
			end++
		}
		if end > w && !slices.ContainsFunc(a.events, func(o timeline.Event) bool { return o.TriggerStart == w }) {
			e.TriggerStart, e.TriggerEnd = w, end
			break
		}
		w = end
	}
	if e.TriggerEnd == 0 {
		panic("no word for a trigger in " + e.Sentence)
	}
	e.Trigger = a.doc.Text[e.TriggerStart:e.TriggerEnd]
	e.Lemma = strings.ToLower(e.Trigger)
	for _, en := range participants {
		role := timeline.RoleAgent
		if en.Kind == timeline.EntityPlace {
			role = timeline.RolePlace
		}
		e.Participants = append(e.Participants, timeline.Participant{Entity: en, Role: role})
	}
	a.events = append(a.events, e)
	return &a.events[len(a.events)-1]
}

// isLetter reports an ASCII letter or a byte of a multi-byte character.
func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

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
// (full-text, R*Tree) and the event → mention and event → sentence links
// are all consistent.
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
	// rank 1 also checks the index against its content.
	for _, name := range fts {
		if _, err := raw.Exec(`INSERT INTO "` + name + `" ("` + name + `", rank) VALUES ('integrity-check', 1)`); err != nil {
			t.Errorf("%s integrity-check: %v", name, err)
		}
	}
	for _, name := range rtrees {
		var res string
		if err := raw.QueryRow(`SELECT rtreecheck(?)`, name).Scan(&res); err != nil || res != "ok" {
			t.Errorf("rtreecheck(%s) = %q, %v; want ok", name, res, err)
		}
	}
	if err := raw.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = 'sentences'`).Scan(&tables); err != nil {
		t.Fatal(err)
	}
	if tables == 0 {
		return // an older schema, killed between migrations
	}
	var bad int
	if err := raw.QueryRow(`SELECT count(*) FROM events e LEFT JOIN mentions m ON m.id = e.mention_id
		JOIN sentences s ON s.id = e.sentence_id
		WHERE m.document_id <> e.document_id OR s.document_id <> e.document_id`).Scan(&bad); err != nil || bad != 0 {
		t.Errorf("%d events refer to a mention or sentence of another document (err %v)", bad, err)
	}
}
