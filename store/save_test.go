package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

func TestSaveDocument(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	// Non-ASCII before the mentions makes byte and code-point offsets differ.
	a := newArticle("Café talks", "Au café « Zürich », talks began on 19 May 2025. They ended in June 2025. Then nothing.").
		date("19 May 2025", "2025-05-19", timeline.GranularityDay, "2025-05-19", "2025-05-20", person("Ada Lovelace"), place("Zürich")).
		date("June 2025", "2025-06", timeline.GranularityMonth, "2025-06-01", "2025-07-01", person("Ada Lovelace")).
		undated("began").
		published("nothing", person("Ada Lovelace"))
	a.events[2].Modality, a.events[2].Polarity, a.events[2].Class = timeline.ModalityCounterfactual, timeline.PolarityNegative, timeline.ClassState
	a.events[0].Participants[0].Alias = "Lovelace"
	a.mentions = append(a.mentions, timeline.Mention{Start: 73, End: 77, Text: "Then", Type: timeline.TypeDate, Value: "PRESENT_REF"})
	a.save(t, db)

	if a.doc.ID == 0 {
		t.Error("doc.ID not set")
	}
	if len(a.doc.SHA256) != 64 {
		t.Errorf("doc.SHA256 = %q; want the hex digest of the text", a.doc.SHA256)
	}
	want := store.Stats{Documents: 1, Mentions: 3, Sentences: 3, Events: 4, Rows: 3, Entities: 2}
	if got, err := db.Stats(ctx); err != nil || got != want {
		t.Errorf("Stats = %+v, %v; want %+v", got, err, want)
	}

	// Code-point offsets are what substr() needs.
	rows, err := db.Query(ctx, `SELECT m.text, substr(d.text, m.char_start + 1, m.char_end - m.char_start),
		s.text, substr(d.text, s.char_start + 1, s.char_end - s.char_start),
		e."trigger", substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start)
		FROM events e JOIN documents d ON d.id = e.document_id JOIN sentences s ON s.id = e.sentence_id
		LEFT JOIN mentions m ON m.id = e.mention_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		v := rows.Values()
		if v[0] != v[1] || v[2] != v[3] || v[4] != v[5] {
			t.Errorf("substr by stored offsets: %q vs %q, %q vs %q, %q vs %q", v[0], v[1], v[2], v[3], v[4], v[5])
		}
		n++
	}
	if err := rows.Err(); err != nil || n != 4 {
		t.Fatalf("offset rows = %d, %v; want 4", n, err)
	}
	checkIntegrity(t, rawDB(t, db.Path()))
	// Two events share their sentence, which is stored once.
	if n := count(t, db, "sentences_fts WHERE sentences_fts MATCH 'talks'"); n != 1 {
		t.Errorf("the shared sentence is indexed %d times; want once", n)
	}

	// Round trip of the document and its mentions.
	got, err := db.Document(ctx, a.doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.IngestedAt.Equal(a.doc.IngestedAt) || !got.Published.Equal(a.doc.Published) {
		t.Errorf("times: got %v %v; want %v %v", got.IngestedAt, got.Published, a.doc.IngestedAt, a.doc.Published)
	}
	got.IngestedAt, got.Published = a.doc.IngestedAt, a.doc.Published
	if !reflect.DeepEqual(got, a.doc) {
		t.Errorf("Document =\n%+v\nwant\n%+v", got, a.doc)
	}
	ms, err := db.Mentions(ctx, a.doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ms, a.mentions) {
		t.Errorf("Mentions =\n%+v\nwant\n%+v", ms, a.mentions)
	}
	evs, err := db.Events(ctx, a.doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.events {
		a.events[i].ID, a.events[i].DocumentID = int64(i+1), a.doc.ID
	}
	if !reflect.DeepEqual(evs, a.events) {
		t.Errorf("Events =\n%+v\nwant\n%+v", evs, a.events)
	}
	if es, err := db.Entities(ctx, timeline.EntityPerson); err != nil || len(es) != 1 || !reflect.DeepEqual(es[0].Aliases, []string{"Lovelace"}) {
		t.Errorf("Entities = %+v, %v; want Ada Lovelace with her alias", es, err)
	}
	if _, err := db.Events(ctx, 999); timeline.ErrorCode(err) != timeline.ENOTFOUND {
		t.Errorf("Events(999) error = %v; want ENOTFOUND", err)
	}
	if _, err := db.Document(ctx, 999); timeline.ErrorCode(err) != timeline.ENOTFOUND {
		t.Errorf("Document(999) error = %v; want ENOTFOUND", err)
	}
	if _, err := db.Mentions(ctx, 999); timeline.ErrorCode(err) != timeline.ENOTFOUND {
		t.Errorf("Mentions(999) error = %v; want ENOTFOUND", err)
	}
}

func TestSaveDuplicate(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	text := "It rained on 1 May 2025."
	first := newArticle("First", text).date("1 May 2025", "2025-05-01", timeline.GranularityDay, "2025-05-01", "2025-05-02")
	first.save(t, db)
	before, _ := db.Stats(ctx)

	again := newArticle("Same text, other title", text).date("1 May 2025", "2025-05-01", timeline.GranularityDay, "2025-05-01", "2025-05-02")
	stored, err := db.SaveDocument(ctx, again.doc, again.mentions, again.events)
	if err != nil || stored {
		t.Fatalf("second SaveDocument = %v, %v; want false, nil", stored, err)
	}
	if again.doc.ID != first.doc.ID {
		t.Errorf("duplicate got ID %d; want the stored document's %d", again.doc.ID, first.doc.ID)
	}
	if after, _ := db.Stats(ctx); after != before {
		t.Errorf("a duplicate changed the database: %+v -> %+v", before, after)
	}
	// The copy's other source is kept as another name of the text, as
	// first read; the same sources again change nothing.
	again.doc.URL = "https://example.org/copy"
	for range 2 {
		if _, err := db.SaveDocument(ctx, again.doc, again.mentions, again.events); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SaveDocument(ctx, first.doc, first.mentions, first.events); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := db.Query(ctx, `SELECT document_id, source, url, title FROM document_sources`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		got = append(got, fmt.Sprint(rows.Values()...))
	}
	if want := fmt.Sprint(first.doc.ID, "same-text,-other-title.txt", nil, "Same text, other title"); len(got) != 1 || got[0] != want {
		t.Errorf("document_sources = %q; want [%q]", got, want)
	}
}

// addBoomTrigger makes the database itself fail any event whose phrase is
// "boom", after the document and its mentions have been inserted: a failure
// that validation cannot catch, to prove the rollback.
func addBoomTrigger(t *testing.T, path string) {
	t.Helper()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(`CREATE TRIGGER boom BEFORE INSERT ON events WHEN new.phrase = 'boom'
		BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
}

func TestSaveRejected(t *testing.T) {
	ctx := context.Background()
	good := func() *article {
		return newArticle("Bad", "Something happened on 2 May 2025, in Zürich.").
			date("2 May 2025", "2025-05-02", timeline.GranularityDay, "2025-05-02", "2025-05-03", place("Zürich"))
	}
	tests := []struct {
		name    string
		break_  func(a *article)
		message string
	}{
		{"event refers to a missing mention", func(a *article) { a.events[0].Mention = 5 }, "refers to mention 5"},
		{"negative mention index", func(a *article) { a.events[0].Mention = -2 }, "refers to mention -2"},
		{"dated by an expression without a mention", func(a *article) { a.events[0].Mention = timeline.NoMention }, "refers to no mention"},
		{"mention past the text", func(a *article) { a.mentions[0].End = 1000 }, "outside the text"},
		{"mention splits a character", func(a *article) { a.mentions[0].End = strings.Index(a.doc.Text, "ü") + 1 }, "split a UTF-8 character"},
		{"sentence past the text", func(a *article) { a.events[0].SentenceEnd = 1000 }, "outside the text"},
		{"sentence not the text", func(a *article) { a.events[0].Sentence = "Something else." }, "not the text at its offsets"},
		{"trigger past the text", func(a *article) { a.events[0].TriggerEnd = 1000 }, "outside the text"},
		{"trigger splits a character", func(a *article) {
			a.events[0].TriggerStart = strings.Index(a.doc.Text, "ü") + 1
			a.events[0].TriggerEnd = a.events[0].TriggerStart + 1
		}, "split a UTF-8 character"},
		{"trigger not the text", func(a *article) { a.events[0].Trigger = "Nothing" }, "trigger is not the text"},
		{"empty trigger", func(a *article) { a.events[0].TriggerEnd, a.events[0].Trigger = a.events[0].TriggerStart, "" }, "empty trigger"},
		{"trigger outside its sentence", func(a *article) {
			a.events[0].SentenceStart = strings.Index(a.doc.Text, "happened")
			a.events[0].Sentence = a.doc.Text[a.events[0].SentenceStart:a.events[0].SentenceEnd]
		}, "outside its sentence"},
		{"no lemma", func(a *article) { a.events[0].Lemma = "" }, "no lemma"},
		{"unknown class", func(a *article) { a.events[0].Class = "EVENT" }, "unknown class"},
		{"unknown polarity", func(a *article) { a.events[0].Polarity = "maybe" }, "unknown polarity"},
		{"unknown modality", func(a *article) { a.events[0].Modality = "likely" }, "unknown modality"},
		{"unknown relation", func(a *article) { a.events[0].Relation = "during" }, "unknown relation"},
		{"no relation", func(a *article) { a.events[0].Relation = "" }, "unknown relation"},
		{"unknown anchoring", func(a *article) { a.events[0].AnchoredBy = "guess" }, "unknown anchoring"},
		{"confidence above 1", func(a *article) { a.events[0].Confidence = 1.5 }, "not between 0 and 1"},
		{"confidence not a number", func(a *article) { a.events[0].Confidence = math.NaN() }, "not between 0 and 1"},
		{"time not its mention's", func(a *article) { a.events[0].Value = "2025-05-03" }, "is not that of its mention"},
		{"interval not its mention's", func(a *article) { a.events[0].Interval.End = day("2025-05-04") }, "is not that of its mention"},
		{"undated with a time", func(a *article) {
			a.events[0].Mention, a.events[0].AnchoredBy = timeline.NoMention, timeline.AnchoredByNone
		}, "undated"},
		{"publication date with a mention", func(a *article) { a.events[0].AnchoredBy = timeline.AnchoredByPublication }, "refers to mention 0"},
		{"publication date without a time", func(a *article) {
			e := &a.events[0]
			e.Mention, e.AnchoredBy, e.Value, e.Interval = timeline.NoMention, timeline.AnchoredByPublication, "", timeline.Interval{}
		}, "has no value or interval"},
		{"unknown role", func(a *article) { a.events[0].Participants[0].Role = "witness" }, "unknown role"},
		{"unknown type", func(a *article) { a.mentions[0].Type = "DAY" }, "unknown TIMEX3 type"},
		{"unknown granularity", func(a *article) { a.mentions[0].Granularity = "fortnight" }, "unknown granularity"},
		{"empty interval", func(a *article) { a.mentions[0].Interval.End = a.mentions[0].Interval.Start }, "is empty"},
		{"half an interval", func(a *article) { a.mentions[0].Interval.End = day("0001-01-01").AddDate(-1, 0, 0) }, "interval"},
		{"bad digest", func(a *article) { a.doc.SHA256 = "abc" }, "not a hex SHA-256"},
		{"entity without name", func(a *article) { a.events[0].Participants[0].Name = "" }, "no name"},
		{"entity of unknown kind", func(a *article) { a.events[0].Participants[0].Kind = "river" }, "unknown kind"},
		{"database refuses an event", func(a *article) { a.events[0].Phrase = "boom" }, "boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, path := openDB(t)
			addBoomTrigger(t, path)
			earlier := newArticle("Earlier", "It began on 1 May 2025.").date("1 May 2025", "2025-05-01", timeline.GranularityDay, "2025-05-01", "2025-05-02")
			earlier.save(t, db)
			before, _ := db.Stats(ctx)

			a := good()
			tt.break_(a)
			stored, err := db.SaveDocument(ctx, a.doc, a.mentions, a.events)
			if stored || err == nil {
				t.Fatalf("SaveDocument = %v, %v; want an error", stored, err)
			}
			wantCode(t, err, timeline.EINVALID)
			if !strings.Contains(err.Error(), tt.message) {
				t.Errorf("error %q does not say %q", err, tt.message)
			}
			if a.doc.ID != 0 {
				t.Errorf("rejected document got ID %d", a.doc.ID)
			}
			after, _ := db.Stats(ctx)
			if after != before {
				t.Errorf("rejected document left rows behind: %+v -> %+v", before, after)
			}
			if n := count(t, db, "sentences_fts WHERE sentences_fts MATCH 'Zürich'"); n != 0 {
				t.Errorf("rejected document left %d full-text rows", n)
			}
			// The good version still goes in afterwards.
			good().save(t, db)
		})
	}
}

func TestSaveDocuments(t *testing.T) {
	ctx := context.Background()
	db, path := openDB(t)
	addBoomTrigger(t, path)
	mk := func(title string) *article {
		return newArticle(title, "In "+title+", it happened on 3 May 2025.").
			date("3 May 2025", "2025-05-03", timeline.GranularityDay, "2025-05-03", "2025-05-04", person("Someone "+title))
	}
	invalid, refused, dup := mk("Invalid"), mk("Refused"), mk("One")
	invalid.events[0].Mention = 9
	refused.events[0].Phrase = "boom"
	batch := []*article{mk("One"), invalid, mk("Two"), refused, dup, mk("Three")}
	var in []timeline.Extraction
	for _, a := range batch {
		in = append(in, a.extraction())
	}

	results, err := db.SaveDocuments(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	wantStored := []bool{true, false, true, false, false, true}
	wantErr := []bool{false, true, false, true, false, false}
	for i, r := range results {
		if r.Stored != wantStored[i] || (r.Err != nil) != wantErr[i] {
			t.Errorf("result %d (%s) = %+v; want stored %v, error %v", i, batch[i].doc.Title, r, wantStored[i], wantErr[i])
		}
		if r.Err != nil {
			wantCode(t, r.Err, timeline.EINVALID)
		}
	}
	if dup.doc.ID != batch[0].doc.ID || batch[1].doc.ID != 0 || batch[3].doc.ID != 0 {
		t.Errorf("IDs = %d %d %d (dup, invalid, refused); want %d 0 0", dup.doc.ID, batch[1].doc.ID, batch[3].doc.ID, batch[0].doc.ID)
	}
	want := store.Stats{Documents: 3, Mentions: 3, Sentences: 3, Events: 3, Rows: 3, Entities: 3}
	if got, err := db.Stats(ctx); err != nil || got != want {
		t.Errorf("Stats = %+v, %v; want %+v", got, err, want)
	}
	// Entities cached for a rolled-back document must not leak into later ones.
	ents, err := db.Entities(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name)
	}
	if strings.Join(names, ",") != "Someone One,Someone Three,Someone Two" {
		t.Errorf("entities = %v", names)
	}
}

func TestReplaceExtraction(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	a := newArticle("Reindexed", "The summit opened on 4 May 2025. The treaty was signed in June 2025.").
		date("4 May 2025", "2025-05-04", timeline.GranularityDay, "2025-05-04", "2025-05-05", person("Old Actor"))
	a.save(t, db)
	other := newArticle("Other", "Nothing on 5 May 2025.").date("5 May 2025", "2025-05-05", timeline.GranularityDay, "2025-05-05", "2025-05-06")
	other.save(t, db)

	b := newArticle("Reindexed", a.doc.Text).
		date("4 May 2025", "2025-05-04", timeline.GranularityDay, "2025-05-04", "2025-05-05").
		date("June 2025", "2025-06", timeline.GranularityMonth, "2025-06-01", "2025-07-01", person("New Actor"))
	b.events[1].Phrase = "treaty signed"
	if err := db.ReplaceExtraction(ctx, a.doc.ID, "test-2", b.mentions, b.events); err != nil {
		t.Fatal(err)
	}
	rows, total, err := db.Timeline(ctx, timeline.Filter{DocumentID: &a.doc.ID})
	if err != nil || total != 2 {
		t.Fatalf("Timeline after replace: %d rows, %v; want 2", total, err)
	}
	if rows[1].Event != "treaty signed" || len(rows[1].Actors) != 1 || rows[1].Actors[0] != "New Actor" || len(rows[0].Actors) != 0 {
		t.Errorf("rows after replace: %+v", rows)
	}
	if _, n, _ := db.Timeline(ctx, timeline.Filter{Match: ptr("treaty")}); n != 1 {
		t.Errorf("full-text search finds the new event %d times; want 1", n)
	}
	if _, n, _ := db.Timeline(ctx, timeline.Filter{Actor: ptr("Old Actor")}); n != 0 {
		t.Errorf("old actor still linked to %d rows", n)
	}
	var names []string
	rs, err := db.Query(ctx, `SELECT name FROM entities ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		names = append(names, fmt.Sprint(rs.Values()[0]))
	}
	rs.Close()
	if !slices.Equal(names, []string{"New Actor"}) {
		t.Errorf("entities after replace: %v; want the old actor, named by no event, gone", names)
	}
	if got := count(t, db, "events_fts"); got != 3 {
		t.Errorf("full-text index holds %d events; want 3", got)
	}

	var stale []string
	err = db.StaleDocuments(ctx, "test-2", func(d *timeline.Document) error {
		stale = append(stale, d.Title)
		return nil
	})
	if err != nil || len(stale) != 1 || stale[0] != "Other" {
		t.Errorf("StaleDocuments(test-2) = %v, %v; want [Other]", stale, err)
	}

	before, _ := db.Stats(ctx)
	bad := append([]timeline.Event(nil), b.events...)
	bad[0].Mention = 7
	err = db.ReplaceExtraction(ctx, a.doc.ID, "test-3", b.mentions, bad)
	wantCode(t, err, timeline.EINVALID)
	if after, _ := db.Stats(ctx); after != before {
		t.Errorf("failed replace changed the database: %+v -> %+v", before, after)
	}
	wantCode(t, db.ReplaceExtraction(ctx, 999, "v", nil, nil), timeline.ENOTFOUND)
}

func TestDocuments(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	var batch []timeline.Extraction
	const n = 150 // more than two pages
	for i := range n {
		a := newArticle("Doc", strings.Repeat("x", i+1))
		if i%3 == 0 {
			a.doc.ExtractorVersion = "old"
		}
		batch = append(batch, a.extraction())
	}
	if _, err := db.SaveDocuments(ctx, batch); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	if err := db.Documents(ctx, func(d *timeline.Document) error {
		ids = append(ids, d.ID)
		if len(d.Text) != len(ids) {
			t.Fatalf("document %d has text of %d bytes; want %d", d.ID, len(d.Text), len(ids))
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(ids) != n || ids[0] != 1 || ids[n-1] != n {
		t.Errorf("Documents visited %d documents (%v...); want %d in id order", len(ids), ids[:3], n)
	}
	stale := 0
	if err := db.StaleDocuments(ctx, "test-1", func(d *timeline.Document) error {
		if d.ExtractorVersion != "old" {
			t.Errorf("document %d at version %q is not stale", d.ID, d.ExtractorVersion)
		}
		stale++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if stale != n/3 {
		t.Errorf("StaleDocuments visited %d; want %d", stale, n/3)
	}
	stop := errors.New("stop")
	visited := 0
	err := db.Documents(ctx, func(*timeline.Document) error { visited++; return stop })
	if !errors.Is(err, stop) || visited != 1 {
		t.Errorf("Documents with a failing fn: %v after %d; want stop after 1", err, visited)
	}
}

// TestConcurrentSaves saves from several goroutines while others read, as an
// ingest with parallel extraction would: every document lands once.
func TestConcurrentSaves(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	const writers, each = 4, 10
	errs := make(chan error, writers+1)
	done := make(chan struct{})
	go func() { // a reader throughout
		for {
			select {
			case <-done:
				errs <- nil
				return
			default:
			}
			if _, _, err := db.Timeline(ctx, timeline.Filter{Limit: 5}); err != nil {
				errs <- err
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				a := newArticle(fmt.Sprintf("W%d-%d", w, i), fmt.Sprintf("Writer %d wrote %d on 1 May 2025.", w, i)).
					date("1 May 2025", "2025-05-01", timeline.GranularityDay, "2025-05-01", "2025-05-02", person("Shared Person"))
				if stored, err := db.SaveDocument(ctx, a.doc, a.mentions, a.events); err != nil || !stored {
					errs <- fmt.Errorf("writer %d doc %d: %v %v", w, i, stored, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(done)
	if err := <-errs; err != nil {
		t.Fatal(err)
	}
	want := store.Stats{Documents: writers * each, Mentions: writers * each, Sentences: writers * each, Events: writers * each, Rows: writers * each, Entities: 1}
	if got, err := db.Stats(ctx); err != nil || got != want {
		t.Errorf("Stats = %+v, %v; want %+v", got, err, want)
	}
}
