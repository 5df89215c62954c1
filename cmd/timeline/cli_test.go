package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/ingest"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// casesDir holds one folder per golden case of TestCLI.
const casesDir = "testdata/cli"

// TestCLI runs every case in testdata/cli in-process and compares what it
// prints and its exit status with the case's golden files. A case folder
// holds:
//
//	args    the command line, words split as a shell does with quotes
//	setup   optional: command lines run first, one a line, each to exit 0
//	stdin   optional: standard input
//	env     optional: NAME=VALUE lines, the whole environment
//	stdout, stderr, code   the expected output; -update rewrites them
//
// and any input files of its own. Words may hold placeholders: $DB is a
// database path in a fresh temporary folder $TMP, $SEED the seed article
// in the repository's testdata, $TESTDATA this package's testdata and
// $CASE the case folder. A setup line "!stale $DB" marks every stored
// document as made by an older extractor, for reindex.
//
// Outputs are masked so that they do not depend on the run: $TMP stands
// for the temporary folder, $ELAPSED for ingest's timing, $INGESTED for
// the time documents were stored, and $VERSION for
// the extractor version (which every tagger change moves), $TAGGER and
// $EXTRACTOR for its parts.
func TestCLI(t *testing.T) {
	entries, err := os.ReadDir(casesDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) == 0 {
		t.Fatalf("no cases in %s", casesDir)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(casesDir, e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			t.Parallel()
			runCase(t, dir)
		})
	}
}

// runCase runs the case in dir and checks or rewrites its golden files.
func runCase(t *testing.T, dir string) {
	tmp := t.TempDir()
	vars := map[string]string{
		"DB":       filepath.Join(tmp, "timeline.db"),
		"TMP":      tmp,
		"SEED":     seedPath,
		"TESTDATA": "testdata",
		"CASE":     dir,
	}
	env := map[string]string{}
	if data, ok := readOptional(t, filepath.Join(dir, "env")); ok {
		for _, line := range nonBlankLines(data) {
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				t.Fatalf("env: %q is not NAME=VALUE", line)
			}
			env[k] = expand(t, v, vars)
		}
	}
	if data, ok := readOptional(t, filepath.Join(dir, "setup")); ok {
		for _, line := range nonBlankLines(data) {
			args := commandLine(t, line, vars)
			if args[0] == "!stale" {
				markStale(t, args[1:])
				continue
			}
			if r := runWith(t, "", env, args...); r.code != 0 {
				t.Fatalf("setup %q: exit %d\n%s%s", line, r.code, r.stdout, r.stderr)
			}
		}
	}
	data, ok := readOptional(t, filepath.Join(dir, "args"))
	if !ok {
		t.Fatal("no args file")
	}
	args := commandLine(t, strings.TrimSpace(data), vars)
	stdin, _ := readOptional(t, filepath.Join(dir, "stdin"))
	r := runWith(t, stdin, env, args...)

	m := newMasker(tmp)
	got := map[string]string{
		"stdout": m.mask(r.stdout),
		"stderr": m.mask(r.stderr),
		"code":   fmt.Sprintf("%d\n", r.code),
	}
	for _, name := range []string{"code", "stderr", "stdout"} {
		path := filepath.Join(dir, name)
		if *update {
			if err := os.WriteFile(path, []byte(got[name]), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test -update writes it)", err)
		}
		if got[name] != string(want) {
			t.Errorf("%s differs from %s (go test -update rewrites it)\n--- got ---\n%s\n--- want ---\n%s", name, path, got[name], want)
		}
	}
}

// readOptional reads a case file that may be absent.
func readOptional(t *testing.T, path string) (string, bool) {
	t.Helper()
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", false
	} else if err != nil {
		t.Fatal(err)
	}
	return string(data), true
}

func nonBlankLines(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) != "" {
			out = append(out, line)
		}
	}
	return out
}

// commandLine splits line into words, then expands placeholders in each;
// an empty line is the command without arguments.
func commandLine(t *testing.T, line string, vars map[string]string) []string {
	t.Helper()
	words, err := splitWords(line)
	if err != nil {
		t.Fatalf("%q: %v", line, err)
	}
	for i, w := range words {
		words[i] = expand(t, w, vars)
	}
	return words
}

// expand replaces $NAME placeholders; an unknown one is a mistake in the
// case.
func expand(t *testing.T, s string, vars map[string]string) string {
	t.Helper()
	return os.Expand(s, func(name string) string {
		v, ok := vars[name]
		if !ok {
			t.Fatalf("unknown placeholder $%s in %q", name, s)
		}
		return v
	})
}

// splitWords splits a command line as a shell does: on blanks, except
// inside single quotes (literal) or double quotes (where \" and \\ escape).
func splitWords(line string) ([]string, error) {
	var words []string
	var word strings.Builder
	inWord := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == ' ' || c == '\t':
			if inWord {
				words, inWord = append(words, word.String()), false
				word.Reset()
			}
			continue
		case c == '\'':
			end := strings.IndexByte(line[i+1:], '\'')
			if end < 0 {
				return nil, errors.New("unclosed single quote")
			}
			word.WriteString(line[i+1 : i+1+end])
			i += end + 1
		case c == '"':
			i++
			for ; i < len(line) && line[i] != '"'; i++ {
				if line[i] == '\\' && i+1 < len(line) && (line[i+1] == '"' || line[i+1] == '\\') {
					i++
				}
				word.WriteByte(line[i])
			}
			if i == len(line) {
				return nil, errors.New("unclosed double quote")
			}
		default:
			word.WriteByte(c)
		}
		inWord = true
	}
	if inWord {
		words = append(words, word.String())
	}
	return words, nil
}

func TestSplitWords(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"show --db $DB", []string{"show", "--db", "$DB"}},
		{`sql "SELECT 'a b' AS \"x\"" --format csv`, []string{"sql", `SELECT 'a b' AS "x"`, "--format", "csv"}},
		{`tag --from 'May 2025'  ''`, []string{"tag", "--from", "May 2025", ""}},
		{`a"b c"d`, []string{"ab cd"}},
	}
	for _, tc := range cases {
		got, err := splitWords(tc.in)
		if err != nil || strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("splitWords(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{`a 'b`, `a "b`} {
		if _, err := splitWords(bad); err == nil {
			t.Errorf("splitWords(%q): no error", bad)
		}
	}
}

// masker hides what changes from run to run.
type masker struct{ r *strings.Replacer }

// elapsed is the timing in ingest's summary: "(0.0 MB in 6ms)".
var elapsed = regexp.MustCompile(`( MB in )[^)]+\)`)

// ingestedAt is the time a document was stored, as `docs` prints it.
var ingestedAt = regexp.MustCompile(`\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\b`)

func newMasker(tmp string) *masker {
	pairs := []string{tmp, "$TMP"}
	if real, err := filepath.EvalSymlinks(tmp); err == nil && real != tmp {
		pairs = append(pairs, real, "$TMP")
	}
	// The whole version first: the replacer tries its pairs in order.
	pairs = append(pairs, ingest.Version, "$VERSION", temporal.Version, "$TAGGER", extract.Version, "$EXTRACTOR")
	return &masker{strings.NewReplacer(pairs...)}
}

func (m *masker) mask(s string) string {
	s = ingestedAt.ReplaceAllString(m.r.Replace(s), "$$INGESTED")
	return elapsed.ReplaceAllString(s, "${1}$$ELAPSED)")
}

func TestMask(t *testing.T) {
	m := newMasker("/tmp/TestCLI123/001")
	in := "1 stored, 0 duplicates skipped, 7 events, 0 warnings, 0 errors (0.0 MB in 6.5ms)\n" +
		"timeline: database /tmp/TestCLI123/001/none.db: no such file\n" +
		"1 document re-extracted with " + ingest.Version + "\n"
	want := "1 stored, 0 duplicates skipped, 7 events, 0 warnings, 0 errors (0.0 MB in $ELAPSED)\n" +
		"timeline: database $TMP/none.db: no such file\n" +
		"1 document re-extracted with $VERSION\n"
	if got := m.mask(in); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// markStale records every document of the database at args[0] as made by
// an older extractor, as a database from an earlier release is.
func markStale(t *testing.T, args []string) {
	t.Helper()
	if len(args) != 1 {
		t.Fatalf("!stale wants one database, got %q", args)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, args[0])
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var docs []*timeline.Document
	if err := db.Documents(ctx, func(d *timeline.Document) error { docs = append(docs, d); return nil }); err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		mentions, events := extract.Process(d)
		if err := db.ReplaceExtraction(ctx, d.ID, "0-older", mentions, events); err != nil {
			t.Fatal(err)
		}
	}
}
