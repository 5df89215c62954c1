package store_test

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
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pressly/goose/v3"

	"github.com/timeline-dev/timeline/internal/shared"
	"github.com/timeline-dev/timeline/migrations"
	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/ingest/ingesttest"
)

// defaultCrashSeed chooses the kill points of TestCrashSafety unless
// CRASH_SEED says otherwise: fixed, so that a failure seen once is seen
// again.
const defaultCrashSeed = 1

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

// crashInput fills a folder with n articles: TimeML files spread over the
// silver corpus when the shared data is there (always in CI), generated
// news texts otherwise, as the test needs articles, not these ones.
func crashInput(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := os.Stat(filepath.Join(shared.Dir(), "data", "timeml", "silver")); err != nil && !shared.Required() {
		t.Logf("no silver corpus in %s: generating %d articles", shared.Dir(), n)
		r := rand.New(rand.NewSource(7))
		files := map[string]string{}
		for i := range n {
			files[fmt.Sprintf("%03d.txt", i)] = ingesttest.NewsText(r, i, 2+r.Intn(40))
		}
		ingesttest.WriteFiles(t, dir, files)
		return dir
	}
	names, err := filepath.Glob(filepath.Join(shared.Path(t, "data/timeml/silver"), "*.tml"))
	if err != nil || len(names) < n {
		t.Fatalf("want %d TimeML files in the silver corpus, found %d (%v)", n, len(names), err)
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
	mentions []string         // start:end:value of each mention
	events   []timeline.Event // without ids
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
	// Killed between two migrations of a new database: no document can be
	// stored yet, read-only opens refuse the old schema, and the next run
	// migrates on.
	var version, stored int
	if err := raw.QueryRow(`SELECT (SELECT max(version_id) FROM goose_db_version WHERE is_applied),
		(SELECT count(*) FROM documents)`).Scan(&version, &stored); err != nil {
		t.Fatal(err)
	}
	if version < latestVersion(t) {
		if stored != 0 {
			t.Errorf("%d documents stored at schema version %d", stored, version)
		}
		raw.Close()
		return 0
	}
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
		evs, err := db.Events(ctx, doc.ID)
		if err != nil {
			t.Fatalf("Events(%d): %v", doc.ID, err)
		}
		for i := range evs {
			evs[i].ID, evs[i].DocumentID = 0, 0
			evs[i].Participants, evs[i].Phrase = nil, "" // see expect
		}
		if (len(evs) > 0 || len(want.events) > 0) && !reflect.DeepEqual(evs, want.events) {
			t.Errorf("%s: %d events stored, %d extracted, or they differ", doc.Source, len(evs), len(want.events))
			for i := range min(len(evs), len(want.events)) {
				if !reflect.DeepEqual(evs[i], want.events[i]) {
					t.Errorf("first difference, event %d:\n got %+v\nwant %+v", i, evs[i], want.events[i])
					break
				}
			}
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
	mentions, events := extract.Process(doc)
	e := &expected{mentions: make([]string, len(mentions)), events: events}
	for i, m := range mentions {
		e.mentions[i] = fmt.Sprintf("%d:%d:%s", m.Start, m.End, m.Value)
	}
	// Participants and phrases are left out: extract's coreference reads
	// sentences of the document its worker parsed before (x.sents past the
	// one being parsed), so they depend on what ingest's workers happened
	// to extract first.
	for i := range events {
		events[i].DocumentID = 0
		events[i].Participants, events[i].Phrase = nil, ""
	}
	c.cache[doc.SHA256] = e
	return e
}

// TestCrashCheckBetweenMigrations leaves a new database as a kill between
// its first two migrations does, which the random kills reach only under
// load: the checker must take it for an empty database, and the next
// writer must finish the migration.
func TestCrashCheckBetweenMigrations(t *testing.T) {
	ctx := context.Background()
	db, path := openDB(t)
	db.Close()
	raw := rawDB(t, path)
	p, err := goose.NewProvider(goose.DialectSQLite3, raw, migrations.FS, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	c := &wholeChecker{cache: map[string]*expected{}}
	if n := c.check(t, path); n != 0 {
		t.Errorf("check found %d documents; want none", n)
	}
	if db, err = store.Open(ctx, path); err != nil {
		t.Fatalf("Open after a kill between migrations: %v", err)
	}
	db.Close()
	if db, err = store.OpenReadOnly(ctx, path); err != nil {
		t.Fatalf("OpenReadOnly once migrated: %v", err)
	}
	db.Close()
}

// crashSeed is CRASH_SEED when set, else defaultCrashSeed.
func crashSeed(t *testing.T) int64 {
	t.Helper()
	s := os.Getenv("CRASH_SEED")
	if s == "" {
		return defaultCrashSeed
	}
	seed, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatalf("CRASH_SEED=%q: %v", s, err)
	}
	return seed
}

// TestCrashSafety kills `timeline ingest` (the real binary, on real SQLite)
// at random moments, resumes it on the same database a few times, and after
// every kill expects a sound database holding whole documents only.
// Interrupted runs (SIGINT) must fail with a non-zero status unless they
// finished. A last run completes the ingest: every document is then stored
// exactly once, in input order.
//
// The kill points come from CRASH_SEED (default defaultCrashSeed) as
// fractions of a complete run's duration; a failure prints the seed and
// the kill points, and `CRASH_SEED=n go test -run TestCrashSafety ./store`
// replays them.
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

	seed := crashSeed(t)
	r := rand.New(rand.NewSource(seed))
	var kills []string // signal@fraction of each run so far
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("replay with CRASH_SEED=%d; kill points, as fractions of a complete run (%v): %s",
				seed, full.Round(time.Millisecond), strings.Join(kills, " "))
		}
	})

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
			at := r.Float64()
			kills = append(kills, fmt.Sprintf("%s@%.4f", tt.signal, at))
			delay := time.Duration(at * float64(full))
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
				t.Fatalf("after %v at %v; stderr:\n%s", tt.signal, delay, stderr)
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
