package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/shared"
	"github.com/timeline-dev/timeline/store"
)

// TestStockTools opens a database made by timeline with the tools people
// have: the sqlite3 shell and Python's sqlite3 module. Each reads every
// column of every table and view (the columns `timeline schema` prints,
// and all of the internal ones), and checks the database's integrity;
// then each corrects a copy by hand, as a user fixing a document would,
// which runs every trigger, and the indexes that the triggers keep must
// still agree with their tables. Nothing in a view or trigger may need a
// function only timeline registers or a newer SQLite than the tool's.
//
// It skips when neither tool is installed, unless CI=true; .ci/run
// installs both.
func TestStockTools(t *testing.T) {
	tools := map[string]func(t *testing.T, db string, script []string) []string{"sqlite3": runSQLiteShell, "python3": runPython}
	var found []string
	for name := range tools {
		if _, err := exec.LookPath(name); err == nil {
			found = append(found, name)
		}
	}
	if len(found) == 0 && !shared.Required() {
		t.Skip("neither sqlite3 nor python3 is installed")
	}
	db := portableDatabase(t)
	read := readScript(t, db)
	for _, name := range []string{"sqlite3", "python3"} {
		t.Run(name, func(t *testing.T) {
			if _, err := exec.LookPath(name); err != nil {
				if shared.Required() {
					t.Fatalf("%s is not installed (.ci/run installs it)", name)
				}
				t.Skipf("%s is not installed", name)
			}
			out := tools[name](t, db, read)
			checkReadOutput(t, out, read)

			fixed := filepath.Join(t.TempDir(), "fixed.db")
			copyFile(t, db, fixed)
			out = tools[name](t, fixed, fixScript)
			for i, line := range out {
				if fixScript[i] == integrityCheck && line != "[[\"ok\"]]" {
					t.Errorf("after the fixes, %s = %s", fixScript[i], line)
				}
				if fixScript[i] == "PRAGMA foreign_key_check" && line != "[]" {
					t.Errorf("after the fixes, %s = %s: rows left behind", fixScript[i], line)
				}
				if strings.HasPrefix(fixScript[i], "SELECT count(*) FROM (SELECT") && line != "[[0]]" {
					t.Errorf("after the fixes, %s = %s; timeline_rows is out of step", fixScript[i], line)
				}
			}
			// And timeline reads what the tool left.
			if r := runCLI(t, "", "show", "--db", fixed, "--all", "--format", "jsonl"); r.code != 0 || !strings.Contains(r.stdout, "(edited)") {
				t.Errorf("show after the fixes: exit %d, %s; want the edited phrase", r.code, r.stderr)
			}
		})
	}
}

const integrityCheck = "PRAGMA integrity_check"

// fixScript corrects a database by hand: an event's phrase, a sentence, an
// entity's name, a participant link and a whole document, each of which
// triggers keep timeline_rows and the full-text indexes in step with,
// with foreign keys not enforced (the tools' default); then checks them.
var fixScript = []string{
	`UPDATE events SET phrase = phrase || ' (edited)' WHERE id = (SELECT min(id) FROM events WHERE start IS NOT NULL)`,
	`UPDATE sentences SET text = text || ' ' WHERE id = (SELECT max(id) FROM sentences)`,
	`UPDATE entities SET name = name || ' Jr' WHERE id = (SELECT min(entity_id) FROM event_entities)`,
	`DELETE FROM event_entities WHERE event_id = (SELECT max(event_id) FROM event_entities)`,
	`UPDATE mentions SET value = value WHERE id = (SELECT min(id) FROM mentions)`,
	`DELETE FROM documents WHERE id = (SELECT max(id) FROM documents)`,
	integrityCheck,
	`PRAGMA foreign_key_check`,
	`INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)`,
	`INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)`,
	`SELECT count(*) FROM (SELECT * FROM timeline_rows EXCEPT SELECT * FROM timeline_rows_source)`,
	`SELECT count(*) FROM (SELECT * FROM timeline_rows_source EXCEPT SELECT * FROM timeline_rows)`,
}

// portableDatabase makes a database with every kind of row: documents
// with and without a date, copies recorded as other sources, a corrected
// date.
func portableDatabase(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "timeline.db")
	for _, args := range [][]string{
		{"ingest", "--db", db, "--published", "2025-05-19", seedPath},
		{"ingest", "--db", db, "testdata/input/copies", "testdata/input/folder"},
		{"docs", "set", "--db", db, "2", "--published", "2025-05-21"},
	} {
		if r := runCLI(t, "", args...); r.code != 0 {
			t.Fatalf("%q: exit %d\n%s", args, r.code, r.stderr)
		}
	}
	return db
}

// readScript is a query of every column of every table and view, and the
// integrity checks.
func readScript(t *testing.T, path string) []string {
	t.Helper()
	ctx := context.Background()
	d, err := store.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	tables, err := d.Schema(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var script []string
	described := map[string]bool{}
	for _, table := range tables {
		described[table.Name] = true
		cols := make([]string, len(table.Columns))
		for i, c := range table.Columns {
			cols[i] = `"` + c.Name + `"`
		}
		script = append(script, fmt.Sprintf(`SELECT %s FROM "%s"`, strings.Join(cols, ", "), table.Name))
	}
	rows, err := d.Query(ctx, `SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		if name := rows.Values()[0].(string); !described[name] {
			script = append(script, fmt.Sprintf(`SELECT * FROM "%s"`, name))
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return append(script, integrityCheck, `PRAGMA foreign_key_check`)
}

// checkReadOutput checks what a tool printed for readScript: something
// for every table (every table has rows here), and integrity.
func checkReadOutput(t *testing.T, out, script []string) {
	t.Helper()
	for i, q := range script {
		switch {
		case q == integrityCheck:
			if out[i] != `[["ok"]]` {
				t.Errorf("%s = %s", q, out[i])
			}
		case strings.HasPrefix(q, "PRAGMA foreign_key_check"):
			if out[i] != "[]" {
				t.Errorf("%s = %s", q, out[i])
			}
		case out[i] == "[]" && !strings.Contains(q, "sqlite_sequence"):
			t.Errorf("%s: no rows", q)
		}
	}
}

// runSQLiteShell runs each statement with the sqlite3 shell, in JSON
// mode, and returns what each printed, "[]" for nothing. The shell stops
// at the first error (-bail), which fails the test.
func runSQLiteShell(t *testing.T, db string, script []string) []string {
	t.Helper()
	out := make([]string, len(script))
	for i, q := range script {
		cmd := exec.Command("sqlite3", "-bail", "-json", db)
		cmd.Stdin = strings.NewReader(q + ";\n")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil || stderr.Len() > 0 {
			t.Fatalf("sqlite3: %s: %v\n%s", q, err, stderr.String())
		}
		out[i] = jsonRows(t, stdout.Bytes())
	}
	return out
}

// jsonRows turns the shell's JSON (objects, or nothing for no rows) into
// the arrays of values the Python script prints.
func jsonRows(t *testing.T, b []byte) string {
	t.Helper()
	if len(bytes.TrimSpace(b)) == 0 {
		return "[]"
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var objs []json.RawMessage
	if err := dec.Decode(&objs); err != nil {
		t.Fatalf("sqlite3 printed %q: %v", b, err)
	}
	rows := make([][]any, len(objs))
	for i, o := range objs {
		// Column order is the query's; values are read in order.
		vals, err := orderedValues(o)
		if err != nil {
			t.Fatalf("sqlite3 printed %s: %v", o, err)
		}
		rows[i] = vals
	}
	s, _ := json.Marshal(rows)
	return string(s)
}

// orderedValues returns the values of a JSON object in the order written.
func orderedValues(obj []byte) ([]any, error) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil { // {
		return nil, err
	}
	var vals []any
	for dec.More() {
		if _, err := dec.Token(); err != nil { // key
			return nil, err
		}
		var v any
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		vals = append(vals, v)
	}
	return vals, nil
}

// pythonScript runs the statements of a JSON file with Python's sqlite3
// module, one transaction per statement, and prints each one's rows as a
// JSON array of arrays.
const pythonScript = `import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
for q in json.load(open(sys.argv[2])):
    rows = db.execute(q).fetchall()
    print(json.dumps([list(r) for r in rows], separators=(",", ":"), default=str))
`

// runPython runs the statements with Python's sqlite3 module and returns
// what each printed; an exception fails the test.
func runPython(t *testing.T, db string, script []string) []string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "script.json")
	b, _ := json.Marshal(script)
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("python3", "-c", pythonScript, db, file)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	out := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(out) != len(script) {
		t.Fatalf("python3 printed %d lines for %d statements:\n%s", len(out), len(script), stdout.String())
	}
	return out
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}
