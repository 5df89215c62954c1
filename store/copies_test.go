package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// copyText is the text every copy in TestCopies shares.
const copyText = "The vote took place on 1 May 2025. It rained in Paris."

// copyOf builds a copy of copyText read from source: from says where its
// date came from ("" for none). The publication date dates one event, so
// that a re-extraction shows in the events.
func copyOf(source, title, url, from, date string) *article {
	a := newArticle(title, copyText)
	a.doc.Source, a.doc.URL, a.doc.PublishedFrom = source, url, from
	a.doc.Published = timeline.Document{}.Published
	if date != "" {
		a.doc.Published = day(date)
	}
	a.date("1 May 2025", "2025-05-01", timeline.GranularityDay, "2025-05-01", "2025-05-02", person("Ann Lee"))
	if date != "" {
		a.published("rained", place("Paris"))
	} else {
		a.undated("rained", place("Paris"))
	}
	return a
}

// TestCopies stores copies of one text, in batches, and checks what the
// stored document becomes, its other sources, and what each copy's result
// says: the first copy is stored; a later one updates it when it brings a
// date where there was none or a less trusted one, or an explicit date,
// and names it when it names itself better; otherwise it is skipped, and
// kept as another source when it comes from elsewhere.
func TestCopies(t *testing.T) {
	plain := func(src string) *article { return copyOf(src, "", "", "", "") }
	meta := func(src, title, date string) *article {
		return copyOf(src, title, "https://x.example/"+src, "metadata", date)
	}
	flag := func(src, date string) *article { return copyOf(src, "", "", "flag", date) }
	cases := []struct {
		name    string
		batches [][]*article
		results []string // per copy: stored, skipped, or updated:FIELDS[:reextracted]
		doc     string   // the document: source|title|published|published_from
		sources []string // other sources
	}{
		{"flag dates an undated document",
			[][]*article{{plain("a.txt")}, {flag("a.txt", "2025-05-19")}},
			[]string{"stored", "updated:published:reextracted"},
			"a.txt||2025-05-19|flag", nil},
		{"the same flag again is a duplicate",
			[][]*article{{flag("a.txt", "2025-05-19")}, {flag("a.txt", "2025-05-19")}},
			[]string{"stored", "skipped"},
			"a.txt||2025-05-19|flag", nil},
		{"another flag corrects a flag",
			[][]*article{{flag("a.txt", "2025-05-19")}, {flag("a.txt", "2025-05-18")}},
			[]string{"stored", "updated:published:reextracted"},
			"a.txt||2025-05-18|flag", nil},
		{"metadata do not override a flag",
			[][]*article{{flag("a.txt", "2025-05-19")}, {meta("a.txt", "T", "2025-05-18")}},
			[]string{"stored", "updated:url,title"},
			"a.txt|T|2025-05-19|flag", nil},
		{"the original page names a plain copy read first",
			[][]*article{{plain("copy.txt")}, {meta("page.html", "Vote", "2025-05-19")}},
			[]string{"stored", "updated:published,source,url,title:reextracted"},
			"page.html|Vote|2025-05-19|metadata", []string{"copy.txt"}},
		{"the same, in one batch",
			[][]*article{{plain("copy.txt"), meta("page.html", "Vote", "2025-05-19")}},
			[]string{"stored", "updated:published,source,url,title:reextracted"},
			"page.html|Vote|2025-05-19|metadata", []string{"copy.txt"}},
		{"a plain copy after the page is kept as another source",
			[][]*article{{meta("page.html", "Vote", "2025-05-19"), plain("copy.txt")}},
			[]string{"stored", "skipped"},
			"page.html|Vote|2025-05-19|metadata", []string{"copy.txt"}},
		{"a syndicated copy as good as the first is another source",
			[][]*article{{meta("ours.html", "Vote", "2025-05-19")}, {meta("wire.html", "Wire: vote", "2025-05-20")}},
			[]string{"stored", "skipped"},
			"ours.html|Vote|2025-05-19|metadata", []string{"wire.html"}},
		{"three copies in one batch, the best in the middle",
			[][]*article{{plain("copy.txt"), meta("page.html", "Vote", "2025-05-19"), plain("copy2.txt"), plain("page.html")}},
			[]string{"stored", "updated:published,source,url,title:reextracted", "skipped", "skipped"},
			"page.html|Vote|2025-05-19|metadata", []string{"copy.txt", "copy2.txt"}},
		{"a copy that came to name the document is no other source",
			[][]*article{{meta("wire.html", "", "2025-05-20")}, {plain("page.html")}, {meta("page.html", "Vote", "2025-05-20")}},
			[]string{"stored", "skipped", "updated:source,url,title"},
			"page.html|Vote|2025-05-20|metadata", []string{"wire.html"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db, path := openDB(t)
			var got []string
			var last *article
			for _, batch := range tc.batches {
				xs := make([]timeline.Extraction, len(batch))
				for i, a := range batch {
					xs[i] = a.extraction()
				}
				results, err := db.SaveDocuments(ctx, xs)
				if err != nil {
					t.Fatal(err)
				}
				for i, r := range results {
					got = append(got, describeResult(r))
					if r.Err == nil && batch[i].doc.ID != 1 {
						t.Errorf("copy %s has id %d; want the stored document's, 1", batch[i].doc.Source, batch[i].doc.ID)
					}
					if !r.Stored && (r.Of == nil || r.Of.ID != 1) {
						t.Errorf("copy %s: Of = %+v; want the stored document", batch[i].doc.Source, r.Of)
					}
					if r.Stored || r.Reextracted {
						last = batch[i]
					}
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.results, " ") {
				t.Errorf("results %q; want %q", got, tc.results)
			}
			list, _, err := db.ListDocuments(ctx, store.DocumentFilter{})
			if err != nil || len(list) != 1 {
				t.Fatalf("ListDocuments = %d documents, %v; want 1", len(list), err)
			}
			d := list[0]
			if s := fmt.Sprintf("%s|%s|%s|%s", d.Source, d.Title, timeline.FormatInstant(d.Published), d.PublishedFrom); s != tc.doc {
				t.Errorf("document %s; want %s", s, tc.doc)
			}
			var sources []string
			for _, s := range d.Sources {
				sources = append(sources, s.Source)
			}
			if !slices.Equal(sources, tc.sources) {
				t.Errorf("other sources %q; want %q", sources, tc.sources)
			}
			// The events are those of the copy whose date won.
			if d.Events != len(last.events) || d.Dated != countDated(last.events) {
				t.Errorf("%d events, %d dated; want those of %s: %d, %d", d.Events, d.Dated, last.doc.Source,
					len(last.events), countDated(last.events))
			}
			raw, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			checkIntegrity(t, raw)
			checkRowsInStep(t, raw)
		})
	}
}

// describeResult writes a result as TestCopies expects them.
func describeResult(r timeline.SaveResult) string {
	switch {
	case r.Err != nil:
		return "error"
	case r.Stored:
		return "stored"
	case !r.Updated:
		return "skipped"
	}
	s := "updated:" + strings.Join(r.Changed, ",")
	if r.Reextracted {
		s += ":reextracted"
	}
	return s
}

func countDated(events []timeline.Event) int {
	n := 0
	for i := range events {
		if events[i].Dated() {
			n++
		}
	}
	return n
}

// checkRowsInStep fails unless timeline_rows holds exactly the rows its
// source view makes.
func checkRowsInStep(t testing.TB, raw *sql.DB) {
	t.Helper()
	for _, q := range []string{
		`SELECT count(*) FROM (SELECT * FROM timeline_rows EXCEPT SELECT * FROM timeline_rows_source)`,
		`SELECT count(*) FROM (SELECT * FROM timeline_rows_source EXCEPT SELECT * FROM timeline_rows)`,
	} {
		var n int
		if err := raw.QueryRow(q).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s = %d, %v; want 0", q, n, err)
		}
	}
}
