package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/store"
)

// TestIngestReport checks the --report file against what --verbose says:
// a JSON object for every copy of a stored text, naming the document it
// repeats.
func TestIngestReport(t *testing.T) {
	dir := t.TempDir()
	db, report := filepath.Join(dir, "t.db"), filepath.Join(dir, "report.jsonl")
	r := runCLI(t, "", "ingest", "--db", db, "-v", "--report", report, "testdata/input/copies", "testdata/input/copies/a-copy.txt")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	f, err := os.Open(report)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []copyRecord
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var rec copyRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%q: %v", sc.Text(), err)
		}
		got = append(got, rec)
	}
	want := []struct{ source, action, of string }{
		{"testdata/input/copies/b-original.txt", "updated", "testdata/input/copies/a-copy.txt"},
		{"testdata/input/copies/c-wire.txt", "skipped", "testdata/input/copies/b-original.txt"},
		{"testdata/input/copies/a-copy.txt", "skipped", "testdata/input/copies/b-original.txt"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d records; want %d:\n%+v", len(got), len(want), got)
	}
	lines := 0
	for _, line := range strings.Split(r.stderr, "\n") {
		if strings.HasPrefix(line, "duplicate: ") || strings.HasPrefix(line, "updated: ") {
			lines++
		}
	}
	if lines != len(want) {
		t.Errorf("--verbose printed %d lines for %d copies:\n%s", lines, len(want), r.stderr)
	}
	for i, w := range want {
		g := got[i]
		if g.Source != w.source || g.Action != w.action || g.Of.Source != w.of || g.DocumentID != 1 || len(g.SHA256) != 64 {
			t.Errorf("record %d = %+v; want %s %s of %s, document 1", i, g, w.source, w.action, w.of)
		}
	}
	if !got[0].Reextracted || strings.Join(got[0].Changed, ",") != "published,source,url,title" || got[0].Published != "2025-05-20" {
		t.Errorf("the update: %+v", got[0])
	}
	if !strings.Contains(r.stderr, "1 stored, 1 updated, 2 duplicates skipped") {
		t.Errorf("summary: %s", r.stderr)
	}
}

// TestSourceForms ingests one document of each form that the schema's
// description of a source names, and checks that the stored sources are
// of those forms and no other, and that each form's example is of its
// form: the description cannot drift from what ingest stores.
func TestSourceForms(t *testing.T) {
	patterns := []*regexp.Regexp{
		regexp.MustCompile(`^[^-].*\.(txt|html)$`),
		regexp.MustCompile(`^.+\.jsonl:[1-9][0-9]*$`),
		regexp.MustCompile(`^.+\.json\[[0-9]+\]$`),
		regexp.MustCompile(`^-([:\[]|$)`),
	}
	if len(patterns) != len(store.SourceForms) {
		t.Fatalf("%d patterns for %d forms: describe the new form here", len(patterns), len(store.SourceForms))
	}
	for i, f := range store.SourceForms {
		if !patterns[i].MatchString(f[1]) {
			t.Errorf("example %q of %q is not of its form", f[1], f[0])
		}
		if !strings.Contains(store.SourceDescription, f[1]) {
			t.Errorf("the description lacks %q", f[1])
		}
	}
	dir := t.TempDir()
	files := map[string]string{
		"article.txt":  "It rained on 1 May 2025.\n",
		"export.jsonl": `{"text": "It snowed on 2 May 2025."}` + "\n" + `{"text": "It hailed on 3 May 2025."}` + "\n",
		"export.json":  `[{"text": "It thundered on 4 May 2025."}]`,
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "t.db")
	for _, run := range []struct{ stdin, path string }{{"", dir}, {"It cleared on 5 May 2025.", "-"}} {
		if r := runCLI(t, run.stdin, "ingest", "--db", db, "--exclude", "*.db*", run.path); r.code != 0 {
			t.Fatalf("ingest %s: exit %d: %s", run.path, r.code, r.stderr)
		}
	}
	d, err := store.OpenReadOnly(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	list, _, err := d.ListDocuments(context.Background(), store.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	seen := make([]bool, len(patterns))
	for _, doc := range list {
		matched := false
		for i, p := range patterns {
			if p.MatchString(doc.Source) {
				seen[i], matched = true, true
			}
		}
		if !matched {
			t.Errorf("source %q is of no form the schema describes", doc.Source)
		}
	}
	for i, ok := range seen {
		if !ok {
			t.Errorf("no document stored with a source of the form %q", store.SourceForms[i][0])
		}
	}
}

// TestCSVLineEnds keeps every CSV the program writes as README documents
// it: RFC 4180 quoting, a header, and lines ended by LF alone.
func TestCSVLineEnds(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if r := runCLI(t, "", "ingest", "--db", db, "--published", "2025-05-19", seedPath); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	for _, args := range [][]string{
		{"show", "--format", "csv"},
		{"sql", "--format", "csv", "SELECT date, event, evidence FROM timeline"},
		{"entities", "--format", "csv"},
		{"docs", "--format", "csv"},
	} {
		r := runCLI(t, "", append(args, "--db", db)...)
		if r.code != 0 {
			t.Fatalf("%q: exit %d: %s", args, r.code, r.stderr)
		}
		if strings.Contains(r.stdout, "\r") || !strings.HasSuffix(r.stdout, "\n") {
			t.Errorf("%q: lines do not end in LF alone", args)
		}
		recs, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
		if err != nil || len(recs) < 2 {
			t.Errorf("%q: %d records, %v", args, len(recs), err)
		}
	}
}
