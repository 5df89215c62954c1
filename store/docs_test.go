package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// threeArticles stores three articles, the first two naming Ann Lee, the
// third undated; it returns them.
func threeArticles(t *testing.T, db *store.DB) []*article {
	t.Helper()
	a := newArticle("Vote in Paris", "The vote took place on 1 May 2025. Ann Lee said it rained.").
		date("1 May 2025", "2025-05-01", timeline.GranularityDay, "2025-05-01", "2025-05-02", person("Ann Lee"), place("Paris")).
		published("rained")
	b := newArticle("Budget", "The budget passed on 3 June 2025. Critics met in Lyon.").
		date("3 June 2025", "2025-06-03", timeline.GranularityDay, "2025-06-03", "2025-06-04", person("Ann Lee")).
		undated("Critics", place("Lyon"))
	c := newArticle("Undated", "Bob Stone resigned last week.").
		date("last week", "XXXX-WXX", timeline.GranularityNone, "", "", person("Bob Stone"))
	c.doc.Published, c.doc.PublishedFrom = time.Time{}, ""
	b.doc.Published = day("2025-06-04")
	for _, x := range []*article{a, b, c} {
		x.save(t, db)
	}
	return []*article{a, b, c}
}

func TestListDocuments(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	threeArticles(t, db)
	ids := func(f store.DocumentFilter) string {
		t.Helper()
		list, total, err := db.ListDocuments(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, d := range list {
			out = append(out, d.ID)
		}
		return fmt.Sprintf("%v of %d", out, total)
	}
	from, to := day("2025-06-01"), day("2025-07-01")
	for _, tc := range []struct {
		f    store.DocumentFilter
		want string
	}{
		{store.DocumentFilter{}, "[1 2 3] of 3"},
		{store.DocumentFilter{IDs: []int64{3, 1, 9}}, "[1 3] of 2"},
		{store.DocumentFilter{Title: ptr("BUDG")}, "[2] of 1"},
		{store.DocumentFilter{Source: ptr("vote-in")}, "[1] of 1"},
		{store.DocumentFilter{From: &from}, "[2] of 1"},
		{store.DocumentFilter{To: &from}, "[1] of 1"},
		{store.DocumentFilter{From: &from, To: &to}, "[2] of 1"},
		{store.DocumentFilter{Undated: true}, "[3] of 1"},
		{store.DocumentFilter{Offset: 1, Limit: 1}, "[2] of 3"},
	} {
		if got := ids(tc.f); got != tc.want {
			t.Errorf("%+v: %s; want %s", tc.f, got, tc.want)
		}
	}
	for _, bad := range []store.DocumentFilter{{Offset: -1}, {Limit: -1}, {Undated: true, From: &from}, {From: &to, To: &from}} {
		_, _, err := db.ListDocuments(ctx, bad)
		wantCode(t, err, timeline.EINVALID)
	}

	// The counts are those of the tables and of the default timeline.
	list, _, err := db.ListDocuments(ctx, store.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range list {
		_, shown, err := db.Timeline(ctx, timeline.Filter{DocumentID: &d.ID})
		if err != nil {
			t.Fatal(err)
		}
		_, dated, err := db.Timeline(ctx, timeline.Filter{DocumentID: &d.ID, All: true})
		if err != nil {
			t.Fatal(err)
		}
		if d.Shown != shown || d.Dated != dated {
			t.Errorf("document %d: %d shown, %d dated; the timeline has %d and %d", d.ID, d.Shown, d.Dated, shown, dated)
		}
	}
	if d := list[0]; d.Mentions != 1 || d.Events != 2 || d.Title != "Vote in Paris" || d.Text != "" {
		t.Errorf("first document: %+v", d)
	}
}

func TestRemoveDocuments(t *testing.T) {
	ctx := context.Background()
	db, path := openDB(t)
	arts := threeArticles(t, db)
	// A copy from elsewhere is another source of the first.
	copied := newArticle("Copy", arts[0].doc.Text)
	copied.doc.Source = "copy.txt"
	if _, err := db.SaveDocument(ctx, copied.doc, nil, nil); err != nil {
		t.Fatal(err)
	}
	before := map[string]int{}
	for _, table := range []string{"documents", "events", "entities", "timeline_rows", "document_sources"} {
		before[table] = count(t, db, table)
	}

	_, err := db.RemoveDocuments(ctx, []int64{1, 7}, false)
	wantCode(t, err, timeline.ENOTFOUND)
	dry, err := db.RemoveDocuments(ctx, []int64{1, 1}, true)
	if err != nil {
		t.Fatal(err)
	}
	for table, n := range before {
		if got := count(t, db, table); got != n {
			t.Errorf("a dry run or a refused removal changed %s: %d rows, was %d", table, got, n)
		}
	}
	// Paris goes with the first document; Ann Lee stays, named by the second.
	want := store.Removal{Documents: 1, Sources: 1, Mentions: 1, Sentences: 2, Events: 2, Entities: 1}
	if dry != want {
		t.Errorf("dry run = %+v; want %+v", dry, want)
	}
	got, err := db.RemoveDocuments(ctx, []int64{1}, false)
	if err != nil || got != want {
		t.Fatalf("RemoveDocuments = %+v, %v; want %+v", got, err, want)
	}
	entities, err := db.Entities(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entities {
		names = append(names, e.Name)
	}
	slices.Sort(names)
	if fmt.Sprint(names) != "[Ann Lee Bob Stone Lyon]" {
		t.Errorf("entities after removal: %v", names)
	}
	if n := count(t, db, "entities"); n != before["entities"]-1 {
		t.Errorf("%d entities stored; want %d", n, before["entities"]-1)
	}
	if n := count(t, db, "document_sources"); n != 0 {
		t.Errorf("%d other sources left", n)
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	checkIntegrity(t, raw)
	checkRowsInStep(t, raw)

	// The same text can be stored again, and Paris with it.
	arts[0].doc.ID = 0
	arts[0].save(t, db)
	if n := count(t, db, "entities WHERE name = 'Paris'"); n != 1 {
		t.Errorf("Paris stored %d times after storing its document again", n)
	}

	ro, err := store.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.RemoveDocuments(ctx, []int64{2}, true); err != nil {
		t.Errorf("a dry run on a read-only database: %v", err)
	}
	_, err = ro.RemoveDocuments(ctx, []int64{2}, false)
	wantCode(t, err, timeline.EREADONLY)
}

// TestEntityIDsAfterRemoval removes an entity through one handle while
// another, which has its id cached, goes on storing documents naming it:
// the second must not link to the freed id.
func TestEntityIDsAfterRemoval(t *testing.T) {
	ctx := context.Background()
	writer, path := openDB(t)
	a := newArticle("One", "Ann Lee voted on 1 May 2025.").
		date("1 May 2025", "2025-05-01", timeline.GranularityDay, "2025-05-01", "2025-05-02", person("Ann Lee"))
	a.save(t, writer) // writer now holds Ann Lee's id

	other, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.RemoveDocuments(ctx, []int64{a.doc.ID}, false); err != nil {
		t.Fatal(err)
	}
	// A new entity may take the freed id.
	c := newArticle("Two", "Bob Stone voted on 2 May 2025.").
		date("2 May 2025", "2025-05-02", timeline.GranularityDay, "2025-05-02", "2025-05-03", person("Bob Stone"))
	c.save(t, other)

	b := newArticle("Three", "Ann Lee spoke on 3 May 2025.").
		date("3 May 2025", "2025-05-03", timeline.GranularityDay, "2025-05-03", "2025-05-04", person("Ann Lee"))
	b.save(t, writer)
	rows, _, err := writer.Timeline(ctx, timeline.Filter{All: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprint(r.Date, r.Actors))
	}
	if fmt.Sprint(got) != "[2025-05-02[Bob Stone] 2025-05-03[Ann Lee]]" {
		t.Errorf("rows %q; want Bob Stone on May 2 and Ann Lee on May 3", got)
	}
}

func TestReviseDocuments(t *testing.T) {
	ctx := context.Background()
	db, path := openDB(t)
	arts := threeArticles(t, db)
	c := arts[2]
	// Dated now, "last week" means a week: the revised extraction dates it.
	revised := *c.doc
	revised.Published, revised.PublishedFrom, revised.Title = day("2025-05-19"), "flag", "Resignation"
	revised.ExtractorVersion = "test-2"
	r := newArticle("Resignation", c.doc.Text).
		date("last week", "2025-W20", timeline.GranularityWeek, "2025-05-12", "2025-05-19", person("Bob Stone"))
	r.doc = &revised
	if err := db.ReviseDocuments(ctx, []timeline.Extraction{r.extraction()}); err != nil {
		t.Fatal(err)
	}
	list, _, err := db.ListDocuments(ctx, store.DocumentFilter{IDs: []int64{c.doc.ID}})
	if err != nil {
		t.Fatal(err)
	}
	d := list[0]
	if d.Title != "Resignation" || !d.Published.Equal(day("2025-05-19")) || d.PublishedFrom != "flag" ||
		d.ExtractorVersion != "test-2" || d.Dated != 1 || d.Source != c.doc.Source {
		t.Errorf("revised document: %+v", d)
	}

	// Refusals change nothing.
	other := revised
	other.Text = "another text"
	bad := []struct {
		xs   []timeline.Extraction
		code string
	}{
		{[]timeline.Extraction{{Document: &timeline.Document{ID: 99, Text: "x"}}}, timeline.ENOTFOUND},
		{[]timeline.Extraction{{Document: &other}}, timeline.EINVALID},
		{[]timeline.Extraction{r.extraction(), r.extraction()}, timeline.EINVALID},
	}
	for _, tc := range bad {
		wantCode(t, db.ReviseDocuments(ctx, tc.xs), tc.code)
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	checkIntegrity(t, raw)
	checkRowsInStep(t, raw)
}
