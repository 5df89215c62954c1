package ingest_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/ingest"
)

// silverDir is the TimeML silver corpus, relative to this package's folder.
const silverDir = "../../../shared/data/timeml/silver"

// writeFiles creates files (path relative to dir → content), with their
// folders.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// openStore opens a fresh database under t.TempDir, closed at the end.
func openStore(t testing.TB) (*store.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "timeline.db")
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

// reporter collects the lines a run reports; safe for concurrent use.
type reporter struct {
	mu    sync.Mutex
	lines []string
}

func (r *reporter) report(line string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.lines = append(r.lines, line)
}

func (r *reporter) all() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.lines...)
}

// matching returns the reported lines that contain every one of parts.
func (r *reporter) matching(parts ...string) []string {
	var out []string
outer:
	for _, l := range r.all() {
		for _, p := range parts {
			if !strings.Contains(l, p) {
				continue outer
			}
		}
		out = append(out, l)
	}
	return out
}

// run ingests paths into db and fails the test on a run error.
func run(t testing.TB, db ingest.Saver, paths []string, opt ingest.Options) (ingest.Summary, *reporter) {
	t.Helper()
	rep := &reporter{}
	opt.Report = rep.report
	sum, err := ingest.Run(context.Background(), db, paths, opt)
	if err != nil {
		t.Fatalf("Run: %v\nreported:\n%s", err, strings.Join(rep.all(), "\n"))
	}
	return sum, rep
}

// stats returns the store's row counts.
func stats(t testing.TB, db *store.DB) store.Stats {
	t.Helper()
	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return s
}

// storedDocs returns the stored documents in id order.
func storedDocs(t testing.TB, db *store.DB) []*timeline.Document {
	t.Helper()
	var docs []*timeline.Document
	err := db.Documents(context.Background(), func(d *timeline.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Documents: %v", err)
	}
	return docs
}

// sources returns the sources of docs, relative to dir when under it, and
// fails unless ids run 1, 2, 3... without gaps.
func sources(t testing.TB, docs []*timeline.Document, dir string) []string {
	t.Helper()
	out := make([]string, len(docs))
	for i, d := range docs {
		if d.ID != int64(i+1) {
			t.Errorf("document %d of %d (%s) has id %d; want ids 1..n in order", i+1, len(docs), d.Source, d.ID)
		}
		if rel, err := filepath.Rel(dir, d.Source); err == nil && dir != "" && !strings.HasPrefix(rel, "..") {
			out[i] = filepath.ToSlash(rel)
		} else {
			out[i] = d.Source
		}
	}
	return out
}

// rawDB opens the database file with database/sql, bypassing the store, for
// what the store has no API for: locks, integrity checks.
func rawDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
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

// Vocabulary of the generated articles.
var (
	genPlaces  = []string{"WASHINGTON", "LONDON", "PARIS", "BERLIN", "TOKYO", "NAIROBI", "BRASILIA", "OTTAWA", "CANBERRA", "MADRID"}
	genPeople  = []string{"Maria Lopez", "John Carter", "Aiko Tanaka", "Pierre Dubois", "Anna Schmidt", "Samuel Okafor", "Li Wei", "Sofia Rossi"}
	genOrgs    = []string{"the Senate", "the central bank", "the health ministry", "the city council", "the union", "the electoral commission"}
	genVerbs   = []string{"approved", "rejected", "announced", "postponed", "signed", "debated", "published", "suspended"}
	genObjects = []string{"the budget", "a new treaty", "the strike", "the rate cut", "the merger", "the report", "a ceasefire", "the reform"}
	genMonths  = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	genWhen    = []string{"yesterday", "last week", "on Monday", "on Friday", "next month", "earlier this year", "two days ago", "last Tuesday", "tomorrow"}
	genNumbers = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)

// newsText generates a news-like article of n paragraphs with absolute and
// relative dates. The serial makes every text unique.
func newsText(r *rand.Rand, serial, n int) string {
	pick := func(xs []string) string { return xs[r.Intn(len(xs))] }
	var b strings.Builder
	org := pick(genOrgs)
	fmt.Fprintf(&b, "%s (Wire) - %s %s %s %s, officials said.",
		pick(genPlaces), strings.ToUpper(org[:1])+org[1:], pick(genVerbs), pick(genObjects), pick(genWhen))
	for i := 0; i < n; i++ {
		switch r.Intn(4) {
		case 0:
			fmt.Fprintf(&b, "\n\n%s said %s %s %s on %s %d, %d.", pick(genPeople), pick(genOrgs), pick(genVerbs), pick(genObjects),
				pick(genMonths), 1+r.Intn(28), 1990+r.Intn(36))
		case 1:
			fmt.Fprintf(&b, "\n\nThe vote is expected %s, and talks will last %s weeks.", pick(genWhen), pick(genNumbers))
		case 2:
			fmt.Fprintf(&b, "\n\nIn %s %d, %s %s %s in %s.", pick(genMonths), 1990+r.Intn(36), pick(genPeople), pick(genVerbs), pick(genObjects),
				titleCase(pick(genPlaces)))
		default:
			fmt.Fprintf(&b, "\n\nAt 3 p.m. %s, %s %s %s.", pick(genWhen), pick(genPeople), pick(genVerbs), pick(genObjects))
		}
	}
	fmt.Fprintf(&b, "\n\n(Story %s-%s-%d.)\n", pick(genNumbers), pick(genNumbers), serial)
	return b.String()
}

// titleCase turns "WASHINGTON" into "Washington".
func titleCase(s string) string { return s[:1] + strings.ToLower(s[1:]) }

// extractOf is what the pipeline extracts from doc.
func extractOf(doc *timeline.Document) ([]timeline.Mention, []timeline.Event) {
	return extract.Process(doc)
}
