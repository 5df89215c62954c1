package store_test

import (
	"context"
	"regexp"
	"testing"
)

// TestSchemaPortable keeps the schema within what SQLite 3.31 (Ubuntu
// 20.04) and Python's sqlite3 understand: every table, view and trigger
// is read by whatever tool opens the database, and the first statement
// that uses one compiles it. Each pattern is a feature newer than 3.31, or
// a function that only this program registers. TestStockTools in
// cmd/timeline runs the schema in the tools installed.
func TestSchemaPortable(t *testing.T) {
	newer := []struct {
		what string
		re   *regexp.Regexp
	}{
		{"STRICT tables (3.37)", regexp.MustCompile(`(?i)\)\s*(WITHOUT\s+ROWID\s*,\s*)?STRICT\b`)},
		{"the -> and ->> operators (3.38)", regexp.MustCompile(`->`)},
		{"iif (3.32)", regexp.MustCompile(`(?i)\biif\s*\(`)},
		{"unixepoch, format, concat, octet_length, timediff, string_agg (3.38-3.44)",
			regexp.MustCompile(`(?i)\b(unixepoch|format|concat|concat_ws|octet_length|timediff|string_agg)\s*\(`)},
		{"ORDER BY inside an aggregate (3.44)", regexp.MustCompile(`(?i)\b(group_concat|json_group_array|json_group_object)\s*\([^()]*\bORDER\s+BY\b`)},
		{"RETURNING (3.35)", regexp.MustCompile(`(?i)\bRETURNING\b`)},
		{"a function the program registers", regexp.MustCompile(`(?i)\btimeline_contains_fold\b`)},
	}
	db, _ := openDB(t)
	rows, err := db.Query(context.Background(), `SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		v := rows.Values()
		typ, name, ddl := v[0].(string), v[1].(string), v[2].(string)
		n++
		for _, f := range newer {
			if f.re.MatchString(ddl) {
				t.Errorf("%s %s uses %s", typ, name, f.what)
			}
		}
	}
	if err := rows.Err(); err != nil || n < 20 {
		t.Fatalf("read %d schema objects: %v", n, err)
	}
}
