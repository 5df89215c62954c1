// Package ingesttest makes inputs for tests of the ingest pipeline, whatever
// store they run it against: generated news articles with absolute and
// relative dates, folders of them, and a collector of what a run reports.
// The in-memory tests of timeline/ingest and the SQLite tests of store share
// it, so that both feed the pipeline the same documents.
package ingesttest

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// WriteFiles creates files (path relative to dir, slash-separated → content),
// with their folders.
func WriteFiles(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// Corpus writes a mixed input folder under tb.TempDir: text files with
// publication headers, nested folders, hidden files and folders (never
// read), and JSON Lines whose second line is malformed. The first document
// is by far the longest, so that with several workers the later ones are
// extracted first and must wait. It returns the folder and the sources its
// documents must get, relative to it, in input order.
func Corpus(tb testing.TB) (dir string, order []string) {
	tb.Helper()
	dir = tb.TempDir()
	r := rand.New(rand.NewSource(1))
	header := func(date, title string) string { return "title: " + title + "\npublished: " + date + "\n\n" }
	WriteFiles(tb, dir, map[string]string{
		"a-long.txt":          header("2025-05-19", "Long") + NewsText(r, 1, 600),
		"b.txt":               header("2025-05-18", "B") + NewsText(r, 2, 3),
		"c.txt":               header("2025-05-17", "C") + NewsText(r, 3, 2),
		"nested/d.txt":        header("2025-05-16", "D") + NewsText(r, 4, 4),
		"nested/deeper/e.txt": header("2025-05-15", "E") + NewsText(r, 5, 1),
		".hidden.txt":         header("2025-05-14", "Hidden") + NewsText(r, 6, 2),
		"nested/.git/f.txt":   header("2025-05-14", "Hidden dir") + NewsText(r, 7, 2),
	})
	// Three records; line 2 is cut short.
	jl := func(title, date, text string) string {
		return fmt.Sprintf(`{"title": %q, "published": %q, "text": %q}`, title, date, text)
	}
	WriteFiles(tb, dir, map[string]string{"records.jsonl": jl("R1", "2025-05-10", NewsText(r, 8, 3)) + "\n" +
		`{"title": "broken", "published": "2025-05-11", "text": "The talks ended on Monday` + "\n" +
		jl("R3", "2025-05-12", NewsText(r, 9, 2)) + "\n"})
	return dir, []string{"a-long.txt", "b.txt", "c.txt", "nested/d.txt", "nested/deeper/e.txt", "records.jsonl:1", "records.jsonl:3"}
}

// Generated writes n generated articles with publication headers to a new
// folder under tb.TempDir, named 0000.txt, 0001.txt, ...
func Generated(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	r := rand.New(rand.NewSource(int64(n)))
	files := map[string]string{}
	for i := range n {
		files[fmt.Sprintf("%04d.txt", i)] = "published: 2025-05-19\n\n" + NewsText(r, i, 5+r.Intn(30))
	}
	WriteFiles(tb, dir, files)
	return dir
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

// NewsText generates a news-like article of n paragraphs with absolute and
// relative dates. The serial makes every text unique.
func NewsText(r *rand.Rand, serial, n int) string {
	pick := func(xs []string) string { return xs[r.Intn(len(xs))] }
	var b strings.Builder
	org := pick(genOrgs)
	fmt.Fprintf(&b, "%s (Wire) - %s %s %s %s, officials said.",
		pick(genPlaces), strings.ToUpper(org[:1])+org[1:], pick(genVerbs), pick(genObjects), pick(genWhen))
	for range n {
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

// Reporter collects the lines a run reports (ingest.Options.Report); it is
// safe for concurrent use.
type Reporter struct {
	mu    sync.Mutex
	lines []string
}

// Report records one line.
func (r *Reporter) Report(line string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.lines = append(r.lines, line)
}

// All returns the lines reported so far.
func (r *Reporter) All() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.lines...)
}

// Matching returns the reported lines that contain every one of parts.
func (r *Reporter) Matching(parts ...string) []string {
	var out []string
outer:
	for _, l := range r.All() {
		for _, p := range parts {
			if !strings.Contains(l, p) {
				continue outer
			}
		}
		out = append(out, l)
	}
	return out
}
