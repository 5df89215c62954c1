package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestBadInput feeds one bad file of each kind next to a good one:
// each bad file gets one error line naming it, the good one is stored, and
// the exit status is non-zero.
func TestIngestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("Ministers met on Friday in Brussels to agree the budget."))
	cases := []struct {
		name string
		path string
	}{
		{"nonexistent", filepath.Join(dir, "missing.txt")},
		{"empty", write("empty.txt", nil)},
		{"binary", write("binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 0, 0xff, 0xfe, 0, 0})},
		{"invalid utf-8", write("latin1.txt", []byte("Caf\xe9 opened on Monday."))},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "t.db")
			r := runCLI(t, "", "ingest", "--db", db, "--published", "2025-05-19", tc.path, good)
			if r.code == 0 {
				t.Errorf("exit 0 for %s", tc.name)
			}
			var errLines []string
			for _, line := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
				if strings.HasPrefix(line, "error:") {
					errLines = append(errLines, line)
				}
			}
			if len(errLines) != 1 || !strings.Contains(errLines[0], filepath.Base(tc.path)) {
				t.Errorf("want one error line naming %s, got:\n%s", filepath.Base(tc.path), r.stderr)
			}
			out := runCLI(t, "", "sql", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM documents")
			if out.stdout != "n\n1\n" {
				t.Errorf("good file not stored alone: %q %s", out.stdout, out.stderr)
			}
		})
	}
}

func TestIngestBadPublished(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	r := runCLI(t, "", "ingest", "--db", db, "--published", "2025-02-30", seedPath)
	if r.code != exitRefused || !strings.Contains(r.stderr, "2025-02-30") || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
		t.Errorf("impossible --published: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestIngestWithoutPublished(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "undated.txt")
	if err := os.WriteFile(p, []byte("The minister resigned last week. The law passed on March 3, 2024."), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "t.db")
	r := runCLI(t, "", "ingest", "--db", db, p)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "undated.txt") || !strings.Contains(r.stderr, "--published") {
		t.Errorf("no warning naming the file and the flag: %s", r.stderr)
	}
	out := runCLI(t, "", "show", "--db", db, "--format", "csv")
	if !strings.Contains(out.stdout, "2024-03-03") || strings.Contains(out.stdout, "last week") {
		t.Errorf("absolute dates resolve, relative ones stay off the timeline:\n%s", out.stdout)
	}
	m := runCLI(t, "", "sql", "--db", db, "--format", "csv", "SELECT value, start IS NULL FROM mentions ORDER BY char_start")
	if !strings.Contains(m.stdout, "XXXX-WXX,1") {
		t.Errorf("relative mention not stored unresolved:\n%s", m.stdout)
	}
}

func TestIngestTwiceStoresOnce(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	for i := 0; i < 2; i++ {
		if r := runCLI(t, "", "ingest", "--db", db, "--published", "2025-05-19", seedPath); r.code != 0 {
			t.Fatalf("ingest %d: %s", i, r.stderr)
		}
	}
	out := runCLI(t, "", "sql", "--db", db, "--format", "csv", "SELECT count(*) FROM documents")
	if !strings.HasSuffix(out.stdout, "\n1\n") {
		t.Errorf("documents after two ingests: %q", out.stdout)
	}
}

// TestSQLRefusesWrites checks every kind of write fails with exit status 2
// and leaves the database file byte-for-byte unchanged.
func TestSQLRefusesWrites(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if r := runCLI(t, "", "ingest", "--db", db, "--published", "2025-05-19", seedPath); r.code != 0 {
		t.Fatal(r.stderr)
	}
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"INSERT INTO documents (source, sha256, text, ingested_at) VALUES ('x', 'y', 'z', 'now')",
		"UPDATE events SET phrase = 'x'",
		"DELETE FROM documents",
		"DROP TABLE events",
		"ATTACH DATABASE 'other.db' AS other",
		"PRAGMA journal_mode=DELETE",
		"CREATE TABLE x (a)",
		"SELECT 1; DELETE FROM documents",
	} {
		r := runCLI(t, "", "sql", "--db", db, q)
		if r.code != exitRefused {
			t.Errorf("%q: exit %d, want 2 (stderr %q)", q, r.code, r.stderr)
		}
		if strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || r.stderr == "" {
			t.Errorf("%q: want one error line, got %q", q, r.stderr)
		}
	}
	after, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		t.Error("database file changed")
	}
	r := runCLI(t, "", "sql", "--db", db, "--format", "csv", "SELECT date, event FROM timeline WHERE date LIKE '2025%' ORDER BY start LIMIT 1")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "date,event\n2025-01,") {
		t.Errorf("read query: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
}

func TestShowMissingDatabase(t *testing.T) {
	r := runCLI(t, "", "show", "--db", filepath.Join(t.TempDir(), "none.db"))
	if r.code == 0 || !strings.Contains(r.stderr, "none.db") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}
