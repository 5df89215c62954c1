package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// result is what one in-process run of the CLI produced.
type result struct {
	code           int
	stdout, stderr string
}

// runCLI runs the command line in-process with the given stdin, a fixed
// clock and $TIMELINE_DB unset.
func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb,
		getenv: func(string) string { return "" },
		now:    func() time.Time { return time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC) },
	}
	code := run(context.Background(), args, e)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

// golden compares got with testdata/<name>, rewriting it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it)\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

// seedPath is the seed article copied into the repository's testdata.
const seedPath = "../../testdata/seed/article.txt"

func TestGoldenShowCSV(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	r := runCLI(t, "", "ingest", "--db", db, "--published", "2025-05-19", seedPath)
	if r.code != 0 {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	r = runCLI(t, "", "show", "--db", db, "--format", "csv")
	if r.code != 0 {
		t.Fatalf("show: exit %d: %s", r.code, r.stderr)
	}
	golden(t, "show/seed.csv", r.stdout)
}

func TestGoldenTag(t *testing.T) {
	r := runCLI(t, "", "tag", "--dct", "2025-05-19", seedPath)
	if r.code != 0 {
		t.Fatalf("tag: exit %d: %s", r.code, r.stderr)
	}
	golden(t, "tag/seed.jsonl", r.stdout)

	in := `{"id":"a","dct":"2025-05-19","text":"Prices rose last week in Zürich."}
{"id":"b","dct":"2025-01-02","text":"On Friday, über 3 p.m., markets fell."}
`
	r = runCLI(t, in, "tag")
	if r.code != 0 {
		t.Fatalf("tag jsonl: exit %d: %s", r.code, r.stderr)
	}
	golden(t, "tag/jsonl.jsonl", r.stdout)
}

func TestGoldenTagTimeML(t *testing.T) {
	r := runCLI(t, "", "tag", "--format", "timeml", "testdata/tag/input.tml")
	if r.code != 0 {
		t.Fatalf("tag timeml: exit %d: %s", r.code, r.stderr)
	}
	golden(t, "tag/output.tml", r.stdout)
}
