package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// buildCLI builds the timeline command into a temporary folder.
func buildCLI(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the timeline command and runs it many times; skipped with -short")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command to build the CLI with: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "timeline")
	cmd := exec.Command(gobin, "build", "-o", bin, "github.com/timeline-dev/timeline/cmd/timeline")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// crashInput fills a folder with about n articles: TimeML files copied from
// the silver corpus when it is there, generated news texts otherwise.
func crashInput(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	names, err := filepath.Glob(filepath.Join(silverDir, "*.tml"))
	if err != nil || len(names) < n {
		t.Logf("silver corpus not found at %s: generating %d articles", silverDir, n)
		r := rand.New(rand.NewSource(7))
		files := map[string]string{}
		for i := range n {
			files[fmt.Sprintf("%03d.txt", i)] = newsText(r, i, 2+r.Intn(40))
		}
		writeFiles(t, dir, files)
		return dir
	}
	sort.Strings(names)
	step := len(names) / n
	for i := range n {
		data, err := os.ReadFile(names[i*step])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(names[i*step])), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// ingestCmd is `timeline ingest` of dir into db.
func ingestCmd(bin, db, dir string) (*exec.Cmd, *bytes.Buffer) {
	cmd := exec.Command(bin, "ingest", "--quiet", "--db", db, "--published", "2025-05-19", dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	return cmd, &stderr
}

// expected is what the pipeline extracts from one text, computed once.
type expected struct {
	mentions []string // start:end:value of each mention
	events   []int    // the mention index of each event
}

// wholeChecker checks that a database holds only whole documents.
type wholeChecker struct {
	order []string             // sources in input order, from a complete run
	cache map[string]*expected // by SHA256
}

// check opens the database at path after a crash and fails unless SQLite
// finds it consistent and every document is stored whole, with what
// extraction gives for its text, as a prefix of the input order. It returns
// the number of documents stored.
func (c *wholeChecker) check(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return 0 // killed before the file was created
	}
	raw := rawDB(t, path)
	checkIntegrity(t, raw)
	var tables int
	if err := raw.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = 'documents'`).Scan(&tables); err != nil {
		t.Fatal(err)
	}
	if tables == 0 {
		raw.Close()
		return 0
	}
	// The event → mention ordinal map of every document, from SQL.
	eventMentions := map[int64][]int{}
	rows, err := raw.Query(`SELECT e.document_id, m.ordinal FROM events e JOIN mentions m ON m.id = e.mention_id ORDER BY e.id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var doc int64
		var ordinal int
		if err := rows.Scan(&doc, &ordinal); err != nil {
			t.Fatal(err)
		}
		eventMentions[doc] = append(eventMentions[doc], ordinal)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	raw.Close()

	ctx := context.Background()
	db, err := store.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatalf("OpenReadOnly after the crash: %v", err)
	}
	defer db.Close()
	docs := storedDocs(t, db)
	got := sources(t, docs, "")
	if len(got) > len(c.order) || !slices.Equal(got, c.order[:len(got)]) {
		t.Fatalf("stored documents are not a prefix of the input order:\n got %q\nwant a prefix of %q", got, c.order)
	}
	for _, doc := range docs {
		want := c.expect(doc)
		ms, err := db.Mentions(ctx, doc.ID)
		if err != nil {
			t.Fatalf("Mentions(%d): %v", doc.ID, err)
		}
		gotM := make([]string, len(ms))
		for i, m := range ms {
			gotM[i] = fmt.Sprintf("%d:%d:%s", m.Start, m.End, m.Value)
		}
		if !slices.Equal(gotM, want.mentions) {
			t.Errorf("%s: %d mentions stored, %d extracted:\n got %q\nwant %q", doc.Source, len(gotM), len(want.mentions), gotM, want.mentions)
		}
		if !slices.Equal(eventMentions[doc.ID], want.events) {
			t.Errorf("%s: events date mentions %v; want %v", doc.Source, eventMentions[doc.ID], want.events)
		}
		if doc.ExtractorVersion == "" || doc.Published.IsZero() {
			t.Errorf("%s: stored without version or date: %+v", doc.Source, doc)
		}
	}
	return len(docs)
}

func (c *wholeChecker) expect(doc *timeline.Document) *expected {
	if e, ok := c.cache[doc.SHA256]; ok {
		return e
	}
	mentions, events := extractOf(doc)
	e := &expected{mentions: make([]string, len(mentions)), events: make([]int, len(events))}
	for i, m := range mentions {
		e.mentions[i] = fmt.Sprintf("%d:%d:%s", m.Start, m.End, m.Value)
	}
	for i, ev := range events {
		e.events[i] = ev.Mention
	}
	c.cache[doc.SHA256] = e
	return e
}

// TestCrashSafety kills `timeline ingest` at random moments, resumes it on
// the same database a few times, and after every kill expects a sound
// database holding whole documents only. Interrupted runs (SIGINT) must fail
// with a non-zero status unless they finished. A last run completes the
// ingest: every document is then stored exactly once, in input order.
func TestCrashSafety(t *testing.T) {
	const docs = 300
	bin := buildCLI(t)
	in := crashInput(t, docs)
	tmp := t.TempDir()

	// A complete run gives the input order and the typical duration.
	ref := filepath.Join(tmp, "ref.db")
	cmd, stderr := ingestCmd(bin, ref, in)
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("complete run: %v\n%s", err, stderr)
	}
	full := time.Since(start)
	refDB, err := store.OpenReadOnly(context.Background(), ref)
	if err != nil {
		t.Fatal(err)
	}
	c := &wholeChecker{order: sources(t, storedDocs(t, refDB), ""), cache: map[string]*expected{}}
	refDB.Close()
	if len(c.order) != docs {
		t.Fatalf("complete run stored %d documents; want %d", len(c.order), docs)
	}
	t.Logf("complete run of %d documents: %v", docs, full)

	seed := time.Now().UnixNano()
	if s := os.Getenv("CRASH_SEED"); s != "" {
		fmt.Sscan(s, &seed)
	}
	t.Logf("seed %d (set CRASH_SEED to replay)", seed)
	r := rand.New(rand.NewSource(seed))

	tests := []struct {
		signal syscall.Signal
		runs   int
	}{
		{syscall.SIGKILL, 24},
		{syscall.SIGINT, 4},
	}
	var path string
	partial := 0
	for _, tt := range tests {
		for i := range tt.runs {
			if i%2 == 0 { // a fresh database, then resume on it once
				path = filepath.Join(tmp, fmt.Sprintf("crash-%s-%d.db", strings.ToLower(tt.signal.String()), i))
			}
			delay := time.Duration(r.Int63n(int64(full)))
			cmd, stderr := ingestCmd(bin, path, in)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(delay)
			cmd.Process.Signal(tt.signal)
			err := cmd.Wait()
			n := c.check(t, path)
			t.Logf("%v after %v: %d documents stored, %v", tt.signal, delay.Round(time.Millisecond), n, err)
			if n > 0 && n < docs {
				partial++
			}
			if tt.signal == syscall.SIGINT && err == nil && n != docs {
				t.Errorf("interrupted run exited 0 with %d of %d documents stored; stderr:\n%s", n, docs, stderr)
			}
			if t.Failed() {
				t.Fatalf("after %v at %v (seed %d); stderr:\n%s", tt.signal, delay, seed, stderr)
			}
		}
	}
	if partial < 3 {
		t.Errorf("only %d kills left a partial database; the test hardly tested anything", partial)
	}

	cmd, stderr = ingestCmd(bin, path, in)
	if err := cmd.Run(); err != nil {
		t.Fatalf("completing run: %v\n%s", err, stderr)
	}
	if n := c.check(t, path); n != docs {
		t.Errorf("after the completing run %d documents are stored; want %d", n, docs)
	}
	raw := rawDB(t, path)
	var dups int
	if err := raw.QueryRow(`SELECT count(*) - count(DISTINCT source) FROM documents`).Scan(&dups); err != nil || dups != 0 {
		t.Errorf("%d documents stored twice (%v)", dups, err)
	}
}
