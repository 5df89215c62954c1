package store_test

import (
	"context"
	"strings"
	"testing"
)

// TestSchemaDescribed keeps the schema descriptions and the migrations in
// step: every column of every queryable table has a description, and every
// table a user can see is either described or known to be internal.
func TestSchemaDescribed(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	tables, err := db.Schema(ctx)
	if err != nil {
		t.Fatal(err)
	}
	described := map[string]bool{}
	for _, table := range tables {
		described[table.Name] = true
		if table.Description == "" || len(table.Columns) == 0 {
			t.Errorf("%s: description %q, %d columns", table.Name, table.Description, len(table.Columns))
		}
		for _, c := range table.Columns {
			if c.Description == "" {
				t.Errorf("%s.%s has no description in schema.go", table.Name, c.Name)
			}
		}
	}
	if tables[0].Name != "timeline" || tables[0].Kind != "view" {
		t.Errorf("first entry = %s %s; want the timeline view", tables[0].Kind, tables[0].Name)
	}
	var cols []string
	for _, c := range tables[0].Columns[:9] {
		cols = append(cols, c.Name)
	}
	if got := strings.Join(cols, " "); got != "date start end granularity event evidence expression document published" {
		t.Errorf("timeline view starts with columns %s", got)
	}

	internal := func(name string) bool {
		for _, prefix := range []string{"sqlite_", "goose_", "events_fts_", "sentences_fts_", "timeline_rows_"} {
			if strings.HasPrefix(name, prefix) {
				return true
			}
		}
		return false
	}
	rows, err := db.Query(ctx, `SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		name := rows.Values()[0].(string)
		if !described[name] && !internal(name) {
			t.Errorf("table %s is neither described in schema.go nor internal", name)
		}
	}
}
